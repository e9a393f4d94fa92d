import Foundation
import FuzzKit

/// The fuzz harness: every input is loaded as a small corpus (`FuzzInput`) and must come out consistent.
///
/// Built with `-sanitize=fuzzer,address -DDOSSIER_FUZZ` (`make fuzz`) it hands control to libFuzzer,
/// which calls `check` per input; libFuzzer's own `main` is not used because SwiftPM links an
/// executable's entry point under its own name, so `main` here starts the driver instead. Built
/// plainly (`swift build`) it replays the files it is given, so a crasher can be read without sanitizers.
@main struct FuzzMain {
    static func main() {
        #if DOSSIER_FUZZ
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
        #else
        var failed = false
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { print("\(path): cannot be read"); failed = true; continue }
            let problems = FuzzInput.problems([UInt8](data))
            print("\(path): \(problems.isEmpty ? "consistent" : problems.joined(separator: "\n  "))")
            failed = failed || !problems.isEmpty
        }
        exit(failed ? 1 : 0)
        #endif
    }

    /// Traps when the input's corpus breaks a rule, so libFuzzer keeps it as a crash.
    static func check(_ input: [UInt8]) {
        let problems = FuzzInput.problems(input)
        if !problems.isEmpty { fatalError("inconsistent model:\n" + problems.prefix(20).joined(separator: "\n")) }
    }
}

#if DOSSIER_FUZZ
/// libFuzzer's callback: one input, 0 when it was checked (a broken rule traps before).
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzMain.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's driver (in the runtime `-sanitize=fuzzer` links): parses its flags from argv and calls back per input.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif
