import Vapor
import MentorCore

/// Calendar entries and their download, shared by the feed and a conversation's `.ics`.
enum ConversationCalendar {
    /// The calendar entry for a conversation. It names the other person and the place, never notes.
    static func event(_ conversation: Conversation, with other: String, language: Language) -> ICalendar.Event {
        ICalendar.Event(uid: "\(conversation.id!.uuidString.lowercased())@mentor-mirror", start: conversation.scheduledAt,
                        durationMinutes: conversation.durationMinutes, summary: T.conversationWith(other)(language),
                        location: conversation.place, description: "", cancelled: conversation.status == .cancelled)
    }

    static func response(_ document: String, filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: document))
    }
}
