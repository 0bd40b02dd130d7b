/// Sentences written after the move rules were fixed and never used to change them, in the
/// looser style of automatic transcripts (fillers, missing capitals and question marks, run-on
/// sentences). `MoveEvaluationTests` reports their precision and recall separately, as the
/// honest estimate of how the rules do on speech they were not built from.
enum HeldOutSentences {
    static let dutch = """
    open | eh hoe ging dat eigenlijk met die klant van je
    open | wat vond je er zelf van
    open | En waarom denk je dat dat zo loopt?
    open | hoe zie je dat voor je de komende tijd
    open | Wat zou jouw ideale rol zijn binnen de sectie?
    open | wat gebeurt er met je als die partner weer gaat mailen om elf uur 's avonds
    open | Welke dingen gaan er wel goed?
    open | Vertel, hoe was je eerste week op de nieuwe afdeling?
    open | hoe heb je dat toen aangepakt
    open | Waar zit voor jou de grootste uitdaging?
    open | wat verwacht je van mij als mentor
    open | Hoe reageerde je team daarop?
    open | Wat had je op dat moment nodig gehad?
    open | hoe denk je dat de cliënt het ervaart
    open | Wat maakt dat je er tegenop ziet?
    closed | heb je dat al met hem besproken
    closed | Is dat gelukt uiteindelijk?
    closed | ben je daar blij mee
    closed | Wanneer moet het concept bij de partner liggen?
    closed | Heb je de stukken al ontvangen van de notaris?
    closed | zit je nog steeds op dat project voor de gemeente
    closed | Kun je daar iets mee?
    closed | Was dat op kantoor of thuis?
    closed | wil je dat we daar volgende keer op terugkomen
    closed | Hoeveel tijd heb je daarvoor gekregen?
    closed | Gaat dat lukken?
    closed | Weet je partner dat je er zo over denkt?
    closed | heb je een deadline
    closed | Zou je dat willen?
    closed | Is de review al gedaan?
    reflection | dus je voelt je eigenlijk een beetje overgeslagen | ze hebben die nieuwe klant aan Thomas gegeven en ik hoorde het pas achteraf
    reflection | Het klinkt alsof je het gevoel hebt dat je er alleen voor staat. | niemand helpt me echt met die controle, ik moet alles zelf uitzoeken
    reflection | je bent dus best tevreden over hoe het ging | het ging eigenlijk best goed, de klant was tevreden en de partner ook
    reflection | Je maakt je zorgen dat het te laat is. | ik ben bang dat we de termijn al gemist hebben
    reflection | dus de planning klopt gewoon niet met de werkelijkheid | de planning zegt twintig uur maar ik zit nu al op veertig
    reflection | Je wilt eigenlijk wel, maar je durft het nog niet te vragen. | ik zou best een eigen dossier willen maar ik weet niet of ik dat kan vragen
    reflection | Dus de partner geeft je wel ruimte, maar je weet niet goed wat je ermee moet? | hij zegt dat ik het zelf mag invullen, maar wat moet ik dan doen
    reflection | je vindt het lastig om de klant tegen te spreken | die klant wil steeds iets anders en ik durf dan niet te zeggen dat het niet kan
    reflection | Het voelt als te veel tegelijk. | ik heb drie dossiers, mijn examen en we gaan verhuizen
    reflection | Je bent er dus nog niet uit. | ik weet het gewoon nog niet, ik twijfel elke dag weer
    reflection | dat heeft je behoorlijk geraakt | ik moest echt even slikken toen hij dat zei in het overleg
    reflection | Je hebt het gevoel dat je steeds moet rennen. | ik ren de hele dag van het ene overleg naar het andere
    advice | je moet echt even met haar gaan zitten
    advice | Stuur hem gewoon een berichtje vanmiddag.
    advice | als ik jou was zou ik die opdracht teruggeven
    advice | Probeer het eens een week zonder mail in de ochtend.
    advice | zet het op papier voordat je het gesprek ingaat
    advice | Je zou kunnen vragen of iemand van tax meekijkt.
    advice | Mijn advies: maak het niet groter dan het is.
    advice | Neem die cursus gewoon, het kantoor betaalt het toch.
    advice | het lijkt me goed als je eerst even met je teamleider afstemt
    advice | Vraag gewoon om feedback na elke zitting.
    advice | Ik zou die mail eerst een nacht laten liggen.
    advice | plan die tijd in je agenda anders komt het er niet van
    information | De zitting is verplaatst naar de veertiende.
    information | we hebben dit jaar een nieuwe controlemethodiek
    information | Het dossier is vorige week overgedragen aan de afdeling vastgoed.
    information | de klant heeft drie dochterondernemingen in Duitsland
    information | Ik heb gisteren de laatste versie naar de partner gestuurd.
    information | Bij ons gaat de beoordeling via je teamleider en daarna de partner.
    information | de deadline voor de jaarrekening is eind mei
    information | Ik zit nu vooral op due diligence voor private equity.
    story | Toen ik net begon had ik precies zo'n partner.
    story | in mijn ervaring lost dat zich meestal vanzelf op als je het benoemt
    story | Ik heb ooit een hele zomer aan één dossier gewerkt.
    story | toen ik in mijn tweede jaar zat heb ik ook overwogen om weg te gaan
    story | Bij mijn vorige kantoor was dat heel anders geregeld.
    story | Ik weet nog dat ik mijn eerste jaarrekening tekende.
    backchannel | ja ja
    backchannel | Oké.
    backchannel | mhm
    backchannel | Precies, ja.
    backchannel | klopt
    backchannel | Ah ja.
    other | Fijn dat we even konden bellen.
    other | goed, laten we beginnen
    other | Dank je, dat is goed om te horen.
    other | Tot over twee weken.
    other | sorry, mijn camera deed het even niet
    """

    static let english = """
    open | so um how did it actually go with the client
    open | what did you make of it yourself
    open | And why do you think it keeps happening?
    open | how do you see the next few months
    open | What would your ideal role in the team look like?
    open | what happens for you when the partner emails at eleven at night
    open | What's going well at the moment?
    open | Tell me, how was your first week in the new department?
    open | how did you handle it back then
    open | Where's the biggest challenge for you right now?
    open | what do you expect from me as a mentor
    open | How did your team react to that?
    open | What would you have needed at that point?
    open | how do you think the client sees it
    open | What makes you dread it?
    closed | have you talked to him about it yet
    closed | Did it work out in the end?
    closed | are you happy with that
    closed | When does the draft need to be with the partner?
    closed | Have you received the documents from the other side yet?
    closed | are you still on that project for the council
    closed | Is that useful to you?
    closed | Was that in the office or at home?
    closed | do you want to come back to that next time
    closed | How much time have you been given for it?
    closed | Is that going to work?
    closed | Does your partner know you feel that way?
    closed | is there a deadline
    closed | Would you want that?
    closed | Has the review been done?
    reflection | so you actually feel a bit passed over | they gave the new client to Tom and I only heard about it afterwards
    reflection | It sounds like you feel you're on your own with this. | nobody really helps me with that audit, I have to figure everything out myself
    reflection | so you're fairly pleased with how it went | it actually went pretty well, the client was happy and so was the partner
    reflection | You're worried it's already too late. | I'm scared we've already missed the deadline
    reflection | so the plan just doesn't match reality | the plan says twenty hours but I'm already at forty
    reflection | You'd like to, but you don't dare ask yet. | I'd love my own file but I don't know if I can ask for that
    reflection | So the partner gives you room, but you're not sure what to do with it? | he says I can shape it myself, but then what am I supposed to do
    reflection | you find it hard to push back on the client | that client keeps changing his mind and I don't dare tell him it can't be done
    reflection | It feels like too much at once. | I've got three matters, my exam, and we're moving house
    reflection | So you haven't made up your mind yet. | I just don't know yet, I go back and forth every day
    reflection | that really got to you | I really had to swallow when he said that in the meeting
    reflection | You feel like you're always running. | I'm running from one meeting to the next all day
    advice | you really need to sit down with her
    advice | Just send him a message this afternoon.
    advice | if I were you I'd hand that engagement back
    advice | Try going a week without email in the mornings.
    advice | write it down before you go into the conversation
    advice | You could ask someone from tax to have a look.
    advice | My advice: don't make it bigger than it is.
    advice | Take the course, the firm pays for it anyway.
    advice | I think it'd be good to check with your team lead first
    advice | Ask for feedback after every hearing.
    advice | I'd leave that email overnight before sending it.
    advice | block that time in your calendar or it won't happen
    information | The hearing has been moved to the fourteenth.
    information | we've got a new audit methodology this year
    information | The file was handed over to the real estate team last week.
    information | the client has three subsidiaries in Germany
    information | I sent the latest version to the partner yesterday.
    information | Here the appraisal goes through your team lead and then the partner.
    information | the deadline for the accounts is the end of May
    information | I'm mostly doing due diligence for private equity at the moment.
    story | When I started out I had exactly that kind of partner.
    story | in my experience it usually sorts itself out once you name it
    story | I once spent a whole summer on a single file.
    story | when I was in my second year I thought about leaving too
    story | At my previous firm that was organised very differently.
    story | I remember signing my first set of accounts.
    backchannel | yeah yeah
    backchannel | Okay.
    backchannel | mhm
    backchannel | Exactly, yeah.
    backchannel | right
    backchannel | Ah, right.
    other | Good that we could have a quick call.
    other | right, let's get started
    other | Thanks, that's good to hear.
    other | See you in two weeks.
    other | sorry, my camera stopped working for a second
    """
}
