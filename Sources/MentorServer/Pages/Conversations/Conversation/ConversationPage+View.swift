import Plot
import Foundation
import MentorCore

extension ConversationPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let title = "\(T.conversation(language)) \(formats.dateTime(model.at))"
        // After a save the message stands in the part just saved, where the address's `#saved` scrolls to.
        return Layout.page(viewer, title: title, flash: model.saved == nil ? model.flash : nil, content: [
            .p(.a(.href(SiteURL.pair(model.pairID).path), .text("← \(model.mentorName) & \(model.menteeName)"))),
            .div(.class("page-head"),
                 .h1(.text(title)),
                 .a(.href(SiteURL.conversationCalendar(model.id).path), .text(T.downloadCalendar(language)))),
            .p(.span(.class(model.status == .planned ? "badge badge--warn" : "badge badge--muted"), .text(T.conversationStatus(model.status)(language))),
               .text(" \(model.durationMinutes) min · \(model.place.isEmpty ? "–" : model.place) · \(T.initiative(language)): \(T.side(model.initiative)(language))")),
            model.open && Corrections.canCancelOrReschedule(model.status)
                ? .p(.a(.href(SiteURL.conversationReschedule(model.id).path), .text(T.reschedule(language))), .text(" · "),
                     .a(.href(SiteURL.conversationCancel(model.id).path), .text(T.cancelConversation(language))))
                : .empty,
            !model.isMentor && model.status == .held ? MenteeViewPage.link(model.id, viewer: viewer) : .empty,
            savedMessage(model, .log),
            model.isMentor && model.open
                ? .p(.a(.class("button"), .href(SiteURL.conversationLog(model.id).path), .text(T.logConversation(language)))) : .empty,
            Forms.errorSummary(model.errors, language),
            savedMessage(model, .details),
            model.open ? detailsForm(model, viewer: viewer) : .empty,
            agendaSection(model, viewer: viewer),
            notesSection(model, viewer: viewer),
            actionsSection(model, viewer: viewer),
            evidenceSection(model, viewer: viewer),
            transcriptSection(model, viewer: viewer),
            model.isMentor ? scoresSection(model, viewer: viewer) : .empty,
            model.isMentor ? observationsSection(model, viewer: viewer) : .empty,
        ])
    }

    static func detailsForm(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let draft = model.draft.details
        let hasDetailErrors = ["date", "time", "durationMinutes"].contains { model.errors[$0] != nil }
        return .details(
            hasDetailErrors ? .open(true) : .empty,
            .summary(.text(T.details(language))),
            .form(.class("stack"), .action(SiteURL.conversation(model.id).path), .method(.post), Forms.csrf(viewer),
                  Forms.text(T.date(language), name: "date", value: draft?.date ?? formats.localDay(model.at), type: .date, errors: model.errors, required: true),
                  Forms.text(T.time(language), name: "time", value: draft?.time ?? formats.timeOfDay(model.at), type: .time, errors: model.errors, required: true),
                  Forms.text(T.durationMinutes(language), name: "durationMinutes", value: draft?.durationMinutes ?? "\(model.durationMinutes)",
                             type: .number, errors: model.errors),
                  Forms.text(T.placeOrLink(language), name: "place", value: draft?.place ?? model.place, errors: model.errors),
                  Forms.select(T.status(language), name: "status", options: ConversationStatus.allCases.map { ($0.rawValue, T.conversationStatus($0)(language)) },
                               selected: draft?.status ?? model.status.rawValue, errors: model.errors),
                  model.isMentor
                    ? Forms.select(T.initiative(language), name: "initiative", options: PairSide.allCases.map { ($0.rawValue, T.side($0)(language)) },
                                   selected: draft?.initiative ?? model.initiative.rawValue, errors: model.errors, hint: T.initiativeHint(language))
                    : .empty,
                  Forms.submit(T.saveDetails(language))))
    }

    static func agendaSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .h2(.text(T.agenda(language))),
            savedMessage(model, .agenda),
            model.agenda.isEmpty ? .p(.class("empty-state"), .text(T.emptyAgenda(language))) :
            .ul(.class("list-plain"), .forEach(model.agenda) { item in
                .li(.text(item.text),
                    .span(.class("muted"), .text(" · \(T.side(item.author)(language)) · \(item.beforehand ? T.beforehand(language) : T.duringConversation(language))"
                        + (item.carried ? " · \(T.carriedForward(language))" : ""))),
                    .unwrap(item.carriedFrom) { .a(.class("muted"), .href(SiteURL.conversation($0).path), .text(" (" + T.carriedFromLink(language) + ")")) },
                    item.covered ? .span(.class("badge"), .text(" " + T.covered(language))) : .empty,
                    model.open ? .form(.class("inline-form"), .action(SiteURL.agendaItemCovered(item.id).path), .method(.post), Forms.csrf(viewer),
                                       .button(.type(.submit), .class("link-button"),
                                               .text(" " + (item.covered ? T.markNotCovered(language) : T.markCovered(language))))) : .empty,
                    model.open && Corrections.isAuthor(item.author, editor: model.isMentor ? .mentor : .mentee)
                        ? correctionLinks(edit: .agendaItemEdit(item.id), delete: .agendaItemDelete(item.id), language: language) : .empty)
            }),
            model.open ? .form(.class("stack"), .action(SiteURL.conversationAgenda(model.id).path), .method(.post), Forms.csrf(viewer),
                               Forms.text(T.agendaItem(language), name: "agendaText", value: model.draft.agenda?.agendaText ?? "", errors: model.errors),
                               broughtByField(model, viewer: viewer),
                               Forms.submit(T.addAgendaItem(language))) : .empty
        )
    }

    static func notesSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        guard model.open else {
            return .section(.h2(.text(T.sharedNotes(language))), .p(.text(model.sharedNotes)),
                            .unwrap(model.privateNotes) { .group(.h2(.text(T.privateNotes(language))), .p(.text($0))) })
        }
        let draft = model.draft.notes
        return .section(
            .h2(.text(T.notes(language))),
            savedMessage(model, .notes),
            .form(.class("stack"), .action(SiteURL.conversationNotes(model.id).path), .method(.post), Forms.csrf(viewer),
                  Forms.textArea(T.sharedNotes(language), name: "sharedNotes", value: draft?.sharedNotes ?? model.sharedNotes, errors: model.errors,
                                 rows: 5, hint: T.sharedNotesHint(language)),
                  .unwrap(model.privateNotes) { notes in
                      Forms.textArea(T.privateNotes(language), name: "privateNotes", value: draft?.privateNotes ?? notes, errors: model.errors,
                                     rows: 5, hint: T.privateNotesHint(language))
                  },
                  model.isMentor
                    ? Forms.text(T.talkShareEstimate(language), name: "talkShare", value: draft?.talkShare ?? model.talkSharePercent.map(String.init) ?? "",
                                 type: .number, errors: model.errors, hint: T.talkShareHint(language))
                    : .empty,
                  Forms.submit(T.saveNotes(language))))
    }

    static func actionList(_ actions: [Action], model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        return .ul(.class("list-plain"), .forEach(actions) { action in
            .li(action.done == nil ? .text(action.text) : .element(named: "s", nodes: [.text(action.text)]),
                .span(.class("muted"), .text(" · \(T.side(action.owner)(language))"
                    + (action.due.map { " · \(T.dueOn(language)) \(formats.date($0))" } ?? "")
                    + (action.done.map { " · \(T.doneOn(language)) \(formats.date($0))" } ?? "")
                    + (action.carried > 0 ? " · \(T.carriedForward(language)) \(action.carried)×" : ""))),
                model.open ? .form(.class("inline-form"), .action(SiteURL.actionDone(action.id).path), .method(.post), Forms.csrf(viewer),
                                   .input(.type(.hidden), .name("back"), .value(SiteURL.conversation(model.id).path)),
                                   .button(.type(.submit), .class("link-button"),
                                           .text(" " + (action.done == nil ? T.markDone(language) : T.reopen(language))))) : .empty,
                model.open ? correctionLinks(edit: .actionEdit(action.id), delete: .actionDelete(action.id), language: language) : .empty)
        })
    }

    static func actionsSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let draft = model.draft.action
        return .section(
            .h2(.text(T.actionItems(language))),
            savedMessage(model, .actions),
            model.actionsHere.isEmpty ? .p(.class("muted"), .text(T.noActions(language))) : actionList(model.actionsHere, model: model, viewer: viewer),
            model.actionsEarlier.isEmpty ? .empty
                : .group(.h3(.text(T.openFromEarlier(language))), actionList(model.actionsEarlier, model: model, viewer: viewer)),
            model.open ? .form(.class("stack"), .action(SiteURL.conversationActions(model.id).path), .method(.post), Forms.csrf(viewer),
                               Forms.text(T.addAction(language), name: "actionText", value: draft?.actionText ?? "", errors: model.errors),
                               Forms.select(T.owner(language), name: "owner", options: [("mentee", T.mentee(language)), ("mentor", T.mentor(language))],
                                            selected: draft?.owner ?? "mentee", errors: model.errors),
                               Forms.text(T.dueOn(language), name: "dueOn", value: draft?.dueOn ?? "", type: .date, errors: model.errors),
                               Forms.submit(T.addAction(language))) : .empty
        )
    }

    /// The message of the save that led here, in the part it saved.
    static func savedMessage(_ model: Model, _ section: SavedSection) -> Node<HTML.BodyContext> {
        guard model.saved == section, let flash = model.flash else { return .empty }
        return .div(.class("flash"), .id("saved"), .attribute(named: "role", value: "status"), .text(flash))
    }

    /// "Edit · Delete" beside a record the viewer may correct.
    static func correctionLinks(edit: SiteURL, delete: SiteURL, language: Language) -> Node<HTML.BodyContext> {
        .span(.class("muted"), .text(" · "), .a(.href(edit.path), .text(T.edit(language))), .text(" · "),
              .a(.href(delete.path), .text(T.delete(language))))
    }
}
