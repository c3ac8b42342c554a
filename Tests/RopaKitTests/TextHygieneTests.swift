import Testing
@testable import RopaKit

@Suite struct TextHygieneTests {
    @Test(arguments: ["", " ", "   ", "\t\n", "\u{200B}", "\u{2060}", "\u{3164}", "\u{FEFF}", " \u{200B} \u{00A0}",
                      "\u{202E}", "\u{2800}", "\u{115F}\u{1160}", "\u{3000}", "\u{00AD}"])
    func blankTexts(text: String) {
        #expect(TextHygiene.isBlank(text))
    }

    @Test(arguments: ["a", " a ", "\u{200B}x", "é", "—", "0", "❤️"])
    func textsThatSaySomething(text: String) {
        #expect(!TextHygiene.isBlank(text))
    }

    @Test func invisibleCharactersAreFoundWithTheirOffset() {
        let found = TextHygiene.invisibleCharacters(in: "ab\u{202E}cd\u{200B}")
        #expect(found.map(\.offset) == [2, 5])
        #expect(found.map(\.scalar) == ["\u{202E}", "\u{200B}"])
        #expect(TextHygiene.invisibleCharacters(in: "Prospection par courriel — l’offre « été »").isEmpty)
        // Variation selectors belong to the emoji or ideograph they follow.
        #expect(TextHygiene.invisibleCharacters(in: "❤️").isEmpty)
    }

    @Test func visibleWritesInvisibleCharactersOut() {
        #expect(TextHygiene.visible("Julien\u{202E}gnp.exe") == "Julien<U+202E>gnp.exe")
        #expect(TextHygiene.visible("\u{200B}") == "<U+200B>")
        #expect(TextHygiene.visible("\u{E0041}") == "<U+E0041>")
        #expect(TextHygiene.visible("l’été") == "l’été")
    }

    @Test func lookAlikesShareASkeleton() {
        let plain = TextHygiene.skeleton("T-50")
        for lookAlike in ["T-50", "T-50\u{200B}", "\u{0422}-50", "T\u{2011}50", "Ｔ－５０", "t-50", "T\u{2212}50"] {
            #expect(TextHygiene.skeleton(lookAlike) == plain, "\(lookAlike.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(TextHygiene.skeleton("T-51") != plain)
        #expect(TextHygiene.skeleton("prospection") == TextHygiene.skeleton("pr\u{043E}spection"))
    }
}
