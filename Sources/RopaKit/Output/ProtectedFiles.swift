/// The files an output must never replace: those of the register a document is made from, so
/// that `ropa render register -o register/organisation.yaml` cannot destroy the register.
///
/// A target is one of them when it is the same file (device and inode: reached through a link,
/// a hard link, `./` or `..`), when its canonical path is one of theirs (a file not created yet
/// spelled another way), or when the register would read it: `organisation.yaml` and
/// `processors.yaml` at its top, any `.yaml` or `.yml` under `treatments/`.
public struct ProtectedFiles: Sendable {
    private var identities: Set<FileIdentity> = []
    private var canonicalPaths: Set<String> = []
    /// The register's directory and its treatments' directory, canonical.
    private var canonicalRoot: String?
    private var canonicalTreatments: String?

    /// Nothing protected.
    public static let none = ProtectedFiles()

    private init() {}

    /// - Parameters:
    ///   - directory: the register's directory.
    ///   - files: the paths of the files read from it (`LoadedRegister.sources.keys`).
    public init(register directory: String, files: some Sequence<String>) {
        canonicalRoot = FileSystem.canonicalPath(directory)
        canonicalTreatments = FileSystem.canonicalPath(directory + "/" + RegisterLoader.treatmentsDirectory)
        for file in files {
            if case .success(let status) = SystemFile.status(of: file) { identities.insert(status.identity) }
            if let canonical = FileSystem.canonicalPath(file) { canonicalPaths.insert(canonical) }
        }
    }

    /// True when writing to `path` (as a user gives it to `-o`) would replace one of the files.
    public func contains(_ path: String) -> Bool {
        if case .success(let status) = SystemFile.status(of: path), identities.contains(status.identity) { return true }
        guard case .success(let target) = SystemFile.finalTarget(of: path),
              let canonical = SystemFile.canonicalName(target) else { return false }
        if canonicalPaths.contains(canonical) { return true }
        let (directory, name) = SystemFile.split(canonical)
        if directory == canonicalRoot, [RegisterLoader.organisationFile, RegisterLoader.processorsFile].contains(name) { return true }
        guard let treatments = canonicalTreatments else { return false }
        return canonical.hasPrefix(treatments == "/" ? "/" : treatments + "/") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
    }
}
