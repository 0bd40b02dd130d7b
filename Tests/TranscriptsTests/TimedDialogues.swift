/// Twenty short timed dialogues written by the team, with the wait times, pauses,
/// interruptions and turn figures worked out by hand. `M` is the mentor, `E` the mentee;
/// a cue line is `speaker start end text`; `= speaker key value ...` lines give what the
/// analysis must find (`-` for "not measurable"). The rules (see docs/transcripts.md): a
/// wait is the pause after a turn that ends with a question until the other speaks (0 when
/// they start early); an interruption is starting while the other talks on for 0.5 s or more;
/// a backchannel ("Mhm", "Oké") does not take the turn.
enum TimedDialogues {
    static let text = """
    ## 1 an open question, then a long wait; then a short one
    M 0 4 Hoe kijk je terug op de zitting?
    E 7.5 15 Eerlijk gezegd vond ik het spannend, maar het ging goed.
    M 16 19 Wat maakte het spannend?
    E 20 26 De rechter stelde veel vragen.
    # waits 3.5 and 1: median 2.25, one of two >= 3 s. No speech overlaps: interruptions not measurable.
    # Answers after open questions: 10 and 5 words. The mentor starts 1 s after the mentee stops.
    = M wait 2.25 share 0.5 interruptions - patience 1 answersOpen 7.5
    = E patience 2.25 interruptions -

    ## 2 the mentor cuts in 1.2 s before the mentee stops
    E 0 8 Ik heb de planning gemaakt, maar de partner wil alles eerder hebben en dat lukt gewoon niet.
    M 6.8 10 Dat kennen we.
    E 10.5 14 Ja, dus ik weet niet wat ik moet doen.
    M 14.2 17 Wat zou je willen doen?
    E 18 22 Eigenlijk wil ik het gewoon aankaarten.
    # mentor pauses: 0 (cut in) and 0.2: median 0.1. Mentee pauses 0.5 and 1.
    = M interruptions 1 wait 1 share 0 patience 0.1
    = E interruptions 0 patience 0.75

    ## 3 a backchannel during a story does not break the mentor's stretch
    M 0 10 Toen ik net partner werd, had ik precies hetzelfde. Ik wilde alles zelf doen.
    E 4 4.6 Mhm.
    M 10 18 Pas na een jaar leerde ik dat delegeren geen zwakte is.
    E 19 24 Dat herken ik wel, ik doe ook alles zelf.
    # The mentor's stretch runs 0-18; the longest run of the mentor's own cues is 0-10.
    = M interruptions 0 stretch 18 monologue 10 stories 1
    = E interruptions 0 backchannels 1 stretch 5

    ## 4 an overlap of 0.3 s is not an interruption
    M 0 5 Heb je de stukken al naar de klant gestuurd?
    E 4.7 7 Ja, gisteren al, samen met de factuur.
    M 7.5 9 Mooi, dan zijn we op schema.
    = M wait 0 share 0 interruptions 0 answersClosed 7 closed 1
    = E interruptions 0 patience 0

    ## 5 two questions in one turn; a backchannel in the silence
    M 0 6 Hoe ging het gesprek met de partner? Was hij tevreden?
    E 8 12 Ik denk het wel, hij zei weinig.
    M 12.5 14 Oké.
    M 15 18 Wat zei hij precies?
    E 21 25 Dat hij het memo wel goed vond.
    # waits 2 and 3; the mentor takes the turn at 15, 3 s after the mentee stopped.
    = M stacked 1 wait 2.5 share 0.5 patience 3 backchannels 1 open 2 closed 1

    ## 6 a question the mentor answers himself
    M 0 7 Wat denk je zelf? Ik denk eigenlijk dat het te veel is voor één persoon.
    E 8 11 Ja, dat denk ik ook.
    # The turn ends with a statement: no wait to measure.
    = M selfAnswered 1 wait - interruptions -

    ## 7 long answers to open questions, a short one to a closed question
    M 0 3 How did the negotiation go?
    E 4 12 It was tough, they wanted a lower fee, but in the end we agreed on a phased approach.
    M 13 15 Did the partner agree?
    E 16 17 Yes.
    M 18 20 What made the difference in the end?
    E 21 27 I think preparing the numbers beforehand really helped us.
    # 18 and 9 words after open questions, 1 after the closed one; every wait 1 s.
    = M answersOpen 13.5 answersClosed 1 wait 1 share 0 open 2 closed 1

    ## 8 waits of 0.5, 1 and 4 seconds
    M 0 2 What's on your mind today?
    E 2.5 8 Mostly the audit planning, it keeps slipping.
    M 9 11 Why is it slipping?
    E 12 16 The client keeps moving the dates.
    M 17 19 How do you feel about that?
    E 23 27 Honestly, pretty frustrated.
    = M wait 1 share 0.3333 patience 1 open 3
    = E patience 1

    ## 9 the mentor fills a silence with a second question
    M 0 3 Wat wil je vandaag bespreken?
    M 7 10 Of zullen we eerst naar je doelen kijken?
    E 11 15 Laten we eerst de doelen doen.
    # One turn with two questions; the wait is measured after it: 1 s.
    = M wait 1 share 0 stacked 1

    ## 10 the mentee cuts in twice
    M 0 6 I think the best thing would be to talk to the partner first and then
    E 5 9 But he never has time for me.
    M 9.5 14 Then book a slot in his calendar, that usually works when
    E 13 16 I tried that already.
    = E interruptions 2
    = M interruptions 0 advice 1

    ## 11 an answer that starts as the question ends
    M 0 3 Is het dossier compleet?
    E 3 5 Nog niet helemaal.
    = M wait 0 share 0 answersClosed 3

    ## 12 the mentee answers 1 s before the question ends
    M 0 5 Heb je al nagedacht over de secondment in Londen?
    E 4 8 Ja, ik wil het eigenlijk wel.
    = E interruptions 1
    = M wait 0 share 0

    ## 13 a reflection said with "?" is not a question
    E 0 6 Ik heb het gevoel dat de partner me niet vertrouwt met die klant.
    M 7 10 Je hebt het gevoel dat hij je niet vertrouwt?
    E 13 17 Ja, hij kijkt alles na wat ik doe.
    = M reflections 1 open 0 closed 0 wait -

    ## 14 the mentor talks in the first third, the mentee in the other two
    M 0 10 Ik wil het vandaag over je planning hebben, want die loopt steeds uit.
    E 10 30 Dat klopt, ik krijg steeds nieuwe dossiers erbij en de deadlines blijven hetzelfde, dus ik werk elke avond door.
    = M thirds 1 0 0
    = E thirds 0 1 1

    ## 15 advice after asking permission
    M 0 3 Mag ik een suggestie doen?
    E 3.5 4 Graag.
    M 4.5 9 Probeer eens om je ochtenden vrij te houden voor het echte werk.
    = M advice 1 withPermission 1 closed 1 wait 0.5

    ## 16 advice before permission is not given with permission
    M 0 4 You should talk to the partner directly.
    E 5 7 I'm not sure.
    M 8 11 Can I share an idea? Try writing down what you want to say first.
    = M advice 2 withPermission 1

    ## 17 a Dutch mentor and an English mentee
    M 0 3 Hoe gaat het met je planning?
    E 4 9 Honestly it's a mess, I keep missing deadlines.
    M 10 14 Het klinkt alsof je het overzicht kwijt bent.
    E 15 18 Yes, that's exactly it.
    M 19 22 Wat zou je helpen?
    = M open 2 reflections 1 wait 1

    ## 18 the mentee's stretch is broken only by the mentor's backchannels
    E 0 8 The partner asked me to lead the pitch, which is great, but I've never done one.
    M 3 3.5 Right.
    M 5.5 6 Mhm.
    E 8 15 And the client is one of our biggest, so there's a lot riding on it.
    M 16 19 What would help you prepare?
    # Nobody answers the last question: no wait to measure.
    = E stretch 15 monologue 8 interruptions 0
    = M backchannels 2 interruptions 0 wait - open 1

    ## 19 a wait of 4 s after a closed question
    M 0 2 Ben je tevreden met je beoordeling?
    E 6 9 Niet helemaal, eerlijk gezegd.
    M 12 16 Wat had je anders verwacht?
    E 17 24 Ik had gehoopt op een hogere score op samenwerking.
    = M wait 2.5 share 0.5 patience 3 answersClosed 4 answersOpen 9

    ## 20 three questions, one answered early
    M 0 3 How are you finding the new team?
    E 4 10 Good so far, people are friendly, but the hours are long.
    M 10.2 13 How long are we talking?
    E 12.5 15 Sixty hours most weeks.
    M 18 21 Is that sustainable for you?
    E 25 27 Not really, no.
    # waits 1, 0 (the answer starts 0.5 s early: an interruption) and 4.
    = M wait 1 share 0.3333 interruptions 0 open 1 closed 2 answersOpen 11 answersClosed 3.5
    = E interruptions 1
    """
}
