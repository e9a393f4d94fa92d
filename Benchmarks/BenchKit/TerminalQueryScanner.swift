/// Finds the queries a program writes to its terminal and makes the replies a real terminal would send.
///
/// vim asks for the cursor position (CPR), the terminal's version (DA2), modes (DECRQM), the cursor
/// style (DECRQSS) and the colours (OSC 10/11); left unanswered it waits for the replies (about 100 ms
/// at exit), which would count against it. Replies are input to the program, never counted as output.
/// Fed the output in pieces as it arrives: a sequence cut between two reads is kept until it is whole.
public struct TerminalQueryScanner: Sendable {
    /// Bytes of an escape sequence not yet complete.
    private var pending: [UInt8] = []
    /// Where the cursor is believed to be (1-based), for the CPR reply: the last absolute move plus
    /// the text written since. Rough, as in any terminal emulator that ignores the rest.
    public private(set) var row = 1, column = 1

    /// A scanner at the top-left corner.
    public init() {}

    /// Reads the next piece of output and returns the replies to the queries it completes, in order.
    public mutating func scan(_ bytes: some Collection<UInt8>) -> [[UInt8]] {
        var data = pending
        data.append(contentsOf: bytes)
        pending = []
        var replies: [[UInt8]] = []
        var i = 0
        while i < data.count {
            let b = data[i]
            if b == 0x1b {
                guard let (length, reply) = sequence(data, at: i) else {
                    pending = Array(data[i...])  // cut in the middle: wait for the rest
                    break
                }
                if let reply { replies.append(reply) }
                i += length
                continue
            }
            switch b {
            case 0x0d: column = 1
            case 0x0a: row += 1
            case 0x08: column = max(1, column - 1)
            case 0x20..<0x7f, 0xc0...: column += 1  // a character (UTF-8 lead byte); continuation bytes do not move
            default: break
            }
            i += 1
        }
        return replies
    }

    /// The escape sequence at `i`: its length and the reply it asks for, or nil when it is not complete yet.
    private mutating func sequence(_ d: [UInt8], at i: Int) -> (Int, [UInt8]?)? {
        guard i + 1 < d.count else { return nil }
        switch d[i + 1] {
        case UInt8(ascii: "["):  // CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, one final byte
            var j = i + 2
            while j < d.count, (0x30...0x3f).contains(d[j]) { j += 1 }
            let parameters = String(decoding: d[(i + 2)..<j], as: UTF8.self)
            let k = j
            while j < d.count, (0x20...0x2f).contains(d[j]) { j += 1 }
            let intermediates = String(decoding: d[k..<j], as: UTF8.self)
            guard j < d.count else { return nil }
            return (j + 1 - i, csi(parameters, intermediates, d[j]))
        case UInt8(ascii: "]"), UInt8(ascii: "P"):  // OSC and DCS: up to BEL (OSC only) or ST (ESC \)
            var j = i + 2
            while j < d.count {
                if d[j] == 0x07 && d[i + 1] == UInt8(ascii: "]") {
                    return (j + 1 - i, string(d[i + 1], String(decoding: d[(i + 2)..<j], as: UTF8.self)))
                }
                if d[j] == 0x1b {
                    guard j + 1 < d.count else { return nil }
                    if d[j + 1] == UInt8(ascii: "\\") {
                        return (j + 2 - i, string(d[i + 1], String(decoding: d[(i + 2)..<j], as: UTF8.self)))
                    }
                }
                j += 1
            }
            return nil
        case UInt8(ascii: "("), UInt8(ascii: ")"):  // character set designation: one more byte
            return i + 2 < d.count ? (3, nil) : nil
        default:
            return (2, nil)
        }
    }

    /// Handles a CSI sequence: cursor moves update the position; queries get their replies.
    private mutating func csi(_ parameters: String, _ intermediates: String, _ final: UInt8) -> [UInt8]? {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        switch (final, intermediates) {
        case (UInt8(ascii: "H"), ""), (UInt8(ascii: "f"), ""):
            row = max(1, numbers.first.flatMap { $0 } ?? 1)
            column = max(1, numbers.count > 1 ? numbers[1] ?? 1 : 1)
        case (UInt8(ascii: "n"), "") where parameters == "6":
            return Array("\u{1b}[\(row);\(column)R".utf8)
        case (UInt8(ascii: "c"), "") where parameters == "" || parameters == "0":
            return Array("\u{1b}[?1;2c".utf8)  // DA1: a VT100 with advanced video
        case (UInt8(ascii: "c"), "") where parameters == ">" || parameters == ">0":
            return Array("\u{1b}[>0;10;1c".utf8)  // DA2: a VT100, version 10
        case (UInt8(ascii: "p"), "$") where parameters.hasPrefix("?"):
            return Array("\u{1b}[\(parameters);2$y".utf8)  // DECRQM: the mode is reset
        default:
            break
        }
        return nil
    }

    /// Handles an OSC or DCS string: colour and cursor-style queries get their replies.
    private func string(_ kind: UInt8, _ body: String) -> [UInt8]? {
        if kind == UInt8(ascii: "]") {
            if body == "10;?" { return Array("\u{1b}]10;rgb:ffff/ffff/ffff\u{1b}\\".utf8) }  // white text
            if body == "11;?" { return Array("\u{1b}]11;rgb:0000/0000/0000\u{1b}\\".utf8) }  // on black
            return nil
        }
        guard body.hasPrefix("$q") else { return nil }
        // DECRQSS: a steady block cursor for the cursor style, "not recognised" for anything else.
        return body == "$q q" ? Array("\u{1b}P1$r2 q\u{1b}\\".utf8) : Array("\u{1b}P0$r\u{1b}\\".utf8)
    }
}
