import Foundation

/// A strict check of one e-mail address as people type it into the product: exactly one plain
/// address (`name@firm.nl`), never a list or a display name.
///
/// The address later becomes the `To:` line of an e-mail handed to a sendmail command, so
/// anything that could turn one recipient into several or add a header is refused: commas,
/// semicolons, angle brackets, quotes, parentheses, spaces, line breaks and other control
/// characters. What is accepted:
/// - a local part of 1 to 64 ASCII characters: letters, digits and ``localSymbols``, with dots
///   between (not first, not last, not two in a row);
/// - a domain of at least two labels, each 1 to 63 letters, digits or hyphens, not starting
///   or ending with a hyphen, the last one not all digits (international domains in their
///   `xn--` form);
/// - at most 254 characters in all.
///
/// Space around the address (from copying) is removed and the address is lower-cased;
/// space inside it is refused.
public enum EmailAddress {
    /// Symbols RFC 5322 allows in an unquoted local part, apart from letters, digits and the dot.
    public static let localSymbols = Set("!#$%&'*+-/=?^_`{|}~")

    /// The address in its stored form (trimmed, lower case), or nil when it is not one plain address.
    public static func normalized(_ text: String) -> String? {
        let address = text.trimmingCharacters(in: .whitespaces).lowercased()
        return isValid(address) ? address : nil
    }

    /// Whether `address` is exactly one plain address, as described above.
    public static func isValid(_ address: String) -> Bool {
        guard address.utf8.count <= 254, address.allSatisfy(\.isASCII) else { return false }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return isLocalPart(parts[0]) && isDomain(parts[1])
    }

    static func isLocalPart(_ local: Substring) -> Bool {
        guard (1...64).contains(local.count), !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        return local.allSatisfy { $0 == "." || isLetterOrDigit($0) || localSymbols.contains($0) }
    }

    static func isDomain(_ domain: Substring) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.count <= 253 else { return false }
        for label in labels {
            guard (1...63).contains(label.count), !label.hasPrefix("-"), !label.hasSuffix("-"),
                  label.allSatisfy({ isLetterOrDigit($0) || $0 == "-" }) else { return false }
        }
        return !labels.last!.allSatisfy(\.isNumber)
    }

    static func isLetterOrDigit(_ character: Character) -> Bool {
        guard character.isASCII else { return false }
        return character.isLetter || character.isNumber
    }
}
