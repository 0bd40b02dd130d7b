import Foundation
import MentorCore

/// A coordinator forms a pair: programme, mentor (with the places they have left) and mentee.
enum NewPairPage {
    struct Option: Sendable, Equatable {
        var id: UUID
        var name: String
    }

    struct MentorOption: Sendable, Equatable {
        var id: UUID
        var name: String
        var placesLeft: Int
    }

    struct Model: Sendable, Equatable {
        var programmes: [Option]
        var mentors: [MentorOption]
        var mentees: [Option]
        /// What the form shows: empty, or what was sent with its errors.
        var form = Form()
        var errors: FieldErrors = [:]
    }
}

extension NewPairPage.Model {
    static let mock = NewPairPage.Model(
        programmes: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b1")!, name: "Programma <2026>")],
        mentors: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b2")!, name: "Jeroen & <Partners>", placesLeft: 2)],
        mentees: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b3")!, name: "Emma <script>")])
}
