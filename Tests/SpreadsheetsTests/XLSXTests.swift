import Testing
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation
@testable import Spreadsheets

/// Builds a workbook part by part, as Excel itself writes one (shared strings, styles, a
/// relationship to the first sheet that is not `sheet1.xml`).
func workbook(_ parts: [String: String]) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
        let bytes = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return try #require(archive.data)
}

/// The text of one part of a package.
func part(_ path: String, of data: Data) throws -> String {
    let archive = try Archive(data: data, accessMode: .read)
    let entry = try #require(archive[path], "no \(path)")
    var bytes = Data()
    _ = try archive.extract(entry) { bytes.append($0) }
    return try #require(String(data: bytes, encoding: .utf8))
}

@Suite struct XLSXReadingTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// What Excel writes: shared strings (one with rich-text runs and a phonetic guide, one
    /// with `_x000D_`), a number, a boolean, a formula's cached value, a skipped column.
    static let excelStyle: [String: String] = [
        "xl/workbook.xml": """
            <workbook xmlns="\(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Blad1" sheetId="7" r:id="rId3"/><sheet name="Blad2" sheetId="1" r:id="rId1"/></sheets></workbook>
            """,
        "xl/_rels/workbook.xml.rels": """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId3" Type="x/worksheet" Target="/xl/worksheets/sheet3.xml"/></Relationships>
            """,
        "xl/sharedStrings.xml": """
            <sst xmlns="\(main)" count="4" uniqueCount="4"><si><t>naam</t></si><si><t>e-mail</t></si>
            <si><r><rPr><b/></rPr><t>Joëlle </t></r><r><t xml:space="preserve">de Bruïne</t></r><rPh><t>x</t></rPh></si>
            <si><t>two_x000D_
            lines &amp; &lt;b&gt;</t></si></sst>
            """,
        "xl/worksheets/sheet3.xml": """
            <worksheet xmlns="\(main)"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>extra</t></is></c></row>
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="str"><f>LOWER("X")</f><v>x@firm.example</v></c></row>
            <row r="3" spans="1:4"><c r="A3" t="s" s="1"><v>3</v></c><c r="B3"><v>0.5</v></c><c r="C3" t="b"><v>1</v></c></row>
            <row r="9"><c r="A9" s="2"/><c r="B9" t="s"><v></v></c></row>
            <row r="10"><c><v>1</v></c><c><v>2</v></c></row>
            </sheetData></worksheet>
            """,
        "xl/worksheets/sheet1.xml": "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>",
    ]

    @Test func theFirstSheetInTabOrderIsReadWithSharedStringsAndValues() throws {
        let rows = try XLSX.firstSheet(try workbook(Self.excelStyle))
        #expect(rows.map(\.line) == [1, 2, 3, 10])
        #expect(rows.map(\.cells) == [
            ["naam", "e-mail", "", "extra"],
            ["Joëlle de Bruïne", "x@firm.example", "", ""],
            ["two\r\nlines & <b>", "0.5", "TRUE", ""],
            ["1", "2", "", ""],
        ])
    }

    @Test func prefixedElementsAreReadLikeAnyOther() throws {
        var parts = Self.excelStyle
        parts["xl/worksheets/sheet3.xml"] = """
            <x:worksheet xmlns:x="\(Self.main)"><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>
            """
        #expect(try XLSX.firstSheet(try workbook(parts)).map(\.cells) == [["", "b"]])
    }

    @Test func aWorkbookFromOpenpyxlIsReadFromItsFirstSheet() throws {
        let sheet = try Spreadsheet.read(OpenpyxlFixture.people)
        #expect(sheet.format == .xlsx)
        #expect(sheet.rows.map(\.line) == [1, 2, 3, 6])
        #expect(sheet.rows.map(\.cells) == [
            ["naam", "e-mail", "rollen", "senioriteit", "vakgroep", "afdeling"],
            ["Joëlle de Bruïne", "joelle@firm.example", "mentee", "junior", "Audit & <Advisory>", "Zuid"],
            ["Pieter \"PJ\" Smit", "pieter@firm.example", "mentor|coördinator", "senior", "", ""],
            ["Sem\nJansen", "sem@firm.example", "mentee", "", "42", ""],
        ])
    }

    @Test func aWorkbookWithoutItsWorkbookPartIsRefused() throws {
        let data = try workbook(["word/document.xml": "<w:document/>"])
        #expect(throws: SpreadsheetError.notAWorkbook) { try Spreadsheet.read(data) }
    }

    @Test func brokenXMLIsRefused() throws {
        var parts = Self.excelStyle
        parts["xl/worksheets/sheet3.xml"] = "<worksheet><sheetData><row><c>"
        #expect(throws: SpreadsheetError.notAWorkbook) { try XLSX.firstSheet(try workbook(parts)) }
    }

    @Test func cellsFarToTheRightOnManyRowsAreRefusedBeforeTheyFillMemory() throws {
        var parts = Self.excelStyle
        let rows = (1...200).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined()
        parts["xl/worksheets/sheet3.xml"] = "<worksheet xmlns=\"\(Self.main)\"><sheetData>\(rows)</sheetData></worksheet>"
        #expect(throws: SpreadsheetError.tooLarge) { try XLSX.firstSheet(try workbook(parts)) }
    }

    @Test func columnReferences() {
        #expect(XLSX.column(of: "A1") == 0)
        #expect(XLSX.column(of: "Z9") == 25)
        #expect(XLSX.column(of: "AA12") == 26)
        #expect(XLSX.column(of: "XFD1") == 16_383)
        #expect(XLSX.column(of: "XFE1") == nil)
        #expect(XLSX.column(of: "12") == nil)
    }
}

@Suite struct XLSXWritingTests {
    static let rows = [
        ["Mentor", "Aandeel", "Gem.", "Notitie"],
        ["Joëlle <b>&amp;", "45%", "3,5", "=SUM(A1)"],
        ["007", "-12", "1.234", " padded\u{1}_x0041_"],
    ]
    static let modified = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func thePackageHoldsEveryPartExcelNeeds() throws {
        let data = try XLSX.write(Self.rows, sheetName: "Gezondheid: koppels/2026", decimalSeparator: ",", modified: Self.modified)
        let types = try part("[Content_Types].xml", of: data)
        #expect(types.contains("PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\""))
        #expect(types.contains("PartName=\"/xl/workbook.xml\""))
        #expect(try part("_rels/.rels", of: data).contains("Target=\"xl/workbook.xml\""))
        #expect(try part("xl/_rels/workbook.xml.rels", of: data).contains("Target=\"worksheets/sheet1.xml\""))
        // `:` and `/` are not allowed in a sheet name.
        #expect(try part("xl/workbook.xml", of: data).contains("<sheet name=\"Gezondheid  koppels 2026\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(try part("xl/styles.xml", of: data).contains("<cellXfs count=\"3\">"))
    }

    @Test func theSheetHoldsEscapedInlineStringsAndNumbersInTheReadersNotation() throws {
        let data = try XLSX.write(Self.rows, sheetName: "Koppels", decimalSeparator: ",", modified: Self.modified)
        let sheet = try part("xl/worksheets/sheet1.xml", of: data)
        #expect(sheet.contains(#"<c r="A1" s="1" t="inlineStr"><is><t>Mentor</t></is></c>"#))
        #expect(sheet.contains(#"<c r="A2" t="inlineStr"><is><t>Joëlle &lt;b&gt;&amp;amp;</t></is></c>"#))
        #expect(sheet.contains(#"<c r="B2" s="2"><v>0.45</v></c>"#))
        #expect(sheet.contains(#"<c r="C2"><v>3.5</v></c>"#))
        // Text that looks like a formula stays text: an inline string is never calculated.
        #expect(sheet.contains(#"<c r="D2" t="inlineStr"><is><t>=SUM(A1)</t></is></c>"#))
        // A leading zero is a code, not a number; "1.234" is not a Dutch number.
        #expect(sheet.contains(#"<c r="A3" t="inlineStr"><is><t>007</t></is></c>"#))
        #expect(sheet.contains(#"<c r="B3"><v>-12</v></c>"#))
        #expect(sheet.contains(#"<c r="C3" t="inlineStr"><is><t>1.234</t></is></c>"#))
        #expect(sheet.contains(#"<t xml:space="preserve"> padded_x0001__x005F_x0041_</t>"#))
        #expect(sheet.contains(#"state="frozen""#))
        // The XML is well formed.
        #expect(XMLParser(data: Data(sheet.utf8)).parse())
    }

    @Test func whatIsWrittenReadsBackTheSame() throws {
        let data = try XLSX.write(Self.rows, sheetName: "Koppels", decimalSeparator: ",", modified: Self.modified)
        let back = try Spreadsheet.read(data)
        #expect(back.format == .xlsx)
        #expect(back.rows.map(\.cells) == [
            ["Mentor", "Aandeel", "Gem.", "Notitie"],
            ["Joëlle <b>&amp;", "0.45", "3.5", "=SUM(A1)"],
            ["007", "-12", "1.234", " padded\u{1}_x0041_"],
        ])
    }

    @Test func theSameRowsGiveTheSameBytes() throws {
        let first = try XLSX.write(Self.rows, sheetName: "Koppels", modified: Self.modified)
        let second = try XLSX.write(Self.rows, sheetName: "Koppels", modified: Self.modified)
        #expect(first == second)
    }

    @Test func englishNumbersUseAPoint() {
        #expect(XLSX.number("3.5", decimalSeparator: ".") == .init(value: "3.5", isPercentage: false))
        #expect(XLSX.number("3,5", decimalSeparator: ".") == nil)
        #expect(XLSX.number("45 %", decimalSeparator: ",") == .init(value: "0.45", isPercentage: true))
        #expect(XLSX.number("–", decimalSeparator: ",") == nil)
        #expect(XLSX.number("90-100%", decimalSeparator: ",") == nil)
        #expect(XLSX.columnName(0) == "A" && XLSX.columnName(25) == "Z" && XLSX.columnName(26) == "AA" && XLSX.columnName(702) == "AAA")
    }
}

@Suite struct CSVWritingTests {
    @Test func fieldsAreQuotedAndFormulasDefused() throws {
        let text = CSV.write([["Pair", "Note"], ["1", "a, \"b\""], ["=SUM(A1)", "-0.5"]])
        #expect(text == "Pair,Note\r\n1,\"a, \"\"b\"\"\"\r\n'=SUM(A1),-0.5\r\n")
        #expect(try CSV.read(text).rows.map(\.cells) == [["Pair", "Note"], ["1", "a, \"b\""], ["'=SUM(A1)", "-0.5"]])
    }

    @Test func aDutchFileUsesSemicolonsAndQuotesOnlyWhatNeedsIt() {
        let text = CSV.write([["Koppel", "Gem."], ["Jan; Piet", "3,5"]], separator: .semicolon)
        #expect(text == "Koppel;Gem.\r\n\"Jan; Piet\";3,5\r\n")
    }

    @Test func anExcelFileStartsWithAByteOrderMarkAndIsUTF8() throws {
        let data = CSV.excelFile([["Naam"], ["Joëlle"]], separator: .semicolon)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(data: data.dropFirst(3), encoding: .utf8) == "Naam\r\nJoëlle\r\n")
        let back = try Spreadsheet.read(data)
        #expect(back.format == .csv(encoding: .utf8(byteOrderMark: true), separator: .comma))
        #expect(back.rows.map(\.cells) == [["Naam"], ["Joëlle"]])
    }
}
