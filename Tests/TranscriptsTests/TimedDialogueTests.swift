import Testing
import Foundation
@testable import Transcripts

/// The hand-computed figures of `TimedDialogues`, checked through WebVTT and the streaming reader.
@Suite struct TimedDialogueTests {
    struct Dialogue {
        var title: String
        var cues: [Cue] = []
        var expected: [(speaker: String, key: String, values: [Double?])] = []
    }

    static func dialogues() -> [Dialogue] {
        var result: [Dialogue] = []
        for raw in TimedDialogues.text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") { result.append(Dialogue(title: String(line.dropFirst(3)))); continue }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ").map(String.init)
            if parts[0] == "=" {
                let speaker = parts[1] == "M" ? "Mentor" : "Mentee"
                var index = 2
                while index < parts.count {
                    let key = parts[index]
                    var values: [Double?] = []
                    index += 1
                    while index < parts.count, parts[index] == "-" || Double(parts[index]) != nil {
                        values.append(Double(parts[index]))
                        index += 1
                    }
                    result[result.count - 1].expected.append((speaker, key, values))
                }
            } else {
                let speaker = parts[0] == "M" ? "Mentor" : "Mentee"
                result[result.count - 1].cues.append(Cue(speaker: speaker, start: Double(parts[1]), end: Double(parts[2]),
                                                         text: parts[3...].joined(separator: " ")))
            }
        }
        return result
    }

    static func value(_ key: String, of speaker: TranscriptFigures.Speaker, in figures: TranscriptFigures) -> [Double?] {
        switch key {
        case "wait": [speaker.waitTime.medianSeconds]
        case "share": [speaker.waitTime.atLeast3sShare]
        case "interruptions": [speaker.interruptions.map(Double.init)]
        case "patience": [speaker.patienceSeconds]
        case "answersOpen": [speaker.answerWordsAfterOpen]
        case "answersClosed": [speaker.answerWordsAfterClosed]
        case "stretch": [speaker.longestStretchSeconds]
        case "monologue": [speaker.longestMonologueSeconds]
        case "stacked": [Double(speaker.stackedQuestions)]
        case "selfAnswered": [Double(speaker.selfAnsweredQuestions)]
        case "backchannels": [Double(speaker.backchannels)]
        case "reflections": [Double(speaker.reflections)]
        case "advice": [Double(speaker.advice)]
        case "withPermission": [Double(speaker.adviceWithPermission)]
        case "stories": [Double(speaker.stories)]
        case "open": [Double(speaker.questions.open)]
        case "closed": [Double(speaker.questions.closed)]
        case "thirds": figures.thirds.map { $0[speaker.name] }
        default: [nil, nil, nil, nil]
        }
    }

    @Test func theDialoguesAreTwenty() {
        #expect(Self.dialogues().count == 20)
        #expect(Self.dialogues().allSatisfy { !$0.cues.isEmpty && !$0.expected.isEmpty })
    }

    @Test(arguments: 0..<20)
    func handComputedTimingHolds(index: Int) throws {
        // setup
        let dialogue = Self.dialogues()[index]
        let text = TranscriptWriter.webVTT(Transcript(format: .webvtt, cues: dialogue.cues))
        // act: streamed, as the product reads uploads
        let figures = try TranscriptAnalyzer.analyze(data: Data(text.utf8))
        // validate
        #expect(figures == TranscriptAnalyzer.analyze(try TranscriptParser.parse(text)))
        for (name, key, values) in dialogue.expected {
            let speaker = try #require(figures.speakers.first { $0.name == name })
            let found = Self.value(key, of: speaker, in: figures)
            #expect(found.count == values.count, "\(dialogue.title): \(name) \(key)")
            for (got, want) in zip(found, values) {
                switch (got, want) {
                case (nil, nil): break
                case (let got?, let want?): #expect(abs(got - want) < 0.01, "\(dialogue.title): \(name) \(key) \(got) != \(want)")
                default: Issue.record("\(dialogue.title): \(name) \(key) is \(String(describing: got)), expected \(String(describing: want))")
                }
            }
        }
    }
}
