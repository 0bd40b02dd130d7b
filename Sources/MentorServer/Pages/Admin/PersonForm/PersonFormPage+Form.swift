import Foundation
import Vapor
import MentorCore

extension PersonFormPage {
    /// The person form as the browser sends it; every field may be missing.
    struct Form: Content, Sendable, Equatable {
        var name: String?
        var email: String?
        var roles: [String]?
        var seniority: String?
        var practiceGroup: String?
        var expertise: String?
        var language: String?
        var capacity: String?
        /// No longer on the form; an old form or script that still sends one is refused with a message.
        var password: String?
        var manager: String?
        var languages: String?
        /// An IANA identifier; "" is the firm's zone. Missing (a client that predates it): unchanged.
        var timeZone: String?

        /// The account the form holds once checked.
        struct Valid: Sendable, Equatable {
            var name: String
            var email: String
            var roles: [Role]
            var seniority: Seniority?
            var practiceGroup: String
            var expertise: [String]
            var language: Language?
            var capacity: Int
            /// As sent; the controller keeps it only if it is someone of the same organisation.
            var managerID: UUID?
            var languages: String
            /// The person's own zone, nil for the firm's; only stored when `setsTimeZone`.
            var timeZone: String? = nil
            var setsTimeZone = false
        }

        /// Checks every field as `validated(_:)` does, and the capacity against the organisation's
        /// `maximum` (`Availability.checkAssignedCapacity`; `current` is the stored one when editing).
        func validated(_ language: Language, maximum: Int, current: Int?) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let result = validated(language)
            if case .failure(let failure) = result { errors = failure.fields }
            let capacityText = (capacity ?? "").trimmingCharacters(in: .whitespaces)
            if errors["capacity"] == nil, let number = Int(capacityText.isEmpty ? "3" : capacityText) {
                do throws(AvailabilityProblem) { try Availability.checkAssignedCapacity(number, maximum: maximum, current: current) } catch {
                    errors["capacity"] = T.availabilityProblem(error)(language)
                }
            }
            return errors.isEmpty ? result : .failure(FormErrors(errors))
        }

        /// Checks every field; the errors are keyed by field name, in `language`.
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let name = (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty { errors["name"] = T.required(language) }
            let email = EmailAddress.normalized(email ?? "") ?? ""
            if email.isEmpty { errors["email"] = T.invalidEmail(language) }
            let sentRoles = roles ?? []
            let roles = Set(sentRoles.compactMap(Role.init(rawValue:))).sorted()
            if roles.isEmpty || roles.count != Set(sentRoles).count { errors["roles"] = T.chooseRole(language) }
            let seniorityText = seniority ?? ""
            let seniority = seniorityText.isEmpty ? nil : Seniority(rawValue: seniorityText)
            if !seniorityText.isEmpty, seniority == nil { errors["seniority"] = T.required(language) }
            let languageText = self.language ?? ""
            let personLanguage = languageText.isEmpty ? nil : Language(rawValue: languageText)
            if !languageText.isEmpty, personLanguage == nil { errors["language"] = T.required(language) }
            let capacityText = (capacity ?? "3").trimmingCharacters(in: .whitespaces)
            let capacity = Int(capacityText.isEmpty ? "3" : capacityText).flatMap { (0...20).contains($0) ? $0 : nil }
            if capacity == nil { errors["capacity"] = T.capacityInvalid(language) }
            if !(password ?? "").isEmpty { errors["password"] = T.adminCannotSetPasswords(language) }
            var zone: String?
            if let timeZone {
                switch PersonalTimeZone.parse(timeZone) {
                case .success(let identifier): zone = identifier
                case .failure(.unknown(let text)): errors["timeZone"] = T.timeZoneUnknown(text)(language)
                }
            }
            guard errors.isEmpty, let capacity else { return .failure(FormErrors(errors)) }
            let expertise = (self.expertise ?? "").split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return .success(Valid(name: name, email: email, roles: roles, seniority: seniority,
                                  practiceGroup: (practiceGroup ?? "").trimmingCharacters(in: .whitespaces),
                                  expertise: expertise, language: personLanguage, capacity: capacity,
                                  managerID: manager.flatMap(UUID.init(uuidString:)),
                                  languages: (languages ?? "").trimmingCharacters(in: .whitespaces).lowercased(),
                                  timeZone: zone, setsTimeZone: timeZone != nil))
        }
    }
}
