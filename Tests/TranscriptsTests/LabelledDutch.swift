/// Dutch sentences in the style of mentoring conversations at accountancy, law and consultancy
/// firms, written by the team and labelled by hand with their move: `move | sentence`, or
/// `move | sentence | the other's turn just before` where it matters (reflections say back
/// that turn). Read by `MoveEvaluationTests`.
enum LabelledDutch {
    static let sentences = """
    open | Hoe kijk jij daar zelf tegenaan?
    open | Wat maakt dat je zo twijfelt over die promotie?
    open | Waarom denk je dat de partner zo reageerde?
    open | Welke mogelijkheden zie je zelf?
    open | Vertel eens, hoe ging die bespreking met de klant?
    open | Wat zou je het liefst willen bereiken dit jaar?
    open | En wat nog meer?
    open | Hoe voelde dat voor jou, toen hij dat in de vergadering zei?
    open | Wat heb je tot nu toe zelf al geprobeerd?
    open | Waar loop je het meest tegenaan bij het plannen van je week?
    open | Wat betekent dat voor je werkdruk de komende maanden?
    open | Hoe zou je dat gesprek met Marieke willen aanpakken?
    open | Wat speelt er precies in dat team?
    open | Hoe ga je daar nu mee om?
    open | Wat heb je nodig om dat dossier op tijd af te ronden?
    open | Vertel me wat meer over die klant.
    open | Welke rol wil jij in dat project spelen?
    open | Wat vind je zelf lastig aan feedback geven aan een senior?
    open | Hoe zie jij je ontwikkeling richting manager?
    open | Waarom is dat zo belangrijk voor je?
    open | Wat gebeurde er daarna?
    open | Hoe reageerde de cliënt op je advies?
    open | Wat zou er gebeuren als je nee zegt tegen die extra opdracht?
    open | Ik ben benieuwd hoe jij die situatie hebt ervaren.
    open | Wat houdt je tegen om het aan te kaarten?
    open | Hoe bedoel je, dat het niet klikt?
    open | Welke stappen wil je voor ons volgende gesprek zetten?
    open | Wat zijn voor jou de belangrijkste signalen dat het te veel wordt?
    open | Kun je vertellen hoe die deadline tot stand kwam?
    open | Wat heb je geleerd van die controle bij de woningcorporatie?
    open | Hoe wil je dat je collega's je over een jaar zien?
    open | En hoe ging dat dan verder met de Belastingdienst?
    open | Wat maakt deze klant zo anders dan de rest?
    open | Waar ben je het meest trots op van afgelopen kwartaal?
    open | Hoe verdeel je nu je tijd tussen declarabel werk en je opleiding?
    open | Wat zou je anders doen als je die zitting opnieuw kon doen?
    open | Welke ondersteuning mis je nu van je teamleider?
    open | Wat zegt je gevoel daarover?
    open | Hoe kijk je terug op je eerste jaar bij het kantoor?
    open | Wat denk je dat de partner van jou verwacht?
    open | Vertel eens wat er in dat overleg gezegd werd.
    open | Waar denk je aan als je aan je carrière over vijf jaar denkt?
    open | Wat was voor jou het lastigste moment in die onderhandeling?
    open | Hoe zou je collega dat zelf omschrijven?
    open | Wat is er nodig om dat gesprek wel aan te gaan?
    open | Zo, hoe is je week geweest?
    open | Wat zou helpen?
    open | Welke keuze past het beste bij wat jij belangrijk vindt?
    open | Hoe komt het dat het steeds op het laatste moment komt?
    open | Wat weet je al over hoe de promotiecommissie werkt?
    open | Wat merk je bij jezelf als hij zo kortaf reageert?
    open | Wat neem je mee uit dit gesprek?
    open | Eh, hoe zit het met je uren deze maand?
    open | Wat is je eerste reactie als je dat hoort?
    open | Hoe ga je het aan de klant uitleggen?
    open | Waarom heb je toen niet om hulp gevraagd?
    open | Wat zou je tegen een nieuwe trainee zeggen in jouw situatie?
    open | Kun je me meenemen in hoe je dat memo hebt opgebouwd?
    open | Wat heeft je het meeste energie gegeven deze maand?
    open | Hoe ziet een goede week er voor jou uit?
    open | Wat bedoel je precies met politiek?
    open | Welke gedachten had je toen je die mail las?
    open | En hoe is dat nu met de andere associates?
    open | Wat speelt er bij jou thuis dat meeweegt?
    open | Hoe zou het eruitzien als het wél lukt?
    open | Wat vind je van de manier waarop de review is gegaan?
    open | Waar heb je nu behoefte aan?
    open | Wat heb je van mij nodig?
    open | Ik vraag me af wat jij zelf eigenlijk wilt.
    open | Hoe denk je dat je team dat gaat oppakken?
    closed | Heb je de partner al gesproken over je uren?
    closed | Is dat dossier inmiddels ingediend?
    closed | Ben je tevreden met hoe het ging?
    closed | Wanneer is de deadline voor de jaarrekening?
    closed | Hoeveel uur heb je deze week geschreven?
    closed | Wie is je aanspreekpunt bij de klant?
    closed | Kun je morgen om tien uur?
    closed | Zou je bereid zijn om dat gesprek zelf te voeren?
    closed | Heb je daar met je teamleider over gepraat?
    closed | Was dat de eerste keer dat dit gebeurde?
    closed | Dat lukt voor vrijdag, toch?
    closed | Heeft de cliënt de conceptversie al ontvangen?
    closed | Wil je dat ik meekijk naar je pleitnota?
    closed | Ga je naar de training in januari?
    closed | Doe je dat liever per mail of telefonisch?
    closed | Weet je al of je het assessment haalt?
    closed | Hoe lang werk je nu bij het kantoor?
    closed | Vind je het goed als we volgende keer iets eerder beginnen?
    closed | Heb je het gevoel dat je genoeg feedback krijgt?
    closed | Klopt het dat je twee dossiers tegelijk doet?
    closed | Is het de bedoeling dat jij de presentatie geeft?
    closed | Zijn er nog andere deadlines deze maand?
    closed | Heb je de uitspraak al gelezen?
    closed | Mag ik vragen hoe oud je dochter nu is?
    closed | Wie zitten er allemaal in die werkgroep?
    closed | Speelt dat vaker?
    closed | Was de klant het daarmee eens?
    closed | Kun je dat zelf inplannen of moet dat via het secretariaat?
    closed | Heb je hulp nodig bij het reviewproces?
    closed | Wanneer heb je je beoordelingsgesprek?
    closed | Denk je dat je het redt voor de zomer?
    closed | Heb je al een keuze gemaakt tussen fiscaal en advisory?
    closed | Is dat voor jou een probleem?
    closed | Zullen we dat volgende keer verder bespreken?
    closed | Ben je er nog?
    closed | Hoeveel dossiers heb je nu lopen?
    closed | Heeft hij dat zo letterlijk gezegd?
    closed | Lukt het om je uren bij te houden?
    closed | Wil je daar vandaag nog verder over praten?
    closed | Ken je iemand bij de sectie arbeidsrecht?
    closed | Was je daar zelf bij?
    closed | Hebben jullie die planning samen gemaakt?
    closed | Waar is die sessie, op de Zuidas of in Utrecht?
    closed | Zie je hem nog regelmatig?
    closed | Is de opdrachtbevestiging getekend?
    closed | Moet dat vandaag nog de deur uit?
    closed | Heb je dat ook zo tegen haar gezegd?
    closed | Dus het concept is klaar?
    closed | En de partner, weet die hier al van?
    closed | Werk je vaak in het weekend?
    closed | Krijg je daar voldoende tijd voor?
    closed | Wordt dat declarabel geschreven?
    closed | Ben je al begonnen aan de due diligence?
    closed | Is het een optie om het dossier over te dragen?
    closed | Heb je de cijfers van Q3 bij de hand?
    closed | Staat die afspraak met de inspecteur al?
    closed | Voel je je gesteund door je team?
    closed | Kun je dat even bevestigen per mail?
    closed | Hoe laat begint de zitting?
    closed | Heb je zin in de overstap naar Londen?
    closed | Zou dat helpen?
    closed | Was het achteraf de juiste beslissing?
    closed | Snap je wat ik bedoel?
    closed | Heb je vragen over de nieuwe richtlijn?
    closed | Is er iemand die je daarbij kan helpen?
    closed | Welke datum had je in gedachten voor de evaluatie?
    closed | Weet de cliënt dat de termijn verloopt?
    closed | Ga je dat aan je coach vragen?
    closed | Past dat in je planning?
    closed | Is dat iets wat je wilt?
    reflection | Het klinkt alsof je je overvallen voelde door die beslissing. | Ik hoorde pas op vrijdagmiddag dat het dossier naar iemand anders ging.
    reflection | Als ik je goed begrijp, wil je wel meer verantwoordelijkheid, maar niet ten koste van alles. | Ik wil best groeien, maar ik wil ook nog een leven hebben naast het werk.
    reflection | Dus je zit klem tussen twee partners die allebei iets anders willen. | De ene partner wil dat ik bij M&A blijf, de andere trekt me naar de procespraktijk.
    reflection | Je voelt je niet serieus genomen in dat team. | Ze vragen nooit mijn mening in het overleg, ook niet als het over mijn eigen dossier gaat.
    reflection | Je zegt dus eigenlijk dat de werkdruk niet het probleem is, maar de onvoorspelbaarheid. | Het gaat niet om de uren zelf, het is dat ik nooit weet wanneer er weer iets binnenkomt.
    reflection | Die deadline van vrijdag zit je echt dwars. | Ik lig er wakker van, die deadline van vrijdag haal ik gewoon niet.
    reflection | Wat ik hoor is dat je trots bent op het resultaat, maar twijfelt of het gezien wordt. | Het memo was echt goed, denk ik, maar niemand heeft er iets over gezegd.
    reflection | Je wilt eigenlijk minder reizen. | Ik zit nu drie dagen per week bij die klant in Eindhoven en dat is zwaar.
    reflection | Dus de klant heeft de stukken nog steeds niet aangeleverd? | De klant heeft de stukken nog steeds niet aangeleverd, terwijl de aangifte volgende week de deur uit moet.
    reflection | Het frustreert je dat je steeds de notulen moet maken. | Waarom ben ik altijd degene die de notulen maakt? Dat vraagt niemand aan de mannen.
    reflection | Je hebt het gevoel dat je achterloopt op je jaargenoten. | De anderen uit mijn lichting hebben allemaal al een eigen klant.
    reflection | Het klinkt als een lastige keuze. | Ik weet niet of ik het aanbod uit Londen moet aannemen.
    reflection | Je twijfelt of je wel bij dit kantoor past. | Soms denk ik dat ik beter bij een kleiner kantoor zou passen.
    reflection | Dus eigenlijk wil je eerst zelf de analyse afmaken voordat je het met de partner bespreekt. | Ik wil de analyse eerst zelf helemaal afmaken voordat ik het aan de partner laat zien.
    reflection | Je maakt je zorgen over hoe de cliënt gaat reageren. | Ik ben echt bang dat de cliënt boos wordt als hij die naheffing ziet.
    reflection | Je voelt je een beetje alleen gelaten. | Sinds mijn teamleider weg is, heb ik eigenlijk niemand meer om mee te sparren.
    reflection | Drie deadlines in één week, dat is veel. | Ik heb volgende week drie deadlines: de jaarrekening, het memo en de pleitnota.
    reflection | Als ik het goed begrijp, heb je het wel aangekaart, maar is er niets mee gedaan. | Ik heb het twee keer gezegd in het teamoverleg, maar er gebeurt gewoon niets.
    reflection | Het lijkt alsof je jezelf geen ruimte geeft om fouten te maken. | Ik baal er zo van dat ik die fout in de berekening heb gemaakt, dat had ik moeten zien.
    reflection | Je wilt dus graag meer inhoudelijk werk en minder coördinatie. | Ik ben de hele dag bezig met planningen en mailtjes, terwijl ik juist de inhoud in wil.
    reflection | Je merkt dat je energie weglekt in die overleggen. | Na al die overleggen ben ik gewoon op, dan kom ik niet meer aan echt werk toe.
    reflection | Het klinkt alsof die feedback harder aankwam dan je had verwacht. | Ik dacht dat ik het goed had gedaan, en toen kreeg ik die lijst met punten.
    reflection | Dus jij denkt dat het aan de communicatie ligt en niet aan de inhoud? | Volgens mij snapte de klant de inhoud prima, maar hebben we het gewoon slecht uitgelegd.
    reflection | Je bent er trots op dat je dat zelf hebt opgelost. | Uiteindelijk heb ik het probleem met de consolidatie zelf opgelost, zonder hulp.
    reflection | Met andere woorden: je wilt wel, maar je weet niet hoe. | Ik wil best netwerken, maar ik heb geen idee hoe je dat doet zonder dat het nep voelt.
    reflection | Je vindt het lastig om nee te zeggen tegen een partner. | Als een partner iets vraagt, zeg ik altijd ja, ook als ik eigenlijk geen tijd heb.
    reflection | Je zegt eigenlijk dat je meer structuur nodig hebt. | Ik mis gewoon een duidelijke planning, iedereen doet maar wat.
    reflection | Het raakt je dat hij je niet heeft bedankt. | Ik heb het hele weekend doorgewerkt en hij heeft niet eens bedankt gezegd.
    reflection | Je wilt vooral niet de indruk wekken dat je het niet aankunt. | Ik durf niet te zeggen dat het te veel is, want dan denken ze dat ik het niet aankan.
    reflection | Dat gesprek met de cliënt ging dus beter dan je verwachtte. | Het gesprek met de cliënt ging eigenlijk veel beter dan ik had verwacht.
    reflection | Het voelt voor jou alsof je steeds opnieuw moet bewijzen dat je het kunt. | Bij elke nieuwe partner moet ik weer van voren af aan laten zien wat ik kan.
    reflection | Je bent dus vooral moe. | Ik ben gewoon moe, echt moe, al weken.
    reflection | Enerzijds wil je die promotie, anderzijds ben je bang voor nog meer uren. | Ik wil die promotie wel, maar ik ben bang dat ik dan nog meer uren moet maken.
    reflection | Je hebt het idee dat de partner al een mening heeft gevormd. | Ik denk dat hij al besloten heeft dat ik niet geschikt ben voor de partnertrack.
    reflection | Je loopt vast op de planning van de controle. | De planning van de controle loopt helemaal vast, ik krijg het niet rond.
    reflection | Dus de relatie met de klant is goed, maar met je eigen team schuurt het. | Met de klant gaat het prima, maar in mijn eigen team schuurt het.
    reflection | Je zou graag willen dat iemand je eens vraagt hoe het gaat. | Niemand vraagt ooit hoe het met mij gaat, het gaat alleen maar over de uren.
    reflection | Klinkt alsof dat gedoe je nog niet loslaat. | Ik weet het niet, dat gedoe met de beoordeling zit me nog steeds niet lekker.
    reflection | Je wilt het goed doen voor de cliënt én voor het kantoor. | Ik wil de cliënt goed helpen, maar het kantoor wil ook dat ik de uren schrijf.
    reflection | Je hebt dus al een voorkeur voor de fiscale kant. | Eerlijk gezegd trekt de fiscale kant me meer dan de accountancy.
    reflection | Je bent onzeker over je presentatievaardigheden. | Als ik moet presenteren voor de partners, begin ik altijd te stotteren.
    reflection | Een deel van je wil gewoon even niks. | Soms wil ik gewoon even helemaal niks, geen mail, geen klant.
    reflection | Dus het ligt niet aan de inhoud, maar aan de timing? | Het is niet dat het memo slecht is, het kwam gewoon op het verkeerde moment.
    reflection | Je voelt je verantwoordelijk voor het team, ook al ben je geen teamleider. | Ik ben geen teamleider, maar ik voel me wel verantwoordelijk als het team het niet haalt.
    reflection | Het klinkt alsof je daar veel van geleerd hebt. | Dat was een zware zaak, maar ik heb er ontzettend veel van opgestoken.
    reflection | Je weet dus nog niet of je wilt blijven. | Ik weet eerlijk gezegd nog niet of ik hier wil blijven na mijn opleiding.
    reflection | Je vond het oneerlijk hoe het verdeeld werd. | De bonussen werden verdeeld en ik vond dat gewoon niet eerlijk.
    reflection | Je hebt dus meer behoefte aan duidelijkheid van de partner. | Ik heb gewoon meer duidelijkheid nodig van de partner over wat hij van me verwacht.
    reflection | Als ik je goed hoor, is het niet de klant maar de tijdsdruk die het zwaar maakt. | De klant is prima hoor, het is gewoon dat alles altijd gisteren af moet.
    reflection | Je geeft aan dat je de balans kwijt bent. | Ik ben de balans tussen werk en thuis echt kwijt.
    reflection | Jij wilt dus eerst je examens halen. | Ik wil eerst mijn examens halen voordat ik aan een overstap denk.
    reflection | Het zit je dwars dat het zo lang duurt. | Het duurt allemaal zo lang bij de rechtbank, dat vind ik echt frustrerend.
    reflection | Je voelt je gezien door deze cliënt. | Die cliënt belt altijd mij, niet de partner, en dat voelt wel goed.
    reflection | Dus het werk zelf vind je leuk, het is de sfeer. | Ik vind het werk zelf echt leuk, maar de sfeer op de afdeling is gewoon niet goed.
    reflection | Je bent er klaar mee. | Ik ben er echt klaar mee, ik wil dat dossier nooit meer zien.
    reflection | Ik hoor je zeggen dat je meer zichtbaar wilt zijn. | Ik wil gewoon dat de partners weten wie ik ben en wat ik kan.
    reflection | Je zit nog met die opmerking van vorige week. | Die opmerking van vorige week over mijn schrijfstijl blijft maar door mijn hoofd spoken.
    reflection | Dat was dus een flinke tegenvaller. | Het assessment ging echt slecht, ik had het niet verwacht.
    reflection | Je wilt je vrijdagen echt vrij houden. | Ik wil gewoon mijn vrijdagen vrij houden, dat is voor mijn kinderen.
    reflection | Dus het overleg met de bank heeft je meer vertrouwen gegeven? | Na het overleg met de bank heb ik eigenlijk meer vertrouwen dat de financiering rondkomt.
    reflection | Dat moet lastig zijn, elke keer weer. | Elke keer als ik iets inlever, krijg ik het terug met rode strepen.
    reflection | Dat klinkt best eenzaam. | Op de nieuwe afdeling praat eigenlijk niemand met me tijdens de lunch.
    reflection | Het voelt alsof je er niet bij hoort. | Ze gaan vrijdags met z'n allen borrelen en niemand vraagt of ik meega.
    reflection | Dat lijkt me zwaar, met een kleine thuis. | Mijn dochter slaapt slecht en ik moet om zeven uur al op kantoor zijn.
    reflection | Dat is niet niks. | Ik heb in drie maanden vier nieuwe klanten binnengehaald en ook nog mijn examen gedaan.
    other | Klinkt goed.
    other | Dat klinkt als een goed plan.
    advice | Je moet die partner gewoon even direct aanspreken.
    advice | Als ik jou was, zou ik eerst de cijfers nog een keer laten checken.
    advice | Probeer eens om je ochtenden vrij te houden voor het echte werk.
    advice | Mijn advies is om die extra opdracht niet aan te nemen.
    advice | Bel de klant vandaag nog, dan weet je waar je staat.
    advice | Wanneer je klaar bent, stuur me het dossier.
    advice | Je zou kunnen overwegen om een secondment te doen.
    advice | Zorg dat je je uren elke dag invult, anders ben je het kwijt.
    advice | Ik zou het memo eerst aan een collega laten lezen.
    advice | Plan een vast moment in de week voor je studie.
    advice | Je kunt het beste eerst met je teamleider praten voordat je naar de partner gaat.
    advice | Schrijf na elke bespreking direct drie actiepunten op.
    advice | Waarom vraag je niet gewoon om een gesprek met HR?
    advice | Neem de tijd om je pleitnota hardop te oefenen.
    advice | Ik raad je aan om die mail niet vanavond nog te sturen.
    advice | Het lijkt me verstandig om de cliënt schriftelijk te bevestigen wat je hebt afgesproken.
    advice | Je moet echt leren om nee te zeggen.
    advice | Vraag de partner om concrete voorbeelden.
    advice | Blokkeer in je agenda twee uur per dag zonder mail.
    advice | Als je twijfelt, leg het dan voor aan het vaktechnisch bureau.
    advice | Mijn tip: begin met de lastigste taak van de dag.
    advice | Je zou eens met Jeroen van de sectie vastgoed moeten praten.
    advice | Wat ik zou doen is de planning gewoon terugleggen bij de engagement manager.
    advice | Stuur vooraf een korte agenda, dan voelt het minder als een overval.
    advice | Het is slim om je successen bij te houden voor je beoordeling.
    advice | Laat die opmerking even rusten tot na het weekend.
    advice | Je kunt beter nu aan de bel trekken dan straks een deadline missen.
    advice | Geef jezelf een deadline die een dag eerder ligt dan de echte.
    advice | Zet die vraag gewoon op de agenda van het teamoverleg.
    advice | Je moet niet alles zelf willen doen.
    advice | Wees eerlijk tegen de cliënt over de vertraging.
    advice | Check altijd even de laatste versie voordat je iets naar de klant stuurt.
    advice | Ik zou zeggen: pak die rol als teamcoördinator gewoon.
    advice | Bereid dat gesprek voor met drie punten die je echt wilt zeggen.
    advice | Houd het kort en zakelijk in je mail aan de wederpartij.
    advice | Deel het dossier op in kleinere stukken.
    advice | Je zou die cursus onderhandelen echt moeten doen.
    advice | Vraag om een tussentijdse evaluatie, dan weet je eerder waar je staat.
    advice | Het helpt om je vragen te bundelen en één keer per dag naar de senior te gaan.
    advice | Denk eraan dat je de bezwaartermijn niet laat verlopen.
    advice | Ga eens een dag meelopen met iemand van de adviespraktijk.
    advice | Zoek iemand buiten je team met wie je kunt sparren.
    advice | Doe dat gewoon, je hebt niks te verliezen.
    advice | Lees de uitspraak nog één keer goed door voor de zitting.
    advice | Je moet die uren gewoon schrijven, ook als het niet declarabel is.
    advice | Maak een lijstje van wat je deze week echt af moet hebben.
    advice | Spreek met je partner af dat je op woensdag om zes uur weg bent.
    advice | Probeer niet alles perfect te maken in de eerste versie.
    advice | Als de klant weer belt, verwijs hem dan naar de engagement partner.
    advice | Ik zou eerst de feiten op een rij zetten.
    advice | Neem contact op met de accountmanager van de bank.
    advice | Vergeet niet je opleidingsuren op tijd te registreren.
    advice | Het beste kun je het dossier overdragen aan Sanne.
    advice | Je zou je voorstel nog wat concreter kunnen maken.
    advice | Kijk eens naar hoe Eva dat soort memo's opbouwt.
    advice | Zorg ervoor dat de partner de conceptbrief ziet voordat hij de deur uit gaat.
    advice | Trek het dan gewoon breder en maak er een agendapunt van.
    advice | Hou je vrijdagmiddag vrij voor administratie.
    advice | Misschien moet je gewoon even vakantie nemen.
    advice | Mail de cliënt dat je de stukken uiterlijk dinsdag nodig hebt.
    information | De deadline voor de aangifte vennootschapsbelasting is dit jaar op één juni.
    information | Bij ons kantoor wordt de promotie naar senior meestal in het derde jaar besproken.
    information | De partner heeft de laatste zeggenschap over de bezetting.
    information | Het beoordelingsformulier bestaat uit vijf competenties.
    information | De rechtbank heeft de zitting verschoven naar maart.
    information | In principe tellen opleidingsuren niet mee voor je declarabele target.
    information | De cliënt heeft vorig jaar een andere accountant gehad.
    information | Het vaktechnisch bureau beantwoordt vragen meestal binnen twee dagen.
    information | De nieuwe richtlijn geldt vanaf januari voor alle controles.
    information | Mijn ervaring met die partner is dat hij vooral op details let.
    information | We hebben drie nieuwe associates in het team gekregen.
    information | De klant zit in de logistiek en heeft vestigingen in vier landen.
    information | Het assessment bestaat uit een case en een rollenspel.
    information | De beroepstermijn is zes weken na de uitspraak.
    information | Dat soort opdrachten wordt meestal door de senior manager verdeeld.
    information | Ik heb gisteren de conceptrapportage afgerond.
    information | Ik zit nu op ongeveer veertig declarabele uren per week.
    information | De klant wil het rapport uiterlijk eind van de maand hebben.
    information | Het gaat om een geschil over een huurovereenkomst van een winkelpand.
    information | De managementletter is nog niet besproken met de directie.
    information | Er komt volgend kwartaal een nieuwe werkwijze voor de tijdregistratie.
    information | Het team bestaat uit twee partners, drie senioren en zes juniors.
    information | Mijn teamleider is tot half januari met verlof.
    information | De cursus wordt door het kantoor betaald als je je van tevoren aanmeldt.
    information | Volgens het beleid mag je twee dagen per week thuiswerken.
    information | Die controle loopt al sinds september.
    information | Het is een familiebedrijf met een nogal ingewikkelde structuur.
    information | De partners beslissen in april over de promoties.
    information | Ik heb het dossier vorige week overgenomen van Mark.
    information | De wederpartij heeft nog niet gereageerd op ons voorstel.
    information | Het memo gaat over de fiscale gevolgen van de herstructurering.
    information | Ik werk vooral voor de sectie ondernemingsrecht.
    information | Het nieuwe softwarepakket vraagt nog veel handwerk.
    information | De commissie kijkt vooral naar je commerciële bijdrage.
    information | Het budget voor die opdracht is al voor tachtig procent op.
    information | De cliënt heeft een boete gekregen van de toezichthouder.
    information | Ik heb morgen een zitting bij de kantonrechter.
    information | Dat systeem werkt met vier niveaus van goedkeuring.
    information | De review van het dossier gebeurt door een andere partner.
    information | In het eerste jaar draai je vooral mee op de controles van de grotere klanten.
    information | Het kantoor heeft een mentorprogramma voor alle nieuwe medewerkers.
    information | Ik heb drie jaar bij de sectie arbeidsrecht gezeten voordat ik hier kwam.
    information | De cijfers van het derde kwartaal zijn lager dan verwacht.
    information | Zij is de enige senior die ervaring heeft met dit soort fusies.
    information | Ik heb de planning gisteren naar het hele team gestuurd.
    information | Het probleem zit vooral in de voorraadwaardering.
    information | Die klant betaalt zijn facturen altijd pas na drie maanden.
    information | Mijn contract loopt tot september.
    information | De intake met de nieuwe cliënt staat voor donderdag.
    information | Normaal gesproken krijg je na de proeftijd een vaste mentor toegewezen.
    story | Toen ik net begon, durfde ik ook nooit iets te vragen aan de partners.
    story | Bij mijn vorige kantoor hadden we precies hetzelfde probleem met de planning.
    story | In mijn ervaring helpt het enorm om dat soort dingen vroeg te benoemen.
    story | Ik heb ooit een hele nacht doorgewerkt aan een due diligence en achteraf was dat nergens voor nodig.
    story | Ik weet nog dat ik mijn eerste pleidooi hield en mijn handen trilden.
    story | Toen ik senior werd, moest ik ook leren om werk uit handen te geven.
    story | Ik had ooit een cliënt die elke dag om zeven uur 's ochtends belde.
    story | Vroeger schreef ik al mijn uren pas op vrijdag in, en dan wist ik niks meer.
    story | Mijn eerste jaar bij de Big Four was echt overleven.
    story | Bij mijn eerste werkgever kreeg je nooit feedback, alleen een cijfer aan het eind van het jaar.
    story | Ik heb zelf ook een keer een termijn bijna laten verlopen.
    story | Toen ik in jouw fase zat, heb ik een jaar in Londen gewerkt.
    story | Jaren geleden had ik een partner die precies zo reageerde.
    story | Ik herinner me een controle waarbij de directeur gewoon de deur dichtgooide.
    story | In mijn tijd als trainee moesten we alles nog op papier doen.
    story | Destijds heb ik ook getwijfeld of ik de overstap naar advisory moest maken.
    story | Ik had toen ook een teamleider die nooit tijd had.
    story | Toen wij de fusie van die twee zorginstellingen deden, liep alles ook vast op de IT.
    story | Op mijn vorige afdeling hadden we elke maandag een kort overleg en dat werkte goed.
    story | Ik heb eens een presentatie gegeven waarbij de beamer het niet deed, en toen moest ik het uit mijn hoofd doen.
    story | Toen ik mijn eerste eigen klant kreeg, heb ik wekenlang slecht geslapen.
    story | Uit eigen ervaring weet ik dat die commissie vooral let op hoe je je presenteert.
    story | Ik zat ooit in een zaak die drie jaar duurde.
    story | Bij mijn vorige werkgever werd er nooit over werkdruk gepraat.
    story | Ik had ook eens een conflict met een senior, en dat heb ik toen uitgepraat bij de koffieautomaat.
    story | Toen ik partner werd, dacht ik dat het makkelijker zou worden, maar het werd alleen maar drukker.
    story | Ik heb het zelf ook meegemaakt, dat je denkt dat iedereen het beter kan dan jij.
    story | Toen ik trainee was, heb ik een keer de verkeerde versie naar de rechtbank gestuurd.
    story | Mijn eerste jaar heb ik bijna elk weekend gewerkt.
    story | Vroeger had ik ook moeite met presenteren voor grote groepen.
    story | In mijn eerste maand hier ben ik twee keer verdwaald in het gebouw.
    story | Ik weet nog hoe zenuwachtig ik was voor mijn eerste beoordelingsgesprek.
    story | Toen ik bij de fiscale afdeling begon, snapte ik echt niks van btw.
    story | Ik heb ooit een cliënt verloren omdat ik te laat terugbelde.
    story | Bij mijn vorige kantoor had ik een mentor die me elke week even belde.
    backchannel | Ja.
    backchannel | Mhm.
    backchannel | Precies.
    backchannel | Ja, klopt.
    backchannel | Oké.
    backchannel | Hm hm.
    backchannel | Ja ja.
    backchannel | Inderdaad.
    backchannel | Ah, oké.
    backchannel | Ja, precies.
    backchannel | Echt?
    backchannel | Helder.
    backchannel | Snap ik.
    backchannel | Oh ja.
    backchannel | Logisch.
    backchannel | Ja, dat klopt.
    backchannel | Zeker.
    backchannel | Tuurlijk.
    backchannel | Mm-hm.
    backchannel | Aha.
    backchannel | Nee, echt?
    backchannel | Ja, snap ik.
    backchannel | Juist.
    backchannel | Oké, duidelijk.
    backchannel | Hmm.
    other | Goedemorgen, fijn dat je er bent.
    other | Dank je wel voor je openheid.
    other | Laten we beginnen met je doelen van vorige keer.
    other | Goed gedaan, dat was echt een lastige klus.
    other | Sorry, ik was even weg, de verbinding viel weg.
    other | Tot volgende week dan.
    other | Wat goed dat je dat zelf hebt aangekaart.
    other | Fijn om te horen.
    other | Hoe dan ook, we hebben nog tien minuten.
    other | Laten we het daar volgende keer op terugkomen.
    other | Bedankt voor je tijd vandaag.
    other | Hoi Daan, daar ben je.
    other | Wat mooi dat die cliënt je zo waardeert.
    other | Nou ja.
    other | Goed zo.
    other | Succes morgen met de zitting.
    other | Ik weet het niet.
    other | Even kijken.
    other | Wat vervelend voor je.
    other | Leuk om je weer te zien.
    other | Welkom terug van vakantie.
    other | Geen probleem.
    other | Goed, dan sluiten we hier af.
    other | Excuus dat ik te laat ben.
    other | Mooi, dat is een goede stap.
    other | Laten we even kijken waar we gebleven waren.
    other | Dat is knap.
    other | Prettig weekend alvast.
    other | Wat een week, zeg.
    other | Hallo, daar ben ik weer.
    """
}
