import MentorCore

/// The JSON API's problem details and the personal access tokens page (issue 17).
extension T {
    // Problem titles, by status
    static let apiUnauthorized = Text(en: "Not signed in", nl: "Niet ingelogd")
    static let apiForbidden = Text(en: "Not allowed", nl: "Niet toegestaan")
    static let apiNotFound = Text(en: "Not found", nl: "Niet gevonden")
    static let apiBadRequest = Text(en: "Bad request", nl: "Ongeldig verzoek")
    static let apiConflict = Text(en: "Conflict", nl: "Conflict")
    static let apiPreconditionFailed = Text(en: "Changed in the meantime", nl: "Intussen gewijzigd")
    static let apiPreconditionRequired = Text(en: "If-Match needed", nl: "If-Match nodig")
    static let apiUnprocessable = Text(en: "Not valid", nl: "Niet geldig")
    static let apiTooLarge = Text(en: "Too much data", nl: "Te veel gegevens")
    static let apiUnavailable = Text(en: "Try again", nl: "Probeer het opnieuw")
    static let apiServerError = Text(en: "Something went wrong", nl: "Er ging iets mis")

    // Problem details
    static let apiTokenMissing = Text(
        en: "Send a personal access token as \"Authorization: Bearer <token>\". You make one on your account page.",
        nl: "Stuur een persoonlijk toegangstoken mee als \"Authorization: Bearer <token>\". Je maakt er een op je accountpagina.")
    static let apiTokenInvalid = Text(
        en: "This token is not valid: it is unknown, revoked or expired, or its account is no longer active.",
        nl: "Dit token is niet geldig: het is onbekend, ingetrokken of verlopen, of het account is niet meer actief.")
    static let apiReadOnly = Text(
        en: "This token may only read. Make a token with the scope \"read and write\" to change anything.",
        nl: "Dit token mag alleen lezen. Maak een token met het bereik \"lezen en schrijven\" om iets te wijzigen.")
    static let apiNotFoundDetail = Text(
        en: "There is nothing at this address that you may see.",
        nl: "Op dit adres staat niets wat je mag zien.")
    static let apiForbiddenDetail = Text(
        en: "Your roles do not give you access to this.",
        nl: "Je rollen geven je hier geen toegang toe.")
    static let apiBadInput = Text(
        en: "The request could not be read: a parameter, header or body does not have the form the API describes (see /api/openapi.json).",
        nl: "Het verzoek kon niet worden gelezen: een parameter, header of body heeft niet de vorm die de API beschrijft (zie /api/openapi.json).")
    static let apiBadCursor = Text(
        en: "The cursor is not one this API gave out. Leave it out to start at the first page.",
        nl: "De cursor komt niet van deze API. Laat hem weg om bij de eerste pagina te beginnen.")
    static let apiIfMatchMissing = Text(
        en: "This change needs an If-Match header with the ETag of the record as you last read it.",
        nl: "Voor deze wijziging is een If-Match-header nodig met de ETag van het record zoals je het laatst las.")
    static let apiIfMatchFailed = Text(
        en: "The record has changed since you read it. Read it again and send its new ETag.",
        nl: "Het record is gewijzigd sinds je het las. Lees het opnieuw en stuur de nieuwe ETag mee.")
    static let apiServerErrorDetail = Text(
        en: "The server could not answer this request. Nothing was saved; try again later.",
        nl: "De server kon dit verzoek niet beantwoorden. Er is niets opgeslagen; probeer het later opnieuw.")

    // The tokens page
    static let accessTokens = Text(en: "Access tokens for the API", nl: "Toegangstokens voor de API")
    static let accessTokensIntro = Text(
        en: "A personal access token lets another program read your data through the JSON API, with exactly your rights. Keep it secret like a password.",
        nl: "Met een persoonlijk toegangstoken kan een ander programma je gegevens lezen via de JSON-API, met precies jouw rechten. Houd het geheim, net als een wachtwoord.")
    static let accessTokenName = Text(en: "Name", nl: "Naam")
    static let accessTokenNameHint = Text(en: "What the token is for, such as \"reporting script\".", nl: "Waar het token voor is, bijvoorbeeld \"rapportagescript\".")
    static let accessTokenScope = Text(en: "Scope", nl: "Bereik")
    static let accessTokenScopeRead = Text(en: "Read only", nl: "Alleen lezen")
    static let accessTokenScopeWrite = Text(en: "Read and write", nl: "Lezen en schrijven")
    static let accessTokenExpires = Text(en: "Expires on (optional)", nl: "Verloopt op (niet verplicht)")
    static let accessTokenExpiresHint = Text(en: "A day as YYYY-MM-DD; empty: the token does not expire.", nl: "Een dag als JJJJ-MM-DD; leeg: het token verloopt niet.")
    static let accessTokenCreate = Text(en: "Make token", nl: "Token maken")
    static let accessTokenShownOnce = Text(
        en: "Your new token is below. Copy it now: it is shown only this once.",
        nl: "Je nieuwe token staat hieronder. Kopieer het nu: het wordt alleen deze ene keer getoond.")
    static let accessTokenNone = Text(en: "You have no access tokens.", nl: "Je hebt geen toegangstokens.")
    static let accessTokenCreated = Text(en: "Made", nl: "Gemaakt")
    static let accessTokenLastUsed = Text(en: "Last used", nl: "Laatst gebruikt")
    static let accessTokenNeverUsed = Text(en: "never", nl: "nooit")
    static let accessTokenNoExpiry = Text(en: "does not expire", nl: "verloopt niet")
    static let accessTokenStatus = Text(en: "Status", nl: "Status")
    static let accessTokenActive = Text(en: "active", nl: "actief")
    static let accessTokenRevoked = Text(en: "revoked", nl: "ingetrokken")
    static let accessTokenExpired = Text(en: "expired", nl: "verlopen")
    static let accessTokenRevoke = Text(en: "Revoke", nl: "Intrekken")
    static let accessTokenRevokedFlash = Text(en: "The token is revoked; programs using it are refused from now on.",
                                              nl: "Het token is ingetrokken; programma's die het gebruiken worden vanaf nu geweigerd.")
    static let accessTokenNameInvalid = Text(en: "Give the token a name of at most 100 characters.", nl: "Geef het token een naam van hoogstens 100 tekens.")
    static let accessTokenScopeInvalid = Text(en: "Choose read only, or read and write.", nl: "Kies alleen lezen, of lezen en schrijven.")
    static let accessTokenExpiryInvalid = Text(en: "Give a day after today as YYYY-MM-DD, or leave it empty.", nl: "Geef een dag na vandaag als JJJJ-MM-DD, of laat het leeg.")
    static let accessTokensLink = Text(en: "Access tokens for the API", nl: "Toegangstokens voor de API")
}
