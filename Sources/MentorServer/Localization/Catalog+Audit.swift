import Foundation
import MentorCore

/// The audit log in the reader's language. Events are stored with language-neutral keys
/// (`create`, `value_score`) and a short summary; both are put into words here, when the log
/// is read, so the entries written before this existed read well too. A summary that is not
/// one of the product's own phrases is data (a name, a count) and is shown as it was stored.
enum AuditWording {
    /// "Kernwaarde gewijzigd" / "Core value changed".
    static func event(action: String, entity: String) -> Text {
        if let whole = wholeEvents[action] { return whole }
        if action.hasPrefix("matching_") { return Text(en: "Matching round changed", nl: "Matchingronde aangepast") }
        let noun = entities[entity] ?? Text(en: "Record", nl: "Gegeven")
        let verb = actions[action] ?? Text(en: "changed", nl: "gewijzigd")
        return Text(en: "\(noun.en) \(verb.en)", nl: "\(noun.nl) \(verb.nl)")
    }

    /// The stored summary in the reader's language.
    static func detail(_ summary: String) -> Text {
        if let fixed = phrases[summary] { return fixed }
        for pattern in patterns {
            if let text = pattern(summary) { return text }
        }
        return Text(en: summary, nl: summary)
    }

    /// Whether `detail` knows the summary as one of the product's phrases.
    static func knows(_ summary: String) -> Bool {
        phrases[summary] != nil || patterns.contains { $0(summary) != nil }
    }

    /// Events whose words do not follow "record + what happened to it".
    static let wholeEvents: [String: Text] = [
        "matching_publish": Text(en: "Matching round published", nl: "Matchingronde gepubliceerd"),
        "matching_undo": Text(en: "Matching round undone", nl: "Matchingronde teruggedraaid"),
        "signout": Text(en: "Signed out everywhere", nl: "Overal uitgelogd"),
        "fit_check": Text(en: "Fit check answered", nl: "Klikcheck beantwoord"),
        "lock": Text(en: "Account locked", nl: "Account geblokkeerd"),
        "invite": Text(en: "Invitation sent", nl: "Uitnodiging verstuurd"),
        "reset-request": Text(en: "Password reset requested", nl: "Nieuw wachtwoord aangevraagd"),
        "password-link-used": Text(en: "Password set through a link", nl: "Wachtwoord ingesteld via een link"),
        "erase": Text(en: "Personal data erased", nl: "Persoonsgegevens gewist"),
        "retention": Text(en: "Content removed after the retention period", nl: "Inhoud verwijderd na de bewaartermijn"),
        "seed": Text(en: "Demo organisation created", nl: "Demo-organisatie aangemaakt"),
        "import": Text(en: "People imported", nl: "Mensen geïmporteerd"),
        "retry": Text(en: "E-mail queued again", nl: "E-mail opnieuw in de wachtrij gezet"),
        "oidc-signin": Text(en: "Signed in through the identity provider", nl: "Ingelogd via de identiteitsprovider"),
        "oidc-refused": Text(en: "Sign-in through the identity provider refused", nl: "Inloggen via de identiteitsprovider geweigerd"),
    ]

    static let actions: [String: Text] = [
        "create": Text(en: "added", nl: "toegevoegd"),
        "update": Text(en: "changed", nl: "gewijzigd"),
        "edit": Text(en: "changed", nl: "gewijzigd"),
        "delete": Text(en: "deleted", nl: "verwijderd"),
        "withdraw": Text(en: "withdrawn", nl: "ingetrokken"),
        "status": Text(en: "status changed", nl: "status gewijzigd"),
        "request": Text(en: "requested", nl: "aangevraagd"),
        "reorder": Text(en: "moved", nl: "verplaatst"),
        "decline": Text(en: "declined", nl: "afgewezen"),
        "accept": Text(en: "accepted", nl: "geaccepteerd"),
        "confirm": Text(en: "confirmed", nl: "bevestigd"),
        "retire": Text(en: "retired", nl: "uit gebruik genomen"),
        "reinstate": Text(en: "brought back", nl: "teruggezet"),
        "activate": Text(en: "activated", nl: "geactiveerd"),
        "deactivate": Text(en: "deactivated", nl: "gedeactiveerd"),
        "cancel": Text(en: "cancelled", nl: "afgezegd"),
        "reschedule": Text(en: "moved to another time", nl: "verzet"),
        "timeout": Text(en: "closed without an answer", nl: "gesloten zonder antwoord"),
    ]

    static let entities: [String: Text] = [
        "identity_provider": Text(en: "Identity provider", nl: "Identiteitsprovider"),
        "person": Text(en: "Person", nl: "Persoon"),
        "scim_token": Text(en: "SCIM token", nl: "SCIM-token"),
        "access_token": Text(en: "API token", nl: "API-token"),
        "conversation": Text(en: "Conversation", nl: "Gesprek"),
        "learning_goal": Text(en: "Learning goal", nl: "Leerdoel"),
        "mentorship": Text(en: "Pair", nl: "Koppel"),
        "transcript_analysis": Text(en: "Transcript analysis", nl: "Transcriptanalyse"),
        "transcript_text": Text(en: "Transcript text", nl: "Transcripttekst"),
        "programme": Text(en: "Programme", nl: "Programma"),
        "organisation": Text(en: "Organisation", nl: "Organisatie"),
        "matching_preferences": Text(en: "Matching wishes", nl: "Matchingwensen"),
        "core_value": Text(en: "Core value", nl: "Kernwaarde"),
        "attitude_guidance": Text(en: "Guidance on attitude", nl: "Handvatten bij houding"),
        "agreement": Text(en: "Agreement", nl: "Afspraken"),
        "agenda_item": Text(en: "Agenda item", nl: "Agendapunt"),
        "action_item": Text(en: "Action item", nl: "Actiepunt"),
        "outbox_message": Text(en: "E-mail", nl: "E-mail"),
        "value_score": Text(en: "Core value score", nl: "Score op een kernwaarde"),
        "reflection": Text(en: "Reflection", nl: "Reflectie"),
        "goal_evidence": Text(en: "Evidence for a learning goal", nl: "Waarneming bij een leerdoel"),
        "attitude_observation": Text(en: "Observation", nl: "Observatie"),
        "goal_theme": Text(en: "Learning goal theme", nl: "Thema voor leerdoelen"),
        "attitude_pattern": Text(en: "Attitude pattern", nl: "Houdingspatroon"),
    ]

    static let phrases: [String: Text] = [
        "identity provider settings changed": Text(en: "identity provider settings changed", nl: "instellingen van de identiteitsprovider gewijzigd"),
        "created at first sign-in through the identity provider": Text(en: "created at first sign-in through the identity provider",
                                                                       nl: "aangemaakt bij de eerste keer inloggen via de identiteitsprovider"),
        "signed in through the identity provider": Text(en: "signed in through the identity provider", nl: "ingelogd via de identiteitsprovider"),
        "calendar feed address made": Text(en: "Calendar feed address made", nl: "Agenda-adres aangemaakt"),
        "calendar feed turned off": Text(en: "Calendar feed turned off", nl: "Agenda-adres uitgezet"),
        "e-mail queued again": Text(en: "E-mail queued again", nl: "E-mail opnieuw in de wachtrij gezet"),
        "evidence recorded": Text(en: "Evidence recorded", nl: "Waarneming vastgelegd"),
        "goal written": Text(en: "Goal written", nl: "Leerdoel geschreven"),
        "API token revoked": Text(en: "API token revoked", nl: "API-token ingetrokken"),
        "guidance texts saved": Text(en: "Guidance texts saved", nl: "Handvatten opgeslagen"),
        "kept transcript text deleted": Text(en: "Kept transcript text deleted", nl: "Bewaarde transcripttekst verwijderd"),
        "matching round adjusted": Text(en: "Matching round adjusted", nl: "Matchingronde aangepast"),
        "matching wishes saved": Text(en: "Matching wishes saved", nl: "Matchingwensen opgeslagen"),
        "mentee asked a mentor": Text(en: "The mentee asked a mentor", nl: "De mentee vroeg een mentor"),
        "mentee withdrew the request": Text(en: "The mentee withdrew the request", nl: "De mentee trok het verzoek in"),
        "request closed without an answer in time": Text(en: "The request had no answer in time and closed by itself",
                                                         nl: "Het verzoek kreeg niet op tijd antwoord en is vanzelf gesloten"),
        "mentor accepted the request": Text(en: "The mentor accepted the request", nl: "De mentor accepteerde het verzoek"),
        "mentor accepted the proposal": Text(en: "The mentor accepted the proposal", nl: "De mentor accepteerde het voorstel"),
        "mentee accepted the proposal": Text(en: "The mentee accepted the proposal", nl: "De mentee accepteerde het voorstel"),
        "mentor declined the proposal": Text(en: "The mentor declined the proposal", nl: "De mentor wees het voorstel af"),
        "mentee declined the proposal": Text(en: "The mentee declined the proposal", nl: "De mentee wees het voorstel af"),
        "coordinator withdrew the proposal": Text(en: "The coordinator withdrew the proposal", nl: "De coördinator trok het voorstel in"),
        "availability changed": Text(en: "Availability or capacity changed", nl: "Beschikbaarheid of capaciteit gewijzigd"),
        "mentor comment": Text(en: "Mentor's comment", nl: "Opmerking van de mentor"),
        "mentor declined the request": Text(en: "The mentor declined the request", nl: "De mentor wees het verzoek af"),
        "observation recorded": Text(en: "Observation recorded", nl: "Observatie vastgelegd"),
        "pair formed by coordinator": Text(en: "Pair formed by the coordinator", nl: "Koppel gevormd door de coördinator"),
        "password changed": Text(en: "Password changed", nl: "Wachtwoord gewijzigd"),
        "reflection written": Text(en: "Reflection written", nl: "Reflectie geschreven"),
        "score recorded": Text(en: "Score recorded", nl: "Score vastgelegd"),
        "settings changed": Text(en: "Settings changed", nl: "Instellingen gewijzigd"),
        "signed out everywhere": Text(en: "Signed out on every device", nl: "Op elk apparaat uitgelogd"),
        "speakers mapped": Text(en: "Speakers assigned", nl: "Sprekers toegewezen"),
        "transcript figures deleted": Text(en: "Transcript figures deleted", nl: "Cijfers uit het transcript verwijderd"),
        "transcript analysed": Text(en: "Transcript analysed", nl: "Transcript geanalyseerd"),
        "transcript analysed, text kept": Text(en: "Transcript analysed, text kept", nl: "Transcript geanalyseerd, tekst bewaard"),
        "reopened": Text(en: "Reopened", nl: "Weer geopend"),
        "done": Text(en: "Done", nl: "Afgerond"),
        "covered": Text(en: "Discussed", nl: "Besproken"),
        "not covered": Text(en: "Not discussed", nl: "Niet besproken"),
        "measured talk shown without an estimate": Text(en: "Measured talk shown without an estimate", nl: "Gemeten spreektijd getoond zonder schatting"),
        "talk estimate before measured": Text(en: "Talk estimate given before the measured figures", nl: "Schatting van de spreektijd gegeven vóór de meting"),
        "shared notes": Text(en: "Shared notes", nl: "Gedeelde notities"),
        "shared and private notes, talk estimate": Text(en: "Shared and private notes, talk estimate", nl: "Gedeelde en privénotities, schatting van de spreektijd"),
        "personal data erased": Text(en: "Personal data erased", nl: "Persoonsgegevens gewist"),
        "demo organisation created": Text(en: "Demo organisation created", nl: "Demo-organisatie aangemaakt"),
        "administrator created from the command line": Text(en: "Administrator created from the command line", nl: "Beheerder aangemaakt via de opdrachtregel"),
        "account locked after failed sign-ins": Text(en: "Account locked after failed sign-ins", nl: "Account geblokkeerd na mislukte inlogpogingen"),
        "invitation link sent by e-mail": Text(en: "Invitation link sent by e-mail", nl: "Uitnodigingslink per e-mail verstuurd"),
        "invitation link shown to the administrator to pass on": Text(en: "Invitation link shown to the administrator to pass on",
                                                                      nl: "Uitnodigingslink aan de beheerder getoond om door te geven"),
        "password reset link sent by e-mail": Text(en: "Password reset link sent by e-mail", nl: "Link voor een nieuw wachtwoord per e-mail verstuurd"),
        "password set through an invitation link": Text(en: "Password set through an invitation link", nl: "Wachtwoord ingesteld via een uitnodigingslink"),
        "password set through a reset link": Text(en: "Password set through a reset link", nl: "Wachtwoord ingesteld via een herstellink"),
        "account activated": Text(en: "Account activated", nl: "Account geactiveerd"),
        "account deactivated": Text(en: "Account deactivated", nl: "Account gedeactiveerd"),
        "moved up": Text(en: "Moved up", nl: "Omhoog gezet"),
        "moved down": Text(en: "Moved down", nl: "Omlaag gezet"),
        "confirmed by mentor": Text(en: "Confirmed by the mentor", nl: "Bevestigd door de mentor"),
        "confirmed by mentee": Text(en: "Confirmed by the mentee", nl: "Bevestigd door de mentee"),
        "fit check answered by mentor": Text(en: "Answered by the mentor", nl: "Beantwoord door de mentor"),
        "fit check answered by mentee": Text(en: "Answered by the mentee", nl: "Beantwoord door de mentee"),
        "owner mentor": Text(en: "Owner: the mentor", nl: "Eigenaar: de mentor"),
        "owner mentee": Text(en: "Owner: the mentee", nl: "Eigenaar: de mentee"),
    ]

    /// The summaries with a value in them, each read back into words or nil.
    static let patterns: [@Sendable (String) -> Text?] = [
        { summary in IdentityRefusalWording.text(summary) },
        { summary in
            // "API token made (read)" / "(write)"
            guard let rest = value(after: "API token made (", in: summary), rest.hasSuffix(")"),
                  let scope = AccessTokenScope(rawValue: String(rest.dropLast())) else { return nil }
            return scope == .read ? Text(en: "API token made, read only", nl: "API-token aangemaakt, alleen lezen")
                                  : Text(en: "API token made, read and write", nl: "API-token aangemaakt, lezen en schrijven")
        },
        { summary in
            // A change made through the JSON API: "goal written through the API", "done through the API",
            // "by mentee through the API, recorded by mentor" — the change in words, then how it was made.
            guard summary.contains(" through the API") else { return nil }
            let change = summary.replacingOccurrences(of: " through the API", with: "")
            guard change != summary, knows(change) else { return nil }
            let words = detail(change)
            return Text(en: "\(words.en) (through the API)", nl: "\(words.nl) (via de API)")
        },
        { summary in
            // A correction: "value score deleted".
            for change in CorrectionChange.allCases {
                for kind in CorrectionKind.allCases where change.summary(kind).en == summary { return change.summary(kind) }
            }
            return nil
        },
        { summary in
            guard let number = value(after: "revision ", in: summary), Int(number) != nil else { return nil }
            return Text(en: "Version \(number)", nl: "Versie \(number)")
        },
        { summary in
            let parts = summary.components(separatedBy: " -> ")
            guard parts.count == 2, let from = MentorshipStatus(rawValue: parts[0]), let to = MentorshipStatus(rawValue: parts[1]) else { return nil }
            return Text(en: "\(T.statusName(from).en) → \(T.statusName(to).en)", nl: "\(T.statusName(from).nl) → \(T.statusName(to).nl)")
        },
        { summary in
            guard summary.hasSuffix(" proposed pairs"), let count = Int(summary.dropLast(" proposed pairs".count)) else { return nil }
            return Text(en: count == 1 ? "1 proposed pair" : "\(count) proposed pairs", nl: count == 1 ? "1 voorgesteld koppel" : "\(count) voorgestelde koppels")
        },
        { summary in
            guard let status = value(after: "details: ", in: summary).flatMap(ConversationStatus.init(rawValue:)) else { return nil }
            return Text(en: "Details: \(T.conversationStatus(status).en.lowercased())", nl: "Gegevens: \(T.conversationStatus(status).nl.lowercased())")
        },
        { summary in
            let parts = summary.components(separatedBy: ", initiative ")
            guard parts.count == 2, let status = ConversationStatus(rawValue: parts[0]), let side = PairSide(rawValue: parts[1]) else { return nil }
            return Text(en: "\(T.conversationStatus(status).en), initiative: the \(side.rawValue)",
                        nl: "\(T.conversationStatus(status).nl), initiatief: de \(side.rawValue)")
        },
        { summary in
            guard let status = value(after: "goal edited, status ", in: summary).flatMap(GoalStatus.init(rawValue:)) else { return nil }
            return Text(en: "Goal edited, status: \(T.goalStatus(status).en.lowercased())", nl: "Leerdoel bewerkt, status: \(T.goalStatus(status).nl.lowercased())")
        },
        { summary in
            for (prefix, en, nl) in [("account created with roles ", "Account created with roles", "Account aangemaakt met rollen"),
                                     ("account edited; roles ", "Account edited; roles", "Account bewerkt; rollen")] {
                guard let list = value(after: prefix, in: summary) else { continue }
                let roles = list.split(separator: ",").compactMap { Role(rawValue: String($0)) }
                guard !roles.isEmpty else { continue }
                return Text(en: "\(en): \(roles.map { T.roleName($0).en.lowercased() }.joined(separator: ", "))",
                            nl: "\(nl): \(roles.map { T.roleName($0).nl.lowercased() }.joined(separator: ", "))")
            }
            return nil
        },
        { summary in
            // "CSV import: 3 created, 2 updated"
            guard let rest = value(after: "CSV import: ", in: summary) else { return nil }
            let numbers = rest.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard numbers.count == 2 else { return nil }
            return Text(en: "Import: \(numbers[0]) added, \(numbers[1]) updated", nl: "Import: \(numbers[0]) toegevoegd, \(numbers[1]) bijgewerkt")
        },
        { summary in
            // "by mentee" or "by mentor, recorded by mentor"
            guard let rest = value(after: "by ", in: summary) else { return nil }
            let sides = rest.components(separatedBy: ", recorded by ").map { PairSide(rawValue: $0) }
            guard let author = sides.first ?? nil else { return nil }
            if sides.count == 2, let recorder = sides[1] {
                return Text(en: "From the \(author.rawValue), written down by the \(recorder.rawValue)",
                            nl: "Van de \(author.rawValue), genoteerd door de \(recorder.rawValue)")
            }
            return sides.count == 1 ? Text(en: "From the \(author.rawValue)", nl: "Van de \(author.rawValue)") : nil
        },
        { summary in
            // "conversation content deleted after 730 days"
            guard let rest = value(after: "conversation content deleted after ", in: summary), rest.hasSuffix(" days"),
                  let days = Int(rest.dropLast(" days".count)) else { return nil }
            return Text(en: "Conversation content deleted after \(days) days", nl: "Inhoud van gesprekken verwijderd na \(days) dagen")
        },
    ]

    private static func value(after prefix: String, in summary: String) -> String? {
        summary.hasPrefix(prefix) ? String(summary.dropFirst(prefix.count)) : nil
    }
}
