import Foundation

extension CSV {
    /// Rows as CSV text, lines ending in CRLF (RFC 4180). A field holding the separator, a
    /// quote or a line break is quoted, its quotes doubled. With `defusingFormulas`, a cell
    /// starting with `=`, `+`, `-` or `@` (and not a number) gets a leading apostrophe, so a
    /// spreadsheet never runs it as a formula.
    public static func write(_ rows: [[String]], separator: Separator = .comma, defusingFormulas: Bool = true) -> String {
        var out = ""
        for row in rows {
            out += row.map { field($0, separator: separator, defusingFormulas: defusingFormulas) }
                .joined(separator: String(separator.character)) + "\r\n"
        }
        return out
    }

    /// A file that Excel opens in the reader's region without asking: UTF-8 with a byte order
    /// mark (without it Excel reads Windows-1252 and breaks every accent), and the region's
    /// list separator (`;` for Dutch readers, `,` for English ones).
    public static func excelFile(_ rows: [[String]], separator: Separator) -> Data {
        Data([0xEF, 0xBB, 0xBF]) + Data(write(rows, separator: separator).utf8)
    }

    static func field(_ value: String, separator: Separator, defusingFormulas: Bool) -> String {
        var value = value
        if defusingFormulas, let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), Double(value) == nil {
            value = "'" + value
        }
        let needsQuotes = value.unicodeScalars.contains { $0 == separator.scalar || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension CSV {
    /// Rows as CSV text (`,`, nothing defused) in which each row starts on the line it
    /// stood on, as far as the line breaks inside earlier cells allow: blank lines fill the
    /// gaps, and ``read(_:)`` skips them again. So a worksheet kept as text for later still
    /// names its rows as the worksheet does.
    public static func text(keepingLines rows: [SheetRow]) -> String {
        var out = ""
        var line = 1
        for row in rows {
            while line < row.line {
                out += "\r\n"
                line += 1
            }
            out += write([row.cells], separator: .comma, defusingFormulas: false)
            line += 1 + row.cells.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        return out
    }

    /// How many line breaks the reader counts in a field: CRLF, LF and a lone CR each once.
    static func lineBreaks(in text: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previous != "\r" { count += 1 }
            if scalar == "\r" { count += 1 }
            previous = scalar
        }
        return count
    }
}
