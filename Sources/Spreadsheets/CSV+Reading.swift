/// CSV as RFC 4180 describes it and as Excel writes it: quoted fields holding separators,
/// doubled quotes and line breaks; CRLF, LF or CR line ends; `;`, `,` or tab as separator.
public enum CSV {
    /// Reads every row that holds text. Rows that are empty or hold only separators are left
    /// out; each row keeps the line it starts on. The separator is the one of `;`, `,` and
    /// tab that occurs most often in the first row outside quotes (on a tie: tab, then `;`,
    /// then `,`; with none, `,`). A first line `sep=;` (which Excel also understands) names
    /// the separator itself and is not a row.
    public static func read(_ text: String) throws(SpreadsheetError) -> (rows: [SheetRow], separator: Separator) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var start = 0
        var firstLine = 1
        var separator = detectSeparator(scalars)
        if let (named, end) = separatorLine(scalars) {
            separator = named
            start = end
            firstLine = 2
        }
        let rows = try records(scalars[start...], separator: separator.scalar, firstLine: firstLine)
        return (rows.filter { !$0.isEmpty }, separator)
    }

    static func records(_ scalars: ArraySlice<Unicode.Scalar>, separator: Unicode.Scalar, firstLine: Int) throws(SpreadsheetError) -> [SheetRow] {
        var rows: [SheetRow] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = firstLine
        var rowLine = firstLine
        var inQuotes = false
        var quoteLine = firstLine
        var fieldWasQuoted = false
        var index = scalars.startIndex

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        func endRow() {
            endField()
            rows.append(SheetRow(line: rowLine, cells: fields))
            fields = []
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = index + 1 < scalars.endIndex ? scalars[index + 1] : nil
            if inQuotes {
                if scalar == "\"" {
                    if next == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else if scalar == "\r" || scalar == "\n" {
                    // A line break inside a quoted field is kept as one "\n".
                    if scalar == "\r", next == "\n" { index += 1 }
                    line += 1
                    field.append("\n")
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty && !fieldWasQuoted {
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            } else if scalar == separator {
                endField()
            } else if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", next == "\n" { index += 1 }
                endRow()
                line += 1
                rowLine = line
            } else {
                field.append(scalar)
            }
            index += 1
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRow() }
        return rows
    }

    /// The separator that occurs most often in the first row, outside quotes.
    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Separator {
        var counts: [Separator: Int] = [:]
        var inQuotes = false
        for scalar in scalars {
            if scalar == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if let separator = Separator(rawValue: Character(scalar)) { counts[separator, default: 0] += 1 }
        }
        let best = [Separator.tab, .semicolon, .comma].max { counts[$0, default: 0] < counts[$1, default: 0] }
        guard let best, counts[best, default: 0] > 0 else { return .comma }
        // `max` keeps the last of equal elements; prefer the first of the tie order instead.
        return [Separator.tab, .semicolon, .comma].first { counts[$0, default: 0] == counts[best, default: 0] } ?? best
    }

    /// A first line `sep=X`: the separator and where the next line starts.
    static func separatorLine(_ scalars: [Unicode.Scalar]) -> (Separator, Int)? {
        guard scalars.count >= 5, String(String.UnicodeScalarView(scalars[0..<4])).lowercased() == "sep=",
              let separator = Separator(rawValue: Character(scalars[4])) else { return nil }
        var end = 5
        if end < scalars.count, scalars[end] == "\r" { end += 1 }
        if end < scalars.count, scalars[end] == "\n" { end += 1 }
        guard end > 5 || end == scalars.count else { return nil }
        return (separator, end)
    }
}
