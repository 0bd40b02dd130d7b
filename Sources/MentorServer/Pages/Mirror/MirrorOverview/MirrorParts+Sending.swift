import Plot
import Foundation
import MentorCore

/// The mirror's first question told truthfully (issue 14): sending and receiving with reasons
/// that always agree with the verdict, the initiative beside it, and how well the mentor
/// judges their own share of talk.
extension MirrorParts {
    static func sending(_ sending: SendingFigure, id: String, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        guard let position = sending.position, let verdict = sending.verdict else {
            return .div(.class("mirror-block"), .id(id), .h3(.text(T.balanceTitle(language))), .p(.class("muted"), .text(T.tooLittleData(language))))
        }
        let headline = T.sendingVerdict(verdict, hasReasons: !sending.reasons.isEmpty)(language)
        return .div(
            .class("mirror-block"), .id(id),
            .h3(.text(T.balanceTitle(language))),
            .raw(SVGChart.balance(id: id + "-chart", title: T.balanceTitle(language), description: headline, position: position,
                                  leftLabel: T.balanceTooLittle(language), rightLabel: T.balanceTooMuch(language))),
            balanceTable(sending, viewer: viewer),
            .p(.strong(.text(headline))),
            sending.reasons.isEmpty ? .empty : .group(
                .p(.text(T.sendingReasonsHeading(language) + ":")),
                .ul(.class("sending-reasons"), .forEach(sending.reasons) { .li(.text(T.sendingReason($0)(language))) })),
            sending.counterweights.isEmpty ? .empty : .group(
                .p(.text(T.sendingCounterHeading(verdict)(language) + ":")),
                .ul(.class("sending-counterweights"), .forEach(sending.counterweights) { .li(.text(T.sendingReason($0)(language))) })),
            .unwrap(sending.telling) { telling in
                .p(.class("muted"), .text(T.sendingMoves(telling: telling, receiving: sending.receiving ?? 0, transcripts: sending.transcripts)(language)))
            },
            .p(.class("hint"), .text(T.sendingHow(language))))
    }

    static func initiative(_ initiative: InitiativeFigure, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .div(
            .class("mirror-block"), .id("initiative-figure"),
            .h3(.text(T.initiativeTitle(language))),
            .p(.text(initiative.holder.map { T.initiativeHolder($0)(language) } ?? T.tooLittleData(language))),
            initiative.carriedItems > 0 ? .p(.class("muted"), .text(T.initiativeCarried(initiative.carriedItems)(language))) : .empty)
    }

    static func calibration(_ calibration: CalibrationFigure, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let points = { (value: Double) in formats.number(abs(value), fractionDigits: 0) }
        guard let mean = calibration.meanGapPoints, let direction = calibration.direction else {
            return .div(.class("mirror-block"), .id("calibration"), .h3(.text(T.calibrationTitle(language))),
                        .p(.class("muted"), .text(T.calibrationNone(language))),
                        calibration.measuredWithoutEstimate > 0
                            ? .p(.class("muted"), .text(T.calibrationWithoutEstimate(calibration.measuredWithoutEstimate)(language))) : .empty)
        }
        return .div(
            .class("mirror-block"), .id("calibration"),
            .h3(.text(T.calibrationTitle(language))),
            .p(.strong(.text(T.calibrationDirection(direction, points: points(mean))(language)))),
            .unwrap(calibration.meanDistancePoints) { distance in
                direction == .aboutRight || abs(distance - abs(mean)) >= 0.5 ? .p(.text(T.calibrationDistance(points(distance))(language))) : .empty
            },
            .unwrap(calibration.trend) { trend in
                .p(.text(T.calibrationTrend(trend, earlier: points(calibration.earlierDistancePoints ?? 0),
                                            later: points(calibration.laterDistancePoints ?? 0))(language)))
            },
            .p(.class("muted"), .text(T.calibrationBasis(calibration.points.count)(language)
                + (calibration.measuredWithoutEstimate > 0 ? " " + T.calibrationWithoutEstimate(calibration.measuredWithoutEstimate)(language) : ""))),
            MirrorPage.table(T.calibrationTableTitle(language),
                             headers: [T.date(language), T.ownEstimate(language), T.measured(language), T.gapPoints(language)],
                             rows: calibration.points.map { point in
                                 [formats.date(point.date), formats.percent(point.estimate), formats.percent(point.measured),
                                  (point.gapPoints > 0 ? "+" : "") + formats.number(point.gapPoints, fractionDigits: 0)]
                             }))
    }
}

extension MirrorParts {
    /// "What stands out": at most three short lines, each linking to the section it comes from
    /// (`link` gives the address of a line's section); a line about one of several pairs starts
    /// with the mentee's name. Nothing when nothing stands out.
    static func standsOut(_ lines: [StandOut], viewer: Viewer, link: (StandOut) -> String) -> Node<HTML.BodyContext> {
        guard !lines.isEmpty else { return .empty }
        let language = viewer.language
        return .section(
            .class("mirror-section stands-out"), .id("stands-out"),
            .h2(.text(T.standsOutTitle(language))),
            .ul(.forEach(lines) { line in
                .li(.a(.href(link(line)), .text((line.menteeName.map { $0 + ": " } ?? "") + T.standOut(line, formats: viewer.formats)(language))))
            }))
    }
}
