/// A small RFC 4180 reader: quoted fields, doubled quotes inside quotes, CRLF or LF line
/// ends, a byte order mark, and either `,` or `;` as separator (Dutch spreadsheet programs
/// write `;`). Each record keeps the line number it starts on, so errors can name it.
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]
}

public enum CSVError: Error, Equatable, Sendable {
    /// A quoted field that is still open at the end of the input, opened on `line`.
    case unterminatedQuote(line: Int)
}

public enum CSV {
    /// Reads all records. Blank lines are skipped. The separator is `;` when the first
    /// line holds more semicolons than commas, else `,`.
    public static func parse(_ text: String) throws(CSVError) -> [CSVRecord] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = detectSeparator(scalars)

        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldWasQuoted = false
        var index = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && fields[0].isEmpty
            if !blank { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    if scalar == "\r" {
                        // Keep a line break inside a quoted field as a single "\n".
                        if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                        line += 1
                        field.append("\n")
                    } else {
                        field.append(scalar)
                    }
                }
            } else if scalar == "\"" && field.isEmpty && !fieldWasQuoted {
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            } else if scalar == separator {
                endField()
            } else if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(scalar)
            }
            index += 1
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0
        var semicolons = 0
        for scalar in scalars {
            if scalar == "\n" { break }
            if scalar == "," { commas += 1 } else if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}

extension CSV {
    /// Rows as CSV text: comma-separated, fields with a comma, quote or line break quoted,
    /// lines ending in CRLF (RFC 4180). Cells starting with `=`, `+`, `-` or `@` get a leading
    /// apostrophe so a spreadsheet never runs them as formulas.
    public static func write(_ rows: [[String]]) -> String {
        var out = ""
        for row in rows {
            out += row.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
