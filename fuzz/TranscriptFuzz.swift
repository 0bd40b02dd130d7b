// libFuzzer entry point for the transcript readers: any bytes must give a transcript or an
// error, never a crash; and the streaming analysis (small chunks, a small ordering window)
// must give exactly the figures, or the error, of parsing everything first. The first byte
// picks a wrapping so every reader is reached: as is, behind a WebVTT header, as UTF-16
// (little or big endian, with a byte order mark), or with Windows-1252 bytes mixed in.
// Built by scripts/fuzz-transcripts together with the library sources.
import Foundation

func wrapped(_ bytes: [UInt8]) -> Data {
    guard let mode = bytes.first else { return Data() }
    let rest = Array(bytes.dropFirst())
    switch mode % 5 {
    case 1: return Data(Array("WEBVTT\n\n".utf8) + rest)
    case 2, 3:
        // As UTF-16 with a byte order mark: each byte becomes one code unit.
        let little = mode % 5 == 2
        var data = Data(little ? [0xFF, 0xFE] : [0xFE, 0xFF])
        for byte in rest { data.append(contentsOf: little ? [byte, 0] : [0, byte]) }
        return data
    case 4: return Data(rest.map { $0 == 0x7E ? 0xE9 : $0 })   // "~" as Windows-1252 "é"
    default: return Data(rest)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = wrapped(Array(UnsafeBufferPointer(start: start, count: count)))
    let limits = TranscriptLimits(maxSpeakers: 8, maxCues: 400)
    let parsed = Result { () throws(TranscriptError) -> Transcript in try TranscriptParser.parse(data, maxBytes: 1 << 20, limits: limits) }
    let streamed = Result { () throws(TranscriptError) -> TranscriptFigures in
        try TranscriptAnalyzer.analyze(.data(data), maxBytes: 1 << 20, limits: limits, chunkSize: 7, window: 4)
    }
    switch (parsed, streamed) {
    case (.success(let transcript), .success(let figures)):
        let expected = TranscriptAnalyzer.analyze(transcript)
        if figures != expected { fatalError("streamed figures differ: \(figures) vs \(expected)") }
        // Invariants that must hold for every readable input.
        let total = figures.speakers.map(\.talkShare).reduce(0, +)
        if !figures.speakers.isEmpty && total > 0 && abs(total - 1) > 1e-6 { fatalError("shares add up to \(total)") }
        if figures.speakers.count > limits.maxSpeakers || figures.cues > limits.maxCues { fatalError("limits passed") }
        if figures.warnings.count > 20 { fatalError("\(figures.warnings.count) warnings kept") }
        for speaker in figures.speakers {
            if speaker.adviceWithPermission > speaker.advice { fatalError("advice with permission exceeds advice") }
            if let share = speaker.waitTime.atLeast3sShare, !(0...1).contains(share) { fatalError("wait share \(share)") }
        }
        _ = TranscriptWriter.webVTT(transcript)
        _ = try? TranscriptParser.readableText(data, maxBytes: 256)
    case (.failure(let a), .failure(let b)):
        if a != b { fatalError("different errors: \(a) vs \(b)") }
    default:
        fatalError("one reader accepted what the other refused: \(parsed) vs \(streamed)")
    }
    return 0
}
