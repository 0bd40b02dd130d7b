import MentorCore

/// The frame's words for small screens and error pages.
extension T {
    static let menu = Text(en: "Menu", nl: "Menu")
    static let backToPrevious = Text(en: "Back to the page you came from", nl: "Terug naar de pagina waar je vandaan kwam")
}
