import Foundation
import Testing
@testable import Corpus

/// The syntax check that keeps malformed TOML from TOMLKit's parser (which aborts on some of it):
/// it passes every form of TOML 1.0, and TOMLKit agrees, and rejects malformed text with its line.
@Suite struct TOMLSyntaxTests {
    /// Every kind of key, string, number, date, array and table, after the examples of the TOML 1.0 specification.
    static let everyForm = #"""
    # a comment
    title = "TOML Example"   # and another
    "quoted key" = 'literal'
    bare_key-1 = 1
    site."google.com" = true
    a . b . c = 1
    str1 = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF. \U0001F600"
    str2 = """
    Roses are red
    Violets are blue"""
    str3 = """\
           The quick brown \
           fox jumps over \
           the lazy dog.\
           """
    str4 = """Here are two quotation marks: "". Simple enough."""
    str5 = """Here are three quotation marks: ""\"."""
    str6 = """"This," she said, "is just a pointless statement.""""
    winpath = 'C:\Users\nodejs\templates'
    regex = '<\i\c*\s*>'
    lines = '''
    The first newline is
    trimmed in raw strings.
    '''
    quot15 = '''Here are fifteen quotation marks: """""""""""""""'''
    apos15 = "Here are fifteen apostrophes: '''''''''''''''"
    accents = "Satō, Lozovskiĭ [sic]"
    int1 = +99
    int2 = -17
    int3 = 0
    int4 = 1_000
    hex = 0xDEAD_beef
    oct = 0o755
    bin = 0b1101_0110
    flt1 = +1.0
    flt2 = 3.1415
    flt3 = -0.01
    flt4 = 5e+22
    flt5 = 1e06
    flt6 = -2E-2
    flt7 = 6.626e-34
    flt8 = 224_617.445_991_228
    sf1 = inf
    sf2 = +inf
    sf3 = -nan
    bool = false
    odt1 = 1979-05-27T07:32:00Z
    odt2 = 1979-05-27T00:32:00-07:00
    odt3 = 1979-05-27T00:32:00.999999-07:00
    odt4 = 1979-05-27 07:32:00Z
    ldt1 = 1979-05-27T07:32:00
    ld1 = 1979-05-27
    lt1 = 07:32:00
    lt2 = 00:32:00.999999
    integers = [ 1, 2, 3 ]
    nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
    integers3 = [
      1,
      2, # this is ok
    ]
    point = { x = 1, y = 2 }
    animal = { type.name = "pug", list = [
      "spans lines",
    ] }
    empty = {}

    [table-1]
    key1 = "some string"

    [ dog . "tater.man" ]
    type.name = "pug"

    [[fruits]]
    name = "apple"
    [fruits.physical]  # subtable
    color = "red"
    [[fruits.varieties]]
    name = "red delicious"
    """#

    @Test func everyFormOfTOMLPasses() {
        #expect(TOMLSyntax.firstError(in: Self.everyForm) == nil)
        #expect(TOMLSyntax.firstError(in: Self.everyForm.replacingOccurrences(of: "\n", with: "\r\n")) == nil)
        #expect(TOMLSyntax.firstError(in: "\u{FEFF}a = 1") == nil)
        #expect(TOMLSyntax.firstError(in: "") == nil)
        // TOMLKit reads it too: the check rejects nothing TOMLKit would take.
        #expect(ActorRegistry.parse(Self.everyForm).problems.isEmpty, "\(ActorRegistry.parse(Self.everyForm).problems)")
    }

    @Test func theSeedRegistryPasses() throws {
        let text = try String(contentsOfFile: Seeds.folder + "/" + ActorRegistry.fileName, encoding: .utf8)
        #expect(TOMLSyntax.firstError(in: text) == nil)
    }

    @Test(arguments: [
        "[", "[&", "[[ ?]]", "[a]]", "[[a]", "e = [}", "a = ", "= 1", "key", "a = 1 b = 2", "a.=1",
        "a = 01", "a = 1__0", "a = 1_", "a = .5", "a = 5.", "a = 1.e5", "a = 0x", "a = +0x1", "a = truex",
        "a = \"unclosed", "a = 'unclosed\n", "a = \"\"\"never closed", "a = \"bad \\q escape\"", "a = \"\\uD800\"",
        "a = \"\\u12\"", "a = \"\"\"x\"\"\"\"\"\"", "a = { b = 1, }", "a = {\nb = 1 }", "a = [1 2]", "a = [,]",
        "a = 1979-13-01", "a = 1979-05-27T25:00:00", "a = 07:32", "a = 07:32:00Z", "# bad \u{7F} comment",
        "a = \"tab\u{01}\"", "a = 1\rb = 2", String(repeating: "a = [", count: 1) + String(repeating: "[", count: 300),
    ])
    func malformedTextIsRejected(text: String) {
        #expect(TOMLSyntax.firstError(in: text) != nil, "\(text.debugDescription)")
    }

    @Test func theErrorNamesItsLine() {
        #expect(TOMLSyntax.firstError(in: "a = 1\n\n# fine\nb = [\n  1,\n  }\n]")?.line == 6)
        #expect(TOMLSyntax.firstError(in: "s = \"\"\"one\ntwo\"\"\"\nt = 'x\n")?.line == 3)
    }
}
