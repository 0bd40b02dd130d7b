/// Successive shortest augmenting paths on a `CostMatrix` (Jonker & Volgenant 1987; the
/// dense form of Crouse 2016 that scipy's `linear_sum_assignment` also uses), extended to rows
/// with several units and columns with several places.
///
/// Duals: `u[row]`, `v[column]`, reduced cost `c - u - v`. Every cost is a whole number held
/// in a `Double` (see `CostMatrix`), so every sum below is exact and a tie is a real tie.
/// Invariants, kept by every search:
/// - every reduced cost is ≥ 0, and 0 on every placed pair (so all rows placed in one column
///   are reached at the column's distance);
/// - a unit's "unmatched" option has reduced cost `M - u[row]` ≥ 0, so `0 ≤ u ≤ M`;
/// - a column with a free place has `v = 0` (`v` only falls for columns a search passes, and a
///   search ends at the first free column it reaches), so ending at any free column is ending
///   at the sink; a full column has `v = c - u ≥ -M`.
/// Hence a forbidden pair (cost `3M`) has reduced cost ≥ `2M`, more than the unmatched option
/// of the starting row (≤ `M`), and is never taken.
///
/// One search per unit: a Dijkstra over the columns, level by level. One pass finds the
/// nearest distance and every column at it; a free one among them ends the search (the first
/// in column order), else each is scanned in turn and the rows placed in it are reached at
/// that distance. Only when the level is used up are the newly reached rows relaxed, each in
/// one contiguous pass over every column, four at a time (a scanned column is masked by
/// `v = -∞` for the search, so its distance cannot change; no index list, no test for
/// "scanned", no record of where a distance came from), the last one in the same pass that
/// finds the next level. With many equal scores a level holds many columns, and a pass per
/// level instead of one per column is what keeps such rounds fast. Only the columns on the
/// path need the row they were reached from: the first row reached before the column was
/// scanned whose distance plus reduced cost is exactly the column's distance (sums of whole
/// numbers, so "exactly" holds), found once the search has ended.
/// A search also ends at the cheapest unmatched option among the rows reached when that is
/// no farther than the level. Once no column has a free place (more mentees than places),
/// every search must leave somebody unmatched, and it stops as soon as no row still unreached
/// could be left for less (each costs at least its distance + M - the highest `u`), instead
/// of scanning every column.
enum AugmentingPaths {
    /// Rows placed per column: `slots[start[c] ..< start[c] + load[c]]`.
    struct Placement {
        var start: [Int]
        var load: [Int]
        var slots: [Int]

        func rows(in column: Int) -> ArraySlice<Int> { slots[start[column] ..< start[column] + load[column]] }
    }

    static func solve(_ matrix: CostMatrix) -> Placement {
        let rows = matrix.rows, columns = matrix.columns
        var start = [Int](repeating: 0, count: columns + 1)
        for column in 0..<columns { start[column + 1] = start[column] + matrix.capacity[column] }
        var placement = Placement(start: start, load: Array(repeating: 0, count: columns), slots: Array(repeating: -1, count: start[columns]))
        guard rows > 0 else { return placement }
        let workspace = Workspace(rows: rows, columns: columns)
        defer { workspace.deallocate() }
        matrix.costs.withUnsafeBufferPointer { cost in
            matrix.capacity.withUnsafeBufferPointer { capacity in
                placement.start.withUnsafeBufferPointer { slotStart in
                    placement.load.withUnsafeMutableBufferPointer { load in
                        placement.slots.withUnsafeMutableBufferPointer { slots in
                            let places = Places(start: slotStart, capacity: capacity, load: load, slots: slots)
                            workspace.state.pointee.freeColumns = capacity.count { $0 > 0 }
                            for row in 0..<rows {
                                for _ in 0..<matrix.supply[row] {
                                    search(from: row, cost: cost, columns: columns, unmatchedCost: matrix.unmatchedCost,
                                           oneUnitRows: matrix.rowsAreMentees, places: places, workspace: workspace)
                                }
                            }
                        }
                    }
                }
            }
        }
        return placement
    }

    /// The placement's buffers while a solve runs.
    struct Places {
        var start: UnsafeBufferPointer<Int>
        var capacity: UnsafeBufferPointer<Int>
        var load: UnsafeMutableBufferPointer<Int>
        var slots: UnsafeMutableBufferPointer<Int>

        func isFree(_ column: Int) -> Bool { load[column] < capacity[column] }

        func place(_ row: Int, in column: Int) {
            slots[start[column] + load[column]] = row
            load[column] += 1
        }

        func remove(_ row: Int, from column: Int) {
            let first = start[column], last = first + load[column] - 1
            var slot = first
            while slots[slot] != row { slot += 1 }
            slots[slot] = slots[last]
            slots[last] = -1
            load[column] -= 1
        }
    }

    /// Duals and per-search scratch, allocated once per solve.
    struct Workspace {
        let u: UnsafeMutablePointer<Double>
        /// The column duals; `-∞` for a column scanned in the current search, whose dual waits in `savedV`.
        let v: UnsafeMutablePointer<Double>
        let savedV: UnsafeMutablePointer<Double>
        /// Per column: distance from the start (`∞` once scanned); for a column on the path, the row
        /// it is reached from; for a scanned column, its place in `scanned`.
        let distance: UnsafeMutablePointer<Double>
        let fromRow: UnsafeMutablePointer<Int>
        let scanIndex: UnsafeMutablePointer<Int>
        /// The columns scanned in the current search, with their distances and how many rows were
        /// reached before each; and the current level's columns.
        let scanned: UnsafeMutablePointer<Int>
        let scannedDistance: UnsafeMutablePointer<Double>
        let reachedBefore: UnsafeMutablePointer<Int>
        let level: UnsafeMutablePointer<Int>
        /// Per row: distance, the column it was reached through, and a search stamp.
        let rowDistance: UnsafeMutablePointer<Double>
        let throughColumn: UnsafeMutablePointer<Int>
        let stamp: UnsafeMutablePointer<Int>
        let reached: UnsafeMutablePointer<Int>
        let state: UnsafeMutablePointer<State>

        struct State {
            /// The number of the current search, to tell reached rows without clearing marks.
            var searchNumber = 0
            /// Columns with a free place; once none is left, none ever comes back.
            var freeColumns = 0
            /// At least the highest `u` of any placed row.
            var highestPotential = 0.0
        }

        init(rows: Int, columns: Int) {
            func make<T>(_ count: Int, _ value: T) -> UnsafeMutablePointer<T> {
                let buffer = UnsafeMutablePointer<T>.allocate(capacity: max(1, count))
                buffer.initialize(repeating: value, count: max(1, count))
                return buffer
            }
            u = make(rows, 0); v = make(columns, 0); savedV = make(columns, 0)
            distance = make(columns, .infinity); fromRow = make(columns, -1); scanIndex = make(columns, 0)
            scanned = make(columns, 0); scannedDistance = make(columns, 0); reachedBefore = make(columns, 0); level = make(columns, 0)
            rowDistance = make(rows, 0); throughColumn = make(rows, -1); stamp = make(rows, 0); reached = make(rows, 0)
            state = .allocate(capacity: 1)
            state.initialize(to: State())
        }

        func deallocate() {
            for buffer in [u, v, savedV, distance, scannedDistance, rowDistance] { buffer.deallocate() }
            for buffer in [fromRow, scanIndex, scanned, reachedBefore, level, throughColumn, stamp, reached] { buffer.deallocate() }
            state.deallocate()
        }
    }

    /// Places one unit of `startRow`: the shortest augmenting path, the duals' update, the moves.
    static func search(from startRow: Int, cost: UnsafeBufferPointer<Double>, columns: Int, unmatchedCost: Double,
                       oneUnitRows: Bool, places: Places, workspace w: Workspace) {
        w.state.pointee.searchNumber += 1
        let number = w.state.pointee.searchNumber
        // With no free place anywhere, every search ends by leaving a row unmatched, and a row
        // reached at distance d or later cannot do that for less than d + M - highestPotential.
        let noFreePlace = w.state.pointee.freeColumns == 0
        let leaveBound = unmatchedCost - w.state.pointee.highestPotential
        w.distance.update(repeating: .infinity, count: columns)
        w.stamp[startRow] = number
        w.rowDistance[startRow] = 0
        w.reached[0] = startRow
        var reachedCount = 1
        var relaxed = 0            // rows reached[0 ..< relaxed] have been relaxed
        var bestUnmatched = unmatchedCost - w.u[startRow]
        var bestUnmatchedRow = startRow
        var sink = -1
        var nearest = 0.0
        var frontier = Double.infinity
        var scannedCount = 0
        var levelCount = 0, levelNext = 0

        while true {
            if levelNext == levelCount {
                // The level is used up: relax the rows it reached, the last in the pass that finds the next level.
                while relaxed < reachedCount - 1 {
                    relax(w.reached[relaxed], cost: cost, columns: columns, workspace: w)
                    relaxed += 1
                }
                let best: Double
                if relaxed < reachedCount {
                    best = relaxAndFindNearest(w.reached[relaxed], cost: cost, columns: columns, workspace: w)
                    relaxed = reachedCount
                } else {
                    best = nearestDistance(columns: columns, workspace: w)
                }
                frontier = best
                if best == .infinity || bestUnmatched <= best || (noFreePlace && bestUnmatched <= best + leaveBound) { break }
                nearest = best
                levelCount = 0
                levelNext = 0
                for column in 0..<columns where w.distance[column] == best {
                    if places.isFree(column) {
                        sink = column
                        break
                    }
                    w.level[levelCount] = column
                    levelCount += 1
                }
                if sink >= 0 { break }
            }

            // Scan the next column of the level: mask it, and reach every row placed in it (reduced cost 0 back).
            let column = w.level[levelNext]
            levelNext += 1
            w.scanIndex[column] = scannedCount
            w.scanned[scannedCount] = column
            w.scannedDistance[scannedCount] = nearest
            w.reachedBefore[scannedCount] = reachedCount
            scannedCount += 1
            w.savedV[column] = w.v[column]
            w.v[column] = -.infinity
            w.distance[column] = .infinity
            let first = places.start[column]
            for slot in first ..< first + places.load[column] {
                let placed = places.slots[slot]
                guard w.stamp[placed] != number else { continue }
                w.stamp[placed] = number
                w.rowDistance[placed] = nearest
                w.throughColumn[placed] = column
                w.reached[reachedCount] = placed
                reachedCount += 1
                let unmatched = nearest + unmatchedCost - w.u[placed]
                if unmatched < bestUnmatched {
                    bestUnmatched = unmatched
                    bestUnmatchedRow = placed
                }
            }
            // Every column and row still to come is at least this far.
            if bestUnmatched <= nearest || (noFreePlace && bestUnmatched <= nearest + leaveBound) {
                frontier = nearest
                break
            }
        }

        // The path's columns and the rows they were reached from, while the duals are those the distances were found with.
        if sink >= 0 {
            w.fromRow[sink] = predecessor(of: sink, distance: nearest, dual: w.v[sink], rows: reachedCount, cost: cost, columns: columns, workspace: w)
        }
        var pathRow = sink >= 0 ? w.fromRow[sink] : bestUnmatchedRow
        while pathRow != startRow {
            let column = w.throughColumn[pathRow]
            let index = w.scanIndex[column]
            w.fromRow[column] = predecessor(of: column, distance: w.scannedDistance[index], dual: w.savedV[column], rows: w.reachedBefore[index],
                                            cost: cost, columns: columns, workspace: w)
            pathRow = w.fromRow[column]
        }

        // Duals: every scanned column and reached row moves by how much closer than the end it
        // was, the end capped at the frontier when the bound stopped the search early. Then the
        // unmatched option taken keeps a positive reduced cost, which is harmless: that row is
        // in no column, so no later search reaches it, and with no free place none could use it.
        let total = sink >= 0 ? nearest : min(bestUnmatched, frontier)
        for index in 0..<scannedCount {
            let column = w.scanned[index]
            w.v[column] = w.savedV[column] - (total - w.scannedDistance[index])
        }
        var highest = w.state.pointee.highestPotential
        for index in 0..<reachedCount {
            let row = w.reached[index]
            w.u[row] += total - w.rowDistance[row]
            // A row of one unit left unmatched is in no column any more.
            if sink >= 0 || row != bestUnmatchedRow || !oneUnitRows { highest = max(highest, w.u[row]) }
        }
        w.state.pointee.highestPotential = highest
        if sink >= 0 && places.load[sink] + 1 == places.capacity[sink] { w.state.pointee.freeColumns -= 1 }

        // Moves along the path, from its end back to the start row.
        var row = sink >= 0 ? w.fromRow[sink] : bestUnmatchedRow
        var column = sink
        while true {
            if column >= 0 { places.place(row, in: column) }
            if row == startRow { break }
            let previous = w.throughColumn[row]
            places.remove(row, from: previous)
            column = previous
            row = w.fromRow[previous]
        }
    }

    /// The first of the rows `reached[0 ..< rows]` from which `column` is exactly `distance` away.
    static func predecessor(of column: Int, distance: Double, dual: Double, rows: Int, cost: UnsafeBufferPointer<Double>, columns: Int,
                            workspace w: Workspace) -> Int {
        for index in 0..<rows {
            let row = w.reached[index]
            if w.rowDistance[row] - w.u[row] + cost[row * columns + column] - dual == distance { return row }
        }
        preconditionFailure("a column's distance comes from a row reached before it")
    }

    /// Distances through `row` to every column: `distance = min(distance, d(row) - u + c - v)`.
    /// A scanned column has `v = -∞`, so its candidate is `∞` and never wins.
    @inline(__always)
    static func relax(_ row: Int, cost: UnsafeBufferPointer<Double>, columns: Int, workspace w: Workspace) {
        _ = relaxAndFindNearest(row, cost: cost, columns: columns, workspace: w, findNearest: false)
    }

    /// `relax`, and (when asked) the nearest distance after it, in the same pass.
    @inline(__always)
    static func relaxAndFindNearest(_ row: Int, cost: UnsafeBufferPointer<Double>, columns: Int, workspace w: Workspace,
                                    findNearest: Bool = true) -> Double {
        let costs = UnsafeRawPointer(cost.baseAddress! + row * columns)
        let offset = w.rowDistance[row] - w.u[row]
        let distance = UnsafeMutableRawPointer(w.distance), v = UnsafeRawPointer(w.v)
        let offsets = SIMD4<Double>(repeating: offset)
        var nearest = SIMD4<Double>(repeating: .infinity)
        var column = 0
        while column + 4 <= columns {
            let bytes = column * MemoryLayout<Double>.stride
            let candidate = offsets + costs.loadUnaligned(fromByteOffset: bytes, as: SIMD4<Double>.self)
                - v.loadUnaligned(fromByteOffset: bytes, as: SIMD4<Double>.self)
            let old = distance.loadUnaligned(fromByteOffset: bytes, as: SIMD4<Double>.self)
            let new = old.replacing(with: candidate, where: candidate .< old)
            distance.storeBytes(of: new, toByteOffset: bytes, as: SIMD4<Double>.self)
            if findNearest { nearest = nearest.replacing(with: new, where: new .< nearest) }
            column += 4
        }
        var best = findNearest ? nearest.min() : .infinity
        while column < columns {
            let candidate = offset + cost[row * columns + column] - w.v[column]
            let d = candidate < w.distance[column] ? candidate : w.distance[column]
            w.distance[column] = d
            best = d < best ? d : best
            column += 1
        }
        return best
    }

    /// The nearest distance of a column not yet scanned (scanned ones are at `∞`).
    @inline(__always)
    static func nearestDistance(columns: Int, workspace w: Workspace) -> Double {
        var best = Double.infinity
        for column in 0..<columns {
            let d = w.distance[column]
            best = d < best ? d : best
        }
        return best
    }
}
