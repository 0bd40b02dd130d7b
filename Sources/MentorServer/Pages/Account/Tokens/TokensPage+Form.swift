import Foundation
import MentorCore
import Vapor

extension TokensPage {
    /// The new-token form as the browser sends it.
    struct Form: Content, Sendable, Equatable {
        var name: String?
        var scope: String?
        /// YYYY-MM-DD or empty: no expiry.
        var expiresOn: String?

        struct Valid: Sendable, Equatable {
            var name: String
            var scope: AccessTokenScope
            /// The start of the day after the chosen one (the token works through that whole day).
            var expiresAt: Date?
        }

        /// A name of 1 to 100 characters, a scope, and an expiry day after today (or none).
        func validated(_ formats: Formats, now: Date) -> Result<Valid, FormErrors> {
            let language = formats.language
            var errors: FieldErrors = [:]
            let name = (self.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty || name.count > 100 { errors["name"] = T.accessTokenNameInvalid(language) }
            let scope = AccessTokenScope(rawValue: (self.scope ?? "read").trimmingCharacters(in: .whitespaces))
            if scope == nil { errors["scope"] = T.accessTokenScopeInvalid(language) }
            var expiresAt: Date?
            let dayText = (expiresOn ?? "").trimmingCharacters(in: .whitespaces)
            if !dayText.isEmpty {
                if let day = formats.parseDay(dayText), day > now, day < now.addingTimeInterval(5 * 366 * 86_400) {
                    expiresAt = day.addingTimeInterval(86_400)
                } else {
                    errors["expiresOn"] = T.accessTokenExpiryInvalid(language)
                }
            }
            guard errors.isEmpty, let scope else { return .failure(FormErrors(errors)) }
            return .success(Valid(name: name, scope: scope, expiresAt: expiresAt))
        }
    }
}
