import ArgumentParser
import Foundation
import Transcripts

/// `mentor transcript analyze`: a transcript's figures without a database.
struct TranscriptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcript",
        abstract: "Reading and measuring meeting transcripts.",
        subcommands: [TranscriptAnalyzeCommand.self])
}

struct TranscriptAnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print who talked how much, asked what and how, from a WebVTT, SRT or plain-text transcript.",
        discussion: """
        JSON: {"format", "language", "timed", "durationSeconds", "speechSeconds", "switchesPerMinute", "speakers": [{"name", "talkSeconds",
        "talkShare", "words", "wordsPerMinute", "turns", "longestMonologueSeconds", "questions": {"open", "closed"}, "signals": {"hedges",
        "certainty", "commitments", "ownView"}}]}, speakers ordered by talk share, seconds and fractions; signals per 100 words.
        Signals are prompts for reflection, not verdicts about a person.
        """)

    @ArgumentParser.Argument(help: "The transcript file.")
    var file: String

    @ArgumentParser.Option(help: "Output format: json or text.")
    var format: String = "json"

    @ArgumentParser.Option(help: "Largest file accepted, in megabytes.")
    var maxMegabytes: Int = 50

    func validate() throws {
        guard ["json", "text"].contains(format) else { throw ValidationError("--format must be json or text.") }
        guard maxMegabytes > 0 else { throw ValidationError("--max-megabytes must be positive.") }
    }

    func run() async throws {
        // Read in chunks and measured as it goes: memory does not grow with the file.
        let figures: TranscriptFigures
        do { figures = try TranscriptAnalyzer.analyze(fileAt: file, maxBytes: maxMegabytes * 1_048_576) } catch { throw CommandFailure("\(file): \(error)") }
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(figures), as: UTF8.self))
        } else {
            print("\(figures.format), \(figures.language), " + (figures.timed ? "\(Int(figures.durationSeconds)) s, \(String(format: "%.1f", figures.switchesPerMinute)) switches per minute" : "untimed (shares from words)"))
            for speaker in figures.speakers {
                print("\(speaker.name): \(Int((speaker.talkShare * 100).rounded())) %, \(speaker.words) words, \(speaker.turns) turns, questions \(speaker.questions.open) open / \(speaker.questions.closed) closed, longest monologue \(Int(speaker.longestMonologueSeconds)) s")
            }
        }
    }
}
