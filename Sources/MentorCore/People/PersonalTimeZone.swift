import Foundation

/// A person's own time zone. Stored as an IANA identifier ("Europe/London"); none stored means
/// the firm's zone (`MENTOR_TIMEZONE`), so a person who never chose one sees what the firm sees.
public enum PersonalTimeZone {
    /// Why a submitted zone was refused.
    public enum Problem: Error, Equatable, Sendable {
        case unknown(String)
    }

    /// The zones offered first in the choice, after the firm's own: where a Dutch firm's people
    /// and clients most often work. Every other identifier Foundation knows is offered below them.
    public static let common = [
        "Europe/Amsterdam", "Europe/Brussels", "Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Berlin",
        "Europe/Luxembourg", "Europe/Zurich", "Europe/Madrid", "Europe/Lisbon", "Europe/Warsaw", "Europe/Athens",
        "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo", "America/Curacao",
        "Asia/Dubai", "Asia/Singapore", "Asia/Hong_Kong", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney",
    ]

    /// The zone to show and read times in: the person's own when it is a known one, else the firm's.
    public static func resolve(_ identifier: String?, firm: TimeZone) -> TimeZone {
        guard let identifier, !identifier.isEmpty, let zone = TimeZone(identifier: identifier) else { return firm }
        return zone
    }

    /// What a form sent, checked: "" (or only spaces) is "the firm's zone" (nil); a known IANA
    /// identifier is kept as Foundation spells it; anything else is refused.
    public static func parse(_ text: String?) -> Result<String?, Problem> {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .success(nil) }
        // Only real region identifiers: `TimeZone(identifier:)` also accepts abbreviations and
        // offsets such as "GMT+2", which have no daylight saving time and so drift half the year.
        guard let known = knownIdentifiers.first(where: { $0.caseInsensitiveCompare(trimmed) == .orderedSame }),
              TimeZone(identifier: known) != nil
        else { return .failure(.unknown(trimmed)) }
        return .success(known)
    }

    /// Every zone Foundation knows, sorted; with UTC, which some firms' IT asks for.
    public static let knownIdentifiers: [String] = {
        var all = Set(TimeZone.knownTimeZoneIdentifiers)
        all.insert("UTC")
        return all.sorted()
    }()

    /// The choices in order: the firm's zone first, then the common ones, then the rest, each once.
    public static func choices(firm: TimeZone) -> [String] {
        var seen: Set<String> = []
        var ordered: [String] = []
        for identifier in [firm.identifier] + common + knownIdentifiers where !seen.contains(identifier) {
            guard TimeZone(identifier: identifier) != nil else { continue }
            seen.insert(identifier)
            ordered.append(identifier)
        }
        return ordered
    }

    /// How far the zone is from UTC at `date`, as "UTC+01:00", for the label of a choice.
    public static func offset(_ zone: TimeZone, at date: Date) -> String {
        let seconds = zone.secondsFromGMT(for: date)
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return "UTC" + sign + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
