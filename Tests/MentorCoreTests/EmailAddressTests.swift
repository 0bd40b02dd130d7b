import Testing
@testable import MentorCore

@Suite struct EmailAddressTests {
    @Test func plainAddressesAreAccepted() {
        for address in ["a.b@firm.nl", "noor+mentor@firm.example", "o'brien@law.co.uk", "x_y-z@sub.domain.example", "jan@xn--bcher-kva.example"] {
            #expect(EmailAddress.isValid(address), "\(address)")
        }
    }

    @Test func listsAndDisplayNamesAreRefused() {
        for address in ["a@firm.nl,b@firm.nl", "a@firm.nl;b@firm.nl", "Noor <noor@firm.nl>", "<noor@firm.nl>", "\"Noor\"@firm.nl",
                        "noor@firm.nl (Noor)", "noor@firm.nl>", "a@b@firm.nl"] {
            #expect(!EmailAddress.isValid(address), "\(address)")
        }
    }

    @Test func spacesAndControlCharactersAreRefused() {
        for address in ["a b@firm.nl", "ab@firm .nl", "ab@firm.nl\r\nBcc: x@evil.example", "ab@firm.nl\n", "a\tb@firm.nl", "a\u{0}b@firm.nl",
                        "a\u{7F}b@firm.nl", "ab@firm.nl\u{2028}"] {
            #expect(!EmailAddress.isValid(address), "\(address.debugDescription)")
        }
    }

    @Test func malformedPartsAreRefused() {
        for address in ["", "@firm.nl", "noor@", "noor", "noor@firm", "noor@.firm.nl", "noor@firm.nl.", "noor@firm..nl", ".noor@firm.nl",
                        "noor.@firm.nl", "no..or@firm.nl", "noor@-firm.nl", "noor@firm-.nl", "noor@firm.123", "nöör@firm.nl", "noor@fírm.nl",
                        String(repeating: "a", count: 65) + "@firm.nl", "a@" + String(repeating: "b", count: 64) + ".nl",
                        String(repeating: "a", count: 64) + "@" + String(repeating: "b.", count: 95) + "nl"] {
            #expect(!EmailAddress.isValid(address), "\(address)")
        }
    }

    @Test func normalizedTrimsTheEdgesAndLowerCasesButKeepsInnerSpaceRefused() {
        #expect(EmailAddress.normalized("  Noor.DeWit@Firm.NL ") == "noor.dewit@firm.nl")
        #expect(EmailAddress.normalized("noor dewit@firm.nl") == nil)
        #expect(EmailAddress.normalized("Noor <noor@firm.nl>") == nil)
    }
}
