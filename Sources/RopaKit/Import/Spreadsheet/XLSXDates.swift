/// XLSX stores a date as a plain number (days since an epoch) and says it is a date only through
/// the number format of the cell's style. This is how ropa tells them apart and converts them.
enum XLSXDates {
    /// Excel's built-in number formats that show a date (or a time) without naming it:
    /// 14–22 (`m/d/yyyy`, `d-mmm-yy`, `h:mm`, `m/d/yy h:mm`…) and 45–47 (`mm:ss`, `[h]:mm:ss`…).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

    /// Whether a custom format code shows a date: it has a day, month or year token outside
    /// quoted text (`"le "dd`), escapes (`\d`), brackets (`[$-40C]`, `[Red]`) and padding
    /// (`_)`, `*-`). A lone `m` next to hours or seconds is minutes, not a month.
    static func isDateFormat(_ code: String) -> Bool {
        var hasDayOrYear = false
        var hasMonthOrMinute = false
        var hasHourOrSecond = false
        var iterator = code.lowercased().makeIterator()
        while let character = iterator.next() {
            switch character {
            case "\"":
                while let next = iterator.next(), next != "\"" {}
            case "[":
                while let next = iterator.next(), next != "]" {}
            case "\\", "_", "*":
                _ = iterator.next()
            case "d", "y":
                hasDayOrYear = true
            case "m":
                hasMonthOrMinute = true
            case "h", "s":
                hasHourOrSecond = true
            default:
                break
            }
        }
        return hasDayOrYear || (hasMonthOrMinute && !hasHourOrSecond)
    }

    /// The day a serial number stands for; nil for a time of day alone, a day that does not
    /// exist (Excel's 1900-02-29, kept from Lotus 1-2-3) or one out of range.
    static func day(fromSerial serial: Double, uses1904: Bool) -> ISODate? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        let days = Int(serial.rounded(.down))
        let epoch: Int
        if uses1904 {
            epoch = -24_107  // 1904-01-01 is serial 0
        } else if days >= 61 {
            epoch = -25_569  // 1899-12-30, so that serial 61 is 1900-03-01
        } else if days == 60 {
            return nil
        } else {
            epoch = -25_568  // 1899-12-31: serial 1 is 1900-01-01
        }
        let date = ISODate(daysSinceEpoch: epoch + days)
        return ISODate(year: date.year, month: date.month, day: date.day)
    }
}

/// `xl/styles.xml`: for each cell style (`<cellXfs>` entry, the `s` of a cell), whether its
/// number format shows a date.
final class StylesHandler: XMLEventHandler {
    private var customFormats: [Int: String] = [:]
    private var styleFormats: [Int] = []
    private var inCellStyles = false

    func start(_ namespace: String, _ local: String, _ attributes: XMLAttributes) {
        guard namespace == XMLNamespace.spreadsheet else { return }
        switch local {
        case "numFmt":
            if let id = attributes[nil, "numFmtId"].flatMap({ Int($0) }), let code = attributes[nil, "formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs":
            inCellStyles = true
        case "xf" where inCellStyles:
            styleFormats.append(attributes[nil, "numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    func end(_ namespace: String, _ local: String) {
        if namespace == XMLNamespace.spreadsheet, local == "cellXfs" { inCellStyles = false }
    }

    /// Style indexes whose format is a date.
    var dateStyles: Set<Int> {
        Set(styleFormats.indices.filter { index in
            let format = styleFormats[index]
            if let code = customFormats[format] { return XLSXDates.isDateFormat(code) }
            return XLSXDates.builtInDateFormats.contains(format)
        })
    }
}
