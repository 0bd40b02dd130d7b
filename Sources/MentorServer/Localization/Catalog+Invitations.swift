import MentorCore

/// Invitations, password links, the password rules and the import's confirm step.
extension T {
    // Password rules
    static let passwordPolicyHint = Text(
        en: "At least 12 characters and at most 72 bytes (about 72 letters; accented letters count double), because only the first 72 bytes are checked. Not your e-mail address or your organisation's name.",
        nl: "Minstens 12 tekens en maximaal 72 bytes (ongeveer 72 letters; letters met een accent tellen dubbel), omdat alleen de eerste 72 bytes worden gecontroleerd. Niet je e-mailadres of de naam van je organisatie.")
    static func passwordProblem(_ problem: PasswordPolicy.Problem) -> Text {
        switch problem {
        case .tooShort:
            Text(en: "Choose a password of at least 12 characters.", nl: "Kies een wachtwoord van minstens 12 tekens.")
        case .tooLong:
            Text(en: "This password is longer than 72 bytes. Only the first 72 bytes would be checked, so choose a shorter one (accented letters count as two bytes).",
                 nl: "Dit wachtwoord is langer dan 72 bytes. Alleen de eerste 72 bytes zouden worden gecontroleerd, dus kies een korter wachtwoord (letters met een accent tellen als twee bytes).")
        case .isEmailAddress:
            Text(en: "Your password cannot be your e-mail address or the part before the @.",
                 nl: "Je wachtwoord mag niet je e-mailadres zijn, en ook niet het deel vóór de @.")
        case .isOrganisationName:
            Text(en: "Your password cannot be the name of your organisation.",
                 nl: "Je wachtwoord mag niet de naam van je organisatie zijn.")
        }
    }

    // Forgot your password?
    static let forgotPasswordLink = Text(en: "Forgot your password?", nl: "Wachtwoord vergeten?")
    static let forgotPasswordTitle = Text(en: "Forgot your password?", nl: "Wachtwoord vergeten?")
    static let forgotPasswordLead = Text(
        en: "Enter the e-mail address you sign in with. If it belongs to an account, we send it a link to choose a new password. The link works once, for one hour.",
        nl: "Vul het e-mailadres in waarmee je inlogt. Hoort het bij een account, dan sturen we er een link naartoe om een nieuw wachtwoord te kiezen. De link werkt één keer, een uur lang.")
    static let sendResetLink = Text(en: "Send me a link", nl: "Stuur me een link")
    static func resetRequested(_ email: String) -> Text {
        Text(en: "If \(email) belongs to an account, a link to choose a new password is on its way. It works once, for one hour. Nothing after a few minutes? Check your spam folder, or ask your administrator to send you a link.",
             nl: "Hoort \(email) bij een account, dan is er een link onderweg om een nieuw wachtwoord te kiezen. Die werkt één keer, een uur lang. Na een paar minuten nog niets? Kijk in je map met ongewenste e-mail, of vraag je beheerder om je een link te sturen.")
    }
    static let backToSignIn = Text(en: "Back to sign in", nl: "Terug naar inloggen")

    // The link page
    static let choosePasswordTitle = Text(en: "Choose your password", nl: "Kies je wachtwoord")
    static func invitationWelcome(_ name: String, _ email: String) -> Text {
        Text(en: "Welcome, \(name). Choose the password you will sign in with as \(email).",
             nl: "Welkom, \(name). Kies het wachtwoord waarmee je voortaan inlogt als \(email).")
    }
    static func resetLead(_ email: String) -> Text {
        Text(en: "Choose a new password for \(email). After saving, you are signed out everywhere else.",
             nl: "Kies een nieuw wachtwoord voor \(email). Na het opslaan ben je overal elders uitgelogd.")
    }
    static let savePassword = Text(en: "Save password and sign in", nl: "Wachtwoord opslaan en inloggen")
    static let passwordSetWelcome = Text(en: "Your password is saved and you are signed in. Any other sessions of yours have been ended.",
                                         nl: "Je wachtwoord is opgeslagen en je bent ingelogd. Al je andere sessies zijn beëindigd.")
    static let linkInvalidTitle = Text(en: "This link cannot be used", nl: "Deze link werkt niet meer")
    static let linkInvalidLead = Text(
        en: "A link to choose a password works once and only for a limited time: an invitation for 7 days, a reset for one hour. This one has been used, has expired, was replaced by a newer link, or is incomplete.",
        nl: "Een link om een wachtwoord te kiezen werkt één keer en maar een beperkte tijd: een uitnodiging 7 dagen, een herstellink een uur. Deze is al gebruikt, verlopen, vervangen door een nieuwere link of onvolledig.")
    static let linkInvalidNext = Text(en: "Ask for a new link", nl: "Vraag een nieuwe link aan")

    // Administrators send links
    static let passwordSection = Text(en: "Password", nl: "Wachtwoord")
    static func passwordSectionLead(_ name: String) -> Text {
        Text(en: "Administrators do not set passwords. Send \(name) a link instead: they choose their own password with it. The link works once, for 7 days, and replaces any earlier link.",
             nl: "Beheerders stellen geen wachtwoorden in. Stuur \(name) in plaats daarvan een link waarmee die zelf een wachtwoord kiest. De link werkt één keer, 7 dagen lang, en vervangt eerdere links.")
    }
    static let sendInvitation = Text(en: "Send a link to choose a password", nl: "Stuur een link om een wachtwoord te kiezen")
    static let sendInvitationAgain = Text(en: "Send a new link", nl: "Stuur een nieuwe link")
    static func lastLinkSent(_ date: String, _ state: String) -> Text {
        Text(en: "Last link sent \(date): \(state).", nl: "Laatste link verstuurd op \(date): \(state).")
    }
    static let linkStateUsed = Text(en: "used", nl: "gebruikt")
    static let linkStateOpen = Text(en: "not used yet", nl: "nog niet gebruikt")
    static let linkStateExpired = Text(en: "expired or replaced without being used", nl: "verlopen of vervangen zonder gebruikt te zijn")
    static let noLinkSentYet = Text(en: "No link has been sent yet.", nl: "Er is nog geen link verstuurd.")
    static let adminCannotSetPasswords = Text(
        en: "Administrators can no longer set a password. Send the person a link to choose their own (under Password, below).",
        nl: "Beheerders kunnen geen wachtwoord meer instellen. Stuur de persoon een link om er zelf een te kiezen (onder Wachtwoord, hieronder).")
    static let cannotInviteDeactivated = Text(en: "This account is deactivated. Activate it before sending a link.",
                                              nl: "Dit account is gedeactiveerd. Activeer het voordat je een link stuurt.")
    static func invitationEmailed(_ name: String, _ email: String, _ until: String) -> Text {
        Text(en: "A link to choose a password was sent to \(name) (\(email)). It works once, until \(until).",
             nl: "Er is een link om een wachtwoord te kiezen naar \(name) (\(email)) gestuurd. Die werkt één keer, tot \(until).")
    }
    static func createdAndInvited(_ name: String) -> Text {
        Text(en: "\(name) was created and invited by e-mail.", nl: "\(name) is aangemaakt en per e-mail uitgenodigd.")
    }
    static let linksTitle = Text(en: "Links to choose a password", nl: "Links om een wachtwoord te kiezen")
    static let linksLeadEmailed = Text(en: "Each person below received an e-mail with a link to choose their password.",
                                       nl: "Iedereen hieronder heeft een e-mail gekregen met een link om een wachtwoord te kiezen.")
    static let linksLeadShown = Text(
        en: "E-mail is not set up on this server, so pass each link on yourself, privately (not in a shared channel). Each link works once, for 7 days; it is shown only now. Whoever opens it chooses the password.",
        nl: "E-mail is op deze server niet ingesteld, dus geef elke link zelf door, persoonlijk (niet in een gedeeld kanaal). Elke link werkt één keer, 7 dagen lang, en wordt alleen nu getoond. Wie hem opent, kiest het wachtwoord.")
    static let linkColumn = Text(en: "Link", nl: "Link")
    static let validUntil = Text(en: "Valid until", nl: "Geldig tot")
    static let sentByEmail = Text(en: "sent by e-mail", nl: "per e-mail verstuurd")
    static let backToPeople = Text(en: "Back to people", nl: "Terug naar mensen")
    static let choosePeopleToInvite = Text(en: "Choose at least one person to send a link to.", nl: "Kies minstens één persoon om een link naar te sturen.")

    // After an import
    static let inviteImportedTitle = Text(en: "Send invitations", nl: "Uitnodigingen versturen")
    static let inviteImportedLead = Text(
        en: "Choose who gets a link to choose their password. New people are ticked; people who were only updated keep their password unless you tick them.",
        nl: "Kies wie een link krijgt om een wachtwoord te kiezen. Nieuwe mensen zijn aangevinkt; wie alleen is bijgewerkt, houdt het eigen wachtwoord, tenzij je die aanvinkt.")
    static let sendInvitations = Text(en: "Send links to the people ticked", nl: "Stuur links naar de aangevinkte mensen")
    static let importUploadGone = Text(
        en: "This preview is no longer available: it expired after an hour, was already imported, or belongs to another administrator. Upload the file again.",
        nl: "Dit voorbeeld is niet meer beschikbaar: het is na een uur verlopen, al geïmporteerd of van een andere beheerder. Upload het bestand opnieuw.")
    static let created = Text(en: "created", nl: "aangemaakt")
    static let updated = Text(en: "updated", nl: "bijgewerkt")

    // E-mails
    static let invitationSubject = Text(en: "Choose your password for Mentor Mirror", nl: "Kies je wachtwoord voor Mentor Mirror")
    static func invitationBody(name: String, organisation: String, admin: String, email: String, link: String, until: String) -> Text {
        Text(en: """
            Hello \(name),

            \(admin), an administrator of \(organisation), sent you this link to choose your password for Mentor Mirror:

            \(link)

            The link works once, until \(until). You sign in with \(email).

            Did you not expect this e-mail? Tell your administrator. An administrator can send you a link, but never sees or sets your password.
            """,
             nl: """
            Hallo \(name),

            \(admin), beheerder bij \(organisation), heeft je deze link gestuurd om je wachtwoord voor Mentor Mirror te kiezen:

            \(link)

            De link werkt één keer, tot \(until). Je logt in met \(email).

            Had je deze e-mail niet verwacht? Laat het je beheerder weten. Een beheerder kan je een link sturen, maar ziet je wachtwoord nooit en kan het niet instellen.
            """)
    }
    static let resetSubject = Text(en: "A new password for Mentor Mirror", nl: "Een nieuw wachtwoord voor Mentor Mirror")
    static func resetBody(email: String, link: String, until: String) -> Text {
        Text(en: """
            Hello,

            Someone, probably you, asked for a new Mentor Mirror password for \(email). Choose it with this link:

            \(link)

            The link works once, until \(until).

            Did you not ask for this? Then ignore this e-mail: your password stays as it is.
            """,
             nl: """
            Hallo,

            Iemand, waarschijnlijk jij, heeft een nieuw wachtwoord voor Mentor Mirror aangevraagd voor \(email). Kies het met deze link:

            \(link)

            De link werkt één keer, tot \(until).

            Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.
            """)
    }
}

extension T {
    /// The in-product message that tells a person an administrator made a link for their account.
    static func passwordLinkNotice(_ date: String) -> Text {
        Text(en: "On \(date) an administrator made a link to choose the password of your account. Did you not expect this? Tell your administrator.",
             nl: "Op \(date) heeft een beheerder een link gemaakt om het wachtwoord van je account te kiezen. Had je dat niet verwacht? Laat het je beheerder weten.")
    }
}
