import Foundation

/// The lexicons compiled for matching on bytes. Every word the lexicons use gets a small
/// number, found through an open-addressing hash table; words that are in no lexicon get 0.
/// Phrases are matched at their last word against the few words before it.
struct LexiconTables: Sendable {
    /// Index 0 is English, 1 Dutch.
    static let languages = ["en", "nl"]
    static let shared = LexiconTables([Lexicon.english, Lexicon.dutch], markers: [Lexicon.englishMarkers, Lexicon.dutchMarkers])
    static let signalNames = ["hedges", "certainty", "commitments", "ownView"]
    /// The longest phrase, in words, that `Meter` can match (it keeps the three words before).
    static let longestPhrase = 4

    struct Phrase: Sendable {
        let text: String
        let words: [Int32]
        let language: Int
        let signal: Int
    }

    private var slotHash: [UInt64]
    private var slotWord: [Int32]
    private let mask: Int
    private var spelling: [[UInt8]] = [[]]
    /// Per word: bit 0 an English marker, bit 1 a Dutch marker.
    private(set) var markers: [UInt8] = [0]
    /// Per word and language: opens an open question on its own.
    private(set) var opensOpen: [UInt8] = [0]
    private(set) var phrases: [Phrase] = []
    /// Per word: the phrases ending with it.
    private(set) var endingWith: [[Int32]] = [[]]
    /// (language, open 0 / inverted 1, first word, second word) of two-word question starts, sorted.
    private var questionPairs: [UInt64] = []

    init(_ lexicons: [Lexicon], markers markerSets: [[String]]) {
        mask = 1023
        slotHash = Array(repeating: 0, count: mask + 1)
        slotWord = Array(repeating: 0, count: mask + 1)
        for (language, lexicon) in lexicons.enumerated() {
            for word in markerSets[language] { markers[Int(intern(word))] |= 1 << language }
            for start in lexicon.openStarts {
                let words = Self.words(start).map { intern($0) }
                if words.count == 1 { opensOpen[Int(words[0])] |= 1 << language }
                else { questionPairs.append(Self.pair(language, 0, words[0], words[1])) }
            }
            for start in lexicon.invertedStarts {
                let words = Self.words(start).map { intern($0) }
                precondition(words.count == 2, "inverted question starts are two words")
                questionPairs.append(Self.pair(language, 1, words[0], words[1]))
            }
            for (signal, list) in [lexicon.hedges, lexicon.certainty, lexicon.commitments, lexicon.ownView].enumerated() {
                for text in list {
                    let words = Self.words(text).map { intern($0) }
                    precondition(!words.isEmpty && words.count <= Self.longestPhrase, "phrase \(text) has 1 to 4 words")
                    endingWith[Int(words.last!)].append(Int32(phrases.count))
                    phrases.append(Phrase(text: text, words: words, language: language, signal: signal))
                }
            }
        }
        questionPairs.sort()
    }

    /// A lexicon entry's words: entries are written lower-case, words separated by one space
    /// (a test checks each entry reads as the same words from a transcript).
    static func words(_ entry: String) -> [String] {
        entry.split(separator: " ").map(String.init)
    }

    static func pair(_ language: Int, _ kind: Int, _ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(language) << 62 | UInt64(kind) << 61 | UInt64(UInt32(first)) << 30 | UInt64(UInt32(second))
    }

    func isQuestionPair(_ language: Int, _ kind: Int, _ first: Int32, _ second: Int32) -> Bool {
        // A binary search over a few dozen entries.
        let key = Self.pair(language, kind, first, second)
        var low = 0, high = questionPairs.count
        while low < high {
            let middle = (low + high) / 2
            if questionPairs[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < questionPairs.count && questionPairs[low] == key
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
        markers.append(0)
        opensOpen.append(0)
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

/// Measures a conversation from its cues, taken in order of their start, one at a time:
/// everything kept is per speaker (counts, the open talk interval, the sentence being read
/// and the last three words), so memory grows with the speakers, not with the file.
/// Both lexicons are applied; the language found at the end decides which figures count.
struct Meter: CueSink {
    private struct Speaker {
        var words = 0
        var talk = 0.0
        var openStart = 0.0, openEnd = 0.0, hasOpen = false
        var turns = 0
        var longest = 0.0
        var open = SIMD2<Int>.zero, closed = SIMD2<Int>.zero, statements = SIMD2<Int>.zero
        var sentenceWords = 0
        var first: Int32 = 0, second: Int32 = 0
        var previous: (Int32, Int32, Int32) = (0, 0, 0)
        var seen = false
    }

    private let tables = LexiconTables.shared
    private var speakers: [Speaker] = []
    private var appearance: [Int] = []
    /// Phrase hits, `speaker * phrases.count + phrase`.
    private var hits: [Int] = []
    /// The word being read, lower-cased; longer words are counted but not looked up.
    private let token = ByteBuffer(capacity: Meter.longestWord)
    static let longestWord = 48

    private(set) var timed = true
    private var anyCue = false
    private var firstStart = 0.0, lastEnd = 0.0
    private var speechTotal = 0.0, speechStart = 0.0, speechEnd = 0.0, speechOpen = false
    private var turnSpeaker = -1, turnStart: Double?, turnEnd: Double?
    private var switches = 0
    private var languageWords = 0
    private var markerCounts = SIMD2<Int>.zero

    init() {}

    mutating func cue(speaker id: Int, start: Double?, end: Double?, text: Bytes) {
        while speakers.count <= id {
            speakers.append(Speaker())
            hits.append(contentsOf: repeatElement(0, count: tables.phrases.count))
        }
        if !speakers[id].seen { speakers[id].seen = true; appearance.append(id) }
        if let start, let end, timed {
            time(speaker: id, start: start, end: end)
        } else if timed {
            timed = false
        }
        if id != turnSpeaker {
            closeTurn()
            if turnSpeaker >= 0 { switches += 1 }
            turnSpeaker = id
            turnStart = start
            turnEnd = end
        } else if let end {
            turnEnd = max(turnEnd ?? end, end)
        }
        var speaker = speakers[id]
        read(text, speaker: id, into: &speaker)
        speakers[id] = speaker
    }

    /// Talk time as a union of intervals, kept as one open interval per speaker: cues come in
    /// order of their start, so a cue either extends the open interval or closes it.
    private mutating func time(speaker id: Int, start: Double, end: Double) {
        if !anyCue { firstStart = start; lastEnd = end; anyCue = true }
        firstStart = min(firstStart, start)
        lastEnd = max(lastEnd, end)
        guard end > start else { return }
        if speechOpen, start <= speechEnd {
            speechEnd = max(speechEnd, end)
        } else {
            if speechOpen { speechTotal += speechEnd - speechStart }
            speechStart = start; speechEnd = end; speechOpen = true
        }
        if speakers[id].hasOpen, start <= speakers[id].openEnd {
            speakers[id].openEnd = max(speakers[id].openEnd, end)
        } else {
            if speakers[id].hasOpen { speakers[id].talk += speakers[id].openEnd - speakers[id].openStart }
            speakers[id].openStart = start; speakers[id].openEnd = end; speakers[id].hasOpen = true
        }
    }

    private mutating func closeTurn() {
        guard turnSpeaker >= 0 else { return }
        speakers[turnSpeaker].turns += 1
        if let start = turnStart, let end = turnEnd { speakers[turnSpeaker].longest = max(speakers[turnSpeaker].longest, end - start) }
    }

    /// Words, sentences and phrases from the bytes in one pass. A word is a run of letters or
    /// digits with `'`, `’` or `-` inside it; a sentence ends at `.`, `!` or `?`. Both continue
    /// across one speaker's cues, as if their text were written one after the other.
    private mutating func read(_ text: Bytes, speaker id: Int, into speaker: inout Speaker) {
        let countMarkers = languageWords < 20_000
        let wordsBefore = speaker.words
        let word = token.pointer
        let room = Self.longestWord
        let classes = Self.classes
        var length = 0
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte < 0x80 {
                index += 1
                switch classes[Int(byte)] {
                case 1:
                    if length < room { word[length] = byte }
                    length += 1
                case 2:
                    if length < room { word[length] = byte | 0x20 }
                    length += 1
                case 3:
                    if length > 0 {
                        if length < room { word[length] = byte }
                        length += 1
                    }
                case 4:
                    if length > 0 { finishWord(length, speaker: id, into: &speaker, countMarkers: countMarkers); length = 0 }
                    endSentence(&speaker, question: byte == UInt8(ascii: "?"))
                default:
                    if length > 0 { finishWord(length, speaker: id, into: &speaker, countMarkers: countMarkers); length = 0 }
                }
                continue
            }
            let (scalar, scalarLength) = UTF8Check.decode(text, at: index)
            index += scalarLength
            if scalar.properties.isAlphabetic {
                length = Self.appendLowercased(scalar, to: word, at: length, room: room)
            } else if length > 0, scalar == "’" {
                if length < room { word[length] = UInt8(ascii: "'") }
                length += 1
            } else if length > 0 {
                finishWord(length, speaker: id, into: &speaker, countMarkers: countMarkers)
                length = 0
            }
        }
        if length > 0 { finishWord(length, speaker: id, into: &speaker, countMarkers: countMarkers) }
        languageWords += speaker.words - wordsBefore
    }

    @inline(__always)
    private mutating func finishWord(_ written: Int, speaker id: Int, into speaker: inout Speaker, countMarkers: Bool) {
        let pointer = token.pointer
        var length = written
        if length <= Self.longestWord {
            while length > 0, pointer[length - 1] == UInt8(ascii: "'") || pointer[length - 1] == UInt8(ascii: "-") { length -= 1 }
        }
        speaker.words += 1
        let word = length < Self.longestWord ? tables.word(pointer, length) : 0
        if speaker.sentenceWords == 0 { speaker.first = word } else if speaker.sentenceWords == 1 { speaker.second = word }
        speaker.sentenceWords += 1
        let (one, two, three) = speaker.previous
        speaker.previous = (word, one, two)
        guard word != 0 else { return }
        if countMarkers {
            let flags = tables.markers[Int(word)]
            if flags != 0 { markerCounts &+= SIMD2(Int(flags & 1), Int(flags >> 1 & 1)) }
        }
        for phraseIndex in tables.endingWith[Int(word)] {
            let words = tables.phrases[Int(phraseIndex)].words
            let length = words.count
            if length >= 2, words[length - 2] != one { continue }
            if length >= 3, words[length - 3] != two { continue }
            if length >= 4, words[length - 4] != three { continue }
            hits[id * tables.phrases.count + Int(phraseIndex)] += 1
        }
    }

    /// A question ends with `?`, or starts with a question word or an inverted verb; it is open
    /// when it starts with an open question word. Classified for both languages.
    private func classify(_ speaker: inout Speaker, question mark: Bool) {
        for language in 0..<2 {
            var open = tables.opensOpen[Int(speaker.first)] & (1 << language) != 0
            var inverted = false
            if speaker.sentenceWords >= 2, speaker.first != 0, speaker.second != 0 {
                open = open || tables.isQuestionPair(language, 0, speaker.first, speaker.second)
                inverted = tables.isQuestionPair(language, 1, speaker.first, speaker.second)
            }
            if open { speaker.open[language] += 1 }
            else if mark || inverted { speaker.closed[language] += 1 }
            else { speaker.statements[language] += 1 }
        }
    }

    private func endSentence(_ speaker: inout Speaker, question: Bool) {
        guard speaker.sentenceWords > 0 else { return }
        classify(&speaker, question: question)
        speaker.sentenceWords = 0
        speaker.first = 0
        speaker.second = 0
    }

    /// ASCII classes: 1 lower-case letter or digit, 2 capital, 3 `'` or `-`, 4 sentence end, 0 other.
    private static let classes: [UInt8] = (0..<128).map { value -> UInt8 in
        switch UInt8(value) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): 1
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): 2
        case UInt8(ascii: "'"), UInt8(ascii: "-"): 3
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): 4
        default: 0
        }
    }

    /// Writes the scalar lower-cased at `length` (as far as there is room); the new length.
    private static func appendLowercased(_ scalar: Unicode.Scalar, to word: UnsafeMutablePointer<UInt8>, at length: Int, room: Int) -> Int {
        var value = scalar.value
        var length = length
        func put(_ byte: UInt8) {
            if length < room { word[length] = byte }
            length += 1
        }
        // Latin-1 capitals (À-Þ without ×) are lower-cased by adding 32, like ASCII.
        if value >= 0xC0 && value <= 0xDE && value != 0xD7 { value += 32 }
        if value < 0x100 {
            put(UInt8(0xC0 | value >> 6))
            put(UInt8(0x80 | value & 0x3F))
        } else {
            for byte in String(scalar).lowercased().utf8 { put(byte) }
        }
        return length
    }

    /// The figures, once every cue has been read.
    func figures(format: Transcript.Format, names: [String]) -> TranscriptFigures {
        var meter = self
        meter.closeTurn()
        for id in meter.speakers.indices where meter.speakers[id].hasOpen {
            meter.speakers[id].talk += meter.speakers[id].openEnd - meter.speakers[id].openStart
        }
        if meter.speechOpen { meter.speechTotal += meter.speechEnd - meter.speechStart }
        for id in meter.speakers.indices where meter.speakers[id].sentenceWords > 0 {
            var speaker = meter.speakers[id]
            meter.classify(&speaker, question: false)
            meter.speakers[id] = speaker
        }
        return meter.summary(format: format, names: names)
    }

    private func summary(format: Transcript.Format, names: [String]) -> TranscriptFigures {
        let language = markerCounts[1] > markerCounts[0] ? 1 : 0
        let timed = self.timed && anyCue
        let total = appearance.reduce(0.0) { $0 + (timed ? speakers[$1].talk : Double(speakers[$1].words)) }
        let phraseCount = tables.phrases.count
        var result: [TranscriptFigures.Speaker] = []
        for id in appearance {
            let speaker = speakers[id]
            let seconds = timed ? speaker.talk : 0
            var perSignal = [0, 0, 0, 0]
            var examples: [String: [String]] = [:]
            for (index, phrase) in tables.phrases.enumerated() where phrase.language == language {
                let count = hits[id * phraseCount + index]
                guard count > 0 else { continue }
                perSignal[phrase.signal] += count
                let name = LexiconTables.signalNames[phrase.signal]
                if examples[name, default: []].count < 3 { examples[name, default: []].append(phrase.text) }
            }
            func rate(_ signal: Int) -> Double { speaker.words > 0 ? Double(perSignal[signal]) * 100 / Double(speaker.words) : 0 }
            result.append(TranscriptFigures.Speaker(
                name: names[id], talkSeconds: seconds,
                talkShare: total > 0 ? (timed ? seconds : Double(speaker.words)) / total : 0,
                words: speaker.words,
                wordsPerMinute: timed && seconds > 0 ? Double(speaker.words) / (seconds / 60) : nil,
                turns: speaker.turns, longestMonologueSeconds: speaker.longest,
                questions: .init(open: speaker.open[language], closed: speaker.closed[language]),
                statements: speaker.statements[language],
                signals: .init(hedges: rate(0), certainty: rate(1), commitments: rate(2), ownView: rate(3)),
                examples: examples))
        }
        result.sort { $0.talkShare != $1.talkShare ? $0.talkShare > $1.talkShare : $0.name < $1.name }
        let duration = timed ? max(0, lastEnd - firstStart) : 0
        return TranscriptFigures(format: format.rawValue, language: LexiconTables.languages[language], timed: timed,
                                 durationSeconds: duration, speechSeconds: timed ? speechTotal : 0,
                                 switchesPerMinute: duration > 0 ? Double(switches) / (duration / 60) : 0, speakers: result)
    }
}

/// Hands cues to the meter in order of their start. Real exports put a cue out of order now
/// and then (overlapping speech); a window of the last cues is held and sorted, which is
/// enough for them. A cue that starts before one already handed on makes the reader start
/// again with `holdAll`, which keeps every cue (memory then grows with the file).
struct OrderingWindow<Inner: CueSink>: CueSink {
    struct Held {
        var start: Double?
        var end: Double?
        var speaker: Int
        var sequence: Int
        var text: [UInt8]
        var key: Double { start ?? 0 }
    }

    var inner: Inner
    let size: Int
    let holdAll: Bool
    private var held: [Held] = []
    private var head = 0
    private var spare: [[UInt8]] = []
    private var sequence = 0
    private var released = -Double.infinity

    init(_ inner: Inner, size: Int = 256, holdAll: Bool = false) {
        self.inner = inner
        self.size = size
        self.holdAll = holdAll
    }

    mutating func cue(speaker: Int, start: Double?, end: Double?, text: Bytes) throws(ReadStop) {
        let key = start ?? 0
        if key < released { throw .disorder }
        var buffer = spare.popLast() ?? []
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: text)
        let item = Held(start: start, end: end, speaker: speaker, sequence: sequence, text: buffer)
        sequence += 1
        if holdAll { held.append(item); return }
        var position = held.count
        while position > head, held[position - 1].key > key { position -= 1 }
        held.insert(item, at: position)
        if held.count - head > size { try release() }
    }

    private mutating func release() throws(ReadStop) {
        let item = held[head]
        head += 1
        released = item.key
        try item.text.withUnsafeBufferPointer { bytes throws(ReadStop) in
            try inner.cue(speaker: item.speaker, start: item.start, end: item.end, text: bytes)
        }
        held[head - 1].text = []
        spare.append(item.text)
        if head >= 4096 { held.removeFirst(head); head = 0 }
    }

    mutating func finish() throws(ReadStop) {
        if holdAll {
            held.sort { $0.key != $1.key ? $0.key < $1.key : $0.sequence < $1.sequence }
        }
        while head < held.count { try release() }
    }
}
