import Foundation

/// The formulas behind the mirror, one function per figure. Each is documented with its
/// formula in `docs/mirror.md` as well. All of them run in time linear in their input
/// (plus a sort of the pair's conversations and scores).
public enum MirrorMath {
    static let day: TimeInterval = 86_400

    /// Held conversations whose date lies in the period, oldest first.
    public static func heldConversations(_ conversations: [ConversationRecord], in period: DateInterval) -> [ConversationRecord] {
        conversations.filter { $0.status == .held && period.contains($0.date) }.sorted { $0.date < $1.date }
    }

    /// `menteeShare = held conversations initiated by the mentee / held conversations`,
    /// reported only from `minimumConversations` held conversations on.
    public static func conversationInitiative(_ held: [ConversationRecord], settings: MirrorSettings) -> ConversationInitiative {
        let byMentee = held.filter { $0.initiator == .mentee }.count
        return ConversationInitiative(
            menteeShare: held.count >= settings.minimumConversations ? Double(byMentee) / Double(held.count) : nil,
            heldConversations: held.count, initiatedByMentee: byMentee, since: held.first?.date,
            series: held.map { conversation in
                let menteeItems = conversation.agenda.filter { $0.author == .mentee }.count
                return InitiativePoint(conversationID: conversation.id, date: conversation.date, initiator: conversation.initiator,
                                       menteeAgendaShare: conversation.agenda.isEmpty ? nil : Double(menteeItems) / Double(conversation.agenda.count))
            })
    }

    /// `menteeShare = agenda items by the mentee / all agenda items` over the held conversations;
    /// `beforehandShare = items added before the start / all items`;
    /// `menteeBeforehandShare = the mentee's items added beforehand / the mentee's items`.
    public static func agendaInitiative(_ held: [ConversationRecord], settings: MirrorSettings) -> AgendaInitiative {
        var items = 0, menteeItems = 0, beforehand = 0, menteeBeforehand = 0
        for conversation in held {
            for item in conversation.agenda {
                items += 1
                if item.addedBeforehand { beforehand += 1 }
                if item.author == .mentee {
                    menteeItems += 1
                    if item.addedBeforehand { menteeBeforehand += 1 }
                }
            }
        }
        let enough = held.count >= settings.minimumConversations && items > 0
        return AgendaInitiative(
            menteeShare: enough ? Double(menteeItems) / Double(items) : nil,
            beforehandShare: enough ? Double(beforehand) / Double(items) : nil,
            menteeBeforehandShare: enough && menteeItems > 0 ? Double(menteeBeforehand) / Double(menteeItems) : nil,
            items: items, menteeItems: menteeItems, conversations: held.count)
    }

    /// Per held conversation the mentor's share of talk: measured from a transcript when there
    /// is one, else the mentor's estimate. `mean` is the plain mean of those shares; `position`
    /// compares it with the organisation's band. Question counts and the longest monologue come
    /// from transcripts only.
    public static func talkShare(_ held: [ConversationRecord], settings: MirrorSettings) -> TalkShareFigure {
        var series: [TalkShareFigure.Point] = []
        var open = 0, closed = 0, statements = 0
        var longest = 0.0
        var measuredCount = 0
        for conversation in held {
            if let measured = conversation.measured {
                series.append(.init(conversationID: conversation.id, date: conversation.date, share: measured.mentorShare, source: .measured))
                open += measured.openQuestions
                closed += measured.closedQuestions
                statements += measured.statements
                longest = max(longest, measured.longestMonologueSeconds)
                measuredCount += 1
            } else if let estimate = conversation.estimatedTalkShare {
                series.append(.init(conversationID: conversation.id, date: conversation.date, share: estimate, source: .estimated))
            }
        }
        let mean = series.count >= settings.minimumConversations ? series.map(\.share).reduce(0, +) / Double(series.count) : nil
        let band = settings.talkBand
        return TalkShareFigure(
            series: series, mean: mean, bandLow: band.lowerBound, bandHigh: band.upperBound,
            position: mean.map { $0 < band.lowerBound ? .below : $0 > band.upperBound ? .above : .within },
            measuredConversations: measuredCount, estimatedConversations: series.count - measuredCount,
            openQuestions: measuredCount > 0 ? open : nil, closedQuestions: measuredCount > 0 ? closed : nil,
            statements: measuredCount > 0 ? statements : nil, longestMonologueSeconds: measuredCount > 0 ? longest : nil)
    }

    /// State and review from `AgreementReview`; `ageDays` counts whole days since it was discussed;
    /// a review is due when it was confirmed more than six months ago, or when the pair's
    /// situation changed after it was discussed.
    public static func agreement(_ record: AgreementRecord?, situationChanges: [Date], now: Date) -> AgreementFigure {
        let discussed = record?.discussedOn
        let changed = AgreementReview.situationChanged(record, changes: situationChanges)
        return AgreementFigure(
            state: AgreementReview.status(record), discussedOn: discussed,
            ageDays: discussed.map { max(0, Int(now.timeIntervalSince($0) / day)) },
            confirmedOn: AgreementReview.confirmedOn(record),
            reviewDue: AgreementReview.reviewDue(record, changes: situationChanges, now: now), situationChangedSince: changed)
    }

    /// Per value: the latest score in the period, the one before, the trend between them
    /// (up, down or flat), how many scores describe the behaviour, and when it was last scored.
    public static func coreValues(_ scores: [ScoreRecord], values: [CoreValueRecord], period: DateInterval) -> CoreValuesFigure {
        var byValue: [UUID: [ScoreRecord]] = [:]
        for score in scores where period.contains(score.date) { byValue[score.valueID, default: []].append(score) }
        var figures: [ValueFigure] = []
        var never: [String] = []
        for value in values {
            guard let list = byValue[value.id]?.sorted(by: { $0.date < $1.date }), let latest = list.last else {
                never.append(value.name)
                continue
            }
            let previous = list.count > 1 ? list[list.count - 2].score : nil
            figures.append(ValueFigure(
                valueID: value.id, name: value.name, latest: latest.score, previous: previous,
                trend: previous.map { latest.score > $0 ? .up : latest.score < $0 ? .down : .flat },
                scores: list.count, withBehaviour: list.filter(\.behaviourDescribed).count, lastScoredOn: latest.date,
                series: list.map { ScorePoint(conversationID: $0.conversationID, date: $0.date, score: $0.score) }))
        }
        return CoreValuesFigure(values: figures, neverScored: never)
    }

    /// Per goal: evidence recorded in the period, the date of the last, and the number of held
    /// conversations since then (all held conversations of the period when there is none).
    public static func learningGoals(_ goals: [GoalRecord], evidence: [EvidenceRecord], held: [ConversationRecord], period: DateInterval) -> [GoalFigure] {
        var byGoal: [UUID: (count: Int, last: Date)] = [:]
        for item in evidence where period.contains(item.date) {
            let current = byGoal[item.goalID]
            byGoal[item.goalID] = ((current?.count ?? 0) + 1, max(current?.last ?? item.date, item.date))
        }
        return goals.map { goal in
            let found = byGoal[goal.id]
            let since = found.map { last in held.filter { $0.date > last.last }.count } ?? held.count
            return GoalFigure(goalID: goal.id, title: goal.title, theme: goal.theme, status: goal.status,
                              evidenceCount: found?.count ?? 0, lastEvidenceOn: found?.last, conversationsSinceEvidence: since)
        }
    }

    /// `preparedShare = held conversations with an agenda item the mentee added beforehand / held conversations`;
    /// `actionsOnTimeShare = the mentee's actions due in the period and done by the end of their due day / those due`;
    /// `score` is the mean of the shares that exist. A work-organisation goal that is still open
    /// or in progress, together with a score below 0.5, is the pattern worth raising.
    public static func goalDirectedness(_ held: [ConversationRecord], actions: [ActionRecord], goals: [GoalRecord], settings: MirrorSettings) -> GoalDirectedness {
        let prepared = held.filter { $0.agenda.contains { $0.author == .mentee && $0.addedBeforehand } }.count
        let preparedShare = held.count >= settings.minimumConversations ? Double(prepared) / Double(held.count) : nil
        var due = 0, onTime = 0, carried = 0
        for action in actions where action.owner == .mentee {
            if action.carriedCount >= 2 { carried += 1 }
            guard let dueDate = action.due, settings.period.contains(dueDate), dueDate <= settings.now else { continue }
            due += 1
            if let done = action.done, done < dueDate.addingTimeInterval(day) { onTime += 1 }
        }
        let onTimeShare = due >= settings.minimumConversations ? Double(onTime) / Double(due) : nil
        let shares = [preparedShare, onTimeShare].compactMap { $0 }
        let score = shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count)
        let workOrganisationGoal = goals.contains { $0.theme == GoalTheme.workOrganisation.rawValue && ($0.status == .open || $0.status == .inProgress) }
        return GoalDirectedness(preparedShare: preparedShare, heldConversations: held.count, actionsOnTimeShare: onTimeShare,
                                actionsDue: due, actionsCarriedTwice: carried, score: score,
                                workOrganisationPattern: workOrganisationGoal && (score ?? 1) < 0.5)
    }

    /// One position from -1 (too little sending) to +1 (too much), a weighted mean of:
    /// - talk (weight 0.6): inside the band it runs linearly from -1/3 at the low edge to +1/3 at
    ///   the high edge; below the band from -1/3 down to -1 at 0 %; above from +1/3 up to +1 at 100 %;
    /// - initiative (weight 0.25): `0.5 - i`, where `i` is the mean of the mentee's conversation
    ///   and agenda initiative shares, so a mentor holding all initiative adds +0.5;
    /// - questions (weight 0.15, transcripts only): `(0.3 - q) / 0.3` clamped to ±1, where `q` is
    ///   the mentor's questions over questions plus statements.
    /// Weights of missing parts are left out. Without talk data there is no position.
    /// The verdict is "too little" below -1/3, "too much" above +1/3, else balanced.
    public static func balance(talk: TalkShareFigure, conversationInitiative: ConversationInitiative, agendaInitiative: AgendaInitiative,
                               band: ClosedRange<Double>) -> Balance {
        var reasons: [Balance.Reason] = []
        guard let mean = talk.mean else {
            return Balance(position: nil, verdict: nil, talkComponent: nil, initiativeComponent: nil, questionComponent: nil, reasons: [])
        }
        let low = band.lowerBound, high = band.upperBound
        let talkComponent: Double
        if mean < low {
            talkComponent = -1.0 / 3 + (mean - low) / low * (2.0 / 3)
            reasons.append(.talkBelowBand)
        } else if mean > high {
            talkComponent = 1.0 / 3 + (mean - high) / (1 - high) * (2.0 / 3)
            reasons.append(.talkAboveBand)
        } else {
            talkComponent = (mean - (low + high) / 2) / ((high - low) / 2) / 3
            reasons.append(.talkWithinBand)
        }
        var weighted = talkComponent * 0.6
        var weights = 0.6
        let shares = [conversationInitiative.menteeShare, agendaInitiative.menteeShare].compactMap { $0 }
        var initiativeComponent: Double?
        if !shares.isEmpty {
            let initiative = shares.reduce(0, +) / Double(shares.count)
            initiativeComponent = 0.5 - initiative
            weighted += initiativeComponent! * 0.25
            weights += 0.25
            reasons.append(initiative < 0.35 ? .mentorHoldsInitiative : initiative > 0.65 ? .menteeHoldsInitiative : .initiativeShared)
        }
        var questionComponent: Double?
        if let open = talk.openQuestions, let closed = talk.closedQuestions, let statements = talk.statements, open + closed + statements > 0 {
            let ratio = Double(open + closed) / Double(open + closed + statements)
            questionComponent = min(1, max(-1, (0.3 - ratio) / 0.3))
            weighted += questionComponent! * 0.15
            weights += 0.15
            if ratio < 0.15 { reasons.append(.fewQuestions) } else if ratio > 0.45 { reasons.append(.manyQuestions) }
        }
        let position = min(1, max(-1, weighted / weights))
        return Balance(position: position, verdict: position < -1.0 / 3 ? .tooLittle : position > 1.0 / 3 ? .tooMuch : .balanced,
                       talkComponent: talkComponent, initiativeComponent: initiativeComponent, questionComponent: questionComponent, reasons: reasons)
    }

    /// Observations in the period, newest first, and per pattern how often it helped or
    /// hindered, when it was last seen, and the approach that fits it.
    public static func attitude(_ observations: [ObservationRecord], period: DateInterval) -> AttitudeFigure {
        let recent = observations.filter { period.contains($0.date) }.sorted { $0.date > $1.date }
        var order: [String] = []
        var counts: [String: AttitudeFigure.PatternCount] = [:]
        for observation in recent {
            if counts[observation.pattern] == nil {
                order.append(observation.pattern)
                counts[observation.pattern] = .init(pattern: observation.pattern, helps: 0, hinders: 0, lastSeenOn: observation.date,
                                                    approach: Approach.matching(observation.pattern))
            }
            if observation.effect == .helps { counts[observation.pattern]!.helps += 1 } else { counts[observation.pattern]!.hinders += 1 }
        }
        return AttitudeFigure(observations: recent, patterns: order.map { counts[$0]! })
    }
}
