import Plot
import Foundation
import MentorCore

/// The mentee's view on the mirror pages (issue 14): beside the estimate and the measured share,
/// how often each answer to the mentee's two questions was given in the period, from three
/// answers on. No date and no conversation: only counts per point of the scale.
extension MirrorParts {
    /// `across`: the overview's sum over every mentee, under the same threshold.
    static func menteeView(_ figure: MenteeViewFigure, across: Bool = false, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let id = across ? "mentee-view-all" : "mentee-view"
        let title = (across ? T.menteeViewMirrorTitleAll : T.menteeViewMirrorTitle)(language)
        guard figure.shown, let answers = figure.answers else {
            let hidden = across ? T.menteeViewMirrorHiddenAll(figure.threshold) : T.menteeViewMirrorHidden(figure.threshold)
            return .div(.class("mirror-block"), .id(id), .h3(.text(title)), .p(.class("muted"), .text(hidden(language))))
        }
        return .div(
            .class("mirror-block"), .id(id),
            .h3(.text(title)),
            .p(.class("muted"), .text(T.menteeViewMirrorBasis(answers)(language))),
            .div(.class("mentee-view-tables"), .forEach(MenteeViewQuestion.allCases) { question in
                distributionTable(question, counts: figure.counts(question) ?? [], id: id, viewer: viewer)
            }),
            .p(.class("hint"), .text(T.menteeViewMirrorCompare(language))))
    }

    /// One question: each point of the scale with its words, how often it was given, and a bar
    /// of up to ten blocks (relative to the most given answer; the count is the figure itself).
    static func distributionTable(_ question: MenteeViewQuestion, counts: [Int], id: String, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let most = max(1, counts.max() ?? 1)
        let headingID = "\(id)-\(question.rawValue)"
        return .div(
            .class("table-wrap"),
            .h4(.id(headingID), .text(T.menteeQuestionForMentor(question)(language))),
            .table(
                .attribute(named: "aria-labelledby", value: headingID),
                .thead(.tr(.th(.text(T.menteeViewAnswer(language))), .th(.text(T.menteeViewTimes(language))))),
                .tbody(.forEach(Array(zip(MenteeViewFigure.scale, counts))) { point, count in
                    .tr(.td(.text("\(point) – \(T.menteeScale(question, point)(language))")),
                        .td(.text("\(count) "),
                            .span(.class("distribution-bar"), .attribute(named: "aria-hidden", value: "true"),
                                  .text(String(repeating: "■", count: count == 0 ? 0 : max(1, Int((Double(count) / Double(most) * 10).rounded())))))))
                })))
    }
}
