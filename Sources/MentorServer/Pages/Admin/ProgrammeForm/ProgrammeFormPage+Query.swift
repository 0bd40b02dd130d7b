import Foundation
import MentorCore

extension ProgrammeFormPage {
    enum Query {
        /// The form filled from the stored programme (no reads beyond the programme the route loaded).
        static func edit(_ programme: Programme, formats: Formats) throws -> Model {
            let settings = programme.matchingSettings
            let form = Form(name: programme.name, startsOn: formats.isoDay(programme.startsOn), endsOn: formats.isoDay(programme.endsOn),
                            cadenceDays: "\(programme.cadenceDays)", pulseIntervalDays: "\(programme.pulseIntervalDays)",
                            requestTimeoutDays: programme.requestTimeoutDays.map(String.init) ?? "",
                            matchingMode: programme.matchingMode, idealGap: "\(settings.rules.idealSeniorityGap)",
                            groupRule: settings.rules.practiceGroup.rawValue, weights: Form.weights(settings.weights))
            return Model(form: form, programmeID: try programme.requireID())
        }
    }
}
