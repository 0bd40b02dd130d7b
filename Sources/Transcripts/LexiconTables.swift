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
    var contracted: [String]
    var demonstratives: [String]
    var adverbLeads: [String]
    var particles: [String]
    var rPronouns: [String]
    var storyEnds: [String]
    var openLeads: [String]
    var closedLeads: [String]
    var reflectionStarts: [String]
    var reflectionLeads: [String]
    var advicePhrases: [String]
    var adviceLeads: [String]
    var permissionPhrases: [String]
    var storyPhrases: [String]
    var otherLeads: [String]
    var notAdvice: [String]
    var storyLeads: [String]
    var hedges: [String]
    var certainty: [String]
    var commitments: [String]
    var ownView: [String]

    /// Every entry, for the test that each reads as the same words from a transcript.
    var allEntries: [String] {
        openQuestionWords + factQuestionWords + subordinateFollowers + auxiliaries + invertedSubjects + fillers + backchannels
            + tellVerbs + imperatives + secondPerson + firstPerson + functionWords + contracted + demonstratives + adverbLeads + particles + rPronouns
            + storyEnds + phraseLists.flatMap(\.1)
    }

    var wordLists: [(WordClass, [String])] {
        [(.openQuestion, openQuestionWords), (.factQuestion, factQuestionWords), (.subordinateFollower, subordinateFollowers),
         (.auxiliary, auxiliaries), (.invertedSubject, invertedSubjects), (.filler, fillers), (.backchannel, backchannels),
         (.tellVerb, tellVerbs), (.imperative, imperatives), (.secondPerson, secondPerson), (.firstPerson, firstPerson),
         (.function, functionWords), (.contracted, contracted), (.demonstrative, demonstratives), (.adverbLead, adverbLeads),
         (.particle, particles), (.storyEnd, storyEnds), (.rPronoun, rPronouns)]
    }

    var phraseLists: [(PhraseKind, [String])] {
        [(.hedge, hedges), (.certainty, certainty), (.commitment, commitments), (.ownView, ownView),
         (.openLead, openLeads), (.closedLead, closedLeads), (.reflectionLead, reflectionLeads), (.reflectionStart, reflectionStarts),
         (.advice, advicePhrases), (.adviceLead, adviceLeads), (.permission, permissionPhrases), (.story, storyPhrases), (.otherLead, otherLeads),
         (.notAdvice, notAdvice), (.storyLead, storyLeads)]
    }
}

/// The lexicons compiled for matching on bytes. Every word the lexicons use gets a small
/// number, found through an open-addressing hash table; words that are in no lexicon get 0.
/// Built once, then frozen into flat buffers: the per-word work reads them without reference
/// counting or bounds checks (they live as long as the program, like the lexicons).
final class LexiconTables: @unchecked Sendable {
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

    /// The phrases, for their texts and the tests.
    let phrases: [Phrase]
    let mask: Int
    /// The hash table: per slot the word's hash in the high 48 bits and its number in the low 16.
    let slots: UnsafeMutablePointer<UInt64>
    let spellingStart: UnsafeMutablePointer<Int>
    let spellingBytes: UnsafeMutablePointer<UInt8>
    /// Per word of at most eight bytes: its bytes as one little-endian number (zero padded),
    /// compared with one load instead of a call to `memcmp`.
    let spellingWord: UnsafeMutablePointer<UInt64>
    /// Per word: its classes, English in the low 32 bits and Dutch in the high 32.
    let classes: UnsafeMutablePointer<UInt64>
    /// Words of at most eight bytes by their bytes as one number (which is never 0: no byte
    /// of a word is): open addressing on `shortKeys`, the word's number at the same slot.
    let shortMask: Int
    let shortKeys: UnsafeMutablePointer<UInt64>
    let shortWords: UnsafeMutablePointer<Int32>
    /// Per word, the phrases ending with it: `endingList[endingStart[word] ..< endingStart[word + 1]]`.
    let endingStart: UnsafeMutablePointer<Int32>
    let endingList: UnsafeMutablePointer<Int32>
    /// Per word, a filter of the words just before it in the phrases ending with it: bit
    /// `previous % 63`, and bit 63 for a one-word phrase. Most words end no phrase whose
    /// previous word was just read, so the phrase loop is skipped after one test.
    let endingFilter: UnsafeMutablePointer<UInt64>
    /// Per word, its bit in the filters: `1 << (word % 63)`.
    let filterBit: UnsafeMutablePointer<UInt64>
    /// Per word, what its classes add to a sentence and a turn (see `WordFacts`).
    let facts: UnsafeMutablePointer<WordFacts>
    /// Per phrase: its words from the last backwards (five places), its length, kind and language.
    let phraseWords: UnsafeMutablePointer<Int32>
    let phraseLength: UnsafeMutablePointer<Int32>
    let phraseKind: UnsafeMutablePointer<Int32>
    let phraseLanguage: UnsafeMutablePointer<Int32>
    let wordCount: Int

    init(_ lexicons: [Lexicon], markers markerSets: [[String]]) {
        var builder = Builder()
        for (language, lexicon) in lexicons.enumerated() {
            let shift = UInt64(language * 32)
            let known = UInt64(WordClass.known.rawValue) << shift
            for word in markerSets[language] { builder.classes[Int(builder.intern(word))] |= UInt64(WordClass.marker.rawValue) << shift | known }
            for (wordClass, list) in lexicon.wordLists {
                for entry in list {
                    let words = Self.words(entry)
                    precondition(words.count == 1, "word list entry \(entry) is one word")
                    builder.classes[Int(builder.intern(words[0]))] |= UInt64(wordClass.rawValue) << shift | known
                }
            }
            for (kind, list) in lexicon.phraseLists {
                for text in list {
                    let words = Self.words(text).map { builder.intern($0) }
                    for word in words { builder.classes[Int(word)] |= known }
                    precondition(!words.isEmpty && words.count <= Self.longestPhrase, "phrase \(text) has 1 to 5 words")
                    builder.endingWith[Int(words.last!)].append(Int32(builder.phrases.count))
                    builder.phrases.append(Phrase(text: text, words: words, language: language, kind: kind))
                }
            }
        }
        phrases = builder.phrases
        mask = builder.mask
        wordCount = builder.spelling.count
        func frozen<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, values.count))
            pointer.initialize(from: values, count: values.count)
            return pointer
        }
        slots = frozen(zip(builder.slotHash, builder.slotWord).map { hash, word in word == 0 ? 0 : hash & ~0xFFFF | UInt64(word) })
        classes = frozen(builder.classes)
        var starts = [0]
        for spelling in builder.spelling { starts.append(starts.last! + spelling.count) }
        spellingStart = frozen(starts)
        spellingBytes = frozen(builder.spelling.flatMap { $0 })
        spellingWord = frozen(builder.spelling.map { bytes in
            bytes.count <= 8 ? bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64($1.offset * 8) } : 0
        })
        let packed = builder.spelling.map { bytes in
            bytes.count <= 8 ? bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64($1.offset * 8) } : 0
        }
        var shortSize = 64
        while shortSize < packed.count * 4 { shortSize *= 2 }
        var shortKeyList = [UInt64](repeating: 0, count: shortSize)
        var shortWordList = [Int32](repeating: 0, count: shortSize)
        for (id, key) in packed.enumerated() where key != 0 {
            var slot = LexiconTables.shortSlot(key, mask: shortSize - 1)
            while shortKeyList[slot] != 0 { slot = (slot + 1) & (shortSize - 1) }
            shortKeyList[slot] = key
            shortWordList[slot] = Int32(id)
        }
        shortMask = shortSize - 1
        shortKeys = frozen(shortKeyList)
        shortWords = frozen(shortWordList)
        var ending = [Int32(0)]
        for list in builder.endingWith { ending.append(ending.last! + Int32(list.count)) }
        endingStart = frozen(ending)
        endingList = frozen(builder.endingWith.flatMap { $0 })
        endingFilter = frozen(builder.endingWith.map { list in
            list.reduce(UInt64(0)) { filter, phrase in
                let words = builder.phrases[Int(phrase)].words
                return filter | (words.count == 1 ? 1 << 63 : 1 << (UInt64(words[words.count - 2]) % 63))
            }
        })
        filterBit = frozen((0..<builder.spelling.count).map { UInt64(1) << (UInt64($0) % 63) })
        facts = frozen(builder.classes.map(WordFacts.init))
        var flat: [Int32] = []
        for phrase in builder.phrases {
            let backwards = Array(phrase.words.reversed())
            flat.append(contentsOf: (0..<Self.longestPhrase).map { $0 < backwards.count ? backwards[$0] : 0 })
        }
        phraseWords = frozen(flat)
        phraseLength = frozen(builder.phrases.map { Int32($0.words.count) })
        phraseKind = frozen(builder.phrases.map { Int32($0.kind.rawValue) })
        phraseLanguage = frozen(builder.phrases.map { Int32($0.language) })
    }

    /// The growing tables while the lexicons are read.
    private struct Builder {
        let mask = 2047
        var slotHash = [UInt64](repeating: 0, count: 2048)
        var slotWord = [Int32](repeating: 0, count: 2048)
        var spelling: [[UInt8]] = [[]]
        var classes: [UInt64] = [0]
        var endingWith: [[Int32]] = [[]]
        var phrases: [Phrase] = []

        mutating func intern(_ word: String) -> Int32 {
            let bytes = Array(word.utf8)
            let hash = bytes.withUnsafeBufferPointer { LexiconTables.hash($0.baseAddress!, $0.count) }
            var slot = Int(truncatingIfNeeded: hash >> 40) & mask
            while slotWord[slot] != 0 {
                if spelling[Int(slotWord[slot])] == bytes { return slotWord[slot] }
                slot = (slot + 1) & mask
            }
            let id = Int32(spelling.count)
            spelling.append(bytes)
            classes.append(0)
            endingWith.append([])
            slotHash[slot] = hash
            slotWord[slot] = id
            precondition(spelling.count < mask / 2 && spelling.count < 0xFFFF, "the lexicons outgrew their table")
            return id
        }
    }

    /// A lexicon entry's words: entries are written lower-case, words separated by one space
    /// (a test checks each entry reads as the same words from a transcript).
    static func words(_ entry: String) -> [String] {
        entry.split(separator: " ").map(String.init)
    }

    /// A hash of the word's bytes, eight at a time (multiply and fold), then the last few.
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        var index = 0
        while index + 8 <= count {
            hash = (hash ^ UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            index += 8
        }
        if index < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                tail |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            hash = (hash ^ tail) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
        }
        return hash | 1
    }

    /// The slot a short word's packed bytes start probing at.
    @inline(__always)
    static func shortSlot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The tables' buffers as a plain value, for the meter's per-word work: reading them
    /// through it needs no reference counting.
    var frozen: FrozenLexicon {
        FrozenLexicon(mask: mask, slots: slots, spellingStart: spellingStart, spellingBytes: spellingBytes, spellingWord: spellingWord,
                      classes: classes, endingStart: endingStart, endingList: endingList, endingFilter: endingFilter, filterBit: filterBit, facts: facts,
                      phraseWords: phraseWords, phraseLength: phraseLength, phraseKind: phraseKind, phraseLanguage: phraseLanguage,
                      phraseCount: phrases.count, shortMask: shortMask, shortKeys: shortKeys, shortWords: shortWords)
    }
}

/// The frozen buffers of `LexiconTables` (which owns them for the life of the program).
struct FrozenLexicon: @unchecked Sendable {
    let mask: Int
    let slots: UnsafeMutablePointer<UInt64>
    let spellingStart: UnsafeMutablePointer<Int>
    let spellingBytes: UnsafeMutablePointer<UInt8>
    let spellingWord: UnsafeMutablePointer<UInt64>
    let classes: UnsafeMutablePointer<UInt64>
    let endingStart: UnsafeMutablePointer<Int32>
    let endingList: UnsafeMutablePointer<Int32>
    let endingFilter: UnsafeMutablePointer<UInt64>
    let filterBit: UnsafeMutablePointer<UInt64>
    let facts: UnsafeMutablePointer<WordFacts>
    let phraseWords: UnsafeMutablePointer<Int32>
    let phraseLength: UnsafeMutablePointer<Int32>
    let phraseKind: UnsafeMutablePointer<Int32>
    let phraseLanguage: UnsafeMutablePointer<Int32>
    let phraseCount: Int
    let shortMask: Int
    let shortKeys: UnsafeMutablePointer<UInt64>
    let shortWords: UnsafeMutablePointer<Int32>

    /// The number of a word of one to eight bytes given as its bytes packed little-endian
    /// (`key != 0`), or 0 when no lexicon uses it: the same number `word(_:_:)` gives.
    @inline(__always)
    func shortWord(_ key: UInt64) -> Int32 {
        var slot = LexiconTables.shortSlot(key, mask: shortMask)
        while true {
            let entry = shortKeys[slot]
            if entry == key { return shortWords[slot] }
            if entry == 0 { return 0 }
            slot = (slot + 1) & shortMask
        }
    }

    /// Whether a phrase may end with `word` after `previous` (no false negatives).
    @inline(__always)
    func mayEndPhrase(_ word: Int32, after previous: Int32) -> Bool {
        endingFilter[Int(word)] & (1 << 63 | filterBit[Int(previous)]) != 0
    }

    @inline(__always)
    func wordClass(_ word: Int32, _ language: Int) -> WordClass {
        WordClass(rawValue: UInt32(truncatingIfNeeded: classes[Int(word)] >> UInt64(language * 32)))
    }

    /// The number of the lower-cased word in `bytes`, or 0 when no lexicon uses it. `bytes`
    /// must be readable for at least eight bytes (the meter's word buffer is).
    @inline(__always)
    func word(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
        let hash = LexiconTables.hash(bytes, count)
        var slot = Int(truncatingIfNeeded: hash >> 40) & mask
        let high = hash & ~0xFFFF
        while true {
            let entry = slots[slot]
            if entry == 0 { return 0 }
            if entry & ~0xFFFF == high {
                let id = Int(entry & 0xFFFF)
                let start = spellingStart[id]
                if spellingStart[id + 1] - start == count {
                    if count <= 8 {
                        // `bytes` is the meter's word buffer, which holds at least eight bytes.
                        let mask = count == 8 ? UInt64.max : (1 << UInt64(count * 8)) - 1
                        if UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self) & mask == spellingWord[id] { return Int32(id) }
                    } else if memcmp(spellingBytes + start, bytes, count) == 0 {
                        return Int32(id)
                    }
                }
            }
            slot = (slot + 1) & mask
        }
    }
}

/// What a word's classes (both languages) add as it is read, worked out once per word so
/// that reading it needs no tests on its classes: the phrase bits it sets (English in the low
/// 16 bits, Dutch in the high), its vote for the turn's language and its marker counts.
struct WordFacts: Sendable {
    /// A verb of telling or a story's closing word: set wherever it stands.
    var anywhere: UInt32 = 0
    /// An imperative verb: set at the start of a sentence or clause.
    var imperative: UInt32 = 0
    /// A separable particle ("tegenaan"): set unless an article or pronoun follows.
    var particle: UInt32 = 0
    /// Added to the turn's language votes: 4 per language the word is a common word of, or
    /// (when it is none's) 1 for the one lexicon that knows it; English low, Dutch high.
    var votes: UInt64 = 0
    /// The common-word counts of the file: 1 per language the word is a common word of.
    var markers: UInt64 = 0

    init(_ classes: UInt64) {
        func spread(_ wordClass: WordClass, _ bit: UInt16) -> UInt32 {
            let mask = UInt64(wordClass.rawValue)
            return (classes & mask != 0 ? UInt32(bit) : 0) | (classes & (mask << 32) != 0 ? UInt32(bit) << 16 : 0)
        }
        anywhere = spread(.tellVerb, PhraseKind.tellBit) | spread(.storyEnd, PhraseKind.storyEndBit)
        imperative = spread(.imperative, PhraseKind.imperativeBit)
        particle = spread(.particle, PhraseKind.particleBit)
        let marker = UInt64(WordClass.marker.rawValue), known = UInt64(WordClass.known.rawValue)
        if classes & (marker | marker << 32) != 0 {
            markers = (classes & marker != 0 ? 1 : 0) | (classes & marker << 32 != 0 ? 1 << 32 : 0)
            votes = markers &* 4
        } else {
            let english = classes & known != 0, dutch = classes & known << 32 != 0
            if english != dutch { votes = english ? 1 : 1 << 32 }
        }
    }
}
