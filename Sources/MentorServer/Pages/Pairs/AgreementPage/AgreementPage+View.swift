import Plot
import Foundation
import MentorCore

extension AgreementPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let form = model.form, errors = model.errors
        return Layout.page(viewer, title: T.agreement(language), flash: model.flash, content: [
            .p(.a(.href(SiteURL.pair(model.pairID).path), .text("← \(model.mentorName) & \(model.menteeName)"))),
            .h1(.text(T.agreement(language))),
            .p(.class("lead"), .text(T.agreementLead(language))),
            .div(.class("card"),
                 .p(.span(.class(model.status == .confirmed ? "badge" : "badge badge--warn"), .text(T.agreementStatus(model.status)(language)))),
                 .ul(.class("list-plain"),
                     .li(.text("\(T.discussedOutLoudOn(language)): \(model.discussedOn.map(formats.date) ?? T.notConfirmed(language))")),
                     .li(.text("\(T.confirmedByMentor(language)): \(model.mentorConfirmedAt.map(formats.dateTime) ?? T.notConfirmed(language))")),
                     .li(.text("\(T.confirmedByMentee(language)): \(model.menteeConfirmedAt.map(formats.dateTime) ?? T.notConfirmed(language))"))),
                 model.canConfirm
                    ? .form(.action(SiteURL.agreementConfirm(model.pairID).path), .method(.post), Forms.csrf(viewer),
                            .button(.type(.submit), .class("button"), .text(T.confirm(language))))
                    : .empty),
            Forms.errorSummary(errors, language),
            model.open ? .form(
                .class("stack"), .action(SiteURL.agreement(model.pairID).path), .method(.post),
                Forms.csrf(viewer),
                Forms.textArea(T.menteeExpectations(language), name: "menteeExpectations", value: form.menteeExpectations ?? "", errors: errors),
                Forms.textArea(T.mentorExpectations(language), name: "mentorExpectations", value: form.mentorExpectations ?? "", errors: errors),
                Forms.text(T.frequency(language), name: "frequency", value: form.frequency ?? "", errors: errors),
                Forms.text(T.duration(language), name: "duration", value: form.duration ?? "", errors: errors),
                Forms.text(T.whoPlans(language), name: "whoPlans", value: form.whoPlans ?? "", errors: errors),
                Forms.textArea(T.preparation(language), name: "preparation", value: form.preparation ?? "", errors: errors, rows: 2),
                Forms.textArea(T.confidentiality(language), name: "confidentiality", value: form.confidentiality ?? "", errors: errors, rows: 2),
                Forms.text(T.discussedOutLoudOn(language), name: "discussedOn", value: form.discussedOn ?? "", type: .date, errors: errors,
                           hint: T.discussedHint(language)),
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
