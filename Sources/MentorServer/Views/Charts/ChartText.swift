import Foundation

/// How wide a chart label is, estimated from its characters, so the charts can leave room for
/// their labels (and the tests can check that every label fits) without a font at hand.
///
/// The widths are those of a common sans-serif (Helvetica, Arial, DejaVu Sans) in ems, rounded
/// up: a label estimated to fit does fit in the browser's sans-serif.
enum ChartText {
    /// Chart text on a wide screen: the charts are at most 640 px wide, one unit a pixel.
    static let fontSize = 11.0
    /// Chart text below 60rem (Stylesheet: `svg.chart text`): a 640-unit chart shown about 350 px
    /// wide on a 390 px phone is about 0.55 px a unit, so 20 units are about 11 px on screen.
    static let phoneFontSize = 20.0
    /// The same for the labels of the balance scale, drawn at 12 units.
    static let balanceFontSize = 12.0
    static let balancePhoneFontSize = 22.0

    /// The estimated width of `text` in units at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        text.reduce(0.0) { $0 + em($1) } * fontSize * 1.05
    }

    private static func em(_ character: Character) -> Double {
        switch character {
        case " ", ".", ",", ":", ";", "'", "!", "|", "i", "j", "l", "I": 0.3
        case "f", "t", "r", "(", ")", "[", "]", "-", "\u{2F}": 0.4 // "\u{2F}" is the slash
        case "0"..."9", "–", "+", "−", "<", ">", "=": 0.56
        case "m", "w", "M", "W", "%", "@": 0.92
        case _ where character.isUppercase: 0.72
        default: 0.58
        }
    }
}
