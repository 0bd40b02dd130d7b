import Plot
import Foundation
import MentorCore

extension HomePage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.home(language), flash: model.flash, content: [
            .h1(.text(T.welcome(viewer.name ?? "")(language))),
            .unwrap(model.mentees) { rows in mentorSection(rows, language: language, formats: formats) },
            .unwrap(model.mentorships) { rows in menteeSection(rows, language: language, formats: formats) },
            .unwrap(model.programmes) { rows in coordinatorSection(rows, language: language, formats: formats) },
            .unwrap(model.admin) { figures in adminSection(figures, language: language) },
        ])
    }

    static func mentorSection(_ rows: [MenteeRow], language: Language, formats: Formats) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(T.yourMentees(language))),
            rows.isEmpty ? .p(.class("empty-state"), .text(T.noMenteesYet(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.mentee(language))), .th(.text(T.status(language))), .th(.text(T.lastConversation(language))),
                           .th(.text(T.nextConversation(language))), .th(.text(T.openActions(language))), .th(.text(T.expectations(language))))),
                .tbody(.forEach(rows) { row in
                    .tr(
                        .td(.a(.href(SiteURL.pair(row.pairID).path), .text(row.name))),
                        .td(.span(.class("badge"), .text(T.statusName(row.status)(language)))),
                        .td(.text(row.lastConversation.map(formats.date) ?? T.noneYet(language))),
                        .td(.text(row.nextConversation.map(formats.dateTime) ?? T.nonePlanned(language))),
                        .td(.text("\(row.openActions)")),
                        .td(row.agreementDiscussedOn.map { .text("\(T.discussedOn(language)) \(formats.date($0))") }
                            ?? .span(.class("badge badge--warn"), .text(T.notDiscussedYet(language))))
                    )
                })
            ))
        )
    }

    static func menteeSection(_ rows: [MentorRow], language: Language, formats: Formats) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(T.yourMentor(language))),
            rows.isEmpty ? .p(.class("empty-state"), .text(T.noMentorYet(language))) :
            .div(.class("cards"), .forEach(rows) { row in
                .div(
                    .class("card"),
                    .h3(.a(.href(SiteURL.pair(row.pairID).path), .text(row.mentorName)), .text(" "), .span(.class("badge"), .text(T.statusName(row.status)(language)))),
                    .p(.strong(.text(T.nextConversation(language) + ": ")),
                       .text(row.nextConversation.map(formats.dateTime) ?? T.nonePlanned(language))),
                    .h4(.text(T.openActions(language))),
                    row.openActions.isEmpty ? .p(.class("muted"), .text(T.none(language))) :
                        .ul(.forEach(row.openActions) { action in
                            .li(.text(action.text), .unwrap(action.due) { .span(.class("muted"), .text(" · " + formats.date($0))) })
                        }),
                    .h4(.text(T.yourGoals(language))),
                    row.goals.isEmpty ? .p(.class("muted"), .text(T.noGoalsYet(language))) :
                        .ul(.forEach(row.goals) { goal in
                            .li(.text(goal.title + " "), .span(.class("badge badge--muted"), .text(T.goalStatus(goal.status)(language))))
                        })
                )
            })
        )
    }

    static func coordinatorSection(_ rows: [ProgrammeRow], language: Language, formats: Formats) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(T.programmeOverview(language))),
            rows.isEmpty ? .p(.class("empty-state"), .text(T.noProgrammesForCoordinator(language))) : .group(
            .p(.a(.href(SiteURL.programmesCompare.path), .text(T.compareProgrammes(language) + " →"))),
            .div(.class("cards"), .forEach(rows) { row in
                .div(
                    .class("card"),
                    .h3(.text(row.name)),
                    .p(.class("muted"), .text("\(formats.date(row.startsOn)) – \(formats.date(row.endsOn)), \(T.everyDays(row.cadenceDays)(language))")),
                    .ul(.class("list-plain"), .forEach(MentorshipStatus.allCases) { status in
                        .li(.text("\(T.statusName(status)(language)): "), .strong(.text("\(row.pairsByStatus[status] ?? 0)")))
                    }),
                    .p(.a(.href(SiteURL.programmeHealth(row.id).path), .text(T.health(language) + " →")), .text(" · "),
                       .a(.href(SiteURL.matching(programme: row.id).path), .text(T.matching(language) + " →")))
                )
            }))
        )
    }

    static func adminSection(_ figures: AdminFigures, language: Language) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(T.administration(language))),
            .div(.class("cards"),
                 .a(.class("card"), .href(SiteURL.adminPeople.path), .div(.class("figure"), .text("\(figures.people)")), .text(T.peopleCount(language))),
                 .a(.class("card"), .href(SiteURL.adminValues.path), .div(.class("figure"), .text("\(figures.values)")), .text(T.valuesCount(language))),
                 .a(.class("card"), .href(SiteURL.adminProgrammes.path), .div(.class("figure"), .text("\(figures.programmes)")), .text(T.programmesCount(language))))
        )
    }
}
