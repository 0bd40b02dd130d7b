import MentorCore

/// Decisions for everyone in a pair, published rounds and a mentor's availability (issue 15).
extension T {
    // A pair proposed by matching
    static let proposedByMatching = Text(en: "proposed by matching", nl: "voorgesteld door matching")
    static let proposalLead = Text(en: "Matching proposed this pair. It starts when you both accept; either of you can decline until then.",
                                   nl: "Matching heeft dit koppel voorgesteld. Het start zodra jullie allebei accepteren; tot dan kan ieder van jullie het afwijzen.")
    static let waitsForYourAnswer = Text(en: "waiting for your answer", nl: "wacht op je antwoord")
    static let mentorHasAccepted = Text(en: "the mentor has accepted", nl: "de mentor heeft geaccepteerd")
    static let menteeHasAccepted = Text(en: "the mentee has accepted", nl: "de mentee heeft geaccepteerd")
    static let proposalStarted = Text(en: "You both accepted: the pair has started. Plan your first conversation and agree on expectations.",
                                      nl: "Jullie hebben allebei geaccepteerd: het koppel is gestart. Plan jullie eerste gesprek en maak afspraken over verwachtingen.")
    static let proposalDeclined = Text(en: "You declined the proposal.", nl: "Je hebt het voorstel afgewezen.")
    static let proposalsWaiting = Text(en: "Proposals waiting for your answer", nl: "Voorstellen die op je antwoord wachten")
    static func acceptedWaitingFor(_ side: PairSide) -> Text {
        side == .mentor
            ? Text(en: "You accepted. The pair starts as soon as the mentor accepts too.", nl: "Je hebt geaccepteerd. Het koppel start zodra de mentor ook accepteert.")
            : Text(en: "You accepted. The pair starts as soon as the mentee accepts too.", nl: "Je hebt geaccepteerd. Het koppel start zodra de mentee ook accepteert.")
    }
    static func declinedBy(_ side: PairSide) -> Text {
        side == .mentor ? Text(en: "Declined by the mentor", nl: "Afgewezen door de mentor")
            : Text(en: "Declined by the mentee", nl: "Afgewezen door de mentee")
    }

    // The coordinator takes a proposal back
    static let withdrawProposal = Text(en: "Withdraw proposal", nl: "Voorstel intrekken")
    static let withdrawProposalConfirm = Text(en: "Withdraw this proposal? The pair ends before it started, and the mentee is back in matching.",
                                              nl: "Dit voorstel intrekken? Het koppel eindigt voordat het begon, en de mentee doet weer mee in matching.")
    static let withdrawProposalYes = Text(en: "Yes, withdraw the proposal", nl: "Ja, trek het voorstel in")
    static let proposalWithdrawn = Text(en: "The proposal is withdrawn.", nl: "Het voorstel is ingetrokken.")

    /// A stored end reason in the reader's words; a reason someone typed is shown as typed.
    static func endReason(_ stored: String) -> Text? {
        switch stored {
        case PairMoves.withdrawnReason: T.withdrawnReason
        case PairMoves.proposalWithdrawnReason: Text(en: "proposal withdrawn by the coordinator", nl: "voorstel ingetrokken door de coördinator")
        case PairMoves.roundUndoneReason: Text(en: "the matching round was undone", nl: "de matchingronde is teruggedraaid")
        case RequestTimeouts.reason: T.requestTimedOutReason
        case AddPairDecisionsAndAvailability.secondPairReason:
            Text(en: "closed: the same mentor and mentee had a second open pair", nl: "gesloten: dezelfde mentor en mentee hadden een tweede open koppel")
        default: nil
        }
    }

    // Published rounds
    static func publishedForBoth(_ count: Int) -> Text {
        let pairs = Plural.of(count, en: ("proposed pair", "proposed pairs"), nl: ("voorgesteld koppel", "voorgestelde koppels"))
        return Text(en: "\(pairs.en) published. Each mentee and mentor can now accept or decline; the coordinator can undo the round until someone accepts.",
                    nl: "\(pairs.nl) gepubliceerd. Elke mentee en mentor kan nu accepteren of afwijzen; tot iemand accepteert, kun je de ronde terugdraaien.")
    }
    static let publishedRounds = Text(en: "Published rounds", nl: "Gepubliceerde rondes")
    static func roundSummary(date: String, pairs: Int, accepted: Int, started: Int, closed: Int) -> Text {
        let proposed = Plural.of(pairs, en: ("proposed pair", "proposed pairs"), nl: ("voorgesteld koppel", "voorgestelde koppels"))
        return Text(en: "Published on \(date): \(proposed.en); accepted by someone in \(accepted), started \(started), declined or withdrawn \(closed).",
                    nl: "Gepubliceerd op \(date): \(proposed.nl); door iemand geaccepteerd: \(accepted), gestart: \(started), afgewezen of ingetrokken: \(closed).")
    }
    static func roundUndoneOn(_ date: String) -> Text { Text(en: "Undone on \(date).", nl: "Teruggedraaid op \(date).") }
    static let undoRound = Text(en: "Undo this round", nl: "Deze ronde terugdraaien")
    static let undoRoundConfirm = Text(en: "Undo the round? Every proposal in it is withdrawn and its mentees are back in matching.",
                                       nl: "De ronde terugdraaien? Elk voorstel erin wordt ingetrokken en de mentees doen weer mee in matching.")
    static let undoRoundYes = Text(en: "Yes, undo the round", nl: "Ja, draai de ronde terug")
    static func roundUndone(_ count: Int) -> Text {
        let proposals = Plural.of(count, en: ("proposal", "proposals"), nl: ("voorstel", "voorstellen"))
        return Text(en: "The round is undone: \(proposals.en) withdrawn.", nl: "De ronde is teruggedraaid: \(proposals.nl) ingetrokken.")
    }
    static func roundUndoProblem(_ problem: RoundUndoProblem) -> Text {
        switch problem {
        case .someoneAccepted(let pairs):
            let inPairs = Plural.of(pairs, en: ("pair", "pairs"), nl: ("koppel", "koppels"))
            return Text(en: "This round can no longer be undone: someone has accepted in \(inPairs.en). Withdraw the other proposals one by one on their pair pages.",
                        nl: "Deze ronde kan niet meer worden teruggedraaid: in \(inPairs.nl) heeft iemand geaccepteerd. Trek de andere voorstellen één voor één in op hun koppelpagina.")
        case .alreadyUndone:
            return Text(en: "This round has been undone already.", nl: "Deze ronde is al teruggedraaid.")
        }
    }
    static let roundNotFound = Text(en: "This round is not one of this programme's.", nl: "Deze ronde hoort niet bij dit programma.")

    // Availability
    static let availability = Text(en: "Availability and capacity", nl: "Beschikbaarheid en capaciteit")
    static let availabilityLead = Text(en: "While you are not available, mentees do not find you under Find a mentor, matching does not propose you, and reminders about your pairs wait until that day.",
                                       nl: "Zolang je niet beschikbaar bent, vinden mentees je niet onder Mentor zoeken, stelt matching je niet voor en wachten herinneringen over je koppels tot die dag.")
    static let notAvailableUntil = Text(en: "Not available until", nl: "Niet beschikbaar tot")
    static let notAvailableUntilHint = Text(en: "From this day on you are available again. Leave it empty when you are available now.",
                                            nl: "Vanaf deze dag ben je weer beschikbaar. Laat het leeg als je nu beschikbaar bent.")
    static func awayUntil(_ date: String) -> Text { Text(en: "Not available until \(date)", nl: "Niet beschikbaar tot \(date)") }
    static let ownCapacity = Text(en: "How many mentees you can take", nl: "Hoeveel mentees je kunt begeleiden")
    static func ownCapacityHint(_ maximum: Int) -> Text {
        Text(en: "From 1 to \(maximum), the highest your organisation allows. Pairs you already have stay.",
             nl: "Van 1 tot \(maximum), het hoogste dat je organisatie toestaat. Koppels die je al hebt, blijven.")
    }
    static let invalidWholeNumber = Text(en: "Enter a whole number.", nl: "Vul een heel getal in.")
    static func availabilityProblem(_ problem: AvailabilityProblem) -> Text {
        switch problem {
        case .untilNotAhead: Text(en: "Choose a day after today, or leave it empty when you are available.",
                                  nl: "Kies een dag na vandaag, of laat het leeg als je beschikbaar bent.")
        case .untilTooFar(let days): Text(en: "Choose a day within \(days) days from today.", nl: "Kies een dag binnen \(days) dagen vanaf vandaag.")
        case .capacityOutOfRange(let maximum): Text(en: "Choose a number from 1 to \(maximum).", nl: "Kies een getal van 1 tot en met \(maximum).")
        case .maximumOutOfRange(let limit): Text(en: "Choose a number from 1 to \(limit).", nl: "Kies een getal van 1 tot en met \(limit).")
        case .aboveOrganisationMaximum(let maximum):
            Text(en: "Your organisation allows at most \(maximum) mentees per mentor (Organisation settings). Enter a whole number from 0 to \(maximum).",
                 nl: "Je organisatie staat hoogstens \(maximum) mentees per mentor toe (bij Organisatie). Vul een heel getal van 0 tot en met \(maximum) in.")
        }
    }
    static func mentorUnavailable(_ date: String) -> Text {
        Text(en: "This mentor is not available until \(date). Choose another mentor, or ask again from that day.",
             nl: "Deze mentor is niet beschikbaar tot \(date). Kies een andere mentor, of vraag het vanaf die dag opnieuw.")
    }
    static let maxCapacity = Text(en: "Highest capacity a mentor can set", nl: "Hoogste capaciteit die een mentor kan instellen")
    static let maxCapacityHint = Text(en: "Mentors set their own number of mentees up to this, and under People a person gets at most this too.",
                                      nl: "Mentoren stellen hun eigen aantal mentees in tot dit getal, en ook onder Mensen krijgt iemand hoogstens dit aantal.")
}
