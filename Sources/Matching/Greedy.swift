/// The way pairs are often made by hand or by simple tools: take the highest-scoring allowed
/// pair, fix it, and repeat. Shown beside the optimum so a coordinator sees what it costs.
/// Ties go to the lower mentee, then mentor, index.
///
/// Rather than sorting every pair (most are never looked at once their mentee is placed), each
/// mentee offers its best pair with a mentor who still has room, and a heap hands out the best
/// offer overall; a mentee whose offer meets a full mentor offers its next best. That takes the
/// pairs in exactly the order of a full sort. A mentee who needs a second offer puts every
/// allowed mentor in a heap of their own (O(m)) and takes from it in order (O(log m) each),
/// instead of sorting all of them when only the next few are ever looked at. O(n · m) to find
/// the first offers, plus O(m) for each mentee who needs a second one and O(log n + log m) per offer.
public enum GreedySolver {
    public static func solve(_ problem: AssignmentProblem) -> Assignment {
        let mentees = problem.menteeCount
        var remaining = problem.capacities
        var mentorOf = [Int?](repeating: nil, count: mentees)
        var offers = OfferHeap()
        // Per mentee, once a second offer is needed: every allowed mentor not yet passed, best on top.
        var ranked = [CandidateHeap?](repeating: nil, count: mentees)

        for mentee in 0..<mentees {
            var best: Offer?
            for (mentor, score) in problem.scores[mentee].enumerated() where remaining[mentor] > 0 {
                guard let score, best.map({ score > $0.score }) ?? true else { continue }
                best = Offer(score: score, mentee: mentee, mentor: mentor)
            }
            if let best { offers.push(best) }
        }
        // Mentors with room; once there are none, no offer left can be taken.
        var open = remaining.count { $0 > 0 }
        while open > 0, let offer = offers.pop() {
            let mentee = offer.mentee
            if remaining[offer.mentor] > 0 {
                mentorOf[mentee] = offer.mentor
                remaining[offer.mentor] -= 1
                if remaining[offer.mentor] == 0 { open -= 1 }
                ranked[mentee] = nil
                continue
            }
            // Every mentor ranked above this one was full when the offer was made, and stays full.
            if ranked[mentee] == nil { ranked[mentee] = CandidateHeap(problem.scores[mentee], capacities: problem.capacities) }
            while let top = ranked[mentee]!.top, remaining[top.mentor] <= 0 { ranked[mentee]!.pop() }
            if let top = ranked[mentee]!.top {
                offers.push(Offer(score: top.score, mentee: mentee, mentor: top.mentor))
            } else {
                ranked[mentee] = nil
            }
        }
        return Assignment(mentorOf: mentorOf, problem: problem)
    }

    struct Offer {
        var score: Double
        var mentee: Int
        var mentor: Int

        /// Taken first: the higher score, then the lower mentee (each mentee has one offer out).
        func precedes(_ other: Offer) -> Bool { score != other.score ? score > other.score : mentee < other.mentee }
    }

    /// One mentee's allowed mentors in a binary heap, the higher score (then the lower mentor) on top.
    struct CandidateHeap {
        struct Candidate {
            var score: Double
            var mentor: Int

            func precedes(_ other: Candidate) -> Bool { score != other.score ? score > other.score : mentor < other.mentor }
        }

        var items: [Candidate] = []

        init(_ row: [Double?], capacities: [Int]) {
            items.reserveCapacity(row.count)
            for (mentor, score) in row.enumerated() where capacities[mentor] > 0 {
                if let score { items.append(Candidate(score: score, mentor: mentor)) }
            }
            var parent = items.count / 2
            while parent > 0 {
                parent -= 1
                siftDown(parent)
            }
        }

        var top: Candidate? { items.first }

        mutating func pop() {
            let last = items.removeLast()
            guard !items.isEmpty else { return }
            items[0] = last
            siftDown(0)
        }

        mutating func siftDown(_ start: Int) {
            var parent = start
            items.withUnsafeMutableBufferPointer { items in
                while true {
                    let left = 2 * parent + 1, right = left + 1
                    var first = parent
                    if left < items.count && items[left].precedes(items[first]) { first = left }
                    if right < items.count && items[right].precedes(items[first]) { first = right }
                    guard first != parent else { return }
                    items.swapAt(parent, first)
                    parent = first
                }
            }
        }
    }

    /// A binary heap with the offer to take first on top.
    struct OfferHeap {
        var items: [Offer] = []

        mutating func push(_ offer: Offer) {
            items.append(offer)
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard items[child].precedes(items[parent]) else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> Offer? {
            guard let top = items.first else { return nil }
            let last = items.removeLast()
            guard !items.isEmpty else { return top }
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var first = parent
                if left < items.count && items[left].precedes(items[first]) { first = left }
                if right < items.count && items[right].precedes(items[first]) { first = right }
                guard first != parent else { return top }
                items.swapAt(parent, first)
                parent = first
            }
        }
    }
}
