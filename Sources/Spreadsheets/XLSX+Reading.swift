import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Excel workbooks (Office Open XML, `.xlsx`): a ZIP package of XML parts.
public enum XLSX {
    /// The most one part of a workbook may unpack to.
    static let partLimit = 64 * 1024 * 1024
    /// The most cells (rows times columns, empty ones included) a sheet may spread over: a few
    /// cells far to the right on many rows would otherwise fill memory with empty strings.
    static let cellLimit = 2_000_000

    /// The rows of the first worksheet (the first in the workbook's order, as Excel shows the
    /// tabs), as text: shared and inline strings, numbers as stored (`0.5`, `44927`), formulas
    /// by their last computed value, booleans as TRUE/FALSE. Cells missing inside a row are
    /// empty strings; rows without text are left out; every row has as many cells as the
    /// widest row, so a row whose last cells were left empty still lines up with its header.
    public static func firstSheet(_ data: Data) throws(SpreadsheetError) -> [SheetRow] {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw .notAWorkbook }
        guard let workbook = try part("xl/workbook.xml", in: archive) else { throw .notAWorkbook }
        let sheetPath = try firstSheetPath(workbook: workbook, archive: archive)
        guard let sheet = try part(sheetPath, in: archive) else { throw .noWorksheet }
        let shared = try part("xl/sharedStrings.xml", in: archive).map(sharedStrings) ?? []
        let reader = WorksheetReader(sharedStrings: shared)
        let parsed = parseIfPossible(sheet, with: reader)
        if reader.overBudget { throw .tooLarge }
        // FoundationXML on Linux accepts a document that stops inside an element; a sheet
        // counts only when its root element was closed.
        guard parsed, reader.closed else { throw .notAWorkbook }
        let width = reader.rows.map(\.cells.count).max() ?? 0
        guard width * reader.rows.count <= cellLimit else { throw .tooLarge }
        return reader.rows.filter { !$0.isEmpty }.map { row in
            SheetRow(line: row.line, cells: row.cells + Array(repeating: "", count: width - row.cells.count))
        }
    }

    /// The path of the first `<sheet>` of the workbook, through the workbook's relationships;
    /// `xl/worksheets/sheet1.xml` when they do not say.
    static func firstSheetPath(workbook: Data, archive: Archive) throws(SpreadsheetError) -> String {
        let sheets = ElementCollector(element: "sheet")
        try parse(workbook, with: sheets)
        guard let first = sheets.attributes.first else { throw .noWorksheet }
        let relationID = first.first { $0.key.hasSuffix(":id") }?.value
        guard let relationID, let rels = try part("xl/_rels/workbook.xml.rels", in: archive) else { return "xl/worksheets/sheet1.xml" }
        let relations = ElementCollector(element: "Relationship")
        try parse(rels, with: relations)
        guard let target = relations.attributes.first(where: { $0["Id"] == relationID })?["Target"] else { return "xl/worksheets/sheet1.xml" }
        // Targets are relative to `xl/`, or absolute within the package.
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// One part unpacked, or nil when the package has no such part.
    static func part(_ path: String, in archive: Archive) throws(SpreadsheetError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > partLimit { throw SpreadsheetError.tooLarge }
            }
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw .notAWorkbook
        }
        return data
    }

    static func parse(_ xml: Data, with delegate: any XMLParserDelegate) throws(SpreadsheetError) {
        guard parseIfPossible(xml, with: delegate) else { throw .notAWorkbook }
    }

    static func parseIfPossible(_ xml: Data, with delegate: any XMLParserDelegate) -> Bool {
        let parser = XMLParser(data: xml)
        parser.delegate = delegate
        return parser.parse()
    }

    /// The shared strings in order: each `<si>` is the text of its `<t>` runs, without the
    /// phonetic guides (`<rPh>`) of East Asian text.
    static func sharedStrings(_ xml: Data) throws(SpreadsheetError) -> [String] {
        let reader = SharedStringReader()
        try parse(xml, with: reader)
        guard reader.closed else { throw .notAWorkbook }
        return reader.strings
    }

    /// Excel writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return)
    /// and a literal `_x` sequence as `_x005F_x...`.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// `A` -> 0, `B` -> 1, `AA` -> 26: the column of a cell reference such as `AA12`.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            let value = scalar.value
            let digit: UInt32
            if (65...90).contains(value) {
                digit = value - 64
            } else if (97...122).contains(value) {
                digit = value - 96
            } else {
                break
            }
            column = column * 26 + Int(digit)
            letters += 1
            if letters > 3 { return nil }
        }
        // Excel's last column is XFD (16,384).
        guard letters > 0, column <= 16_384 else { return nil }
        return column - 1
    }
}

/// The local name of an element (`x:row` -> `row`): some programs write a prefix.
private func localName(_ name: String) -> Substring {
    name.split(separator: ":").last ?? Substring(name)
}

/// The attributes of every element with one name.
final class ElementCollector: NSObject, XMLParserDelegate {
    let element: String
    var attributes: [[String: String]] = []

    init(element: String) { self.element = element }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if localName(name) == element { self.attributes.append(attributes) }
    }
}

final class SharedStringReader: NSObject, XMLParserDelegate {
    var strings: [String] = []
    /// Whether the root element `<sst>` was closed.
    private(set) var closed = false
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch localName(name) {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(name) {
        case "sst": closed = true
        case "si": strings.append(XLSX.unescape(current))
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// The cells of `<sheetData>`: `<row r="3"><c r="B3" t="s"><v>4</v></c>...</row>`.
final class WorksheetReader: NSObject, XMLParserDelegate {
    let sharedStrings: [String]
    var rows: [SheetRow] = []
    /// Set when the sheet spreads over more than ``XLSX/cellLimit`` cells; parsing stops.
    private(set) var overBudget = false
    /// Whether the root element `<worksheet>` was closed.
    private(set) var closed = false
    private var cells = 0
    private var row: SheetRow?
    private var column = 0
    private var type = "n"
    private var value = ""
    private var inline = ""
    private var inValue = false
    private var inText = false

    init(sharedStrings: [String]) { self.sharedStrings = sharedStrings }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch localName(name) {
        case "row":
            let line = attributes["r"].flatMap(Int.init) ?? (rows.last?.line ?? 0) + 1
            row = SheetRow(line: line, cells: [])
        case "c":
            column = attributes["r"].flatMap(XLSX.column(of:)) ?? (row?.cells.count ?? 0)
            type = attributes["t"] ?? "n"
            value = ""
            inline = ""
        case "v": inValue = true
        case "t": inText = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(name) {
        case "worksheet": closed = true
        case "v": inValue = false
        case "t": inText = false
        case "c":
            guard var current = row else { return }
            let text = cellText()
            if current.cells.count <= column {
                cells += column + 1 - current.cells.count
                guard cells <= XLSX.cellLimit else {
                    overBudget = true
                    parser.abortParsing()
                    return
                }
                current.cells += Array(repeating: "", count: column + 1 - current.cells.count)
            }
            current.cells[column] = text
            row = current
        case "row":
            if var current = row {
                while current.cells.last?.isEmpty == true { current.cells.removeLast() }
                rows.append(current)
            }
            row = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string } else if inText { inline += string }
    }

    private func cellText() -> String {
        switch type {
        case "s": Int(value.trimmingCharacters(in: .whitespaces)).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr": XLSX.unescape(inline)
        case "str": XLSX.unescape(value)
        case "b": value == "1" ? "TRUE" : "FALSE"
        default: value
        }
    }
}
