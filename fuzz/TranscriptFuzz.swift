// libFuzzer entry point for the transcript readers: any bytes must give a transcript or an
// error, never a crash. Built by scripts/fuzz-transcripts together with the library sources.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let transcript = try? TranscriptParser.parse(data, maxBytes: 1 << 20) {
        let figures = TranscriptAnalyzer.analyze(transcript)
        // Invariants that must hold for every readable input.
        let total = figures.speakers.map(\.talkShare).reduce(0, +)
        if !figures.speakers.isEmpty && total > 0 && abs(total - 1) > 1e-6 { fatalError("shares add up to \(total)") }
        _ = TranscriptWriter.webVTT(transcript)
    }
    return 0
}
