/// What a sentence does in the conversation. Each sentence of each speaker gets exactly one
/// move; `docs/transcripts.md` explains each with examples.
public enum Move: String, Sendable, Codable, CaseIterable {
    /// A question that invites the other to tell: "Hoe kijk jij daar zelf naar?"
    case open
    /// A question asking for yes/no or a fact: "Heb je de partner al gesproken?"
    case closed
    /// Saying back what the other said or meant: "Het klinkt alsof je vastzit."
    case reflection
    /// Telling the other what to do: "Je moet de klant vandaag nog bellen."
    case advice
    /// The speaker's own experience told as a story: "Toen ik net begon, had ik dat ook."
    case story
    /// A short continuer while listening: "Ja." "Mhm." "Right."
    case backchannel
    /// Any other statement of some length: facts, explanations, an answer.
    case information
    /// Greetings, thanks, praise, structuring ("Laten we beginnen") and fragments.
    case other

    public var isQuestion: Bool { self == .open || self == .closed }
}

/// Word classes the rules read, one bit each, per language (see `Lexicon`).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let marker = WordClass(rawValue: 1 << 0)
    static let function = WordClass(rawValue: 1 << 1)
    static let backchannel = WordClass(rawValue: 1 << 2)
    static let openQuestion = WordClass(rawValue: 1 << 3)
    static let factQuestion = WordClass(rawValue: 1 << 4)
    /// Words after which a question word starts a subordinate clause: "wanneer *je* klaar bent".
    static let subordinateFollower = WordClass(rawValue: 1 << 5)
    static let auxiliary = WordClass(rawValue: 1 << 6)
    static let invertedSubject = WordClass(rawValue: 1 << 7)
    static let filler = WordClass(rawValue: 1 << 8)
    static let tellVerb = WordClass(rawValue: 1 << 9)
    static let imperative = WordClass(rawValue: 1 << 10)
    static let secondPerson = WordClass(rawValue: 1 << 11)
    static let firstPerson = WordClass(rawValue: 1 << 12)
    /// A question word with its verb inside: "what's", "how's" (no subordinate clause can follow).
    static let contracted = WordClass(rawValue: 1 << 13)
    /// "dat", "het", "that", "it": a subject of an inverted question only when it ends with "?"
    /// ("Is dat zo?"), since "Doe dat gewoon" is an imperative.
    static let demonstrative = WordClass(rawValue: 1 << 14)
    /// Adverbs a sentence may start with before its verb ("dus", "misschien", "just", "always"):
    /// skipped like fillers, but after them Dutch puts the verb first in statements too
    /// ("Misschien kun je morgen bellen"), so an inverted start then needs a "?".
    static let adverbLead = WordClass(rawValue: 1 << 15)
    /// The separated part of a Dutch R-pronoun question: "Waar loop je *tegenaan*?" (after the second word)
    static let particle = WordClass(rawValue: 1 << 16)
    /// A sentence about the speaker with it tells a story: "I lost a client *once*."
    static let storyEnd = WordClass(rawValue: 1 << 17)
    /// Any word of the language's lexicon (also those in phrases only): a word known to one
    /// language alone is a weak vote for a turn's language.
    static let known = WordClass(rawValue: 1 << 18)
    /// "Waar": its particle may come later in the sentence ("Waar ben je trots *op*?").
    static let rPronoun = WordClass(rawValue: 1 << 19)
}

/// Phrase kinds: the four signals, then the phrases the move rules read. Bits of
/// `SentenceFacts.phrases`; two extra bits record an imperative verb at a clause start and
/// a verb of telling ("vertellen", "describe") anywhere in the sentence.
enum PhraseKind: Int, Sendable {
    case hedge = 0, certainty, commitment, ownView
    case openLead, closedLead, reflectionLead, reflectionStart, advice, permission, story, otherLead, adviceLead
    /// Starts that look like advice but are the speaker's wish or the other's: "Ik zou graag...",
    /// "You'd like...".
    case notAdvice
    /// "Wanneer ik", "Toen we": a story start that needs the speaker as subject.
    case storyLead
    static let imperativeBit: UInt16 = 1 << 13
    static let tellBit: UInt16 = 1 << 14
    static let particleBit: UInt16 = 1 << 11
    static let storyEndBit: UInt16 = 1 << 12

    /// Leads count only at the start of a sentence (after fillers such as "en", "dus", "so").
    var mustLead: Bool {
        switch self {
        case .openLead, .closedLead, .reflectionLead, .reflectionStart, .otherLead, .adviceLead, .notAdvice, .storyLead: true
        default: false
        }
    }

    /// The signals are counted, not flagged, so the flagged kinds start at bit 0.
    var bit: UInt16 { 1 << UInt16(rawValue - 4) }
}

/// What the rules know about one sentence in one language: built while its words are read,
/// so nothing of the text is kept.
struct SentenceFacts: Equatable, Sendable {
    /// Words in the sentence.
    var words = 0
    /// It ended with a question mark.
    var mark = false
    /// The classes of the first two words after fillers ("en", "dus", "ja", "so", "well").
    var first = WordClass(), second = WordClass()
    var hasSecond = false
    /// Phrase kinds found (`PhraseKind.bit`) plus the extra bits.
    var phrases: UInt16 = 0
    /// Words that are not backchannel words.
    var substantive = 0
    /// Content words, and how many of them the other's last turn also had.
    var content = 0, shared = 0
    /// The sentence started with an adverb such as "dus", "misschien", "just".
    var afterAdverb = false
    /// The class of the last word.
    var last = WordClass()
    /// The other spoke just before this speaker's turn.
    var answersOther = false

    func has(_ kind: PhraseKind) -> Bool { phrases & kind.bit != 0 }
}

/// The move rules: small pure functions over `SentenceFacts`, tried in a fixed order so each
/// sentence gets one move. The order matters where cues overlap: a reflection said with a
/// rising "?" is a reflection, not a question; "would you be willing...?" stays a (closed)
/// question rather than advice.
enum MoveRules {
    static func move(_ facts: SentenceFacts) -> Move {
        if isBackchannel(facts) { return .backchannel }
        if facts.has(.reflectionStart) { return .reflection }
        // "Why don't you call him?", "Wat als je eerst...": advice in the form of a question.
        if facts.has(.adviceLead) && !facts.has(.notAdvice) { return .advice }
        if let kind = questionKind(facts) { return kind }
        if facts.mark {
            // Not built as a question but said with "?": a reflection when it says back the
            // other's words or starts like one ("Dus je wilt eerst de partner spreken?"),
            // else a closed check ("Dat lukt voor vrijdag?").
            if facts.has(.reflectionLead) || sharesTheOthersWords(facts, rising: true) { return .reflection }
            if isAdvice(facts) { return .advice }
            return .closed
        }
        // Greetings, thanks and praise first: "Goedemorgen, fijn dat je er kon zijn."
        if facts.has(.otherLead) { return .other }
        if isAdvice(facts) { return .advice }
        if facts.has(.reflectionLead) || sharesTheOthersWords(facts, rising: false) || isAboutTheOther(facts) { return .reflection }
        if isStory(facts) { return .story }
        if facts.words < 3 { return .other }
        return .information
    }

    /// "Ja." "Mhm, precies." "Yeah, right." At most four words, all of them backchannel words.
    static func isBackchannel(_ facts: SentenceFacts) -> Bool {
        facts.words <= 4 && facts.substantive == 0 && facts.words > 0
    }

    /// Open or closed when the sentence is built as a question from its first word, or ends
    /// with "?"; nil for statements.
    ///
    /// - A question word counts only when the next word is not a subject or article: "Wanneer
    ///   ben je klaar" asks, "Wanneer je klaar bent, stuur me het dossier" does not; "What would
    ///   you do" asks, "What I would do is call the client" does not.
    /// - An auxiliary followed by a subject is an inverted question: "Heb je...", "Would you...".
    /// - Open when it invites the other to tell: an open question word (wat, hoe, waarom, welke
    ///   / what, how, why, which), a lead such as "vertel eens", "wat nog meer", "tell me",
    ///   "what else", or an inverted question with a verb of telling ("Kun je vertellen...",
    ///   "Could you walk me through..."). Closed otherwise: yes/no, facts (wie, waar, wanneer,
    ///   hoeveel / who, where, when, how many), tags ("toch?", "right?").
    static func questionKind(_ facts: SentenceFacts) -> Move? {
        // Exclamations and set phrases: "Wat goed dat je het gevraagd hebt." "Hoe dan ook, ..."
        if facts.has(.otherLead) && !facts.mark { return nil }
        if facts.has(.openLead) { return .open }
        if facts.has(.closedLead) { return facts.mark || builtAsQuestion(facts) ? .closed : nil }
        if facts.has(.permission) { return .closed }
        let subordinate = facts.hasSecond && facts.second.contains(.subordinateFollower) && !facts.first.contains(.contracted)
        if facts.first.contains(.openQuestion) {
            if !subordinate || facts.words == 1 { return .open }
            return facts.mark ? .closed : nil
        }
        if facts.first.contains(.factQuestion) {
            // "Waar loop je tegenaan?", "Waar ben je trots op?" ask the other to tell.
            if facts.first.contains(.rPronoun), facts.phrases & PhraseKind.particleBit != 0 { return .open }
            if !subordinate || facts.words == 1 { return .closed }
            return facts.mark ? .closed : nil
        }
        if isInverted(facts) {
            return facts.phrases & PhraseKind.tellBit != 0 ? .open : .closed
        }
        return nil
    }

    static func builtAsQuestion(_ facts: SentenceFacts) -> Bool {
        facts.first.contains(.openQuestion) || facts.first.contains(.factQuestion) || isInverted(facts)
    }

    /// "Heb je", "Kun je", "Is dat", "Do you", "Would you": an auxiliary, then a subject.
    static func isInverted(_ facts: SentenceFacts) -> Bool {
        guard facts.hasSecond, facts.first.contains(.auxiliary) else { return false }
        if facts.afterAdverb && !facts.mark { return false }
        return facts.second.contains(.invertedSubject) && (facts.mark || !facts.second.contains(.demonstrative))
    }

    /// Telling the other what to do: an advice phrase anywhere ("je moet", "als ik jou was",
    /// "you should", "I'd suggest"), or an imperative verb starting a clause ("Bel de klant
    /// morgen.", "Als je klaar bent, stuur me het dossier.").
    static func isAdvice(_ facts: SentenceFacts) -> Bool {
        if facts.has(.notAdvice) { return false }
        if facts.has(.advice) { return true }
        guard facts.phrases & PhraseKind.imperativeBit != 0 else { return false }
        // An imperative has no subject of its own: "Laat me even kijken" and "Ga ik doen" are
        // not advice, and "Plan je het zelf?" is a question. ("Hou je agenda vrij": "je" is "your".)
        guard facts.hasSecond, facts.first.contains(.imperative) else { return true }
        if facts.second.contains(.firstPerson) { return false }
        return !(facts.mark && facts.second.contains(.secondPerson))
    }

    /// A statement about the other's feelings, wishes or situation, right after the other
    /// spoke: "Je bent er trots op dat...", "You're unsure about...", "So mostly you're tired."
    static func isAboutTheOther(_ facts: SentenceFacts) -> Bool {
        facts.answersOther && (facts.first.contains(.secondPerson) || (facts.hasSecond && facts.second.contains(.secondPerson) && !facts.first.contains(.firstPerson)))
    }

    /// The speaker's own past: a story phrase ("toen ik", "in my experience"), a story lead
    /// with the speaker as subject, or a sentence about the speaker ending in "once".
    static func isStory(_ facts: SentenceFacts) -> Bool {
        facts.has(.story) || facts.has(.storyLead) || (facts.first.contains(.firstPerson) && facts.phrases & PhraseKind.storyEndBit != 0)
    }

    /// A statement saying back the other's last turn in much of its own words: at least two
    /// shared content words making up at least half of the sentence's content words, and not
    /// about the speaker ("Ik ...", "I ..."). Said with "?" one shared word in three suffices.
    static func sharesTheOthersWords(_ facts: SentenceFacts, rising: Bool) -> Bool {
        if facts.first.contains(.firstPerson) { return false }
        if rising { return facts.shared >= 1 && facts.shared * 3 >= facts.content }
        return facts.shared >= 2 && facts.shared * 2 >= facts.content
    }
}
