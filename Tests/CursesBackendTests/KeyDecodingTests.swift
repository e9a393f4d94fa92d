@testable import CursesBackend
import TerminalCore
import Testing

/// `wget_wch` results to keys: pure, so no curses screen is needed.
@Suite struct KeyDecodingTests {
    typealias Codes = CursesTerminal.Codes

    private func character(_ code: UInt32) -> Input? {
        CursesTerminal.decode(status: Codes.okStatus, code: code)
    }

    private func keyCode(_ code: Int32) -> Input? {
        CursesTerminal.decode(status: Codes.keyCodeStatus, code: UInt32(bitPattern: code))
    }

    @Test func controlCharactersWithNamesOfTheirOwn() {
        #expect(character(9) == .key(.tab))
        #expect(character(13) == .key(.enter))
        #expect(character(10) == .key(.enter))
        #expect(character(27) == .key(.escape))
        #expect(character(127) == .key(.backspace))
        #expect(character(8) == .key(.backspace))
    }

    @Test func otherControlLettersAreLowerCase() {
        #expect(character(1) == .key(.control("a")))
        #expect(character(3) == .key(.control("c")))
        #expect(character(6) == .key(.control("f")))
        #expect(character(12) == .key(.control("l")))
        #expect(character(26) == .key(.control("z")))
    }

    @Test func unbindableControlsAreDropped() {
        for code: UInt32 in [0, 28, 29, 30, 31, 0x80, 0x9B, 0x9F] {
            #expect(character(code) == nil, "code \(code)")
        }
    }

    @Test func printableCharacters() {
        #expect(character(0x20) == .key(.character(" ")))
        #expect(character(0x6A) == .key(.character("j")))
        #expect(character(0x3F) == .key(.character("?")))
        #expect(character(0x436) == .key(.character("ж")))
        #expect(character(0x65E5) == .key(.character("日")))
        #expect(character(0x1F600) == .key(.character("😀")))
        #expect(character(0xD800) == nil, "a surrogate is not a scalar")
    }

    @Test func keyCodes() {
        #expect(keyCode(Codes.up) == .key(.up))
        #expect(keyCode(Codes.npage) == .key(.pageDown))
        #expect(keyCode(Codes.btab) == .key(.backTab))
        #expect(keyCode(Codes.function(1)) == .key(.function(1)))
        #expect(keyCode(Codes.function(12)) == .key(.function(12)))
        #expect(keyCode(Codes.unnamed) == nil)
    }

    @Test func resizeAndMouseNeedCurses() {
        // The caller asks curses for the new size or the mouse report.
        #expect(keyCode(Codes.resize) == nil)
    }

    @Test func errorStatusIsNoInput() {
        #expect(CursesTerminal.decode(status: Codes.errorStatus, code: 0) == nil)
    }

    @Test func mouseReports() {
        #expect(CursesTerminal.decodeMouse(buttons: Codes.button1Pressed, column: 3, row: 2)
            == MouseEvent(.click, column: 3, row: 2))
        #expect(CursesTerminal.decodeMouse(buttons: Codes.button1Clicked, column: 0, row: 0)
            == MouseEvent(.click, column: 0, row: 0))
        #expect(CursesTerminal.decodeMouse(buttons: Codes.button4Pressed, column: 5, row: 9)
            == MouseEvent(.wheelUp, column: 5, row: 9))
        #expect(CursesTerminal.decodeMouse(buttons: Codes.button5Pressed, column: 5, row: 9)
            == MouseEvent(.wheelDown, column: 5, row: 9))
        #expect(CursesTerminal.decodeMouse(buttons: 0, column: 1, row: 1) == nil, "a release")
        #expect(CursesTerminal.decodeMouse(buttons: Codes.button1Pressed, column: -1, row: 0) == nil)
    }

    @Test func wheelDownIsADistinctButton() {
        #expect(Codes.button5Pressed != 0)
        #expect(Codes.button5Pressed != Codes.button4Pressed)
    }
}
