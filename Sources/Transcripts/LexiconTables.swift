import Foundation

/// Word lists for Dutch and English, written for this product (data in `Lexicons/`). Single
/// words get classes the move rules read (`WordClass`); phrases of one to five words are
/// matched at their last word against the words before it (`PhraseKind`).
struct Lexicon {
    var openQuestionWords: [String]
    var factQuestionWords: [String]
    var subordinateFollowers: [String]
    var auxiliaries: [String]
    var invertedSubjects: [String]
    var fillers: [String]
    var backchannels: [String]
    var tellVerbs: [String]
    var imperatives: [String]
    var secondPerson: [String]
    var firstPerson: [String]
    var functionWords: [String]
    var openLeads: [String]
    var closedLeads: [String]
    var reflectionStarts: [String]
    var reflectionLeads: [String]
    var advicePhrases: [String]
    var adviceLeads: [String]
    var permissionPhrases: [String]
    var storyPhrases: [String]
    var otherLeads: [String]
    var hedges: [String]
    var certainty: [String]
    var commitments: [String]
    var ownView: [String]

    /// Every entry, for the test that each reads as the same words from a transcript.
    var allEntries: [String] {
        openQuestionWords + factQuestionWords + subordinateFollowers + auxiliaries + invertedSubjects + fillers + backchannels
            + tellVerbs + imperatives + secondPerson + firstPerson + functionWords + phraseLists.flatMap(\.1)
    }

    var wordLists: [(WordClass, [String])] {
        [(.openQuestion, openQuestionWords), (.factQuestion, factQuestionWords), (.subordinateFollower, subordinateFollowers),
         (.auxiliary, auxiliaries), (.invertedSubject, invertedSubjects), (.filler, fillers), (.backchannel, backchannels),
         (.tellVerb, tellVerbs), (.imperative, imperatives), (.secondPerson, secondPerson), (.firstPerson, firstPerson),
         (.function, functionWords)]
    }

    var phraseLists: [(PhraseKind, [String])] {
        [(.hedge, hedges), (.certainty, certainty), (.commitment, commitments), (.ownView, ownView),
         (.openLead, openLeads), (.closedLead, closedLeads), (.reflectionLead, reflectionLeads), (.reflectionStart, reflectionStarts),
         (.advice, advicePhrases), (.adviceLead, adviceLeads), (.permission, permissionPhrases), (.story, storyPhrases), (.otherLead, otherLeads)]
    }
}

/// The lexicons compiled for matching on bytes. Every word the lexicons use gets a small
/// number, found through an open-addressing hash table; words that are in no lexicon get 0.
struct LexiconTables: Sendable {
    /// Index 0 is English, 1 Dutch.
    static let languages = ["en", "nl"]
    static let shared = LexiconTables([Lexicon.english, Lexicon.dutch], markers: [Lexicon.englishMarkers, Lexicon.dutchMarkers])
    static let signalNames = ["hedges", "certainty", "commitments", "ownView"]
    /// The longest phrase, in words, that `Meter` can match (it keeps the four words before).
    static let longestPhrase = 5

    struct Phrase: Sendable {
        let text: String
        let words: [Int32]
        let language: Int
        let kind: PhraseKind
    }

    private var slotHash: [UInt64]
    private var slotWord: [Int32]
    private let mask: Int
    private var spelling: [[UInt8]] = [[]]
    /// Per word: its classes, English in the low 16 bits and Dutch in the high 16.
    private(set) var classes: [UInt32] = [0]
    private(set) var phrases: [Phrase] = []
    /// Per word: the phrases ending with it.
    private(set) var endingWith: [[Int32]] = [[]]

    init(_ lexicons: [Lexicon], markers markerSets: [[String]]) {
        mask = 4095
        slotHash = Array(repeating: 0, count: mask + 1)
        slotWord = Array(repeating: 0, count: mask + 1)
        for (language, lexicon) in lexicons.enumerated() {
            let shift = UInt32(language * 16)
            for word in markerSets[language] { classes[Int(intern(word))] |= UInt32(WordClass.marker.rawValue) << shift }
            for (wordClass, list) in lexicon.wordLists {
                for entry in list {
                    let words = Self.words(entry)
                    precondition(words.count == 1, "word list entry \(entry) is one word")
                    classes[Int(intern(words[0]))] |= UInt32(wordClass.rawValue) << shift
                }
            }
            for (kind, list) in lexicon.phraseLists {
                for text in list {
                    let words = Self.words(text).map { intern($0) }
                    precondition(!words.isEmpty && words.count <= Self.longestPhrase, "phrase \(text) has 1 to 5 words")
                    endingWith[Int(words.last!)].append(Int32(phrases.count))
                    phrases.append(Phrase(text: text, words: words, language: language, kind: kind))
                }
            }
        }
    }

    /// A lexicon entry's words: entries are written lower-case, words separated by one space
    /// (a test checks each entry reads as the same words from a transcript).
    static func words(_ entry: String) -> [String] {
        entry.split(separator: " ").map(String.init)
    }

    @inline(__always)
    func wordClass(_ word: Int32, _ language: Int) -> WordClass {
        WordClass(rawValue: UInt16(truncatingIfNeeded: classes[Int(word)] >> UInt32(language * 16)))
    }

    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<count { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
        return hash | 1
    }

    private mutating func intern(_ word: String) -> Int32 {
        let bytes = Array(word.utf8)
        let found = bytes.withUnsafeBufferPointer { self.word($0.baseAddress!, $0.count) }
        if found != 0 { return found }
        let id = Int32(spelling.count)
        spelling.append(bytes)
        classes.append(0)
        endingWith.append([])
        let hash = bytes.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slotWord[slot] != 0 { slot = (slot + 1) & mask }
        slotHash[slot] = hash
        slotWord[slot] = id
        precondition(spelling.count < mask / 2, "the lexicons outgrew their table")
        return id
    }

    /// The number of the lower-cased word in `bytes`, or 0 when no lexicon uses it.
    @inline(__always)
    func word(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
        let hash = Self.hash(bytes, count)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slotWord[slot]
            if id == 0 { return 0 }
            if slotHash[slot] == hash, spelling[Int(id)].count == count,
               spelling[Int(id)].withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes, count) == 0 }) {
                return id
            }
            slot = (slot + 1) & mask
        }
    }
}
