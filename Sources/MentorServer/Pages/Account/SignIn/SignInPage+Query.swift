import Foundation
import MentorCore

extension SignInPage {
    enum Query {
        /// The empty page, with the notice after signing out (`?signedout=1` or `=everywhere`).
        static func model(signedOut: String?, next: String?, language: Language) -> Model {
            let notice = signedOut.map { ($0 == "everywhere" ? T.signedOutEverywhere : T.signedOut)(language) }
            return Model(email: "", next: Redirects.sameSitePath(next), error: nil, notice: notice)
        }
    }
}
