import Foundation

/// The review of a pair's expectations agreement, in one place: whether it is confirmed,
/// whether the situation changed since it was discussed, and whether a review is due.
/// The pair page, the agreement page, the mirror and the reminders all ask here.
public enum AgreementReview {
    /// From the facts: none is `missing`; written but not discussed out loud is `written`;
    /// discussed but not confirmed by both is `discussed`; discussed and confirmed by mentor
    /// and mentee (of the current revision: a saved change clears both) is `confirmed`.
    public static func status(_ record: AgreementRecord?) -> AgreementStatus {
        AgreementStatus.of(exists: record != nil, discussedOn: record?.discussedOn,
                           mentorConfirmed: record?.mentorConfirmedAt != nil, menteeConfirmed: record?.menteeConfirmedAt != nil)
    }

    public static func isConfirmed(_ record: AgreementRecord?) -> Bool {
        status(record) == .confirmed
    }

    /// When both sides had confirmed: the later of the two confirmations.
    public static func confirmedOn(_ record: AgreementRecord?) -> Date? {
        guard let mentor = record?.mentorConfirmedAt, let mentee = record?.menteeConfirmedAt else { return nil }
        return max(mentor, mentee)
    }

    /// The situation changed when something that bears on it (a new learning goal, a pause or
    /// resume) happened after the agreement was discussed. Not discussed: nothing to compare with.
    public static func situationChanged(_ record: AgreementRecord?, changes: [Date]) -> Bool {
        guard let discussed = record?.discussedOn else { return false }
        return changes.contains { $0 > discussed }
    }

    /// A confirmed agreement grows stale six calendar months after its confirmation.
    public static func isStale(_ record: AgreementRecord?, now: Date) -> Bool {
        guard isConfirmed(record), let confirmedOn = confirmedOn(record) else { return false }
        let sixMonthsAgo = Calendar(identifier: .gregorian).date(byAdding: .month, value: -6, to: now) ?? now
        return confirmedOn < sixMonthsAgo
    }

    /// A review is due when the agreement is stale or the situation changed since it was discussed.
    public static func reviewDue(_ record: AgreementRecord?, changes: [Date], now: Date) -> Bool {
        isStale(record, now: now) || situationChanged(record, changes: changes)
    }

    /// The agreement asks for another conversation (the reminder): after the first held
    /// conversation it should be confirmed, and a confirmed one again once the situation changed.
    public static func needsConversation(_ record: AgreementRecord?, heldConversation: Bool, changes: [Date]) -> Bool {
        let confirmed = isConfirmed(record)
        return (heldConversation && !confirmed) || (confirmed && situationChanged(record, changes: changes))
    }
}
