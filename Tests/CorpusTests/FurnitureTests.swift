import Testing
@testable import Corpus

/// Page furniture: stamps, copy numbers, distribution lists and running heads, kept apart from the text.
@Suite struct FurnitureTests {
    @Test func furnitureKinds() throws {
        let doc = try Load.document(Fixture.furniture)
        let furniture = doc.blocks.filter { $0.kind == .furniture }
        #expect(furniture.map(\.furniture) == [.classification, .declassification, .copyNumber, .distribution, .runningHead])
        #expect(furniture.map(\.line) == [1, 3, 5, 7, 13])
    }

    @Test func furnitureTextHasNoMarkup() throws {
        let doc = try Load.document(Fixture.furniture)
        let furniture = doc.blocks.filter { $0.kind == .furniture }
        #expect(furniture.first?.text == "TOP SECRET ULTRA")
        #expect(furniture.first { $0.furniture == .declassification }?.text == "DECLASSIFIED per Sec. 3, E. O. 12958")
        #expect(furniture.first { $0.furniture == .copyNumber }?.text == "Copy No. 28")
        #expect(furniture.first { $0.furniture == .runningHead }?.text == "2 Historiography of the problem")
        let distribution = try #require(furniture.first { $0.furniture == .distribution })
        #expect(distribution.line == 7 && distribution.lineEnd == 9)
        #expect(distribution.text.hasPrefix("DISTRIBUTION:"))
        #expect(distribution.text.contains("CINCPAC (2) Nos. 2-3"))
    }

    @Test func furnitureIsNotReadingText() throws {
        let doc = try Load.document(Fixture.furniture)
        #expect(doc.readingBlocks.map(\.kind) == [.paragraph, .paragraph])
        #expect(!doc.readingBlocks.contains { $0.text.contains("SECRET") || $0.text.contains("Copy No.") })
        #expect(!doc.readingBlocks.contains { $0.text.hasPrefix("2 Historiography") })
    }

    @Test(arguments: [
        ("~~SECRET~~", FurnitureKind.classification),
        ("~~TOP SECRET ULTRA~~", .classification),
        ("DECLASSIFIED", .declassification),
        ("COPY NO. 3 of 6", .copyNumber),
        ("*Historiography of the problem* 3", .runningHead),
    ])
    func standaloneFurnitureLine(line: String, kind: FurnitureKind) throws {
        let doc = try Load.document(line + "\n")
        #expect(doc.blocks.map(\.kind) == [.furniture])
        #expect(doc.blocks.first?.furniture == kind)
    }

    @Test func proseMentioningSecretsIsNotFurniture() throws {
        let doc = try Load.document("The secret of the pact was kept from the Japanese for many months.\n")
        #expect(doc.blocks.map(\.kind) == [.paragraph])
    }
}
