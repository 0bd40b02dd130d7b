import Foundation
import ZIPFoundation

extension XLSX {
    /// A workbook of one worksheet holding `rows`, the first row in bold and frozen as the
    /// header. The smallest package Excel, LibreOffice and openpyxl open without complaint:
    /// content types, the package and workbook relationships, the workbook, a style sheet and
    /// the sheet, with every text as an inline string (so no text is ever read as a formula).
    ///
    /// A cell that is a plain number in the reader's notation (`12`, `-3`, `4,5` with
    /// `decimalSeparator` ","; no leading zeros, no grouping) is written as a number, and
    /// `45%` as the number 0.45 shown as a percentage, so they can be summed and sorted.
    /// `modified` is the date the package's entries carry. Throws only when the package cannot
    /// be built in memory.
    public static func write(_ rows: [[String]], sheetName: String, decimalSeparator: Character = ".", modified: Date) throws -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(sheetName: safeSheetName(sheetName))),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", worksheet(rows, decimalSeparator: decimalSeparator)),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: modified,
                                  compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw SpreadsheetError.notAWorkbook }
        return data
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    static let packageRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static let workbookRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(relationships)/styles" Target="styles.xml"/>\
        </Relationships>
        """

    static func workbook(sheetName: String) -> String {
        declaration + """
            <workbook xmlns="\(main)" xmlns:r="\(relationships)">\
            <sheets><sheet name="\(escape(sheetName, attribute: true))" sheetId="1" r:id="rId1"/></sheets>\
            </workbook>
            """
    }

    /// Style 0 is plain, 1 bold (the header), 2 a whole percentage (built-in format 9).
    static let styles = declaration + """
        <styleSheet xmlns="\(main)">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    static func worksheet(_ rows: [[String]], decimalSeparator: Character) -> String {
        var xml = declaration + "<worksheet xmlns=\"\(main)\">"
        if rows.count > 1 {
            xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        }
        let widths = columnWidths(rows)
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, text) in row.enumerated() {
                let reference = columnName(columnIndex) + String(rowIndex + 1)
                if rowIndex > 0, let number = number(text, decimalSeparator: decimalSeparator) {
                    let style = number.isPercentage ? " s=\"2\"" : ""
                    xml += "<c r=\"\(reference)\"\(style)><v>\(number.value)</v></c>"
                } else if !text.isEmpty {
                    let style = rowIndex == 0 ? " s=\"1\"" : ""
                    let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? " xml:space=\"preserve\"" : ""
                    xml += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t\(space)>\(escape(text, attribute: false))</t></is></c>"
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// A width per column from its longest text (in characters), between 8 and 60.
    static func columnWidths(_ rows: [[String]]) -> [Int] {
        var widths: [Int] = []
        for row in rows {
            for (index, text) in row.enumerated() {
                let longest = text.split(separator: "\n").map(\.count).max() ?? 0
                if widths.count <= index { widths.append(8) }
                widths[index] = min(60, max(widths[index], longest + 2))
            }
        }
        return widths
    }

    /// 0 -> `A`, 25 -> `Z`, 26 -> `AA`.
    static func columnName(_ index: Int) -> String {
        var index = index + 1
        var name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    struct Number: Equatable {
        var value: String
        var isPercentage: Bool
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// `text` as a number cell's value, when it is a plain number in the reader's notation.
    static func number(_ text: String, decimalSeparator: Character) -> Number? {
        var body = Substring(text)
        var isPercentage = false
        if body.hasSuffix("%") {
            body = body.dropLast()
            // French and Dutch style may put a (non-breaking) space before the sign.
            while body.last == " " || body.last == "\u{00A0}" || body.last == "\u{202F}" { body = body.dropLast() }
            isPercentage = true
        }
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: decimalSeparator, maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.count <= 15, whole.allSatisfy(isDigit),
              whole == "0" || whole.first != "0" else { return nil }
        var digits = String(whole)
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].count <= 15, parts[1].allSatisfy(isDigit) else { return nil }
            digits += "." + parts[1]
        }
        guard let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        var result = isPercentage ? value / 100 : value
        if negative { result = -result }
        return Number(value: NSDecimalNumber(decimal: result).stringValue, isPercentage: isPercentage)
    }

    /// Text escaped for XML, with the characters XML 1.0 cannot hold (control characters other
    /// than tab and line breaks) written as Excel writes them, `_xHHHH_`, and a literal `_x`
    /// sequence guarded as `_x005F_`, so ``unescape(_:)`` gives back the same text.
    static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "_x000D_"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "_" where looksEscaped(scalars, at: index): out += "_x005F_"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "_x" + String(format: "%04X", scalar.value) + "_"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether `_xHHHH_` starts at `index`.
    private static func looksEscaped(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty.
    static func safeSheetName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? " " : $0 }.prefix(31)).trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }
}
