// ISO 3166-1 country names and the European Economic Area.
//
// The names (`country.<code>` in translations/fr.json and en.json) were generated on 2026-11-28
// from ISO 3166-1 as shipped by pycountry 26.2.16 (https://pypi.org/project/pycountry/): English
// from `pycountry.countries` (`common_name` when present, else `name`), French from pycountry's
// gettext catalogue `iso3166-1` (locale `fr`). Inverted or formal names were then replaced by
// common short names by hand, in French (AX BN BO CC CX FK FM GL GQ IR KP KR LA MD MO PS RE RU SB
// SR SY TW TZ VA VE VI) and in English (BN CD CG FK FM PN PS RU VA VG VI). Regenerate rather than
// edit when ISO 3166-1 changes; a new language's names can come from the same catalogue.

/// Countries and territories by their ISO 3166-1 alpha-2 code ("FR", "US", "GB").
public enum Countries {
    /// Every officially assigned ISO 3166-1 alpha-2 code (249), and XK for Kosovo.
    public static let codes: [String] = [
        "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX",
        "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ",
        "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK",
        "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
        "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR",
        "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
        "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN",
        "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN",
        "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV",
        "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ",
        "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI",
        "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
        "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC",
        "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV",
        "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR",
        "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
        "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
        // Not in ISO 3166-1: the user-assigned code the European Commission and many registers use
        // for Kosovo, which the CNIL's model workbook lists among destinations (unconfirmed as an
        // ISO assignment [U]: ISO 3166-1 has none).
        "XK",
    ]

    /// Each code's short name, `country.<code>` in the translation tables: a country is named in
    /// the document's language, and a new language brings its own names.
    public static let names: [String: Phrase] = Dictionary(uniqueKeysWithValues: codes.map { ($0, Phrase("country." + $0)) })

    /// The short name of `code` in `language`, or nil when `code` is not an assigned
    /// ISO 3166-1 alpha-2 code. Codes are matched exactly: uppercase, as ISO writes them.
    public static func name(_ code: String, in language: Language) -> String? {
        names[code]?[language]
    }

    /// True when `code` is exactly two uppercase letters and an assigned ISO 3166-1 alpha-2 code.
    public static func isValid(_ code: String) -> Bool {
        code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase } && names[code] != nil
    }

    /// The 30 states of the European Economic Area: the EU-27 plus Iceland, Liechtenstein and Norway.
    ///
    /// Sending data to one of them is not a transfer under GDPR chapter V. Switzerland is not in the
    /// EEA (it has an adequacy decision), nor is the United Kingdom, nor are the Faroe Islands,
    /// Greenland, the Channel Islands or the Isle of Man. Greece is `GR` (not the EU's own "EL").
    ///
    /// Source: `/work/shared/reference/cnil-register-facts.md` §5.2 "EEA member states".
    public static let eea: Set<String> = [
        // EU-27
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        // EEA-EFTA
        "IS", "LI", "NO",
    ]

    /// True when `code` (uppercase ISO 3166-1 alpha-2) is an EEA state, see ``eea``.
    public static func isInEEA(_ code: String) -> Bool {
        eea.contains(code)
    }
}
