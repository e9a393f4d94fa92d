import Testing

extension Tag {
    /// Tests that run real programs under tmux (`swift test --filter EndToEndTests` selects them too).
    @Tag static var endToEnd: Tag
}
