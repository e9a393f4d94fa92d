import Foundation
import FuzzKit
import Testing

/// Inputs `make fuzz` found breaking the model's rules, minimised and kept after their fix (Fixtures/fuzz,
/// each described in Fixtures/README.md): read as the harness reads them (`FuzzInput`), each must load
/// into a consistent corpus, by the same rules the harness traps on.
@Suite struct FuzzRegressionTests {
    /// The folder of the kept inputs.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz").path

    /// Every kept input, by file name (the README aside).
    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".in") }.sorted()

    @Test func theFolderHoldsInputs() {
        #expect(!Self.inputs.isEmpty, "no inputs in \(Self.folder)")
    }

    @Test(arguments: inputs)
    func keptInputLoadsConsistently(name: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
        #expect(FuzzInput.problems([UInt8](data)) == [])
    }
}
