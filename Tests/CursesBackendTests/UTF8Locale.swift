#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Runs `body` with this thread's character type in the C.UTF-8 locale: ncursesw needs a UTF-8 codeset to
/// store non-ASCII text (pitfall 6), and `uselocale` changes only this thread, unlike
/// `setlocale`, which would race with suites running in parallel.
func withUTF8Locale(_ body: () throws -> Void) throws {
    let locale = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "the C.UTF-8 locale is unavailable")
    let previous = uselocale(locale)
    defer {
        uselocale(previous)
        freelocale(locale)
    }
    try body()
}
