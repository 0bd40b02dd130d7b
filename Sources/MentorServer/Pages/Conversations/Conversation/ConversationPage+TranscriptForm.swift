import Foundation
import Vapor
import MentorCore
import Transcripts

/// The transcript forms of the conversation page. A refusal is a page of its own with its
/// status (the file is not sent again), so these fail with a `UserError`.
extension ConversationPage {
    /// A transcript file, whether its text is kept with the conversation, and (from the mentor)
    /// their estimate of their own share of talk, given before the measured share is shown.
    struct TranscriptUploadForm: Content, Sendable {
        var file: File?
        var keep: String?
        var estimate: String?

        struct Valid: Sendable {
            var data: ByteBuffer
            var keep: Bool
            /// 0-1; nil when left empty.
            var estimate: Double?
        }

        func validated(maxBytes: Int) -> Result<Valid, UserError> {
            guard let file, file.data.readableBytes > 0 else { return .failure(UserError(.unprocessableEntity, T.transcriptMissing)) }
            guard file.data.readableBytes <= maxBytes else { return .failure(UserError(.payloadTooLarge, T.transcriptTooLarge)) }
            let estimate: Double?
            switch TranscriptEstimateForm.share(self.estimate) {
            case .failure: return .failure(UserError(.unprocessableEntity, T.workflowProblem(.talkShareOutOfRange)))
            case .success(let value): estimate = value
            }
            return .success(Valid(data: file.data, keep: keep == "on", estimate: estimate))
        }
    }

    /// The mentor's estimate of their share of talk before the measured share is shown, or
    /// `skip` to see the figures without giving one.
    struct TranscriptEstimateForm: Content, Sendable, Equatable {
        var estimate: String?
        var skip: String?

        enum Valid: Sendable, Equatable {
            case estimate(Double)
            case skip
        }

        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            if !skip.sentText.isEmpty { return .success(.skip) }
            switch Self.share(estimate) {
            case .success(let value?): return .success(.estimate(value))
            case .success(nil): return .failure(FormErrors(["estimate": T.estimateFirstRequired(language)]))
            case .failure: return .failure(FormErrors(["estimate": T.workflowProblem(.talkShareOutOfRange)(language)]))
            }
        }

        /// A whole percent from 0 to 100 as a share; nil when empty, a failure when out of range or not a number.
        static func share(_ text: String?) -> Result<Double?, WorkflowProblem> {
            let sent = text.sentText
            guard !sent.isEmpty else { return .success(nil) }
            guard let percent = Int(sent), let value = try? ConversationRules.talkShare(percent: percent) else { return .failure(.talkShareOutOfRange) }
            return .success(value)
        }
    }

    /// Which speaker of the transcript is the mentor and which the mentee.
    struct TranscriptMappingForm: Content, Sendable, Equatable {
        var mentorSpeaker: String?
        var menteeSpeaker: String?

        /// Two different speakers of `figures`.
        func validated(for figures: TranscriptFigures) -> Result<SpeakerMapping, UserError> {
            let mapping = SpeakerMapping(mentor: mentorSpeaker.sentText, mentee: menteeSpeaker.sentText)
            return mapping.isValid(for: figures) ? .success(mapping) : .failure(UserError(.unprocessableEntity, T.transcriptMappingInvalid))
        }
    }
}
