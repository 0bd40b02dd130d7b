import Foundation

/// How often each side said the words of a learning goal in one conversation, counted from its
/// transcript when it was uploaded.
public struct GoalMentionCount: Sendable, Codable, Equatable {
    public var goalID: UUID
    public var mentor: Int
    public var mentee: Int

    public init(goalID: UUID, mentor: Int, mentee: Int) {
        self.goalID = goalID
        self.mentor = mentor
        self.mentee = mentee
    }
}

/// A goal's words to look for: its title and the synonyms of its theme.
public struct GoalWords: Sendable, Equatable {
    public var goalID: UUID
    public var title: String
    /// Words or phrases the organisation added to the goal's theme, in any language.
    public var synonyms: [String]

    public init(goalID: UUID, title: String, synonyms: [String] = []) {
        self.goalID = goalID
        self.title = title
        self.synonyms = synonyms
    }
}

/// Who names an open learning goal in the conversations, over the period's held conversations
/// with counted transcripts.
public struct GoalMentionsFigure: Sendable, Codable, Equatable {
    public enum NamedBy: String, Sendable, Codable { case mentor, mentee, both, neither }

    public struct Goal: Sendable, Codable, Equatable {
        public var goalID: UUID
        public var title: String
        public var mentor: Int
        public var mentee: Int
        /// Transcripts counted for this goal (those uploaded while it was open).
        public var transcripts: Int
        /// Of those, the conversations in which the mentee said its words at least once.
        public var menteeNamedIn: Int
        /// `mentee / (mentor + mentee)`; nil when neither said them.
        public var menteeShare: Double?
        /// The mentee above two thirds of the mentions, the mentor below one third, else both.
        public var namedBy: NamedBy
    }

    public var goals: [Goal]

    /// Mentions added over the goals (the overview's sum).
    public var mentor: Int { goals.reduce(0) { $0 + $1.mentor } }
    public var mentee: Int { goals.reduce(0) { $0 + $1.mentee } }
}

public enum GoalMentions {
    /// Words that carry no goal of their own, in Dutch and English; left out of a goal's title.
    public static let stopWords: Set<String> = [
        // Dutch
        "de", "het", "een", "en", "of", "in", "op", "aan", "van", "voor", "met", "bij", "naar", "om", "te", "tot", "uit",
        "over", "door", "als", "dan", "dat", "die", "dit", "deze", "er", "ik", "je", "jij", "mijn", "mij", "me", "zijn",
        "is", "wordt", "worden", "word", "kan", "kunnen", "wil", "willen", "moet", "moeten", "meer", "minder", "beter",
        "goed", "goede", "niet", "wel", "ook", "nog", "zo", "zelf", "eigen", "mee", "hoe", "wat", "waar", "leren",
        "verbeteren", "krijgen", "maken", "doen", "gaan",
        // English
        "the", "a", "an", "and", "or", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "about", "into",
        "my", "me", "i", "be", "is", "are", "get", "getting", "more", "less", "better", "good", "own", "how", "what",
        "learn", "learning", "improve", "improving", "make", "do", "become", "not",
    ]

    /// Endings a transcript word may have beyond a goal word of at least `minimumStemLength`
    /// letters and still count: plurals and the regular verb forms of both languages. Nothing is
    /// taken off the goal word itself, so "plan" never matches "planeet".
    public static let endings = ["s", "es", "en", "e", "er", "ers", "ing", "ed", "t", "te", "ten", "d", "de", "den"]
    public static let minimumStemLength = 4

    /// The words the built-in goal themes come with, in Dutch and English (an organisation's own
    /// themes get theirs from the administrator's lists).
    public static func builtInSynonyms(_ theme: GoalTheme) -> [String] {
        switch theme {
        case .workOrganisation: ["planning", "plannen", "overzicht", "prioriteiten", "deadline", "workload", "priorities", "overview"]
        case .clientSkills: ["klant", "klanten", "klantgesprek", "slotbespreking", "client", "clients", "closing meeting"]
        case .expertise: ["vakkennis", "expertise", "knowledge"]
        case .leadership: ["leidinggeven", "teamleider", "delegeren", "leadership", "delegate"]
        }
    }

    /// Lower case, accents folded, split on anything that is not a letter or a digit.
    public static func words(_ text: String) -> [String] {
        text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The terms of a goal, each a sequence of words: every title word that is not a stop word (a
    /// term of one word), and every synonym phrase as written (split on commas, semicolons and lines).
    public static func terms(_ goal: GoalWords) -> [[String]] {
        var result = words(goal.title).filter { !stopWords.contains($0) && $0.count > 1 }.map { [$0] }
        for phrase in goal.synonyms.flatMap({ $0.split(whereSeparator: { ",;\n".contains($0) }) }) {
            let phraseWords = words(String(phrase))
            if !phraseWords.isEmpty && !phraseWords.allSatisfy(stopWords.contains) { result.append(phraseWords) }
        }
        var seen = Set<[String]>()
        return result.filter { seen.insert($0).inserted }
    }

    /// A transcript word matches a term word when it is the same, or (for a term word of at
    /// least `minimumStemLength` letters) the same followed by one of `endings`.
    public static func matches(_ term: String, _ word: String) -> Bool {
        if word == term { return true }
        guard term.count >= minimumStemLength, word.hasPrefix(term) else { return false }
        return endings.contains(String(word.dropFirst(term.count)))
    }

    /// How many times the terms occur in `text`: each place where a term's words follow each other.
    /// A place is counted once, even when two terms match there.
    public static func count(_ terms: [[String]], in text: String) -> Int {
        let said = words(text)
        var total = 0
        var index = 0
        while index < said.count {
            let hit = terms.first { term in
                index + term.count <= said.count && term.indices.allSatisfy { matches(term[$0], said[index + $0]) }
            }
            if let hit { total += 1; index += hit.count } else { index += 1 }
        }
        return total
    }

    /// Counts per goal and speaker name over the cues of a transcript.
    public static func counts(_ goals: [GoalWords], cues: [(speaker: String, text: String)]) -> [UUID: [String: Int]] {
        var result: [UUID: [String: Int]] = [:]
        for goal in goals {
            let goalTerms = terms(goal)
            guard !goalTerms.isEmpty else { continue }
            var bySpeaker: [String: Int] = [:]
            for cue in cues {
                let found = count(goalTerms, in: cue.text)
                if found > 0 { bySpeaker[cue.speaker, default: 0] += found }
            }
            result[goal.goalID] = bySpeaker
        }
        return result
    }

    /// Adds up the counts of the held conversations (`held`) for every goal that is open or in
    /// progress. `menteeShare = mentee / (mentor + mentee)`; named by the mentee above 2/3, by
    /// the mentor below 1/3, by both between, by neither without mentions.
    public static func figure(_ goals: [GoalRecord], held: [ConversationRecord]) -> GoalMentionsFigure {
        let open = goals.filter { $0.status == .open || $0.status == .inProgress }
        return GoalMentionsFigure(goals: open.map { goal in
            var mentor = 0, mentee = 0, transcripts = 0, menteeNamedIn = 0
            for conversation in held {
                guard let count = conversation.goalMentions?.first(where: { $0.goalID == goal.id }) else { continue }
                transcripts += 1
                mentor += count.mentor
                mentee += count.mentee
                if count.mentee > 0 { menteeNamedIn += 1 }
            }
            let total = mentor + mentee
            let share = total > 0 ? Double(mentee) / Double(total) : nil
            let namedBy: GoalMentionsFigure.NamedBy = share.map { $0 > 2.0 / 3 ? .mentee : $0 < 1.0 / 3 ? .mentor : .both } ?? .neither
            return .init(goalID: goal.id, title: goal.title, mentor: mentor, mentee: mentee, transcripts: transcripts,
                         menteeNamedIn: menteeNamedIn, menteeShare: share, namedBy: namedBy)
        })
    }
}
