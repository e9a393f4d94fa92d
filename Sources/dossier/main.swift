import ArgumentParser
import Foundation

// Usage errors exit with 2 (not ArgumentParser's 64) so every query documents 0, 1, 2.
do {
    var command = try Dossier.parseAsRoot()
    try command.run()
} catch {
    let code = Dossier.exitCode(for: error)
    if code == .success {
        Dossier.exit(withError: error)
    } else if code == .validationFailure {
        // One line, as every other error: the message and where to find the usage.
        let message = Dossier.message(for: error).split(separator: "\n").first.map(String.init) ?? "usage error"
        Output.fail("\(message) (see 'dossier --help')")
    } else {
        Dossier.exit(withError: error)
    }
}
