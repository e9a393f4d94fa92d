import Foundation

/// Where to find the corpus when none is named: `--corpus`, then `DOSSIER_CORPUS`, then `./seeds`, then the installed share folder.
public enum CorpusLocator {
    /// The folder to load.
    public static func folder(explicit: String?, environment: [String: String], currentDirectory: String, executablePath: String) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["DOSSIER_CORPUS"], !env.isEmpty { return env }
        let local = (currentDirectory as NSString).appendingPathComponent("seeds")
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: local, isDirectory: &isDir), isDir.boolValue { return local }
        let resolved = (executablePath as NSString).resolvingSymlinksInPath
        let prefix = ((resolved as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        return (prefix as NSString).appendingPathComponent("share/dossier/seeds")
    }
}
