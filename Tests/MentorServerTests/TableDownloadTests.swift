import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
import ZIPFoundation
@testable import MentorServer
import MentorCore
import Spreadsheets

/// Every table download opens in the reader's Excel: CSV in UTF-8 with a byte order mark,
/// `;` for Dutch readers and `,` for English ones, and the same table as `.xlsx`. The links are
/// followed from the rendered pages, as a coordinator would click them.
@Suite struct TableDownloadTests {
    /// The download links of a page (`href`s of the export route), `&amp;` read as `&`.
    static func links(in html: String, containing part: String) -> [String] {
        RenderedForm.tags(named: "a", in: html).compactMap { RenderedForm.attribute("href", in: $0) }
            .filter { $0.contains(part) }.map { $0.replacingOccurrences(of: "&amp;", with: "&") }
    }

    static func coordinator(_ app: Application, _ fixture: Fixture, language: String) async throws -> TestClient {
        try await CoordinationTests.makeQuiet(fixture, on: app.db)
        let coordinator = TestClient(app, acceptLanguage: language)
        try await coordinator.signIn(fixture.a.emails[.coordinator]!)
        return coordinator
    }

    static func sheetXML(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["xl/worksheets/sheet1.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self)
    }

    @Test(arguments: MentorCore.Language.allCases)
    func healthTablesDownloadAsCSVWithAByteOrderMarkAndTheReadersSeparator(language: MentorCore.Language) async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let coordinator = try await Self.coordinator(app, fixture, language: language.rawValue)
            let page = try await coordinator.get("/programmes/\(fixture.a.programme)/health").body.string
            let csvLinks = Self.links(in: page, containing: "/health/export").filter { !$0.contains("format=") }
            // Every table shown has its CSV link and, beside it, the same as .xlsx.
            #expect(csvLinks.count == page.components(separatedBy: "class=\"table-wrap\"").count - 1)
            #expect(Set(Self.links(in: page, containing: "format=xlsx")) == Set(csvLinks.map { $0 + "&format=xlsx" }))
            let quietLink = try #require(csvLinks.first { $0.hasSuffix("table=quiet") })
            // act
            let quiet = try await coordinator.get(quietLink)
            // validate
            let bytes = Data(quiet.body.readableBytesView)
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(quiet.headers.contentType?.subType == "csv")
            #expect(quiet.headers.contentType?.parameters["charset"] == "utf-8")
            let separator = language == .nl ? ";" : ","
            let header = [T.mentor, T.mentee, T.lastConversation, T.daysQuiet].map { $0(language) }.joined(separator: separator)
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(text.hasPrefix(header + "\r\nMentor A\(separator)Mentee A\(separator)"), "\(text)")
            #expect(text.contains("\(separator)60\r\n"))
            let disposition = quiet.headers.first(name: .contentDisposition) ?? ""
            #expect(disposition == "attachment; filename=\"\(language == .nl ? "stille-koppels" : "quiet-pairs")-programme-a.csv\"")
            // What Excel would read back: the same rows.
            let read = try Spreadsheet.read(bytes)
            #expect(read.format == .csv(encoding: .utf8(byteOrderMark: true), separator: language == .nl ? .semicolon : .comma))
            #expect(read.rows.first?.cells.count == 4)
        }
    }

    @Test(arguments: MentorCore.Language.allCases)
    func theSameTablesDownloadAsAWorkbookExcelOpens(language: MentorCore.Language) async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let coordinator = try await Self.coordinator(app, fixture, language: language.rawValue)
            let page = try await coordinator.get("/programmes/\(fixture.a.programme)/health").body.string
            let xlsxLinks = Self.links(in: page, containing: "format=xlsx")
            #expect(xlsxLinks.count >= 5)
            // act
            let csv = try await coordinator.get(try #require(xlsxLinks.first { $0.contains("table=quiet") }).replacingOccurrences(of: "&format=xlsx", with: ""))
            let workbook = try await coordinator.get(try #require(xlsxLinks.first { $0.contains("table=quiet") }))
            // validate
            #expect(workbook.status == .ok)
            #expect(workbook.headers.contentType?.description == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(workbook.headers.first(name: .contentDisposition)?.hasSuffix("-programme-a.xlsx\"") == true)
            let data = Data(workbook.body.readableBytesView)
            #expect(Array(data.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
            let xml = try Self.sheetXML(data)
            #expect(xml.contains("<t>Mentor A</t>") && xml.contains("<t>\(T.daysQuiet(language))</t>"))
            #expect(xml.contains("<v>60</v>"), "days are numbers Excel can sum")
            #expect(!xml.contains("SECRET"))
            // Read back, the workbook holds the same rows as the CSV file.
            let fromWorkbook = try Spreadsheet.read(data).rows.map(\.cells)
            let fromCSV = try Spreadsheet.read(Data(csv.body.readableBytesView)).rows.map(\.cells)
            #expect(fromWorkbook == fromCSV)
        }
    }

    @Test func theProgrammeComparisonIsOfferedInBothFormats() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let coordinator = try await Self.coordinator(app, fixture, language: "nl")
            let page = try await coordinator.get("/programmes/compare").body.string
            let links = Self.links(in: page, containing: "/programmes/compare/export")
            #expect(links.count == 2)
            let csv = try await coordinator.get(try #require(links.first { !$0.contains("format=") }))
            let text = String(decoding: Data(csv.body.readableBytesView), as: UTF8.self)
            #expect(text.hasPrefix("\u{FEFF}" + T.programmeColumn(.nl) + ";"))
            #expect(text.contains("Programme a;1;0;0;1;0;1 / 3;1;0%"))
            #expect(csv.headers.first(name: .contentDisposition) == "attachment; filename=\"programmas-vergeleken.csv\"")
            let workbook = try await coordinator.get(try #require(links.first { $0.contains("format=xlsx") }))
            let xml = try Self.sheetXML(Data(workbook.body.readableBytesView))
            // 0% is the number 0 shown as a percentage.
            #expect(xml.contains(#"s="2"><v>0</v>"#))
            #expect(xml.contains("<t>Programme a</t>") && xml.contains("<t>1 / 3</t>"))
        }
    }

    @Test func anUnknownFormatIsABadRequestAndOutsidersGetNothing() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let coordinator = try await Self.coordinator(app, fixture, language: "en")
            let base = "/programmes/\(fixture.a.programme)/health/export?table=quiet"
            #expect(try await coordinator.get(base + "&format=pdf").status == .badRequest)
            #expect(try await coordinator.get("/programmes/compare/export?format=exe").status == .badRequest)
            #expect(try await coordinator.get(base + "&format=XLSX").status == .ok)
            let other = TestClient(app)
            try await other.signIn(fixture.b.emails[.coordinator]!)
            #expect(try await other.get(base + "&format=xlsx").status == .notFound)
            let mentor = TestClient(app)
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            #expect(try await mentor.get(base + "&format=xlsx").status == .forbidden)
            let compare = try await other.get("/programmes/compare/export?format=xlsx")
            #expect(!(try Spreadsheet.read(Data(compare.body.readableBytesView)).rows.flatMap(\.cells).contains("Programme a")))
        }
    }

    @Test func fileNamesAreSafeLettersAndDashes() {
        #expect(TableDownload.fileName("Stille koppels", "Mentorprogramma 2026 <\"x\">") == "stille-koppels-mentorprogramma-2026-x")
        #expect(TableDownload.fileName("Programma's vergeleken") == "programma-s-vergeleken")
        #expect(TableDownload.fileName("Ééèç / ü") == "eeec-u")
        #expect(TableDownload.fileName("…") == "table")
    }
}
