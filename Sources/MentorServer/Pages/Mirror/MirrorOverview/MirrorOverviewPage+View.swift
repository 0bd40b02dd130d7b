import Plot
import Foundation
import MentorCore

extension MirrorOverviewPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.mirror(language), content: [
            .div(.class("page-head"),
                 .h1(.text(T.mirror(language))),
                 .a(.class("button button--secondary"), .href(SiteURL.reflections.path), .text(T.reflections(language)))),
            .p(.class("lead"), .text(T.mirrorLead(language))),
            MirrorParts.periodLine(model.period, viewer),
            MirrorParts.periodForm(action: .mirror, period: model.period, viewer: viewer),
            standsOut(model, viewer: viewer),
            model.mirrors.isEmpty ? .empty : MirrorParts.focus(model.focus, mentees: model.focusMentees, viewer: viewer),
            model.mirrors.isEmpty ? .p(.class("empty-state"), .text(T.noMirrorYet(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.mentee(language))), .th(.text(T.conversationsHeld(language))),
                           .th(.text(T.conversationInitiativeLabel(language))), .th(.text(T.agendaInitiativeLabel(language))),
                           .th(.text(T.talkShareLabel(language))), .th(.text(T.agreement(language))),
                           .th(.text(T.goalDirectednessLabel(language))), .th(.text(T.balanceTitle(language))))),
                .tbody(.forEach(model.mirrors) { mirror in
                    .tr(.td(.a(.href(SiteURL.pairMirror(mirror.pairID).path), .text(mirror.menteeName))),
                        .td(.text("\(mirror.conversationInitiative.heldConversations)")),
                        .td(.text(MirrorParts.share(mirror.conversationInitiative.menteeShare, viewer))),
                        .td(.text(MirrorParts.share(mirror.agendaInitiative.menteeShare, viewer))),
                        .td(.text(mirror.talkShare.mean.map { formats.percent($0) + " (" + T.talkPosition(mirror.talkShare.position!)(language) + ")" } ?? T.tooLittleData(language))),
                        .td(.span(.class(mirror.agreement.state == .confirmed && !mirror.agreement.reviewDue ? "badge" : "badge badge--warn"),
                                  .text(T.agreementStatus(mirror.agreement.state)(language)))),
                        .td(.text(MirrorParts.share(mirror.goalDirectedness.score, viewer)),
                            mirror.goalDirectedness.workOrganisationPattern ? .span(.class("badge badge--warn"), .text(" !")) : .empty),
                        .td(.text(mirror.sending.verdict.map { T.balanceVerdictShort($0)(language) } ?? T.tooLittleData(language))))
                })
            )),
            .unwrap(model.overall) { overall in
                .group(
                    .h2(.text(T.acrossMentees(language))),
                    .div(.class("mirror-figures"),
                         MirrorParts.figure(T.conversationInitiativeLabel(language), MirrorParts.share(overall.conversationInitiative.menteeShare, viewer),
                                            basis: MirrorParts.basis(overall.conversationInitiative, viewer)),
                         MirrorParts.figure(T.agendaInitiativeLabel(language), MirrorParts.share(overall.agendaInitiative.menteeShare, viewer)),
                         MirrorParts.figure(T.talkShareLabel(language), MirrorParts.share(overall.talkShare.mean, viewer),
                                            basis: T.talkBand(formats.percent(model.band.lowerBound), formats.percent(model.band.upperBound))(language))),
                    MirrorParts.sending(overall.sending, id: "balance-all", viewer: viewer),
                    MirrorParts.initiative(overall.initiative, viewer: viewer),
                    MirrorParts.calibration(overall.calibration, viewer: viewer),
                    MirrorParts.menteeView(overall.menteeView, across: true, viewer: viewer),
                    MirrorParts.practiceAndMentions(model.mirrors, viewer: viewer))
            },
        ])
    }
}

extension MirrorOverviewPage {
    /// Across the mentees: what stands out in the mentor's own figures, linked to the sections
    /// below, then what stands out for one pair, linked to that pair's mirror; with one mentee,
    /// that mentee's lines, linked to their mirror.
    static func standsOut(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        if let overall = model.overall {
            return MirrorParts.standsOut(MirrorMath.standsOut(overall: overall, mentees: model.mirrors), viewer: viewer) { line in
                if let pair = line.pairID { return SiteURL.pairMirror(pair).path(fragment: line.section.rawValue) }
                return "#" + (line.section == .sending ? "balance-all" : line.section.rawValue)
            }
        }
        guard let only = model.mirrors.first, model.mirrors.count == 1 else { return .empty }
        return MirrorParts.standsOut(only.standsOut, viewer: viewer) { SiteURL.pairMirror(only.pairID).path(fragment: $0.section.rawValue) }
    }
}

extension T {
    static func balanceVerdictShort(_ verdict: Balance.Verdict) -> Text {
        switch verdict {
        case .tooLittle: Text(en: "Sending too little", nl: "Te weinig zenden")
        case .balanced: Text(en: "Balanced", nl: "In balans")
        case .tooMuch: Text(en: "Sending too much", nl: "Te veel zenden")
        }
    }
}
