import Testing
import Foundation
@testable import Transcripts

/// The reading pass's shortcuts (eight bytes at a time, the short-word table, the ring of held
/// cues) must give exactly what the plain way gives; each is checked against a plain version
/// on generated input, edges included.
@Suite struct FastPathTests {
    /// Every lexicon word of up to eight bytes is found in the short table with the number the
    /// hash table gives it, and words no lexicon has are found in neither.
    @Test func theShortWordTableFindsEveryWordTheHashTableFinds() {
        let tables = LexiconTables.shared
        let lexicon = tables.frozen
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
        defer { buffer.deallocate() }
        var short = 0
        for id in 1..<tables.wordCount {
            let start = tables.spellingStart[id], count = tables.spellingStart[id + 1] - start
            buffer.initialize(repeating: 0, count: 64)
            buffer.update(from: tables.spellingBytes + start, count: count)
            #expect(lexicon.word(buffer, count) == Int32(id))
            guard count <= 8 else { continue }
            short += 1
            let key = UnsafeRawPointer(buffer).loadUnaligned(as: UInt64.self)
            #expect(lexicon.shortWord(key) == Int32(id), "word \(id)")
        }
        #expect(short > 100)
        var generator = PropertyTests.Generator(state: 3)
        for _ in 0..<2000 {
            let count = Int.random(in: 1...8, using: &generator)
            var key: UInt64 = 0
            for index in 0..<count { key |= UInt64(UInt8.random(in: 97...122, using: &generator)) << UInt64(index * 8) }
            withUnsafeBytes(of: key) { raw in
                let bytes = raw.bindMemory(to: UInt8.self).baseAddress!
                #expect(lexicon.shortWord(key) == lexicon.word(bytes, count))
            }
        }
    }

    /// The searches eight bytes at a time find what a byte-by-byte search finds, from every start.
    @Test func byteSearchesMatchPlainSearches() {
        var generator = PropertyTests.Generator(state: 5)
        let alphabet: [UInt8] = Array("ab <&>-->v".utf8) + [0xC3, 0xA9, 0x80, 0xFF, 0x00, 0x01]
        for _ in 0..<3000 {
            let count = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            bytes.withUnsafeBufferPointer { text in
                for start in 0...count {
                    let plain = (start..<count).first { text[$0] == UInt8(ascii: "<") || text[$0] == UInt8(ascii: "&") }
                    #expect(text.firstIndex(of: UInt8(ascii: "<"), or: UInt8(ascii: "&"), from: start) == plain)
                    let plainArrow = (start..<max(start, count - 2)).first { text[$0] == 45 && text[$0 + 1] == 45 && text[$0 + 2] == 62 }
                    #expect(text.find("-->", from: start) == plainArrow)
                }
                let other = bytes.indices.map { index in Int.random(in: 0..<4, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : bytes[index] }
                other.withUnsafeBufferPointer { second in
                    #expect(text.sameBytes(as: second) == (bytes == other))
                    #expect(text.sameBytes(as: second.part(0, second.count / 2)) == (count == 0))
                }
            }
        }
    }

    /// A run of ASCII letters, digits, `'` and `-` is taken as one byte at a time takes it:
    /// its length, and its bytes lower-cased.
    @Test func wordRunsTakeWhatAByteAtATimeTakes() {
        var generator = PropertyTests.Generator(state: 9)
        let alphabet: [UInt8] = Array("abzAZ09'-.,? _@[`{/:".utf8) + [0xC3, 0xA9, 0x00, 0x7F]
        let word = UnsafeMutablePointer<UInt8>.allocate(capacity: Meter.longestWord + 16)
        defer { word.deallocate() }
        func isRunByte(_ byte: UInt8) -> Bool {
            (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 39 || byte == 45
        }
        for _ in 0..<20000 {
            let count = Int.random(in: 1...70, using: &generator)
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            bytes.withUnsafeBufferPointer { text in
                let from = Int.random(in: 0..<count, using: &generator)
                guard isRunByte(text[from]) else { return }
                var index = from, length = 0
                Meter.wordRun(text.baseAddress!, count, &index, &length, word)
                var end = from
                while end < count, isRunByte(text[end]) { end += 1 }
                #expect(index == end && length == end - from)
                let lowered = text[from..<end].prefix(Meter.longestWord).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
                #expect(Array(UnsafeBufferPointer(start: word, count: min(length, Meter.longestWord))) == lowered)
            }
        }
    }

    /// `hh:mm:ss.ttt` read at fixed places gives the seconds it always gave; anything else
    /// goes to the field-by-field reading.
    @Test func timestampsAtFixedPlacesReadAsBefore() {
        var generator = PropertyTests.Generator(state: 13)
        for _ in 0..<5000 {
            let hours = Int.random(in: 0...99, using: &generator), minutes = Int.random(in: 0...70, using: &generator)
            let seconds = Int.random(in: 0...70, using: &generator), milliseconds = Int.random(in: 0...999, using: &generator)
            let separator = Bool.random(using: &generator) ? "." : ","
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            let fraction = milliseconds < 10 ? "00\(milliseconds)" : milliseconds < 100 ? "0\(milliseconds)" : "\(milliseconds)"
            var text = "\(two(hours)):\(two(minutes)):\(two(seconds))\(separator)\(fraction)"
            if Int.random(in: 0..<10, using: &generator) == 0 {
                var characters = Array(text)
                characters[Int.random(in: 0..<characters.count, using: &generator)] = "x"
                text = String(characters)
            }
            let value = Array(text.utf8).withUnsafeBufferPointer { Timestamp.value(of: $0) }
            if text.contains("x") {
                #expect(value == Array(text.utf8).withUnsafeBufferPointer { Timestamp.parsed($0) })
            } else if minutes < 60, seconds < 60 {
                #expect(value == Double(hours * 3600 + minutes * 60 + seconds) + Double(milliseconds) / 1000)
            } else {
                #expect(value == nil)
            }
        }
    }

    /// Timestamps with one to seven hour digits (files past 99 hours write `123:04:05.678`),
    /// `.` or `,`, and now and then a byte changed: the fixed-place reading gives exactly what
    /// the field-by-field reading gives, and reads every well-formed one itself.
    @Test func timestampsWithAnyHourDigitsReadAsFieldByField() {
        var generator = PropertyTests.Generator(state: 29)
        let bytes: [Character] = ["x", ":", ".", ",", " ", "/", "0", "9", "\u{e9}", "-"]
        for _ in 0..<20000 {
            let hourDigits = Int.random(in: 1...7, using: &generator)
            let hours = String((0..<hourDigits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            let minutes = Int.random(in: 0...70, using: &generator), seconds = Int.random(in: 0...70, using: &generator)
            let milliseconds = Int.random(in: 0...999, using: &generator)
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            let fraction = milliseconds < 10 ? "00\(milliseconds)" : milliseconds < 100 ? "0\(milliseconds)" : "\(milliseconds)"
            var text = "\(hours):\(two(minutes)):\(two(seconds))\(Bool.random(using: &generator) ? "." : ",")\(fraction)"
            let changed = Int.random(in: 0..<4, using: &generator) == 0
            if changed {
                var characters = Array(text)
                characters[Int.random(in: 0..<characters.count, using: &generator)] = bytes.randomElement(using: &generator)!
                text = String(characters)
            }
            let utf8 = Array(text.utf8)
            utf8.withUnsafeBufferPointer { buffer in
                let parsed = Timestamp.parsed(buffer)
                #expect(Timestamp.value(of: buffer) == parsed, "\(text)")
                if let clock = Timestamp.clock(buffer.baseAddress!, buffer.count) { #expect(clock == parsed, "\(text)") }
                if !changed, hourDigits <= 6 {
                    // Well formed: read at fixed places, in range or refused.
                    #expect(Timestamp.clock(buffer.baseAddress!, buffer.count) != nil, "\(text)")
                    #expect(parsed == (minutes < 60 && seconds < 60 ? Double(Int(hours)! * 3600 + minutes * 60 + seconds) + Double(milliseconds) / 1000 : nil), "\(text)")
                }
            }
        }
    }

    /// Timing lines in the usual layout and in others (more spaces, tabs, settings after the
    /// end, times of other lengths, bytes changed): where the shortcut reads a line, the general
    /// way (search for the arrow, trim, read each time) reads the same values from it, and it
    /// reads the usual layouts itself.
    @Test func usualTimingLinesReadAsTheGeneralWay() {
        var generator = PropertyTests.Generator(state: 31)
        // Mostly the usual layout, so that both ways are taken often.
        func time() -> String {
            let hourDigits = [2, 2, 2, 2, 1, 3, 4, 6, 0, 7].randomElement(using: &generator)!
            let hours = String((0..<hourDigits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            let minutes = Int.random(in: 0...64, using: &generator), seconds = Int.random(in: 0...64, using: &generator)
            let fraction = String((0..<[3, 3, 3, 3, 2, 4].randomElement(using: &generator)!).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            return (hourDigits > 0 ? "\(hours):" : "") + "\(two(minutes)):\(two(seconds))\(Bool.random(using: &generator) ? "." : ",")\(fraction)"
        }
        let gaps = [" ", " ", " ", " ", " ", " ", " ", "  ", "\t", ""]
        let settings = ["", "", "", " align:start position:10%", "\tline:0", "x"]
        let noise: [Character] = ["x", ":", ".", " ", "-", ">", "\t", "0"]
        var read = 0
        for _ in 0..<20000 {
            var line = time() + gaps.randomElement(using: &generator)! + "-->" + gaps.randomElement(using: &generator)! + time() + settings.randomElement(using: &generator)!
            if Int.random(in: 0..<5, using: &generator) == 0 {
                var characters = Array(line)
                characters[Int.random(in: 0..<characters.count, using: &generator)] = noise.randomElement(using: &generator)!
                line = String(characters)
            }
            // Lines reach the reader trimmed.
            line = line.trimmingCharacters(in: .whitespaces)
            Array(line.utf8).withUnsafeBufferPointer { buffer in
                guard let usual = CueReader<CueCollector>.usualTiming(buffer) else { return }
                read += 1
                let arrow = buffer.find("-->")
                #expect(arrow != nil, "\(line)")
                guard let arrow else { return }
                let general = CueReader<CueCollector>.timingValues(buffer, arrow: arrow)
                #expect(usual?.0 == general?.0 && usual?.1 == general?.1, "\(line)")
            }
        }
        #expect(read > 1500)
        for line in ["00:00:01.000 --> 00:00:04.500", "00:00:01.000 --> 00:00:04.500 align:start", "123:59:59,999 --> 1234:00:00,000",
                     "1:02:03.004 --> 12:02:03.004\tline:0", "00:00:61.000 --> 00:00:04.500"] {
            Array(line.utf8).withUnsafeBufferPointer { buffer in
                #expect(CueReader<CueCollector>.usualTiming(buffer) != nil, "\(line)")
            }
        }
    }

    /// The window hands cues on in order of their start (equal starts in the file's order),
    /// with their own texts, while its ring wraps and its buffers are reused; holding all
    /// cues sorts them at the end.
    @Test func theWindowHandsCuesOnInOrderWithTheirOwnTexts() throws {
        var generator = PropertyTests.Generator(state: 17)
        for holdAll in [false, true] {
            for size in [1, 2, 5, 256] {
                var window = OrderingWindow(CueCollector(), size: size, holdAll: holdAll)
                // Starts in threes, ascending; unless all are held, shuffled only within blocks
                // of the window's size, so no cue starts before one already handed on.
                var starts = (0..<1500).map { Double($0 / 3) }
                if holdAll {
                    starts.shuffle(using: &generator)
                } else {
                    for block in stride(from: 0, to: starts.count, by: size) {
                        starts[block..<min(starts.count, block + size)].shuffle(using: &generator)
                    }
                }
                var sent: [(start: Double, text: String)] = []
                for (index, start) in starts.enumerated() {
                    let text = String(repeating: "w\(index) ", count: Int.random(in: 1...30, using: &generator))
                    sent.append((start, text))
                    try Array(text.utf8).withUnsafeBufferPointer { bytes throws(ReadStop) in
                        try window.cue(speaker: index % 3, start: start, end: start + 1, text: bytes)
                    }
                }
                try window.finish()
                let expected = sent.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
                #expect(window.inner.cues.map(\.text) == expected.map(\.element.text), "size \(size), holdAll \(holdAll)")
                #expect(window.inner.cues.map(\.start) == expected.map(\.element.start))
            }
        }
    }
}
