import Plot
import Foundation
import MentorCore

enum PairsPage {
    struct Row {
        var id: UUID
        var mentorName: String
        var menteeName: String
        var programmeName: String
        var status: MentorshipStatus
        var requestedBy: PairSide?
        var startedOn: Date?

        init(_ pair: Mentorship) {
            id = pair.id!
            mentorName = pair.mentor.name
            menteeName = pair.mentee.name
            programmeName = pair.programme.name
            status = pair.status
            requestedBy = pair.requestedBy
            startedOn = pair.startedOn
        }
    }

    struct Model {
        var asMentor: [Row]?
        var asMentee: [Row]?
        var all: [Row]?
        var fitCounts: (good: Int, unsure: Int, bad: Int, comments: Int)?
    }

    static func render(_ model: Model, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        let waiting = (model.asMentor ?? []).filter { $0.status == .proposed }
        return Layout.page(viewer, title: T.pairsTitle(language), flash: flash, content: [
            .div(.class("page-head"),
                 .h1(.text(T.pairsTitle(language))),
                 viewer.has(.coordinator) ? .a(.class("button"), .href("/mentorships/new"), .text(T.newPair(language))) : .empty,
                 viewer.has(.mentee) ? .a(.class("button button--secondary"), .href("/mentors"), .text(T.navFindMentor(language))) : .empty),
            waiting.isEmpty ? .empty : .section(
                .h2(.text(T.requestsWaiting(language))),
                .ul(.class("list-plain"), .forEach(waiting) { row in
                    .li(.a(.href("/mentorships/\(row.id)"), .text(row.menteeName)), .text(" · \(row.programmeName)"))
                })),
            .unwrap(model.asMentor) { rows in table(T.yourMentees(language), rows, show: .mentee, viewer: viewer) },
            .unwrap(model.asMentee) { rows in table(T.yourMentor(language), rows, show: .mentor, viewer: viewer) },
            .unwrap(model.all) { rows in
                .group(
                    table(T.pairsTitle(language), rows, show: nil, viewer: viewer),
                    .unwrap(model.fitCounts) { counts in
                        .p(.class("muted"), .text(T.fitCheckCounts(good: counts.good, unsure: counts.unsure, bad: counts.bad, comments: counts.comments)(language)))
                    })
            },
        ])
    }

    static func table(_ title: String, _ rows: [Row], show side: PairSide?, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        return .section(
            .h2(.text(title)),
            rows.isEmpty ? .p(.class("empty-state"), .text(side == .mentor ? T.noMentorYet(language) : side == .mentee ? T.noMenteesYet(language) : T.noPairsYet(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(
                    side != .mentee ? .th(.text(T.mentor(language))) : .empty,
                    side != .mentor ? .th(.text(T.mentee(language))) : .empty,
                    .th(.text(T.programme(language))), .th(.text(T.status(language))), .th(.text(T.started(language))))),
                .tbody(.forEach(rows) { row in
                    .tr(
                        side != .mentee ? .td(.a(.href("/mentorships/\(row.id)"), .text(row.mentorName))) : .empty,
                        side != .mentor ? .td(.a(.href("/mentorships/\(row.id)"), .text(row.menteeName))) : .empty,
                        .td(.text(row.programmeName)),
                        .td(.span(.class(row.status == .proposed ? "badge badge--warn" : "badge"), .text(T.statusName(row.status)(language))),
                            row.requestedBy == .mentee && row.status == .proposed ? .span(.class("muted"), .text(" " + T.requestedByMentee(language))) : .empty),
                        .td(.text(row.startedOn.map(formats.date) ?? "–")))
                })
            ))
        )
    }
}

enum NewPairPage {
    struct Model {
        var programmes: [(UUID, String)]
        var mentors: [(UUID, String, Int)]
        var mentees: [(UUID, String)]
        var values: [String: String]
        var errors: FieldErrors
    }

    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.newPair(language), content: [
            .h1(.text(T.newPair(language))),
            Forms.errorSummary(model.errors, language),
            .form(.class("stack"), .action("/mentorships"), .method(.post),
                  Forms.csrf(viewer),
                  Forms.select(T.programme(language), name: "programme", options: [("", "–")] + model.programmes.map { ($0.0.uuidString, $0.1) },
                               selected: model.values["programme"] ?? model.programmes.first?.0.uuidString ?? "", errors: model.errors),
                  Forms.select(T.mentor(language), name: "mentor",
                               options: [("", "–")] + model.mentors.map { ($0.0.uuidString, "\($0.1) (\(max(0, $0.2)) \(T.placesLeft(language)))") },
                               selected: model.values["mentor"] ?? "", errors: model.errors),
                  Forms.select(T.mentee(language), name: "mentee", options: [("", "–")] + model.mentees.map { ($0.0.uuidString, $0.1) },
                               selected: model.values["mentee"] ?? "", errors: model.errors),
                  .div(.class("form-actions"),
                       .button(.type(.submit), .class("button"), .text(T.newPair(language))),
                       .a(.href("/mentorships"), .text(T.cancel(language))))),
        ])
    }
}

enum FindMentorPage {
    struct Mentor {
        var id: UUID
        var name: String
        var seniority: Seniority?
        var practiceGroup: String
        var expertise: [String]
        var placesLeft: Int
    }

    struct Suggestion {
        var id: UUID
        var name: String
        var score: Double
        var why: String
    }

    struct Model {
        var mentors: [Mentor]
        var programmes: [(UUID, String)]
        var suggestions: [Suggestion] = []
        var error: String?
    }

    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.navFindMentor(language), content: [
            .h1(.text(T.navFindMentor(language))),
            .p(.class("lead"), .text(T.findMentorLead(language))),
            .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            model.suggestions.isEmpty ? .empty : .section(
                .h2(.text(T.yourSuggestions(language))),
                .ol(.forEach(model.suggestions) { suggestion in
                    .li(.strong(.text(suggestion.name)), .text(" (\(viewer.formats.number(suggestion.score, fractionDigits: 2))): \(suggestion.why) "),
                        .form(.class("inline-form"), .action("/mentorships/request"), .method(.post), Forms.csrf(viewer),
                              .input(.type(.hidden), .name("mentor"), .value(suggestion.id.uuidString)),
                              .button(.type(.submit), .class("link-button"), .text(T.requestMentor(language)),
                                      .span(.class("visually-hidden"), .text(": " + suggestion.name)))))
                })),
            model.mentors.isEmpty ? .p(.class("empty-state"), .text(T.noMentorsAvailable(language))) :
            .div(.class("cards"), .forEach(model.mentors) { mentor in
                .article(.class("card"),
                         .h2(.text(mentor.name)),
                         .p(.class("muted"), .text([mentor.seniority.map { T.seniorityName($0)(language) }, mentor.practiceGroup.isEmpty ? nil : mentor.practiceGroup]
                            .compactMap { $0 }.joined(separator: " · "))),
                         mentor.expertise.isEmpty ? .empty : .p(.text("\(T.expertise(language)): \(mentor.expertise.joined(separator: ", "))")),
                         .p(.text("\(mentor.placesLeft) \(T.placesLeft(language))")),
                         .form(.action("/mentorships/request"), .method(.post),
                               Forms.csrf(viewer),
                               .input(.type(.hidden), .name("mentor"), .value(mentor.id.uuidString)),
                               model.programmes.count > 1
                                ? Forms.select(T.programme(language), name: "programme", options: model.programmes.map { ($0.0.uuidString, $0.1) }, selected: "", errors: [:])
                                : .empty,
                               .button(.type(.submit), .class("button"), .text(T.requestMentor(language)),
                                       .span(.class("visually-hidden"), .text(": " + mentor.name)))))
            }),
        ])
    }
}
