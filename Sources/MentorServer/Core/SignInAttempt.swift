import Vapor
import Fluent

/// One sign-in attempt, in the order that makes it safe under parallel requests:
///
/// 1. the client address's attempt is counted (one atomic upsert); past the limit, stop;
/// 2. for a known, active account, the account's attempt is counted (one atomic UPDATE ...
///    RETURNING); only the first `lockoutThreshold` attempts may have their password checked;
/// 3. bcrypt runs on the password pool, against the account's hash or, for an unknown,
///    inactive or locked account, against a timing hash, so all of them take as long and
///    get the same answer;
/// 4. on success both counts are given back.
enum SignInAttempt {
    enum Outcome: Sendable {
        case signedIn(Person)
        /// Wrong password, unknown, inactive or locked account: one answer for all.
        case refused
        /// Too many attempts from this client address.
        case addressLimited
    }

    static func run(email: String, password: String, address: String, settings: AppSettings, pool: PasswordPool,
                    now: Date, on db: any Database) async throws -> Outcome {
        let bucket = SignInLimits.bucket(address: address)
        guard try await SignInLimits.countAddressAttempt(bucket, limit: settings.signIn.attemptsPerAddress,
                                                         windowMinutes: settings.signIn.addressWindowMinutes, now: now, on: db)
        else { return .addressLimited }

        var person: Person?
        if !email.isEmpty { person = try await Person.query(on: db).filter(\.$email == email).first() }
        if person?.active != true { person = nil }
        var attempt: SignInLimits.AccountAttempt?
        if let id = person?.id {
            attempt = try await SignInLimits.countAccountAttempt(id, threshold: settings.lockoutThreshold,
                                                                 lockMinutes: settings.lockoutMinutes, now: now, on: db)
        }
        let hash = attempt?.mayCheck == true ? person?.passwordHash : nil
        let fits = try await pool.verify(password, created: hash)

        guard fits, let person, let id = person.id else {
            if let person, attempt?.locks == true {
                try await Audit.record("lock", "person", id: person.id, summary: "account locked after failed sign-ins",
                                       organisationID: person.organisationID, actorID: nil, on: db)
            }
            return .refused
        }
        try await SignInLimits.accountSucceeded(id, on: db)
        try await SignInLimits.addressSucceeded(bucket, on: db)
        person.failedSignIns = 0
        person.lockedUntil = nil
        return .signedIn(person)
    }
}
