import Foundation

/// Counts per language that wait until a turn's language is known: the moves, the
/// statements, the four signals and the questions answered by the asker.
typealias Tally = SIMD16<Int32>

enum TallySlot {
    static let open = 0, closed = 1, reflection = 2, advice = 3, withPermission = 4, information = 5, story = 6
    static let backchannel = 7, statements = 8, signals = 9, selfAnswered = 13, stacked = 14, other = 15

    static func of(_ move: Move) -> Int {
        switch move {
        case .open: open
        case .closed: closed
        case .reflection: reflection
        case .advice: advice
        case .information: information
        case .story: story
        case .backchannel: backchannel
        case .other: other
        }
    }
}

/// What is known about the conversation's end times, skipped blocks and warnings, from the reader.
struct ReadReport: Equatable {
    /// The cues have their own end times (WebVTT, SRT); plain text has starts only.
    var endTimes: Bool
    var skipped: Int
    var warnings: [String]
}

/// The state of one speaker. A class, so the per-word work updates it in place.
final class SpeakerState {
    let id: Int
    init(id: Int) { self.id = id }
    deinit { recent.deallocate() }

    // Talk and raw turns (consecutive cues).
    var seen = false
    var words = 0
    var talk = 0.0
    var openStart = 0.0, openEnd = 0.0, hasOpen = false
    var turns = 0
    var longest = 0.0

    // The sentence being read.
    var sentenceWords = 0
    var leadingFillers = 0
    var head: (Int32, Int32) = (0, 0)
    var headCount = 0
    var previous: (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
    /// Phrase bits per language: English in the low 16 bits, Dutch in the high 16.
    var phrases: UInt32 = 0
    /// Words that are not backchannel words, per language.
    var substantiveEnglish: Int32 = 0, substantiveDutch: Int32 = 0
    var content: Int32 = 0, shared: Int32 = 0
    var afterComma = false
    var afterAdverb = false
    /// A particle was read; it counts unless an article or pronoun follows ("op de Zuidas").
    var pendingParticle: UInt32 = 0

    // Since the last turn was committed, per language.
    var pending = (Tally.zero, Tally.zero)
    var turnMarkers = SIMD2<Int32>.zero
    var turnQuestions = SIMD2<Int32>.zero
    var unansweredQuestions = SIMD2<Int32>.zero
    /// The last sentence's kind per language: 0 none, 1 open, 2 closed, 3 a statement.
    var lastKind = SIMD2<Int8>.zero
    /// Turns (this one and the next) in which advice counts as given with permission.
    var permission = SIMD2<Int8>.zero

    var total = Tally.zero
    var languageWords = SIMD2<Int>.zero
    var lastLanguage = -1

    // The floor: turns not broken by the other's backchannels.
    var floorStart = 0.0, floorEnd = 0.0
    var floorWords = 0
    /// This turn answers `answerTo`'s open (1) or closed (2) question.
    var answerKind = 0, answerTo = -1
    var longestStretch = 0.0
    /// The speaker whose turn came before this speaker's turn: reflections are compared with it.
    var other = -1

    // Content words of the current (or last) turn, for the other's reflections.
    let recent = UnsafeMutablePointer<UInt64>.allocate(capacity: SpeakerState.recentCount)
    var recentWritten = 0
    var bloom: (UInt64, UInt64) = (0, 0)
    /// The last 64 content words (a power of two, so the ring wraps with a mask).
    static let recentCount = 64

    // Only the meter's own methods touch these, one at a time: no dynamic exclusivity checks.
    @exclusivity(unchecked) var waits = Samples()
    @exclusivity(unchecked) var patience = Samples()
    var answers = (open: SIMD2<Double>.zero, closed: SIMD2<Double>.zero)
    var interruptions = 0

    func resetRecent() {
        recentWritten = 0
        bloom = (0, 0)
    }

    @inline(__always)
    static func bloomBit(_ key: UInt64) -> (UInt64, UInt64) {
        let bit = (key &* 0x9E37_79B9_7F4A_7C15) >> 57
        return bit < 64 ? (1 << bit, 0) : (0, 1 << (bit - 64))
    }

    @inline(__always)
    func remember(_ key: UInt64, bit: (UInt64, UInt64)) {
        recent[recentWritten & (Self.recentCount - 1)] = key
        recentWritten &+= 1
        bloom.0 |= bit.0
        bloom.1 |= bit.1
    }

    @inline(__always)
    func recalls(_ key: UInt64, bit: (UInt64, UInt64)) -> Bool {
        guard bloom.0 & bit.0 != 0 || bloom.1 & bit.1 != 0 else { return false }
        for index in 0..<min(recentWritten, Self.recentCount) where recent[index] == key { return true }
        return false
    }
}

/// The speakers' states by number, unretained; the meter's `speakers` array owns them.
final class SpeakerTable {
    private var pointer = UnsafeMutablePointer<Unmanaged<SpeakerState>>.allocate(capacity: 8)
    private var capacity = 8
    private(set) var count = 0

    deinit { pointer.deallocate() }

    func append(_ state: SpeakerState) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Unmanaged<SpeakerState>>.allocate(capacity: capacity * 2)
            larger.initialize(from: pointer, count: count)
            pointer.deallocate()
            pointer = larger
            capacity *= 2
        }
        (pointer + count).initialize(to: .passUnretained(state))
        count += 1
    }

    @inline(__always)
    subscript(id: Int) -> Unmanaged<SpeakerState> {
        precondition(id >= 0 && id < count)
        return pointer[id]
    }
}

/// Measures a conversation from its cues, taken in order of their start, one at a time:
/// everything kept is per speaker (counts, the open talk interval, the sentence being read,
/// the last four words, the other's last turn's content words, pauses), so memory grows with
/// the speakers, not with the file. Both lexicons are applied to every sentence; each turn's
/// own common words decide which language's counts it adds (so a pair switching between
/// Dutch and English is measured with the right rules per turn).
struct Meter: CueSink {
    let tables = LexiconTables.shared
    let lexicon = LexiconTables.shared.frozen
    var speakers: [SpeakerState] = []
    /// The same states by number, unretained: `speakers` keeps them alive and only grows, so
    /// the per-cue work borrows them (`_withUnsafeGuaranteedRef`) without reference counting.
    let states = SpeakerTable()
    var appearance: [Int] = []
    /// Phrase hits, `speaker * phrases.count + phrase`.
    var hits: [Int] = []
    /// The word being read, lower-cased; longer words are counted but not looked up. Eight
    /// bytes more than the longest, for the eight-byte stores of `wordRun`.
    let token = ByteBuffer(capacity: Meter.longestWord + 16)
    /// The token's bytes (it is never appended to, so they never move).
    let wordBytes: UnsafeMutablePointer<UInt8>
    static let longestWord = 48

    var timed = true
    var anyCue = false
    var cueCount = 0
    var firstStart = 0.0, lastEnd = 0.0
    var speechTotal = 0.0, speechStart = 0.0, speechEnd = 0.0, speechOpen = false
    var turnSpeaker = -1, turnStart: Double?, turnEnd: Double?
    var switches = 0
    var languageWords = 0
    var markerCounts = SIMD2<Int>.zero
    var lastLanguage = -1
    /// Who holds the floor, for timing: a backchannel of another speaker does not take it.
    var floorSpeaker = -1
    var sawOverlap = false
    var timeBins = TalkBins()
    var wordBins = TalkBins()
    var wordPosition = 0.0
    /// Records each sentence's move when set (for the labelled sets' tests).
    var trace: [(speaker: Int, move: Move, language: Int)]?

    init() { wordBytes = token.pointer }

    mutating func cue(speaker id: Int, start: Double?, end: Double?, text: Bytes) {
        while speakers.count <= id {
            let state = SpeakerState(id: speakers.count)
            speakers.append(state)
            states.append(state)
            hits.append(contentsOf: repeatElement(0, count: tables.phrases.count))
        }
        let state = states[id]
        state._withUnsafeGuaranteedRef { speaker in cue(speaker, start: start, end: end, text: text) }
    }

    private mutating func cue(_ speaker: SpeakerState, start: Double?, end: Double?, text: Bytes) {
        let id = speaker.id
        if !speaker.seen { speaker.seen = true; appearance.append(id) }
        cueCount += 1
        if let start, let end, timed {
            time(speaker, start: start, end: end)
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
        // The holder of the floor: whether its last sentence asked, and where its turn ends.
        var holderAsked = false, holderEnd = 0.0
        let hasHolder = floorSpeaker >= 0
        if hasHolder {
            let holder = states[floorSpeaker]
            holder._withUnsafeGuaranteedRef { holder in
                holderAsked = holder.lastKind[0] == 1 || holder.lastKind[0] == 2 || holder.lastKind[1] == 1 || holder.lastKind[1] == 2
                holderEnd = holder.floorEnd
            }
        }
        let backchannel = hasHolder && floorSpeaker != id && !holderAsked && isBackchannel(text)
        if hasHolder, floorSpeaker != id, let start, let end, timed, start < holderEnd {
            // Speech of two people at once: the format shows overlaps, so interruptions are measurable.
            sawOverlap = sawOverlap || min(end, holderEnd) > start
        }
        if !backchannel, floorSpeaker != id {
            takeFloor(speaker, start: start, end: end)
        } else if !backchannel, let end {
            speaker.floorEnd = max(speaker.floorEnd, end)
        }
        let wordsBefore = speaker.words
        let other = speaker.other
        if other >= 0 && other != id {
            let context = states[other]
            context._withUnsafeGuaranteedRef { context in read(text, speaker: speaker, other: context) }
        } else {
            read(text, speaker: speaker, other: nil)
        }
        let cueWords = speaker.words - wordsBefore
        if backchannel {
            endSentence(speaker, question: false)
        } else {
            speaker.floorWords += cueWords
        }
        wordBins.add(speaker: id, from: wordPosition, to: wordPosition + Double(cueWords))
        wordPosition += Double(cueWords)
    }

    /// The floor passes to `speaker`: the holder's turn is committed (its pause, its question and
    /// its stretch), and the pause and any interruption of the new speaker are noted.
    private mutating func takeFloor(_ speaker: SpeakerState, start: Double?, end: Double?) {
        let id = speaker.id
        if floorSpeaker >= 0 {
            let holder = states[floorSpeaker]
            holder._withUnsafeGuaranteedRef { holder in
                commitFloor(holder, next: speaker, nextStart: timed ? start : nil)
                if let start, timed {
                    let overlap = holder.floorEnd - start
                    if overlap >= 0.5 { speaker.interruptions += 1 }
                    speaker.patience.add(max(0, start - holder.floorEnd))
                }
            }
            speaker.other = floorSpeaker
        }
        floorSpeaker = id
        speaker.resetRecent()
        speaker.floorWords = 0
        // A turn that began with the speaker's own backchannels ("Ja, ... ") starts with them.
        speaker.floorStart = (turnSpeaker == id ? turnStart : start) ?? 0
        speaker.floorEnd = max(end ?? 0, turnSpeaker == id ? turnEnd ?? 0 : 0)
    }

    /// Ends `holder`'s turn: its last sentence, its language, its counts.
    private mutating func commitFloor(_ holder: SpeakerState, next: SpeakerState?, nextStart: Double?) {
        endSentence(holder, question: false)
        let language = turnLanguage(holder)
        let turn = language == 0 ? holder.pending.0 : holder.pending.1
        holder.total &+= turn
        if holder.turnQuestions[language] >= 2 { holder.total[TallySlot.stacked] += 1 }
        holder.pending = (.zero, .zero)
        holder.languageWords[language] += holder.floorWords
        holder.lastLanguage = language
        lastLanguage = language
        let kind = Int(holder.lastKind[language])
        if kind == 1 || kind == 2, let next {
            if let nextStart { holder.waits.add(max(0, nextStart - holder.floorEnd)) }
            next.answerKind = kind
            next.answerTo = holder.id
        }
        if holder.answerKind != 0, holder.answerTo >= 0 {
            let asker = speakers[holder.answerTo]
            if holder.answerKind == 1 { asker.answers.open += SIMD2(Double(holder.floorWords), 1) }
            else { asker.answers.closed += SIMD2(Double(holder.floorWords), 1) }
        }
        holder.answerKind = 0
        holder.answerTo = -1
        if timed { holder.longestStretch = max(holder.longestStretch, holder.floorEnd - holder.floorStart) }
        holder.turnMarkers = .zero
        holder.turnQuestions = .zero
        holder.unansweredQuestions = .zero
        holder.lastKind = .zero
        holder.permission &-= SIMD2(holder.permission[0] > 0 ? 1 : 0, holder.permission[1] > 0 ? 1 : 0)
    }

    /// The language whose common words the turn has more of; on a tie the speaker's last
    /// turn's, else the conversation's last, else the file's so far.
    private func turnLanguage(_ speaker: SpeakerState) -> Int {
        let markers = speaker.turnMarkers
        if markers[0] != markers[1] { return markers[1] > markers[0] ? 1 : 0 }
        if speaker.lastLanguage >= 0 { return speaker.lastLanguage }
        if lastLanguage >= 0 { return lastLanguage }
        return markerCounts[1] > markerCounts[0] ? 1 : 0
    }

    /// A cue of at most four words, each a backchannel word in either language ("Mhm.", "Ja, precies.").
    /// `mutating` only so that the call borrows the meter: as a plain method, the caller (itself
    /// mutating) copied all of the meter's 440 bytes for each call.
    private mutating func isBackchannel(_ text: Bytes) -> Bool {
        guard text.count <= 40 else { return false }
        var words = 0
        var index = 0
        let word = wordBytes
        while index < text.count {
            var length = 0
            while index < text.count {
                let byte = text[index]
                let isWordByte = byte >= 0x80 || (byte | 0x20 >= 97 && byte | 0x20 <= 122) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
                if !isWordByte { break }
                if length < Self.longestWord { word[length] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
                length += 1
                index += 1
            }
            if length > 0 {
                words += 1
                guard words <= 4, length < Self.longestWord else { return false }
                let id = lexicon.word(word, length)
                let backchannel = UInt64(WordClass.backchannel.rawValue)
                if id == 0 || lexicon.classes[Int(id)] & (backchannel | backchannel << 32) == 0 { return false }
            } else {
                let byte = text[index]
                if byte >= 48 && byte <= 57 { return false }
                index += 1
            }
        }
        return words > 0
    }

    /// Talk time as a union of intervals, kept as one open interval per speaker: cues come in
    /// order of their start, so a cue either extends the open interval or closes it.
    private mutating func time(_ speaker: SpeakerState, start: Double, end: Double) {
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
        if speaker.hasOpen, start <= speaker.openEnd {
            speaker.openEnd = max(speaker.openEnd, end)
        } else {
            if speaker.hasOpen {
                speaker.talk += speaker.openEnd - speaker.openStart
                timeBins.add(speaker: speaker.id, from: speaker.openStart - firstStart, to: speaker.openEnd - firstStart)
            }
            speaker.openStart = start; speaker.openEnd = end; speaker.hasOpen = true
        }
    }

    private mutating func closeTurn() {
        guard turnSpeaker >= 0 else { return }
        let state = states[turnSpeaker]
        state._withUnsafeGuaranteedRef { speaker in
            speaker.turns += 1
            if let start = turnStart, let end = turnEnd { speaker.longest = max(speaker.longest, end - start) }
        }
    }
}

extension Meter {
    /// Ends the speaker's sentence: its move in each language, added to the turn's counts.
    mutating func endSentence(_ speaker: SpeakerState, question mark: Bool) {
        guard speaker.sentenceWords > 0 else { return }
        speaker.phrases |= speaker.pendingParticle
        speaker.pendingParticle = 0
        var facts = SentenceFacts()
        facts.words = speaker.sentenceWords
        facts.mark = mark
        facts.hasSecond = speaker.headCount >= 2
        facts.content = Int(speaker.content)
        facts.shared = Int(speaker.shared)
        facts.afterAdverb = speaker.afterAdverb
        facts.answersOther = speaker.other >= 0 && speaker.other != speaker.id
        for language in 0..<2 {
            facts.first = speaker.headCount >= 1 ? lexicon.wordClass(speaker.head.0, language) : []
            facts.second = speaker.headCount >= 2 ? lexicon.wordClass(speaker.head.1, language) : []
            facts.phrases = UInt16(truncatingIfNeeded: speaker.phrases >> UInt32(language * 16))
            facts.substantive = Int(language == 0 ? speaker.substantiveEnglish : speaker.substantiveDutch)
            facts.last = lexicon.wordClass(speaker.previous.0, language)
            let move = MoveRules.move(facts)
            var tally = language == 0 ? speaker.pending.0 : speaker.pending.1
            tally[TallySlot.of(move)] += 1
            if facts.has(.permission) { speaker.permission[language] = 2 }
            if move == .advice, speaker.permission[language] > 0 { tally[TallySlot.withPermission] += 1 }
            if move.isQuestion {
                speaker.turnQuestions[language] += 1
                speaker.unansweredQuestions[language] += 1
                speaker.lastKind[language] = move == .open ? 1 : 2
            } else {
                tally[TallySlot.statements] += 1
                if move != .backchannel {
                    tally[TallySlot.selfAnswered] += speaker.unansweredQuestions[language]
                    speaker.unansweredQuestions[language] = 0
                    speaker.lastKind[language] = 3
                }
            }
            if language == 0 { speaker.pending.0 = tally } else { speaker.pending.1 = tally }
            trace?.append((speaker.id, move, language))
        }
        speaker.sentenceWords = 0
        speaker.leadingFillers = 0
        speaker.headCount = 0
        speaker.head = (0, 0)
        speaker.phrases = 0
        speaker.substantiveEnglish = 0
        speaker.substantiveDutch = 0
        speaker.content = 0
        speaker.shared = 0
        speaker.afterComma = false
        speaker.afterAdverb = false
    }

    /// The figures, once every cue has been read. Call it once: it closes the open turn and
    /// talk intervals of the speakers' states, which are shared with this meter.
    func figures(format: Transcript.Format, names: [String], report: ReadReport) -> TranscriptFigures {
        var meter = self
        meter.trace = nil
        meter.closeTurn()
        if meter.floorSpeaker >= 0 { meter.commitFloor(meter.speakers[meter.floorSpeaker], next: nil, nextStart: nil) }
        for speaker in meter.speakers {
            // A speaker heard only in backchannels never held the floor.
            if speaker.sentenceWords > 0 { meter.endSentence(speaker, question: false) }
            let language = meter.turnLanguage(speaker)
            speaker.total &+= language == 0 ? speaker.pending.0 : speaker.pending.1
            speaker.pending = (.zero, .zero)
            if speaker.hasOpen {
                speaker.talk += speaker.openEnd - speaker.openStart
                meter.timeBins.add(speaker: speaker.id, from: speaker.openStart - meter.firstStart, to: speaker.openEnd - meter.firstStart)
                speaker.hasOpen = false
            }
        }
        if meter.speechOpen { meter.speechTotal += meter.speechEnd - meter.speechStart; meter.speechOpen = false }
        return meter.summary(format: format, names: names, report: report)
    }
}
