import Testing
@testable import MentorCore

@Suite struct CSVTests {
    @Test func quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws {
        let records = try CSV.parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func semicolonFilesFromDutchSpreadsheetsAreRead() throws {
        let records = try CSV.parse("\u{FEFF}naam;e-mail\r\nNoor;noor@x.nl\r\n\r\nSem;sem@x.nl")
        #expect(records.map(\.fields) == [["naam", "e-mail"], ["Noor", "noor@x.nl"], ["Sem", "sem@x.nl"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func unclosedQuoteNamesTheLineItStartsOn() {
        #expect(throws: CSVError.unterminatedQuote(line: 2)) { try CSV.parse("a,b\n\"open,x\nmore") }
    }
}

@Suite struct PeopleImportReadingTests {
    @Test func validRowsBecomePeopleWithRolesInOrder() {
        let result = PeopleImport.read("Name,Email,Roles,Seniority,Language\nAnna,ANNA@X.NL,mentee|mentor,medior,Engels\n")
        #expect(result.isValid)
        #expect(result.people.first?.email == "anna@x.nl")
        #expect(result.people.first?.roles == [.mentor, .mentee])
        #expect(result.people.first?.seniority == .medior)
        #expect(result.people.first?.language == .en)
    }

    @Test func everyProblemIsReportedWithItsLine() {
        let result = PeopleImport.read("name,email,roles,seniority\nA,a@x.nl,mentee,expert\n,b@x.nl,,junior\nC,a@x.nl,mentee\n")
        #expect(!result.isValid)
        #expect(result.issues == [
            ImportIssue(line: 2, problem: .unknownSeniority("expert")),
            ImportIssue(line: 3, problem: .missingName),
            ImportIssue(line: 3, problem: .noRole),
            ImportIssue(line: 4, problem: .wrongFieldCount(expected: 4, found: 3)),
        ])
    }

    @Test func missingColumnsAreNamed() {
        let result = PeopleImport.read("name,mail\nA,a@x.nl\n")
        #expect(result.issues == [ImportIssue(line: 1, problem: .missingColumn("roles"))])
    }

    @Test func emptyFileIsRefused() {
        #expect(PeopleImport.read("").issues == [ImportIssue(line: 1, problem: .empty)])
        #expect(PeopleImport.read("name,email,roles\n").issues == [ImportIssue(line: 1, problem: .empty)])
    }

    @Test func emailPlausibility() {
        #expect(PeopleImport.isPlausibleEmail("a.b@firm.nl"))
        #expect(!PeopleImport.isPlausibleEmail("a@b"))
        #expect(!PeopleImport.isPlausibleEmail("a b@firm.nl"))
        #expect(!PeopleImport.isPlausibleEmail("@firm.nl"))
        #expect(!PeopleImport.isPlausibleEmail("a@@firm.nl"))
    }
}

@Suite struct LanguageTests {
    @Test func personalSettingWins() {
        #expect(Language.negotiate(personal: .en, acceptLanguage: "nl", fallback: .nl) == .en)
    }

    @Test func acceptLanguageIsReadWithQualityValues() {
        #expect(Language.preferred(in: "de-DE,de;q=0.9,en;q=0.5,nl;q=0.7") == .nl)
        #expect(Language.preferred(in: "en-GB") == .en)
        #expect(Language.preferred(in: "fr, de") == nil)
        #expect(Language.preferred(in: "nl;q=0, en;q=0.1") == .en)
    }

    @Test func organisationDefaultIsTheLastResort() {
        #expect(Language.negotiate(personal: nil, acceptLanguage: "fr", fallback: .en) == .en)
        #expect(Language.negotiate(personal: nil, acceptLanguage: nil, fallback: .nl) == .nl)
    }

    @Test func statusesMoveOnlyForward() {
        #expect(MentorshipStatus.proposed.canMove(to: .active))
        #expect(MentorshipStatus.paused.canMove(to: .active))
        #expect(!MentorshipStatus.ended.canMove(to: .active))
        #expect(!MentorshipStatus.active.canMove(to: .proposed))
    }
}

@Suite struct CSVWriterTests {
    @Test func fieldsAreQuotedAndFormulasDefused() {
        let text = CSV.write([["Pair", "Note"], ["1", "a, \"b\""], ["=SUM(A1)", "-0.5"]])
        #expect(text == "Pair,Note\r\n1,\"a, \"\"b\"\"\"\r\n'=SUM(A1),-0.5\r\n")
        // What is written reads back the same (apart from the defused formula).
        let back = try? CSV.parse(text)
        #expect(back?.map(\.fields) == [["Pair", "Note"], ["1", "a, \"b\""], ["'=SUM(A1)", "-0.5"]])
    }
}
