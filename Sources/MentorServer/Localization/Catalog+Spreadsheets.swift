import MentorCore
import Spreadsheets

/// Reading people from Excel or CSV, and the tables offered as Excel and CSV downloads.
extension T {
    // How a file was read
    static func sheetFormat(_ format: SheetFormat) -> Text {
        switch format {
        case .xlsx:
            return Text(en: "Read as an Excel workbook (.xlsx): its first sheet.", nl: "Gelezen als Excel-werkmap (.xlsx): het eerste werkblad.")
        case .csv(let encoding?, let separator):
            let en = encodingName(encoding)(.en)
            let nl = encodingName(encoding)(.nl)
            return Text(en: "Read as a CSV file in \(en), with \(separatorName(separator)(.en)) between the fields.",
                        nl: "Gelezen als CSV-bestand in \(nl), met \(separatorName(separator)(.nl)) als scheidingsteken.")
        case .csv(nil, let separator):
            return Text(en: "Read as pasted text, with \(separatorName(separator)(.en)) between the fields.",
                        nl: "Gelezen als geplakte tekst, met \(separatorName(separator)(.nl)) als scheidingsteken.")
        }
    }

    static func encodingName(_ encoding: TextEncoding) -> Text {
        switch encoding {
        case .utf8(let mark):
            mark ? Text(en: "UTF-8 (with byte order mark)", nl: "UTF-8 (met BOM)") : Text(en: "UTF-8", nl: "UTF-8")
        case .utf16(let little, let mark):
            Text(en: "UTF-16 (\(little ? "little" : "big")-endian\(mark ? ", with byte order mark" : ""))",
                 nl: "UTF-16 (\(little ? "little" : "big")-endian\(mark ? ", met BOM" : ""))")
        case .windows1252:
            Text(en: "Windows-1252 (Western European)", nl: "Windows-1252 (West-Europees)")
        }
    }

    static func separatorName(_ separator: Separator) -> Text {
        switch separator {
        case .semicolon: Text(en: "semicolons", nl: "de puntkomma")
        case .comma: Text(en: "commas", nl: "de komma")
        case .tab: Text(en: "tabs", nl: "de tab")
        }
    }

    /// The header word a reader writes for a column, in their language.
    static func importColumnKey(_ column: ImportColumn) -> Text {
        switch column {
        case .name: Text(en: "name", nl: "naam")
        case .email: Text(en: "email", nl: "e-mail")
        case .roles: Text(en: "roles", nl: "rollen")
        case .seniority: Text(en: "seniority", nl: "senioriteit")
        case .practiceGroup: Text(en: "practice group", nl: "vakgroep")
        case .expertise: Text(en: "expertise", nl: "expertise")
        case .language: Text(en: "language", nl: "taal")
        case .timeZone: Text(en: "time zone", nl: "tijdzone")
        }
    }

    static func importIgnoredColumns(_ titles: [String]) -> Text {
        let list = titles.map { "\"\($0)\"" }
        return titles.count == 1
            ? Text(en: "The column \(list[0]) is not one the import knows; its cells are not imported.",
                   nl: "De kolom \(list[0]) kent de import niet; wat erin staat, wordt niet geïmporteerd.")
            : Text(en: "The columns \(list.dropLast().joined(separator: ", ")) and \(list.last!) are not ones the import knows; their cells are not imported.",
                   nl: "De kolommen \(list.dropLast().joined(separator: ", ")) en \(list.last!) kent de import niet; wat erin staat, wordt niet geïmporteerd.")
    }

    /// The preview's last column: whether a row makes a new person or updates one.
    static let importRowOutcome = Text(en: "Action", nl: "Actie")

    static let importFormats = Text(
        en: "Upload an Excel workbook (.xlsx; its first sheet is read) or a CSV file as Excel saves it: UTF-8, UTF-16 or Windows-1252, with semicolons, commas or tabs between the fields. You can also paste rows copied from Excel.",
        nl: "Upload een Excel-werkmap (.xlsx; het eerste werkblad wordt gelezen) of een CSV-bestand zoals Excel het opslaat: UTF-8, UTF-16 of Windows-1252, met puntkomma's, komma's of tabs als scheidingsteken. Je kunt ook regels plakken die je in Excel hebt gekopieerd.")

    static func sheetError(_ error: SpreadsheetError) -> Text {
        switch error {
        case .unterminatedQuote:
            Text(en: "A quoted field is never closed.", nl: "Een veld tussen aanhalingstekens wordt nooit afgesloten.")
        case .notText:
            Text(en: "This file is neither an Excel workbook nor a CSV file. Save it from Excel as .xlsx or CSV and try again.",
                 nl: "Dit bestand is geen Excel-werkmap en geen CSV-bestand. Sla het in Excel op als .xlsx of CSV en probeer het opnieuw.")
        case .legacyExcel:
            Text(en: "This is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV and try again.",
                 nl: "Dit is een oud Excel-bestand (.xls). Sla het op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.")
        case .notAWorkbook:
            Text(en: "This file cannot be read as an Excel workbook. Open it in Excel, save it again as .xlsx or CSV and try again.",
                 nl: "Dit bestand is niet te lezen als Excel-werkmap. Open het in Excel, sla het opnieuw op als .xlsx of CSV en probeer het nog eens.")
        case .noWorksheet:
            Text(en: "This workbook has no worksheet.", nl: "Deze werkmap heeft geen werkblad.")
        case .tooLarge:
            Text(en: "The workbook is too large: import at most 5,000 rows at a time.", nl: "De werkmap is te groot: importeer maximaal 5.000 regels tegelijk.")
        }
    }

    // Downloads
    /// A health table's name, for its file and its worksheet.
    static func healthTableName(_ table: HealthPage.Table) -> Text {
        switch table {
        case .status: Text(en: "Pairs by status", nl: "Koppels per status")
        case .pairs: Text(en: "Pairs", nl: "Koppels")
        case .quiet: Text(en: "Quiet pairs", nl: "Stille koppels")
        case .waiting: Text(en: "Waiting requests", nl: "Wachtende verzoeken")
        case .talk: Text(en: "Talk share", nl: "Spreektijd")
        case .fit: Text(en: "Fit check", nl: "Klikcheck")
        case .pulse: Text(en: "Pulse survey", nl: "Pulsmeting")
        }
    }
    static let programmesFileName = Text(en: "Programmes compared", nl: "Programmas vergeleken")
    static let downloadXLSX = Text(en: "Download Excel (.xlsx)", nl: "Excel (.xlsx) downloaden")
}
