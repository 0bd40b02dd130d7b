import Vapor
import Fluent
import MentorCore

/// Administrators send links to choose a password; they never set one. Without e-mail
/// configured the page shows each link once, to pass on.
struct InvitationController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.POST, .adminPersonInvitation(.key), .roles([.admin]), invite),
            Endpoint(.POST, .adminPeopleInvitations, .roles([.admin]), inviteChosen),
        ]
    }

    /// "Send a link" (again) from the person's edit page.
    @Sendable func invite(_ request: Request) async throws -> Response {
        let person = try await request.ownRecord(Person.self, \.$organisation)
        let language = request.viewer.language
        guard person.active else {
            request.flash(T.cannotInviteDeactivated(language))
            return request.redirect(to: "/admin/people/\(try person.requireID())/edit")
        }
        let issued = try await Self.send(to: [person], request)
        return Self.respond(issued, request: request, redirect: "/admin/people/\(try person.requireID())/edit")
    }

    struct ChosenForm: Content { var people: [String]? }

    /// The people ticked after an import; only active people of the admin's own organisation.
    @Sendable func inviteChosen(_ request: Request) async throws -> Response {
        let ids = (try request.content.decode(ChosenForm.self).people ?? []).compactMap(UUID.init(uuidString:))
        let language = request.viewer.language
        var people: [Person] = []
        if !ids.isEmpty {
            people = try await Person.query(on: request.db).filter(\.$id ~~ ids)
                .filter(\.$organisation.$id == (try request.organisationID())).filter(\.$active == true).sort(\.$name).all()
        }
        guard !people.isEmpty else {
            request.flash(T.choosePeopleToInvite(language))
            return request.redirect(to: "/admin/people")
        }
        return Self.respond(try await Self.send(to: people, request), request: request, redirect: "/admin/people")
    }

    /// Issues an invitation to each person, sent by the signed-in administrator.
    static func send(to people: [Person], _ request: Request) async throws -> [PasswordLinks.Issued] {
        let admin = (id: try request.personID(), name: request.viewer.name ?? "")
        var issued: [PasswordLinks.Issued] = []
        for person in people {
            issued.append(try await PasswordLinks.issue(.invitation, for: person, by: admin, settings: request.application.settings, on: request.db))
        }
        return issued
    }

    /// E-mailed links: back to `redirect` with a message. Links to pass on: a page showing them, once.
    static func respond(_ issued: [PasswordLinks.Issued], request: Request, redirect: String) -> Response {
        if issued.allSatisfy(\.emailed) {
            let language = request.viewer.language
            if issued.count == 1, let one = issued.first {
                request.flash(T.invitationEmailed(one.name, one.email, request.viewer.formats.dateTime(one.expiresAt))(language))
                return request.redirect(to: redirect)
            }
        }
        return PasswordLinksPage.render(issued, viewer: request.viewer).response()
    }
}
