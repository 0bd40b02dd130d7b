import Fluent
import Foundation
import MentorCore

/// Reads about people that pages and jobs share.
enum PeopleQuery {
    /// Everyone of an organisation with their roles, by name.
    static func all(organisationID: UUID, on db: any Database) async throws -> [Person] {
        try await Person.query(on: db).filter(\.$organisation.$id == organisationID).with(\.$roleRows).sort(\.$name).all()
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
