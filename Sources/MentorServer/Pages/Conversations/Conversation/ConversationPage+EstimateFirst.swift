import Plot
import MentorCore

/// The mentor's estimate before the measured share (issue 14): on the upload form, and in
/// place of the transcript's figures while they wait for it. The mentee's page shows neither.
extension ConversationPage {
    /// The mentor's estimate on the upload form, filled in with the one given earlier.
    static func uploadEstimateField(_ model: Model, viewer: Viewer) -> Node<HTML.FormContext> {
        guard model.isMentor, model.transcript == nil else { return .empty }
        let language = viewer.language
        return Forms.text(T.estimateBeforeUpload(language), name: "estimate", value: model.talkSharePercent.map(String.init) ?? "",
                          type: .number, errors: model.errors, hint: T.estimateBeforeUploadHint(language))
    }

    /// Asks the mentor for their estimate before showing the measured figures; they may also skip.
    static func estimateFirstForm(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let draft = model.draft.estimate
        return .div(
            .class("estimate-first"), .id("estimate-first"),
            .p(.text(T.estimateFirstLead(language))),
            .form(.class("stack"), .action(SiteURL.transcriptEstimate(conversation: model.id).path), .method(.post), Forms.csrf(viewer),
                  Forms.text(T.estimateBeforeUpload(language), name: "estimate",
                             value: draft?.estimate ?? model.talkSharePercent.map(String.init) ?? "",
                             type: .number, errors: model.errors, hint: T.estimateFirstHint(language)),
                  .div(.class("form-actions"),
                       .button(.type(.submit), .class("button"), .text(T.estimateFirstSubmit(language))),
                       .button(.type(.submit), .class("button button--secondary"), .name("skip"), .value("1"),
                               .text(T.estimateFirstSkip(language))))))
    }
}
