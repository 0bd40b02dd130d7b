import Foundation
import MentorCore

extension SignInPage {
    enum Query {
        /// The empty page, with the notice after signing out (`?signedout=1` or `=everywhere`).
        /// After a refused sign-in through the identity provider, `?provider_error=` names why
        /// (`IdentityRefusal`); an unknown value shows nothing.
        static func model(signedOut: String?, next: String?, providerError: String? = nil, language: Language) -> Model {
            let notice = signedOut.map { ($0 == "everywhere" ? T.signedOutEverywhere : T.signedOut)(language) }
            let error = providerError.flatMap(IdentityRefusal.init(rawValue:)).map { T.identityRefusal($0)(language) }
            return Model(email: "", next: Redirects.sameSitePath(next), error: error, notice: notice)
        }
    }
}
