import Foundation
import MentorCore
import Matching

/// Puts a pair's score parts into plain words.
enum MatchExplanation {
    /// `mentee` names the goal themes in the reader's language (the score keeps one name per theme).
    static func words(_ parts: [ScorePart], mentee: MenteeProfile? = nil, language: Language) -> String {
        var phrases: [String] = []
        for part in parts where part.value > 0 && part.weight > 0 {
            switch part.criterion {
            case .practiceGroup: if let group = part.detail.first { phrases.append(T.sameGroup(group)(language)) }
            case .expertise: if !part.detail.isEmpty { phrases.append(T.goalMeetsExpertise(part.detail.map { themeName($0, mentee: mentee, language: language) })(language)) }
            case .seniority: if let gap = part.detail.first.flatMap(Int.init) { phrases.append(T.levelsMoreSenior(gap)(language)) }
            case .language: if !part.detail.isEmpty { phrases.append(T.sharedLanguage(T.listed(part.detail.map { T.spokenLanguage($0)(language) })(language))(language)) }
            case .menteeWish: if let rank = part.detail.first { phrases.append(T.menteeWish(rank)(language)) }
            case .mentorPreference: phrases.append(T.mentorAskedFor(language))
            }
        }
        return phrases.isEmpty ? T.noParticularFit(language) : phrases.joined(separator: "; ")
    }

    /// A theme as the score names it (its English name, or its key) in the reader's language.
    static func themeName(_ detail: String, mentee: MenteeProfile?, language: Language) -> String {
        // A mentee's theme is `[key, Dutch name, English name]`; the score keeps the last.
        if let names = mentee?.goalThemes.first(where: { $0.count == 3 && ($0.last == detail || $0.first == detail) }) {
            return language == .nl ? names[1] : names[2]
        }
        if let theme = GoalTheme.allCases.first(where: { $0.rawValue == detail || T.goalTheme($0).en == detail }) {
            return T.goalTheme(theme)(language)
        }
        return detail
    }

    static func unmatched(_ reason: Proposal.UnmatchedReason, language: Language) -> String {
        switch reason {
        case .allowedMentorsFull: return T.allowedMentorsFull(language)
        case .noAllowedMentor(let counts):
            let parts = HardRule.allCases.compactMap { rule in counts[rule].map { T.mentorsWho($0, T.hardRule(rule)(language))(language) } }
            return T.noAllowedMentor(parts.joined(separator: ", "))(language)
        }
    }
}
