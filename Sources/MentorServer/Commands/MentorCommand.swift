import ArgumentParser
import Vapor
import Fluent
import MentorCore

/// The `mentor` command line: serve, migrate, create-admin, demo.
public struct MentorCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "mentor",
        abstract: "Mentor Mirror: a mentoring system that holds up a mirror to the mentor.",
        discussion: """
        Storage: a SQLite file (mentor.sqlite in the working folder, or MENTOR_DB), or PostgreSQL when DATABASE_URL is set.
        Other settings: PORT, LOG_LEVEL, MENTOR_SECURE_COOKIES, MENTOR_TIMEZONE, and for reminder e-mails MENTOR_SENDMAIL, MENTOR_MAIL_FROM, MENTOR_BASE_URL. See the README.
        """,
        subcommands: [ServeCommand.self, MigrateCommand.self, CreateAdminCommand.self, DemoCommand.self, BackupCommand.self, RestoreCommand.self, MirrorCommand.self, MatchCommand.self, TranscriptCommand.self, SCIMTokenCommand.self],
        defaultSubcommand: nil
    )

    public init() {}

    /// Parses the process arguments and runs the chosen command, awaiting async ones.
    public static func runFromCommandLine() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

enum AppRunner {
    /// Logging is bootstrapped once per process, from LOG_LEVEL (default info).
    nonisolated(unsafe) private static var loggingReady = false

    static func makeApplication(settings: AppSettings, arguments: [String]) async throws -> Application {
        var environment = Environment(name: "production", arguments: arguments)
        if !loggingReady {
            try LoggingSystem.bootstrap(from: &environment)
            loggingReady = true
        }
        let app = try await Application.make(environment)
        do {
            try await configure(app, settings: settings)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }

    /// Runs `body` with a configured, migrated application and shuts it down afterwards.
    static func withMigratedApplication<T>(_ body: (Application) async throws -> T) async throws -> T {
        let settings = try AppSettings.fromEnvironment()
        let app = try await makeApplication(settings: settings, arguments: ["mentor"])
        do {
            try await app.autoMigrate()
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Migrate the database and start the web server.")

    @ArgumentParser.Option(help: "Address to listen on. Use 0.0.0.0 behind a load balancer or in a container.")
    var hostname: String = "127.0.0.1"

    @ArgumentParser.Option(help: "Port to listen on (default: PORT, else 8080).")
    var port: Int?

    @ArgumentParser.Flag(help: "Create the demo organisation first when the database does not have it yet.")
    var demo = false

    @ArgumentParser.Flag(inversion: .prefixedNo, help: "Run the reminder, e-mail and retention jobs in this server (on by default; with several servers on one PostgreSQL each job still runs once).")
    var scheduler = true

    @ArgumentParser.Option(help: "Seconds between the scheduler's checks for due jobs.")
    var schedulerSeconds: Double = 60

    func run() async throws {
        let settings = try AppSettings.fromEnvironment()
        let app = try await AppRunner.makeApplication(settings: settings, arguments: ["mentor", "serve"])
        do {
            app.http.server.configuration.hostname = hostname
            app.http.server.configuration.port = port ?? settings.port
            try app.holdDatabaseWhileServing(settings.storage)
            try await app.autoMigrate()
            try await app.prepareStorage()
            if demo {
                let outcome = try await DemoSeeder.seed(on: app.db, passwordHash: try await app.password.async.hash(DemoSeeder.password))
                print(DemoSeeder.accountsText(created: outcome))
            }
            if scheduler { app.lifecycle.use(Scheduler(tick: max(0.2, schedulerSeconds))) }
            try await app.execute()
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply database migrations that have not run yet (or revert them all with --revert).")

    @ArgumentParser.Flag(help: "Revert every migration: this deletes all data.")
    var revert = false

    func run() async throws {
        let settings = try AppSettings.fromEnvironment()
        let app = try await AppRunner.makeApplication(settings: settings, arguments: ["mentor"])
        do {
            if revert { try await app.autoRevert() } else { try await app.autoMigrate() }
            try await app.asyncShutdown()
            print(revert ? "All migrations reverted." : "Database is up to date.")
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

struct CreateAdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-admin",
        abstract: "Create the first administrator of an organisation (the organisation is created when new).")

    @ArgumentParser.Option(help: "The administrator's email address; it is how they sign in.")
    var email: String

    @ArgumentParser.Option(help: "The administrator's full name.")
    var name: String

    @ArgumentParser.Option(help: "The organisation's name.")
    var organisation: String

    @ArgumentParser.Option(help: "The organisation's default language: nl or en.")
    var language: String = "nl"

    @ArgumentParser.Option(help: "Password (12 characters to 72 bytes; not the e-mail address or the organisation's name). Without it, MENTOR_ADMIN_PASSWORD is used, else one is generated and printed.")
    var password: String?

    func validate() throws {
        guard PeopleImport.isPlausibleEmail(email.lowercased()) else { throw ValidationError("'\(email)' is not a valid email address.") }
        guard Language(rawValue: language) != nil else { throw ValidationError("--language must be nl or en.") }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--name must not be empty.") }
        guard !organisation.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--organisation must not be empty.") }
        if let password, let problem = PasswordPolicy.problem(with: password, email: email, organisationName: organisation) { throw ValidationError(T.passwordProblem(problem)(.en)) }
    }

    func run() async throws {
        let chosen = password ?? ProcessInfo.processInfo.environment["MENTOR_ADMIN_PASSWORD"]
        if let chosen, let problem = PasswordPolicy.problem(with: chosen, email: email, organisationName: organisation) { throw ValidationError("MENTOR_ADMIN_PASSWORD: " + T.passwordProblem(problem)(.en)) }
        let finalPassword = chosen ?? PeopleQuery.unguessablePassword()
        let email = self.email.lowercased()
        try await AppRunner.withMigratedApplication { app in
            if try await Person.query(on: app.db).filter(\.$email == email).first() != nil {
                throw CommandFailure("An account with \(email) already exists.")
            }
            let hash = try await app.password.async.hash(finalPassword)
            let slug = Organisation.slug(for: organisation)
            try await app.db.transaction { db in
                let org: Organisation
                if let existing = try await Organisation.query(on: db).filter(\.$slug == slug).first() {
                    org = existing
                } else {
                    org = Organisation(name: organisation, slug: slug, defaultLanguage: Language(rawValue: language)!)
                    try await org.create(on: db)
                }
                let person = Person(organisationID: try org.requireID(), name: name, email: email, passwordHash: hash, seniority: .senior)
                try await person.create(on: db)
                try await PersonRole(personID: try person.requireID(), role: .admin).create(on: db)
                try await Audit.record("create", "person", id: person.id, summary: "administrator created from the command line",
                                       organisationID: try org.requireID(), actorID: nil, on: db)
            }
        }
        print("Administrator \(email) created for \(organisation).")
        if chosen == nil { print("Password: \(finalPassword)  (shown once; change it after signing in)") }
    }
}

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create the demo organisation in the configured database (nothing happens when it exists).")

    @ArgumentParser.Option(help: "Create this many copies of the demo organisation (demo, demo-2, ...), for load and benchmarks.")
    var scale: Int = 1

    func validate() throws {
        guard (1...500).contains(scale) else { throw ValidationError("--scale must be from 1 to 500.") }
    }

    func run() async throws {
        let created = try await AppRunner.withMigratedApplication { app in
            try await LoadSeeder.seedDemoCopies(scale, on: app.db, passwordHash: try await app.password.async.hash(DemoSeeder.password))
        }
        print(DemoSeeder.accountsText(created: created > 0))
        if scale > 1 { print("\(created) of \(scale) demo organisations created; copy k signs in as mentor@demo-k.example and so on.") }
    }
}

extension Organisation {
    /// A stable, URL-safe key made from the name: lower case letters, digits and hyphens.
    static func slug(for name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for character in folded {
            if character.isLetter && character.isASCII || character.isNumber { slug.append(character) }
            else if !slug.hasSuffix("-") { slug.append("-") }
        }
        let trimmed = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "organisation" : trimmed
    }
}

/// A command that could not do its work; ArgumentParser prints the message without the usage text.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
