import Foundation
import Vapor
import MentorCore

extension AvailabilityPage {
    /// The availability form as the browser sends it; every field may be missing.
    struct Form: Content, Sendable, Equatable {
        /// YYYY-MM-DD, or empty when the mentor is available.
        var unavailableUntil: String?
        var capacity: String?

        struct Valid: Sendable, Equatable {
            /// The start of that day in the firm's time zone; nil: available.
            var unavailableUntil: Date?
            var capacity: Int
        }

        /// Checks both fields against `Availability`: the day after today and within a year, the
        /// capacity from 1 to `maximum` (or `current` kept). Errors keyed by field, in the reader's language.
        func validated(_ formats: Formats, now: Date, maximum: Int, current: Int) -> Result<Valid, FormErrors> {
            let language = formats.language
            var errors: FieldErrors = [:]
            let dayText = (unavailableUntil ?? "").trimmingCharacters(in: .whitespaces)
            var until: Date?
            if !dayText.isEmpty {
                if let day = formats.parseDay(dayText) {
                    do throws(AvailabilityProblem) { try Availability.checkUntil(day, startOfToday: Self.startOfDay(now, in: formats.dayZone)) } catch {
                        errors["unavailableUntil"] = T.availabilityProblem(error)(language)
                    }
                    until = day
                } else {
                    errors["unavailableUntil"] = T.invalidDay(language)
                }
            }
            let capacityText = (capacity ?? "").trimmingCharacters(in: .whitespaces)
            let number = capacityText.isEmpty ? current : Int(capacityText)
            if let number {
                do throws(AvailabilityProblem) { try Availability.checkCapacity(number, maximum: maximum, current: current) } catch {
                    errors["capacity"] = T.availabilityProblem(error)(language)
                }
            } else {
                errors["capacity"] = T.invalidWholeNumber(language)
            }
            guard errors.isEmpty, let number else { return .failure(FormErrors(errors)) }
            return .success(Valid(unavailableUntil: until, capacity: number))
        }

        static func startOfDay(_ date: Date, in timeZone: TimeZone) -> Date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            return calendar.startOfDay(for: date)
        }
    }
}
