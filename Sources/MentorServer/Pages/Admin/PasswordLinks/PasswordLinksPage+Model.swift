import Foundation
import MentorCore

/// What happened to the links an administrator just sent: e-mailed, or (without e-mail
/// configured) shown here, once, to pass on.
enum PasswordLinksPage {
    struct Model: Sendable, Equatable {
        var links: [Link]
        /// True when at least one link is shown here instead of e-mailed.
        var shown: Bool { links.contains { !$0.emailed } }
    }

    struct Link: Sendable, Equatable {
        var name: String
        var email: String
        var url: String
        var expiresAt: Date
        var emailed: Bool
    }
}

extension PasswordLinksPage.Model {
    init(_ issued: [PasswordLinks.Issued]) {
        self.init(links: issued.map { .init(name: $0.name, email: $0.email, url: $0.url, expiresAt: $0.expiresAt, emailed: $0.emailed) })
    }

    static let mock = PasswordLinksPage.Model(links: [
        .init(name: "Noor <script>alert(1)</script>", email: "noor@example.org", url: "https://mentor.example/password/abc123",
              expiresAt: Date(timeIntervalSince1970: 1_790_000_000), emailed: false),
        .init(name: "Pieter <Partners> Smit", email: "pieter@example.org", url: "https://mentor.example/password/def456",
              expiresAt: Date(timeIntervalSince1970: 1_790_000_000), emailed: true),
    ])
}
