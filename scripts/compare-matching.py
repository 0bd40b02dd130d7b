#!/usr/bin/env python3
"""Compares Mentor Mirror's assignment solver with scipy.optimize.linear_sum_assignment.

For each generated instance (dense random scores, every pair allowed unless --density < 1),
writes the problem JSON, runs the solver through `match-timer` (release build of the
benchmark package) and scipy on the cost matrix with every mentor copied `capacity` times,
and checks that both match as many mentees with the same total score. Both are timed in
the same run; only the solving is timed, not reading or building the matrices. With
--runs N each side solves every instance N times in its own process (ours with
`match-timer --repeat N`) and the medians are printed.

--costs LOW-HIGH gives the OR-Library assign shape instead: integer costs drawn uniformly
from LOW..HIGH, our scores (HIGH - cost) / HIGH (so the most matched, then the highest total
score is the least total cost), and scipy on the integer cost matrix itself (capacity 1
only, the plain assignment problem scipy is made for).

--levels gives scores like a matching round's instead of uniform ones: weighted parts from
small sets (goal shares in thirds and halves, seniority, language, wishes), so there are few
distinct values and many exact ties, on no decimal grid.

    pip install numpy scipy
    (cd Benchmarks && swift build -c release --product match-timer)
    python3 scripts/compare-matching.py --sizes 2000x500x4 5000x1000x5
    python3 scripts/compare-matching.py --sizes 800x800x1 --costs 1-100 --runs 7
    python3 scripts/compare-matching.py --sizes 3000x800x4 3000x800x3 --levels --runs 5

MATCH_TIMER (or --timer) names another match-timer build.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import statistics

import numpy as np
from scipy.optimize import linear_sum_assignment


def generate(mentees, mentors, density, rng):
    scores = rng.random((mentees, mentors))
    allowed = rng.random((mentees, mentors)) < density
    return scores, allowed


def generate_levels(mentees, mentors, density, rng):
    """Scores as Scoring.combine makes them from few-valued parts (default weights)."""
    shape = (mentees, mentors)
    share = rng.choice([0, 1 / 3, 0.5, 2 / 3, 1], size=shape)
    seniority = rng.choice([1, 0.5], size=shape)
    language = rng.choice([0, 1, 1, 1], size=shape)
    wish = rng.choice([0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.75, 1], size=shape)
    total = 0.35 + 0.15 + 0.10 + 0.10 + 0.20 + 0.10
    scores = (share * 0.35 + seniority * 0.15 + 1 * 0.10 + language * 0.10 + wish * 0.20) / total
    allowed = rng.random(shape) < density
    return scores, allowed


def scipy_solve_costs(costs, high):
    """The plain assignment problem on the integer cost matrix."""
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(costs)
    seconds = time.perf_counter() - start
    return len(rows), float(((high - costs[rows, cols]) / high).sum()), seconds


def scipy_solve(scores, allowed, capacity):
    """Expands every mentor into `capacity` slots. Allowed pairs cost -(score + K) with K
    larger than any total score, forbidden ones cost 0 (counted as unmatched), so the
    minimum first maximises the number matched, then the total score."""
    mentees = scores.shape[0]
    bonus = mentees + 1.0
    base = np.where(allowed, -(scores + bonus), 0.0)
    expanded = np.repeat(base, capacity, axis=1)
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(expanded)
    seconds = time.perf_counter() - start
    mentors = cols // capacity
    used = allowed[rows, mentors]
    return int(used.sum()), float(scores[rows, mentors][used].sum()), seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["200x50x4", "2000x500x4"], help="MENTEESxMENTORSxCAPACITY")
    parser.add_argument("--density", type=float, default=1.0, help="share of allowed pairs")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--costs", help="LOW-HIGH: integer costs (OR-Library assign shape) instead of random scores")
    parser.add_argument("--levels", action="store_true", help="few-valued scores like a matching round's instead of uniform ones")
    parser.add_argument("--runs", type=int, default=1, help="solve each instance this many times; medians are printed")
    parser.add_argument("--timer", default=os.environ.get("MATCH_TIMER") or os.path.join(
        os.path.dirname(__file__), "..", "Benchmarks", ".build", "release", "match-timer"))
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    ok = True
    print(f"{'instance':>16} {'matched':>8} {'total (ours)':>14} {'total (scipy)':>14} {'ours s':>8} {'scipy s':>8} {'scipy/ours':>10}")
    for size in args.sizes:
        mentees, mentors, capacity = (int(part) for part in size.split("x"))
        if args.costs:
            low, high = (int(part) for part in args.costs.split("-"))
            if capacity != 1:
                parser.error("--costs compares the plain assignment problem: use capacity 1")
            costs = rng.integers(low, high + 1, size=(mentees, mentors))
            allowed = np.ones((mentees, mentors), dtype=bool)
            scores = (high - costs) / high
        elif args.levels:
            scores, allowed = generate_levels(mentees, mentors, args.density, rng)
        else:
            scores, allowed = generate(mentees, mentors, args.density, rng)
        problem = {
            "mentors": [{"id": f"m{j}", "capacity": capacity} for j in range(mentors)],
            "mentees": [{"id": f"e{i}"} for i in range(mentees)],
            "scores": [[(float(scores[i, j]) if allowed[i, j] else None) for j in range(mentors)] for i in range(mentees)],
        }
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump(problem, handle)
            path = handle.name
        try:
            command = [args.timer, path] + (["--repeat", str(args.runs)] if args.runs > 1 else [])
            ours = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        finally:
            os.unlink(path)
        theirs = [scipy_solve_costs(costs, high) if args.costs else scipy_solve(scores, allowed, capacity) for _ in range(args.runs)]
        matched, total = theirs[0][0], theirs[0][1]
        scipy_seconds = statistics.median(run[2] for run in theirs)
        same = ours["matched"] == matched and abs(ours["totalScore"] - total) < 1e-6 * max(1.0, total)
        ok &= same
        print(f"{size:>16} {ours['matched']:>8} {ours['totalScore']:>14.6f} {total:>14.6f} {ours['seconds']:>8.3f} {scipy_seconds:>8.3f} "
              f"{scipy_seconds / max(ours['seconds'], 1e-9):>10.2f}{'' if same else '  MISMATCH'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
