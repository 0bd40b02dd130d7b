import Vapor
import Fluent
import MentorCore
import Transcripts

/// Uploading a meeting transcript to a conversation. The figures are kept; the text only
/// when the pair asks for it, visible to the pair alone and deletable.
struct TranscriptController {
    var endpoints: [Endpoint] {
        let members: Set<PairRole> = [.mentor, .mentee]
        return [
            Endpoint(.POST, .transcript(conversation: .key), pair: members, of: .conversation, maxBody: .upload, upload),
            Endpoint(.POST, .transcriptMapping(conversation: .key), pair: members, of: .conversation, map),
            Endpoint(.POST, .transcriptDeleteText(conversation: .key), pair: members, of: .conversation, deleteText),
            Endpoint(.POST, .transcriptDelete(conversation: .key), pair: members, of: .conversation, delete),
            Endpoint(.POST, .transcriptEstimate(conversation: .key), pair: [.mentor], of: .conversation, estimate),
        ]
    }

    static let maxBytes = 16 * 1024 * 1024

    @Sendable func upload(_ request: Request, _ context: PairContext) async throws -> Response {
        let conversationID = try context.conversation.requireID()
        try context.requireOpen()
        let language = request.viewer.language
        // One pass over the multipart body for both fields (each `content.get` parses it again).
        let form = (try? request.content.decode(ConversationPage.TranscriptUploadForm.self)) ?? .init()
        let upload = try form.validated(maxBytes: Self.maxBytes).get()
        // Analysed on a pool of its own, a few at a time: more are refused at once, never queued.
        let gate = request.application.transcriptGate
        guard gate.tryEnter() else { throw UserError(.serviceUnavailable, T.transcriptBusy) }
        let reading: TranscriptIntake.Reading
        do {
            let goals = try await GoalWordsQuery.openGoals(of: context.pair, on: request.db)
            reading = try await TranscriptIntake.read(Data(buffer: upload.data), keep: upload.keep, maxBytes: Self.maxBytes, goals: goals)
            gate.leave()
        } catch {
            gate.leave()
            throw error
        }
        let names = try await PairRows.memberNames(of: context.pair, on: request.db)
        let mapping = SpeakerMapping.guess(mentorName: names.mentor, menteeName: names.mentee,
                                           speakers: reading.figures.speakers.map(\.name))
        let analysis = try await TranscriptAnalysis.query(on: request.db).filter(\.$conversation.$id == conversationID).first() ?? TranscriptAnalysis()
        analysis.$conversation.id = conversationID
        analysis.rawText = reading.keptText
        try analysis.record(reading.figures, mapping: mapping)
        analysis.goalMentions = nil
        if let counts = reading.goalMentions { try analysis.recordGoalMentions(counts, figures: reading.figures) }
        let now = request.now
        let byMentor = context.isMentor
        try await request.writeTransaction { db in
            // The estimate given with the upload (or earlier) is kept as the one before the measured share.
            try await db.lockForUpdate(Conversation.self, id: conversationID)
            guard let conversation = try await Conversation.find(conversationID, on: db) else { throw PageError.notFound }
            conversation.estimates = EstimateFirst.afterUpload(conversation.estimates, byMentor: byMentor, given: upload.estimate, now: now)
            try await conversation.save(on: db)
            try await analysis.save(on: db)
            try await request.audit("create", "transcript_analysis", id: analysis.id,
                                    summary: "transcript analysed\(upload.keep ? ", text kept" : "")", on: db)
        }
        request.flash(T.transcriptAnalysed(language))
        return request.redirect(to: .conversation(conversationID), fragment: "transcript")
    }

    /// The mentor's estimate before the measured figures are shown, or the choice to see them
    /// without one. Once the figures were shown, the estimate beforehand stays as it was.
    @Sendable func estimate(_ request: Request, _ context: PairContext) async throws -> Response {
        _ = try await analysis(context, on: request.db)
        try context.requireOpen()
        let conversationID = try context.conversation.requireID()
        let form = try request.content.decode(ConversationPage.TranscriptEstimateForm.self)
        let answer: EstimateFirst.Answer
        switch form.validated(request.viewer.language) {
        case .failure(let errors):
            var model = try await ConversationPage.Query.model(try context.conversation, context, language: request.viewer.language, on: request.db)
            model.errors = errors.fields
            model.draft.estimate = form
            return ConversationPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(.estimate(let value)): answer = .estimate(value)
        case .success(.skip): answer = .skip
        }
        let now = request.now
        try await request.writeTransaction { db in
            try await db.lockForUpdate(Conversation.self, id: conversationID)
            guard let conversation = try await Conversation.find(conversationID, on: db) else { throw PageError.notFound }
            conversation.estimates = EstimateFirst.answer(answer, to: conversation.estimates, now: now)
            try await conversation.save(on: db)
            try await request.audit("update", "conversation", id: conversationID,
                                    summary: answer == .skip ? "measured talk shown without an estimate" : "talk estimate before measured", on: db)
        }
        return request.redirect(to: .conversation(conversationID), fragment: "transcript")
    }

    /// The conversation's stored analysis, or "not found".
    private func analysis(_ context: PairContext, on db: any Database) async throws -> TranscriptAnalysis {
        let conversationID = try context.conversation.requireID()
        guard let analysis = try await TranscriptAnalysis.query(on: db).filter(\.$conversation.$id == conversationID).first() else {
            throw PageError.notFound
        }
        return analysis
    }

    @Sendable func map(_ request: Request, _ context: PairContext) async throws -> Response {
        let analysis = try await analysis(context, on: request.db)
        try context.requireOpen()
        guard let stored = analysis.storedFigures else { throw UserError(.unprocessableEntity, T.transcriptMappingInvalid) }
        let form = try request.content.decode(ConversationPage.TranscriptMappingForm.self)
        let mapping = try form.validated(for: stored.figures).get()
        try analysis.map(mapping, figures: stored.figures)
        try await request.writeTransaction { db in
            try await analysis.save(on: db)
            try await request.audit("update", "transcript_analysis", id: analysis.id, summary: "speakers mapped", on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: .conversation(try context.conversation.requireID()), fragment: "transcript")
    }

    @Sendable func deleteText(_ request: Request, _ context: PairContext) async throws -> Response {
        let analysis = try await analysis(context, on: request.db)
        analysis.rawText = nil
        try await request.writeTransaction { db in
            try await analysis.save(on: db)
            try await request.audit("delete", "transcript_text", id: analysis.id, summary: "kept transcript text deleted", on: db)
        }
        return request.redirect(to: .conversation(try context.conversation.requireID()), fragment: "transcript")
    }

    @Sendable func delete(_ request: Request, _ context: PairContext) async throws -> Response {
        let analysis = try await analysis(context, on: request.db)
        try await request.writeTransaction { db in
            try await analysis.delete(on: db)
            try await request.audit("delete", "transcript_analysis", id: analysis.id, summary: "transcript figures deleted", on: db)
        }
        return request.redirect(to: .conversation(try context.conversation.requireID()))
    }
}
