import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The filter subset, PATCH on JSON and the User mapping, without a server.
@Suite struct SCIMRulesTests {
    @Test func filtersOfEqualityJoinedByAndAreRead() throws {
        #expect(try SCIMFilter.parse(#"userName eq "a@b.nl""#).comparisons == [.init(attribute: "username", value: .string("a@b.nl"))])
        let joined = try SCIMFilter.parse(#"id eq "mentor" and members[value eq "x\"y"]"#)
        #expect(joined.comparisons == [.init(attribute: "id", value: .string("mentor")), .init(attribute: "members.value", value: .string("x\"y"))])
        #expect(try SCIMFilter.parse("urn:ietf:params:scim:schemas:core:2.0:User:externalId eq \"7\"").value(of: ["externalid"]) == "7")
        #expect(try SCIMFilter.parse("active eq true").comparisons.first?.value == .bool(true))
        for refused in [#"userName co "a""#, #"userName eq "a" or userName eq "b""#, #"(userName eq "a")"#, "userName eq", #"userName eq "open"#, "",
                        #"not (userName eq "a")"#, #"userName pr"#] {
            #expect(throws: SCIMError.self, "\(refused)") { try SCIMFilter.parse(refused) }
        }
    }

    @Test func patchWithPathsFiltersAndValueObjects() throws {
        let start: [String: SCIMJSON] = ["userName": .string("a@b.nl"), "active": .bool(true),
                                         "emails": .array([.object(["value": .string("a@b.nl"), "type": .string("work")])])]
        let body = SCIMJSON.parse(Data("""
            {"Operations":[{"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"c@d.nl"},
             {"op":"add","path":"emails[type eq \\"home\\"].value","value":"h@d.nl"},
             {"op":"replace","value":{"name.givenName":"Jan","active":"False"}},
             {"op":"remove","path":"emails[type eq \\"home\\"]"}]}
            """.utf8))!.object!
        let patched = try SCIMPatch.apply(body, to: start, schema: SCIM.userSchema)
        #expect(patched["emails"]?.array == [.object(["value": .string("c@d.nl"), "type": .string("work")])])
        #expect(patched["name"]?["givenName"]?.string == "Jan")
        let fields = try SCIMUserResource.fields(patched)
        #expect(fields.active == false && fields.email == "c@d.nl" && fields.name == "Jan" && fields.userName == "a@b.nl")
    }

    @Test func aUserNeedsAnAddressAndLanguagesAreNlOrEn() throws {
        #expect(throws: SCIMError.self) { try SCIMUserResource.fields(["userName": .string("not-an-address")]) }
        let fields = try SCIMUserResource.fields(["userName": .string("u-123"), "locale": .string("nl_BE"),
                                                  "emails": .array([.object(["value": .string("x@y.nl"), "primary": .bool(true)])])])
        #expect(fields.email == "x@y.nl" && fields.language == .nl && fields.name == "x" && fields.active)
        #expect(SCIMUserResource.language(["preferredLanguage": .string("fr")]) == nil)
        #expect(SCIMUserResource.language(["preferredLanguage": .string("en-US")]) == .en)
        let shown = SCIMUserResource.project(["id": .string("1"), "schemas": .array([]), "userName": .string("u"), "name": .object([:])],
                                             attributes: "name.givenName", excluded: nil)
        #expect(Set(shown.keys) == ["id", "schemas", "name"])
    }
}
