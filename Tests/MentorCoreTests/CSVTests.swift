import Testing
@testable import MentorCore

/// Rows as the spreadsheet readers hand them over, from simple comma-separated lines (the
/// reading of CSV itself is tested in SpreadsheetsTests).
func rows(_ text: String) -> [ImportRow] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
        ImportRow(line: index + 1, fields: line.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
    }
}

@Suite struct PeopleImportReadingTests {
    @Test func validRowsBecomePeopleWithRolesInOrder() {
        let result = PeopleImport.read(rows("Name,Email,Roles,Seniority,Language\nAnna,ANNA@X.NL,mentee|mentor,medior,Engels\n"))
        #expect(result.isValid)
        #expect(result.people.first?.email == "anna@x.nl")
        #expect(result.people.first?.roles == [.mentor, .mentee])
        #expect(result.people.first?.seniority == .medior)
        #expect(result.people.first?.language == .en)
    }

    @Test func everyProblemIsReportedWithItsLine() {
        let result = PeopleImport.read(rows("name,email,roles,seniority\nA,a@x.nl,mentee,expert\n,b@x.nl,,junior\nC,a@x.nl,mentee\n"))
        #expect(!result.isValid)
        #expect(result.issues == [
            ImportIssue(line: 2, problem: .unknownSeniority("expert")),
            ImportIssue(line: 3, problem: .missingName),
            ImportIssue(line: 3, problem: .noRole),
            ImportIssue(line: 4, problem: .wrongFieldCount(expected: 4, found: 3)),
        ])
    }

    @Test func missingColumnsAreNamed() {
        let result = PeopleImport.read(rows("name,mail\nA,a@x.nl\n"))
        #expect(result.issues == [ImportIssue(line: 1, problem: .missingColumn(.roles))])
    }

    @Test func emptyFileIsRefused() {
        #expect(PeopleImport.read([]).issues == [ImportIssue(line: 1, problem: .empty)])
        #expect(PeopleImport.read(rows("name,email,roles\n")).issues == [ImportIssue(line: 1, problem: .empty)])
        #expect(PeopleImport.read(rows(",,\nname,email,roles\n,,\n")).issues == [ImportIssue(line: 2, problem: .empty)])
    }

    @Test func unknownAndRepeatedColumnsAreNamedAndKnownOnesListedInOrder() {
        let result = PeopleImport.read(rows("Afdeling,naam,Taal,e-mail,rollen,Naam,\nZuid,Noor,nl,noor@x.nl,mentee,Other,\n"))
        #expect(result.isValid)
        #expect(result.columns == [.name, .email, .roles, .language])
        #expect(result.ignoredColumns == ["Afdeling", "Naam"])
        #expect(result.people.first?.name == "Noor")
    }

    @Test func emptyCellsBeyondTheHeaderDoNoHarmButTextThereIsRefused() {
        let result = PeopleImport.read(rows("name,email,roles\nA,a@x.nl,mentee,,\nB,b@x.nl,mentee,,oops\n"))
        #expect(result.people.map(\.email) == ["a@x.nl"])
        #expect(result.issues == [ImportIssue(line: 3, problem: .wrongFieldCount(expected: 3, found: 5))])
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
