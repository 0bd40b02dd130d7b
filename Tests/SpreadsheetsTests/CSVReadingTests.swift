import Testing
import Foundation
@testable import Spreadsheets

@Suite struct CSVReadingTests {
    @Test func quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws {
        let (rows, separator) = try CSV.read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nlast,,\"\"\n")
        #expect(separator == .comma)
        #expect(rows.map(\.cells) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test(arguments: [(Separator.semicolon, "naam;e-mail;rollen"), (.comma, "naam,e-mail,rollen"), (.tab, "naam\te-mail\trollen")])
    func theSeparatorIsTheOneTheHeaderUses(separator: Separator, header: String) throws {
        let s = String(separator.character)
        let text = header + "\r\n\"Bakker\(s) Jan\"\(s)jan@x.nl\(s)\"mentee\(s)mentor\"\r\n"
        let (rows, found) = try CSV.read(text)
        #expect(found == separator)
        #expect(rows.map(\.cells) == [["naam", "e-mail", "rollen"], ["Bakker\(s) Jan", "jan@x.nl", "mentee\(s)mentor"]])
    }

    @Test func separatorsInsideQuotedHeadersDoNotCount() throws {
        let (_, separator) = try CSV.read("\"a,b,c\";\"d,e\";f\n1;2;3\n")
        #expect(separator == .semicolon)
    }

    @Test func rowsThatAreEmptyOrOnlySeparatorsAreSkipped() throws {
        let text = "naam;e-mail\r\nNoor;noor@x.nl\r\n;\r\n\r\n  ;  \r\n\"\";\"\"\r\nSem;sem@x.nl\r\n;;;;\r\n;;;;\r\n"
        let (rows, _) = try CSV.read(text)
        #expect(rows.map(\.cells) == [["naam", "e-mail"], ["Noor", "noor@x.nl"], ["Sem", "sem@x.nl"]])
        #expect(rows.map(\.line) == [1, 2, 7])
    }

    @Test func excelsSepLineNamesTheSeparator() throws {
        let (rows, separator) = try CSV.read("sep=,\r\nnaam;x,e-mail\r\nNoor;N,noor@x.nl\r\n")
        #expect(separator == .comma)
        #expect(rows.map(\.cells) == [["naam;x", "e-mail"], ["Noor;N", "noor@x.nl"]])
        #expect(rows.map(\.line) == [2, 3])
    }

    @Test func aByteOrderMarkInTheTextIsDropped() throws {
        #expect(try CSV.read("\u{FEFF}naam;e-mail\nA;b").rows.first?.cells == ["naam", "e-mail"])
    }

    @Test func oldMacLineEndsAreLineEnds() throws {
        #expect(try CSV.read("a;b\rc;d\r").rows.map(\.cells) == [["a", "b"], ["c", "d"]])
    }

    @Test func anUnclosedQuoteNamesTheLineItStartsOn() {
        #expect(throws: SpreadsheetError.unterminatedQuote(line: 2)) { try CSV.read("a,b\n\"open,x\nmore") }
    }
}

@Suite struct SpreadsheetFileTests {
    static let text = "naam;e-mail;rollen\r\nJoëlle de Bruïne;joelle@x.nl;mentee\r\n;;\r\n"

    @Test func aDutchExcelCSVInWindows1252IsReadAndNamed() throws {
        var bytes = [UInt8]()
        for scalar in Self.text.unicodeScalars { bytes.append(UInt8(scalar.value)) }
        let sheet = try Spreadsheet.read(Data(bytes))
        #expect(sheet.format == .csv(encoding: .windows1252, separator: .semicolon))
        #expect(sheet.rows.map(\.cells) == [["naam", "e-mail", "rollen"], ["Joëlle de Bruïne", "joelle@x.nl", "mentee"]])
    }

    @Test func unicodeTextFromExcelIsUTF16WithTabs() throws {
        let text = Self.text.replacingOccurrences(of: ";", with: "\t")
        let sheet = try Spreadsheet.read(Data([0xFF, 0xFE]) + Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        #expect(sheet.format == .csv(encoding: .utf16(littleEndian: true, byteOrderMark: true), separator: .tab))
        #expect(sheet.rows[1].cells == ["Joëlle de Bruïne", "joelle@x.nl", "mentee"])
    }

    @Test func pastedTextHasNoEncoding() throws {
        #expect(try Spreadsheet.read(text: "a,b\n1,2").format == .csv(encoding: nil, separator: .comma))
    }

    @Test func anOldExcelWorkbookIsNamedAsSuch() {
        #expect(throws: SpreadsheetError.legacyExcel) { try Spreadsheet.read(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0])) }
    }

    @Test func aZipThatIsNoWorkbookIsRefused() {
        #expect(throws: SpreadsheetError.notAWorkbook) { try Spreadsheet.read(Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5])) }
    }
}
