/// French typography for what a French document prints in HTML and Markdown: the spaces that a
/// French reader expects and that a register written in an ordinary editor never has.
///
/// - a narrow no-break space (U+202F) before `;`, `:`, `!`, `?` and `»`, and after `«`, replacing
///   the plain or no-break space typed there, if any — so that a line never starts with a colon;
/// - a no-break space (U+00A0) between a number and its unit ("10 ans", "13 mois", "20 %") and
///   between an abbreviation and its number ("art. 6", "n° 3") — so that they stay on one line.
///
/// Nothing else changes: the function only turns plain spaces into no-break ones or inserts a
/// narrow one, so removing those spaces gives back the text (`TypographyTests`), and a second
/// pass changes nothing. A URL, an e-mail address or a code span is left as written (`http://`,
/// `mailto:`, `julien@example.fr`), and so is a colon that is not followed by a space (10:30).
/// JSON, CSV and spreadsheets keep the values as written: they are data, not pages.
public enum Typography {
    /// The text as `language` sets it; English rules need no change.
    public static func set(_ text: String, in language: Language) -> String {
        language == .fr ? french(text) : text
    }

    public static let narrowSpace: Unicode.Scalar = "\u{202F}"
    public static let noBreakSpace: Unicode.Scalar = "\u{00A0}"

    /// What precedes a number with a no-break space, lowercased: "art. 6", "n° 3".
    static let abbreviations: Set<String> = ["art.", "n°", "nº", "no.", "§", "p.", "al.", "chap.", "vol."]
    /// What follows a number with a no-break space: "10 ans", "20 %".
    static let units: Set<String> = ["an", "ans", "mois", "jour", "jours", "semaine", "semaines", "heure", "heures", "h",
                                     "minute", "minutes", "min", "seconde", "secondes", "%", "€", "ko", "mo", "go", "to"]

    public static func french(_ text: String) -> String {
        // Most values hold none of the signs concerned and no digit: nothing to do.
        guard mayChange(text) else { return text }
        let input = Array(text.unicodeScalars)
        let protected = protectedScalars(input)
        var output = String.UnicodeScalarView()
        var last: Unicode.Scalar? { output.last }
        var index = 0
        while index < input.count {
            let scalar = input[index]
            if protected[index] {
                output.append(scalar)
                index += 1
                continue
            }
            switch scalar {
            case ";", ":", "!", "?", "»":
                if takesSpaceBefore(scalar, next: index + 1 < input.count ? input[index + 1] : nil),
                   !(scalar == ";" && endsEntity(input, at: index)) {
                    spaceBefore(in: &output)
                }
                output.append(scalar)
            case "«":
                output.append(scalar)
                let next = index + 1 < input.count ? input[index + 1] : nil
                if next == " " || next == noBreakSpace {
                    output.append(narrowSpace)
                    index += 1
                } else if let next, next != narrowSpace, !isLineBreak(next) {
                    output.append(narrowSpace)
                }
            case " " where joinsNumber(input, space: index, before: last):
                output.append(noBreakSpace)
            default:
                output.append(scalar)
            }
            index += 1
        }
        return String(output)
    }

    /// Whether `text` holds one of the signs or a plain space next to a digit: where a change can
    /// be. Every printed value passes here and most need nothing, so this pass is cheap: ASCII is
    /// decided without Unicode's property tables.
    private static func mayChange(_ text: String) -> Bool {
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            switch scalar {
            case ";", ":", "!", "?", "«", "»": return true
            case " " where isDecimalDigit(previous): return true
            case _ where previous == " " && isDecimalDigit(scalar): return true
            default: break
            }
            previous = scalar
        }
        return false
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    private static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType == .decimal
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
    }

    /// Whether the `;` at `index` ends what reads as a character reference (`&amp;`, `&#39;`,
    /// `&#x2019;`): a value that holds one is shown as written, not as "&amp ;".
    private static func endsEntity(_ input: [Unicode.Scalar], at index: Int) -> Bool {
        var start = index
        while start > 0, input[start - 1].isASCII, input[start - 1].properties.isAlphabetic || ("0"..."9").contains(input[start - 1]) || input[start - 1] == "#" {
            start -= 1
        }
        return start > 0 && start < index && input[start - 1] == "&"
    }

    /// A colon or a semicolon before a space or the end (not 10:30, nor `http:`); `!` and `?` also
    /// before closing punctuation ("?!", "! »"); `»` always.
    private static func takesSpaceBefore(_ scalar: Unicode.Scalar, next: Unicode.Scalar?) -> Bool {
        guard let next else { return true }
        if scalar == "»" { return true }
        if next == " " || isLineBreak(next) || next == "\t" { return true }
        guard scalar == "!" || scalar == "?" else { return false }
        return "!?».,)]\"".unicodeScalars.contains(next)
    }

    /// Puts a narrow no-break space at the end of `output`: in place of a plain space, or added
    /// after a word or a closing sign; nothing at the start of a line, after another space or
    /// after `!`/`?` ("?!").
    private static func spaceBefore(in output: inout String.UnicodeScalarView) {
        guard let last = output.last else { return }
        // The translation table's colon has a no-break space, which JSON and CSV keep: here it
        // becomes the narrow one.
        if last == " " || last == noBreakSpace {
            output.removeLast()
            output.append(narrowSpace)
        } else if last != narrowSpace, last != "\t", !isLineBreak(last), last != "!", last != "?", last != "«" {
            output.append(narrowSpace)
        }
    }

    /// Whether the plain space at `space` joins a number to its unit ("10 ans") or an abbreviation
    /// to its number ("art. 6").
    private static func joinsNumber(_ input: [Unicode.Scalar], space: Int, before last: Unicode.Scalar?) -> Bool {
        guard let last else { return false }
        if isDecimalDigit(last), units.contains(word(in: input, from: space + 1).lowercased()) { return true }
        guard space + 1 < input.count, isDecimalDigit(input[space + 1]) else { return false }
        var start = space
        while start > 0, !isSpace(input[start - 1]) { start -= 1 }
        var previous = String(String.UnicodeScalarView(input[start..<space])).lowercased()
        // "(art. 6", "l’art. 6": the abbreviation ends the word.
        if let cut = previous.lastIndex(where: { $0 == "(" || $0 == "'" || $0 == "’" }) { previous = String(previous[previous.index(after: cut)...]) }
        return abbreviations.contains(previous)
    }

    /// The word that starts at `start`: letters, or one sign such as `%` or `€`, up to a space or a punctuation mark.
    private static func word(in input: [Unicode.Scalar], from start: Int) -> String {
        guard start < input.count else { return "" }
        if input[start] == "%" || input[start] == "€" {
            let end = start + 1
            return end == input.count || !isLetter(input[end]) ? String(input[start]) : ""
        }
        var end = start
        while end < input.count, isLetter(input[end]) { end += 1 }
        // "10 ansXYZ" is no unit; "10 ans." and "10 ans," are.
        if end < input.count, isNumber(input[end]) { return "" }
        return String(String.UnicodeScalarView(input[start..<end]))
    }

    /// The scalars of a URL, an e-mail address or a code span: each word (between spaces) that
    /// holds `://`, `www.`, `mailto:` or an `@` between two characters, and what is between backticks.
    private static func protectedScalars(_ input: [Unicode.Scalar]) -> [Bool] {
        var protected = [Bool](repeating: false, count: input.count)
        var start = 0
        while start < input.count {
            guard !isSpace(input[start]) else { start += 1; continue }
            var end = start
            while end < input.count, !isSpace(input[end]) { end += 1 }
            // Every page value goes through here: a word without ':', '@' or '.' is no URL nor
            // address, and the rest is searched as ASCII bytes, not with Foundation's string search.
            let slice = input[start..<end]
            if slice.contains(where: { $0 == ":" || $0 == "@" || $0 == "." }) {
                let word = slice.map { $0.isASCII ? UInt8($0.value) | (("A"..."Z").contains($0) ? 0x20 : 0) : 0 }
                let isAddress = word.firstIndex(of: UInt8(ascii: "@")).map { at in
                    at != 0 && word[(at + 1)...].contains(UInt8(ascii: "."))
                } ?? false
                if isAddress || [Array("://".utf8), Array("www.".utf8), Array("mailto:".utf8)].contains(where: { word.firstStart(of: $0) != nil }) {
                    for index in start..<end { protected[index] = true }
                }
            }
            start = end
        }
        var openTick: Int?
        for (index, scalar) in input.enumerated() where scalar == "`" {
            if let open = openTick {
                for inside in open...index { protected[inside] = true }
                openTick = nil
            } else {
                openTick = index
            }
        }
        return protected
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || ("\t"..."\r").contains(scalar) : scalar.properties.isWhitespace
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}"
    }
}
