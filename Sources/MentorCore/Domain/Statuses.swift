/// Where a mentoring pair stands. Pairs move forward only: proposed -> active <-> paused -> ended.
public enum MentorshipStatus: String, CaseIterable, Codable, Sendable {
    case proposed
    case active
    case paused
    case ended

    /// Whether a pair may move from this status to `next`.
    public func canMove(to next: MentorshipStatus) -> Bool {
        switch (self, next) {
        case (.proposed, .active), (.proposed, .ended),
             (.active, .paused), (.active, .ended),
             (.paused, .active), (.paused, .ended):
            return true
        default:
            return false
        }
    }
}

/// Who took the initiative for a conversation, or who wrote an agenda item or owns an action.
public enum PairSide: String, CaseIterable, Codable, Sendable {
    case mentor
    case mentee
}

public enum ConversationStatus: String, CaseIterable, Codable, Sendable {
    case planned
    case held
    case cancelled
}

public enum GoalStatus: String, CaseIterable, Codable, Sendable {
    case open
    case inProgress = "in_progress"
    case achieved
    case dropped
}

/// Patterns of attitude a mentor can see in a mentee. Organisations may add their own;
/// these are the built-in ones.
public enum AttitudePattern: String, CaseIterable, Codable, Sendable {
    case takesInitiative = "takes_initiative"
    case waitsForOthers = "waits_for_others"
    case actsAsIfKnowing = "acts_as_if_knowing"
    case needlesslyInsecure = "needlessly_insecure"
    case littleOwnColour = "little_own_colour"
    case curiousAboutSelf = "curious_about_self"
}

/// How a pattern affects the mentee's development.
public enum AttitudeEffect: String, CaseIterable, Codable, Sendable {
    case helps
    case hinders
}

/// Themes a learning goal can carry. Organisations can add more.
public enum GoalTheme: String, CaseIterable, Codable, Sendable {
    case workOrganisation = "work_organisation"
    case clientSkills = "client_skills"
    case expertise
    case leadership
}
