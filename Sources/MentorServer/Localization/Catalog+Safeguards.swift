import MentorCore
import Transcripts

/// Messages of the safeguards on transcript uploads and the calendar feed (issue 11).
extension T {
    // Transcript uploads
    static let transcriptBusy = Text(
        en: "Other transcripts are being analysed right now. Try again in a moment; nothing was saved.",
        nl: "Er worden nu andere transcripten geanalyseerd. Probeer het zo meteen opnieuw; er is niets opgeslagen.")
    static func transcriptTooManySpeakers(_ limit: Int) -> Text {
        Text(en: "This transcript names more than \(limit) speakers. A mentoring conversation has far fewer; check that it is the right file. Nothing was saved.",
             nl: "Dit transcript noemt meer dan \(limit) sprekers. Een mentorgesprek heeft er veel minder; controleer of het het juiste bestand is. Er is niets opgeslagen.")
    }
    static func transcriptTooManyCues(_ limit: Int) -> Text {
        Text(en: "This transcript has more than \(limit) fragments of speech, more than a long meeting has. Upload a single conversation. Nothing was saved.",
             nl: "Dit transcript heeft meer dan \(limit) spreekfragmenten, meer dan een lange vergadering heeft. Upload één gesprek. Er is niets opgeslagen.")
    }
    static func transcriptNameTooLong(_ limit: Int) -> Text {
        Text(en: "A speaker's name in this transcript is longer than \(limit) characters; check that it is the right file. Nothing was saved.",
             nl: "Een sprekersnaam in dit transcript is langer dan \(limit) tekens; controleer of het het juiste bestand is. Er is niets opgeslagen.")
    }
    static func transcriptTextTooLongToKeep(_ limit: Int) -> Text {
        Text(en: "The text of this transcript is longer than the \(limit) characters that can be kept. Upload it again without keeping the text: the figures are measured all the same. Nothing was saved.",
             nl: "De tekst van dit transcript is langer dan de \(limit) tekens die bewaard kunnen worden. Upload het opnieuw zonder de tekst te bewaren: de cijfers worden evengoed gemeten. Er is niets opgeslagen.")
    }
    /// Why the transcript library could not read a file, with the line and what was found there.
    static func transcriptProblem(_ problem: TranscriptError) -> Text {
        let what = transcriptProblemDetail(problem)
        guard problem.line > 0 else { return transcriptCannotRead(what) }
        return transcriptCannotRead(Text(en: "line \(problem.line): \(what.en)", nl: "regel \(problem.line): \(what.nl)"))
    }

    private static func transcriptCannotRead(_ detail: Text) -> Text {
        Text(en: "This file cannot be read as a transcript: \(detail.en). Nothing was saved.",
             nl: "Dit bestand is niet te lezen als transcript: \(detail.nl). Er is niets opgeslagen.")
    }

    private static func transcriptProblemDetail(_ problem: TranscriptError) -> Text {
        switch problem {
        case .empty: Text(en: "the file is empty", nl: "het bestand is leeg")
        case .notText: Text(en: "it is not text (expected WebVTT, SRT, plain text or a Word document)",
                            nl: "het is geen tekst (verwacht: WebVTT, SRT, platte tekst of een Word-document)")
        case .tooLarge(let limit): Text(en: "the file is larger than \(limit / 1_048_576) MB", nl: "het bestand is groter dan \(limit / 1_048_576) MB")
        case .unreadableFile: Text(en: "the file cannot be read", nl: "het bestand kan niet worden gelezen")
        case .badTiming(_, let found):
            Text(en: "expected times like 00:00:01.000 --> 00:00:04.000, found “\(found)”",
                 nl: "verwacht tijden als 00:00:01.000 --> 00:00:04.000, gevonden “\(found)”")
        case .missingTiming(_, let found):
            found.isEmpty
                ? Text(en: "expected a timing line like 00:00:01.000 --> 00:00:04.000, found the end of the file",
                       nl: "verwacht een tijdregel als 00:00:01.000 --> 00:00:04.000, gevonden: het einde van het bestand")
                : Text(en: "expected a timing line like 00:00:01.000 --> 00:00:04.000, found “\(found)”",
                       nl: "verwacht een tijdregel als 00:00:01.000 --> 00:00:04.000, gevonden “\(found)”")
        case .badTime(_, let found): Text(en: "expected a time like [00:01:15], found “\(found)”", nl: "verwacht een tijd als [00:01:15], gevonden “\(found)”")
        case .missingSpeaker(_, let found): Text(en: "expected “Name: text”, found “\(found)”", nl: "verwacht “Naam: tekst”, gevonden “\(found)”")
        case .noSpeech: Text(en: "no speech found (expected fragments with a speaker and text)", nl: "geen gesproken tekst gevonden (verwacht: fragmenten met een spreker en tekst)")
        case .tooManySpeakers(let limit): Text(en: "more than \(limit) speakers", nl: "meer dan \(limit) sprekers")
        case .tooManyCues(let limit): Text(en: "more than \(limit) fragments of speech", nl: "meer dan \(limit) spreekfragmenten")
        case .wordDocument(let word):
            switch word {
            case .cannotOpen: Text(en: "it looks like a Word document but cannot be opened", nl: "het lijkt een Word-document maar kan niet worden geopend")
            case .noText: Text(en: "the Word document has no text part", nl: "het Word-document heeft geen tekstdeel")
            case .unreadablePart: Text(en: "the Word document's text cannot be read", nl: "de tekst van het Word-document kan niet worden gelezen")
            case .invalidXML: Text(en: "the Word document's text is damaged", nl: "de tekst van het Word-document is beschadigd")
            case .tooLarge: Text(en: "the Word document is too large", nl: "het Word-document is te groot")
            }
        // A case the library adds later is shown in its own (English) words until it has a text here.
        @unknown default: Text(en: problem.message, nl: problem.message)
        }
    }

    static let transcriptTooLarge = Text(
        en: "This file is larger than the 16 MB a transcript may be. Nothing was saved.",
        nl: "Dit bestand is groter dan de 16 MB die een transcript mag zijn. Er is niets opgeslagen.")

    // Calendar feed, with its secret shown once
    static let calendarFeedOnHidden = Text(
        en: "The feed is on. Its address was shown once, when it was made; if you no longer have it, make a new address (the old one then stops working).",
        nl: "De feed staat aan. Het adres werd één keer getoond, toen het werd gemaakt; heb je het niet meer, maak dan een nieuw adres (het oude werkt dan niet meer).")
    static let calendarFeedTurnOn = Text(en: "Turn on", nl: "Aanzetten")
    static let calendarFeedRenew = Text(en: "New feed address", nl: "Nieuw feedadres")
    static let calendarFeedNewTitle = Text(en: "Your new calendar feed address", nl: "Je nieuwe adres voor de agendafeed")
    static let calendarFeedNewLead = Text(
        en: "Copy this address into your calendar app now. It is shown only this once: Mentor Mirror keeps a fingerprint of it, not the address itself. Any earlier address no longer works.",
        nl: "Kopieer dit adres nu naar je agenda-app. Het wordt alleen deze ene keer getoond: Mentor Mirror bewaart er een vingerafdruk van, niet het adres zelf. Een eerder adres werkt niet meer.")
    static let calendarFeedBack = Text(en: "Back to your account", nl: "Terug naar je account")
}
