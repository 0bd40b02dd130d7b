import Foundation

extension Meter {
    /// Words, sentences and phrases from the bytes in one pass. A word is a run of letters or
    /// digits with `'`, `’` or `-` inside it; a sentence ends at `.`, `!` or `?`, and at the
    /// end of the speaker's turn. Within a turn both continue across the speaker's cues.
    ///
    /// Runs of ASCII word bytes are taken eight at a time (`wordRun`); bytes between words,
    /// and letters outside ASCII, one at a time.
    mutating func read(_ text: Bytes, speaker: SpeakerState, other: SpeakerState?) {
        guard let base = text.baseAddress else { return }
        let countMarkers = languageWords < 20_000
        let wordsBefore = speaker.words
        let word = wordBytes
        let room = Self.longestWord
        let kinds = Self.byteKinds
        var length = 0
        var index = 0
        let count = text.count
        while true {
            // What ends the word being read (one place finishes words): 0 a space or other
            // byte, 4 a sentence end, 5 a comma, semicolon or colon, 9 the end of the text.
            var kind: UInt8 = 9
            var byte: UInt8 = 0
            if index < count {
                byte = base[index]
                if byte < 0x80 {
                    kind = kinds[Int(byte)]
                    if kind == 1 || (kind == 3 && length > 0) {
                        Self.wordRun(base, count, &index, &length, word)
                        continue
                    }
                    index += 1
                    if kind == 3 { continue }
                } else {
                    if Self.scalarInWord(text, &index, &length, word, room) { continue }
                    kind = 0
                }
            }
            if length > 0 { finishWord(length, speaker: speaker, other: other, countMarkers: countMarkers); length = 0 }
            if kind == 4 {
                endSentence(speaker, question: byte == UInt8(ascii: "?"))
            } else if kind == 5 {
                speaker.afterComma = true
            } else if kind == 9 {
                break
            }
        }
        languageWords += speaker.words - wordsBefore
    }

    /// Reads the run of ASCII letters, digits, `'` and `-` at `index` into the word (lower-cased).
    /// Letters are taken eight bytes at a time: per byte, whether it is a letter is worked out
    /// on all eight at once (each byte's top bit marks it), and the letters end at the first
    /// byte that is none. A digit, `'` or `-` there (rare inside words) is taken on its own and
    /// the letters go on after it; any other byte ends the run.
    @inline(__always)
    static func wordRun(_ base: UnsafePointer<UInt8>, _ count: Int, _ index: inout Int, _ length: inout Int, _ word: UnsafeMutablePointer<UInt8>) {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        while true {
            var bytes: UInt64
            if index &+ 8 <= count {
                bytes = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            } else {
                // The last bytes, padded with zeros (which end the run).
                bytes = 0
                var shift: UInt64 = 0
                for position in index..<count {
                    bytes |= UInt64(base[position]) << shift
                    shift &+= 8
                }
            }
            // A letter: below 0x80, and with bit 5 set (lower case) from 0x61 to 0x7A.
            let folded = (bytes & ~high) | 0x2020_2020_2020_2020
            let letters = ((folded | high) &- 0x61 &* ones) & ((0x7A &* ones | high) &- folded) & ~bytes & high
            let taken = (~letters & high).trailingZeroBitCount &>> 3
            if length < longestWord { UnsafeMutableRawPointer(word + length).storeBytes(of: bytes | letters &>> 2, as: UInt64.self) }
            length &+= taken
            index &+= taken
            if taken == 8 { continue }
            guard index < count else { return }
            let next = base[index]
            guard next &- 48 < 10 || next == 39 || next == 45 else { return }
            if length < longestWord { word[length] = next }
            length &+= 1
            index &+= 1
        }
    }

    private static func both(_ wordClass: WordClass) -> UInt64 { UInt64(wordClass.rawValue) | UInt64(wordClass.rawValue) << 32 }
    private static let fillerMask = both(.filler) | both(.adverbLead)
    private static let adverbMask = both(.adverbLead)
    private static let notContentMask = both(.function) | both(.backchannel)
    private static let followerMask = both(.subordinateFollower)

    @inline(__always)
    private mutating func finishWord(_ written: Int, speaker: SpeakerState, other: SpeakerState?, countMarkers: Bool) {
        let pointer = wordBytes
        var length = written
        if length <= Self.longestWord {
            while length > 0, pointer[length - 1] == UInt8(ascii: "'") || pointer[length - 1] == UInt8(ascii: "-") { length -= 1 }
        }
        speaker.words &+= 1
        let word: Int32
        if length <= 8 {
            // The word buffer holds at least eight bytes, so one load reads a short word.
            let mask = length == 0 ? 0 : UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- length &* 8)
            let key = UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self) & mask
            word = key == 0 ? 0 : lexicon.shortWord(key)
        } else {
            word = length < Self.longestWord ? lexicon.word(pointer, length) : 0
        }
        let position = speaker.sentenceWords
        speaker.sentenceWords &+= 1
        let classes = lexicon.classes[Int(word)]
        let atHead = position == speaker.leadingFillers
        if atHead && classes & Self.fillerMask != 0 {
            speaker.leadingFillers &+= 1
            if classes & Self.adverbMask != 0 { speaker.afterAdverb = true }
        } else if speaker.headCount < 2 {
            if speaker.headCount == 0 { speaker.head.0 = word } else { speaker.head.1 = word }
            speaker.headCount &+= 1
        }
        // The word's facts are added without tests on its classes (see `WordFacts`).
        let facts = lexicon.facts[Int(word)]
        speaker.phrases |= (atHead || speaker.afterComma ? facts.imperative : 0) | facts.anywhere
        speaker.afterComma = false
        // A particle read before counts unless this word is an article or pronoun ("op de Zuidas").
        let pending = speaker.pendingParticle
        speaker.phrases |= classes & Self.followerMask == 0 ? pending : 0
        speaker.pendingParticle = position >= 2 ? facts.particle : 0
        // One more substantive word per language where the word is no backchannel word (bit 2 of each half).
        let substantive = ~classes >> 2 & 0x0000_0001_0000_0001
        speaker.substantiveEnglish &+= Int32(truncatingIfNeeded: substantive)
        speaker.substantiveDutch &+= Int32(truncatingIfNeeded: substantive >> 32)
        // Common words vote for the turn's language; a word in one lexicon only ("inderdaad",
        // "gotcha") is a weak vote: it decides a turn without common words.
        speaker.turnMarkers &+= SIMD2(Int32(truncatingIfNeeded: facts.votes), Int32(truncatingIfNeeded: facts.votes >> 32))
        if countMarkers { markerCounts &+= SIMD2(Int(facts.markers & 0xFFFF_FFFF), Int(facts.markers >> 32)) }
        if length >= 3, classes & Self.notContentMask == 0 {
            // Content words are compared by their first five letters ("klant", "klanten").
            // The token buffer holds at least eight bytes, so one load reads the first five.
            let kept = min(length, 5)
            let bytes = UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self) & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- kept &* 8))
            let key = bytes | UInt64(truncatingIfNeeded: kept) << 56
            let bit = SpeakerState.bloomBit(key)
            speaker.content &+= 1
            if let other, other.recalls(key, bit: bit) { speaker.shared &+= 1 }
            speaker.remember(key, bit: bit)
        }
        let (one, two, three, four) = speaker.previous
        speaker.previous = (word, one, two, three)
        guard word != 0 else { return }
        guard lexicon.mayEndPhrase(word, after: one) else { return }
        matchPhrases(word, one, two, three, four, position: position, speaker: speaker)
    }

    /// The phrases that may end with `word` (after `one`, `two`, ... before it), checked word by
    /// word. Rare (the filter lets few words through), so it stays out of `finishWord`, which
    /// then needs fewer registers and a smaller frame on every word.
    @inline(never)
    private mutating func matchPhrases(_ word: Int32, _ one: Int32, _ two: Int32, _ three: Int32, _ four: Int32, position: Int, speaker: SpeakerState) {
        let first = Int(lexicon.endingStart[Int(word)]), last = Int(lexicon.endingStart[Int(word) + 1])
        for entry in first..<last {
            let phrase = Int(lexicon.endingList[entry])
            let words = lexicon.phraseWords + phrase * LexiconTables.longestPhrase
            let length = Int(lexicon.phraseLength[phrase])
            if length >= 2, words[1] != one { continue }
            if length >= 3, words[2] != two { continue }
            if length >= 4, words[3] != three { continue }
            if length >= 5, words[4] != four { continue }
            let kind = Int(lexicon.phraseKind[phrase])
            let language = Int(lexicon.phraseLanguage[phrase])
            if kind < 4 {
                // Signals may run on from one sentence or cue of the speaker to the next.
                hits[speaker.id * lexicon.phraseCount + phrase] += 1
                if language == 0 { speaker.pending.0[TallySlot.signals + kind] += 1 }
                else { speaker.pending.1[TallySlot.signals + kind] += 1 }
                continue
            }
            guard length <= position + 1 else { continue }
            let phraseKind = PhraseKind(rawValue: kind)!
            if phraseKind.mustLead, position + 1 - length > speaker.leadingFillers { continue }
            speaker.phrases |= UInt32(phraseKind.bit) << UInt32(language * 16)
        }
    }

    /// ASCII kinds: 1 a letter or digit, 3 `'` or `-`, 4 sentence end, 5 a comma, semicolon
    /// or colon (a clause may start after it), 0 other. A flat buffer, read without bounds checks.
    nonisolated(unsafe) private static let byteKinds: UnsafePointer<UInt8> = {
        let kinds = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        for value in 0..<128 {
            kinds[value] = switch UInt8(value) {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): 1
            case UInt8(ascii: "'"), UInt8(ascii: "-"): 3
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): 4
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"): 5
            default: 0
            }
        }
        return UnsafePointer(kinds)
    }()

    /// Reads the scalar (not ASCII) at `index` and whether it belongs to a word: a letter is
    /// written lower-cased, `’` inside a word as `'`. Out of line, so that `read` itself needs
    /// no look-up of `Unicode.Scalar.Properties` (a type of unknown size) on every call.
    @inline(never)
    private static func scalarInWord(_ text: Bytes, _ index: inout Int, _ length: inout Int, _ word: UnsafeMutablePointer<UInt8>, _ room: Int) -> Bool {
        let (scalar, scalarLength) = UTF8Check.decode(text, at: index)
        index += scalarLength
        if scalar.properties.isAlphabetic {
            length = appendLowercased(scalar, to: word, at: length, room: room)
            return true
        }
        if length > 0, scalar == "’" {
            if length < room { word[length] = UInt8(ascii: "'") }
            length += 1
            return true
        }
        return false
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

    func summary(format: Transcript.Format, names: [String], report: ReadReport) -> TranscriptFigures {
        let language = markerCounts[1] > markerCounts[0] ? 1 : 0
        let timed = self.timed && anyCue
        let endTimes = timed && report.endTimes
        let total = appearance.reduce(0.0) { $0 + (timed ? speakers[$1].talk : Double(speakers[$1].words)) }
        let phraseCount = tables.phrases.count
        var result: [TranscriptFigures.Speaker] = []
        for id in appearance {
            let speaker = speakers[id]
            let tally = speaker.total
            let own = speaker.languageWords[0] == speaker.languageWords[1] ? language : (speaker.languageWords[1] > speaker.languageWords[0] ? 1 : 0)
            var examples: [String: [String]] = [:]
            for (index, phrase) in tables.phrases.enumerated() where phrase.language == own && phrase.kind.rawValue < 4 {
                guard hits[id * phraseCount + index] > 0 else { continue }
                let name = LexiconTables.signalNames[phrase.kind.rawValue]
                if examples[name, default: []].count < 3 { examples[name, default: []].append(phrase.text) }
            }
            func rate(_ signal: Int) -> Double {
                speaker.words > 0 ? Double(tally[TallySlot.signals + signal]) * 100 / Double(speaker.words) : 0
            }
            let seconds = timed ? speaker.talk : 0
            var figures = TranscriptFigures.Speaker(
                name: names[id], talkSeconds: seconds,
                talkShare: total > 0 ? (timed ? seconds : Double(speaker.words)) / total : 0,
                words: speaker.words,
                wordsPerMinute: timed && seconds > 0 ? Double(speaker.words) / (seconds / 60) : nil,
                turns: speaker.turns, longestMonologueSeconds: speaker.longest,
                questions: .init(open: Int(tally[TallySlot.open]), closed: Int(tally[TallySlot.closed])),
                statements: Int(tally[TallySlot.statements]),
                signals: .init(hedges: rate(0), certainty: rate(1), commitments: rate(2), ownView: rate(3)),
                examples: examples)
            figures.reflections = Int(tally[TallySlot.reflection])
            figures.advice = Int(tally[TallySlot.advice])
            figures.adviceWithPermission = Int(tally[TallySlot.withPermission])
            figures.information = Int(tally[TallySlot.information])
            figures.stories = Int(tally[TallySlot.story])
            figures.backchannels = Int(tally[TallySlot.backchannel])
            figures.selfAnsweredQuestions = Int(tally[TallySlot.selfAnswered])
            figures.stackedQuestions = Int(tally[TallySlot.stacked])
            figures.interruptions = endTimes && sawOverlap ? speaker.interruptions : nil
            if endTimes, speaker.waits.count > 0 {
                figures.waitTime = .init(medianSeconds: speaker.waits.median,
                                         atLeast3sShare: Double(speaker.waits.atLeast3s) / Double(speaker.waits.count), measured: true)
            }
            figures.patienceSeconds = endTimes ? speaker.patience.median : nil
            let open = speaker.answers.open, closed = speaker.answers.closed
            figures.answerWordsAfterOpen = open[1] > 0 ? open[0] / open[1] : nil
            figures.answerWordsAfterClosed = closed[1] > 0 ? closed[0] / closed[1] : nil
            figures.longestStretchSeconds = timed ? speaker.longestStretch : nil
            result.append(figures)
        }
        result.sort { $0.talkShare != $1.talkShare ? $0.talkShare > $1.talkShare : $0.name < $1.name }
        let duration = timed ? max(0, lastEnd - firstStart) : 0
        var figures = TranscriptFigures(format: format.rawValue, language: LexiconTables.languages[language], timed: timed,
                                        durationSeconds: duration, speechSeconds: timed ? speechTotal : 0,
                                        switchesPerMinute: duration > 0 ? Double(switches) / (duration / 60) : 0, speakers: result)
        figures.cues = cueCount
        figures.skippedCues = report.skipped
        figures.warnings = report.warnings
        figures.thirds = thirds(names: names, timed: timed, length: timed ? duration : wordPosition)
        return figures
    }

    /// Each speaker's share of the talk in each third of the conversation.
    private func thirds(names: [String], timed: Bool, length: Double) -> [[String: Double]] {
        guard length > 0 else { return [] }
        let bins = timed ? timeBins : wordBins
        return (0..<3).map { third in
            let from = length * Double(third) / 3, to = length * Double(third + 1) / 3
            let talk = appearance.map { bins.talk(speaker: $0, from: from, to: to) }
            let sum = talk.reduce(0, +)
            var shares: [String: Double] = [:]
            for (position, id) in appearance.enumerated() { shares[names[id]] = sum > 0 ? talk[position] / sum : 0 }
            return shares
        }
    }
}
