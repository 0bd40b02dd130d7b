import Plot
import Foundation
import MentorCore

enum AgreementPage {
    struct Model {
        var pairID: UUID
        var role: PairRole
        var open: Bool
        var mentorName: String
        var menteeName: String
        var values: [String: String]
        var status: AgreementStatus
        var discussedOn: Date?
        var mentorConfirmedAt: Date?
        var menteeConfirmedAt: Date?
        var revisions: [(number: Int, at: Date, by: String)]
        var errors: FieldErrors
    }

    static func render(_ model: Model, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let ownConfirmation = model.role == .mentor ? model.mentorConfirmedAt : model.menteeConfirmedAt
        func value(_ key: String) -> String { model.values[key] ?? "" }
        return Layout.page(viewer, title: T.agreement(language), flash: flash, content: [
            .p(.a(.href("/mentorships/\(model.pairID)"), .text("← \(model.mentorName) & \(model.menteeName)"))),
            .h1(.text(T.agreement(language))),
            .p(.class("lead"), .text(T.agreementLead(language))),
            .div(.class("card"),
                 .p(.span(.class(model.status == .confirmed ? "badge" : "badge badge--warn"), .text(T.agreementStatus(model.status)(language)))),
                 .ul(.class("list-plain"),
                     .li(.text("\(T.discussedOutLoudOn(language)): \(model.discussedOn.map(formats.date) ?? T.notConfirmed(language))")),
                     .li(.text("\(T.confirmedByMentor(language)): \(model.mentorConfirmedAt.map(formats.dateTime) ?? T.notConfirmed(language))")),
                     .li(.text("\(T.confirmedByMentee(language)): \(model.menteeConfirmedAt.map(formats.dateTime) ?? T.notConfirmed(language))"))),
                 model.open && ownConfirmation == nil && model.discussedOn != nil
                    ? .form(.action("/mentorships/\(model.pairID)/agreement/confirm"), .method(.post), Forms.csrf(viewer),
                            .button(.type(.submit), .class("button"), .text(T.confirm(language))))
                    : .empty),
            Forms.errorSummary(model.errors, language),
            model.open ? .form(
                .class("stack"), .action("/mentorships/\(model.pairID)/agreement"), .method(.post),
                Forms.csrf(viewer),
                Forms.textArea(T.menteeExpectations(language), name: "menteeExpectations", value: value("menteeExpectations"), errors: model.errors),
                Forms.textArea(T.mentorExpectations(language), name: "mentorExpectations", value: value("mentorExpectations"), errors: model.errors),
                Forms.text(T.frequency(language), name: "frequency", value: value("frequency"), errors: model.errors),
                Forms.text(T.duration(language), name: "duration", value: value("duration"), errors: model.errors),
                Forms.text(T.whoPlans(language), name: "whoPlans", value: value("whoPlans"), errors: model.errors),
                Forms.textArea(T.preparation(language), name: "preparation", value: value("preparation"), errors: model.errors, rows: 2),
                Forms.textArea(T.confidentiality(language), name: "confidentiality", value: value("confidentiality"), errors: model.errors, rows: 2),
                Forms.text(T.discussedOutLoudOn(language), name: "discussedOn", value: value("discussedOn"), type: .date, errors: model.errors, hint: T.discussedHint(language)),
                Forms.submit(T.save(language))
            ) : .empty,
            model.revisions.isEmpty ? .empty : .section(
                .h2(.text(T.revisions(language))),
                .ul(.class("list-plain"), .forEach(model.revisions) { revision in
                    .li(.text("\(T.revision(language)) \(revision.number) · \(formats.dateTime(revision.at)) · \(T.editedBy(language)) \(revision.by)"))
                })),
        ])
    }
}
