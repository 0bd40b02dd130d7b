import Foundation
import MentorCore
import Spreadsheets

/// Import of people from Excel or CSV: the upload form, and the preview of what a file would do.
enum PeopleImportPage {
    struct Model: Sendable, Equatable {
        /// The text as sent, shown again in the text field when it could not be read at all.
        var csv: String = ""
        /// Why the file cannot be imported as a whole (nothing sent, too large, changed since the preview).
        var message: String?
        var result: PeopleImportResult?
        /// How the file was read (format, encoding, separator), named in the preview.
        var format: SheetFormat?
        /// E-mail addresses of the file that already belong to the organisation: those people are updated.
        var existing: Set<String> = []
        /// The stored file the confirm button imports; nil when there is nothing to confirm.
        var uploadID: UUID?

        /// A file that can be imported as previewed.
        var isConfirmable: Bool { result?.isValid == true && message == nil }
    }
}

extension PeopleImportPage.Model {
    static let mock: PeopleImportPage.Model = {
        let csv = """
        naam;e-mail;rollen;senioriteit;vakgroep;expertise;taal;tijdzone;afdeling <b>
        Noor <script>x</script>;noor@firm.example;mentee;junior;Audit & <Partners>;;nl;Europe/London;Zuid
        Pieter Smit;pieter@firm.example;mentor|coördinator;senior;Tax;VAT|<IFRS>;en;;
        ;broken;;;;;;;
        ;;;;;;;;
        """
        return PeopleImportPage.Model(csv: csv, result: PeopleImport.read(csv), format: .csv(encoding: .windows1252, separator: .semicolon),
                                      existing: ["pieter@firm.example"], uploadID: UUID(uuidString: "00000000-0000-4000-8000-0000000000aa")!)
    }()
}
