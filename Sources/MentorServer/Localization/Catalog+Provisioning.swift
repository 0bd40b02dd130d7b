import MentorCore

/// SCIM provisioning: the administrator's token page and the coordinators' notice.
extension T {
    static let provisioningTitle = Text(en: "Provisioning with SCIM", nl: "Accounts bijhouden met SCIM")
    static let provisioningLink = Text(en: "Provisioning with SCIM (Entra ID, Okta)", nl: "Accounts bijhouden met SCIM (Entra ID, Okta)")
    static let provisioningLead = Text(
        en: "Your identity provider can add, change and deactivate your firm's people here by itself. Give it the address below and a token. A person it deactivates is signed out at once and can no longer sign in; the coordinators are told about their open pairs.",
        nl: "Je identiteitsprovider kan hier zelf de mensen van je kantoor toevoegen, wijzigen en deactiveren. Geef hem het adres hieronder en een token. Wie hij deactiveert, wordt meteen uitgelogd en kan niet meer inloggen; de coördinatoren krijgen bericht over hun lopende koppels.")
    static let provisioningAddress = Text(en: "Tenant URL (SCIM address)", nl: "Tenant-URL (SCIM-adres)")
    static let provisioningGroups = Text(
        en: "Groups are the roles: admin, coordinator, mentor and mentee. A member of the group gets the role.",
        nl: "Groepen zijn de rollen: admin, coordinator, mentor en mentee. Wie lid is van de groep, krijgt de rol.")
    static let provisioningTokens = Text(en: "Tokens", nl: "Tokens")
    static let provisioningNoTokens = Text(en: "No tokens yet.", nl: "Nog geen tokens.")
    static let provisioningTokenLabel = Text(en: "Name of the token", nl: "Naam van het token")
    static let provisioningTokenLabelHint = Text(en: "For example the identity provider it is for: Entra ID.",
                                                 nl: "Bijvoorbeeld de identiteitsprovider waarvoor het is: Entra ID.")
    static let provisioningMakeToken = Text(en: "Make a token", nl: "Token maken")
    static let provisioningNewToken = Text(
        en: "Your new token. Copy it now into your identity provider: it is shown only this once.",
        nl: "Je nieuwe token. Kopieer het nu naar je identiteitsprovider: je ziet het alleen deze ene keer.")
    static let provisioningCreated = Text(en: "Made", nl: "Gemaakt")
    static let provisioningLastUsed = Text(en: "Last used", nl: "Laatst gebruikt")
    static let provisioningNeverUsed = Text(en: "Never", nl: "Nooit")
    static let provisioningStatus = Text(en: "Status", nl: "Status")
    static let provisioningActive = Text(en: "Works", nl: "Werkt")
    static let provisioningRevoked = Text(en: "Revoked", nl: "Ingetrokken")
    static let provisioningRevoke = Text(en: "Revoke", nl: "Intrekken")
    static let provisioningRevokedFlash = Text(en: "The token was revoked; it no longer works.", nl: "Het token is ingetrokken; het werkt niet meer.")
    static let provisioningLabelTooLong = Text(en: "Use at most 100 characters.", nl: "Gebruik hoogstens 100 tekens.")

    // The coordinators' notice
    static let pairMemberDeactivatedSubject = Text(en: "Someone in a mentoring pair was deactivated", nl: "Iemand in een mentorkoppel is gedeactiveerd")
    static func noticePairMemberDeactivated(person: String, other: String, on day: String) -> Text {
        Text(en: "\(person) was deactivated by your identity provider on \(day). Their pair with \(other) is still open: end it or find a new match.",
             nl: "\(person) is op \(day) gedeactiveerd door jullie identiteitsprovider. Het koppel met \(other) loopt nog: beëindig het of zoek een nieuwe match.")
    }
}
