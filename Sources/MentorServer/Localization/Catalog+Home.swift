import MentorCore

extension T {
    static func welcome(_ name: String) -> Text { Text(en: "Welcome, \(name)", nl: "Welkom, \(name)") }
    static let yourMentees = Text(en: "Your mentees", nl: "Je mentees")
    static let yourMentor = Text(en: "Your mentor", nl: "Je mentor")
    static let lastConversation = Text(en: "Last conversation", nl: "Laatste gesprek")
    static let nextConversation = Text(en: "Next conversation", nl: "Volgend gesprek")
    static let openActions = Text(en: "Open action items", nl: "Open actiepunten")
    static let expectations = Text(en: "Expectations", nl: "Verwachtingen")
    static let discussedOn = Text(en: "discussed", nl: "besproken")
    static let notDiscussedYet = Text(en: "not discussed yet", nl: "nog niet besproken")
    static let noneYet = Text(en: "none yet", nl: "nog geen")
    static let nonePlanned = Text(en: "none planned", nl: "niets gepland")
    static let yourGoals = Text(en: "Your learning goals", nl: "Je leerdoelen")
    static let noMenteesYet = Text(en: "You have no mentees yet. When a coordinator pairs you with a mentee, or a mentee asks you, they appear here.",
                                   nl: "Je hebt nog geen mentees. Zodra een coördinator je koppelt of een mentee je vraagt, verschijnen ze hier.")
    static let noMentorYet = Text(en: "You have no mentor yet. Your programme coordinator will pair you, or you can ask a mentor yourself once your programme allows it.",
                                  nl: "Je hebt nog geen mentor. Je coördinator koppelt je, of je vraagt zelf een mentor zodra je programma dat toestaat.")
    static let noGoalsYet = Text(en: "No learning goals yet. Write down what you want to learn; your mentor can help sharpen it.",
                                 nl: "Nog geen leerdoelen. Schrijf op wat je wilt leren; je mentor helpt je om het scherp te formuleren.")
    static let programmeOverview = Text(en: "Programmes", nl: "Programma's")
    static let administration = Text(en: "Administration", nl: "Beheer")
    static let peopleCount = Text(en: "people", nl: "mensen")
    static let valuesCount = Text(en: "core values in use", nl: "kernwaarden in gebruik")
    static let programmesCount = Text(en: "programmes", nl: "programma's")
    static let goalStatusOpen = Text(en: "Open", nl: "Open")
    static let goalStatusInProgress = Text(en: "In progress", nl: "Bezig")
    static let goalStatusAchieved = Text(en: "Achieved", nl: "Behaald")
    static let goalStatusDropped = Text(en: "Dropped", nl: "Losgelaten")
    static func goalStatus(_ status: GoalStatus) -> Text {
        switch status {
        case .open: goalStatusOpen
        case .inProgress: goalStatusInProgress
        case .achieved: goalStatusAchieved
        case .dropped: goalStatusDropped
        }
    }
    static let mentee = Text(en: "Mentee", nl: "Mentee")
    static let mentor = Text(en: "Mentor", nl: "Mentor")
    static let target = Text(en: "Target", nl: "Streefdatum")
}
