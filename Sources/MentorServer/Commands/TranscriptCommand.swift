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
        "talkShare", "words", "wordsPerMinute", "turns", "longestMonologueSeconds", "questions": {"open", "closed"}, "statements", "signals": {"hedges",
        "certainty", "commitments", "ownView"}, "examples", "reflections", "advice", "adviceWithPermission", "information", "stories",
        "backchannels", "interruptions", "selfAnsweredQuestions", "stackedQuestions", "waitTime": {"medianSeconds", "atLeast3sShare",
        "measured"}, "patienceSeconds", "answerWordsAfterOpen", "answerWordsAfterClosed", "longestStretchSeconds"}], "cues", "skippedCues",
        "warnings", "thirds"}, speakers ordered by talk share, seconds and fractions; signals per 100 words; null where the
        transcript cannot tell (no end times, no overlapping speech). See docs/transcripts.md.
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
            print("\(figures.cues) cues read" + (figures.skippedCues > 0 ? ", \(figures.skippedCues) skipped" : ""))
            for warning in figures.warnings { print("  warning: \(warning)") }
            // Seconds with one decimal, or "not measurable" where the transcript cannot tell.
            func seconds(_ value: Double?) -> String { value.map { String(format: "%.1f s", $0) } ?? "not measurable" }
            func words(_ value: Double?) -> String { value.map { String(format: "%.0f words", $0) } ?? "none" }
            for speaker in figures.speakers {
                print("\(speaker.name): \(Int((speaker.talkShare * 100).rounded())) %, \(speaker.words) words, \(speaker.turns) turns, questions \(speaker.questions.open) open / \(speaker.questions.closed) closed, longest monologue \(Int(speaker.longestMonologueSeconds)) s")
                print("  moves: \(speaker.reflections) reflections, \(speaker.advice) advice (\(speaker.adviceWithPermission) after asking permission), \(speaker.information) information, \(speaker.stories) stories, \(speaker.backchannels) backchannels")
                print("  questions: \(speaker.stackedQuestions) turns with stacked questions, \(speaker.selfAnsweredQuestions) answered by themselves; the other's answers: \(words(speaker.answerWordsAfterOpen)) after open, \(words(speaker.answerWordsAfterClosed)) after closed questions")
                let share = speaker.waitTime.atLeast3sShare.map { " (\(Int(($0 * 100).rounded())) % at least 3 s)" } ?? ""
                print("  timing: wait after questions \(seconds(speaker.waitTime.medianSeconds))\(share), pause before speaking \(seconds(speaker.patienceSeconds)), interruptions \(speaker.interruptions.map(String.init) ?? "not measurable"), longest stretch \(seconds(speaker.longestStretchSeconds))")
                let signals = speaker.signals
                print("  signals per 100 words: hedges \(String(format: "%.1f", signals.hedges)), certainty \(String(format: "%.1f", signals.certainty)), commitments \(String(format: "%.1f", signals.commitments)), own view \(String(format: "%.1f", signals.ownView))")
            }
            for (index, third) in figures.thirds.enumerated() {
                let shares = third.sorted { $0.key < $1.key }.map { "\($0.key) \(Int(($0.value * 100).rounded())) %" }.joined(separator: ", ")
                print("third \(index + 1): \(shares)")
            }
        }
    }
}
