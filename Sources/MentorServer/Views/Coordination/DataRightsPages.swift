import Plot
import Foundation
import MentorCore

/// The person's own data as a readable page, with the JSON download beside it.
enum PersonalDataPage {
    static func render(_ data: PersonalData, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        func day(_ date: Date?) -> String { date.map(formats.date) ?? "–" }
        func item(_ label: String, _ value: String) -> Node<HTML.ListContext> { .li(.strong(.text(label + ": ")), .text(value)) }
        // The download keeps the stored keys (`active`, `held`, `mentee`); the page says them in the reader's language.
        func side(_ key: String) -> String { key == PairSide.mentor.rawValue ? T.mentor(language) : T.mentee(language) }
        func pairStatus(_ key: String) -> String { MentorshipStatus(rawValue: key).map { T.statusName($0)(language) } ?? key }
        func conversationStatus(_ key: String) -> String { ConversationStatus(rawValue: key).map { T.conversationStatus($0)(language) } ?? key }
        func goalStatus(_ key: String) -> String { GoalStatus(rawValue: key).map { T.goalStatus($0)(language) } ?? key }
        func pattern(_ key: String) -> String { AttitudePattern(rawValue: key).map { T.attitudePattern($0)(language) } ?? key }
        func effect(_ key: String) -> String { AttitudeEffect(rawValue: key).map { T.attitudeEffect($0)(language) } ?? key }
        let profile = data.profile
        return Layout.page(viewer, title: T.myData(language), content: [
            .h1(.text(T.myData(language))),
            .p(.class("lead"), .text(T.myDataLead(language))),
            .p(.a(.class("button"), .href("/account/export.json"), .text(T.downloadJSON(language)))),
            .h2(.text(T.account(language))),
            .ul(.class("list-plain"),
                item(T.name(language), profile.name), item(T.email(language), profile.email), item(T.organisationName(language), profile.organisation),
                item(T.yourRoles(language), profile.roles.joined(separator: ", ")), item(T.language(language), profile.language ?? "–"),
                item(T.practiceGroup(language), profile.practiceGroup), item(T.expertise(language), profile.expertise.joined(separator: ", ")),
                item(T.notificationChoice(language), profile.remindersByEmail ? T.notificationByEmail(language) : T.notificationInAppOnly(language))),
            .forEach(data.pairs) { pair in
                .section(
                    .h2(.text("\(pair.programme): \(pair.role == "mentor" ? T.mentor(language) : T.mentee(language)) · \(pair.otherPerson)")),
                    .p(.class("muted"), .text("\(pairStatus(pair.status)) · \(day(pair.startedOn)) – \(day(pair.endedOn))")),
                    .unwrap(pair.agreement) { agreement in
                        .group(.h3(.text(T.agreement(language))),
                               .ul(.class("list-plain"),
                                   item(T.menteeExpectations(language), agreement.menteeExpectations),
                                   item(T.mentorExpectations(language), agreement.mentorExpectations),
                                   item(T.confidentiality(language), agreement.confidentiality)))
                    },
                    .h3(.text(T.conversations(language))),
                    .forEach(pair.conversations) { conversation in
                        .div(.class("card"),
                             .p(.strong(.text(formats.dateTime(conversation.scheduledAt))), .text(" · \(conversationStatus(conversation.status)) · \(conversation.place)")),
                             conversation.sharedNotes.isEmpty ? .empty : .p(.text(conversation.sharedNotes)),
                             // Both are in the pair's mentor's data only (see `PersonalData.collect`).
                             .unwrap(conversation.talkShareEstimate) { .p(.text(T.talkShareEstimate(language) + ": " + formats.number($0 * 100, fractionDigits: 0))) },
                             .unwrap(conversation.privateNotes) { notes in notes.isEmpty ? .empty : .p(.em(.text(T.privateNotes(language) + ": ")), .text(notes)) },
                             .ul(.forEach(conversation.agenda) { .li(.text($0.text)) }),
                             .ul(.forEach(conversation.actions) { .li(.text("\($0.text) (\(side($0.owner)))")) }),
                             .ul(.forEach(conversation.valueScores) { .li(.text("\($0.value) \($0.score)/5: \($0.behaviour)")) }),
                             .ul(.forEach(conversation.observations) { .li(.text("\(pattern($0.pattern)) (\(effect($0.effect))): \($0.note)")) }))
                    },
                    .h3(.text(T.learningGoals(language))),
                    .ul(.forEach(pair.goals) { goal in
                        .li(.strong(.text(goal.title)), .text(" · \(goalStatus(goal.status)) "), .text(goal.description),
                            .ul(.forEach(goal.evidence) { .li(.text("\(day($0.conversationOn)): \($0.text)")) }))
                    }))
            },
            .h2(.text(T.pulse(language))),
            .ul(.forEach(data.pulseAnswers) { .li(.text("\(day($0.answeredAt)): \($0.value)/5 \($0.improvement)")) }),
            .h2(.text(T.reflectionsHeading(language))),
            .ul(.forEach(data.reflections) { .li(.text("\(day($0.from)) – \(day($0.to)): \($0.initiative) \($0.expectations) \($0.coreValues) \($0.learningGoals)")) }),
            .h2(.text(T.notifications(language))),
            .p(.text("\(data.notifications.count)")),
            .h2(.text(T.auditHeading(language))),
            .ul(.forEach(data.actionsInAuditLog) { .li(.text("\(day($0.at)): \($0.action) \($0.entity) \($0.summary)")) }),
        ])
    }
}

/// The administrator's confirmation before a person is erased.
enum ErasePage {
    static func render(person: Person, error: String?, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.eraseTitle(person.name)(language), content: [
            .h1(.text(T.eraseTitle(person.name)(language))),
            .p(.text(T.eraseExplanation(language))),
            .p(.text(T.eraseEndsPairs(language))),
            .unwrap(error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .form(.class("stack"), .action("/admin/people/\(person.id!)/erase"), .method(.post), Forms.csrf(viewer),
                  .label(.for("confirm"), .text(T.eraseConfirmLabel(person.email)(language))),
                  .input(.id("confirm"), .name("confirm"), .type(.text), .attribute(named: "autocomplete", value: "off")),
                  .button(.type(.submit), .class("button button--danger"), .text(T.eraseButton(language)))),
        ])
    }
}
