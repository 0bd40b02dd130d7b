import Foundation
import MentorCore
import Matching

/// Puts a pair's score parts into plain words.
enum MatchExplanation {
    static func words(_ parts: [ScorePart], language: Language) -> String {
        var phrases: [String] = []
        for part in parts where part.value > 0 && part.weight > 0 {
            switch part.criterion {
            case .practiceGroup: if let group = part.detail.first { phrases.append(T.sameGroup(group)(language)) }
            case .expertise: if !part.detail.isEmpty { phrases.append(T.goalMeetsExpertise(part.detail.joined(separator: ", "))(language)) }
            case .seniority: if let gap = part.detail.first.flatMap(Int.init) { phrases.append(T.levelsMoreSenior(gap)(language)) }
            case .language: if !part.detail.isEmpty { phrases.append(T.sharedLanguage(part.detail.joined(separator: ", "))(language)) }
            case .menteeWish: if let rank = part.detail.first { phrases.append(T.menteeWish(rank)(language)) }
            case .mentorPreference: phrases.append(T.mentorAskedFor(language))
            }
        }
        return phrases.isEmpty ? T.noParticularFit(language) : phrases.joined(separator: "; ")
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
