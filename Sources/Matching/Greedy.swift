/// The way pairs are often made by hand or by simple tools: take the highest-scoring allowed
/// pair, fix it, and repeat. Shown beside the optimum so a coordinator sees what it costs.
/// Ties go to the lower mentee, then mentor, index.
///
/// Rather than sorting every pair (most are never looked at once their mentee is placed), each
/// mentee offers its best pair with a mentor who still has room, and a heap hands out the best
/// offer overall; a mentee whose offer meets a full mentor offers its next best. That takes the
/// pairs in exactly the order of a full sort. O(n · m) to find the first offers, plus
/// O(m log m) for each mentee who needs a second one and O(log n) per offer.
public enum GreedySolver {
    public static func solve(_ problem: AssignmentProblem) -> Assignment {
        let mentees = problem.menteeCount
        var remaining = problem.capacities
        var mentorOf = [Int?](repeating: nil, count: mentees)
        var offers = OfferHeap()
        // Per mentee, once a second offer is needed: every allowed mentor, best first, and how far it got.
        var ranked = [[Int]](repeating: [], count: mentees)
        var next = [Int](repeating: 0, count: mentees)

        for mentee in 0..<mentees {
            var best: Offer?
            for (mentor, score) in problem.scores[mentee].enumerated() where remaining[mentor] > 0 {
                guard let score, best.map({ score > $0.score }) ?? true else { continue }
                best = Offer(score: score, mentee: mentee, mentor: mentor)
            }
            if let best { offers.push(best) }
        }
        while let offer = offers.pop() {
            let mentee = offer.mentee
            if remaining[offer.mentor] > 0 {
                mentorOf[mentee] = offer.mentor
                remaining[offer.mentor] -= 1
                continue
            }
            // Every mentor ranked above this one was full when the offer was made, and stays full.
            if ranked[mentee].isEmpty {
                let row = problem.scores[mentee]
                ranked[mentee] = row.indices.filter { row[$0] != nil && problem.capacities[$0] > 0 }
                    .sorted { a, b in row[a]! != row[b]! ? row[a]! > row[b]! : a < b }
            }
            while next[mentee] < ranked[mentee].count && remaining[ranked[mentee][next[mentee]]] <= 0 { next[mentee] += 1 }
            if next[mentee] < ranked[mentee].count {
                let mentor = ranked[mentee][next[mentee]]
                offers.push(Offer(score: problem.scores[mentee][mentor]!, mentee: mentee, mentor: mentor))
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
