import MentorCore

/// Sign-in refusals and the session section of the account page.
extension T {
    /// The one answer for a wrong password and for an unknown, inactive or locked account,
    /// so the answer never tells which addresses exist or are locked.
    static func signInRefused(threshold: Int, minutes: Int) -> Text {
        Text(en: "That email address and password do not match. Check them and try again. After \(threshold) failed attempts in a row an account is locked for \(minutes) minutes.",
             nl: "Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw. Na \(threshold) mislukte pogingen achter elkaar wordt een account \(minutes) minuten geblokkeerd.")
    }
    static func signInAddressLimited(minutes: Int) -> Text {
        Text(en: "Too many sign-in attempts from your network. Wait \(minutes) minutes and try again.",
             nl: "Te veel inlogpogingen vanaf je netwerk. Wacht \(minutes) minuten en probeer het daarna opnieuw.")
    }
    static let signInBusy = Text(en: "Many people are signing in right now. Wait a few seconds and try again.",
                                 nl: "Er loggen nu veel mensen tegelijk in. Wacht een paar seconden en probeer het opnieuw.")

    static let sessionsHeading = Text(en: "Where you are signed in", nl: "Waar je bent ingelogd")
    static func sessionsCount(_ count: Int) -> Text {
        count <= 1
            ? Text(en: "You are signed in in this browser only.", nl: "Je bent alleen in deze browser ingelogd.")
            : Text(en: "You are signed in in \(count) browsers or devices, this one included.",
                   nl: "Je bent ingelogd in \(count) browsers of apparaten, deze inbegrepen.")
    }
    static let signOutEverywhere = Text(en: "Sign out everywhere", nl: "Overal uitloggen")
    static let signOutEverywhereLead = Text(
        en: "Ends every session of your account, this one too: use it after signing in on a computer that is not yours, or when you lost a device. Changing your password also ends all your other sessions.",
        nl: "Beëindigt elke sessie van je account, ook deze: gebruik dit als je op de computer van een ander hebt ingelogd of een apparaat kwijt bent. Als je je wachtwoord wijzigt, eindigen ook al je andere sessies.")
    static let signedOutEverywhere = Text(en: "You are signed out everywhere.", nl: "Je bent overal uitgelogd.")
    static let passwordChangedOthersSignedOut = Text(
        en: "Your password has been changed. You are signed out in every other browser and device.",
        nl: "Je wachtwoord is gewijzigd. In alle andere browsers en op andere apparaten ben je uitgelogd.")
}
