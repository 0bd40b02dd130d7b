import MentorCore

/// Signing in through the organisation's identity provider (OpenID Connect, issue 17).
extension T {
    static let providerSignInHeading = Text(en: "Sign in with your organisation's account", nl: "Inloggen met het account van je organisatie")
    static let providerSignInLead = Text(
        en: "Does your organisation sign you in with Microsoft, Google or another account of its own? Enter your work e-mail address and you are sent to that sign-in page.",
        nl: "Logt je organisatie je in met Microsoft, Google of een ander eigen account? Vul je werkadres in; je gaat dan naar die inlogpagina.")
    static let workEmail = Text(en: "Work e-mail address", nl: "E-mailadres van je werk")
    static let providerSignInButton = Text(en: "Continue to your organisation's sign-in", nl: "Verder naar de inlogpagina van je organisatie")
    static let providerContinueLead = Text(en: "Your organisation signs you in with its own account. Continue there; afterwards you come back here.",
                                           nl: "Je organisatie laat je inloggen met haar eigen account. Ga daar verder; daarna kom je hier terug.")
    static let providerOnlyRefusal = Text(
        en: "Your organisation signs you in through its own account system, not with a password here. Use the link below.",
        nl: "Je organisatie laat je inloggen via haar eigen accountsysteem, niet met een wachtwoord hier. Gebruik de link hieronder.")
    static let providerOnlyLink = Text(en: "Sign in with your organisation's account", nl: "Inloggen met het account van je organisatie")

    /// The sign-in page's message for each refusal, without technical words.
    static func identityRefusal(_ refusal: IdentityRefusal) -> Text {
        switch refusal {
        case .notConfigured:
            Text(en: "No organisation here signs people in with an account of its own for that e-mail address. Sign in with your password, or ask your administrator.",
                 nl: "Geen organisatie hier laat mensen met dat e-mailadres inloggen met een eigen account. Log in met je wachtwoord of vraag het je beheerder.")
        case .expiredRequest:
            Text(en: "That sign-in took too long or was started in another browser. Start again.",
                 nl: "Het inloggen duurde te lang of is in een andere browser begonnen. Begin opnieuw.")
        case .wrongState:
            Text(en: "The answer of your organisation's sign-in did not belong to this sign-in, so it was not used. Start again.",
                 nl: "Het antwoord van de inlogpagina van je organisatie hoorde niet bij deze inlogpoging en is niet gebruikt. Begin opnieuw.")
        case .providerRefused:
            Text(en: "Your organisation's sign-in did not let you through. Try again, or ask your administrator.",
                 nl: "De inlogpagina van je organisatie heeft je niet doorgelaten. Probeer het opnieuw of vraag het je beheerder.")
        case .providerUnreachable:
            Text(en: "Your organisation's sign-in cannot be reached right now. Try again in a few minutes.",
                 nl: "De inlogpagina van je organisatie is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.")
        case .badSignature, .unknownKey:
            Text(en: "The sign-in answer was not signed by your organisation's sign-in service, so it was refused. Start again; if it happens again, tell your administrator.",
                 nl: "Het antwoord was niet ondertekend door de inlogdienst van je organisatie en is geweigerd. Begin opnieuw; gebeurt het weer, meld het dan aan je beheerder.")
        case .wrongIssuer:
            Text(en: "The sign-in answer came from another sign-in service than your organisation set up, so it was refused.",
                 nl: "Het antwoord kwam van een andere inlogdienst dan je organisatie heeft ingesteld en is geweigerd.")
        case .wrongAudience:
            Text(en: "The sign-in answer was meant for another application, so it was refused.",
                 nl: "Het antwoord was bedoeld voor een andere toepassing en is geweigerd.")
        case .wrongNonce:
            Text(en: "The sign-in answer belonged to another sign-in, so it was refused. Start again.",
                 nl: "Het antwoord hoorde bij een andere inlogpoging en is geweigerd. Begin opnieuw.")
        case .expired:
            Text(en: "The sign-in answer had expired. Start again.", nl: "Het antwoord was verlopen. Begin opnieuw.")
        case .notYetValid:
            Text(en: "The sign-in answer is not valid yet; the clock of a server may be wrong. Tell your administrator.",
                 nl: "Het antwoord is nog niet geldig; de klok van een server loopt misschien verkeerd. Meld het aan je beheerder.")
        case .noEmail:
            Text(en: "Your organisation's sign-in did not give your e-mail address. Ask your administrator.",
                 nl: "De inlogpagina van je organisatie gaf je e-mailadres niet door. Vraag het je beheerder.")
        case .emailNotVerified:
            Text(en: "Your organisation's sign-in has not confirmed your e-mail address. Ask your administrator.",
                 nl: "De inlogpagina van je organisatie heeft je e-mailadres niet bevestigd. Vraag het je beheerder.")
        case .domainNotAllowed:
            Text(en: "Your organisation does not sign in people with that e-mail address here. Ask your administrator.",
                 nl: "Je organisatie laat mensen met dat e-mailadres hier niet inloggen. Vraag het je beheerder.")
        case .unknownPerson:
            Text(en: "You have no account here yet. Ask your administrator or programme coordinator to add you.",
                 nl: "Je hebt hier nog geen account. Vraag je beheerder of programmacoördinator om je toe te voegen.")
        case .otherOrganisation:
            Text(en: "Your e-mail address belongs to an account of another organisation here, so this sign-in cannot use it. Ask your administrator.",
                 nl: "Je e-mailadres hoort hier bij een account van een andere organisatie; deze inlogpagina kan het niet gebruiken. Vraag het je beheerder.")
        case .deactivated:
            Text(en: "Your account has been switched off. Ask your administrator if that is a mistake.",
                 nl: "Je account is uitgezet. Vraag je beheerder als dat niet klopt.")
        }
    }

    // The administrator's page
    static let identityProvider = Text(en: "Sign-in with your identity provider", nl: "Inloggen via jullie identiteitsprovider")
    static let identityProviderLead = Text(
        en: "Let your people sign in with the accounts your organisation already has (Microsoft Entra ID, Google Workspace, Keycloak or another OpenID Connect provider). The administration guide lists the values each provider needs.",
        nl: "Laat je mensen inloggen met de accounts die je organisatie al heeft (Microsoft Entra ID, Google Workspace, Keycloak of een andere OpenID Connect-provider). De beheerdershandleiding noemt per provider welke waarden nodig zijn.")
    static let identityProviderLink = Text(en: "Sign-in with your identity provider", nl: "Inloggen via jullie identiteitsprovider")
    static let providerEnabled = Text(en: "Sign-in through the provider", nl: "Inloggen via de provider")
    static let providerOn = Text(en: "On", nl: "Aan")
    static let providerOff = Text(en: "Off", nl: "Uit")
    static let issuerURL = Text(en: "Issuer URL", nl: "Issuer-URL")
    static let issuerHint = Text(en: "Exactly as the provider names itself, such as https://login.microsoftonline.com/<tenant id>/v2.0.",
                                 nl: "Precies zoals de provider zichzelf noemt, bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0.")
    static let clientID = Text(en: "Client ID", nl: "Client-ID")
    static let clientSecret = Text(en: "Client secret", nl: "Clientgeheim")
    static func clientSecretHint(stored: String?) -> Text {
        guard let stored else {
            return Text(en: "Shown only while you type it; stored encrypted.", nl: "Alleen zichtbaar terwijl je het typt; versleuteld opgeslagen.")
        }
        let ending = stored.isEmpty ? "" : " (…\(stored))"
        return Text(en: "A secret is stored\(ending). Leave empty to keep it; it is never shown again in full.",
                    nl: "Er is een geheim opgeslagen\(ending). Laat leeg om het te houden; het wordt nooit meer helemaal getoond.")
    }
    static let clientAuthentication = Text(en: "How the secret is sent", nl: "Hoe het geheim wordt meegestuurd")
    static let clientSecretPost = Text(en: "In the form", nl: "In het formulier")
    static let clientSecretBasic = Text(en: "As HTTP Basic authentication", nl: "Als HTTP Basic-authenticatie")
    static let allowedDomains = Text(en: "Allowed e-mail domains", nl: "Toegestane e-maildomeinen")
    static let allowedDomainsHint = Text(en: "Separated by commas, such as firm.nl, firm.com. Only addresses in these domains sign in this way.",
                                         nl: "Gescheiden door komma's, bijvoorbeeld kantoor.nl, kantoor.com. Alleen adressen in deze domeinen loggen zo in.")
    static let onlyProvider = Text(en: "Only through the identity provider", nl: "Alleen via de identiteitsprovider")
    static let onlyProviderHint = Text(en: "When yes, your people can no longer sign in with a password here.",
                                       nl: "Bij ja kunnen je mensen hier niet meer met een wachtwoord inloggen.")
    static let createsPeople = Text(en: "Someone without an account signs in for the first time", nl: "Iemand zonder account logt voor het eerst in")
    static let createsMentee = Text(en: "Create their account, as mentee", nl: "Maak het account aan, als mentee")
    static let createsNobody = Text(en: "Refuse: only people added here may sign in", nl: "Weigeren: alleen mensen die hier zijn toegevoegd")
    static let emailClaim = Text(en: "Claim with the e-mail address", nl: "Claim met het e-mailadres")
    static let emailClaimEmail = Text(en: "E-mail address (Google, Keycloak, most providers)", nl: "E-mailadres (Google, Keycloak, de meeste providers)")
    static let emailClaimPreferred = Text(en: "Sign-in name (Microsoft Entra ID)", nl: "Inlognaam (Microsoft Entra ID)")
    static let trustsEmail = Text(en: "The provider only gives out checked addresses", nl: "De provider geeft alleen gecontroleerde adressen door")
    static let trustsEmailHint = Text(
        en: "Yes for Microsoft Entra ID, which does not say whether an address was checked; otherwise an address counts only when the provider says it was checked.",
        nl: "Ja voor Microsoft Entra ID, dat niet meldt of een adres gecontroleerd is; anders telt een adres alleen als de provider zegt dat het gecontroleerd is.")
    static let redirectURI = Text(en: "Redirect URI to register at the provider", nl: "Redirect-URI om bij de provider te registreren")
    static let startURL = Text(en: "Direct sign-in address for your people", nl: "Direct inlogadres voor je mensen")
    static let issuerInvalid = Text(en: "Give an https:// address without a query.", nl: "Geef een https://-adres zonder query.")
    static let domainInvalid = Text(en: "Give domains such as firm.nl, separated by commas.", nl: "Geef domeinen zoals kantoor.nl, gescheiden door komma's.")
    static let domainTaken = Text(en: "Another organisation here already signs in this domain.", nl: "Een andere organisatie hier laat dit domein al inloggen.")
}

/// The audit log's words for a refused sign-in through the provider (stored as `refused: wrong_audience`).
enum IdentityRefusalWording {
    static func summary(_ refusal: IdentityRefusal) -> String { "refused: \(refusal.rawValue)" }

    static func text(_ summary: String) -> Text? {
        guard summary.hasPrefix("refused: "), let refusal = IdentityRefusal(rawValue: String(summary.dropFirst("refused: ".count))) else {
            return nil
        }
        let reason = reasons[refusal]!
        return Text(en: "Refused: \(reason.en)", nl: "Geweigerd: \(reason.nl)")
    }

    static let reasons: [IdentityRefusal: Text] = [
        .notConfigured: Text(en: "no provider switched on", nl: "geen provider aangezet"),
        .expiredRequest: Text(en: "sign-in expired, used or from another browser", nl: "inlogpoging verlopen, al gebruikt of uit een andere browser"),
        .wrongState: Text(en: "state did not match", nl: "state klopte niet"),
        .providerRefused: Text(en: "the provider said no", nl: "de provider weigerde"),
        .providerUnreachable: Text(en: "the provider could not be reached", nl: "de provider was niet bereikbaar"),
        .badSignature: Text(en: "signature not valid", nl: "handtekening ongeldig"),
        .unknownKey: Text(en: "signed with an unknown key", nl: "ondertekend met een onbekende sleutel"),
        .wrongIssuer: Text(en: "wrong issuer", nl: "verkeerde issuer"),
        .wrongAudience: Text(en: "meant for another application", nl: "bedoeld voor een andere toepassing"),
        .wrongNonce: Text(en: "nonce did not match", nl: "nonce klopte niet"),
        .expired: Text(en: "token expired", nl: "token verlopen"),
        .notYetValid: Text(en: "token not valid yet", nl: "token nog niet geldig"),
        .noEmail: Text(en: "no e-mail address in the token", nl: "geen e-mailadres in het token"),
        .emailNotVerified: Text(en: "e-mail address not verified", nl: "e-mailadres niet bevestigd"),
        .domainNotAllowed: Text(en: "e-mail domain not allowed", nl: "e-maildomein niet toegestaan"),
        .unknownPerson: Text(en: "no account with this address", nl: "geen account met dit adres"),
        .otherOrganisation: Text(en: "address of another organisation", nl: "adres van een andere organisatie"),
        .deactivated: Text(en: "account switched off", nl: "account uitgezet"),
    ]
}
