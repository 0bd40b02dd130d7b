/// A mentee as matching sees them.
public struct MenteeProfile: Sendable, Equatable {
    public var id: String
    /// 0 junior, 1 medior, 2 senior.
    public var seniority: Int
    public var practiceGroup: String
    public var languages: [String]
    /// Themes of the mentee's open goals, each with the words that name it (key and names).
    public var goalThemes: [[String]]
    /// Up to three preferred mentors, most wanted first.
    public var wishes: [String]
    public var avoid: Set<String>
    public var managerID: String?

    public init(id: String, seniority: Int, practiceGroup: String = "", languages: [String] = [], goalThemes: [[String]] = [],
                wishes: [String] = [], avoid: Set<String> = [], managerID: String? = nil) {
        self.id = id
        self.seniority = seniority
        self.practiceGroup = practiceGroup
        self.languages = languages
        self.goalThemes = goalThemes
        self.wishes = wishes
        self.avoid = avoid
        self.managerID = managerID
    }
}

public struct MentorProfile: Sendable, Equatable {
    public var id: String
    public var seniority: Int
    public var practiceGroup: String
    public var languages: [String]
    public var expertise: [String]
    /// Places left: capacity minus active mentees.
    public var placesLeft: Int
    /// Mentees the mentor would like to mentor.
    public var preferredMentees: Set<String>

    public init(id: String, seniority: Int, practiceGroup: String = "", languages: [String] = [], expertise: [String] = [],
                placesLeft: Int, preferredMentees: Set<String> = []) {
        self.id = id
        self.seniority = seniority
        self.practiceGroup = practiceGroup
        self.languages = languages
        self.expertise = expertise
        self.placesLeft = placesLeft
        self.preferredMentees = preferredMentees
    }
}

/// How much each criterion counts. Defaults favour what the mentee wants to learn.
public struct MatchingWeights: Sendable, Equatable, Codable {
    public var expertise: Double = 0.35
    public var seniority: Double = 0.15
    public var practiceGroup: Double = 0.10
    public var language: Double = 0.10
    public var menteeWish: Double = 0.20
    public var mentorPreference: Double = 0.10

    public init() {}

    public init(expertise: Double, seniority: Double, practiceGroup: Double, language: Double, menteeWish: Double, mentorPreference: Double) {
        self.expertise = expertise
        self.seniority = seniority
        self.practiceGroup = practiceGroup
        self.language = language
        self.menteeWish = menteeWish
        self.mentorPreference = mentorPreference
    }
}

public struct MatchingRules: Sendable, Equatable, Codable {
    public enum GroupRule: String, Sendable, Codable, CaseIterable { case same, different, either }
    /// The seniority gap that scores best: 1 or 2 steps.
    public var idealSeniorityGap: Int = 1
    public var practiceGroup: GroupRule = .either

    public init() {}

    public init(idealSeniorityGap: Int, practiceGroup: GroupRule) {
        self.idealSeniorityGap = idealSeniorityGap
        self.practiceGroup = practiceGroup
    }
}

/// Why a pair cannot be made.
public enum HardRule: String, Sendable, Equatable, Codable, CaseIterable {
    case samePerson
    case lineManager
    case onAvoidList
    case atCapacity
    case notMoreSenior
    case excludedByCoordinator
}

/// One criterion's part in a score, kept for the explanation.
public struct ScorePart: Sendable, Equatable {
    public enum Criterion: String, Sendable, Equatable { case expertise, seniority, practiceGroup, language, menteeWish, mentorPreference }
    public var criterion: Criterion
    /// 0-1: how well the pair does on this criterion.
    public var value: Double
    public var weight: Double
    /// What it was about: matching themes, the gap in steps, the shared group or language, the wish's rank.
    public var detail: [String]
}

public enum PairScore: Sendable, Equatable {
    case allowed(score: Double, parts: [ScorePart])
    case impossible([HardRule])

    public var score: Double? {
        if case .allowed(let score, _) = self { return score }
        return nil
    }

    /// The parts of an allowed pair, empty for an impossible one.
    var parts: [ScorePart] {
        if case .allowed(_, let parts) = self { return parts }
        return []
    }
}

public enum Scoring {
    /// `score = Σ weight × part / Σ weight` over the criteria, each part in [0, 1]:
    /// - expertise: share of the mentee's goal themes found in the mentor's expertise (0.5 without goals);
    /// - seniority: 1 at the ideal gap, 0.5 at another gap of at least one step;
    /// - practice group: 1 when it follows the programme's rule (same or different), always 1 for "either";
    /// - language: 1 when they share a language (or either has none listed), else 0;
    /// - mentee's wish: 1, 0.75 or 0.5 for the first, second or third wish, else 0;
    /// - mentor's preference: 1 when the mentor asked for this mentee, else 0.
    /// Hard rules make the pair impossible, with every reason kept.
    public static func score(_ mentee: MenteeProfile, _ mentor: MentorProfile, weights: MatchingWeights, rules: MatchingRules) -> PairScore {
        var broken: [HardRule] = []
        if mentee.id == mentor.id { broken.append(.samePerson) }
        if mentee.managerID == mentor.id { broken.append(.lineManager) }
        if mentee.avoid.contains(mentor.id) { broken.append(.onAvoidList) }
        if mentor.placesLeft <= 0 { broken.append(.atCapacity) }
        let gap = mentor.seniority - mentee.seniority
        if gap < 1 { broken.append(.notMoreSenior) }
        if !broken.isEmpty { return .impossible(broken) }

        var parts: [ScorePart] = []
        let expertise = Set(mentor.expertise.map(normalise))
        let met = mentee.goalThemes.filter { words in words.contains { expertise.contains(normalise($0)) } }
        parts.append(ScorePart(criterion: .expertise, value: mentee.goalThemes.isEmpty ? 0.5 : Double(met.count) / Double(mentee.goalThemes.count),
                               weight: weights.expertise, detail: met.compactMap { $0.last }))
        parts.append(ScorePart(criterion: .seniority, value: gap == rules.idealSeniorityGap ? 1 : 0.5, weight: weights.seniority, detail: ["\(gap)"]))
        let sameGroup = !mentee.practiceGroup.isEmpty && normalise(mentee.practiceGroup) == normalise(mentor.practiceGroup)
        let groupValue: Double = switch rules.practiceGroup {
        case .same: sameGroup ? 1 : 0
        case .different: sameGroup ? 0 : 1
        case .either: 1
        }
        parts.append(ScorePart(criterion: .practiceGroup, value: groupValue, weight: weights.practiceGroup, detail: sameGroup ? [mentor.practiceGroup] : []))
        let shared = Set(mentee.languages.map(normalise)).intersection(mentor.languages.map(normalise))
        let languageValue: Double = mentee.languages.isEmpty || mentor.languages.isEmpty || !shared.isEmpty ? 1 : 0
        parts.append(ScorePart(criterion: .language, value: languageValue, weight: weights.language, detail: shared.sorted()))
        let rank = mentee.wishes.prefix(3).firstIndex(of: mentor.id)
        parts.append(ScorePart(criterion: .menteeWish, value: rank.map { [1, 0.75, 0.5][$0] } ?? 0, weight: weights.menteeWish, detail: rank.map { ["\($0 + 1)"] } ?? []))
        parts.append(ScorePart(criterion: .mentorPreference, value: mentor.preferredMentees.contains(mentee.id) ? 1 : 0, weight: weights.mentorPreference, detail: []))

        let score = combine(parts[0].value, parts[1].value, parts[2].value, parts[3].value, parts[4].value, parts[5].value, weights: weights)
        return .allowed(score: score, parts: parts)
    }

    /// `Σ weight × part / Σ weight` over the six parts in the documented order, clamped to [0, 1].
    /// The one place the score is computed, so `scores(mentees:mentors:...)` gives the same bits.
    @inline(__always)
    static func combine(_ expertise: Double, _ seniority: Double, _ practiceGroup: Double, _ language: Double,
                        _ menteeWish: Double, _ mentorPreference: Double, weights: MatchingWeights) -> Double {
        var totalWeight = 0.0
        totalWeight += weights.expertise
        totalWeight += weights.seniority
        totalWeight += weights.practiceGroup
        totalWeight += weights.language
        totalWeight += weights.menteeWish
        totalWeight += weights.mentorPreference
        guard totalWeight > 0 else { return 0 }
        var sum = 0.0
        sum += expertise * weights.expertise
        sum += seniority * weights.seniority
        sum += practiceGroup * weights.practiceGroup
        sum += language * weights.language
        sum += menteeWish * weights.menteeWish
        sum += mentorPreference * weights.mentorPreference
        return min(1, max(0, sum / totalWeight))
    }

    /// Lower case, `_` as a space, no spaces or tabs at either end. Plain ASCII (nearly every
    /// theme, group and language) is done byte by byte, the same result as Foundation's
    /// `lowercased`, `replacingOccurrences` and `trimmingCharacters(in: .whitespaces)`, whose
    /// whitespace within ASCII is the space and the tab; anything else goes through Foundation.
    static func normalise(_ text: String) -> String {
        var text = text
        if let ascii = text.withUTF8({ asciiNormalised($0) }) { return ascii }
        return text.lowercased().replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces)
    }

    static func asciiNormalised(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0, end = bytes.count
        for byte in bytes where byte >= 0x80 { return nil }
        func blank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x5F }
        while start < end && blank(bytes[start]) { start += 1 }
        while end > start && blank(bytes[end - 1]) { end -= 1 }
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            for index in start..<end {
                let byte = bytes[index]
                buffer[index - start] = byte == 0x5F ? 0x20 : (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return end - start
        }
    }
}
