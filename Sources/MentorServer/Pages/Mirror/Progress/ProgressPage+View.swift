import Plot
import Foundation
import MentorCore

extension ProgressPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.progressTitle(language), content: [
            .p(.a(.href(SiteURL.pair(model.pairID).path), .text("← " + model.mentorName))),
            .h1(.text(T.progressTitle(language))),
            .p(.class("lead"), .text(T.progressLead(language))),
            MirrorParts.periodLine(model.period, viewer),
            .div(.class("mirror-figures"),
                 MirrorParts.figure(T.progressPreparedLabel(language), MirrorParts.share(model.directedness.preparedShare, viewer), basis: MirrorParts.basis(model.initiative, viewer)),
                 MirrorParts.figure(T.progressOnTimeLabel(language), MirrorParts.share(model.directedness.actionsOnTimeShare, viewer)),
                 MirrorParts.figure(T.progressCarriedTwiceLabel(language), "\(model.directedness.actionsCarriedTwice)"),
                 MirrorParts.figure(T.progressConversationInitiativeLabel(language), MirrorParts.share(model.initiative.menteeShare, viewer)),
                 MirrorParts.figure(T.progressAgendaInitiativeLabel(language), MirrorParts.share(model.agenda.menteeShare, viewer))),
            .h2(.text(T.progressGoals(language))),
            model.goals.isEmpty ? .p(.class("empty-state"), .text(T.noGoalsYet(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.goal(language))), .th(.text(T.theme(language))), .th(.text(T.evidenceCount(language))), .th(.text(T.lastSeen(language))))),
                .tbody(.forEach(model.goals) { goal in
                    .tr(.td(.a(.href(SiteURL.goal(goal.goalID).path), .text(goal.title))), .td(.text(goal.theme.flatMap { model.themeNames[$0] } ?? "–")),
                        .td(.text("\(goal.evidenceCount)")), .td(.text(goal.lastEvidenceOn.map(formats.date) ?? T.never(language))))
                }))),
        ])
    }
}
