import Foundation
import Vapor
import MentorCore

extension AccountPage {
    /// The preferred language on the account page; an empty choice follows the browser again.
    struct LanguageForm: Content, Sendable, Equatable {
        var lang: String?

        struct Valid: Sendable, Equatable {
            /// Nil: follow the browser.
            var language: Language?
        }

        /// Fails only for a value the page never offers (the controller answers 400).
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            let text = lang ?? ""
            if text.isEmpty { return .success(Valid(language: nil)) }
            guard let choice = Language(rawValue: text) else { return .failure(FormErrors(["lang": T.required(language)])) }
            return .success(Valid(language: choice))
        }
    }
}

/// The language switch in every page header, for visitors and signed-in people alike.
enum LanguageSwitch {
    struct Form: Content, Sendable, Equatable {
        var lang: String?
        /// The page to return to; only a path on this site.
        var back: String?

        struct Valid: Sendable, Equatable {
            var language: Language
            var back: String
        }

        /// Fails for a missing or unknown language (the controller answers 400).
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            guard let choice = lang.flatMap(Language.init(rawValue:)) else { return .failure(FormErrors(["lang": T.required(language)])) }
            return .success(Valid(language: choice, back: Redirects.sameSitePath(back)))
        }
    }
}
