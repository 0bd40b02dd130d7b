import Foundation
import MentorCore

/// The legends and tables of the charts (issue 14, item 8).
extension T {
    static let legendMenteeInitiated = Text(en: "Conversation on the mentee's initiative", nl: "Gesprek op initiatief van de mentee")
    static let legendMentorInitiated = Text(en: "Conversation on your initiative", nl: "Gesprek op jouw initiatief")
    static let legendMeasured = Text(en: "Measured from a transcript", nl: "Gemeten uit een transcript")
    static let legendEstimated = Text(en: "Your own estimate", nl: "Je eigen inschatting")
    static func legendTargetRange(_ low: String, _ high: String) -> Text {
        Text(en: "Target range (\(low)–\(high))", nl: "Streefbereik (\(low)–\(high))")
    }
    static let legendConversations = Text(en: "Conversations per share of talk", nl: "Gesprekken per aandeel spreektijd")
    static let legendTargetRangeShaded = Text(en: "Target range", nl: "Streefbereik")
    static let talkSourceColumn = Text(en: "Measured or estimated", nl: "Gemeten of geschat")
    static let valuesTableTitle = Text(en: "Scores per conversation", nl: "Scores per gesprek")
    static let balanceTableTitle = Text(en: "How the position is made up", nl: "Hoe de positie is opgebouwd")
    static let balancePart = Text(en: "Part", nl: "Onderdeel")
    static let balanceWeight = Text(en: "Weight", nl: "Gewicht")
    static let balanceValue = Text(en: "Value (−1 to +1)", nl: "Waarde (−1 tot +1)")
    static let balancePosition = Text(en: "Position", nl: "Positie")
    static func balancePartName(_ part: SendingFigure.Part) -> Text {
        switch part {
        case .talk: Text(en: "Share of talk against the target range", nl: "Spreektijd tegenover het streefbereik")
        case .moves: Text(en: "Telling against asking (transcripts)", nl: "Vertellen tegenover vragen (transcripten)")
        case .wait: Text(en: "Silence after a question (transcripts)", nl: "Stilte na een vraag (transcripten)")
        }
    }
}
