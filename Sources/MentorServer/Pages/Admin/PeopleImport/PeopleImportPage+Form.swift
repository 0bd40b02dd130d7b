import Foundation
import Vapor
import MentorCore

extension PeopleImportPage {
    /// The file to preview: an uploaded file, or text pasted into the field.
    struct Form: Content, Sendable {
        var file: File?
        var csv: String?

        /// The file's text (an uploaded file wins over the field); empty text is an error.
        func validated(_ language: Language) -> Result<String, FormErrors> {
            var text = csv ?? ""
            if let file, file.data.readableBytes > 0 {
                text = file.data.getString(at: file.data.readerIndex, length: file.data.readableBytes) ?? ""
            }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                return .failure(FormErrors(["csv": T.importNothing(language)]))
            }
            return .success(text)
        }
    }

    /// "Import": names the stored file that was previewed.
    struct ConfirmForm: Content, Sendable, Equatable {
        var upload: String?

        func validated(_ language: Language) -> Result<UUID, FormErrors> {
            guard let id = upload.flatMap(UUID.init(uuidString:)) else { return .failure(FormErrors(["upload": T.importUploadGone(language)])) }
            return .success(id)
        }
    }
}
