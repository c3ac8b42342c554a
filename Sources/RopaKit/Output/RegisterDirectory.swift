#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole register directory at once (`ropa import --output DIR`): the files go to a new
/// directory beside the target, which is renamed into place only when every file is written. A
/// reader sees the old register or the complete new one, never half of each; on any failure the
/// new directory is removed and the old one is left as it was.
public enum RegisterDirectory {
    /// `replacing`: an existing directory at `path` is replaced (`--force`); otherwise it is refused.
    public static func write(_ files: [RegisterScaffold.File], to path: String, replacing: Bool) -> Result<Void, OutputFailure> {
        let target = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let exists = SystemFile.status(of: target, followingLinks: false).map { _ in true }.successValue ?? false
        if exists, !replacing {
            return .failed(target, "it already exists; give another directory, or --force to replace it (the old one is kept until the new one is complete)")
        }
        let slash = target.lastIndex(of: "/")
        let parent = slash.map { target[..<$0].isEmpty ? "/" : String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        if case .failure(let failure) = OutputFile.makeDirectories(parent) { return .failure(failure) }

        var template = Array("\(parent)/.\(name).ropa-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkdtemp($0) } ?? nil }
        guard made != nil else { return .failed(target, "cannot create a directory in '\(parent)'", errno) }
        let staging = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var done = false
        defer { if !done { removeTree(staging) } }

        // The staging directory is this process's own (mkdtemp, rwx------): its files are written
        // directly, then flushed together before it is renamed into place, so that a crash never
        // leaves a register in place whose files are not on disk.
        var folders: [String] = [staging]
        var written: [String] = []
        for file in files {
            let full = staging + "/" + file.path
            let folder = String(full[..<(full.lastIndex(of: "/") ?? full.endIndex)])
            if !folders.contains(folder) {
                if case .failure(let failure) = OutputFile.makeDirectories(folder) {
                    return .failed(target, "writing '\(file.path)' failed: \(failure.reason)")
                }
                folders.append(folder)
            }
            if let code = SystemFile.createUnflushed(Array(file.contents.utf8), at: full) {
                return .failed(target, "writing '\(file.path)' failed", code)
            }
            written.append(full)
        }
        if let code = SystemFile.flush(written, directories: folders) {
            return .failed(target, "flushing the new register to disk failed", code)
        }
        guard chmod(staging, 0o755) == 0 else { return .failed(target, "cannot set the directory's permissions", errno) }
        if exists {
            // The old register moves aside, the new one takes its place, the old one is removed.
            var aside = Array("\(parent)/.\(name).ropa-old-XXXXXX".utf8CString)
            guard aside.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.map { mkdtemp($0) } ?? nil }) != nil else {
                return .failed(target, "cannot create a directory in '\(parent)'", errno)
            }
            let old = String(decoding: aside.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard rename(target, old + "/register") == 0 else { return .failed(target, "cannot move the old register aside", errno) }
            guard rename(staging, target) == 0 else {
                let code = errno
                _ = rename(old + "/register", target)
                return .failed(target, "cannot put the new register in place", code)
            }
            removeTree(old)
        } else {
            guard rename(staging, target) == 0 else { return .failed(target, "cannot put the new register in place", errno) }
        }
        done = true
        return .success(())
    }

    /// Removes a directory this process made, and what it holds (never following links).
    private static func removeTree(_ path: String) {
        guard let directory = opendir(path) else {
            unlink(path)
            return
        }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let child = path + "/" + name
            var info = stat()
            if lstat(child, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { removeTree(child) } else { unlink(child) }
        }
        closedir(directory)
        rmdir(path)
    }
}

private extension Result {
    var successValue: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
