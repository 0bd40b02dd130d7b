import Vapor
import Fluent
import MentorCore
import Transcripts

/// Uploading a meeting transcript to a conversation. The figures are kept; the text only
/// when the pair asks for it, visible to the pair alone and deletable.
struct TranscriptController {
    var endpoints: [Endpoint] {
        let pair: Access = .roles([.mentor, .mentee])
        return [
            Endpoint(.POST, .transcript(conversation: .key), pair, maxBody: .upload, upload),
            Endpoint(.POST, .transcriptMapping(conversation: .key), pair, map),
            Endpoint(.POST, .transcriptDeleteText(conversation: .key), pair, deleteText),
            Endpoint(.POST, .transcriptDelete(conversation: .key), pair, delete),
        ]
    }

    /// What is stored with the conversation: every speaker's figures, the mapping, and the
    /// mentor's question counts the mirror reads.
    struct Stored: Codable {
        var figures: TranscriptFigures
        var mentorOpenQuestions: Int?
        var mentorClosedQuestions: Int?
        var mentorStatements: Int?
        var mentorLongestMonologueSeconds: Double?
    }

    static let maxBytes = 16 * 1024 * 1024

    struct UploadForm: Content {
        var file: File?
        var keep: String?
    }

    @Sendable func upload(_ request: Request) async throws -> Response {
        let (conversation, context) = try await request.conversationContext(request.parameters.get("id", as: UUID.self))
        try context.requireOpen()
        let language = request.viewer.language
        // One pass over the multipart body for both fields (each `content.get` parses it again).
        let form = try? request.content.decode(UploadForm.self)
        let file = form?.file
        let keep = form?.keep == "on"
        guard let file, file.data.readableBytes > 0 else {
            throw UserError(.unprocessableEntity, T.transcriptMissing)
        }
        guard file.data.readableBytes <= Self.maxBytes else { throw UserError(.payloadTooLarge, T.transcriptTooLarge) }
        // Analysed on a pool of its own, a few at a time: more are refused at once, never queued.
        let gate = request.application.transcriptGate
        guard gate.tryEnter() else { throw UserError(.serviceUnavailable, T.transcriptBusy) }
        let reading: TranscriptIntake.Reading
        do {
            reading = try await TranscriptIntake.read(Data(buffer: file.data), keep: keep, maxBytes: Self.maxBytes)
            gate.leave()
        } catch {
            gate.leave()
            throw error
        }
        let figures = reading.figures
        try await context.pair.$mentor.load(on: request.db)
        try await context.pair.$mentee.load(on: request.db)
        let names = figures.speakers.map(\.name)
        let mentorGuess = Self.closest(context.pair.mentor.name, in: names) ?? names.first ?? ""
        let menteeGuess = Self.closest(context.pair.mentee.name, in: names.filter { $0 != mentorGuess }) ?? names.first { $0 != mentorGuess } ?? ""
        let analysis = try await TranscriptAnalysis.query(on: request.db).filter(\.$conversation.$id == conversation.id!).first() ?? TranscriptAnalysis()
        analysis.$conversation.id = conversation.id!
        analysis.format = figures.format
        analysis.language = figures.language
        analysis.timed = figures.timed
        analysis.rawText = reading.keptText
        try Self.apply(mentor: mentorGuess, mentee: menteeGuess, figures: figures, to: analysis)
        try await request.db.transaction { db in
            try await analysis.save(on: db)
            try await request.audit("create", "transcript_analysis", id: analysis.id, summary: "transcript analysed\(keep ? ", text kept" : "")", on: db)
        }
        request.flash(T.transcriptAnalysed(language))
        return request.redirect(to: "/conversations/\(conversation.id!)#transcript")
    }

    /// Sets which speaker is the mentor and which the mentee; the mentor's share counts these two only.
    static func apply(mentor: String, mentee: String, figures: TranscriptFigures, to analysis: TranscriptAnalysis) throws {
        let mentorFigures = figures.speakers.first { $0.name == mentor }
        let menteeFigures = figures.speakers.first { $0.name == mentee }
        let pairTotal = (mentorFigures.map { figures.timed ? $0.talkSeconds : Double($0.words) } ?? 0)
            + (menteeFigures.map { figures.timed ? $0.talkSeconds : Double($0.words) } ?? 0)
        analysis.mentorSpeaker = mentor
        analysis.menteeSpeaker = mentee
        analysis.mentorShare = pairTotal > 0 ? (mentorFigures.map { figures.timed ? $0.talkSeconds : Double($0.words) } ?? 0) / pairTotal : 0
        var stored = Stored(figures: figures, mentorOpenQuestions: mentorFigures?.questions.open, mentorClosedQuestions: mentorFigures?.questions.closed,
                            mentorStatements: mentorFigures?.statements, mentorLongestMonologueSeconds: mentorFigures?.longestMonologueSeconds)
        var json = try JSONEncoder().encode(stored)
        if json.count > TranscriptIntake.maxStoredBytes {
            // Cannot happen within the intake's limits; if it does, the reflection prompts go first.
            stored.figures.speakers = stored.figures.speakers.map { var speaker = $0; speaker.examples = [:]; return speaker }
            json = try JSONEncoder().encode(stored)
        }
        analysis.figures = String(decoding: json, as: UTF8.self)
    }

    /// The speaker name sharing the most words with `name` (case-insensitive), if any shares one.
    static func closest(_ name: String, in candidates: [String]) -> String? {
        let wanted = Set(name.lowercased().split(separator: " "))
        let scored = candidates.map { ($0, Set($0.lowercased().split(separator: " ")).intersection(wanted).count) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        return best.0
    }

    private func load(_ request: Request) async throws -> (TranscriptAnalysis, Conversation, PairContext) {
        let (conversation, context) = try await request.conversationContext(request.parameters.get("id", as: UUID.self))
        guard let analysis = try await TranscriptAnalysis.query(on: request.db).filter(\.$conversation.$id == conversation.id!).first() else { throw PageError.notFound }
        return (analysis, conversation, context)
    }

    @Sendable func map(_ request: Request) async throws -> Response {
        let (analysis, conversation, context) = try await load(request)
        try context.requireOpen()
        let stored = try JSONDecoder().decode(Stored.self, from: Data(analysis.figures.utf8))
        let names = Set(stored.figures.speakers.map(\.name))
        let mentor = request.field("mentorSpeaker"), mentee = request.field("menteeSpeaker")
        guard names.contains(mentor), names.contains(mentee), mentor != mentee else { throw UserError(.unprocessableEntity, T.transcriptMappingInvalid) }
        try Self.apply(mentor: mentor, mentee: mentee, figures: stored.figures, to: analysis)
        try await request.db.transaction { db in
            try await analysis.save(on: db)
            try await request.audit("update", "transcript_analysis", id: analysis.id, summary: "speakers mapped", on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/conversations/\(conversation.id!)#transcript")
    }

    @Sendable func deleteText(_ request: Request) async throws -> Response {
        let (analysis, conversation, _) = try await load(request)
        analysis.rawText = nil
        try await request.db.transaction { db in
            try await analysis.save(on: db)
            try await request.audit("delete", "transcript_text", id: analysis.id, summary: "kept transcript text deleted", on: db)
        }
        return request.redirect(to: "/conversations/\(conversation.id!)#transcript")
    }

    @Sendable func delete(_ request: Request) async throws -> Response {
        let (analysis, conversation, _) = try await load(request)
        try await request.db.transaction { db in
            try await analysis.delete(on: db)
            try await request.audit("delete", "transcript_analysis", id: analysis.id, summary: "transcript figures deleted", on: db)
        }
        return request.redirect(to: "/conversations/\(conversation.id!)")
    }
}
