import Foundation

/// One row of a sheet: its cells as text, and where it stands in the file, so a message can
/// name it ("line 4" of a CSV file, row 4 of a worksheet).
public struct SheetRow: Equatable, Sendable {
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    /// A row without any text: a blank line, or only separators (`;;;;`, which Excel leaves
    /// below a table), or cells holding nothing but spaces.
    public var isEmpty: Bool {
        cells.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}

/// What a file turned out to be, so a preview can say how it was read.
public enum SheetFormat: Equatable, Sendable {
    /// A text file; `encoding` is nil for text that arrived as text (pasted into a form).
    case csv(encoding: TextEncoding?, separator: Separator)
    /// The first worksheet of an Excel workbook.
    case xlsx
}

/// The rows of a file (empty rows already left out) and how the file was read.
public struct Sheet: Equatable, Sendable {
    public var rows: [SheetRow]
    public var format: SheetFormat

    public init(rows: [SheetRow], format: SheetFormat) {
        self.rows = rows
        self.format = format
    }
}

/// Why a file could not be read at all.
public enum SpreadsheetError: Error, Equatable, Sendable {
    /// A quoted CSV field that is still open at the end of the file, opened on `line`.
    case unterminatedQuote(line: Int)
    /// Bytes that are no text in any encoding we read (NUL bytes that are not UTF-16).
    case notText
    /// An old Excel 97-2003 workbook (`.xls`), which is not read: save it as `.xlsx` or CSV.
    case legacyExcel
    /// A ZIP file that is not an Excel workbook, or a workbook whose parts are damaged.
    case notAWorkbook
    /// A workbook without a worksheet.
    case noWorksheet
    /// A workbook part that unpacks to more than the limit (a "zip bomb").
    case tooLarge
}

/// Reading a file of rows, whatever Excel or another program made of it.
public enum Spreadsheet {
    /// Reads an uploaded file: an `.xlsx` workbook (recognised by its ZIP signature, whatever
    /// the file is called) or CSV text in any encoding ``TextEncoding/detect(_:)`` knows.
    public static func read(_ data: Data) throws(SpreadsheetError) -> Sheet {
        let head = Array(data.prefix(8))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return Sheet(rows: try XLSX.firstSheet(data), format: .xlsx)
        }
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] { throw .legacyExcel }
        let (text, encoding) = try TextEncoding.decode(data)
        let (rows, separator) = try CSV.read(text)
        return Sheet(rows: rows, format: .csv(encoding: encoding, separator: separator))
    }

    /// Reads CSV text that arrived as text, such as a table pasted into a form.
    public static func read(text: String) throws(SpreadsheetError) -> Sheet {
        let (rows, separator) = try CSV.read(text)
        return Sheet(rows: rows, format: .csv(encoding: nil, separator: separator))
    }
}
