import Testing
@testable import Transcripts

@Suite struct TimingTests {
    @Test func timestampsOfRealExportsAreRead() {
        #expect(Timestamp.seconds("00:01:02.345") == 62.345)
        #expect(Timestamp.seconds("0:0:0.210") == 0.21)          // Teams, unpadded
        #expect(Timestamp.seconds("00:01:02,500") == 62.5)       // SRT, comma
        #expect(Timestamp.seconds("01:15") == 75)                // mm:ss
        #expect(Timestamp.seconds("1:00:00") == 3600)
        #expect(Timestamp.seconds("00:61:00") == nil)
        #expect(Timestamp.seconds("ab:cd") == nil)
        #expect(Timestamp.seconds("") == nil)
        #expect(Timestamp.seconds("1:2:3:4") == nil)
    }

    @Test func ownOverlappingCuesCountOnce() {
        // 0-10 and 5-12 overlap: the union is 0-12 = 12 s; 20-25 adds 5 s: 17 s.
        #expect(TalkTime.union([(0, 10), (20, 25), (5, 12)]) == 17)
        #expect(TalkTime.union([]) == 0)
        #expect(TalkTime.union([(3, 3), (5, 4)]) == 0)
    }

    @Test func sharesAddUpToOneAndUntimedTranscriptsUseWords() {
        // Mentor 0-30 and 25-40 (union 40 s), mentee 40-60 (20 s): shares 40/60 and 20/60.
        let timed = TalkTime.shares([
            Cue(speaker: "Mentor", start: 0, end: 30, text: "a b c"),
            Cue(speaker: "Mentee", start: 40, end: 60, text: "d e"),
            Cue(speaker: "Mentor", start: 25, end: 40, text: "f"),
        ])
        #expect(timed.timed)
        #expect(timed.speakers.map(\.name) == ["Mentor", "Mentee"])
        #expect(abs(timed.speakers[0].share - 2.0 / 3) < 1e-12)
        #expect(abs(timed.speakers.map(\.share).reduce(0, +) - 1) < 1e-12)
        // Untimed: 6 words against 2: shares 0.75 and 0.25.
        let untimed = TalkTime.shares([
            Cue(speaker: "Sanne", start: nil, end: nil, text: "Wat wil je vandaag bespreken, Daan?"),
            Cue(speaker: "Daan", start: nil, end: nil, text: "Mijn planning."),
        ])
        #expect(!untimed.timed)
        #expect(untimed.speakers.map(\.words) == [6, 2])
        #expect(untimed.speakers[0].share == 0.75)
    }

    @Test func wordsIgnorePunctuationAndKeepContractions() {
        #expect(Cue(speaker: "x", start: nil, end: nil, text: "I'll do it — today, right?").words == 5)
        #expect(Cue(speaker: "x", start: nil, end: nil, text: "  ... ").words == 0)
        #expect(Cue(speaker: "x", start: nil, end: nil, text: "één, twee: drie").words == 3)
    }
}

@Suite struct LexiconTests {
    /// The tables split entries on spaces; a transcript's words must come out the same.
    @Test func everyLexiconEntryReadsAsTheSameWords() {
        for lexicon in [Lexicon.english, Lexicon.dutch] {
            for entry in lexicon.allEntries {
                #expect(Words.tokens(entry) == LexiconTables.words(entry), "\(entry)")
            }
        }
        #expect(LexiconTables.shared.phrases.allSatisfy { $0.words.count <= LexiconTables.longestPhrase })
    }

    @Test func theFixedPlaceTimestampAgreesWithTheGeneralReader() {
        #expect(Timestamp.seconds("01:02:03.456") == 3723.456)
        #expect(Timestamp.seconds("01:02:03,456") == 3723.456)
        #expect(Timestamp.seconds("00:60:00.000") == nil)
        #expect(Timestamp.seconds("0a:00:00.000") == nil)
        #expect(Timestamp.seconds("1:02:03.4567") == 3723.4567)
    }
}
