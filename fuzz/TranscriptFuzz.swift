// libFuzzer entry point for the transcript readers: any bytes must give a transcript or an
// error, never a crash; and the streaming analysis (small chunks, a small ordering window)
// must give exactly the figures, or the error, of parsing everything first.
// Built by scripts/fuzz-transcripts together with the library sources.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let parsed = Result { () throws(TranscriptError) -> Transcript in try TranscriptParser.parse(data, maxBytes: 1 << 20) }
    let streamed = Result { () throws(TranscriptError) -> TranscriptFigures in
        try TranscriptAnalyzer.analyze(.data(data), maxBytes: 1 << 20, chunkSize: 7, window: 4)
    }
    switch (parsed, streamed) {
    case (.success(let transcript), .success(let figures)):
        let expected = TranscriptAnalyzer.analyze(transcript)
        if figures != expected { fatalError("streamed figures differ: \(figures) vs \(expected)") }
        // Invariants that must hold for every readable input.
        let total = figures.speakers.map(\.talkShare).reduce(0, +)
        if !figures.speakers.isEmpty && total > 0 && abs(total - 1) > 1e-6 { fatalError("shares add up to \(total)") }
        _ = TranscriptWriter.webVTT(transcript)
    case (.failure(let a), .failure(let b)):
        if a != b { fatalError("different errors: \(a) vs \(b)") }
    default:
        fatalError("one reader accepted what the other refused: \(parsed) vs \(streamed)")
    }
    return 0
}
