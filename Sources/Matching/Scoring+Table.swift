extension Scoring {
    /// Every pair's score at once: `scores[mentee][mentor]` is exactly
    /// `score(mentees[mentee], mentors[mentor], weights:rules:).score` (nil where a hard rule
    /// forbids the pair), without the parts.
    ///
    /// Why: scoring pair by pair normalises every text again for each pair (about 50 µs a pair,
    /// two minutes for 3,000 mentees × 800 mentors). Here each text is normalised once and
    /// becomes a number; each mentor is listed under its expertise words, languages and id, and
    /// each mentee's row walks those lists, so the cost per pair is a few array reads. The final
    /// formula is the shared `combine`, so the numbers are the same to the last bit.
    public static func scores(mentees: [MenteeProfile], mentors: [MentorProfile], weights: MatchingWeights,
                              rules: MatchingRules) -> [[Double?]] {
        let table = MentorTable(mentors, mentees: mentees)
        var scratch = RowScratch(mentorCount: mentors.count)
        return mentees.indices.map { index in table.row(for: mentees[index], at: index, weights: weights, rules: rules, scratch: &scratch) }
    }
}

/// Texts as numbers: equal after `Scoring.normalise` means the same number.
struct TextNumbers {
    /// Normalised text to its number, and each text as written to the same number (a cache).
    private var normalised: [String: Int] = [:]
    private var written: [String: Int] = [:]

    /// The number of a text, adding it when new.
    mutating func number(_ text: String) -> Int {
        if let number = written[text] { return number }
        let key = Scoring.normalise(text)
        let number = normalised[key] ?? normalised.count
        normalised[key] = number
        written[text] = number
        return number
    }

    /// The number of a text if any mentor's text normalises the same, else nil.
    func existing(_ text: String) -> Int? {
        written[text] ?? normalised[Scoring.normalise(text)]
    }
}

/// The mentors indexed for scoring whole rows.
struct MentorTable {
    var seniority: [Int]
    var full: [Bool]
    var group: [Int]
    var hasLanguages: [Bool]
    var byExpertise: [Int: [Int]] = [:]
    var byLanguage: [Int: [Int]] = [:]
    var byID: [String: [Int]] = [:]
    /// Per mentee: the mentors who asked for them.
    var preferredBy: [[Int]]
    var numbers = TextNumbers()

    init(_ mentors: [MentorProfile], mentees: [MenteeProfile]) {
        seniority = mentors.map(\.seniority)
        full = mentors.map { $0.placesLeft <= 0 }
        group = []
        hasLanguages = mentors.map { !$0.languages.isEmpty }
        preferredBy = Array(repeating: [], count: mentees.count)
        var menteesByID: [String: [Int]] = [:]
        for (index, mentee) in mentees.enumerated() { menteesByID[mentee.id, default: []].append(index) }
        for (index, mentor) in mentors.enumerated() {
            group.append(numbers.number(mentor.practiceGroup))
            for word in Set(mentor.expertise.map { numbers.number($0) }) { byExpertise[word, default: []].append(index) }
            for language in Set(mentor.languages.map { numbers.number($0) }) { byLanguage[language, default: []].append(index) }
            byID[mentor.id, default: []].append(index)
            for id in mentor.preferredMentees {
                for mentee in menteesByID[id] ?? [] { preferredBy[mentee].append(index) }
            }
        }
    }

    /// One mentee's scores against every mentor.
    func row(for mentee: MenteeProfile, at index: Int, weights: MatchingWeights, rules: MatchingRules, scratch: inout RowScratch) -> [Double?] {
        scratch.start()
        let mark = scratch.mark
        // Hard rules naming a mentor: the mentee themself, their line manager, their avoid list.
        for id in [mentee.id] + (mentee.managerID.map { [$0] } ?? []) + Array(mentee.avoid) {
            for mentor in byID[id] ?? [] { scratch.blocked[mentor] = mark }
        }
        // Themes met: a theme counts once per mentor when any of its words is in the expertise.
        for words in mentee.goalThemes {
            let theme = scratch.nextTheme()
            for word in words {
                guard let number = numbers.existing(word) else { continue }
                for mentor in byExpertise[number] ?? [] where scratch.theme[mentor] != theme {
                    scratch.theme[mentor] = theme
                    scratch.met[mentor] = scratch.metMark[mentor] == mark ? scratch.met[mentor] + 1 : 1
                    scratch.metMark[mentor] = mark
                }
            }
        }
        for language in Set(mentee.languages.compactMap { numbers.existing($0) }) {
            for mentor in byLanguage[language] ?? [] { scratch.sharesLanguage[mentor] = mark }
        }
        for (rank, id) in mentee.wishes.prefix(3).enumerated() {
            for mentor in byID[id] ?? [] where scratch.wishMark[mentor] != mark {
                scratch.wishMark[mentor] = mark
                scratch.wishRank[mentor] = rank
            }
        }
        for mentor in preferredBy[index] { scratch.preferred[mentor] = mark }
        let menteeGroup = mentee.practiceGroup.isEmpty ? -1 : numbers.existing(mentee.practiceGroup) ?? -1
        let themeCount = Double(mentee.goalThemes.count)
        let menteeHasLanguages = !mentee.languages.isEmpty
        let wishValues = [1, 0.75, 0.5]

        var row = [Double?](repeating: nil, count: seniority.count)
        for mentor in 0..<seniority.count {
            let gap = seniority[mentor] - mentee.seniority
            guard scratch.blocked[mentor] != mark, !full[mentor], gap >= 1 else { continue }
            let met = scratch.metMark[mentor] == mark ? scratch.met[mentor] : 0
            let expertise = mentee.goalThemes.isEmpty ? 0.5 : Double(met) / themeCount
            let sameGroup = menteeGroup >= 0 && menteeGroup == group[mentor]
            let groupValue: Double = switch rules.practiceGroup {
            case .same: sameGroup ? 1 : 0
            case .different: sameGroup ? 0 : 1
            case .either: 1
            }
            let language: Double = !menteeHasLanguages || !hasLanguages[mentor] || scratch.sharesLanguage[mentor] == mark ? 1 : 0
            let wish = scratch.wishMark[mentor] == mark ? wishValues[scratch.wishRank[mentor]] : 0
            let preference: Double = scratch.preferred[mentor] == mark ? 1 : 0
            row[mentor] = Scoring.combine(expertise, gap == rules.idealSeniorityGap ? 1 : 0.5, groupValue, language, wish, preference, weights: weights)
        }
        return row
    }
}

/// Per-mentor marks for one row at a time; a mark equal to the current row's means "set in
/// this row", so nothing is cleared between rows.
struct RowScratch {
    var mark = 0
    var themeNumber = 0
    var blocked: [Int]
    var theme: [Int]
    var met: [Int]
    var metMark: [Int]
    var sharesLanguage: [Int]
    var wishMark: [Int]
    var wishRank: [Int]
    var preferred: [Int]

    init(mentorCount: Int) {
        let none = [Int](repeating: 0, count: mentorCount)
        (blocked, theme, met, metMark, sharesLanguage, wishMark, wishRank, preferred) = (none, none, none, none, none, none, none, none)
    }

    mutating func start() { mark += 1 }

    mutating func nextTheme() -> Int {
        themeNumber += 1
        return themeNumber
    }
}
