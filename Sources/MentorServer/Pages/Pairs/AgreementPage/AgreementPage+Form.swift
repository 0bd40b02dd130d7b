import Foundation
import Vapor
import MentorCore

extension AgreementPage {
    /// The agreement form as the browser sends it.
    struct Form: Content, Sendable, Equatable {
        var menteeExpectations: String?
        var mentorExpectations: String?
        var frequency: String?
        var duration: String?
        var whoPlans: String?
        var preparation: String?
        var confidentiality: String?
        var discussedOn: String?

        /// The agreement as checked: every text trimmed, the day it was discussed (not ahead).
        struct Valid: Sendable, Equatable {
            var menteeExpectations, mentorExpectations, frequency, duration, whoPlans, preparation, confidentiality: String
            var discussedOn: Date?
        }

        /// The form with every field trimmed, as it is shown again.
        var trimmed: Form {
            func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            return Form(menteeExpectations: clean(menteeExpectations), mentorExpectations: clean(mentorExpectations), frequency: clean(frequency),
                        duration: clean(duration), whoPlans: clean(whoPlans), preparation: clean(preparation),
                        confidentiality: clean(confidentiality), discussedOn: clean(discussedOn))
        }

        /// One of the two expectations is needed; a discussion date must be a day, not in the future.
        func validated(_ language: Language, formats: Formats, now: Date) -> Result<Valid, FormErrors> {
            let form = trimmed
            var errors: FieldErrors = [:]
            var discussed: Date?
            let discussedText = form.discussedOn ?? ""
            if !discussedText.isEmpty {
                discussed = formats.parseDay(discussedText)
                if let day = discussed {
                    if day > now { errors["discussedOn"] = T.workflowProblem(.heldInFuture)(language) }
                } else {
                    errors["discussedOn"] = T.invalidDay(language)
                }
            }
            if (form.menteeExpectations ?? "").isEmpty && (form.mentorExpectations ?? "").isEmpty {
                errors["menteeExpectations"] = T.required(language)
            }
            guard errors.isEmpty else { return .failure(FormErrors(errors)) }
            return .success(Valid(menteeExpectations: form.menteeExpectations ?? "", mentorExpectations: form.mentorExpectations ?? "",
                                  frequency: form.frequency ?? "", duration: form.duration ?? "", whoPlans: form.whoPlans ?? "",
                                  preparation: form.preparation ?? "", confidentiality: form.confidentiality ?? "", discussedOn: discussed))
        }
    }
}

extension AgreementPage.Form.Valid {
    /// The texts as stored in an agreement.
    init(_ agreement: Agreement) {
        self.init(menteeExpectations: agreement.menteeExpectations, mentorExpectations: agreement.mentorExpectations,
                  frequency: agreement.frequency, duration: agreement.duration, whoPlans: agreement.whoPlans,
                  preparation: agreement.preparation, confidentiality: agreement.confidentiality, discussedOn: agreement.discussedOn)
    }

    /// What a revision keeps: the texts by field name and the day in ISO form.
    func snapshot(formats: Formats) -> [String: String] {
        ["menteeExpectations": menteeExpectations, "mentorExpectations": mentorExpectations, "frequency": frequency,
         "duration": duration, "whoPlans": whoPlans, "preparation": preparation, "confidentiality": confidentiality,
         "discussedOn": discussedOn.map(formats.isoDay) ?? ""]
    }

    func apply(to agreement: Agreement) {
        agreement.menteeExpectations = menteeExpectations
        agreement.mentorExpectations = mentorExpectations
        agreement.frequency = frequency
        agreement.duration = duration
        agreement.whoPlans = whoPlans
        agreement.preparation = preparation
        agreement.confidentiality = confidentiality
        agreement.discussedOn = discussedOn
    }
}
