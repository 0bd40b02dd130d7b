import Foundation
import MentorCore

/// CSV import of people: the upload form, and the preview of what a file would do.
enum PeopleImportPage {
    struct Model: Sendable, Equatable {
        /// The text as sent, shown again in the text field when it could not be read at all.
        var csv: String = ""
        /// Why the file cannot be imported as a whole (nothing sent, too large, changed since the preview).
        var message: String?
        var result: PeopleImportResult?
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
        name,email,roles,seniority,practice_group,expertise,language
        Noor <script>x</script>,noor@firm.example,mentee,junior,Audit & <Partners>,,nl
        Pieter Smit,pieter@firm.example,mentor|coordinator,senior,Tax,VAT,en
        ,broken,,,,,
        """
        return PeopleImportPage.Model(csv: csv, result: PeopleImport.read(csv), existing: ["pieter@firm.example"],
                                      uploadID: UUID(uuidString: "00000000-0000-4000-8000-0000000000aa")!)
    }()
}
