// The English lexicon: data only, written by the team. Kept as Swift so the `mentor` binary
// needs no resource bundle beside it.
extension Lexicon {
    static let english = Lexicon(
        openStarts: ["what", "how", "why", "which", "who", "where", "when", "tell me", "describe", "walk me"],
        invertedStarts: ["do you", "did you", "are you", "can you", "could you", "would you", "will you", "have you", "is it", "is that", "was it", "should we", "shall we", "does it"],
        hedges: ["maybe", "perhaps", "kind of", "sort of", "i guess", "i think", "probably", "a bit", "not sure"],
        certainty: ["definitely", "always", "never", "certainly", "obviously", "of course", "absolutely", "clearly"],
        commitments: ["i will", "i'll", "i'm going to", "i am going to", "i commit", "i'll make sure", "i'll do"],
        ownView: ["in my view", "my view is", "i believe", "my opinion", "i'd argue", "i would argue", "i suggest", "i feel"])

    static let englishMarkers: [String] = ["the", "a", "and", "i", "you", "not", "that", "what", "is", "of", "on", "with", "for", "but", "also", "then", "it", "to"]

}
