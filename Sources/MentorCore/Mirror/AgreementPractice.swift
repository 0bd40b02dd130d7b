import Foundation

/// The practical arrangements of an agreement as the pair wrote them (free text).
public struct AgreementTerms: Sendable, Equatable {
    public var frequency: String
    public var whoPlans: String
    public var preparation: String

    public init(frequency: String = "", whoPlans: String = "", preparation: String = "") {
        self.frequency = frequency
        self.whoPlans = whoPlans
        self.preparation = preparation
    }
}

/// Who the agreement says plans the conversations.
public enum Planner: String, Sendable, Codable, CaseIterable {
    case mentor, mentee, both
}

/// The agreed frequency, planner and preparation against what the records show.
public struct AgreementPracticeFigure: Sendable, Codable, Equatable {
    public struct Frequency: Sendable, Codable, Equatable {
        /// Days between conversations as read from the text; nil when it could not be read.
        public var agreedDays: Double?
        /// Held conversations the agreed rhythm gives from the first held one to the period's end.
        public var expected: Int?
        public var held: Int
        public var kept: Bool?
        /// The pair's own words, shown when they could not be read.
        public var agreedText: String = ""
    }

    public struct Planning: Sendable, Codable, Equatable {
        /// nil when the text names neither side nor "together".
        public var agreed: Planner?
        public var byMentee: Int
        public var byMentor: Int
        public var held: Int
        public var kept: Bool?
        public var agreedText: String = ""
    }

    public struct Preparation: Sendable, Codable, Equatable {
        /// Held conversations with at least one agenda item added beforehand (carried items left out).
        public var prepared: Int
        public var held: Int
        public var kept: Bool?
    }

    /// nil when the agreement says nothing about it.
    public var frequency: Frequency?
    public var planning: Planning?
    public var preparation: Preparation?

    public init(frequency: Frequency? = nil, planning: Planning? = nil, preparation: Preparation? = nil) {
        self.frequency = frequency
        self.planning = planning
        self.preparation = preparation
    }

    /// True when the agreement says nothing of the three.
    public var isEmpty: Bool { frequency == nil && planning == nil && preparation == nil }

    /// True when one of the three, with enough records to tell, is not kept.
    public var departs: Bool {
        frequency?.kept == false || planning?.kept == false || preparation?.kept == false
    }
}

public enum AgreementPractice {
    /// Held conversations needed before a planning or preparation verdict.
    public static let minimumHeld = 3
    /// Expected conversations needed before a frequency verdict.
    public static let minimumExpected = 3

    private static let numbers: [String: Double] = [
        "een": 1, "één": 1, "one": 1, "a": 1, "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4,
        "vijf": 5, "five": 5, "zes": 6, "six": 6, "acht": 8, "eight": 8,
    ]

    /// Days between conversations read from the pair's words, in Dutch or English; nil when not understood.
    /// "every N weeks" / "elke N weken" / "om de N weken" is 7N; "weekly" 7; "every other week" /
    /// "tweewekelijks" / "fortnightly" 14; "monthly" / "maandelijks" / "every month" 30; "every N months" 30N;
    /// "N times a month" / "N keer per maand" 30 / N; "quarterly" / "per kwartaal" 91.
    public static func intervalDays(_ text: String) -> Double? {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard !words.isEmpty else { return nil }
        let joined = " " + words.joined(separator: " ") + " "
        func has(_ phrase: String) -> Bool { joined.contains(" " + phrase + " ") }
        if has("tweewekelijks") || has("fortnightly") || has("biweekly") || has("every other week") || has("om de week")
            || has("om de andere week") { return 14 }
        if has("kwartaal") || has("quarterly") || has("kwartaals") { return 91 }
        func isWeek(_ word: String) -> Bool { word.hasPrefix("week") || word == "weken" }
        func isMonth(_ word: String) -> Bool { word.hasPrefix("maand") || word.hasPrefix("month") }
        // A count, then a unit: "N keer per maand", "N times a month", "every N weeks".
        for (index, word) in words.enumerated() {
            guard let count = Double(word) ?? numbers[word], count > 0 else { continue }
            let rest = words.dropFirst(index + 1).prefix(3)
            if rest.contains(where: { ["keer", "times", "maal"].contains($0) }) {
                if rest.contains(where: isMonth) { return 30 / count }
                if rest.contains(where: isWeek) { return 7 / count }
                continue
            }
            if let unit = rest.first {
                if isWeek(unit) { return 7 * count }
                if isMonth(unit) { return 30 * count }
            }
        }
        if has("wekelijks") || has("weekly") || has("elke week") || has("every week") || has("iedere week") { return 7 }
        if has("maandelijks") || has("monthly") || has("elke maand") || has("every month") || has("iedere maand")
            || has("per maand") || has("a month") { return 30 }
        return nil
    }

    /// Who plans, from the pair's words: "together", "both", "om en om", "samen" is both; a text that
    /// names only the mentee (or only the mentor) is that side; anything else is not understood.
    public static func planner(_ text: String) -> Planner? {
        let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
        if !words.isDisjoint(with: ["samen", "beiden", "beide", "both", "together", "turns", "afwisselend", "alternately"]) { return .both }
        if text.lowercased().contains("om en om") { return .both }
        let mentee = words.contains("mentee"), mentor = words.contains("mentor")
        if mentee && !mentor { return .mentee }
        if mentor && !mentee { return .mentor }
        return nil
    }

    /// Whether the text asks for preparation: any text but an empty one or a plain "no".
    public static func preparationAgreed(_ text: String) -> Bool {
        let cleaned = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        return !cleaned.isEmpty && !["geen", "nee", "no", "none", "niet", "n.v.t", "nvt", "-"].contains(cleaned)
    }

    /// Sets the agreement against the period's held conversations (`held`, oldest first).
    /// - frequency: `expected = 1 + floor((end - first held) / agreedDays)` with `end = min(period end, now)`;
    ///   kept when `4 * held >= 3 * expected` (at most a quarter missing), told from `minimumExpected` expected on;
    /// - planning: conversations initiated by the agreed side; kept when `3 * byAgreed >= 2 * held`
    ///   (two in three); for "both", kept when each side planned at least a quarter (`4 * min >= held`);
    /// - preparation: held conversations with an agenda item added beforehand (not carried);
    ///   kept when `3 * prepared >= 2 * held`.
    /// Planning and preparation are told from `minimumHeld` held conversations on.
    public static func figure(_ record: AgreementRecord?, held: [ConversationRecord], period: DateInterval, now: Date) -> AgreementPracticeFigure {
        guard let record else { return AgreementPracticeFigure() }
        let terms = record.terms
        var result = AgreementPracticeFigure()
        let count = held.count
        let enough = count >= minimumHeld
        if !terms.frequency.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let days = intervalDays(terms.frequency)
            var expected: Int?
            if let days, let first = held.first?.date {
                let end = min(period.end, now)
                expected = 1 + Int((max(0, end.timeIntervalSince(first)) / 86_400 / days).rounded(.down))
            }
            let kept = expected.flatMap { $0 >= minimumExpected ? 4 * count >= 3 * $0 : nil }
            result.frequency = .init(agreedDays: days, expected: expected, held: count, kept: kept,
                                     agreedText: terms.frequency.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if !terms.whoPlans.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let agreed = planner(terms.whoPlans)
            let byMentee = held.filter { $0.initiator == .mentee }.count
            let byMentor = count - byMentee
            let kept: Bool? = switch agreed {
            case .mentee?: enough ? 3 * byMentee >= 2 * count : nil
            case .mentor?: enough ? 3 * byMentor >= 2 * count : nil
            case .both?: enough ? 4 * min(byMentee, byMentor) >= count : nil
            case nil: nil
            }
            result.planning = .init(agreed: agreed, byMentee: byMentee, byMentor: byMentor, held: count, kept: kept,
                                    agreedText: terms.whoPlans.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if preparationAgreed(terms.preparation) {
            let prepared = held.filter { $0.agenda.contains { $0.addedBeforehand && !$0.carried } }.count
            result.preparation = .init(prepared: prepared, held: count, kept: enough ? 3 * prepared >= 2 * count : nil)
        }
        return result
    }
}

extension AgreementReview {
    /// `reviewDue(record, changes:, now:)`, or an agreement that was discussed out loud whose
    /// practice departs from it (`AgreementPracticeFigure.departs`): what was agreed is worth
    /// another conversation once the records show something else.
    public static func reviewDue(_ record: AgreementRecord?, changes: [Date], now: Date, practice: AgreementPracticeFigure) -> Bool {
        reviewDue(record, changes: changes, now: now) || (record?.discussedOn != nil && practice.departs)
    }
}
