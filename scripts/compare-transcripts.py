#!/usr/bin/env python3
"""Times Mentor Mirror's transcript reader against the Python package webvtt-py on the same
generated WebVTT files: a two-hour, four-speaker meeting (about 20,000 words) and a large file
(default 100 MB). Ours reads, parses AND measures in one streaming pass (as `mentor transcript
analyze` does); webvtt-py only reads. Each side reads the file at least --runs times inside its
own process (small files more often, until half a second for ours and two seconds for
webvtt-py have passed); the table shows the median and, apart, the first (cold) run. Our peak resident memory
is printed beside.

    pip install webvtt-py
    (cd Benchmarks && swift build -c release --product transcript-timer)
    python3 scripts/compare-transcripts.py [--large-mb 100]
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import tempfile
import time

import webvtt

WORDS = ("de het een en ik je wat hoe waarom planning klant deadline feedback dossier "
         "the a and you what how why plan client review week idea").split()
SPEAKERS = ["Sanne Vermeer", "Daan Visser", "Emma Jansen", "Oliver Brown"]


def stamp(seconds):
    ms = int(round(seconds * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def write_vtt(path, target_bytes=None, duration=None, seed=1):
    rng = random.Random(seed)
    t = 0.0
    written = 0
    words = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write("WEBVTT\n\n")
        index = 0
        while True:
            if duration is not None and t >= duration:
                break
            if target_bytes is not None and written >= target_bytes:
                break
            count = rng.randint(4, 16)
            text = " ".join(rng.choice(WORDS) for _ in range(count)) + rng.choice([".", "?", "."])
            length = count / 2.6
            index += 1
            block = f"{index}\n{stamp(t)} --> {stamp(t + length)}\n<v {rng.choice(SPEAKERS)}>{text}</v>\n\n"
            out.write(block)
            written += len(block.encode())
            words += count
            t += length + rng.uniform(0, 0.4)
    return words


def ours(timer, path, runs):
    result = subprocess.run([timer, path, str(runs)], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def theirs(path, runs):
    times = []
    while len(times) < runs or (sum(times) < 2.0 and len(times) < 1000):
        start = time.perf_counter()
        captions = webvtt.read(path)
        count = len(captions)
        times.append(time.perf_counter() - start)
    return times, count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--large-mb", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timer", default=os.path.join(os.path.dirname(__file__), "..", "Benchmarks", ".build", "release", "transcript-timer"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        meeting = os.path.join(folder, "meeting.vtt")
        words = write_vtt(meeting, duration=2 * 3600)
        large = os.path.join(folder, "large.vtt")
        write_vtt(large, target_bytes=args.large_mb * 1024 * 1024, seed=2)
        print(f"{'file':>10} {'MB':>6} {'cues':>7} {'ours s':>8} {'MB/s':>6} {'peak MB':>7} {'webvtt-py s':>11} {'ratio':>6}"
              f" {'first: ours s':>13} {'webvtt-py s':>11} {'ratio':>6}")
        for name, path in (("2h meeting", meeting), (f"{args.large_mb} MB", large)):
            size = os.path.getsize(path) / 1048576
            mine = ours(args.timer, path, args.runs)
            their_times, count = theirs(path, args.runs)
            assert count == mine["cues"], (count, mine["cues"])
            their_median = statistics.median(their_times)
            print(f"{name:>10} {size:>6.1f} {count:>7} {mine['seconds']:>8.4f} {size / mine['seconds']:>6.0f} {mine['peakMegabytes']:>7.1f}"
                  f" {their_median:>11.3f} {their_median / mine['seconds']:>6.1f}"
                  f" {mine['firstSeconds']:>13.4f} {their_times[0]:>11.3f} {their_times[0] / mine['firstSeconds']:>6.1f}")
        print(f"(the meeting has {words} words)")


if __name__ == "__main__":
    main()
