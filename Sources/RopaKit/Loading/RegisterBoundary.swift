/// The register's directory as a border that symbolic links may not cross.
///
/// `ropa validate` runs on pull requests from strangers. A treatment file that is a link to the
/// runner's `~/.env`, to `/etc/passwd` or to the checkout's `.git/config` (where CI keeps its
/// token) would otherwise be read, and its lines quoted under the diagnostics in a public job log.
/// So a link is followed only when its target, fully resolved, is inside the register directory
/// (itself resolved: a register reached through linked parent folders is judged by where it really
/// is) and not in a hidden file or folder, which is never part of the register.
struct RegisterBoundary: Sendable {
    /// The register directory, every link in its path resolved.
    let root: String

    init(root directory: String) {
        root = FileSystem.canonicalPath(directory) ?? directory
    }

    /// An error when `path` is a link whose target lies outside the register or is hidden; nil
    /// when it may be read: not a link, a link that stays inside, or a link to nothing or a
    /// loop, which the caller reports as before.
    func refusal(of path: String, isFolder: Bool) -> Diagnostic? {
        guard FileSystem.isSymbolicLink(path), let target = FileSystem.canonicalPath(path) else { return nil }
        let what = isFolder ? "folder" : "file"
        // The target is not named: it is not part of the register, and may itself be the secret.
        let action = "ropa does not follow it, so that checking a register never reads the files of the machine it runs on"
        guard let inside = relativePath(of: target) else {
            return Diagnostic(
                id: DiagnosticID.fileOutsideRegister,
                message: "'\(path)' is a symbolic link to a \(what) outside the register; \(action)",
                at: .start(of: path),
                help: "put the \(what) itself in the register instead of a link to it, or remove the link")
        }
        guard !inside.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else {
            return Diagnostic(
                id: DiagnosticID.fileOutsideRegister,
                message: "'\(path)' is a symbolic link to a hidden \(what) (a name starting with '.'), which is not part of the register; \(action)",
                at: .start(of: path),
                help: "hidden files are git's, the editor's or the CI's own (.git/config may hold a token): link to a register file, or remove the link")
        }
        return nil
    }

    /// `target` relative to the root ("" for the root itself), or nil when it is outside.
    private func relativePath(of target: String) -> String? {
        if target == root { return "" }
        let prefix = root == "/" ? "/" : root + "/"
        return target.hasPrefix(prefix) ? String(target.dropFirst(prefix.count)) : nil
    }
}
