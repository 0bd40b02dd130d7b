import Plot
import Foundation
import MentorCore

extension MirrorParts {
    /// The numbers behind the balance scale: each part's value from −1 to +1 and its weight,
    /// and the position they make (issue 14, item 8: every chart has its table).
    static func balanceTable(_ sending: SendingFigure, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let signed = { (value: Double) in (value > 0 ? "+" : "") + formats.number(value, fractionDigits: 2) }
        let parts: [(SendingFigure.Part, Double?)] = [(.talk, sending.talkComponent), (.moves, sending.movesComponent), (.wait, sending.waitComponent)]
        var rows = parts.compactMap { part, value in
            value.map { [T.balancePartName(part)(language), formats.percent(SendingFigure.weights[part] ?? 0), signed($0)] }
        }
        if let position = sending.position { rows.append([T.balancePosition(language), "", signed(position)]) }
        return ChartFigure.table(.init(caption: T.balanceTableTitle(language),
                                       headers: [T.balancePart(language), T.balanceWeight(language), T.balanceValue(language)], rows: rows))
    }
}
