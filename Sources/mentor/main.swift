import Foundation
import MentorServer

// Files this process creates (the SQLite database with its WAL, lock and backup files) are
// readable by their owner only.
umask(0o077)

await MentorCommand.runFromCommandLine()
