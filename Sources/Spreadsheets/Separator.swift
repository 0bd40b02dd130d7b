/// The character between the fields of a CSV line. Excel writes the list separator of the
/// Windows region: `;` in the Netherlands (where `,` is the decimal comma), `,` in English
/// regions, and a tab for "Unicode text".
public enum Separator: Character, CaseIterable, Equatable, Sendable {
    case semicolon = ";"
    case comma = ","
    case tab = "\t"

    var scalar: Unicode.Scalar { character.unicodeScalars.first! }
    public var character: Character { rawValue }
}
