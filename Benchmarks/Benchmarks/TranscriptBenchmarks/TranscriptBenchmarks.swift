import Benchmark
import Foundation
import Transcripts

/// Reading and measuring transcripts in one streaming pass, from files on disk, as
/// `mentor transcript analyze` does: a two-hour, four-speaker meeting and a 100 MB file.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
                                           maxDuration: .seconds(60), maxIterations: 10)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mentor-transcript-benchmarks")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let meeting = folder.appendingPathComponent("meeting.vtt").path
    let large = folder.appendingPathComponent("large.vtt").path
    GeneratedMeeting.write(to: meeting, seconds: 2 * 3600, seed: 1)
    GeneratedMeeting.write(to: large, bytes: 100 * 1_048_576, seed: 2)

    Benchmark("Transcript 2h 4-speaker meeting (WebVTT, read and measure)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try TranscriptAnalyzer.analyze(fileAt: meeting, maxBytes: .max)) }
    }
    Benchmark("Transcript 100 MB WebVTT (read and measure)", configuration: .init(maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try TranscriptAnalyzer.analyze(fileAt: large, maxBytes: .max, limits: TranscriptLimits(maxCues: .max))) }
    }
}

/// A WebVTT meeting like the one scripts/compare-transcripts.py writes: numbered cues of 4-16
/// words from a mixed Dutch and English vocabulary, four speakers, about 2.6 words a second.
enum GeneratedMeeting {
    static let words = "de het een en ik je wat hoe waarom planning klant deadline feedback dossier the a and you what how why plan client review week idea".split(separator: " ").map(String.init)
    static let speakers = ["Sanne Vermeer", "Daan Visser", "Emma Jansen", "Oliver Brown"]

    static func write(to path: String, seconds: Double? = nil, bytes: Int? = nil, seed: UInt64) {
        var state = seed
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        func stamp(_ value: Double) -> String {
            let ms = Int((value * 1000).rounded())
            func pad(_ number: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(number).count)) + String(number) }
            return "\(pad(ms / 3_600_000, 2)):\(pad(ms / 60_000 % 60, 2)):\(pad(ms / 1000 % 60, 2)).\(pad(ms % 1000, 3))"
        }
        var out = "WEBVTT\n\n"
        var time = 0.0
        var index = 0
        while (seconds.map { time < $0 } ?? true) && (bytes.map { out.utf8.count < $0 } ?? true) {
            let count = 4 + next(13)
            let text = (0..<count).map { _ in words[next(words.count)] }.joined(separator: " ") + [".", "?", "."][next(3)]
            let length = Double(count) / 2.6
            index += 1
            out += "\(index)\n\(stamp(time)) --> \(stamp(time + length))\n<v \(speakers[next(4)])>\(text)</v>\n\n"
            time += length + Double(next(400)) / 1000
        }
        FileManager.default.createFile(atPath: path, contents: Data(out.utf8))
    }
}
