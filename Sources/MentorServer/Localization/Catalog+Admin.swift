import MentorCore

extension T {
    static let navOrganisation = Text(en: "Organisation", nl: "Organisatie")
    static let navValues = Text(en: "Core values", nl: "Kernwaarden")
    static let navPeople = Text(en: "People", nl: "Mensen")
    static let navProgrammes = Text(en: "Programmes", nl: "Programma's")

    // Organisation
    static let organisationSettings = Text(en: "Organisation settings", nl: "Instellingen van de organisatie")
    static let organisationName = Text(en: "Organisation name", nl: "Naam van de organisatie")
    static let defaultLanguage = Text(en: "Default language", nl: "Standaardtaal")
    static let defaultLanguageHint = Text(en: "Used when a person has not chosen a language and their browser asks for neither Dutch nor English.",
                                          nl: "Geldt als iemand zelf geen taal heeft gekozen en de browser niet om Nederlands of Engels vraagt.")

    // Core values
    static let coreValues = Text(en: "Core values", nl: "Kernwaarden")
    static let coreValuesLead = Text(en: "Mentors score mentees on these values, and always describe the behaviour they saw. The behaviours listed here help them recognise it.",
                                     nl: "Mentoren scoren mentees op deze waarden en beschrijven altijd het gedrag dat ze zagen. De gedragingen hieronder helpen hen dat te herkennen.")
    static let newValue = Text(en: "New core value", nl: "Nieuwe kernwaarde")
    static let editValue = Text(en: "Edit core value", nl: "Kernwaarde bewerken")
    static let nameDutch = Text(en: "Name in Dutch", nl: "Naam in het Nederlands")
    static let nameEnglish = Text(en: "Name in English", nl: "Naam in het Engels")
    static let descriptionDutch = Text(en: "Description in Dutch", nl: "Omschrijving in het Nederlands")
    static let descriptionEnglish = Text(en: "Description in English", nl: "Omschrijving in het Engels")
    static let behavioursDutch = Text(en: "Observable behaviours in Dutch", nl: "Waarneembaar gedrag in het Nederlands")
    static let behavioursEnglish = Text(en: "Observable behaviours in English", nl: "Waarneembaar gedrag in het Engels")
    static let behavioursHint = Text(en: "One behaviour per line. Line 3 in Dutch belongs with line 3 in English.",
                                     nl: "Eén gedraging per regel. Regel 3 in het Nederlands hoort bij regel 3 in het Engels.")
    static let behavioursMismatch = Text(en: "Give as many behaviours in English as in Dutch, one per line.",
                                         nl: "Geef evenveel gedragingen in het Engels als in het Nederlands, één per regel.")
    static let behaviours = Text(en: "Behaviours", nl: "Gedrag")
    static let moveUp = Text(en: "Move up", nl: "Omhoog")
    static let moveDown = Text(en: "Move down", nl: "Omlaag")
    static let retire = Text(en: "Retire", nl: "Uit gebruik nemen")
    static let reinstate = Text(en: "Bring back", nl: "Weer in gebruik nemen")
    static let retired = Text(en: "Retired", nl: "Uit gebruik")
    static let inUse = Text(en: "In use", nl: "In gebruik")
    static let retireExplained = Text(en: "A retired value keeps its earlier scores but can no longer be scored.",
                                      nl: "Een waarde die uit gebruik is, houdt haar eerdere scores maar kan niet meer gescoord worden.")
    static let noValuesYet = Text(en: "No core values yet. Add the values your organisation stands for, each with the behaviour that shows it.",
                                  nl: "Nog geen kernwaarden. Voeg de waarden toe waar je organisatie voor staat, elk met het gedrag dat ze zichtbaar maakt.")

    // People
    static let people = Text(en: "People", nl: "Mensen")
    static let newPerson = Text(en: "New person", nl: "Nieuwe persoon")
    static let editPerson = Text(en: "Edit person", nl: "Persoon bewerken")
    static let importPeople = Text(en: "Import from Excel or CSV", nl: "Importeren uit Excel of CSV")
    static let roles = Text(en: "Roles", nl: "Rollen")
    static let seniority = Text(en: "Seniority", nl: "Senioriteit")
    static let practiceGroup = Text(en: "Practice group", nl: "Vakgroep")
    static let expertise = Text(en: "Expertise", nl: "Expertise")
    static let expertiseHint = Text(en: "One area per line, for example tax, audit, IFRS.", nl: "Eén gebied per regel, bijvoorbeeld fiscaal, audit, IFRS.")
    static let capacity = Text(en: "Mentee capacity", nl: "Capaciteit (mentees)")
    static let capacityHint = Text(en: "How many active mentees this person can mentor at once.", nl: "Hoeveel actieve mentees deze persoon tegelijk kan begeleiden.")
    static let capacityInvalid = Text(en: "Enter a whole number from 0 to 20.", nl: "Vul een heel getal van 0 tot en met 20 in.")
    static let notSet = Text(en: "Not set", nl: "Niet ingesteld")
    static let chooseRole = Text(en: "Choose at least one role.", nl: "Kies minstens één rol.")
    static let invalidEmail = Text(en: "Enter a valid email address, like name@firm.nl.", nl: "Vul een geldig e-mailadres in, zoals naam@kantoor.nl.")
    static let emailTaken = Text(en: "Another account already uses this email address.", nl: "Een ander account gebruikt dit e-mailadres al.")
    static let active = Text(en: "Active", nl: "Actief")
    static let deactivated = Text(en: "Deactivated", nl: "Gedeactiveerd")
    static let deactivate = Text(en: "Deactivate", nl: "Deactiveren")
    static let activate = Text(en: "Activate", nl: "Activeren")
    static let cannotDeactivateSelf = Text(en: "You cannot deactivate your own account.", nl: "Je kunt je eigen account niet deactiveren.")
    static let cannotDropOwnAdmin = Text(en: "You cannot remove the administrator role from yourself.", nl: "Je kunt de beheerdersrol niet bij jezelf weghalen.")
    static let noPeopleYet = Text(en: "No people yet. Add them one by one or import an Excel or CSV file.", nl: "Nog geen mensen. Voeg ze een voor een toe of importeer een Excel- of CSV-bestand.")

    // Import
    static let importLead = Text(en: "Upload a file or paste its rows. You first see a preview; nothing is saved until you confirm, and then all rows are saved or none.",
                                 nl: "Upload een bestand of plak de regels. Je ziet eerst een voorbeeld; er wordt niets opgeslagen tot je bevestigt, en dan worden alle regels opgeslagen of geen enkele.")
    static let importColumns = Text(
        en: "Columns: name, email, roles (required); seniority, practice group, expertise, language (optional); Dutch headers work too. Roles: admin, coordinator, mentor, mentee; separate several with |. An existing email address updates that person.",
        nl: "Kolommen: naam, e-mail, rollen (verplicht); senioriteit, vakgroep, expertise, taal (optioneel); Engelse kopjes werken ook. Rollen: beheerder, coördinator, mentor, mentee; scheid er meerdere met |. Een bestaand e-mailadres werkt die persoon bij.")
    static let csvFile = Text(en: "File (.xlsx or .csv)", nl: "Bestand (.xlsx of .csv)")
    static let csvText = Text(en: "Or paste the rows (copied from Excel, or CSV text)", nl: "Of plak de regels (gekopieerd uit Excel, of CSV-tekst)")
    static let preview = Text(en: "Show preview", nl: "Voorbeeld tonen")
    static let importPreview = Text(en: "Preview", nl: "Voorbeeld")
    static let confirmImport = Text(en: "Import these people", nl: "Deze mensen importeren")
    static let willCreate = Text(en: "new", nl: "nieuw")
    static let willUpdate = Text(en: "update", nl: "bijwerken")
    static let line = Text(en: "Line", nl: "Regel")
    static let importRefused = Text(en: "Nothing can be imported until every row below is correct. Fix the file and try again.",
                                    nl: "Er kan niets worden geïmporteerd tot elke regel hieronder klopt. Pas het bestand aan en probeer het opnieuw.")
    static let importNothing = Text(en: "Choose a file or paste the rows first.", nl: "Kies eerst een bestand of plak de regels.")
    static let importTooLarge = Text(en: "The file is too large: import at most 5,000 rows at a time.", nl: "Het bestand is te groot: importeer maximaal 5.000 regels tegelijk.")
    static func importDone(created: Int, updated: Int) -> Text {
        let added = Plural.of(created, en: ("person", "people"), nl: ("persoon", "personen"))
        return Text(en: "Import complete: \(added.en) added, \(updated) updated.",
                    nl: "Import klaar: \(added.nl) toegevoegd, \(updated) bijgewerkt.")
    }
    static let importChanged = Text(en: "A person in the file belongs to another organisation. Nothing was imported.",
                                    nl: "Een persoon in het bestand hoort bij een andere organisatie. Er is niets geïmporteerd.")
    static func importProblem(_ problem: ImportProblem) -> Text {
        switch problem {
        case .empty: Text(en: "The file has no rows of people.", nl: "Het bestand bevat geen regels met mensen.")
        case .unterminatedQuote: Text(en: "A quoted field starts here but is never closed.", nl: "Hier begint een veld tussen aanhalingstekens dat nooit wordt afgesloten.")
        case .missingColumn(let column):
            Text(en: "The header lacks the column \"\(importColumnKey(column)(.en))\".", nl: "De kopregel mist de kolom \"\(importColumnKey(column)(.nl))\".")
        case .wrongFieldCount(let expected, let found):
            Text(en: "This line has \(Plural.of(found, en: ("field", "fields"), nl: ("veld", "velden")).en) where the header has \(expected).",
                 nl: "Deze regel heeft \(Plural.of(found, en: ("field", "fields"), nl: ("veld", "velden")).nl), de kopregel heeft er \(expected).")
        case .missingName: Text(en: "The name is empty.", nl: "De naam is leeg.")
        case .invalidEmail(let value): Text(en: "\"\(value)\" is not a valid email address.", nl: "\"\(value)\" is geen geldig e-mailadres.")
        case .duplicateEmail(let first): Text(en: "This email address already appears on line \(first).", nl: "Dit e-mailadres staat al op regel \(first).")
        case .noRole: Text(en: "No role given.", nl: "Geen rol opgegeven.")
        case .unknownRole(let value): Text(en: "Unknown role \"\(value)\"; use admin, coordinator, mentor or mentee.", nl: "Onbekende rol \"\(value)\"; gebruik beheerder, coördinator, mentor of mentee.")
        case .unknownSeniority(let value): Text(en: "Unknown seniority \"\(value)\"; use junior, medior or senior.", nl: "Onbekende senioriteit \"\(value)\"; gebruik junior, medior of senior.")
        case .unknownLanguage(let value): Text(en: "Unknown language \"\(value)\"; use nl or en.", nl: "Onbekende taal \"\(value)\"; gebruik nl of en.")
        case .unknownTimeZone(let value):
            Text(en: "Unknown time zone \"\(value)\"; use a region such as Europe/Amsterdam, or leave it empty for the firm's.",
                 nl: "Onbekende tijdzone \"\(value)\"; gebruik een regio zoals Europe/Amsterdam, of laat het leeg voor die van het kantoor.")
        }
    }

    // Programmes
    static let programmes = Text(en: "Programmes", nl: "Programma's")
    static let newProgramme = Text(en: "New programme", nl: "Nieuw programma")
    static let editProgramme = Text(en: "Edit programme", nl: "Programma bewerken")
    static let startsOn = Text(en: "Starts on", nl: "Begint op")
    static let endsOn = Text(en: "Ends on", nl: "Eindigt op")
    static let cadence = Text(en: "Meeting cadence (days)", nl: "Gespreksritme (dagen)")
    static let cadenceHint = Text(en: "How often a pair is expected to meet, for example 28 for every four weeks.",
                                  nl: "Hoe vaak een koppel naar verwachting afspreekt, bijvoorbeeld 28 voor elke vier weken.")
    static let cadenceInvalid = Text(en: "Enter a whole number of days from 7 to 180.", nl: "Vul een heel aantal dagen in van 7 tot en met 180.")
    static let endBeforeStart = Text(en: "The end date must come after the start date.", nl: "De einddatum moet na de begindatum liggen.")
    static let pairs = Text(en: "Pairs", nl: "Koppels")
    static let noProgrammesYet = Text(en: "No programmes yet. A programme is one mentoring cycle with a start, an end and a meeting rhythm.",
                                      nl: "Nog geen programma's. Een programma is één mentoringcyclus met een begin, een einde en een gespreksritme.")
    static func everyDays(_ days: Int) -> Text { Text(en: "every \(days) days", nl: "elke \(days) dagen") }
}
