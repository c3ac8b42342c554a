/// The French supervisory authority, to which people may complain (GDPR Arts. 13(2)(d), 77).
///
/// Source: the address of the CNIL's complaints service as Julien's data policy §24 gives it
/// (`shared/seed`, 2026); the website as §26 gives it. Check them on www.cnil.fr before relying on them.
public enum SupervisoryAuthority {
    /// Its name in the document's language: `supervisory_authority.cnil` in the translation tables.
    public static let name = Phrase(.supervisoryAuthority)
    public static let address = "3 Place de Fontenoy - TSA 80715 - 75334 PARIS CEDEX 07"
    public static let phone = "01 53 73 22 22"
    public static let website = "www.cnil.fr"
}
