import Fluent
import Foundation
import MentorCore

/// Reads about people that pages and jobs share.
enum PeopleQuery {
    /// Everyone of an organisation with their roles, by name.
    /// Two statements. The roles are read apart and handed to each person by id: Fluent's own
    /// eager loading matches every role against every person, which grows with the square of
    /// the firm (3,800 people made the matching page take minutes).
    static func all(organisationID: UUID, on db: any Database) async throws -> [Person] {
        let people = try await Person.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$name).all()
        let roles = try await PersonRole.query(on: db).join(Person.self, on: \PersonRole.$person.$id == \Person.$id)
            .filter(Person.self, \.$organisation.$id == organisationID).all()
        let byPerson = Dictionary(grouping: roles, by: { $0.$person.id })
        for person in people { person.$roleRows.value = person.id.flatMap { byPerson[$0] } ?? [] }
        return people
    }

    /// A password nobody knows, for accounts that must first choose their own.
    static func unguessablePassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<14).map { _ in alphabet.randomElement(using: &generator)! })
    }
}

/// Reads about notifications that pages and the navigation share.
enum NotificationQuery {
    /// How many of a person's notifications are unread, for the count in the navigation.
    static func unread(_ personID: UUID, on db: any Database) async throws -> Int {
        try await Notification.query(on: db).filter(\.$person.$id == personID).filter(\.$readAt == nil).count()
    }
}
