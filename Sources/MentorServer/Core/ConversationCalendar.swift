import Vapor
import MentorCore

/// Calendar entries and their download, shared by the feed and a conversation's `.ics`.
enum ConversationCalendar {
    /// The calendar entry for a conversation. It names the other person and the place, never
    /// notes; its `SEQUENCE` counts the moves and cancellations, `LAST-MODIFIED` is the last save.
    /// With `url` (the conversation's page) the description holds the link too.
    static func event(_ conversation: Conversation, with other: String, language: Language, url: String? = nil) -> ICalendar.Event {
        ICalendar.Event(uid: uid(conversation.id!), start: conversation.scheduledAt,
                        durationMinutes: conversation.durationMinutes, summary: T.conversationWith(other)(language),
                        location: conversation.place, description: url ?? "", cancelled: conversation.status == .cancelled,
                        sequence: conversation.calendarSequence, lastModified: conversation.updatedAt ?? conversation.createdAt, url: url)
    }

    /// The same for every copy of the conversation: the download, the feed and each invitation.
    static func uid(_ id: UUID) -> String { "\(id.uuidString.lowercased())@mentor-mirror" }

    /// The conversation's page as an absolute address, from the configured base URL.
    static func pageURL(_ id: UUID, baseURL: String) -> String { baseURL + SiteURL.conversation(id).path }

    static func response(_ document: String, filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: document))
    }
}
