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
        FileHandle.standardError.write(Data((Dossier.fullMessage(for: error) + "\n").utf8))
        exit(Output.usageError)
    } else {
        Dossier.exit(withError: error)
    }
}
