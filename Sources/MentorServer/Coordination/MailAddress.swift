import Foundation
import MentorCore

/// The strict checks on what goes into an e-mail's header lines. `msmtp -t` and `sendmail -t`
/// read the recipients from the headers, so a recipient like `a@x.nl, b@y.nl`, one with a
/// display name, or any text with a line break (`a@x.nl\r\nBcc: b@y.nl`) would send a message
/// to someone else. Only one plain address passes.
enum MailAddress {
    /// The recipient, when it is exactly one plain address (see `EmailAddress.isValid`).
    static func recipient(_ text: String) -> String? {
        EmailAddress.isValid(text) ? text : nil
    }

    /// The From line: one plain address, or `Name <address>` where the name has only ASCII
    /// letters, digits, spaces and `. - ' &` (it is written quoted). The address may have a
    /// one-label domain such as `localhost`, which the default uses; nothing else is accepted.
    static func sender(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.firstIndex(of: "<") else { return isSenderAddress(trimmed) ? trimmed : nil }
        guard trimmed.hasSuffix(">"), trimmed.filter({ $0 == "<" || $0 == ">" }).count == 2 else { return nil }
        let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        guard isSenderAddress(address), name.count <= 78, name.allSatisfy(isNameCharacter) else { return nil }
        return name.isEmpty ? address : "\"\(name)\" <\(address)>"
    }

    /// A header's text on one line: every control character (CR, LF, tab …) becomes a space.
    static func singleLine(_ text: String) -> String {
        String(text.unicodeScalars.map { CharacterSet.controlCharacters.contains($0) ? " " : Character($0) })
    }

    private static func isSenderAddress(_ address: String) -> Bool {
        if EmailAddress.isValid(address) { return true }
        // A one-label domain (`mentor-mirror@localhost`) is checked as if it had a second label.
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[1].contains(".") && EmailAddress.isValid(address + ".example")
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        guard character.isASCII else { return false }
        return character.isLetter || character.isNumber || " .-'&".contains(character)
    }
}
