import Foundation
import Vapor
import MentorCore
import Matching

extension ProgrammeFormPage {
    /// The programme form as the browser sends it; the six matching weights are percentages.
    struct Form: Content, Sendable, Equatable {
        var name: String?
        var startsOn: String?
        var endsOn: String?
        var cadenceDays: String?
        var pulseIntervalDays: String?
        /// Days after which an unanswered request closes itself; empty: never.
        var requestTimeoutDays: String?
        var matchingMode: String?
        var idealGap: String?
        var groupRule: String?
        var weights: [String]?

        /// The form of a new programme: every four weeks, the default matching.
        static let new = Form(cadenceDays: "28", pulseIntervalDays: "60", requestTimeoutDays: "14", matchingMode: "coordinator", idealGap: "1", groupRule: "either",
                              weights: weights(MatchingWeights()))

        /// The weights as the form's six percentages, in the order of the fields.
        static func weights(_ weights: MatchingWeights) -> [String] {
            [weights.expertise, weights.seniority, weights.practiceGroup, weights.language, weights.menteeWish, weights.mentorPreference]
                .map { String(Int(($0 * 100).rounded())) }
        }

        struct Valid: Sendable, Equatable {
            var name: String
            var startsOn: Date
            var endsOn: Date
            var cadenceDays: Int
            var pulseIntervalDays: Int
            var requestTimeoutDays: Int?
            var matchingMode: String
            var matching: ProgrammeMatchingSettings
        }

        /// Checks every field; days are read in the firm's time zone (`formats`).
        func validated(_ language: Language, formats: Formats) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let name = (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty { errors["name"] = T.required(language) }
            let startsOn = formats.parseDay(startsOn ?? "")
            if startsOn == nil { errors["startsOn"] = T.invalidDay(language) }
            let endsOn = formats.parseDay(endsOn ?? "")
            if endsOn == nil { errors["endsOn"] = T.invalidDay(language) }
            if let startsOn, let endsOn, endsOn <= startsOn { errors["endsOn"] = T.endBeforeStart(language) }
            let cadence = Int((cadenceDays ?? "").trimmingCharacters(in: .whitespaces)).flatMap { (7...180).contains($0) ? $0 : nil }
            if cadence == nil { errors["cadenceDays"] = T.cadenceInvalid(language) }
            let pulseText = (pulseIntervalDays ?? "60").trimmingCharacters(in: .whitespaces)
            let pulse = Int(pulseText.isEmpty ? "60" : pulseText).flatMap { (14...365).contains($0) ? $0 : nil }
            if pulse == nil { errors["pulseIntervalDays"] = T.pulseIntervalInvalid(language) }
            // Not sent at all: the default; sent empty: requests never close by themselves.
            let timeoutText = (requestTimeoutDays ?? "14").trimmingCharacters(in: .whitespaces)
            let timeout = Int(timeoutText).flatMap { (1...365).contains($0) ? $0 : nil }
            if !timeoutText.isEmpty, timeout == nil { errors["requestTimeoutDays"] = T.requestTimeoutInvalid(language) }
            let mode = matchingMode ?? "coordinator"
            if !["coordinator", "mentee_choice"].contains(mode) { errors["matchingMode"] = T.required(language) }
            var matching = ProgrammeMatchingSettings()
            matching.rules.idealSeniorityGap = idealGap == "2" ? 2 : 1
            matching.rules.practiceGroup = MatchingRules.GroupRule(rawValue: groupRule ?? "either") ?? .either
            if let texts = weights, !texts.isEmpty {
                let numbers = texts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { (0...100).contains($0) }
                if texts.count != 6 || numbers.count != 6 || numbers.reduce(0, +) == 0 {
                    errors["weights"] = T.weightsInvalid(language)
                } else {
                    let w = numbers.map { Double($0) / 100 }
                    matching.weights = MatchingWeights(expertise: w[0], seniority: w[1], practiceGroup: w[2], language: w[3],
                                                       menteeWish: w[4], mentorPreference: w[5])
                }
            }
            guard errors.isEmpty, let startsOn, let endsOn, let cadence, let pulse else { return .failure(FormErrors(errors)) }
            return .success(Valid(name: name, startsOn: startsOn, endsOn: endsOn, cadenceDays: cadence, pulseIntervalDays: pulse,
                                  requestTimeoutDays: timeout,
                                  matchingMode: mode, matching: matching))
        }
    }
}
