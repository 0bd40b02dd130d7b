import Vapor
import Fluent
import MentorCore
import Plot

/// The organisation's own wording of the guidance per attitude pattern.
struct GuidanceAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminGuidance, .roles([.admin]), show),
            Endpoint(.POST, .adminGuidance, .roles([.admin]), save),
        ]
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let vocabulary = try await Vocabulary.load(organisationID: organisationID, on: request.db)
        let custom = try await AttitudeGuidance.query(on: request.db).filter(\.$organisation.$id == organisationID).all()
        let language = request.viewer.language
        let rows = vocabulary.patterns.map { pattern in
            let own = custom.first { $0.pattern == pattern.key }
            return GuidancePage.Row(key: pattern.key, name: pattern.name(language),
                                    builtIn: AttitudePattern(rawValue: pattern.key).map { T.guidance($0)(language) },
                                    nl: own?.textNL ?? "", en: own?.textEN ?? "")
        }
        return GuidancePage.render(rows, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func save(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let vocabulary = try await Vocabulary.load(organisationID: organisationID, on: request.db)
        let existing = try await AttitudeGuidance.query(on: request.db).filter(\.$organisation.$id == organisationID).all()
        let entries = vocabulary.patterns.map { ($0.key, request.field("nl-\($0.key)"), request.field("en-\($0.key)")) }
        try await request.db.transaction { db in
            for (key, nl, en) in entries {
                let row = existing.first { $0.pattern == key }
                if nl.isEmpty && en.isEmpty {
                    try await row?.delete(on: db)
                } else {
                    let guidance = row ?? AttitudeGuidance(organisationID: organisationID, pattern: key, textNL: "", textEN: "")
                    guidance.textNL = nl
                    guidance.textEN = en
                    try await guidance.save(on: db)
                }
            }
            try await request.audit("update", "attitude_guidance", id: nil, summary: "guidance texts saved", on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/admin/guidance")
    }
}

enum GuidancePage {
    struct Row {
        var key: String
        var name: String
        var builtIn: String?
        var nl: String
        var en: String
    }

    static func render(_ rows: [Row], viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.guidanceTitle(language), flash: flash, content: [
            .h1(.text(T.guidanceTitle(language))),
            .p(.class("lead"), .text(T.guidanceLead(language))),
            .form(.class("stack"), .action("/admin/guidance"), .method(.post), Forms.csrf(viewer),
                  .group(rows.map { row in
                      .fieldset(.class("field"),
                                .element(named: "legend", text: row.name),
                                .unwrap(row.builtIn) { .p(.class("hint"), .text("\(T.builtIn(language)): \($0)")) },
                                Forms.textArea(T.guidanceDutch(language), name: "nl-\(row.key)", value: row.nl, errors: [:], rows: 2),
                                Forms.textArea(T.guidanceEnglish(language), name: "en-\(row.key)", value: row.en, errors: [:], rows: 2))
                  }),
                  Forms.submit(T.save(language))),
        ])
    }
}
