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
                let brought = conversation.agenda.filter { !$0.carried }
                let menteeItems = brought.filter { $0.author == .mentee }.count
                return InitiativePoint(conversationID: conversation.id, date: conversation.date, initiator: conversation.initiator,
                                       menteeAgendaShare: brought.isEmpty ? nil : Double(menteeItems) / Double(brought.count))
            })
    }

    /// `menteeShare = agenda items by the mentee / all agenda items` over the held conversations;
    /// `beforehandShare = items added before the start / all items`;
    /// `menteeBeforehandShare = the mentee's items added beforehand / the mentee's items`.
    /// Items carried from an earlier conversation are left out: they count where they were brought.
    public static func agendaInitiative(_ held: [ConversationRecord], settings: MirrorSettings) -> AgendaInitiative {
        var items = 0, menteeItems = 0, beforehand = 0, menteeBeforehand = 0
        for conversation in held {
            for item in conversation.agenda where !item.carried {
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

    /// `preparedShare = held conversations with an agenda item the mentee added beforehand / held conversations`
    /// (a carried item never counts as prepared);
    /// `actionsOnTimeShare = the mentee's actions due in the period and done by the end of their due day / those due`;
    /// `actionsCarriedTwice` counts the mentee's actions agreed or due in the period carried into two or more later conversations;
    /// `score` is the mean of the shares that exist. A work-organisation goal that is still open
    /// or in progress, together with a score below 0.5, is the pattern worth raising.
    public static func goalDirectedness(_ held: [ConversationRecord], actions: [ActionRecord], goals: [GoalRecord], settings: MirrorSettings) -> GoalDirectedness {
        let prepared = held.filter { $0.agenda.contains { $0.author == .mentee && $0.addedBeforehand && !$0.carried } }.count
        let preparedShare = held.count >= settings.minimumConversations ? Double(prepared) / Double(held.count) : nil
        var due = 0, onTime = 0, carried = 0
        for action in actions where action.owner == .mentee {
            let inPeriod = [action.agreedOn, action.due].contains { $0.map(settings.period.contains) ?? false }
            if action.carriedCount >= 2 && inPeriod { carried += 1 }
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

    /// The older `balance` key, read from `sending`: the same position and verdict, the talk
    /// component, and the talk reason.
    public static func balance(_ sending: SendingFigure) -> Balance {
        let talk: [Balance.Reason] = (sending.reasons + sending.counterweights).compactMap { reason in
            switch reason {
            case .talkAboveBand: .talkAboveBand
            case .talkBelowBand: .talkBelowBand
            case .talkWithinBand: .talkWithinBand
            default: nil
            }
        }
        return Balance(position: sending.position, verdict: sending.verdict, talkComponent: sending.talkComponent,
                       initiativeComponent: nil, questionComponent: nil, reasons: talk)
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
