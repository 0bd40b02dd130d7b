import Foundation
import MentorCore

/// A mentee looks for a mentor: their best suggestions (where the programme lets mentees
/// choose) and every mentor with places left.
enum FindMentorPage {
    struct Mentor: Sendable, Equatable {
        var id: UUID
        var name: String
        var seniority: Seniority?
        var practiceGroup: String
        var expertise: [String]
        var placesLeft: Int
    }

    struct Suggestion: Sendable, Equatable {
        var id: UUID
        var name: String
        var score: Double
        var why: String
    }

    struct ProgrammeOption: Sendable, Equatable {
        var id: UUID
        var name: String
    }

    struct Model: Sendable, Equatable {
        var mentors: [Mentor]
        var programmes: [ProgrammeOption]
        var suggestions: [Suggestion] = []
        var error: String?
    }
}

extension FindMentorPage.Model {
    static let mock = FindMentorPage.Model(
        mentors: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!, name: "Jeroen & <Partners>", seniority: .senior,
                        practiceGroup: "Tax <advice>", expertise: ["VAT", "<script>"], placesLeft: 2)],
        programmes: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e2")!, name: "Programma 2026"),
                     .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e3")!, name: "Programma <2027>")],
        suggestions: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!, name: "Jeroen & <Partners>", score: 0.75,
                            why: "Same practice group <Tax>")],
        error: nil)
}
