import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the sendmail command (`/bin/sh -c COMMAND`) with a message on its standard input,
/// within a time limit.
///
/// A command that never ended used to hold the scheduler for ever, and one that wrote more
/// than a pipe holds before reading its input never ended either (the server wrote the whole
/// message first, then waited, then read). Here one thread writes the input and reads the
/// output (standard output and error together) as they come, with `poll`, keeping only the
/// last `keptOutputBytes`. The command runs in a process group of its own; when the time is
/// up the whole group is killed, so a shell's children go too.
enum SendmailProcess {
    struct Outcome: Sendable, Equatable {
        /// The exit status, or nil when the command was stopped or ended by a signal.
        var exitStatus: Int32?
        var timedOut: Bool
        /// The end of what the command wrote, for the error message.
        var output: String
    }

    static let keptOutputBytes = 4096

    /// Runs `command` on a thread of its own; cancelling the calling task stops the command.
    static func run(_ command: String, input: Data, timeout: TimeInterval) async -> Result<Outcome, SpawnError> {
        let stop = StopSignal()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                Thread.detachNewThread {
                    continuation.resume(returning: runBlocking(command, input: input, timeout: timeout, stop: stop))
                }
            }
        } onCancel: {
            stop.fire()
        }
    }

    struct SpawnError: Error, CustomStringConvertible, Equatable {
        var description: String
    }

    /// Set from another thread to stop the command early.
    final class StopSignal: @unchecked Sendable {
        private let lock = NSLock()
        private var fired = false
        func fire() { lock.withLock { fired = true } }
        var isFired: Bool { lock.withLock { fired } }
    }

    /// The same, on the calling thread.
    static func runBlocking(_ command: String, input: Data, timeout: TimeInterval, stop: StopSignal = StopSignal()) -> Result<Outcome, SpawnError> {
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
        guard makePipe(&toChild) else { return .failure(SpawnError(description: "cannot make a pipe: \(errorText())")) }
        guard makePipe(&fromChild) else {
            close(toChild[0]); close(toChild[1])
            return .failure(SpawnError(description: "cannot make a pipe: \(errorText())"))
        }
        let spawned = spawn(command, stdin: toChild[0], output: fromChild[1])
        close(toChild[0])
        close(fromChild[1])
        guard case .success(let pid) = spawned else {
            close(toChild[1]); close(fromChild[0])
            if case .failure(let error) = spawned { return .failure(error) }
            return .failure(SpawnError(description: "cannot start the command"))
        }
        var writer: Int32 = toChild[1], reader: Int32 = fromChild[0]
        _ = fcntl(writer, F_SETFL, fcntl(writer, F_GETFL) | O_NONBLOCK)
        _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) | O_NONBLOCK)
        let message = [UInt8](input)
        var written = 0
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var status: Int32?
        var exitedAt: ContinuousClock.Instant?
        var timedOut = false
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(Int(max(0, timeout) * 1000)))
        if message.isEmpty { close(writer); writer = -1 }

        while true {
            if status == nil {
                var raw: Int32 = 0
                if waitpid(pid, &raw, WNOHANG) == pid { status = raw; exitedAt = clock.now }
            }
            if status != nil, reader < 0 { break }
            // A child the command left behind may hold the output open: stop reading soon after the command ends.
            if let exitedAt, clock.now - exitedAt > .seconds(1) { break }
            if status == nil, clock.now >= deadline || stop.isFired {
                timedOut = !stop.isFired || clock.now >= deadline
                kill(-pid, SIGKILL)
                var raw: Int32 = 0
                while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
                status = raw
                break
            }
            var fds: [pollfd] = []
            if reader >= 0 { fds.append(pollfd(fd: reader, events: Int16(POLLIN), revents: 0)) }
            if writer >= 0 { fds.append(pollfd(fd: writer, events: Int16(POLLOUT), revents: 0)) }
            // Short waits, so the end of the command and the deadline are noticed promptly.
            _ = poll(&fds, nfds_t(fds.count), 50)
            for entry in fds where entry.revents != 0 {
                if entry.fd == reader {
                    let count = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
                    if count > 0 {
                        output.append(contentsOf: buffer[0..<count])
                        if output.count > keptOutputBytes { output.removeFirst(output.count - keptOutputBytes) }
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        close(reader); reader = -1
                    }
                } else if entry.fd == writer {
                    let count = message.withUnsafeBytes { write(writer, $0.baseAddress! + written, message.count - written) }
                    if count > 0 { written += count }
                    // A command that exits without reading its input: EPIPE (SIGPIPE is ignored), not an error here.
                    if written == message.count || (count < 0 && errno != EAGAIN && errno != EINTR) {
                        close(writer); writer = -1
                    }
                }
            }
        }
        if writer >= 0 { close(writer) }
        if reader >= 0 { close(reader) }
        let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let exit = status.flatMap { raw -> Int32? in (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : nil }
        return .success(Outcome(exitStatus: timedOut || stop.isFired ? nil : exit, timedOut: timedOut, output: text))
    }

    /// Starts `/bin/sh -c command` in a new process group with the given descriptors as its
    /// standard input and output (errors go to the output too), and default signal handling.
    private static func spawn(_ command: String, stdin: Int32, output: Int32) -> Result<pid_t, SpawnError> {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        let arguments: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map { (text: String) in strdup(text) }
        let variables: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment.map { (name: String, value: String) in strdup("\(name)=\(value)") }
        defer { (arguments + variables).forEach { free($0) } }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = variables + [nil]
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp)
        guard result == 0 else { return .failure(SpawnError(description: "cannot run /bin/sh: \(String(cString: strerror(result)))")) }
        return .success(pid)
    }

    /// A pipe whose ends are not inherited by other commands the server starts.
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
