import Foundation
import Vapor
import MentorCore

/// The period the mirror pages show (the overview, a pair's mirror, the mentee's progress),
/// from `?from=&to=` (days, inclusive); both empty means the last six months.
struct MirrorPeriodForm: Content, Sendable, Equatable {
    var from: String?
    var to: String?

    enum CodingKeys: String, CodingKey { case from, to }

    /// The chosen period, or nil for the default (the last six months up to `now`).
    func validated(_ formats: Formats, now: Date) -> Result<DateInterval?, FormErrors> {
        let fromText = (from ?? "").trimmingCharacters(in: .whitespaces), toText = (to ?? "").trimmingCharacters(in: .whitespaces)
        if fromText.isEmpty && toText.isEmpty { return .success(nil) }
        let start = fromText.isEmpty ? MirrorSettings.lastSixMonths(now: now).period.start : formats.parseDay(fromText)
        let end = toText.isEmpty ? now : formats.parseDay(toText).map { $0.addingTimeInterval(86_399) }
        guard let start, let end, start < end else { return .failure(FormErrors(["from": T.periodInvalid(formats.language)])) }
        return .success(DateInterval(start: start, end: end))
    }

    /// The mirror's settings for `band` over the chosen period; a period that is not one is a
    /// bad request, as a link with a broken period is.
    func settings(_ formats: Formats, now: Date, band: ClosedRange<Double>) throws -> MirrorSettings {
        var settings = MirrorSettings.lastSixMonths(now: now, talkBand: band)
        switch validated(formats, now: now) {
        case .success(let period?): settings.period = period
        case .success(nil): break
        case .failure: throw UserError(.badRequest, T.periodInvalid)
        }
        return settings
    }
}
