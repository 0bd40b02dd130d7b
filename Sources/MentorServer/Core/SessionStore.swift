import Vapor
import Fluent

/// Sessions in the database (so any instance can serve any request), written only when
/// their data changed. Vapor's middleware saves the session after every response; for a
/// page view that only reads, that write is pure cost, and on SQLite it is the slowest part
/// of the request.
struct ChangeAwareSessions: SessionDriver {
    struct ReadKey: StorageKey { typealias Value = SessionData }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        let id = SessionID(string: [UInt8].random(count: 32).base64)
        return SessionRecord(key: id, data: data).create(on: request.db).map { id }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        SessionRecord.query(on: request.db).filter(\.$key == sessionID).first().map { record in
            if let data = record?.data { request.storage[ReadKey.self] = data }
            return record?.data
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if let read = request.storage[ReadKey.self], read == data { return request.eventLoop.makeSucceededFuture(sessionID) }
        return SessionRecord.query(on: request.db).filter(\.$key == sessionID).set(\.$data, to: data).update().map { sessionID }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        SessionRecord.query(on: request.db).filter(\.$key == sessionID).delete()
    }
}
