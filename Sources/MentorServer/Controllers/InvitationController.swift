import Vapor
import Fluent
import MentorCore

/// Administrators send links to choose a password; they never set one. Without e-mail
/// configured the page shows each link once, to pass on.
struct InvitationController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.POST, .adminPersonInvitation(.key), record: Person.self, roles: [.admin], invite),
            Endpoint(.POST, .adminPeopleInvitations, .roles([.admin]), inviteChosen),
        ]
    }

    /// "Send a link" (again) from the person's edit page.
    @Sendable func invite(_ request: Request, person: Person) async throws -> Response {
        let language = request.viewer.language
        let edit = SiteURL.adminPersonEdit(try person.requireID())
        guard person.active else {
            request.flash(T.cannotInviteDeactivated(language))
            return request.redirect(to: edit)
        }
        let issued = try await send(to: [person], request)
        return respond(issued, request: request, redirect: edit)
    }

    /// The people ticked after an import; only active people of the admin's own organisation.
    @Sendable func inviteChosen(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ImportInvitePage.Form.self)
        let language = request.viewer.language
        var people: [Person] = []
        if case .success(let ids) = form.validated(language) {
            people = try await Person.query(on: request.db).filter(\.$id ~~ ids)
                .filter(\.$organisation.$id == (try request.organisationID())).filter(\.$active == true).sort(\.$name).all()
        }
        guard !people.isEmpty else {
            request.flash(T.choosePeopleToInvite(language))
            return request.redirect(to: .adminPeople)
        }
        return respond(try await send(to: people, request), request: request, redirect: .adminPeople)
    }

    /// Issues an invitation to each person, sent by the signed-in administrator.
    private func send(to people: [Person], _ request: Request) async throws -> [PasswordLinks.Issued] {
        let admin = (id: try request.personID(), name: request.viewer.name ?? "")
        var issued: [PasswordLinks.Issued] = []
        for person in people {
            issued.append(try await PasswordLinks.issue(.invitation, for: person, by: admin, settings: request.application.settings,
                                                        now: request.now, on: request.db))
        }
        return issued
    }

    /// One e-mailed link: back to `redirect` with a message. Otherwise a page showing what was sent, once.
    private func respond(_ issued: [PasswordLinks.Issued], request: Request, redirect: SiteURL) -> Response {
        if issued.count == 1, let one = issued.first, one.emailed {
            let language = request.viewer.language
            request.flash(T.invitationEmailed(one.name, one.email, request.viewer.formats.dateTime(one.expiresAt))(language))
            return request.redirect(to: redirect)
        }
        return PasswordLinksPage.render(.init(issued), viewer: request.viewer).response()
    }
}
