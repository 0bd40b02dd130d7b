import Foundation
import Vapor

/// Every address of the product. Routes are registered from it and every link, form action
/// and redirect is built from it, so a path is written in this file only (a test fails on a
/// path literal in `Pages/`, `Views/` or `Controllers/`).
///
/// To register a route with a parameter, pass `.key` for it: `Endpoint(.GET, .pair(.key), ...)`.
/// The pattern (`mentorships/:id`) comes from the case's segments, never from the value.
enum SiteURL: Hashable, Sendable {
    // Operations
    case health
    case metrics
    case asset(String)

    // Signing in, the account and its settings
    case home
    case signIn
    case signOut
    case signOutEverywhere
    /// Signing in through the organisation's identity provider (OpenID Connect): by e-mail address,
    /// by the organisation's own start address (its slug), and the provider's answer.
    case signInProvider
    case signInProviderStart(String)
    case signInCallback
    case language
    case passwordForgot
    case passwordNew(String)
    case account
    case accountPassword
    case accountLanguage
    case accountTimeZone
    case accountNotifications
    case accountPreferences
    case accountCalendar
    case accountCalendarRevoke
    case calendarFeed(String)
    case accountExport
    case accountExportJSON
    /// Personal access tokens for the JSON API, and revoking one.
    case accountTokens
    case accountTokenRevoke(UUID)
    /// The OpenAPI document of the JSON API (the API itself, under /api/v1, is routed from it).
    case apiDocument

    // Administration
    case adminOrganisation
    case adminValues
    case adminValueNew
    case adminValue(UUID)
    case adminValueEdit(UUID)
    case adminValueMove(UUID)
    case adminValueRetire(UUID)
    case adminPeople
    case adminPersonNew
    case adminPerson(UUID)
    case adminPersonEdit(UUID)
    case adminPersonActive(UUID)
    case adminPersonErase(UUID)
    case adminPersonInvitation(UUID)
    case adminPeopleInvitations
    case adminPeopleImport
    case adminPeopleImportConfirm
    case adminProgrammes
    case adminProgrammeNew
    case adminProgramme(UUID)
    case adminProgrammeEdit(UUID)
    case adminAudit
    case adminLists
    case adminListItemRetire(UUID)
    case adminListItemEdit(UUID)
    case adminListItemDelete(UUID)
    case adminGuidance
    case adminOutbox
    case adminOutboxRetry(UUID)
    case adminIdentityProvider
    /// SCIM provisioning: the organisation's tokens.
    case adminProvisioning
    case adminProvisioningTokens
    case adminProvisioningTokenRevoke(UUID)

    // Pairs and what happens in them
    case pairs
    case pairNew
    case mentors
    case pairRequest
    case pair(UUID)
    case pairAccept(UUID)
    case pairDecline(UUID)
    case pairWithdraw(UUID)
    /// A coordinator takes back a pair matching proposed.
    case pairWithdrawProposal(UUID)
    case pairStatus(UUID)
    case pairFitCheck(UUID)
    case agreement(UUID)
    case agreementConfirm(UUID)
    case pulse(UUID)
    case conversationNew(pair: UUID)
    case conversations(pair: UUID)
    case conversation(UUID)
    case conversationCalendar(UUID)
    case conversationAgenda(UUID)
    case conversationNotes(UUID)
    case conversationActions(UUID)
    case conversationEvidence(UUID)
    case conversationScores(UUID)
    case conversationObservations(UUID)
    /// The mentor logs a whole conversation on one page and saves it once.
    case conversationLog(UUID)
    case agendaItemCovered(UUID)
    case actionDone(UUID)
    // Correcting and removing what a conversation recorded
    case conversationReschedule(UUID)
    case conversationCancel(UUID)
    case agendaItemEdit(UUID)
    case agendaItemDelete(UUID)
    case actionEdit(UUID)
    case actionDelete(UUID)
    case evidenceEdit(UUID)
    case evidenceDelete(UUID)
    case scoreEdit(UUID)
    case scoreDelete(UUID)
    case observationEdit(UUID)
    case observationDelete(UUID)
    case transcript(conversation: UUID)
    case transcriptMapping(conversation: UUID)
    case transcriptDeleteText(conversation: UUID)
    case transcriptDelete(conversation: UUID)
    case transcriptEstimate(conversation: UUID)
    /// The mentee's two questions about a held conversation, and switching them off or on.
    case menteeView(UUID)
    case menteeViewSetting(UUID)
    case goalNew(pair: UUID)
    case goals(pair: UUID)
    case goal(UUID)
    case goalComment(UUID)
    case goalDelete(UUID)

    // The mirror
    case mirror
    case pairMirror(UUID)
    case reflections
    case reflectionEdit(UUID)
    case reflectionDelete(UUID)
    case progress(pair: UUID)

    // Programmes: matching and health
    case matching(programme: UUID)
    case matchingMark(programme: UUID)
    case matchingPublish(programme: UUID)
    /// Undoing the programme's latest published round while nobody in it has accepted.
    case matchingUndo(programme: UUID)
    /// A mentor's "not available until" and own capacity.
    case accountAvailability
    case programmeHealth(UUID)
    case programmeHealthExport(UUID)
    case programmesCompare
    case programmesCompareExport

    // SCIM 2.0 provisioning for the organisation's identity provider (bearer token, no session).
    case scimServiceProviderConfig
    case scimResourceTypes
    case scimResourceType(String)
    case scimSchemas
    case scimSchema(String)
    case scimUsers
    case scimUser(String)
    case scimGroups
    case scimGroup(String)
    /// `POST /scim/v2/.search`, which is not offered (501).
    case scimSearch
    /// Any other address under `/scim/v2`: a SCIM 404.
    case scimUnknown

    // Notifications
    case notifications
    case notificationOpen(UUID)
    case notificationsReadAll

    /// One part of a path: fixed text or a parameter with the name the handler reads it by.
    enum Segment: Hashable, Sendable {
        case fixed(String)
        case id(UUID)
        case token(String)
        case file(String)
        /// The rest of the path, whatever it is (a catch-all route).
        case rest
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    var segments: [Segment] {
        switch self {
        case .health: ["health"]
        case .metrics: ["metrics"]
        case .asset(let file): ["assets", .file(file)]
        case .home: []
        case .signIn: ["signin"]
        case .signOut: ["signout"]
        case .signOutEverywhere: ["account", "signout-everywhere"]
        case .signInProvider: ["signin", "provider"]
        case .signInProviderStart(let slug): ["signin", "provider", .token(slug)]
        case .signInCallback: ["signin", "callback"]
        case .language: ["language"]
        case .passwordForgot: ["password", "forgot"]
        case .passwordNew(let token): ["password", "new", .token(token)]
        case .account: ["account"]
        case .accountPassword: ["account", "password"]
        case .accountLanguage: ["account", "language"]
        case .accountTimeZone: ["account", "time-zone"]
        case .accountNotifications: ["account", "notifications"]
        case .accountPreferences: ["account", "preferences"]
        case .accountCalendar: ["account", "calendar"]
        case .accountCalendarRevoke: ["account", "calendar", "revoke"]
        case .calendarFeed(let token): ["calendar", .token(token)]
        case .accountExport: ["account", "export"]
        case .accountExportJSON: ["account", "export.json"]
        case .accountTokens: ["account", "tokens"]
        case .accountTokenRevoke(let id): ["account", "tokens", .id(id), "revoke"]
        case .apiDocument: ["api", "openapi.json"]

        case .adminOrganisation: ["admin", "organisation"]
        case .adminValues: ["admin", "values"]
        case .adminValueNew: ["admin", "values", "new"]
        case .adminValue(let id): ["admin", "values", .id(id)]
        case .adminValueEdit(let id): ["admin", "values", .id(id), "edit"]
        case .adminValueMove(let id): ["admin", "values", .id(id), "move"]
        case .adminValueRetire(let id): ["admin", "values", .id(id), "retire"]
        case .adminPeople: ["admin", "people"]
        case .adminPersonNew: ["admin", "people", "new"]
        case .adminPerson(let id): ["admin", "people", .id(id)]
        case .adminPersonEdit(let id): ["admin", "people", .id(id), "edit"]
        case .adminPersonActive(let id): ["admin", "people", .id(id), "active"]
        case .adminPersonErase(let id): ["admin", "people", .id(id), "erase"]
        case .adminPersonInvitation(let id): ["admin", "people", .id(id), "invitation"]
        case .adminPeopleInvitations: ["admin", "people", "invitations"]
        case .adminPeopleImport: ["admin", "people", "import"]
        case .adminPeopleImportConfirm: ["admin", "people", "import", "confirm"]
        case .adminProgrammes: ["admin", "programmes"]
        case .adminProgrammeNew: ["admin", "programmes", "new"]
        case .adminProgramme(let id): ["admin", "programmes", .id(id)]
        case .adminProgrammeEdit(let id): ["admin", "programmes", .id(id), "edit"]
        case .adminAudit: ["admin", "audit"]
        case .adminLists: ["admin", "lists"]
        case .adminListItemRetire(let id): ["admin", "lists", .id(id), "retire"]
        case .adminListItemEdit(let id): ["admin", "lists", .id(id), "edit"]
        case .adminListItemDelete(let id): ["admin", "lists", .id(id), "delete"]
        case .adminGuidance: ["admin", "guidance"]
        case .adminOutbox: ["admin", "outbox"]
        case .adminOutboxRetry(let id): ["admin", "outbox", .id(id), "retry"]
        case .adminIdentityProvider: ["admin", "identity-provider"]
        case .adminProvisioning: ["admin", "provisioning"]
        case .adminProvisioningTokens: ["admin", "provisioning", "tokens"]
        case .adminProvisioningTokenRevoke(let id): ["admin", "provisioning", "tokens", .id(id), "revoke"]

        case .pairs: ["mentorships"]
        case .pairNew: ["mentorships", "new"]
        case .mentors: ["mentors"]
        case .pairRequest: ["mentorships", "request"]
        case .pair(let id): ["mentorships", .id(id)]
        case .pairAccept(let id): ["mentorships", .id(id), "accept"]
        case .pairDecline(let id): ["mentorships", .id(id), "decline"]
        case .pairWithdraw(let id): ["mentorships", .id(id), "withdraw"]
        case .pairWithdrawProposal(let id): ["mentorships", .id(id), "withdraw-proposal"]
        case .pairStatus(let id): ["mentorships", .id(id), "status"]
        case .pairFitCheck(let id): ["mentorships", .id(id), "fit-check"]
        case .agreement(let id): ["mentorships", .id(id), "agreement"]
        case .agreementConfirm(let id): ["mentorships", .id(id), "agreement", "confirm"]
        case .pulse(let id): ["mentorships", .id(id), "pulse"]
        case .conversationNew(let pair): ["mentorships", .id(pair), "conversations", "new"]
        case .conversations(let pair): ["mentorships", .id(pair), "conversations"]
        case .conversation(let id): ["conversations", .id(id)]
        case .conversationCalendar(let id): ["conversations", .id(id), "calendar.ics"]
        case .conversationAgenda(let id): ["conversations", .id(id), "agenda"]
        case .conversationNotes(let id): ["conversations", .id(id), "notes"]
        case .conversationActions(let id): ["conversations", .id(id), "actions"]
        case .conversationEvidence(let id): ["conversations", .id(id), "evidence"]
        case .conversationScores(let id): ["conversations", .id(id), "scores"]
        case .conversationObservations(let id): ["conversations", .id(id), "observations"]
        case .conversationLog(let id): ["conversations", .id(id), "log"]
        case .agendaItemCovered(let id): ["agenda", .id(id), "covered"]
        case .actionDone(let id): ["actions", .id(id), "done"]
        case .conversationReschedule(let id): ["conversations", .id(id), "reschedule"]
        case .conversationCancel(let id): ["conversations", .id(id), "cancel"]
        case .agendaItemEdit(let id): ["agenda", .id(id), "edit"]
        case .agendaItemDelete(let id): ["agenda", .id(id), "delete"]
        case .actionEdit(let id): ["actions", .id(id), "edit"]
        case .actionDelete(let id): ["actions", .id(id), "delete"]
        case .evidenceEdit(let id): ["evidence", .id(id), "edit"]
        case .evidenceDelete(let id): ["evidence", .id(id), "delete"]
        case .scoreEdit(let id): ["scores", .id(id), "edit"]
        case .scoreDelete(let id): ["scores", .id(id), "delete"]
        case .observationEdit(let id): ["observations", .id(id), "edit"]
        case .observationDelete(let id): ["observations", .id(id), "delete"]
        case .transcript(let id): ["conversations", .id(id), "transcript"]
        case .transcriptMapping(let id): ["conversations", .id(id), "transcript", "mapping"]
        case .transcriptDeleteText(let id): ["conversations", .id(id), "transcript", "delete-text"]
        case .transcriptDelete(let id): ["conversations", .id(id), "transcript", "delete"]
        case .transcriptEstimate(let id): ["conversations", .id(id), "transcript", "estimate"]
        case .menteeView(let id): ["conversations", .id(id), "mentee-view"]
        case .menteeViewSetting(let id): ["conversations", .id(id), "mentee-view", "setting"]
        case .goalNew(let pair): ["mentorships", .id(pair), "goals", "new"]
        case .goals(let pair): ["mentorships", .id(pair), "goals"]
        case .goal(let id): ["goals", .id(id)]
        case .goalComment(let id): ["goals", .id(id), "comment"]
        case .goalDelete(let id): ["goals", .id(id), "delete"]

        case .mirror: ["mirror"]
        case .pairMirror(let id): ["mentorships", .id(id), "mirror"]
        case .reflections: ["mirror", "reflections"]
        case .reflectionEdit(let id): ["mirror", "reflections", .id(id), "edit"]
        case .reflectionDelete(let id): ["mirror", "reflections", .id(id), "delete"]
        case .progress(let pair): ["mentorships", .id(pair), "progress"]

        case .matching(let id): ["programmes", .id(id), "matching"]
        case .matchingMark(let id): ["programmes", .id(id), "matching", "mark"]
        case .matchingPublish(let id): ["programmes", .id(id), "matching", "publish"]
        case .matchingUndo(let id): ["programmes", .id(id), "matching", "undo"]
        case .accountAvailability: ["account", "availability"]
        case .programmeHealth(let id): ["programmes", .id(id), "health"]
        case .programmeHealthExport(let id): ["programmes", .id(id), "health", "export"]
        case .programmesCompare: ["programmes", "compare"]
        case .programmesCompareExport: ["programmes", "compare", "export"]

        case .scimServiceProviderConfig: ["scim", "v2", "ServiceProviderConfig"]
        case .scimResourceTypes: ["scim", "v2", "ResourceTypes"]
        case .scimResourceType(let id): ["scim", "v2", "ResourceTypes", .token(id)]
        case .scimSchemas: ["scim", "v2", "Schemas"]
        case .scimSchema(let id): ["scim", "v2", "Schemas", .token(id)]
        case .scimUsers: ["scim", "v2", "Users"]
        case .scimUser(let id): ["scim", "v2", "Users", .token(id)]
        case .scimGroups: ["scim", "v2", "Groups"]
        case .scimGroup(let id): ["scim", "v2", "Groups", .token(id)]
        case .scimSearch: ["scim", "v2", ".search"]
        case .scimUnknown: ["scim", "v2", .rest]

        case .notifications: ["notifications"]
        case .notificationOpen(let id): ["notifications", .id(id), "open"]
        case .notificationsReadAll: ["notifications", "read-all"]
        }
    }

    /// The address to link to, starting with `/`.
    var path: String {
        "/" + segments.map { segment in
            switch segment {
            case .fixed(let text): text
            case .id(let id): id.uuidString
            case .token(let text), .file(let text):
                text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? text
            case .rest: ""
            }
        }.joined(separator: "/")
    }

    /// The address with a query (`?next=%2Fmirror`) and, optionally, a fragment (`#agenda`).
    func path(query: [(String, String)] = [], fragment: String? = nil) -> String {
        var result = path
        let pairs = query.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }
        if !pairs.isEmpty { result += "?" + pairs.joined(separator: "&") }
        if let fragment { result += "#" + fragment }
        return result
    }

    /// The pattern the route is registered under, such as `mentorships/:id/agreement`.
    var pattern: String {
        segments.map { segment in
            switch segment {
            case .fixed(let text): text
            case .id: ":id"
            case .token: ":token"
            case .file: ":file"
            case .rest: "**"
            }
        }.joined(separator: "/")
    }

    var pathComponents: [PathComponent] { pattern.pathComponents }

    /// Load balancers and Prometheus call these often; they never read or create a session.
    static func isSessionless(_ path: String) -> Bool {
        path == SiteURL.health.path || path == SiteURL.metrics.path || path.hasPrefix("/assets/")
            // The JSON API authenticates every request by its bearer token, never by a session cookie.
            || path.hasPrefix("/api/")
            // SCIM clients too: a bearer token on every request, no cookie session, no CSRF.
            || isSCIM(path)
    }

    /// The SCIM provisioning addresses (`/scim/v2/...`).
    static func isSCIM(_ path: String) -> Bool {
        path == "/scim/v2" || path.hasPrefix("/scim/v2/")
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", ".", "~"])) ?? text
    }
}

extension SiteURL.Segment: ExpressibleByStringLiteral {
    init(stringLiteral text: String) { self = .fixed(text) }
}

extension UUID {
    /// Stands for a route's `:id` when it is registered: `Endpoint(.GET, .pair(.key), ...)`.
    static let key = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}

extension String {
    /// Stands for a route's `:token` or `:file` when it is registered.
    static let key = ""
}

extension SiteURL {
    /// The entry of the main navigation a page belongs to, decided by its route.
    var section: NavigationSection? {
        switch self {
        case .home: .home
        case .pairs, .pairNew, .pairRequest, .pair, .pairAccept, .pairDecline, .pairWithdraw, .pairWithdrawProposal, .pairStatus, .pairFitCheck,
             .agreement, .agreementConfirm, .pulse, .conversationNew, .conversations, .goalNew, .goals, .progress:
            .pairs
        // A conversation's and a goal's own pages stand apart from the list of pairs.
        case .conversation, .conversationCalendar, .conversationAgenda, .conversationNotes, .conversationActions,
             .conversationEvidence, .conversationScores, .conversationObservations, .conversationLog, .agendaItemCovered,
             .actionDone, .transcript, .transcriptMapping, .transcriptDeleteText, .transcriptDelete, .transcriptEstimate,
             .menteeView, .menteeViewSetting,
             .goal, .goalComment, .goalDelete,
             .conversationReschedule, .conversationCancel, .agendaItemEdit, .agendaItemDelete, .actionEdit, .actionDelete,
             .evidenceEdit, .evidenceDelete, .scoreEdit, .scoreDelete, .observationEdit, .observationDelete:
            nil
        case .mirror, .pairMirror, .reflections, .reflectionEdit, .reflectionDelete: .mirror
        case .mentors: .findMentor
        case .adminOrganisation, .adminIdentityProvider: .organisation
        case .adminValues, .adminValueNew, .adminValue, .adminValueEdit, .adminValueMove, .adminValueRetire: .values
        case .adminPeople, .adminPersonNew, .adminPerson, .adminPersonEdit, .adminPersonActive, .adminPersonErase,
             .adminPersonInvitation, .adminPeopleInvitations, .adminPeopleImport, .adminPeopleImportConfirm:
            .people
        case .adminProgrammes, .adminProgrammeNew, .adminProgramme, .adminProgrammeEdit: .programmes
        case .adminLists, .adminListItemRetire, .adminListItemEdit, .adminListItemDelete: .lists
        case .adminGuidance: .guidance
        case .adminAudit: .audit
        case .adminOutbox, .adminOutboxRetry: .outbox
        case .adminProvisioning, .adminProvisioningTokens, .adminProvisioningTokenRevoke: .organisation
        case .notifications, .notificationOpen, .notificationsReadAll: .notifications
        case .account, .accountPassword, .accountLanguage, .accountTimeZone, .accountNotifications, .accountPreferences, .accountAvailability,
             .accountCalendar, .accountCalendarRevoke, .accountExport, .accountExportJSON, .signOutEverywhere,
             .accountTokens, .accountTokenRevoke:
            .account
        case .health, .metrics, .asset, .signIn, .signOut, .signInProvider, .signInProviderStart, .signInCallback, .language, .passwordForgot, .passwordNew, .calendarFeed,
             .matching, .matchingMark, .matchingPublish, .matchingUndo, .programmeHealth, .programmeHealthExport,
             .programmesCompare, .programmesCompareExport,
             .scimServiceProviderConfig, .scimResourceTypes, .scimResourceType, .scimSchemas, .scimSchema, .scimUsers, .scimUser,
             .scimGroups, .scimGroup, .scimSearch, .scimUnknown, .apiDocument:
            nil
        }
    }
}

/// The entries of the main navigation.
enum NavigationSection: Sendable, Hashable {
    case home, pairs, mirror, findMentor
    case organisation, values, people, programmes, lists, guidance, audit, outbox
    case notifications, account
}

extension Request {
    /// "See other" to one of the product's own addresses, after a form was handled.
    func redirect(to url: SiteURL, fragment: String? = nil) -> Response {
        redirect(to: url.path(fragment: fragment), redirectType: .normal)
    }
}
