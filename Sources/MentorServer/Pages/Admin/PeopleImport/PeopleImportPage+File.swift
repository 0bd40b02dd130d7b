import Foundation
import MentorCore
import Spreadsheets

extension PeopleImportPage {
    /// What an administrator sent: an uploaded file (Excel or CSV, as bytes), or rows pasted as text.
    enum Input: Equatable, Sendable {
        case file(Data)
        case text(String)
    }

    /// A file read for the preview.
    struct Reading: Equatable, Sendable {
        var result: PeopleImportResult
        /// How the file was read; nil when that is not known (a stored file read again).
        var format: SheetFormat?
        /// What waits on the server between preview and confirm, as text (so erasure can find a
        /// name in it): a CSV file's text as decoded, or a worksheet's rows written as CSV on
        /// the lines they had in the worksheet.
        var text: String
    }

    /// Reads an upload or pasted text. A quoted field left open is a problem on its line, shown
    /// in the preview; a file that is no spreadsheet at all fails as a whole.
    static func read(_ input: Input) -> Result<Reading, SpreadsheetError> {
        do {
            switch input {
            case .text(let text):
                let sheet = try Spreadsheet.read(text: text)
                return .success(Reading(result: PeopleImport.read(sheet), format: sheet.format, text: text))
            case .file(let data):
                let sheet = try Spreadsheet.read(data)
                let text = sheet.format == .xlsx ? CSV.text(keepingLines: sheet.rows) : try TextEncoding.decode(data).text
                return .success(Reading(result: PeopleImport.read(sheet), format: sheet.format, text: text))
            }
        } catch .unterminatedQuote(let line) {
            let text = if case .text(let text) = input { text } else { "" }
            return .success(Reading(result: PeopleImportResult(people: [], issues: [ImportIssue(line: line, problem: .unterminatedQuote)]),
                                    format: nil, text: text))
        } catch {
            return .failure(error)
        }
    }
}

extension PeopleImport {
    /// The rows of a sheet, as the import reads them.
    static func read(_ sheet: Sheet) -> PeopleImportResult {
        read(sheet.rows.map { ImportRow(line: $0.line, fields: $0.cells) })
    }

    /// Rows as CSV text: pasted into the form, or the file stored between preview and confirm.
    static func read(_ text: String) -> PeopleImportResult {
        switch PeopleImportPage.read(.text(text)) {
        case .success(let reading): reading.result
        case .failure: PeopleImportResult(people: [], issues: [ImportIssue(line: 1, problem: .empty)])
        }
    }
}
