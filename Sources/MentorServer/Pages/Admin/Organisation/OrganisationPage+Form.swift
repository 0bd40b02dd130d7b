import Foundation
import Vapor
import MentorCore

extension OrganisationPage {
    /// The settings form as the browser sends it; every field may be missing.
    struct Form: Content, Sendable, Equatable {
        var name: String?
        var defaultLanguage: String?
        var talkBandLow: String?
        var talkBandHigh: String?
        /// Days after a pair ended before its conversation content is deleted; empty keeps it.
        var retentionDays: String?
        /// The highest capacity a mentor may give themselves (issue 15); missing keeps the stored one.
        var maxCapacity: String? = nil

        /// The settings the form holds once checked.
        struct Valid: Sendable, Equatable {
            var name: String
            var defaultLanguage: Language
            var talkBandLow: Double
            var talkBandHigh: Double
            var retentionDays: Int?
            var maxCapacity: Int? = nil
        }

        /// Checks every field; the errors are keyed by field name, in `language`.
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let name = (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty { errors["name"] = T.required(language) }
            let defaultLanguage = defaultLanguage.flatMap(Language.init(rawValue:))
            if defaultLanguage == nil { errors["defaultLanguage"] = T.required(language) }
            let low = talkBandLow.map { Int($0) } ?? TalkBand.standardPercent.lowerBound
            let high = talkBandHigh.map { Int($0) } ?? TalkBand.standardPercent.upperBound
            var band: (Int, Int)?
            if let low, let high, (0...100).contains(low), (0...100).contains(high), low < high { band = (low, high) }
            else { errors["talkBandLow"] = T.talkBandInvalid(language) }
            let retentionText = (retentionDays ?? "").trimmingCharacters(in: .whitespaces)
            let retention = Int(retentionText)
            if !retentionText.isEmpty, retention.map({ !(30...36_500).contains($0) }) ?? true { errors["retentionDays"] = T.retentionInvalid(language) }
            let maximumText = (maxCapacity ?? "").trimmingCharacters(in: .whitespaces)
            let maximum = Int(maximumText)
            if !maximumText.isEmpty {
                do throws(AvailabilityProblem) { try Availability.checkMaximum(maximum ?? 0) } catch { errors["maxCapacity"] = T.availabilityProblem(error)(language) }
            }
            guard errors.isEmpty, let defaultLanguage, let band else { return .failure(FormErrors(errors)) }
            return .success(Valid(name: name, defaultLanguage: defaultLanguage, talkBandLow: Double(band.0) / 100,
                                  talkBandHigh: Double(band.1) / 100, retentionDays: retentionText.isEmpty ? nil : retention,
                                  maxCapacity: maximumText.isEmpty ? nil : maximum))
        }
    }
}
