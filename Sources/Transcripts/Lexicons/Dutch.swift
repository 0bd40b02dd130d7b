// The Dutch lexicon: data only, written by the team. Kept as Swift so the `mentor` binary
// needs no resource bundle beside it.
extension Lexicon {
    static let dutch = Lexicon(
        openStarts: ["wat", "hoe", "waarom", "welke", "welk", "wie", "waar", "wanneer", "waardoor", "waarmee", "vertel"],
        invertedStarts: ["heb je", "ben je", "kun je", "kan je", "wil je", "zou je", "is het", "is dat", "heeft hij", "heeft ze", "ga je", "doe je", "weet je", "vind je", "denk je", "mag ik", "zullen we", "moet je"],
        hedges: ["misschien", "wellicht", "een beetje", "eigenlijk", "ik denk", "soort van", "min of meer", "zou kunnen", "ik weet niet"],
        certainty: ["zeker", "altijd", "nooit", "absoluut", "natuurlijk", "precies", "sowieso", "zonder twijfel"],
        commitments: ["ik ga", "ik zal", "ik neem", "ik regel", "ik pak", "ik doe dat", "ik zorg"],
        ownView: ["ik vind", "volgens mij", "mijn mening", "mijn idee", "ik zou kiezen", "ik stel voor"])

    static let dutchMarkers: [String] = ["de", "het", "een", "en", "ik", "je", "niet", "dat", "wat", "is", "van", "op", "met", "voor", "maar", "ook", "dan", "wel"]
}
