import Vapor
import MentorCore
import Spreadsheets

/// A table offered as a download, in the form the reader's Excel opens without a wizard:
/// CSV in UTF-8 with a byte order mark, separated by `;` for Dutch readers (Dutch Excel's
/// list separator, since `,` is their decimal comma) and `,` for English ones; or an
/// `.xlsx` workbook, the same in every region. Every table download of the product goes
/// through here, so they all behave alike.
struct TableDownload: Sendable {
    enum Format: String, CaseIterable, Sendable {
        case csv, xlsx
    }

    /// `?format=xlsx` on a download route; no format (or `csv`) is CSV, as links made before
    /// the Excel download keep working.
    struct FormatForm: Content, Sendable, Equatable {
        var format: String?

        func validated(_ language: Language) -> Result<Format, FormErrors> {
            guard let format, !format.isEmpty else { return .success(.csv) }
            guard let known = Format(rawValue: format.lowercased()) else { return .failure(FormErrors(["format": T.required(language)])) }
            return .success(known)
        }
    }

    var rows: [[String]]
    /// The file name without its extension, such as `programmes`.
    var name: String
    /// The worksheet's name in the workbook (at most 31 characters are kept).
    var sheetName: String

    /// A file name of plain letters, digits and dashes (safe in a header and on every system)
    /// from readable parts: "Stille koppels", "Programma 2026" -> `stille-koppels-programma-2026`.
    static func fileName(_ parts: String...) -> String {
        let folded = parts.joined(separator: " ").folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let name = words.joined(separator: "-")
        return name.isEmpty ? "table" : String(name.prefix(80))
    }

    static func separator(for language: Language) -> Separator { language == .nl ? .semicolon : .comma }
    static func decimalSeparator(for language: Language) -> Character { language == .nl ? "," : "." }

    func response(_ format: Format, language: Language, now: Date) throws -> Response {
        var headers = HTTPHeaders()
        let body: Data
        switch format {
        case .csv:
            headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            body = CSV.excelFile(rows, separator: Self.separator(for: language))
        case .xlsx:
            headers.contentType = .init(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            body = try XLSX.write(rows, sheetName: sheetName, decimalSeparator: Self.decimalSeparator(for: language), modified: now)
        }
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name).\(format.rawValue)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: body))
    }
}

extension Request {
    /// The format a download route was asked for; an unknown `?format=` is a bad request.
    func tableFormat() throws -> TableDownload.Format {
        guard case .success(let format) = try query.decode(TableDownload.FormatForm.self).validated(viewer.language) else {
            throw PageError.badRequest
        }
        return format
    }
}
