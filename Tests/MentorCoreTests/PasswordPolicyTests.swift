import Testing
@testable import MentorCore

@Suite struct PasswordPolicyTests {
    let email = "noor.dewit@firm.example"
    let organisation = "Alpha Accountants"

    func problem(_ password: String) -> PasswordPolicy.Problem? {
        PasswordPolicy.problem(with: password, email: email, organisationName: organisation)
    }

    @Test func twelveCharactersAreEnoughAndElevenAreNot() {
        #expect(problem("correct-hors") == nil)
        #expect(problem("correct-hor") == .tooShort)
        #expect(problem("") == .tooShort)
    }

    @Test func charactersAreCountedAsReadersCountThem() {
        // Twelve characters, 24 bytes: long enough, however many bytes an accent takes.
        #expect(problem(String(repeating: "é", count: 12)) == nil)
        #expect(problem(String(repeating: "é", count: 11)) == .tooShort)
    }

    @Test func passwordsPastTheSeventyTwoBytesBcryptReadsAreRefused() {
        #expect(problem(String(repeating: "a", count: 72)) == nil)
        #expect(problem(String(repeating: "a", count: 73)) == .tooLong)
        // 37 characters of two bytes each: 74 bytes, though far fewer than 72 characters.
        #expect(problem(String(repeating: "é", count: 37)) == .tooLong)
        #expect(problem(String(repeating: "é", count: 36)) == nil)
    }

    @Test func theEmailAddressOrItsLocalPartIsRefusedInAnyCase() {
        #expect(problem("noor.dewit@firm.example") == .isEmailAddress)
        #expect(problem("NOOR.DEWIT@FIRM.EXAMPLE") == .isEmailAddress)
        #expect(problem("Noor.DeWit") == .tooShort)
        let longLocal = PasswordPolicy.problem(with: "Pieter.Smit-Tax", email: "pieter.smit-tax@firm.example", organisationName: "X")
        #expect(longLocal == .isEmailAddress)
        #expect(problem("noor.dewit@firm.example!") == nil)
    }

    @Test func theOrganisationNameIsRefusedIgnoringCaseAndSpaces() {
        #expect(problem("Alpha Accountants") == .isOrganisationName)
        #expect(problem("alpha accountants") == .isOrganisationName)
        #expect(problem("ALPHAACCOUNTANTS") == .isOrganisationName)
        #expect(problem("Alpha Accountants 2026") == nil)
    }

    @Test func anEmptyOrganisationNameRefusesNothing() {
        #expect(PasswordPolicy.problem(with: "a-long-passphrase", email: "", organisationName: "") == nil)
    }
}
