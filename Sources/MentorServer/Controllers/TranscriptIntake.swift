import Foundation
import Vapor
import Transcripts
import MentorCore

/// Reading an uploaded transcript within bounds, away from the request's event loop.
///
/// Analysing a 16 MB file takes seconds of CPU. Done inline it held an event loop (two
/// uploads froze the server), and a file with half a million speakers stored 142 MB of
/// figures. So an upload is analysed on a pool of its own, at most `concurrentLimit` at a
/// time (more are refused at once with a message, never queued behind each other), and the
/// result is refused when it is not a conversation: more than `maxSpeakers` speakers, more
/// than `maxCues` fragments, a "name" of more than `maxNameLength` characters, or kept text
/// longer than `maxKeptCharacters`. What is stored is therefore small and bounded.
enum TranscriptIntake {
    static let maxSpeakers = 50
    /// The library's own limit: a 16 MB Teams export, the largest upload, has about 150,000.
    static let maxCues = TranscriptLimits.standard.maxCues
    static let maxNameLength = 120
    /// About a three-hour meeting's text; the kept text is shown on the conversation page.
    static let maxKeptCharacters = 1_000_000
    static let maxExamplesPerSignal = 3
    static let maxExampleLength = 80
    /// The stored figures' JSON never exceeds this; with the limits above it stays far below.
    static let maxStoredBytes = 160 * 1024
    static let concurrentLimit = 2

    /// Two threads of its own: the application's thread pool runs SQLite's calls and blocking
    /// file work, so a long analysis there would stall every page. Created once per process.
    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: concurrentLimit)
        pool.start()
        return pool
    }()

    /// Why an upload was refused; each has its message in both languages.
    enum Refusal: Error, Equatable, Sendable {
        case unreadable(TranscriptError)
        case tooManySpeakers
        case tooManyCues
        case nameTooLong
        case textTooLongToKeep

        var message: Text {
            switch self {
            case .unreadable(let problem): T.transcriptProblem(problem)
            case .tooManySpeakers: T.transcriptTooManySpeakers(TranscriptIntake.maxSpeakers)
            case .tooManyCues: T.transcriptTooManyCues(TranscriptIntake.maxCues)
            case .nameTooLong: T.transcriptNameTooLong(TranscriptIntake.maxNameLength)
            case .textTooLongToKeep: T.transcriptTextTooLongToKeep(TranscriptIntake.maxKeptCharacters)
            }
        }
    }

    /// What an accepted upload gives: its bounded figures and, when asked for, its readable text.
    struct Reading: Sendable {
        var figures: TranscriptFigures
        var keptText: String?
        /// Per goal, how often each speaker said its words (issue 14); nil when not counted.
        var goalMentions: [UUID: [String: Int]]? = nil
    }

    /// Analyses `data` on the intake pool. Throws `UserError` for a refusal.
    static func read(_ data: Data, keep: Bool, maxBytes: Int, goals: [GoalWords] = []) async throws -> Reading {
        let outcome = try await pool.runIfActive { analyse(data, keep: keep, maxBytes: maxBytes, goals: goals) }
        switch outcome {
        case .success(let reading): return reading
        case .failure(let refusal): throw UserError(.unprocessableEntity, refusal.message)
        }
    }

    /// The analysis and its checks, on the calling thread.
    static func analyse(_ data: Data, keep: Bool, maxBytes: Int, goals: [GoalWords] = []) -> Result<Reading, Refusal> {
        var figures: TranscriptFigures
        // The library stops reading at the first speaker or cue past the limits, so a crafted
        // file costs no more memory than a real one.
        let limits = TranscriptLimits(maxSpeakers: maxSpeakers, maxCues: maxCues)
        do { figures = try TranscriptAnalyzer.analyze(data: data, maxBytes: maxBytes, limits: limits) } catch {
            switch error {
            case .tooManySpeakers: return .failure(.tooManySpeakers)
            case .tooManyCues: return .failure(.tooManyCues)
            default: return .failure(.unreadable(error))
            }
        }
        if let refusal = check(figures) { return .failure(refusal) }
        figures = bounded(figures)
        var text: String?
        if keep {
            do { text = try TranscriptParser.readableText(data, maxBytes: .max) } catch { return .failure(.unreadable(error)) }
            if (text?.count ?? 0) > maxKeptCharacters { return .failure(.textTooLongToKeep) }
        }
        // The goals' words are counted from the cues, read once more; only the counts are kept.
        let cues = try? TranscriptParser.parse(data, maxBytes: maxBytes, limits: limits).cues.map { (speaker: $0.speaker, text: $0.text) }
        return .success(Reading(figures: figures, keptText: text, goalMentions: cues.map { GoalMentions.counts(goals, cues: $0) }))
    }

    /// The limits a conversation's figures must keep.
    static func check(_ figures: TranscriptFigures) -> Refusal? {
        if figures.speakers.count > maxSpeakers { return .tooManySpeakers }
        if figures.cues > maxCues { return .tooManyCues }
        if figures.speakers.contains(where: { $0.name.count > maxNameLength }) { return .nameTooLong }
        return nil
    }

    /// The figures with their reflection prompts clipped (at most three short phrases per
    /// signal) and at most ten reading warnings of 200 characters.
    static func bounded(_ figures: TranscriptFigures) -> TranscriptFigures {
        var result = figures
        result.warnings = result.warnings.prefix(10).map { String($0.prefix(200)) }
        for index in result.speakers.indices {
            result.speakers[index].examples = result.speakers[index].examples.mapValues { phrases in
                phrases.prefix(maxExamplesPerSignal).map { String($0.prefix(maxExampleLength)) }
            }
        }
        return result
    }
}

/// How many analyses run now in one application; more than its limit are refused, not queued.
final class TranscriptGate: @unchecked Sendable {
    let limit: Int
    private let lock = NSLock()
    private var running = 0

    init(limit: Int) { self.limit = limit }

    /// Takes a place; false when every place is taken.
    func tryEnter() -> Bool {
        lock.withLock {
            guard running < limit else { return false }
            running += 1
            return true
        }
    }

    func leave() { lock.withLock { running = max(0, running - 1) } }
}

struct TranscriptGateKey: StorageKey, LockKey {
    typealias Value = TranscriptGate
}

extension Application {
    /// The application's gate for transcript analyses, made on first use.
    var transcriptGate: TranscriptGate {
        locks.lock(for: TranscriptGateKey.self).withLock {
            if let gate = storage[TranscriptGateKey.self] { return gate }
            let gate = TranscriptGate(limit: TranscriptIntake.concurrentLimit)
            storage[TranscriptGateKey.self] = gate
            return gate
        }
    }
}
