import Testing
import Foundation
@testable import Transcripts

/// The speaker mapping, the pair's share and the stored figures of a conversation's transcript.
@Suite struct StoredTranscriptFiguresTests {
    /// Mentor 30 s, mentee 10 s, a guest 10 s.
    static let vtt = """
    WEBVTT

    00:00:00.000 --> 00:00:30.000
    <v Jeroen de Graaf>How did the week go? What would you change?</v>

    00:00:30.000 --> 00:00:40.000
    <v Emma Jansen>Planning, I think.</v>

    00:00:40.000 --> 00:00:50.000
    <v Pieter Guest>Sorry, wrong room. Pieter here.</v>

    """

    static func figures(_ text: String = vtt) throws -> TranscriptFigures {
        TranscriptAnalyzer.analyze(try TranscriptParser.parse(text))
    }

    @Test func theGuessMatchesNamesByTheirWords() {
        let speakers = ["Emma", "Jeroen", "Guest"]
        #expect(SpeakerMapping.guess(mentorName: "Jeroen de Graaf", menteeName: "Emma Jansen", speakers: speakers)
                == SpeakerMapping(mentor: "Jeroen", mentee: "Emma"))
        // Without a shared word: the first speaker, then the first other one.
        #expect(SpeakerMapping.guess(mentorName: "Anna", menteeName: "Bas", speakers: speakers)
                == SpeakerMapping(mentor: "Emma", mentee: "Jeroen"))
        // The mentee is never the speaker already taken as the mentor.
        #expect(SpeakerMapping.guess(mentorName: "Emma de Graaf", menteeName: "Emma Jansen", speakers: ["Emma Jansen"])
                == SpeakerMapping(mentor: "Emma Jansen", mentee: ""))
        #expect(SpeakerMapping.guess(mentorName: "A", menteeName: "B", speakers: []) == SpeakerMapping(mentor: "", mentee: ""))
    }

    @Test func closestIsCaseInsensitiveAndTakesTheFirstOnATie() {
        #expect(SpeakerMapping.closest("jeroen DE graaf", in: ["Jeroen", "De Graaf Jeroen"]) == "De Graaf Jeroen")
        #expect(SpeakerMapping.closest("Jeroen", in: ["Jeroen A", "Jeroen B"]) == "Jeroen A")
        #expect(SpeakerMapping.closest("Jeroen", in: ["Emma"]) == nil)
    }

    @Test func thePairShareLeavesOtherSpeakersOut() throws {
        let figures = try Self.figures()
        // 30 / (30 + 10), the guest's 10 seconds left out.
        #expect(figures.pairShare(SpeakerMapping(mentor: "Jeroen de Graaf", mentee: "Emma Jansen")) == 0.75)
        #expect(figures.pairShare(SpeakerMapping(mentor: "Jeroen de Graaf", mentee: "Pieter Guest")) == 0.75)
        #expect(figures.pairShare(SpeakerMapping(mentor: "Nobody", mentee: "Nobody else")) == 0)
    }

    @Test func anUntimedTranscriptSharesByWords() throws {
        let figures = try Self.figures("Jeroen: one two three\nEmma: one\n")
        #expect(!figures.timed)
        #expect(figures.pairShare(SpeakerMapping(mentor: "Jeroen", mentee: "Emma")) == 0.75)
    }

    @Test func aMappingNamesTwoDifferentSpeakersOfTheTranscript() throws {
        let figures = try Self.figures()
        #expect(SpeakerMapping(mentor: "Jeroen de Graaf", mentee: "Pieter Guest").isValid(for: figures))
        #expect(!SpeakerMapping(mentor: "Pieter Guest", mentee: "Pieter Guest").isValid(for: figures))
        #expect(!SpeakerMapping(mentor: "Jeroen de Graaf", mentee: "Someone").isValid(for: figures))
    }

    @Test func theStoredFiguresKeepTheMentorsOwnAndReadBack() throws {
        let figures = try Self.figures()
        let stored = StoredTranscriptFigures(figures: figures, mapping: SpeakerMapping(mentor: "Jeroen de Graaf", mentee: "Emma Jansen"))
        #expect(stored.mentorOpenQuestions == 2 && stored.mentorClosedQuestions == 0)
        #expect(stored.mentorLongestMonologueSeconds == figures.speaker(named: "Jeroen de Graaf")?.longestMonologueSeconds)
        let json = try stored.json(maxBytes: 160 * 1024)
        #expect(StoredTranscriptFigures(json: json) == stored)
        // The keys the mirror has always read.
        #expect(json.contains("\"mentorOpenQuestions\":2") && json.contains("\"figures\":{"))
        #expect(StoredTranscriptFigures(json: "{}") == nil)
        #expect(StoredTranscriptFigures(json: "not json") == nil)
    }

    @Test func figuresTooLongToStoreLoseTheirQuotedPhrasesFirst() throws {
        var figures = try Self.figures()
        figures.speakers[0].examples = ["hedges": [String(repeating: "x", count: 2_000)]]
        let stored = StoredTranscriptFigures(figures: figures, mapping: SpeakerMapping(mentor: "Jeroen de Graaf", mentee: "Emma Jansen"))
        let json = try stored.json(maxBytes: 1_500)
        let read = try #require(StoredTranscriptFigures(json: json))
        #expect(read.figures.speakers.allSatisfy { $0.examples.isEmpty })
        #expect(read.figures.speakers.map(\.words) == figures.speakers.map(\.words))
        #expect(try stored.json(maxBytes: 1_000_000).contains(String(repeating: "x", count: 2_000)))
    }

    @Test func anonymisingRemovesEverySpeakersNameAndKeepsTheFigures() throws {
        var figures = try Self.figures()
        figures.speakers[2].examples = ["ownView": ["Pieter here"]]
        figures.warnings = ["line 9: found \"Pieter Guest\""]
        let mapping = SpeakerMapping(mentor: "Jeroen de Graaf", mentee: "Emma Jansen")
        let stored = StoredTranscriptFigures(figures: figures, mapping: mapping)
        // act
        let anonymised = stored.anonymised(mapping)
        // validate
        let json = try anonymised.figures.json(maxBytes: 1_000_000)
        for name in ["Jeroen", "Graaf", "Emma", "Jansen", "Pieter", "Guest"] { #expect(!json.contains(name), "\(name) survived") }
        #expect(anonymised.figures.figures.speakers.map(\.name) == ["mentor", "mentee", "speaker 3"])
        #expect(anonymised.mapping == SpeakerMapping(mentor: "mentor", mentee: "mentee"))
        #expect(anonymised.figures.figures.thirds.allSatisfy { Set($0.keys).isSubset(of: ["mentor", "mentee", "speaker 3"]) })
        #expect(anonymised.figures.figures.thirds.map { $0.values.reduce(0, +) } == figures.thirds.map { $0.values.reduce(0, +) })
        #expect(anonymised.figures.figures.speakers.map(\.talkSeconds) == figures.speakers.map(\.talkSeconds))
        #expect(anonymised.figures.mentorOpenQuestions == 2)
        #expect(anonymised.figures.figures.pairShare(anonymised.mapping) == figures.pairShare(mapping))
    }
}

