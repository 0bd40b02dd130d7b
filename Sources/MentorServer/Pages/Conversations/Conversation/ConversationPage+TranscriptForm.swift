import Foundation
import Vapor
import Transcripts

/// The transcript forms of the conversation page. A refusal is a page of its own with its
/// status (the file is not sent again), so these fail with a `UserError`.
extension ConversationPage {
    /// A transcript file, and whether its text is kept with the conversation.
    struct TranscriptUploadForm: Content, Sendable {
        var file: File?
        var keep: String?

        struct Valid: Sendable {
            var data: ByteBuffer
            var keep: Bool
        }

        func validated(maxBytes: Int) -> Result<Valid, UserError> {
            guard let file, file.data.readableBytes > 0 else { return .failure(UserError(.unprocessableEntity, T.transcriptMissing)) }
            guard file.data.readableBytes <= maxBytes else { return .failure(UserError(.payloadTooLarge, T.transcriptTooLarge)) }
            return .success(Valid(data: file.data, keep: keep == "on"))
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
