import Foundation

/// Hands cues to the meter in order of their start. Real exports put a cue out of order now
/// and then (overlapping speech); a window of the last cues is held and sorted, which is
/// enough for them. A cue that starts before one already handed on makes the reader start
/// again with `holdAll`, which keeps every cue (memory then grows with the file).
///
/// The held cues are plain values in a ring (a list when holding all), kept in order by
/// moving the few later ones up; their texts are copied into byte buffers that are reused
/// once the cue is handed on, so a long file allocates nothing per cue.
struct OrderingWindow<Inner: CueSink>: CueSink {
    struct Held {
        var start: Double?
        var end: Double?
        var speaker: Int
        var sequence: Int
        /// The text's buffer in `Store.texts`, and where its bytes are while the cue is held.
        var buffer: Int
        var bytes: UnsafeMutablePointer<UInt8>
        var count: Int
        var key: Double { start ?? 0 }
    }

    /// The held cues and the text buffers: one per cue held at once, reused after release.
    /// Its counters are only touched by the window's own methods, one at a time, so they
    /// need no dynamic exclusivity checks.
    final class Store {
        @exclusivity(unchecked) var held: UnsafeMutablePointer<Held>
        @exclusivity(unchecked) var capacity: Int
        @exclusivity(unchecked) var first = 0
        @exclusivity(unchecked) var count = 0
        /// Text buffers by number, with their capacities; `free` lists the unused ones.
        @exclusivity(unchecked) var texts: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>>
        @exclusivity(unchecked) var textCapacity: UnsafeMutablePointer<Int>
        @exclusivity(unchecked) var textCount = 0, textSlots: Int
        @exclusivity(unchecked) var free: UnsafeMutablePointer<Int>
        @exclusivity(unchecked) var freeCount = 0

        init(capacity: Int) {
            self.capacity = max(1, capacity)
            held = .allocate(capacity: self.capacity)
            textSlots = self.capacity
            texts = .allocate(capacity: textSlots)
            textCapacity = .allocate(capacity: textSlots)
            free = .allocate(capacity: textSlots)
        }

        deinit {
            for index in 0..<textCount { texts[index].deallocate() }
            texts.deallocate()
            textCapacity.deallocate()
            free.deallocate()
            held.deallocate()
        }

        /// Room for twice as many (holding all cues: `first` is 0 then).
        func grow() {
            let larger = UnsafeMutablePointer<Held>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: held, count: count)
            held.deallocate()
            held = larger
            capacity *= 2
        }

        /// A buffer of at least `size` bytes that no held cue uses.
        func takeBuffer(_ size: Int) -> Int {
            let number: Int
            if freeCount > 0 {
                freeCount -= 1
                number = free[freeCount]
            } else {
                if textCount == textSlots { growSlots() }
                number = textCount
                textCount += 1
                texts[number] = .allocate(capacity: max(64, size))
                textCapacity[number] = max(64, size)
            }
            if textCapacity[number] < size {
                var larger = textCapacity[number] * 2
                while larger < size { larger *= 2 }
                texts[number].deallocate()
                texts[number] = .allocate(capacity: larger)
                textCapacity[number] = larger
            }
            return number
        }

        func giveBack(_ number: Int) {
            free[freeCount] = number
            freeCount += 1
        }

        private func growSlots() {
            let slots = textSlots * 2
            let moreTexts = UnsafeMutablePointer<UnsafeMutablePointer<UInt8>>.allocate(capacity: slots)
            moreTexts.moveInitialize(from: texts, count: textCount)
            texts.deallocate()
            texts = moreTexts
            let moreCapacity = UnsafeMutablePointer<Int>.allocate(capacity: slots)
            moreCapacity.moveInitialize(from: textCapacity, count: textCount)
            textCapacity.deallocate()
            textCapacity = moreCapacity
            let moreFree = UnsafeMutablePointer<Int>.allocate(capacity: slots)
            moreFree.moveInitialize(from: free, count: freeCount)
            free.deallocate()
            free = moreFree
            textSlots = slots
        }
    }

    var inner: Inner
    let size: Int
    let holdAll: Bool
    private let store: Store
    private var sequence = 0
    private var released = -Double.infinity

    init(_ inner: Inner, size: Int = 256, holdAll: Bool = false) {
        self.inner = inner
        self.size = size
        self.holdAll = holdAll
        store = Store(capacity: holdAll ? 1024 : size + 1)
    }

    mutating func cue(speaker: Int, start: Double?, end: Double?, text: Bytes) throws(ReadStop) {
        let key = start ?? 0
        if key < released { throw .disorder }
        let buffer = store.takeBuffer(text.count)
        let bytes = store.texts[buffer]
        if text.count > 0 { bytes.update(from: text.baseAddress!, count: text.count) }
        let item = Held(start: start, end: end, speaker: speaker, sequence: sequence, buffer: buffer, bytes: bytes, count: text.count)
        sequence += 1
        if holdAll {
            if store.count == store.capacity { store.grow() }
            (store.held + store.count).initialize(to: item)
            store.count += 1
            return
        }
        // Insert after every held cue that starts no later (equal starts keep the file's order).
        let capacity = store.capacity, held = store.held
        var position = store.count
        var slot = store.first + position
        if slot >= capacity { slot -= capacity }
        while position > 0 {
            let before = slot == 0 ? capacity - 1 : slot - 1
            guard held[before].key > key else { break }
            (held + slot).initialize(to: held[before])
            slot = before
            position -= 1
        }
        (held + slot).initialize(to: item)
        store.count += 1
        if store.count > size { try release() }
    }

    private mutating func release() throws(ReadStop) {
        let item = store.held[store.first]
        store.first += 1
        if store.first == store.capacity, !holdAll { store.first = 0 }
        store.count -= 1
        released = item.key
        try inner.cue(speaker: item.speaker, start: item.start, end: item.end, text: Bytes(start: item.bytes, count: item.count))
        store.giveBack(item.buffer)
    }

    mutating func finish() throws(ReadStop) {
        if holdAll {
            var all = UnsafeMutableBufferPointer<Held>(start: store.held, count: store.count)
            all.sort { (one: Held, other: Held) -> Bool in one.key != other.key ? one.key < other.key : one.sequence < other.sequence }
        }
        while store.count > 0 { try release() }
    }
}
