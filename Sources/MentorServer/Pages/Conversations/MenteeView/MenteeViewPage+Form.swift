import Foundation
import Vapor
import MentorCore

extension MenteeViewPage {
    /// The two answers as the browser sends them.
    struct Form: Content, Sendable, Equatable {
        var room: String?
        var challenge: String?

        struct Valid: Sendable, Equatable {
            /// 1 to 5 each.
            var room: Int
            var challenge: Int
        }

        func chosen(_ question: MenteeViewQuestion) -> Int? {
            let text = question == .room ? room : challenge
            return Int((text ?? "").trimmingCharacters(in: .whitespaces))
        }

        /// Both questions need one of the five points.
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            for question in MenteeViewQuestion.allCases where !(chosen(question).map(MenteeViewFigure.scale.contains) ?? false) {
                errors[question.rawValue] = T.menteeViewChoose(language)
            }
            guard errors.isEmpty, let room = chosen(.room), let challenge = chosen(.challenge) else { return .failure(FormErrors(errors)) }
            return .success(Valid(room: room, challenge: challenge))
        }
    }

    /// Switching the questions off or on: the button's `questions=off` or `questions=on`.
    struct SettingForm: Content, Sendable, Equatable {
        var questions: String?

        /// True to switch the questions off, false to switch them on.
        func validated(_ language: Language) -> Result<Bool, FormErrors> {
            switch questions {
            case "off": .success(true)
            case "on": .success(false)
            default: .failure(FormErrors(["questions": T.menteeViewSettingInvalid(language)]))
            }
        }
    }
}
