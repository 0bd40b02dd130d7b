import Foundation
import Transcripts

// transcript-timer FILE [RUNS]: reads and measures the file in one streaming pass, as
// `mentor transcript analyze` does, at least RUNS times (default 5) and for at least half a
// second in this process. Prints one JSON line: the first run's seconds (cold: lexicon tables
// built, code paged in), the median seconds, the throughput at the median, the peak resident
// memory and, from a separate untimed parse, the number of cues. The cap on cues is lifted:
// the 100 MB file has about 940,000 (uploads stop at 200,000).
let arguments = CommandLine.arguments
guard arguments.count == 2 || arguments.count == 3, let runs = arguments.count == 3 ? Int(arguments[2]) : 5, runs > 0 else {
    FileHandle.standardError.write(Data("usage: transcript-timer FILE [RUNS]\n".utf8))
    exit(2)
}
let path = arguments[1]
let clock = ContinuousClock()
let limits = TranscriptLimits(maxCues: .max)
func seconds(_ duration: Duration) -> Double { Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }
let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
var figures: TranscriptFigures?
var times: [Double] = []
while times.count < runs || (times.reduce(0, +) < 0.5 && times.count < 1000) {
    times.append(seconds(clock.measure { figures = try? TranscriptAnalyzer.analyze(fileAt: path, maxBytes: Int.max, limits: limits) }))
}
guard let figures else { FileHandle.standardError.write(Data("cannot read the transcript\n".utf8)); exit(1) }
let median = times.sorted()[times.count / 2]
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let peakMegabytes = Double(usage.ru_maxrss) / 1024
let cues = (try? TranscriptParser.parse(FileManager.default.contents(atPath: path) ?? Data(), maxBytes: Int.max, limits: limits).cues.count) ?? -1
print("{\"bytes\": \(bytes), \"cues\": \(cues), \"runs\": \(times.count), \"firstSeconds\": \(times[0]), \"seconds\": \(median), \"megabytesPerSecond\": \(Double(bytes) / 1_048_576 / median), \"peakMegabytes\": \(peakMegabytes), \"speakers\": \(figures.speakers.count), \"words\": \(figures.speakers.map(\.words).reduce(0, +))}")
