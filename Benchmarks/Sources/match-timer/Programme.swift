import Matching

/// A generated programme for timing `Proposal.make` end to end: profiles like the product's
/// (seniority, practice group, languages, goal themes with their Dutch and English names,
/// expertise, wishes and preferences), from a fixed seed, the same on every machine.
///
/// Dense: every mentor is more senior than every mentee, nobody avoids anybody, so every
/// pair is allowed. With exclusions: the usual hard rules rule pairs out (mentors not more
/// senior, line managers, avoid lists, a few coordinator exclusions, some mentors full).
struct Programme {
    var mentees: [MenteeProfile]
    var mentors: [MentorProfile]
    var excluded: Set<PairKey>

    static let themes: [[String]] = [
        ["client_skills", "Klantvaardigheden", "Client skills"], ["leadership", "Leiderschap", "Leadership"],
        ["negotiation", "Onderhandelen", "Negotiation"], ["writing", "Schrijven", "Writing"],
        ["presenting", "Presenteren", "Presenting"], ["planning", "Plannen", "Planning"],
        ["feedback", "Feedback geven", "Giving feedback"], ["networking", "Netwerken", "Networking"],
        ["litigation", "Procederen", "Litigation"], ["tax_law", "Fiscaal recht", "Tax law"],
        ["mergers", "Fusies en overnames", "Mergers and acquisitions"], ["compliance", "Compliance", "Compliance"],
        ["coaching", "Coachen", "Coaching"], ["time_management", "Timemanagement", "Time management"],
        ["resilience", "Veerkracht", "Resilience"], ["business_development", "Acquisitie", "Business development"],
    ]
    static let groups = ["Tax", "Audit", "Corporate", "Litigation", "Real estate", "Employment", "IP", "Finance"]

    static func make(mentees menteeCount: Int, mentors mentorCount: Int, capacity: Int, exclusions: Bool, seed: UInt64) -> Programme {
        var random = SplitMix(state: seed)
        let mentorIDs = (0..<mentorCount).map { "mentor-\($0)" }
        let menteeIDs = (0..<menteeCount).map { "mentee-\($0)" }
        let mentors = mentorIDs.map { id in
            MentorProfile(
                id: id, seniority: exclusions ? random.below(4) + 1 : random.below(3) + 2,
                practiceGroup: groups[random.below(groups.count)], languages: random.below(4) == 0 ? ["nl", "en"] : [["nl", "en"][random.below(2)]],
                expertise: (0..<(2 + random.below(4))).map { _ in themes[random.below(themes.count)][random.below(2) + 1] },
                placesLeft: exclusions && random.below(10) == 0 ? 0 : capacity,
                preferredMentees: Set((0..<random.below(4)).map { _ in menteeIDs[random.below(menteeCount)] }))
        }
        let mentees = menteeIDs.map { id in
            MenteeProfile(
                id: id, seniority: exclusions ? random.below(3) : random.below(2),
                practiceGroup: groups[random.below(groups.count)], languages: [["nl", "en"][random.below(2)]],
                goalThemes: (0..<random.below(4)).map { _ in themes[random.below(themes.count)] },
                wishes: (0..<random.below(4)).map { _ in mentorIDs[random.below(mentorCount)] },
                avoid: exclusions ? Set((0..<random.below(3)).map { _ in mentorIDs[random.below(mentorCount)] }) : [],
                managerID: exclusions && random.below(2) == 0 ? mentorIDs[random.below(mentorCount)] : nil)
        }
        var excluded: Set<PairKey> = []
        if exclusions {
            for _ in 0..<(menteeCount / 10) {
                excluded.insert(PairKey(mentee: menteeIDs[random.below(menteeCount)], mentor: mentorIDs[random.below(mentorCount)]))
            }
        }
        return Programme(mentees: mentees, mentors: mentors, excluded: excluded)
    }
}

/// SplitMix64.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
