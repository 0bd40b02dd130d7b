import Foundation

/// Hands cues to the meter in order of their start. Real exports put a cue out of order now
/// and then (overlapping speech); a window of the last cues is held and sorted, which is
/// enough for them. A cue that starts before one already handed on makes the reader start
/// again with `holdAll`, which keeps every cue (memory then grows with the file).
struct OrderingWindow<Inner: CueSink>: CueSink {
    struct Held {
        var start: Double?
        var end: Double?
        var speaker: Int
        var sequence: Int
        var text: [UInt8]
        var key: Double { start ?? 0 }
    }

    var inner: Inner
    let size: Int
    let holdAll: Bool
    private var held: [Held] = []
    private var head = 0
    private var spare: [[UInt8]] = []
    private var sequence = 0
    private var released = -Double.infinity

    init(_ inner: Inner, size: Int = 256, holdAll: Bool = false) {
        self.inner = inner
        self.size = size
        self.holdAll = holdAll
    }

    mutating func cue(speaker: Int, start: Double?, end: Double?, text: Bytes) throws(ReadStop) {
        let key = start ?? 0
        if key < released { throw .disorder }
        var buffer = spare.popLast() ?? []
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: text)
        let item = Held(start: start, end: end, speaker: speaker, sequence: sequence, text: buffer)
        sequence += 1
        if holdAll { held.append(item); return }
        var position = held.count
        while position > head, held[position - 1].key > key { position -= 1 }
        held.insert(item, at: position)
        if held.count - head > size { try release() }
    }

    private mutating func release() throws(ReadStop) {
        let item = held[head]
        head += 1
        released = item.key
        try item.text.withUnsafeBufferPointer { bytes throws(ReadStop) in
            try inner.cue(speaker: item.speaker, start: item.start, end: item.end, text: bytes)
        }
        held[head - 1].text = []
        spare.append(item.text)
        if head >= 4096 { held.removeFirst(head); head = 0 }
    }

    mutating func finish() throws(ReadStop) {
        if holdAll {
            held.sort { $0.key != $1.key ? $0.key < $1.key : $0.sequence < $1.sequence }
        }
        while head < held.count { try release() }
    }
}
