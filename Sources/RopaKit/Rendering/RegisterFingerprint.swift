/// A version for a register document: a 64-bit FNV-1a hash of the register files, each taken as
/// its path inside the register directory, a NUL byte, its bytes and a NUL byte, in path order.
/// Same files, same version, on any machine and from any working directory; no subprocess
/// (git) and no CryptoKit, which Linux Foundation lacks. It identifies an edition, it does not
/// protect against tampering.
public enum RegisterFingerprint {
    public static func version(of loaded: LoadedRegister, directory: String) -> String {
        version(of: loaded.sources, directory: directory)
    }

    /// `sources`: file path → text, paths starting with `directory` as the loader names them.
    public static func version(of sources: [String: String], directory: String) -> String {
        let root = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let prefix = root == "." ? "" : root + "/"
        let files = sources.map { path, text in
            (path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path, text)
        }.sorted { $0.0 < $1.0 }
        var hash = FNV1a64()
        for (path, text) in files {
            hash.add(path.utf8)
            hash.add(CollectionOfOne(0))
            hash.add(text.utf8)
            hash.add(CollectionOfOne(0))
        }
        return hash.hex
    }
}

/// FNV-1a, 64 bits (http://www.isthe.com/chongo/tech/comp/fnv/).
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    /// Sixteen lowercase hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
