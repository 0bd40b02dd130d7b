/// Writes cues back as WebVTT or SRT, for round trips and tests.
public enum TranscriptWriter {
    public static func webVTT(_ transcript: Transcript) -> String {
        "WEBVTT\n\n" + transcript.cues.map { cue in
            "\(time(cue.start ?? 0, separator: ".")) --> \(time(cue.end ?? cue.start ?? 0, separator: "."))\n<v \(cue.speaker)>\(cue.text)</v>\n"
        }.joined(separator: "\n")
    }

    public static func srt(_ transcript: Transcript) -> String {
        transcript.cues.enumerated().map { index, cue in
            "\(index + 1)\n\(time(cue.start ?? 0, separator: ",")) --> \(time(cue.end ?? cue.start ?? 0, separator: ","))\n\(cue.speaker): \(cue.text)\n"
        }.joined(separator: "\n")
    }

    static func time(_ seconds: Double, separator: String) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        let h = milliseconds / 3_600_000, m = milliseconds / 60_000 % 60, s = milliseconds / 1000 % 60, ms = milliseconds % 1000
        func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2))\(separator)\(pad(ms, 3))"
    }
}
