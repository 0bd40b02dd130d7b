import Vapor
import Fluent
import SQLKit
import Foundation

/// Runs the background jobs inside `serve`. Every job is a row in `scheduled_jobs`; a server
/// runs a job only after claiming its row with a conditional UPDATE (a row lock in
/// PostgreSQL), so with several servers on one database each run happens once.
struct Scheduler: LifecycleHandler {
    struct Job: Sendable {
        var name: String
        var every: TimeInterval
        var run: @Sendable (Application, String, Date) async throws -> String
    }

    let worker = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    let tick: TimeInterval
    let jobs: [Job]
    private let task = TaskBox()

    final class TaskBox: @unchecked Sendable {
        private let lock = NSLock()
        private var task: Task<Void, Never>?
        func set(_ task: Task<Void, Never>?) { lock.withLock { self.task?.cancel(); self.task = task } }
    }

    init(tick: TimeInterval, jobs: [Job] = Scheduler.standardJobs) {
        self.tick = tick
        self.jobs = jobs
    }

    static var standardJobs: [Job] {
        [
            Job(name: "reminders", every: 15 * 60) { app, _, now in
                "\(try await Reminders.run(now: now, settings: app.settings.mail, timeZone: app.settings.timeZone, on: app.db)) notifications"
            },
            // Requests without an answer for the programme's number of days close by themselves.
            Job(name: "request-timeouts", every: 15 * 60) { app, _, now in
                "\(try await RequestTimeouts.run(now: now, settings: app.settings.mail, timeZone: app.settings.timeZone, on: app.db)) requests closed"
            },
            // Delivery runs beside this loop (OutboxCourier), so a slow sendmail holds up no other job.
            Job(name: "outbox", every: 0) { app, worker, now in
                app.outboxCourier.start(app: app, worker: worker, now: now)
            },
            Job(name: "retention", every: 24 * 3600) { app, _, now in
                "\(try await Retention.run(now: now, on: app.db)) pairs"
            },
            // Sessions past their idle or absolute lifetime, and sign-in counters past their window.
            Job(name: "sessions", every: 3600) { app, _, now in
                let sessions = try await Sessions.purgeExpired(policy: .standard, now: now, on: app.db)
                let counters = try await SignInLimits.purge(windowMinutes: app.settings.signIn.addressWindowMinutes, now: now, on: app.db)
                return "\(sessions) sessions, \(counters) sign-in counters"
            },
        ]
    }

    func didBoot(_ application: Application) throws {
        let jobs = self.jobs, tick = self.tick, worker = self.worker
        task.set(Task {
            do { try await Self.register(jobs, now: application.now, on: application.db) } catch {
                application.logger.error("scheduler: cannot register its jobs", metadata: ["error": "\(error)"])
            }
            while !Task.isCancelled {
                await Self.runDue(jobs, worker: worker, app: application, now: application.now)
                try? await Task.sleep(for: .seconds(tick))
            }
        })
    }

    func shutdown(_ application: Application) {
        task.set(nil)
        application.outboxCourier.stop()
    }

    /// Runs every job that is due and claimable now.
    static func runDue(_ jobs: [Job], worker: String, app: Application, now: Date) async {
        for job in jobs {
            do {
                guard try await claim(job, worker: worker, now: now, on: app.db) else { continue }
                let result: String
                do { result = try await job.run(app, worker, now) } catch {
                    app.logger.error("scheduled job failed", metadata: ["job": "\(job.name)", "error": "\(error)"])
                    result = "failed: \(String(describing: error).prefix(200))"
                }
                try await release(job, worker: worker, now: now, result: result, on: app.db)
            } catch {
                app.logger.error("scheduler", metadata: ["job": "\(job.name)", "error": "\(error)"])
            }
        }
    }

    /// Makes a row for each job that has none yet (due now); once per server start.
    static func register(_ jobs: [Job], now: Date, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for job in jobs {
            try await sql.insert(into: ScheduledJob.schema).columns("name", "next_run_at").values(SQLBind(job.name), SQLBind(now)).ignoringConflicts().run()
        }
    }

    /// Takes the job's row when the job is due and no live worker holds it.
    static func claim(_ job: Job, worker: String, now: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.raw("""
            UPDATE scheduled_jobs SET claimed_by = \(bind: worker), claimed_until = \(bind: now.addingTimeInterval(600))
            WHERE name = \(bind: job.name) AND next_run_at <= \(bind: now) AND (claimed_until IS NULL OR claimed_until < \(bind: now))
            RETURNING name
            """).all()
        return !rows.isEmpty
    }

    static func release(_ job: Job, worker: String, now: Date, result: String, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("""
            UPDATE scheduled_jobs SET claimed_by = NULL, claimed_until = NULL, last_run_at = \(bind: now), last_result = \(bind: result),
                   next_run_at = \(bind: now.addingTimeInterval(job.every))
            WHERE name = \(bind: job.name) AND claimed_by = \(bind: worker)
            """).run()
    }
}
