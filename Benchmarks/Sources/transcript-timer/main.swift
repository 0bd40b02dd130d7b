import Foundation
import Transcripts

// transcript-timer FILE: reads the file, parses and measures it, and prints one JSON line
// with the seconds for reading+parsing, for measuring, the throughput and the cue count.
guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: transcript-timer FILE\n".utf8))
    exit(2)
}
let clock = ContinuousClock()
func seconds(_ duration: Duration) -> Double { Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }
var transcript: Transcript?
var bytes = 0
let parse = clock.measure {
    guard let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else { return }
    bytes = data.count
    transcript = try? TranscriptParser.parse(data, maxBytes: Int.max)
}
guard let transcript else { FileHandle.standardError.write(Data("cannot read the transcript\n".utf8)); exit(1) }
var figures: TranscriptFigures?
let measure = clock.measure { figures = TranscriptAnalyzer.analyze(transcript) }
let total = seconds(parse) + seconds(measure)
print("{\"bytes\": \(bytes), \"cues\": \(transcript.cues.count), \"parseSeconds\": \(seconds(parse)), \"measureSeconds\": \(seconds(measure)), \"megabytesPerSecond\": \(Double(bytes) / 1_048_576 / total), \"speakers\": \(figures!.speakers.count)}")
