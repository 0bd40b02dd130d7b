import Testing
@testable import MentorCore

@Suite struct RedactionTests {
    @Test func theWholeNameIsReplacedInAnyCaseAndSpacing() {
        let redaction = Redaction(name: "Daan Visser", address: "daan@firm.example")
        #expect(redaction.redact("Met daan  VISSER besproken.") == "Met [erased] besproken.")
        #expect(redaction.redact("Daan\nVisser's plan") == "[erased]'s plan")
        #expect(redaction.redact("(Daan Visser)") == "([erased])")
    }

    @Test func aLongerNameOrAnotherWordIsNotTheName() {
        let redaction = Redaction(name: "Daan Visser", address: "daan@firm.example")
        for text in ["Daan Vissers", "Daan Visserij", "ADaan Visser", "Daan_Visser", "Daan", "Visser", "Daan-Visser2"] {
            #expect(redaction.redact(text) == text, "\(text)")
            #expect(!redaction.matches(text), "\(text)")
        }
    }

    @Test func anAddressInsideAnotherAddressIsNotTheAddress() {
        let redaction = Redaction(name: "Noor", address: "ntor@demo-2.example")
        for text in ["mentor@demo-2.example", "x.ntor@demo-2.example", "ntor@demo-2.example.org", "ntor@demo-2.examples",
                     "ntor@demo-2.example-b", "a+ntor@demo-2.example", "ntor@demo-2.example@x"] {
            #expect(redaction.redact(text) == text, "\(text)")
        }
        #expect(redaction.redact("Mail NTOR@demo-2.example.") == "Mail [erased].")
        #expect(redaction.redact("<ntor@demo-2.example>, mentor@demo-2.example") == "<[erased]>, mentor@demo-2.example")
    }

    @Test func aNameIsNeverReplacedInsideAnAddress() {
        let redaction = Redaction(name: "Demo", address: "x@firm.example")
        #expect(redaction.redact("Demo wrote to mentor@demo.example and demo-2@firm.example") == "[erased] wrote to mentor@demo.example and demo-2@firm.example")
    }

    @Test func aHashPrefixNameMatchesOnlyAsAWholeToken() {
        let redaction = Redaction(name: "$2b$12$", address: "hash@firm.example")
        #expect(redaction.redact("$2b$12$KXq7e1yD0Q3.abc") == "$2b$12$KXq7e1yD0Q3.abc")
        #expect(redaction.redact("asked $2b$12$ about it") == "asked [erased] about it")
    }

    @Test func regularExpressionSymbolsInANameAreLiteral() {
        let redaction = Redaction(name: "A.* (b)|c", address: "weird@firm.example")
        #expect(redaction.redact("Anything at all") == "Anything at all")
        #expect(redaction.redact("hi A.* (b)|c!") == "hi [erased]!")
    }

    @Test func aCommonWordIsReplacedOnlyAsAWord() {
        let redaction = Redaction(name: "de", address: "de@firm.example")
        #expect(redaction.redact("De moeder van de klant") == "[erased] moeder van [erased] klant")
        #expect(redaction.redact("moeder, model, ode") == "moeder, model, ode")
    }

    @Test func aOneLetterNameIsNotLookedForButTheAddressIs() {
        let redaction = Redaction(name: "A", address: "a@firm.example")
        #expect(redaction.redact("A plan for a@firm.example") == "A plan for [erased]")
        #expect(!Redaction(name: " ", address: "").matches("anything") && Redaction(name: "", address: "").isEmpty)
    }

    @Test func lettersBeyondASCIIMatchInAnyCase() {
        let redaction = Redaction(name: "Émile Öztürk", address: "emile@firm.example")
        #expect(redaction.redact("met ÉMILE ÖZTÜRK en émile öztürk") == "met [erased] en [erased]")
        #expect(redaction.redact("Émile Öztürkçü") == "Émile Öztürkçü")
    }
}
