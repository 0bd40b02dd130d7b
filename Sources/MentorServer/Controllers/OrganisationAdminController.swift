import Vapor
import Fluent
import MentorCore

struct OrganisationAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminOrganisation, .roles([.admin]), show),
            Endpoint(.POST, .adminOrganisation, .roles([.admin]), update),
        ]
    }

    struct Form: Content {
        var name: String?
        var defaultLanguage: String?
        var talkBandLow: String?
        var talkBandHigh: String?
        /// Days after a pair ended before its conversation content is deleted; empty keeps it.
        var retentionDays: String?
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let organisation = try await load(request)
        let form = Form(name: organisation.name, defaultLanguage: organisation.defaultLanguage.rawValue,
                        talkBandLow: "\(Int((organisation.talkBandLow * 100).rounded()))", talkBandHigh: "\(Int((organisation.talkBandHigh * 100).rounded()))",
                        retentionDays: organisation.retentionDays.map(String.init) ?? "")
        return OrganisationPage.render(form: form, errors: [:], viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let organisation = try await load(request)
        let form = try request.content.decode(Form.self)
        let language = request.viewer.language
        var errors: FieldErrors = [:]
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors["name"] = T.required(language) }
        let defaultLanguage = form.defaultLanguage.flatMap(Language.init(rawValue:))
        if defaultLanguage == nil { errors["defaultLanguage"] = T.required(language) }
        let low = Int(form.talkBandLow ?? "25"), high = Int(form.talkBandHigh ?? "45")
        if low == nil || high == nil || !(0...100).contains(low!) || !(0...100).contains(high!) || low! >= high! {
            errors["talkBandLow"] = T.talkBandInvalid(language)
        }
        let retentionText = (form.retentionDays ?? "").trimmingCharacters(in: .whitespaces)
        let retention = Int(retentionText)
        if !retentionText.isEmpty && (retention == nil || !(30...36_500).contains(retention!)) { errors["retentionDays"] = T.retentionInvalid(language) }
        guard errors.isEmpty, let defaultLanguage, let low, let high else {
            return OrganisationPage.render(form: form, errors: errors, viewer: request.viewer, flash: nil).response(status: .unprocessableEntity)
        }
        organisation.name = name
        organisation.defaultLanguage = defaultLanguage
        organisation.talkBandLow = Double(low) / 100
        organisation.talkBandHigh = Double(high) / 100
        organisation.retentionDays = retentionText.isEmpty ? nil : retention
        try await request.db.transaction { db in
            try await organisation.save(on: db)
            try await request.audit("update", "organisation", id: organisation.id, summary: "settings changed", on: db)
        }
        request.flash(T.saved(language))
        return request.redirect(to: "/admin/organisation")
    }

    private func load(_ request: Request) async throws -> Organisation {
        guard let organisation = try await Organisation.find(try request.organisationID(), on: request.db) else { throw PageError.notFound }
        return organisation
    }
}
