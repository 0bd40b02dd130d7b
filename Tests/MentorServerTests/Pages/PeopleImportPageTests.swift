import Testing
import Foundation
@testable import MentorServer
import MentorCore
import Spreadsheets

/// The import preview from its mock (a Dutch Excel file in Windows-1252 with an unknown
/// column): how the file was read, the column it skips, every column it imports.
@Suite struct PeopleImportPageTests {
    static func text(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    @Test(arguments: MentorCore.Language.allCases) func thePreviewNamesTheFormatTheSkippedColumnAndEveryImportedColumn(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminPeopleImport)
        let model = PeopleImportPage.Model.mock
        #expect(model.result?.columns == ImportColumn.allCases)
        #expect(model.result?.ignoredColumns == ["afdeling <b>"])
        let page = PageRendering.expect(PeopleImportPage.render(model, viewer: viewer), in: language, contains: [
            Self.text(T.sheetFormat(.csv(encoding: .windows1252, separator: .semicolon))(language)),
            Self.text(T.importIgnoredColumns(["afdeling <b>"])(language)),
            T.importFormats(language),
            "<th>\(T.expertise(language))</th>", "<th>\(T.language(language))</th>", "<th>\(T.practiceGroup(language))</th>",
            "<td>VAT, &lt;IFRS&gt;</td>", "<td>\(T.languageName(.en)(language))</td>", "<th>\(T.timeZone(language))</th>", "<td>Europe/London</td>",
            "<td>\(T.roleName(.coordinator)(language)), \(T.roleName(.mentor)(language))</td>",
            Self.text(PeopleImportPage.sample(language)),
            #"accept=".xlsx,.csv"#,
        ])
        #expect(!page.contains("afdeling <b>"))
        // The example and the column list use the reader's header words and separator.
        #expect(page.contains(language == .nl ? "naam;e-mail;rollen" : "name,email,roles"))
        if language == .nl {
            #expect(!page.contains("practice_group") && !page.contains("name,email"))
        }
    }

    @Test(arguments: MentorCore.Language.allCases) func aFileThatIsNoSpreadsheetShowsOnlyItsMessage(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminPeopleImport)
        let page = PageRendering.expect(PeopleImportPage.render(.init(message: T.sheetError(.legacyExcel)(language)), viewer: viewer), in: language,
                                        contains: [Self.text(T.sheetError(.legacyExcel)(language))])
        #expect(!page.contains("<table") && !page.contains("flash--warn"))
    }

    @Test func everyFormatHasItsNameInBothLanguages() {
        let formats: [SheetFormat] = [.xlsx, .csv(encoding: nil, separator: .tab)]
            + [TextEncoding.utf8(byteOrderMark: false), .utf8(byteOrderMark: true), .utf16(littleEndian: true, byteOrderMark: true),
               .utf16(littleEndian: false, byteOrderMark: false), .windows1252].flatMap { encoding in
                Separator.allCases.map { SheetFormat.csv(encoding: encoding, separator: $0) }
            }
        let dutch = formats.map { T.sheetFormat($0)(.nl) }
        let english = formats.map { T.sheetFormat($0)(.en) }
        #expect(Set(dutch).count == formats.count && Set(english).count == formats.count)
        #expect(T.sheetFormat(.csv(encoding: .windows1252, separator: .semicolon))(.nl)
            == "Gelezen als CSV-bestand in Windows-1252 (West-Europees), met de puntkomma als scheidingsteken.")
        #expect(T.importIgnoredColumns(["a", "b", "c"])(.nl) == "De kolommen \"a\", \"b\" en \"c\" kent de import niet; wat erin staat, wordt niet geïmporteerd.")
    }
}
