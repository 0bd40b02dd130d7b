import Foundation
import Vapor

/// Everything the server reads from its environment, read in one place.
/// Start-up fails with every problem listed at once rather than one at a time.
public struct AppSettings: Sendable {
    public enum Storage: Sendable, Equatable {
        case sqlite(path: String)
        /// `searchPath` puts every table in one schema; tests use a schema each.
        case postgres(url: String, searchPath: String? = nil)
    }

    public var storage: Storage
    public var port: Int
    public var secureCookies: Bool
    public var timeZone: TimeZone
    /// Bcrypt cost; tests lower it because a cost of 12 takes about a quarter second per hash.
    public var bcryptCost: Int
    /// Failed sign-ins in a row before an account is locked, and for how long.
    public var lockoutThreshold: Int
    public var lockoutMinutes: Int
    /// Reminder e-mail: `MENTOR_SENDMAIL`, `MENTOR_MAIL_FROM`, `MENTOR_BASE_URL`.
    var mail = MailSettings()
    /// Password pool and address limits of sign-in; `MENTOR_CLIENT_IP_HEADER`.
    var signIn = SignInSettings()

    public init(storage: Storage, port: Int = 8080, secureCookies: Bool = false,
                timeZone: TimeZone = TimeZone(identifier: "Europe/Amsterdam")!, bcryptCost: Int = 12,
                lockoutThreshold: Int = 5, lockoutMinutes: Int = 15) {
        self.storage = storage
        self.port = port
        self.secureCookies = secureCookies
        self.timeZone = timeZone
        self.bcryptCost = bcryptCost
        self.lockoutThreshold = lockoutThreshold
        self.lockoutMinutes = lockoutMinutes
    }

    public struct Problems: Error, CustomStringConvertible {
        public var messages: [String]
        public var description: String { "Configuration problems:\n" + messages.map { "  - \($0)" }.joined(separator: "\n") }
    }

    /// Reads `DATABASE_URL` (with `MENTOR_PG_SCHEMA`), `MENTOR_DB`, `PORT`, `MENTOR_SECURE_COOKIES`, `MENTOR_TIMEZONE`
    /// and the e-mail settings `MENTOR_SENDMAIL`, `MENTOR_MAIL_FROM` and `MENTOR_BASE_URL`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppSettings {
        var problems: [String] = []
        let storage: Storage
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            if URL(string: url)?.scheme.map({ ["postgres", "postgresql"].contains($0) }) != true {
                problems.append("DATABASE_URL must be a postgres:// URL, got '\(url)'")
            }
            storage = .postgres(url: url, searchPath: environment["MENTOR_PG_SCHEMA"].flatMap { $0.isEmpty ? nil : $0 })
        } else {
            storage = .sqlite(path: environment["MENTOR_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "mentor.sqlite")
        }
        var port = 8080
        if let text = environment["PORT"], !text.isEmpty {
            if let value = Int(text), (1...65535).contains(value) { port = value } else { problems.append("PORT must be a number from 1 to 65535, got '\(text)'") }
        }
        var secure = false
        if let text = environment["MENTOR_SECURE_COOKIES"]?.lowercased(), !text.isEmpty {
            switch text {
            case "1", "true", "yes": secure = true
            case "0", "false", "no": secure = false
            default: problems.append("MENTOR_SECURE_COOKIES must be true or false, got '\(text)'")
            }
        }
        var timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        if let text = environment["MENTOR_TIMEZONE"], !text.isEmpty {
            if let zone = TimeZone(identifier: text) { timeZone = zone } else { problems.append("MENTOR_TIMEZONE is not a known time zone: '\(text)'") }
        }
        var mail = MailSettings()
        func setting(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        mail.sendmail = setting("MENTOR_SENDMAIL")
        if let from = setting("MENTOR_MAIL_FROM") { mail.from = from }
        if let base = setting("MENTOR_BASE_URL") {
            if let url = URL(string: base), ["http", "https"].contains(url.scheme ?? "") {
                mail.baseURL = base.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            } else {
                problems.append("MENTOR_BASE_URL must be an http:// or https:// address, got '\(base)'")
            }
        }
        var signIn = SignInSettings()
        if let header = setting("MENTOR_CLIENT_IP_HEADER") {
            if header.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) { signIn.clientAddressHeader = header }
            else { problems.append("MENTOR_CLIENT_IP_HEADER must be a header name such as X-Forwarded-For, got '\(header)'") }
        }
        if !problems.isEmpty { throw Problems(messages: problems) }
        var settings = AppSettings(storage: storage, port: port, secureCookies: secure, timeZone: timeZone)
        settings.mail = mail
        settings.signIn = signIn
        return settings
    }
}

/// Where reminder e-mails go and what their links point at.
struct MailSettings: Sendable {
    /// A shell command reading a whole message on standard input (`msmtp -t`); nil: no e-mail.
    var sendmail: String?
    var from = "Mentor Mirror <mentor-mirror@localhost>"
    /// The address of the product in links, without a trailing slash.
    var baseURL = "http://127.0.0.1:8080"
    /// Seconds the sendmail command may take before it is stopped and the message retried later.
    var sendmailTimeout: TimeInterval = 30
}

struct AppSettingsKey: StorageKey {
    typealias Value = AppSettings
}

extension Application {
    var settings: AppSettings {
        get { storage[AppSettingsKey.self]! }
        set { storage[AppSettingsKey.self] = newValue }
    }
}
