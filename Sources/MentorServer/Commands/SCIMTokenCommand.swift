import ArgumentParser
import Vapor
import Fluent

/// `mentor scim-token --organisation <slug or name>`: makes an organisation's SCIM token from the
/// command line (as the administrator's page does) and prints it once. For automation, such as
/// `scripts/scim-check`; administrators normally use Organisation, Provisioning.
struct SCIMTokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scim-token",
        abstract: "Make a SCIM provisioning token for an organisation and print it (shown once; only its hash is stored).")

    @ArgumentParser.Option(help: "The organisation, by its name or its slug.")
    var organisation: String

    @ArgumentParser.Option(help: "The token's name, as the administrator's page shows it.")
    var label: String = "Command line"

    func run() async throws {
        let token = SCIMAuthentication.makeToken()
        let wanted = organisation
        let label = self.label
        try await AppRunner.withMigratedApplication { app in
            let slug = Organisation.slug(for: wanted)
            guard let found = try await Organisation.query(on: app.db).group(.or, { $0.filter(\.$slug == slug).filter(\.$name == wanted) }).first(),
                  let organisationID = found.id
            else { throw CommandFailure("No organisation named \(wanted).") }
            try await app.db.transaction { db in
                let stored = SCIMToken(organisationID: organisationID, label: label, tokenHash: CalendarToken.hash(token), createdBy: nil)
                try await stored.create(on: db)
                try await Audit.record("create", "scim_token", id: stored.id, summary: label, organisationID: organisationID, actorID: nil, on: db)
            }
        }
        print(token)
    }
}
