import MentorCore

extension T {
    static let signIn = Text(en: "Sign in", nl: "Inloggen")
    static let signOut = Text(en: "Sign out", nl: "Uitloggen")
    static let signInLead = Text(en: "Sign in with the email address and password your organisation gave you.",
                                 nl: "Log in met het e-mailadres en wachtwoord dat je van je organisatie hebt gekregen.")
    static let password = Text(en: "Password", nl: "Wachtwoord")
    static let signedOut = Text(en: "You are signed out.", nl: "Je bent uitgelogd.")
    static let changePassword = Text(en: "Change password", nl: "Wachtwoord wijzigen")
    static let currentPassword = Text(en: "Current password", nl: "Huidig wachtwoord")
    static let newPassword = Text(en: "New password", nl: "Nieuw wachtwoord")
    static let repeatPassword = Text(en: "Repeat the new password", nl: "Herhaal het nieuwe wachtwoord")
    static let passwordsDiffer = Text(en: "The two new passwords are not the same.", nl: "De twee nieuwe wachtwoorden zijn niet gelijk.")
    static let currentPasswordWrong = Text(en: "Your current password is not correct.", nl: "Je huidige wachtwoord klopt niet.")
    static let passwordChanged = Text(en: "Your password has been changed.", nl: "Je wachtwoord is gewijzigd.")
    static let yourRoles = Text(en: "Your roles", nl: "Je rollen")
    static let preferredLanguage = Text(en: "Preferred language", nl: "Voorkeurstaal")
    static let languageFollowsBrowser = Text(en: "Follow my browser", nl: "Volg mijn browser")
    static let languageSaved = Text(en: "Your language has been saved.", nl: "Je taalvoorkeur is opgeslagen.")
}
