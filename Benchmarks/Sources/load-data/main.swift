import Foundation
import MentorServer
import Vapor

// Writes the page benchmarks' data set into a SQLite file that `mentor serve` can then serve:
// `copies` demo organisations (as `mentor demo --scale N`) and a busy mentor who is also the
// coordinator of their programme (12 mentees x 40 held conversations by default), for
// scripts/throughput. Measurement only; the accounts' password is the one given here.
//
//     load-data FILE [--copies 1] [--email busy@load.example] [--password ...] [--mentees 12] [--conversations 40]

/// The value after `name` in `arguments` (taken out of them), or `fallback`.
func option(_ name: String, _ fallback: String, in arguments: inout [String]) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}
var arguments = Array(CommandLine.arguments.dropFirst())
let copies = Int(option("--copies", "1", in: &arguments)) ?? 1
let email = option("--email", "busy@load.example", in: &arguments)
let password = option("--password", "busy-mentor-load", in: &arguments)
let mentees = Int(option("--mentees", "12", in: &arguments)) ?? 12
let conversations = Int(option("--conversations", "40", in: &arguments)) ?? 40
guard arguments.count == 1, !arguments[0].hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: load-data FILE [--copies N] [--email E] [--password P] [--mentees N] [--conversations N]\n".utf8))
    exit(2)
}
let path = arguments[0]
guard !FileManager.default.fileExists(atPath: path) else {
    FileHandle.standardError.write(Data("load-data: \(path) exists; give a new file\n".utf8))
    exit(2)
}

let start = Date()
let app = try await Application.make(.production)
app.logger.logLevel = .error
try await configure(app, settings: AppSettings(storage: .sqlite(path: path)))
do {
    try await LoadData.prepare(app, demoCopies: copies, busyMentorEmail: email, password: password,
                               mentees: mentees, conversations: conversations)
} catch {
    try? await app.asyncShutdown()
    throw error
}
try await app.asyncShutdown()
print("\(path): \(copies) demo organisation(s) (password mentor-demo) and \(email) (password \(password)) with \(mentees) mentees x \(conversations) conversations, in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
