/// Successive shortest augmenting paths on a `CostMatrix` (Jonker & Volgenant 1987; the
/// dense form of Crouse 2016 that scipy's `linear_sum_assignment` also uses), extended to rows
/// with several units and columns with several places.
///
/// Duals: `u[row]`, `v[column]`, reduced cost `c - u - v`. Invariants, kept by every search:
/// - every reduced cost is ≥ 0, and 0 on every placed pair (so all rows placed in one column
///   are reached at the column's distance);
/// - a unit's "unmatched" option has reduced cost `M - u[row]` ≥ 0, so `0 ≤ u ≤ M`;
/// - a column with a free place has `v = 0` (`v` only falls for columns a search passes, and a
///   search ends at the first free column it reaches), so ending at any free column is ending
///   at the sink; a full column has `v = c - u ≥ -M`.
/// Hence a forbidden pair (cost `3M`) has reduced cost ≥ `2M`, more than the unmatched option
/// of the starting row (≤ `M`), and is never taken.
///
/// One search per unit: a Dijkstra over the columns not yet scanned, each step one pass that
/// relaxes from the rows just reached and finds the nearest column (ties: a column with a free
/// place first, then the first met). It ends at a free column, or at the cheapest unmatched
/// option among the rows reached when that is no farther than every column left. Once no
/// column has a free place (more mentees than places), every search must leave somebody
/// unmatched, and it stops as soon as no row still unreached could be left for less (each
/// costs at least its distance + M - the highest `u`), instead of scanning every column.
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
        let u: UnsafeMutableBufferPointer<Double>
        let v: UnsafeMutableBufferPointer<Double>
        /// Per column: distance from the start, the row it was reached from, unscanned columns first.
        let distance: UnsafeMutableBufferPointer<Double>
        let fromRow: UnsafeMutableBufferPointer<Int>
        let order: UnsafeMutableBufferPointer<Int>
        /// Per row: distance, the column it was reached through, and a search stamp.
        let rowDistance: UnsafeMutableBufferPointer<Double>
        let throughColumn: UnsafeMutableBufferPointer<Int>
        let stamp: UnsafeMutableBufferPointer<Int>
        let reached: UnsafeMutableBufferPointer<Int>
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
            func make<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
                let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, count))
                buffer.initialize(repeating: value)
                return buffer
            }
            u = make(rows, 0); v = make(columns, 0)
            distance = make(columns, .infinity); fromRow = make(columns, -1); order = make(columns, 0)
            rowDistance = make(rows, 0); throughColumn = make(rows, -1); stamp = make(rows, 0); reached = make(rows, 0)
            state = .allocate(capacity: 1)
            state.initialize(to: State())
        }

        func deallocate() {
            for buffer in [u, v, distance, rowDistance] { buffer.deallocate() }
            for buffer in [fromRow, order, throughColumn, stamp, reached] { buffer.deallocate() }
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
        for column in 0..<columns {
            w.order[column] = column
            w.distance[column] = .infinity
        }
        var unscanned = columns
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

        while true {
            // Relax every row reached since the last step; the last one in the same pass as the minimum.
            while relaxed < reachedCount - 1 {
                relax(w.reached[relaxed], cost: cost, columns: columns, unscanned: unscanned, workspace: w)
                relaxed += 1
            }
            var best = Double.infinity
            var bestIndex = -1
            var bestIsFree = false
            let row = relaxed < reachedCount ? w.reached[relaxed] : -1
            relaxed = reachedCount
            if row >= 0 {
                let base = row * columns
                let offset = w.rowDistance[row] - w.u[row]
                for index in 0..<unscanned {
                    let column = w.order[index]
                    var d = w.distance[column]
                    let candidate = offset + cost[base + column] - w.v[column]
                    if candidate < d {
                        d = candidate
                        w.distance[column] = candidate
                        w.fromRow[column] = row
                    }
                    if d < best || (d == best && !bestIsFree && places.isFree(column)) {
                        best = d
                        bestIndex = index
                        bestIsFree = places.isFree(column)
                    }
                }
            } else {
                for index in 0..<unscanned {
                    let column = w.order[index]
                    let d = w.distance[column]
                    if d < best || (d == best && !bestIsFree && places.isFree(column)) {
                        best = d
                        bestIndex = index
                        bestIsFree = places.isFree(column)
                    }
                }
            }
            frontier = best
            if bestIndex < 0 || bestUnmatched <= best || (noFreePlace && bestUnmatched <= best + leaveBound) { break }
            nearest = best
            // Scan the nearest column: move it behind the unscanned ones.
            let column = w.order[bestIndex]
            unscanned -= 1
            w.order[bestIndex] = w.order[unscanned]
            w.order[unscanned] = column
            if bestIsFree {
                sink = column
                break
            }
            // A full column: continue through every row placed in it (reduced cost 0 back).
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
        }

        // Duals: every scanned column and reached row moves by how much closer than the end it
        // was, the end capped at the frontier when the bound stopped the search early. Then the
        // unmatched option taken keeps a positive reduced cost, which is harmless: that row is
        // in no column, so no later search reaches it, and with no free place none could use it.
        let total = sink >= 0 ? nearest : min(bestUnmatched, frontier)
        for index in unscanned ..< columns {
            let column = w.order[index]
            w.v[column] -= total - w.distance[column]
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

    /// Distances through `row` to every unscanned column.
    @inline(__always)
    static func relax(_ row: Int, cost: UnsafeBufferPointer<Double>, columns: Int, unscanned: Int, workspace w: Workspace) {
        let base = row * columns
        let offset = w.rowDistance[row] - w.u[row]
        for index in 0..<unscanned {
            let column = w.order[index]
            let candidate = offset + cost[base + column] - w.v[column]
            if candidate < w.distance[column] {
                w.distance[column] = candidate
                w.fromRow[column] = row
            }
        }
    }
}
