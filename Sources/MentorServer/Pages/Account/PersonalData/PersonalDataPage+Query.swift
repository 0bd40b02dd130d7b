import Foundation
import MentorCore

extension PersonalDataPage {
    enum Query {
        /// What the page shows of the collected data (`PersonalData.collect`, also the download).
        static func model(_ data: PersonalData) -> Model {
            let profile = data.profile
            return Model(
                profile: .init(name: profile.name, email: profile.email, organisation: profile.organisation, roles: profile.roles,
                               language: profile.language, practiceGroup: profile.practiceGroup, expertise: profile.expertise,
                               emailChoice: profile.emailChoice ?? (profile.remindersByEmail ? EmailChoice.everyEvent : .never).rawValue,
                               timeZone: profile.timeZone),
                pairs: data.pairs.map(pair),
                pulseAnswers: data.pulseAnswers.map { .init(answeredAt: $0.answeredAt, value: $0.value, improvement: $0.improvement) },
                reflections: data.reflections.map {
                    .init(from: $0.from, to: $0.to, initiative: $0.initiative, expectations: $0.expectations,
                          coreValues: $0.coreValues, learningGoals: $0.learningGoals)
                },
                notificationCount: data.notifications.count,
                auditEntries: data.actionsInAuditLog.map { .init(at: $0.at, action: $0.action, entity: $0.entity, summary: $0.summary) })
        }

        private static func pair(_ pair: PersonalData.Pair) -> Model.Pair {
            Model.Pair(
                programme: pair.programme, role: pair.role, otherPerson: pair.otherPerson, status: pair.status,
                startedOn: pair.startedOn, endedOn: pair.endedOn,
                agreement: pair.agreement.map {
                    .init(menteeExpectations: $0.menteeExpectations, mentorExpectations: $0.mentorExpectations,
                          confidentiality: $0.confidentiality)
                },
                conversations: pair.conversations.map(conversation),
                goals: pair.goals.map { goal in
                    .init(title: goal.title, status: goal.status, description: goal.description,
                          evidence: goal.evidence.map { .init(conversationOn: $0.conversationOn, text: $0.text) })
                })
        }

        private static func conversation(_ record: PersonalData.ConversationRecord) -> Model.Conversation {
            Model.Conversation(
                scheduledAt: record.scheduledAt, status: record.status, place: record.place, sharedNotes: record.sharedNotes,
                talkShareEstimate: record.talkShareEstimate, privateNotes: record.privateNotes,
                agenda: record.agenda.map(\.text),
                actions: record.actions.map { .init(text: $0.text, owner: $0.owner) },
                valueScores: record.valueScores.map { .init(value: $0.value, score: $0.score, behaviour: $0.behaviour) },
                observations: record.observations.map { .init(pattern: $0.pattern, effect: $0.effect, note: $0.note) })
        }
    }
}
