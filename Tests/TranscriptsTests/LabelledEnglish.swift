/// English sentences in the style of mentoring conversations at accountancy, law and
/// consultancy firms, written by the team and labelled by hand with their move:
/// `move | sentence`, or `move | sentence | the other's turn just before` where it matters.
/// Read by `MoveEvaluationTests`.
enum LabelledEnglish {
    static let sentences = """
    open | How do you see it yourself?
    open | What makes you hesitate about the secondment?
    open | Why do you think the partner pushed back so hard?
    open | What options can you see at this point?
    open | Tell me a bit more about how the client meeting went.
    open | What would you most like to get out of this year?
    open | What else is on your mind?
    open | How did it feel when she said that in front of the team?
    open | What have you already tried?
    open | What's getting in the way of planning your week?
    open | How is the new reporting line working out for you?
    open | What does a good day at the firm look like for you?
    open | Walk me through what happened at the closing.
    open | How would you like to handle the conversation with Priya?
    open | What's really going on in that team?
    open | How are you coping with the workload right now?
    open | What do you need to get the due diligence report finished?
    open | Which parts of the audit do you enjoy most?
    open | What do you find hard about giving feedback to a senior associate?
    open | How do you see yourself developing towards manager?
    open | Why does that matter so much to you?
    open | What happened next?
    open | How did the client respond to your advice?
    open | What would happen if you said no to the extra engagement?
    open | I'm curious how you experienced that deal.
    open | What's stopping you from raising it?
    open | What do you mean when you say it doesn't click?
    open | What steps would you like to take before we meet again?
    open | What are the signs for you that it's becoming too much?
    open | Could you tell me how that deadline came about?
    open | What did you learn from the audit at the housing association?
    open | How would you like your colleagues to describe you a year from now?
    open | And how did things go with the tax authority after that?
    open | What makes this client so different from the others?
    open | What are you most proud of from last quarter?
    open | How are you splitting your time between billable work and your exams?
    open | What would you do differently if you could run that hearing again?
    open | What kind of support are you missing from your team lead?
    open | What's your gut telling you?
    open | How do you look back on your first year here?
    open | What do you think the partner expects from you?
    open | So what was said in that meeting?
    open | What comes to mind when you picture your career in five years?
    open | What was the hardest moment in that negotiation for you?
    open | How would your colleague describe the situation?
    open | What would it take for you to have that conversation?
    open | So, how has your week been?
    open | What would help?
    open | Which choice fits best with what you care about?
    open | How come it always ends up at the last minute?
    open | What do you already know about how the promotion panel works?
    open | What do you notice in yourself when he's that short with you?
    open | What are you taking away from today?
    open | Um, how are your hours looking this month?
    open | What's your first reaction when you hear that?
    open | How are you going to explain it to the client?
    open | Why didn't you ask for help at the time?
    open | What would you tell a new trainee in your position?
    open | Can you walk me through how you structured the memo?
    open | What gave you the most energy this month?
    open | How would you describe your relationship with the engagement partner?
    open | What exactly do you mean by political?
    open | What thoughts went through your head when you read that email?
    open | And how are things with the other associates now?
    open | What's happening at home that plays into this?
    open | What would it look like if it did work out?
    open | How do you feel the review went?
    open | What do you need right now?
    open | What do you need from me?
    open | I wonder what you actually want for yourself.
    closed | Have you spoken to the partner about your hours yet?
    closed | Has the filing gone in?
    closed | Are you happy with how it went?
    closed | When is the deadline for the annual accounts?
    closed | How many hours did you bill this week?
    closed | Who is your contact at the client?
    closed | Can you do ten o'clock tomorrow?
    closed | Would you be willing to have that conversation yourself?
    closed | Did you talk to your team lead about it?
    closed | Was that the first time this happened?
    closed | You'll manage that by Friday, right?
    closed | Has the client received the draft yet?
    closed | Do you want me to look over your skeleton argument?
    closed | Are you going to the training in January?
    closed | Would you rather do it by email or on the phone?
    closed | Do you know yet whether you passed the assessment?
    closed | How long have you been with the firm now?
    closed | Is it all right if we start a bit earlier next time?
    closed | Do you feel you're getting enough feedback?
    closed | Is it true that you're running two matters at once?
    closed | Is the idea that you give the presentation?
    closed | Are there any other deadlines this month?
    closed | Have you read the judgment yet?
    closed | Who else is on that working group?
    closed | Does that happen a lot?
    closed | Did the client agree with that?
    closed | Can you schedule it yourself or does it go through the assistants?
    closed | Do you need help with the review process?
    closed | When is your appraisal?
    closed | Do you think you'll make it before the summer?
    closed | Have you decided between tax and advisory?
    closed | Is that a problem for you?
    closed | Shall we pick this up next time?
    closed | Are you still there?
    closed | How many files do you have on the go at the moment?
    closed | Did he actually say that?
    closed | Are you managing to keep your timesheets up to date?
    closed | Do you want to keep talking about that today?
    closed | Do you know anyone in the employment team?
    closed | Were you in the room when it happened?
    closed | Did you put that plan together as a team?
    closed | Where is the session, in Canary Wharf or in the Manchester office?
    closed | Do you still see him regularly?
    closed | Is the engagement letter signed?
    closed | Does that have to go out today?
    closed | Did you say that to her as well?
    closed | So the draft is done?
    closed | And the partner, does he know about this yet?
    closed | Do you often work weekends?
    closed | Are you getting enough time for that?
    closed | Is that going to be billed to the client?
    closed | Have you started on the data room review?
    closed | Is handing the file over an option?
    closed | Do you have the Q3 numbers to hand?
    closed | Is the meeting with the inspector booked?
    closed | Do you feel supported by your team?
    closed | Could you confirm that by email?
    closed | What time does the hearing start?
    closed | Are you looking forward to the move to London?
    closed | Would that help?
    closed | Looking back, was it the right call?
    closed | Do you see what I mean?
    closed | Any questions about the new guidance?
    closed | Is there anyone who could help you with that?
    closed | Which day were you thinking of for the review meeting?
    closed | Does the client know the limitation period is running out?
    closed | Are you going to ask your coach about it?
    closed | Does that fit in your schedule?
    closed | Is that something you want?
    closed | Did the partner sign off on the budget?
    reflection | It sounds like that decision caught you off guard. | I only found out on Friday afternoon that the matter had been given to someone else.
    reflection | If I understand you correctly, you do want more responsibility, just not at any cost. | I'm happy to grow, but I also want to have a life outside work.
    reflection | So you're caught between two partners who want different things from you. | One partner wants me to stay in M&A, the other keeps pulling me into litigation.
    reflection | You feel you're not being taken seriously in that team. | They never ask for my view in the meeting, not even when it's about my own file.
    reflection | So what you're saying is that it's not the hours, it's the unpredictability. | It's not the hours as such, it's that I never know when something else is going to land.
    reflection | That Friday deadline is really weighing on you. | I'm losing sleep over it, there's no way I'm hitting that Friday deadline.
    reflection | What I'm hearing is that you're proud of the work but not sure anyone noticed. | The memo was really good, I think, but nobody said a word about it.
    reflection | You'd actually like to travel less. | I'm at the client in Birmingham three days a week and it's exhausting.
    reflection | So the client still hasn't sent the documents? | The client still hasn't sent the documents and the return has to go out next week.
    reflection | It frustrates you that you always end up taking the minutes. | Why am I always the one taking the minutes? Nobody ever asks the men.
    reflection | You feel like you're falling behind the others in your intake. | Everyone else from my intake already has their own client.
    reflection | Sounds like a tough choice. | I don't know whether I should take the offer from the New York office.
    reflection | You're wondering whether you really fit at this firm. | Sometimes I think I'd be better off at a smaller firm.
    reflection | So you'd rather finish the analysis yourself before you take it to the partner. | I want to finish the analysis myself before I show it to the partner.
    reflection | You're worried about how the client is going to react. | I'm honestly scared the client will be furious when he sees that tax assessment.
    reflection | You feel a bit left on your own. | Since my team lead left I don't really have anyone to bounce ideas off.
    reflection | Three deadlines in one week, that's a lot. | Next week I've got three deadlines: the accounts, the memo and the witness statements.
    reflection | So you did raise it, but nothing was done about it. | I've raised it twice in the team meeting and nothing happens.
    reflection | It seems like you're not giving yourself any room to make mistakes. | I'm so annoyed I made that error in the calculation, I should have spotted it.
    reflection | You'd like more substantive work and less coordinating. | I spend all day on schedules and emails when what I actually want is the substance.
    reflection | You're noticing that those meetings drain your energy. | After all those meetings I'm just spent, I don't get to any real work.
    reflection | It sounds like that feedback hit harder than you expected. | I thought I'd done well, and then I got this whole list of points.
    reflection | So you think the problem was the communication rather than the content? | I think the client understood the content fine, we just explained it badly.
    reflection | You're proud that you solved that on your own. | In the end I fixed the consolidation problem myself, without any help.
    reflection | In other words, you want to, you just don't know how. | I'm happy to network, but I have no idea how to do it without it feeling fake.
    reflection | You find it hard to say no to a partner. | When a partner asks for something I always say yes, even when I really don't have the time.
    reflection | You're saying you need more structure. | I'm just missing a clear plan, everyone does their own thing.
    reflection | It hurt that he didn't thank you. | I worked the whole weekend and he didn't even say thank you.
    reflection | Above all you don't want to look like you can't cope. | I don't dare say it's too much, because then they'll think I can't handle it.
    reflection | So the conversation with the client went better than you expected. | The conversation with the client actually went much better than I expected.
    reflection | It feels like you have to prove yourself all over again. | With every new partner I have to show what I can do from scratch.
    reflection | So mostly you're tired. | I'm just tired, really tired, for weeks now.
    reflection | Part of you wants the promotion, and part of you dreads even more hours. | I do want the promotion, but I'm afraid I'll have to bill even more hours.
    reflection | You have the sense the partner has already made up his mind. | I think he's already decided I'm not partner material.
    reflection | The planning for the audit has ground to a halt. | The planning for the audit is completely stuck, I can't make it work.
    reflection | So things are good with the client, but there's friction in your own team. | Things are fine with the client, but there's friction in my own team.
    reflection | You'd like someone to ask how you're doing for once. | Nobody ever asks how I'm doing, it's only ever about the hours.
    reflection | Sounds like you're not done with that yet. | I don't know, that whole business with the appraisal still doesn't sit right with me.
    reflection | You want to do right by the client and by the firm. | I want to help the client properly, but the firm also wants me to bill the hours.
    reflection | So you already lean towards the tax side. | To be honest, the tax side appeals to me more than audit.
    reflection | You're unsure about your presentation skills. | Whenever I have to present to the partners, I start stumbling over my words.
    reflection | Part of you just wants a break from all of it. | Sometimes I just want a break from everything, no email, no clients.
    reflection | So it's not the content, it's the timing? | It's not that the memo is bad, it just landed at the wrong moment.
    reflection | You feel responsible for the team even though you're not the team lead. | I'm not the team lead, but I do feel responsible when the team misses a deadline.
    reflection | It sounds like you learned a lot from that case. | It was a tough case, but I learned an enormous amount from it.
    reflection | So you don't know yet whether you want to stay. | Honestly, I don't know yet if I want to stay here after qualifying.
    reflection | You felt the way it was divided was unfair. | They divided the bonuses and I just didn't think it was fair.
    reflection | You need more clarity from the partner. | I just need more clarity from the partner about what he expects of me.
    reflection | If I hear you right, it's not the client but the time pressure that makes it hard. | The client is fine, it's just that everything always needed doing yesterday.
    reflection | You're telling me you've lost your balance between work and home. | I've really lost the balance between work and home.
    reflection | So you want to pass your exams first. | I want to pass my exams first before I think about moving.
    reflection | It bothers you that it takes so long. | Everything takes so long with the court, I find it really frustrating.
    reflection | You feel valued by this client. | That client always calls me, not the partner, and that feels good.
    reflection | So you like the work itself, it's the atmosphere. | I really like the work itself, but the atmosphere in the department just isn't good.
    reflection | You've had enough. | I've really had enough, I never want to see that file again.
    reflection | I hear you saying you want to be more visible. | I just want the partners to know who I am and what I can do.
    reflection | That comment from last week is still with you. | That comment from last week about my writing style keeps going round in my head.
    reflection | So that was a real blow. | The assessment went really badly, I didn't see it coming.
    reflection | You really want to keep your Fridays free. | I just want to keep my Fridays free, that's for my kids.
    reflection | So the meeting with the bank gave you more confidence? | After the meeting with the bank I'm actually more confident the financing will come through.
    reflection | That must be hard, every single time. | Every time I hand something in, it comes back covered in red.
    reflection | That sounds pretty lonely. | In the new department nobody really talks to me over lunch.
    reflection | It feels like you don't belong there. | They all go for drinks on Friday and nobody asks if I want to come.
    reflection | That must have been a long night. | I was still rewriting the disclosure letter at three in the morning.
    reflection | That's a lot to carry on your own. | I'm running the audit, training the new joiners and covering for my manager.
    other | Sounds good.
    other | That sounds like a plan.
    advice | You should just talk to that partner directly.
    advice | If I were you, I'd get someone to check the numbers again first.
    advice | Try keeping your mornings free for the real work.
    advice | My advice would be to turn down that extra engagement.
    advice | Call the client today so you know where you stand.
    advice | When you're ready, send me the file.
    advice | You could think about doing a secondment.
    advice | Make sure you fill in your time every day, otherwise you lose track.
    advice | I'd have a colleague read the memo first.
    advice | Block out a fixed slot each week for your studying.
    advice | You need to talk to your team lead before you go to the partner.
    advice | Write down three action points straight after every meeting.
    advice | Why don't you just ask HR for a meeting?
    advice | Take the time to practise your submissions out loud.
    advice | I'd suggest not sending that email tonight.
    advice | It would be wise to confirm in writing what you agreed with the client.
    advice | You really have to learn to say no.
    advice | Ask the partner for concrete examples.
    advice | Put two hours a day in your calendar with no email.
    advice | If you're in doubt, take it to the technical team.
    advice | My tip is to start with the hardest task of the day.
    advice | You ought to talk to James in the real estate team.
    advice | What I would do is hand the planning back to the engagement manager.
    advice | Send a short agenda beforehand so it feels less like an ambush.
    advice | It's a good idea to keep a log of your wins for your appraisal.
    advice | Let that comment rest until after the weekend.
    advice | You're better off flagging it now than missing a deadline later.
    advice | Give yourself a deadline a day before the real one.
    advice | Put that question on the agenda for the team meeting.
    advice | You don't have to do everything yourself.
    advice | Be honest with the client about the delay.
    advice | Always check you have the latest version before you send anything to the client.
    advice | I'd say take the team coordinator role.
    advice | Prepare that conversation with three points you really want to make.
    advice | Keep your email to the other side short and factual.
    advice | Break the file down into smaller pieces.
    advice | You should really do that negotiation course.
    advice | Ask for a mid-year review so you know sooner where you stand.
    advice | It helps to batch your questions and go to the senior once a day.
    advice | Don't forget the deadline for the objection.
    advice | Spend a day shadowing someone in the advisory practice.
    advice | Find someone outside your team you can talk things through with.
    advice | Just go for it, you've got nothing to lose.
    advice | Read the judgment through carefully once more before the hearing.
    advice | You have to record those hours, even if they're not billable.
    advice | Make a list of what really has to be done this week.
    advice | Agree with your partner that you leave at six on Wednesdays.
    advice | Don't try to make the first draft perfect.
    advice | If the client calls again, refer him to the engagement partner.
    advice | I'd start by getting the facts straight.
    advice | Get in touch with the relationship manager at the bank.
    advice | Remember to log your training hours on time.
    advice | The best thing is to hand the file over to Sarah.
    advice | You might want to make your proposal a bit more concrete.
    advice | Have a look at how Emma structures that kind of memo.
    advice | Make sure the partner sees the draft letter before it goes out.
    advice | Widen it out and make it an agenda item.
    advice | Keep your Friday afternoons free for admin.
    advice | Maybe you should just take some time off.
    advice | Email the client that you need the documents by Tuesday at the latest.
    information | The deadline for the corporate tax return is the first of June this year.
    information | At this firm, promotion to senior is usually discussed in the third year.
    information | The partner has the final say on staffing.
    information | The appraisal form covers five competencies.
    information | The court has moved the hearing to March.
    information | In principle, training hours don't count towards your billable target.
    information | The client had a different auditor last year.
    information | The technical team usually answers questions within two days.
    information | The new guidance applies to all audits from January.
    information | My experience with that partner is that he mostly focuses on the detail.
    information | We've had three new associates join the team.
    information | The client is in logistics and has sites in four countries.
    information | The assessment centre consists of a case study and a role play.
    information | The appeal period is six weeks from the judgment.
    information | That kind of work is normally allocated by the senior manager.
    information | I finished the draft report yesterday.
    information | I'm at about forty billable hours a week at the moment.
    information | The client wants the report by the end of the month at the latest.
    information | It's a dispute about the lease of a retail unit.
    information | The management letter hasn't been discussed with the board yet.
    information | There's a new process for time recording coming next quarter.
    information | The team is two partners, three seniors and six juniors.
    information | My team lead is on leave until mid-January.
    information | The firm pays for the course if you sign up in advance.
    information | Under the policy you can work from home two days a week.
    information | That audit has been running since September.
    information | It's a family business with a fairly complicated structure.
    information | The partners decide on promotions in April.
    information | I took the file over from Mark last week.
    information | The other side still hasn't responded to our offer.
    information | The memo is about the tax consequences of the restructuring.
    information | I mostly work for the corporate team.
    information | The new software still needs a lot of manual work.
    information | The panel mainly looks at your commercial contribution.
    information | Eighty percent of the budget for that engagement is already gone.
    information | The client was fined by the regulator.
    information | I have a hearing at the county court tomorrow.
    information | That system has four levels of sign-off.
    information | The file review is done by a different partner.
    information | In your first year you mostly help out on the audits of the bigger clients.
    information | The firm runs a mentoring scheme for all new joiners.
    information | I spent three years in the employment team before I came here.
    information | The third quarter figures are lower than expected.
    information | She's the only senior with experience of this kind of merger.
    information | I sent the plan to the whole team yesterday.
    information | The problem is mainly in the stock valuation.
    information | That client always pays its invoices three months late.
    information | My contract runs until September.
    information | The intake meeting with the new client is on Thursday.
    information | Normally you're assigned a permanent mentor after your probation.
    story | When I started out, I never dared ask the partners anything either.
    story | At my previous firm we had exactly the same problem with resourcing.
    story | In my experience it helps enormously to name those things early.
    story | I once worked through the night on a due diligence and it turned out to be completely unnecessary.
    story | I remember giving my first advocacy exercise with my hands shaking.
    story | When I became a senior, I had to learn to let go of work too.
    story | I once had a client who rang every morning at seven.
    story | I used to fill in all my time on Friday and by then I couldn't remember a thing.
    story | My first year at the Big Four was pure survival.
    story | At my first employer you never got feedback, just a rating at the end of the year.
    story | I nearly missed a limitation date myself once.
    story | When I was at your stage, I spent a year working in Frankfurt.
    story | Years ago I had a partner who reacted in exactly the same way.
    story | I remember an audit where the finance director literally slammed the door on us.
    story | Back when I was a trainee we still did everything on paper.
    story | I went through the same doubts about moving into advisory.
    story | I had a team lead at the time who never had a minute for anyone.
    story | When we did the merger of those two hospital trusts, everything got stuck on IT as well.
    story | At my last department we had a short stand-up every Monday and it worked really well.
    story | The first time I presented to the board, the projector died and I had to do it from memory.
    story | When I got my first client of my own, I slept badly for weeks.
    story | I learned the hard way that the panel cares a lot about how you present yourself.
    story | I was on a case once that went on for three years.
    story | At my old firm nobody ever talked about workload.
    story | I had a falling out with a senior once, and we sorted it out by the coffee machine.
    story | When I made partner, I thought it would get easier, but it only got busier.
    story | I've been there myself, thinking everyone else is better at it than you.
    story | When I was a trainee, I once sent the wrong version to the court.
    story | My first year I worked almost every weekend.
    story | Early in my career I really struggled with presenting to large groups.
    story | In my first month here I got lost in the building twice.
    story | I remember how nervous I was before my first appraisal.
    story | When I joined the tax team, I didn't understand the first thing about VAT.
    story | I lost a client once because I was too slow to call back.
    story | At my previous firm I had a mentor who called me every week.
    backchannel | Yeah.
    backchannel | Mhm.
    backchannel | Right.
    backchannel | Yeah, exactly.
    backchannel | Okay.
    backchannel | Uh-huh.
    backchannel | Sure.
    backchannel | I see.
    backchannel | Right, right.
    backchannel | Oh, okay.
    backchannel | Really?
    backchannel | Got it.
    backchannel | Makes sense.
    backchannel | Yeah, yeah.
    backchannel | Absolutely.
    backchannel | Fair enough.
    backchannel | Hmm.
    backchannel | Of course.
    backchannel | Mm.
    backchannel | Wow.
    backchannel | Oh really?
    backchannel | Yep.
    backchannel | True.
    backchannel | Okay, got it.
    backchannel | Interesting.
    other | Good morning, great that you could make it.
    other | Thanks for being so open about it.
    other | Let's start with the goals from last time.
    other | Well done, that was a tricky piece of work.
    other | Sorry, I dropped out for a second, the connection went.
    other | See you next week then.
    other | How great that you raised that yourself.
    other | Good to hear.
    other | Anyway, we've got ten minutes left.
    other | Let's come back to that next time.
    other | Thank you for your time today.
    other | Hi Tom, there you are.
    other | What a lovely thing for the client to say.
    other | Oh well.
    other | Nice one.
    other | Good luck with the hearing tomorrow.
    other | I don't know.
    other | Let me think.
    other | That's rotten luck.
    other | Lovely to see you again.
    other | Welcome back from your holiday.
    other | No problem at all.
    other | Right, let's wrap up there.
    other | Apologies for being late.
    other | Great, that's a good step.
    other | Let's see where we left off.
    other | That's impressive.
    other | Have a good weekend.
    other | What a week.
    other | Hello, I'm back.
    """
}
