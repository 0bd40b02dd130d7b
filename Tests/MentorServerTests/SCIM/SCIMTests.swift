import Testing
import Foundation
import Vapor
import VaporTesting
import Fluent
@testable import MentorServer
import MentorCore

/// SCIM provisioning at /scim/v2: every operation, filter and PATCH form, the effects of a
/// deactivation, and that a token never reaches past its own organisation.
@Suite struct SCIMTests {
    static let sanne = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"Sanne.Bakker@example.org","externalId":"entra-1",
         "name":{"givenName":"Sanne","familyName":"Bakker"},"emails":[{"value":"Sanne.Bakker@example.org","type":"work","primary":true}],
         "preferredLanguage":"en-GB","active":true}
        """

    @Test func discoveryDescribesUsersAndGroupsInSCIMsMediaType() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            // act
            let config = try await scim.send(.GET, "/scim/v2/ServiceProviderConfig")
            let types = try await scim.send(.GET, "/scim/v2/ResourceTypes")
            let user = try await scim.send(.GET, "/scim/v2/ResourceTypes/User")
            let schemas = try await scim.send(.GET, "/scim/v2/Schemas")
            let schema = try await scim.send(.GET, "/scim/v2/Schemas/\(SCIM.userSchema)")
            let post = try await scim.send(.POST, "/scim/v2/ServiceProviderConfig", "{}")
            let unknown = try await scim.send(.GET, "/scim/v2/\(UUID())")
            let search = try await scim.send(.POST, "/scim/v2/.search", "{}")
            // validate
            #expect(config.status == .ok && config.contentType.hasPrefix("application/scim+json"))
            #expect(config.json["patch"]?["supported"]?.bool == true && config.json["bulk"]?["supported"]?.bool == false)
            #expect(types.json["totalResults"] == .number(2))
            #expect(user.json["endpoint"]?.string == "/Users")
            #expect(schemas.json["Resources"]?.array?.count == 2)
            #expect(schema.json["attributes"]?.array?.contains { $0["name"]?.string == "userName" } == true)
            #expect(post.isError(.methodNotAllowed))
            #expect(unknown.isError(.notFound))
            #expect(search.isError(.notImplemented))
        }
    }

    @Test func missingWrongRevokedAndSessionCredentialsAre401InSCIMFormat() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            let revoked = try await SCIMTestClient.make(app, organisationID: fixture.a.id, label: "old")
            try await SCIMToken.query(on: app.db).filter(\.$label == "old").set(\.$revokedAt, to: Date()).update()
            let browser = TestClient(app)
            try await browser.signIn(fixture.a.emails[.admin]!)
            // act
            let missing = try await SCIMTestClient(app: app, token: nil).send(.GET, "/scim/v2/Users")
            let wrong = try await SCIMTestClient(app: app, token: SCIMAuthentication.prefix + String(repeating: "a", count: 43)).send(.GET, "/scim/v2/Users")
            let malformed = try await SCIMTestClient(app: app, token: "' OR 1=1 --").send(.GET, "/scim/v2/Users")
            let afterRevoke = try await revoked.send(.GET, "/scim/v2/Users")
            let withCookieOnly = try await SCIMTestClient(app: app, token: nil)
                .send(.GET, "/scim/v2/Users", headers: [("Cookie", browser.cookie ?? "")])
            let unknownWithoutToken = try await SCIMTestClient(app: app, token: nil).send(.GET, "/scim/v2/nothing")
            let works = try await scim.send(.GET, "/scim/v2/Users")
            // validate
            for answer in [missing, wrong, malformed, afterRevoke, withCookieOnly, unknownWithoutToken] {
                #expect(answer.isError(.unauthorized), "\(answer.status) \(answer.json)")
            }
            #expect(works.status == .ok)
            let used = try await SCIMToken.query(on: app.db).filter(\.$label == "Entra ID").first()
            #expect(used?.lastUsedAt != nil)
        }
    }

    /// Every SCIM route, with its own method, says `.bearer(.scim)` and refuses a request without a
    /// valid token of an organisation, even from a signed-in administrator's browser; no other route takes a bearer token.
    @Test func everySCIMRouteRequiresAValidOrganisationToken() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let revoked = try await SCIMTestClient.make(app, organisationID: fixture.a.id, label: "old")
            try await SCIMToken.query(on: app.db).set(\.$revokedAt, to: Date()).update()
            let browser = TestClient(app)
            try await browser.signIn(fixture.a.emails[.admin]!)
            let scimRoutes = endpoints().filter { $0.path.hasPrefix("scim/") }
            #expect(scimRoutes.count > 20)
            #expect(endpoints().filter { $0.access == .bearer(.scim) }.count == scimRoutes.count)
            for endpoint in scimRoutes {
                #expect(endpoint.access == .bearer(.scim), "\(endpoint.path)")
                let path = "/" + endpoint.path.replacingOccurrences(of: ":token", with: fixture.a.mentor.uuidString)
                    .replacingOccurrences(of: "**", with: "anything")
                for client in [SCIMTestClient(app: app, token: nil), revoked] {
                    // act
                    let answer = try await client.send(endpoint.method, path, endpoint.method == .GET ? nil : "{}",
                                                       headers: [("Cookie", browser.cookie ?? ""), ("X-CSRF-Token", browser.csrf ?? "")])
                    // validate
                    #expect(answer.isError(.unauthorized), "\(endpoint.method) \(path): \(answer.status)")
                }
            }
            #expect(try await Person.find(fixture.a.mentor, on: app.db)?.active == true)
        }
    }

    @Test func createReadListAndFilterUsers() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            // act
            let created = try await scim.send(.POST, "/scim/v2/Users", Self.sanne)
            let id = try #require(created.json["id"]?.string)
            let read = try await scim.send(.GET, "/scim/v2/Users/\(id)")
            let byUserName = try await scim.send(.GET, "/scim/v2/Users?filter=" + "userName eq \"sanne.bakker@EXAMPLE.org\"".urlQuery)
            let byExternalID = try await scim.send(.GET, "/scim/v2/Users?filter=" + "externalId eq \"entra-1\"".urlQuery)
            let byEmail = try await scim.send(.GET, "/scim/v2/Users?filter=" + "emails[value eq \"sanne.bakker@example.org\"]".urlQuery)
            let existingByUserName = try await scim.send(.GET, "/scim/v2/Users?filter=" + "userName eq \"\(fixture.a.emails[.mentor]!)\"".urlQuery)
            let nobody = try await scim.send(.GET, "/scim/v2/Users?filter=" + "userName eq \"nobody@example.org\"".urlQuery)
            let unsupported = try await scim.send(.GET, "/scim/v2/Users?filter=" + "userName co \"sanne\"".urlQuery)
            let otherAttribute = try await scim.send(.GET, "/scim/v2/Users?filter=" + "title eq \"x\"".urlQuery)
            let all = try await scim.send(.GET, "/scim/v2/Users")
            let page = try await scim.send(.GET, "/scim/v2/Users?startIndex=2&count=2")
            let twice = try await scim.send(.POST, "/scim/v2/Users", Self.sanne)
            // validate
            #expect(created.status == .created && created.contentType.hasPrefix("application/scim+json"))
            let person = try #require(try await Person.find(UUID(uuidString: id), on: app.db))
            #expect(person.name == "Sanne Bakker" && person.email == "sanne.bakker@example.org" && person.language == .en && person.active)
            #expect(person.organisationID == fixture.a.id)
            #expect(read.json["userName"]?.string == "Sanne.Bakker@example.org" && read.json["externalId"]?.string == "entra-1")
            #expect(read.json["name"]?["givenName"]?.string == "Sanne")
            for answer in [byUserName, byExternalID, byEmail] {
                #expect(answer.json["totalResults"] == .number(1) && answer.json["Resources"]?.array?.first?["id"]?.string == id)
            }
            #expect(existingByUserName.json["Resources"]?.array?.first?["id"]?.string == fixture.a.mentor.uuidString.lowercased())
            #expect(nobody.json["totalResults"] == .number(0))
            #expect(unsupported.isError(.badRequest, type: "invalidFilter"))
            #expect(otherAttribute.isError(.badRequest, type: "invalidFilter"))
            let total = try #require(all.json["totalResults"])
            #expect(page.json["totalResults"] == total && page.json["startIndex"] == .number(2) && page.json["itemsPerPage"] == .number(2))
            #expect(page.json["Resources"]?.array?.first == all.json["Resources"]?.array?[1])
            #expect(twice.isError(.conflict, type: "uniqueness"))
        }
    }

    @Test func badBodiesAreSCIMErrorsNever500() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            let id = fixture.a.mentee.uuidString
            // act
            let answers = [
                try await scim.send(.POST, "/scim/v2/Users", "{not json"),
                try await scim.send(.POST, "/scim/v2/Users", "[1, 2]"),
                try await scim.send(.POST, "/scim/v2/Users", #"{"userName": 5}"#),
                try await scim.send(.POST, "/scim/v2/Users", #"{"userName": "no-address"}"#),
                try await scim.send(.POST, "/scim/v2/Users", #"{"userName": "a@example.org", "active": "maybe"}"#),
                try await scim.send(.PUT, "/scim/v2/Users/\(id)", "\u{0}"),
                try await scim.send(.PATCH, "/scim/v2/Users/\(id)", #"{"Operations": []}"#),
                try await scim.send(.PATCH, "/scim/v2/Users/\(id)", #"{"Operations": [{"op": "jump", "path": "active"}]}"#),
                try await scim.send(.PATCH, "/scim/v2/Users/\(id)", #"{"Operations": [{"op": "replace", "path": "emails[type eq", "value": "x"}]}"#),
                try await scim.send(.PATCH, "/scim/v2/Users/\(id)", #"{"Operations": [{"op": "remove"}]}"#),
                try await scim.send(.GET, "/scim/v2/Users?startIndex=abc"),
            ]
            // validate
            for answer in answers {
                #expect(answer.status == .badRequest && answer.isError(.badRequest), "\(answer.status) \(answer.json)")
            }
            #expect(try await Person.find(fixture.a.mentee, on: app.db)?.active == true)
        }
    }

    @Test func replaceSetsNameEmailLanguageAndKeepsExternalID() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            let id = fixture.a.mentee.uuidString.lowercased()
            // act
            let answer = try await scim.send(.PUT, "/scim/v2/Users/\(id)", """
                {"schemas":["\(SCIM.userSchema)"],"userName":"m.jansen@example.org","externalId":"okta-77",
                 "name":{"formatted":"Mila Jansen"},"emails":[{"value":"home@example.net","type":"home"},{"value":"m.jansen@example.org","type":"work"}],
                 "locale":"nl_NL"}
                """)
            // validate
            #expect(answer.status == .ok, "\(answer.json)")
            let person = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            #expect(person.name == "Mila Jansen" && person.email == "m.jansen@example.org" && person.language == .nl && person.active)
            #expect(answer.json["externalId"]?.string == "okta-77" && answer.json["id"]?.string == id)
            #expect(answer.json["groups"]?.array?.first?["value"]?.string == "mentee")
            let event = try await AuditEvent.query(on: app.db).filter(\.$entityID == fixture.a.mentee).sort(\.$createdAt, .descending).first()
            #expect(event?.summary == "SCIM: Entra ID" && event?.$actor.id == nil)
        }
    }

    @Test(arguments: [
        // Entra ID: capitalised op, a path, a string for the boolean.
        #"{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}"#,
        // Okta: no path, a value object.
        #"{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}]}"#,
        // Entra ID with several attributes at once, some of them as paths inside the value.
        #"{"Operations":[{"op":"Replace","value":{"active":false,"name.givenName":"Jan"}}]}"#,
    ])
    func patchDeactivatesInEveryFormClientsSend(_ body: String) async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            // act
            let answer = try await scim.send(.PATCH, "/scim/v2/Users/\(fixture.a.mentor.uuidString)", body)
            // validate
            #expect(answer.status == .ok, "\(answer.json)")
            #expect(answer.json["active"]?.bool == false)
            #expect(try await Person.find(fixture.a.mentor, on: app.db)?.active == false)
        }
    }

    @Test func patchAddReplaceAndRemoveByPath() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            let created = try await scim.send(.POST, "/scim/v2/Users", Self.sanne)
            let path = "/scim/v2/Users/\(created.json["id"]?.string ?? "")"
            // act
            let replaced = try await scim.send(.PATCH, path, """
                {"Operations":[{"op":"replace","path":"emails[type eq \\"work\\"].value","value":"s.bakker@example.org"},
                 {"op":"Replace","path":"name.familyName","value":"de Boer"},{"op":"add","path":"preferredLanguage","value":"nl"},
                 {"op":"remove","path":"externalId"},{"op":"Add","path":"urn:ietf:params:scim:schemas:core:2.0:User:displayName","value":"Sanne"}]}
                """)
            // validate
            #expect(replaced.status == .ok, "\(replaced.json)")
            let person = try #require(try await Person.query(on: app.db).filter(\.$email == "s.bakker@example.org").first())
            #expect(person.name == "Sanne de Boer" && person.language == .nl)
            #expect(replaced.json["externalId"] == nil && replaced.json["displayName"]?.string == "Sanne")
            #expect(try await Person.query(on: app.db).filter(\.$email == "sanne.bakker@example.org").first() == nil)
        }
    }

    @Test func removingActiveLeavesAnActivePersonWithoutTheAttribute() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            let path = "/scim/v2/Users/\(fixture.a.mentee.uuidString)"
            try await scim.send(.PATCH, path, #"{"Operations":[{"op":"replace","path":"active","value":false}]}"#)
            // act
            let removed = try await scim.send(.PATCH, path, #"{"Operations":[{"op":"remove","path":"active"}]}"#)
            // validate
            #expect(removed.status == .ok && removed.json["active"] == nil)
            #expect(try await Person.find(fixture.a.mentee, on: app.db)?.active == true)
        }
    }

    @Test func deactivationEndsSessionsStopsSignInAndTellsCoordinatorsOnce() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            let browser = TestClient(app)
            try await browser.signIn(fixture.a.emails[.mentor]!)
            #expect(try await browser.get("/account").status == .ok)
            let path = "/scim/v2/Users/\(fixture.a.mentor.uuidString)"
            let off = #"{"Operations":[{"op":"replace","path":"active","value":false}]}"#
            // act
            let first = try await scim.send(.PATCH, path, off)
            let second = try await scim.send(.PATCH, path, off)
            // validate
            #expect(first.status == .ok && second.status == .ok)
            #expect(try await StoredSession.query(on: app.db).filter(\.$personID == fixture.a.mentor).count() == 0)
            #expect(try await browser.get("/account").status == .seeOther)
            let again = TestClient(app)
            #expect(try await again.signIn(fixture.a.emails[.mentor]!).status != .seeOther)
            let notices = try await MentorServer.Notification.query(on: app.db).filter(\.$kind == NotificationKind.pairMemberDeactivated.rawValue).all()
            #expect(notices.count == 1)
            #expect(notices.first?.$person.id == fixture.a.coordinator && notices.first?.subjectID == fixture.a.pair)
            #expect(try await MentorServer.Notification.query(on: app.db).filter(\.$organisation.$id == fixture.b.id)
                .filter(\.$kind == NotificationKind.pairMemberDeactivated.rawValue).count() == 0)
            let text = NotificationKind.pairMemberDeactivated.text(detail: notices.first?.detail ?? "", formats: Formats(language: .nl, timeZone: .gmt))
            #expect(text.contains("Mentor a") || text.contains("gedeactiveerd"))
        }
    }

    @Test func deleteDeactivatesAndHidesTheUserAndAPostTakesThemBack() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            let created = try await scim.send(.POST, "/scim/v2/Users", Self.sanne)
            let id = try #require(created.json["id"]?.string)
            // act
            let deleted = try await scim.send(.DELETE, "/scim/v2/Users/\(id)")
            let gone = try await scim.send(.GET, "/scim/v2/Users/\(id)")
            let listed = try await scim.send(.GET, "/scim/v2/Users?filter=" + "userName eq \"Sanne.Bakker@example.org\"".urlQuery)
            let back = try await scim.send(.POST, "/scim/v2/Users", Self.sanne)
            // validate
            #expect(deleted.status == .noContent)
            #expect(gone.isError(.notFound))
            #expect(listed.json["totalResults"] == .number(0))
            #expect(back.status == .created && back.json["id"]?.string == id && back.json["active"]?.bool == true)
            #expect(try await Person.find(UUID(uuidString: id), on: app.db)?.active == true)
        }
    }

    @Test func groupsAreTheRolesAndMembershipGrantsAndRemovesThem() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            let mentee = fixture.a.mentee.uuidString.lowercased()
            // act
            let list = try await scim.send(.GET, "/scim/v2/Groups")
            let byName = try await scim.send(.GET, "/scim/v2/Groups?filter=" + "displayName eq \"Coordinator\"".urlQuery + "&excludedAttributes=members")
            let added = try await scim.send(.PATCH, "/scim/v2/Groups/mentor",
                                            #"{"Operations":[{"op":"Add","path":"members","value":[{"value":"\#(mentee)"}]}]}"#)
            let hasRole = try await PersonRole.query(on: app.db).filter(\.$person.$id == fixture.a.mentee).filter(\.$role == .mentor).count()
            let removed = try await scim.send(.PATCH, "/scim/v2/Groups/mentor",
                                              #"{"Operations":[{"op":"Remove","path":"members[value eq \"\#(mentee)\"]"}]}"#)
            let entraRemove = try await scim.send(.PATCH, "/scim/v2/Groups/mentee",
                                                  #"{"Operations":[{"op":"Remove","path":"members","value":[{"value":"\#(mentee)"}]}]}"#)
            let unknownGroup = try await scim.send(.GET, "/scim/v2/Groups/partners")
            let create = try await scim.send(.POST, "/scim/v2/Groups", #"{"displayName":"Partners"}"#)
            let rename = try await scim.send(.PATCH, "/scim/v2/Groups/mentor", #"{"Operations":[{"op":"replace","path":"displayName","value":"x"}]}"#)
            // validate
            #expect(list.json["totalResults"] == .number(4))
            #expect(byName.json["Resources"]?.array?.count == 1 && byName.json["Resources"]?.array?.first?["members"] == nil)
            #expect(added.status == .ok && hasRole == 1)
            #expect(added.json["members"]?.array?.contains { $0["value"]?.string == mentee } == true)
            #expect(removed.status == .ok && entraRemove.status == .ok)
            #expect(try await PersonRole.query(on: app.db).filter(\.$person.$id == fixture.a.mentee).count() == 0)
            #expect(unknownGroup.isError(.notFound))
            #expect(create.isError(.notImplemented))
            #expect(rename.isError(.badRequest, type: "mutability"))
        }
    }

    @Test func aTokenNeverSeesOrChangesAnotherOrganisationsPeople() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let other = try await SCIMTestClient.make(app, organisationID: fixture.b.id)
            let target = "/scim/v2/Users/\(fixture.a.mentor.uuidString)"
            let before = try #require(try await Person.find(fixture.a.mentor, on: app.db))
            // act
            let read = try await other.send(.GET, target)
            let patch = try await other.send(.PATCH, target, #"{"Operations":[{"op":"replace","path":"active","value":false}]}"#)
            let put = try await other.send(.PUT, target, #"{"userName":"taken@example.org"}"#)
            let delete = try await other.send(.DELETE, target)
            let list = try await other.send(.GET, "/scim/v2/Users")
            let filtered = try await other.send(.GET, "/scim/v2/Users?filter=" + "userName eq \"\(fixture.a.emails[.mentor]!)\"".urlQuery)
            let grant = try await other.send(.PATCH, "/scim/v2/Groups/admin",
                                             #"{"Operations":[{"op":"add","path":"members","value":[{"value":"\#(fixture.a.mentor.uuidString)"}]}]}"#)
            let adopt = try await other.send(.POST, "/scim/v2/Users", #"{"userName":"\#(fixture.a.emails[.mentor]!)"}"#)
            let groupMembers = try await other.send(.GET, "/scim/v2/Groups/mentor")
            // validate
            #expect(read.isError(.notFound) && patch.isError(.notFound) && put.isError(.notFound) && delete.isError(.notFound))
            let ids = (list.json["Resources"]?.array ?? []).compactMap { $0["id"]?.string }
            #expect(!ids.isEmpty && !ids.contains(fixture.a.mentor.uuidString.lowercased()) && !ids.contains(fixture.a.admin.uuidString.lowercased()))
            #expect(filtered.json["totalResults"] == .number(0))
            #expect(grant.isError(.badRequest, type: "invalidValue"))
            #expect(adopt.isError(.conflict, type: "uniqueness"))
            #expect(groupMembers.json["members"]?.array?.contains { $0["value"]?.string == fixture.a.mentor.uuidString.lowercased() } == false)
            let after = try #require(try await Person.find(fixture.a.mentor, on: app.db))
            #expect(after.active && after.name == before.name && after.email == before.email && after.organisationID == fixture.a.id)
            #expect(try await PersonRole.query(on: app.db).filter(\.$person.$id == fixture.a.mentor).filter(\.$role == .admin).count() == 0)
        }
    }

    @Test func theAdministratorMakesATokenShownOnceAndRevokesIt() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            // act: the form as rendered
            let page = try await admin.get("/admin/provisioning").body.string
            let form = try #require(RenderedForm(in: page, actionPrefix: "/admin/provisioning/tokens"))
            let made = try await admin.post(form.action, form.filled(["label": "Entra <ID>"]))
            let html = made.body.string
            let token = try #require(html.range(of: "mmscim_").map { start in
                String(html[start.lowerBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
            })
            let works = try await SCIMTestClient(app: app, token: token).send(.GET, "/scim/v2/Users")
            let reload = try await admin.get("/admin/provisioning").body.string
            let revoke = try #require(RenderedForm(in: reload, actionPrefix: "/admin/provisioning/tokens/"))
            let revoked = try await admin.post(revoke.action, revoke.fields)
            let afterwards = try await SCIMTestClient(app: app, token: token).send(.GET, "/scim/v2/Users")
            let empty = try await admin.post(form.action, form.filled(["label": " "]))
            // validate
            #expect(made.status == .ok && made.headers.first(name: .cacheControl) == "no-store")
            #expect(works.status == .ok)
            #expect(!reload.contains(token) && reload.contains("Entra &lt;ID&gt;") && !reload.contains(T.provisioningNeverUsed(.en)))
            #expect(revoked.status == .seeOther)
            #expect(afterwards.isError(.unauthorized))
            #expect(empty.status == .unprocessableEntity)
            let stored = try #require(try await SCIMToken.query(on: app.db).first())
            #expect(stored.tokenHash == CalendarToken.hash(token) && stored.tokenHash != token && stored.revokedAt != nil)
        }
    }

    @Test func anotherOrganisationsAdministratorCannotRevokeAToken() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let scim = try await SCIMTestClient.make(app, organisationID: fixture.a.id)
            let id = try #require(try await SCIMToken.query(on: app.db).first()?.id)
            let otherAdmin = TestClient(app)
            try await otherAdmin.signIn(fixture.b.emails[.admin]!)
            // act
            let answer = try await otherAdmin.post("/admin/provisioning/tokens/\(id)/revoke")
            // validate
            #expect(answer.status == .notFound)
            #expect(try await scim.send(.GET, "/scim/v2/Users").status == .ok)
        }
    }
}

extension String {
    var urlQuery: String { addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? self }
}
