import MentorCore

/// The product's words. Each entry holds its English and Dutch text side by side.
/// The Dutch uses "je", short sentences and the terms of the glossary.
enum T {
    static let productName = Text(en: "Mentor Mirror", nl: "Mentor Mirror")
    static let tagline = Text(en: "Mentoring that shows the mentor what happens in the conversations.",
                              nl: "Mentoring waarin de mentor ziet wat er in de gesprekken gebeurt.")
    static let skipToContent = Text(en: "Skip to content", nl: "Naar de inhoud")
    static let mainNavigation = Text(en: "Main navigation", nl: "Hoofdmenu")
    static let language = Text(en: "Language", nl: "Taal")
    static let languageDutch = Text(en: "Nederlands", nl: "Nederlands")
    static let languageEnglish = Text(en: "English", nl: "English")
    static let switchLanguage = Text(en: "Switch language", nl: "Taal wijzigen")
    static let home = Text(en: "Home", nl: "Start")
    static let account = Text(en: "My account", nl: "Mijn account")
    static let save = Text(en: "Save", nl: "Opslaan")
    static let cancel = Text(en: "Cancel", nl: "Annuleren")
    static let edit = Text(en: "Edit", nl: "Bewerken")
    static let create = Text(en: "Create", nl: "Aanmaken")
    static let saved = Text(en: "Saved.", nl: "Opgeslagen.")
    static let yes = Text(en: "Yes", nl: "Ja")
    static let no = Text(en: "No", nl: "Nee")
    static let none = Text(en: "None", nl: "Geen")
    static let actions = Text(en: "Actions", nl: "Acties")
    static let status = Text(en: "Status", nl: "Status")
    static let name = Text(en: "Name", nl: "Naam")
    static let email = Text(en: "Email address", nl: "E-mailadres")
    static let fixTheseFields = Text(en: "Please check the fields marked below.", nl: "Controleer de velden hieronder.")
    static let required = Text(en: "This field is required.", nl: "Dit veld is verplicht.")
    static let invalidDay = Text(en: "Enter a date as YYYY-MM-DD.", nl: "Vul een datum in als JJJJ-MM-DD.")

    static func roleName(_ role: Role) -> Text {
        switch role {
        case .admin: Text(en: "Administrator", nl: "Beheerder")
        case .coordinator: Text(en: "Coordinator", nl: "Coördinator")
        case .mentor: Text(en: "Mentor", nl: "Mentor")
        case .mentee: Text(en: "Mentee", nl: "Mentee")
        }
    }

    static func seniorityName(_ seniority: Seniority) -> Text {
        switch seniority {
        case .junior: Text(en: "Junior", nl: "Junior")
        case .medior: Text(en: "Medior", nl: "Medior")
        case .senior: Text(en: "Senior", nl: "Senior")
        }
    }

    static func languageName(_ language: Language) -> Text {
        switch language {
        case .nl: languageDutch
        case .en: languageEnglish
        }
    }

    static func statusName(_ status: MentorshipStatus) -> Text {
        switch status {
        case .proposed: Text(en: "Proposed", nl: "Voorgesteld")
        case .active: Text(en: "Active", nl: "Actief")
        case .paused: Text(en: "Paused", nl: "Gepauzeerd")
        case .ended: Text(en: "Ended", nl: "Beëindigd")
        }
    }

    // Errors shown as whole pages.
    static let notFoundTitle = Text(en: "Page not found", nl: "Pagina niet gevonden")
    static let notFoundBody = Text(en: "This page does not exist, or it is not yours to see.",
                                   nl: "Deze pagina bestaat niet, of is niet voor jou bedoeld.")
    static let forbiddenTitle = Text(en: "Not for your role", nl: "Niet voor jouw rol")
    static let forbiddenBody = Text(en: "Your account has no access to this page. Ask your administrator if you think it should.",
                                    nl: "Je account heeft geen toegang tot deze pagina. Denk je dat dat niet klopt, vraag het dan aan je beheerder.")
    static let csrfTitle = Text(en: "The form has expired", nl: "Het formulier is verlopen")
    static let csrfBody = Text(en: "For your safety the form could not be sent. Go back, reload the page and try again.",
                               nl: "Voor je veiligheid is het formulier niet verstuurd. Ga terug, laad de pagina opnieuw en probeer het nog eens.")
    static let errorTitle = Text(en: "Something went wrong", nl: "Er ging iets mis")
    static let errorBody = Text(en: "Nothing was changed. Try again in a moment; if it keeps happening, tell your administrator.",
                                nl: "Er is niets gewijzigd. Probeer het zo nog eens; blijft het gebeuren, meld het dan bij je beheerder.")
    static let badRequestTitle = Text(en: "This request could not be read", nl: "Dit verzoek is niet te lezen")
    static let badRequestBody = Text(en: "Nothing was changed. Go back and check what you entered.",
                                     nl: "Er is niets gewijzigd. Ga terug en controleer wat je hebt ingevuld.")
    static let tooLargeBody = Text(en: "The file is larger than this server allows.", nl: "Het bestand is groter dan deze server toestaat.")
    static let backHome = Text(en: "Back to the start page", nl: "Terug naar de startpagina")
}
