import Foundation
import Testing

/// `dossier show DOC` text output.
@Suite struct ShowCommandTests {
    @Test func pageOfATypescriptWrapsToTheWidth() throws {
        let r = try Dossier.seeds(["show", "SRH-078", "--page", "4", "--width", "60"])
        #expect(r.status == 0, "stderr: \(r.err)")
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count > 5)
        for line in lines {
            #expect(displayColumns(line) <= 60, "\(displayColumns(line)) columns: \(line)")
        }
        let flowed = lines.joined(separator: " ").split(whereSeparator: { $0 == " " }).joined(separator: " ")
        #expect(flowed.contains("power of life and death"))
        #expect(lines.contains { $0.contains("p. 4") })
    }

    @Test func pageOfAnUnpaginatedDocumentIsAnError() throws {
        let r = try Dossier.seeds(["show", "002", "--page", "1"])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("dossier:"))
        #expect(r.stdout.isEmpty)
    }

    @Test func missingPageIsNotFound() throws {
        let r = try Dossier.seeds(["show", "SRH-078", "--page", "999"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
    }
}
