import Foundation
import Vapor
import MentorCore

extension PeopleImportPage {
    /// The file to preview: an uploaded file (`.xlsx` or CSV), or text pasted into the field.
    struct Form: Content, Sendable {
        var file: File?
        var csv: String?

        /// What was sent (an uploaded file wins over the field); nothing at all is an error.
        func validated(_ language: Language) -> Result<Input, FormErrors> {
            if let file, file.data.readableBytes > 0 {
                return .success(.file(Data(file.data.readableBytesView)))
            }
            let text = csv ?? ""
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                return .failure(FormErrors(["csv": T.importNothing(language)]))
            }
            return .success(.text(text))
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
