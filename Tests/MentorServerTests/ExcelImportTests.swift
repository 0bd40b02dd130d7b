import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore
import Spreadsheets

/// The people import as Excel users meet it: files saved by Dutch and English Excel in every
/// encoding and with every separator, workbooks, rows Excel leaves behind, columns the
/// import does not know. Each file goes through the rendered forms, as a browser sends it.
@Suite struct ExcelImportTests {
    enum Encoding: String, CaseIterable, CustomStringConvertible {
        case utf8, utf8WithMark, utf16LittleWithMark, utf16BigWithMark, utf16LittleWithoutMark, windows1252
        var description: String { rawValue }

        func bytes(_ text: String) -> Data {
            switch self {
            case .utf8: Data(text.utf8)
            case .utf8WithMark: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
            case .utf16LittleWithMark: Data([0xFF, 0xFE]) + Self.little(text)
            case .utf16BigWithMark: Data([0xFE, 0xFF]) + Data(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
            case .utf16LittleWithoutMark: Self.little(text)
            case .windows1252: Data(text.unicodeScalars.map { $0 == "–" ? 0x96 : UInt8($0.value) })
            }
        }

        static func little(_ text: String) -> Data { Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }

        var detected: TextEncoding {
            switch self {
            case .utf8: .utf8(byteOrderMark: false)
            case .utf8WithMark: .utf8(byteOrderMark: true)
            case .utf16LittleWithMark: .utf16(littleEndian: true, byteOrderMark: true)
            case .utf16BigWithMark: .utf16(littleEndian: false, byteOrderMark: true)
            case .utf16LittleWithoutMark: .utf16(littleEndian: true, byteOrderMark: false)
            case .windows1252: .windows1252
            }
        }
    }

    /// A file as Excel saves it: Dutch headers, an unknown column, a quoted field holding the
    /// separator and a doubled quote, an empty line, and the rows of only separators Excel
    /// leaves below a table.
    static func file(_ separator: Separator) -> String {
        let s = String(separator.character)
        return [
            ["naam", "e-mail", "rollen", "vakgroep", "afdeling"],
            ["Joëlle de Bruïne", "joelle@a.example", "mentee", "Audit \(s) Advies", "Zuid"],
            [],
            ["Sébastien \"Bas\" Ørsted", "bas@a.example", "mentor|coördinator", "Fiscaal – btw", ""],
            ["", "", "", "", ""],
            ["", "", "", "", ""],
        ].map { row in
            row.map { $0.contains(s) || $0.contains("\"") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
                .joined(separator: s)
        }.joined(separator: "\r\n") + "\r\n"
    }

    /// Text as the page writes it: `&`, `<` and `>` escaped.
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Signs in organisation A's administrator, reading Dutch.
    static func admin(_ app: Application, _ fixture: Fixture) async throws -> TestClient {
        let admin = TestClient(app, acceptLanguage: "nl")
        try await admin.signIn(fixture.a.emails[.admin]!)
        return admin
    }

    /// The import page's upload form, as rendered: its action, and a file field that offers `.xlsx` and `.csv`.
    static func uploadForm(_ admin: TestClient) async throws -> RenderedForm {
        let page = try await admin.get("/admin/people/import").body.string
        let form = try #require(RenderedForm(in: page, actionPrefix: "/admin/people/import"))
        let file = try #require(RenderedForm.tags(named: "input", in: page).first { RenderedForm.attribute("name", in: $0) == "file" })
        #expect(RenderedForm.attribute("type", in: file) == "file")
        #expect(RenderedForm.attribute("accept", in: file)?.contains(".xlsx") == true)
        #expect(RenderedForm.attribute("accept", in: file)?.contains(".csv") == true)
        return form
    }

    /// Uploads `bytes` through the rendered form; returns the preview and, when it can be confirmed, the confirmation.
    static func importFile(_ bytes: Data, named name: String, as admin: TestClient) async throws -> (preview: TestingHTTPResponse, confirmed: TestingHTTPResponse?) {
        let form = try await uploadForm(admin)
        let fields = form.fields.filter { $0.0 != "file" && $0.0 != "_csrf" }
        let preview = try await admin.upload(form.action, field: "file", filename: name, bytes: bytes, fields: fields)
        guard let confirm = RenderedForm(in: preview.body.string, actionPrefix: "/admin/people/import/confirm") else { return (preview, nil) }
        return (preview, try await admin.post(confirm.action, confirm.fields.filter { $0.0 != "_csrf" }))
    }

    static func expectImported(_ app: Application) async throws {
        let joelle = try #require(try await Person.query(on: app.db).filter(\.$email == "joelle@a.example").first())
        #expect(joelle.name == "Joëlle de Bruïne")
        let bas = try #require(try await Person.query(on: app.db).filter(\.$email == "bas@a.example").first())
        #expect(bas.name == "Sébastien \"Bas\" Ørsted")
        #expect(bas.practiceGroup == "Fiscaal – btw")
        let roles = try await PersonRole.query(on: app.db).filter(\.$person.$id == bas.requireID()).all().map(\.role)
        #expect(Set(roles) == [.mentor, .coordinator])
    }

    static let separators: [Separator] = [.semicolon, .comma, .tab]

    @Test(arguments: Encoding.allCases, separators)
    func aFileInEveryEncodingAndWithEverySeparatorIsDetectedNamedAndImported(encoding: Encoding, separator: Separator) async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = try await Self.admin(app, fixture)
            let text = Self.file(separator)
            // act
            let (preview, confirmed) = try await Self.importFile(encoding.bytes(text), named: "mensen.csv", as: admin)
            // validate: the preview names how the file was read, the column it skips, and every column it imports.
            let html = preview.body.string
            #expect(preview.status == .ok, "\(html)")
            #expect(html.contains(Self.html(T.sheetFormat(.csv(encoding: encoding.detected, separator: separator))(.nl))))
            #expect(html.contains(Self.html(T.importIgnoredColumns(["afdeling"])(.nl))))
            for column in [T.name, T.email, T.roles, T.practiceGroup] { #expect(html.contains("<th>\(column(.nl))</th>")) }
            #expect(html.contains("Audit \(separator.character) Advies"))
            #expect(html.components(separatedBy: "<span class=\"badge\">nieuw</span>").count - 1 == 2)
            #expect(!html.contains("Regel "), "a row was refused")
            #expect(confirmed?.status == .ok)
            try await Self.expectImported(app)
        }
    }

    /// A workbook as Excel writes it: shared strings, a first sheet that is not `sheet1.xml`,
    /// an empty row, a row whose last cells are left out, and a number.
    static func excelWorkbook(rows: [String]) -> Data {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let strings = ["naam", "e-mail", "rollen", "vakgroep", "afdeling", "Joëlle de Bruïne", "joelle@a.example", "mentee",
                       "Sébastien \"Bas\" Ørsted", "bas@a.example", "mentor|coördinator", "Fiscaal – btw", "Audit ; Advies"]
        let shared = strings.map { "<si><t>\($0.replacingOccurrences(of: "&", with: "&amp;"))</t></si>" }.joined()
        return StoredZip.archive([
            ("[Content_Types].xml", Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
            ("xl/workbook.xml", Data("""
                <workbook xmlns="\(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Blad1" sheetId="1" r:id="rId2"/></sheets></workbook>
                """.utf8)),
            ("xl/_rels/workbook.xml.rels", Data("""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId2" Type="worksheet" Target="worksheets/blad1.xml"/></Relationships>
                """.utf8)),
            ("xl/sharedStrings.xml", Data("<sst xmlns=\"\(main)\">\(shared)</sst>".utf8)),
            ("xl/worksheets/blad1.xml", Data("<worksheet xmlns=\"\(main)\"><sheetData>\(rows.joined())</sheetData></worksheet>".utf8)),
        ])
    }

    static let workbookRows = [
        #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>"#,
        #"<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="s"><v>6</v></c><c r="C2" t="s"><v>7</v></c><c r="D2" t="s"><v>12</v></c><c r="E2"><v>42</v></c></row>"#,
        #"<row r="3"><c r="A3" s="1"/></row>"#,
        #"<row r="4"><c r="A4" t="s"><v>8</v></c><c r="B4" t="s"><v>9</v></c><c r="C4" t="s"><v>10</v></c><c r="D4" t="s"><v>11</v></c></row>"#,
    ]

    @Test func anExcelWorkbookIsReadFromItsFirstSheetAndImported() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = try await Self.admin(app, fixture)
            // act: the file is called .csv, but it is a workbook, and read as one.
            let (preview, confirmed) = try await Self.importFile(Self.excelWorkbook(rows: Self.workbookRows), named: "mensen.csv", as: admin)
            // validate
            let html = preview.body.string
            #expect(preview.status == .ok, "\(html)")
            #expect(html.contains(Self.html(T.sheetFormat(.xlsx)(.nl))))
            #expect(html.contains(Self.html(T.importIgnoredColumns(["afdeling"])(.nl))))
            #expect(html.contains("Audit ; Advies"))
            #expect(confirmed?.status == .ok)
            try await Self.expectImported(app)
        }
    }

    @Test func ourOwnWorkbookDownloadFormatImportsToo() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = try await Self.admin(app, fixture)
            let rows = [["Name", "Email", "Roles", "Practice group"], ["Joëlle de Bruïne", "joelle@a.example", "mentee", ""],
                        ["Sébastien \"Bas\" Ørsted", "bas@a.example", "mentor|coordinator", "Fiscaal – btw"]]
            let workbook = try XLSX.write(rows, sheetName: "People", modified: Date(timeIntervalSince1970: 0))
            let (preview, confirmed) = try await Self.importFile(workbook, named: "people.xlsx", as: admin)
            #expect(preview.status == .ok)
            #expect(confirmed?.status == .ok)
            try await Self.expectImported(app)
        }
    }

    @Test func aRefusedWorkbookRowIsNamedByItsRowNumberAndNothingIsImported() async throws {
        try await withTestApp { app in
            // setup: row 6 (after an empty row 5) has no valid address.
            let fixture = try await Fixture.make(on: app)
            let admin = try await Self.admin(app, fixture)
            let rows = Self.workbookRows + [#"<row r="6"><c r="A6" t="s"><v>8</v></c><c r="B6" t="inlineStr"><is><t>nope</t></is></c><c r="C6" t="s"><v>7</v></c></row>"#]
            let before = try await Person.query(on: app.db).count()
            // act
            let (preview, confirmed) = try await Self.importFile(Self.excelWorkbook(rows: rows), named: "mensen.xlsx", as: admin)
            // validate
            #expect(preview.status == .unprocessableEntity)
            #expect(preview.body.string.contains("Regel 6: " + Self.html(T.importProblem(.invalidEmail("nope"))(.nl))))
            #expect(confirmed == nil)
            #expect(try await Person.query(on: app.db).count() == before)
        }
    }

    @Test func filesThatAreNoSpreadsheetGetAMessageInTheReadersLanguage() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = try await Self.admin(app, fixture)
            let before = try await Person.query(on: app.db).count()
            let cases: [(Data, SpreadsheetError)] = [
                (Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 512), .legacyExcel),
                (Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]), .notText),
                (StoredZip.archive([("word/document.xml", Data("<w:document/>".utf8))]), .notAWorkbook),
                (Self.excelWorkbook(rows: ["<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v>"]), .notAWorkbook),
            ]
            for (bytes, error) in cases {
                let (preview, confirmed) = try await Self.importFile(bytes, named: "mensen.xls", as: admin)
                #expect(preview.status == .unprocessableEntity, "\(error)")
                #expect(preview.body.string.contains(Self.html(T.sheetError(error)(.nl))), "\(error)")
                #expect(confirmed == nil)
            }
            #expect(try await Person.query(on: app.db).count() == before)
        }
    }

    @Test func aDutchReaderSeesDutchColumnNamesInEveryHint() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = try await Self.admin(app, fixture)
            let page = try await admin.get("/admin/people/import").body.string
            // The example and the column list use the headers a Dutch reader writes, with `;`.
            #expect(page.contains("naam;e-mail;rollen;senioriteit;vakgroep;expertise;taal"))
            for englishKey in ["practice_group", "name,email,roles", "name, email, roles", "seniority,"] {
                #expect(!page.contains(englishKey), "\(englishKey) on the Dutch import page")
            }
            let (preview, _) = try await Self.importFile(Data("naam;e-mail\nNoor;noor@a.example\n".utf8), named: "mensen.csv", as: admin)
            #expect(preview.body.string.contains(Self.html("De kopregel mist de kolom \"rollen\".")))
            #expect(!preview.body.string.contains(Self.html("\"roles\"")))
            // And an English reader sees the English keys.
            let english = TestClient(app, acceptLanguage: "en")
            try await english.signIn(fixture.a.emails[.admin]!)
            let englishPreview = try await english.upload("/admin/people/import", field: "file", filename: "people.csv", content: "name,email\nNoor,noor@a.example\n")
            #expect(englishPreview.body.string.contains(Self.html("The header lacks the column \"roles\".")))
        }
    }

    @Test func pastedRowsFromExcelAreTabSeparatedAndNamedAsPasted() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = try await Self.admin(app, fixture)
            let form = try await Self.uploadForm(admin)
            let pasted = "naam\te-mail\trollen\nNoor de Wit\tnoor@a.example\tmentee\n\t\t\n"
            let preview = try await admin.post(form.action, form.filled(["csv": pasted]).filter { $0.0 != "_csrf" && $0.0 != "file" })
            #expect(preview.status == .ok)
            #expect(preview.body.string.contains(Self.html(T.sheetFormat(.csv(encoding: nil, separator: .tab))(.nl))))
            let confirm = try #require(RenderedForm(in: preview.body.string, actionPrefix: "/admin/people/import/confirm"))
            #expect(try await admin.post(confirm.action, confirm.fields.filter { $0.0 != "_csrf" }).status == .ok)
            #expect(try await Person.query(on: app.db).filter(\.$email == "noor@a.example").first()?.name == "Noor de Wit")
        }
    }
}
