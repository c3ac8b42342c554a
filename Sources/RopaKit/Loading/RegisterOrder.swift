extension Treatment {
    /// The order of the "Liste des traitements": by reference, numbers compared as numbers and
    /// letters regardless of case, then by id; treatments whose reference could not be read come
    /// last. Each reference is cut up once, not at every comparison.
    static func inRegisterOrder(_ treatments: [Treatment]) -> [Treatment] {
        let keys = treatments.map { NaturalOrderKey($0.reference) }
        let order = treatments.indices.sorted { a, b in
            let (unreadA, unreadB) = (treatments[a].reference.isEmpty, treatments[b].reference.isEmpty)
            if unreadA != unreadB { return unreadB }
            return keys[a] != keys[b] ? keys[a] < keys[b] : treatments[a].id < treatments[b].id
        }
        return order.map { treatments[$0] }
    }
}

/// A text cut into runs of digits and runs of other characters, so that "T-2" comes before "T-10".
struct NaturalOrderKey: Comparable {
    private enum Part: Comparable {
        /// Digits without their leading zeros: a longer run is a larger number.
        case number(String)
        /// Other characters, lowercased.
        case text(String)

        static func < (lhs: Part, rhs: Part) -> Bool {
            switch (lhs, rhs) {
            case (.number(let a), .number(let b)): (a.utf8.count, a) < (b.utf8.count, b)
            case (.text(let a), .text(let b)): a < b
            // Between a number and a text, as characters: the number sorts where a digit would.
            case (.number, .text(let b)): b.unicodeScalars.first.map { $0 > "9" } ?? false
            case (.text(let a), .number): a.unicodeScalars.first.map { $0 < "0" } ?? true
            }
        }
    }

    private let parts: [Part]

    init(_ text: String) {
        var parts: [Part] = []
        var run = ""
        var inNumber = false
        for scalar in text.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            if isDigit != inNumber, !run.isEmpty {
                parts.append(Self.part(run, number: inNumber))
                run = ""
            }
            inNumber = isDigit
            run.unicodeScalars.append(scalar)
        }
        if !run.isEmpty { parts.append(Self.part(run, number: inNumber)) }
        self.parts = parts
    }

    private static func part(_ run: String, number: Bool) -> Part {
        guard number else { return .text(run.lowercased()) }
        let digits = run.drop { $0 == "0" }
        return .number(digits.isEmpty ? "0" : String(digits))
    }

    static func < (lhs: NaturalOrderKey, rhs: NaturalOrderKey) -> Bool {
        lhs.parts.lexicographicallyPrecedes(rhs.parts)
    }
}
