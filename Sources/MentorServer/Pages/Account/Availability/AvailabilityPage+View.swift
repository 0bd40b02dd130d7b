import Plot
import Foundation
import MentorCore

extension AvailabilityPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let errors = model.errors
        return Layout.page(viewer, title: T.availability(language), flash: model.flash, content: [
            .p(.a(.href(SiteURL.account.path), .text("← " + T.account(language)))),
            .h1(.text(T.availability(language))),
            .p(.class("lead"), .text(T.availabilityLead(language))),
            .unwrap(model.awayUntil) { .p(.span(.class("badge badge--warn"), .text(T.awayUntil(viewer.formats.longDate($0))(language)))) },
            Forms.errorSummary(errors, language),
            .form(.class("stack"), .action(SiteURL.accountAvailability.path), .method(.post), Forms.csrf(viewer),
                  Forms.text(T.notAvailableUntil(language), name: "unavailableUntil", value: model.form.unavailableUntil ?? "", type: .date,
                             errors: errors, hint: T.notAvailableUntilHint(language)),
                  Forms.text(T.ownCapacity(language), name: "capacity", value: model.form.capacity ?? "", type: .number, errors: errors,
                             required: true, hint: T.ownCapacityHint(model.maximum)(language)),
                  Forms.submit(T.save(language))),
        ])
    }
}
