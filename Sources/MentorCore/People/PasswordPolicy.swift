import Foundation

/// What a new password must be, wherever one is chosen: the link page of an invitation or a
/// reset, the account page, and `mentor create-admin`.
///
/// - At least ``minimumCharacters`` characters (counted as a reader counts them: "é" is one).
/// - At most ``maximumBytes`` bytes in UTF-8, because bcrypt reads only the first 72 bytes:
///   anything after them would be silently ignored, so a longer password is refused rather
///   than accepted and then not checked.
/// - Not the person's e-mail address, nor the part before the `@`, nor the organisation's
///   name. These are compared ignoring case and spaces ("Alpha Accountants" and
///   "alphaaccountants" are the same), because they are the first guesses of an attacker who
///   knows whom they are attacking.
public enum PasswordPolicy {
    public static let minimumCharacters = 12
    public static let maximumBytes = 72

    /// Why a password was refused; the server words each case in the reader's language.
    public enum Problem: Equatable, Sendable {
        case tooShort
        case tooLong
        case isEmailAddress
        case isOrganisationName
    }

    /// The first problem with `password`, or nil when it may be used.
    public static func problem(with password: String, email: String, organisationName: String) -> Problem? {
        if password.count < minimumCharacters { return .tooShort }
        if password.utf8.count > maximumBytes { return .tooLong }
        let candidate = comparable(password)
        let address = comparable(email)
        let localPart = address.split(separator: "@", maxSplits: 1).first.map(String.init) ?? address
        if !address.isEmpty, candidate == address || candidate == localPart { return .isEmailAddress }
        let organisation = comparable(organisationName)
        if !organisation.isEmpty, candidate == organisation { return .isOrganisationName }
        return nil
    }

    /// Lower case without white space, so case and spacing do not make a guessable word new.
    static func comparable(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }
}
