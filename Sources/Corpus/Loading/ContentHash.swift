/// A fast 64-bit fingerprint of bytes, written as 16 lower-case hex digits: what the reader's saved
/// state calls a document by, so positions are never restored into a text that has changed.
///
/// MurmurHash64A (Austin Appleby, public domain): eight bytes a step with three multiplies, so
/// hashing costs a small fraction of parsing (a few GB/s in a release build). Not cryptographic:
/// it tells an edited file from the one that was read, not a forged one.
public enum ContentHash {
    private static let m: UInt64 = 0xc6a4_a793_5bd1_e995
    private static let seed: UInt64 = 0x646f_7373_6965_7221  // "dossier!"

    /// The hash of `bytes`.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes(of)
    }

    /// The hash of the bytes in `buffer`.
    public static func of(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        let count = buffer.count
        var h = seed ^ (UInt64(count) &* m)
        var offset = 0
        // Little-endian words whatever the machine, so a hash written on one machine is found on another.
        while offset + 8 <= count {
            var k = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            k = k &* m
            k ^= k >> 47
            k = k &* m
            h ^= k
            h = h &* m
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            for i in offset..<count { tail |= UInt64(buffer[i]) << (8 * UInt64(i - offset)) }
            h ^= tail
            h = h &* m
        }
        h ^= h >> 47
        h = h &* m
        h ^= h >> 47
        return h
    }

    /// The hash of `bytes` as 16 lower-case hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        hex(of(bytes))
    }

    /// `value` as 16 lower-case hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
