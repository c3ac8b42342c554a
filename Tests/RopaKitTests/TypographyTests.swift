// French typography of printed values (`Typography`): the spaces it puts, what it never touches,
// and its properties on random texts — only spaces change, a second pass changes nothing, URLs
// and e-mail addresses stay as written.
import Testing
@testable import RopaKit

private let narrow = "\u{202F}"
private let noBreak = "\u{00A0}"

@Test("French spaces", arguments: [
    ("Adresse : 51 avenue", "Adresse\(narrow): 51 avenue"),
    ("Note: voir", "Note\(narrow): voir"),
    ("Quoi ? Oui !", "Quoi\(narrow)? Oui\(narrow)!"),
    ("un; deux", "un\(narrow); deux"),
    ("« ropa validate »", "«\(narrow)ropa validate\(narrow)»"),
    ("«citation»", "«\(narrow)citation\(narrow)»"),
    ("Vraiment ?!", "Vraiment\(narrow)?!"),
    ("Durée\(noBreak): 3 ans", "Durée\(narrow): 3\(noBreak)ans"),
    ("art. 6 du RGPD", "art.\(noBreak)6 du RGPD"),
    ("(Art. 30)", "(Art.\(noBreak)30)"),
    ("décret n° 2019-341", "décret n°\(noBreak)2019-341"),
    ("3 ans à compter", "3\(noBreak)ans à compter"),
    ("13 mois, puis 30 jours.", "13\(noBreak)mois, puis 30\(noBreak)jours."),
    ("20 % des clients", "20\(noBreak)% des clients"),
])
func frenchSpaces(input: String, expected: String) {
    #expect(Typography.french(input) == expected, "\(input)")
}

@Test("What French typography leaves alone", arguments: [
    "à 10:30", "https://www.cnil.fr/fr/a?b=1", "mailto:julienbalp@yahoo.fr", "julienbalp@yahoo.fr", "voir www.cnil.fr/x:y",
    "http://exemple.fr/page!", "`a: b`", "3 ansXYZ", "2 ans3", "Le 12 décembre", "ratio 3:2", ": au début", "",
    "déjà\(narrow): fait", "ligne\n: suite", "R&amp;D", "&#x2019;", "x &eacute; y", "&amp;",
])
func leftAlone(input: String) {
    #expect(Typography.french(input) == input, "\(input)")
}

@Test func englishKeepsEnglishRules() {
    for text in ["Note: see art. 6", "Really? Yes!", "3 years", "« quoted »"] {
        #expect(Typography.set(text, in: .en) == text)
    }
}

@Test func aURLOrAnAddressInASentenceIsUntouchedAroundIt() {
    #expect(Typography.french("Écrire à julien@yahoo.fr : merci") == "Écrire à julien@yahoo.fr\(narrow): merci")
    #expect(Typography.french("Site : https://x.fr/a?b ?") == "Site\(narrow): https://x.fr/a?b\(narrow)?")
}

/// Random texts made of the pieces that matter: signs, spaces of every kind, numbers, units,
/// abbreviations, URLs, addresses, times.
@Test func propertiesOnRandomTexts() {
    let pieces = ["a", "é", "mot", "1", "10", "3", " ", " ", "  ", ":", ";", "!", "?", "«", "»", "art.", "n°", "ans", "mois", "%",
                  "(", ")", ".", ",", "\n", narrow, noBreak, "https://x.fr/a?b=c:d", "julien@yahoo.fr", "10:30", "`c: d`", "’"]
    let urls = ["https://x.fr/a?b=c:d", "julien@yahoo.fr"]
    var random = SplitMix(state: 0x5EED_7E57)
    func strip(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != " " && $0 != "\u{202F}" && $0 != "\u{00A0}" }))
    }
    for _ in 0..<3000 {
        let count = Int.random(in: 0...14, using: &random)
        let text = (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
        let set = Typography.french(text)
        // Reversible: only spaces were inserted or made no-break.
        #expect(strip(set) == strip(text), "\(text.debugDescription) → \(set.debugDescription)")
        #expect(set.unicodeScalars.filter { $0 == " " }.count <= text.unicodeScalars.filter { $0 == " " }.count)
        // Idempotent.
        #expect(Typography.french(set) == set, "\(text.debugDescription) → \(set.debugDescription)")
        // A URL or an address, between spaces, is printed as written.
        for url in urls {
            let sentence = text + " " + url + " " + text
            #expect(Typography.french(sentence).contains(url), "\(sentence.debugDescription)")
        }
    }
}
