"""Choose the verdict's support-coverage threshold (`VerdictRules.min_support_coverage`).

Step 1 (`dump`): run a verdict suite through the real checker once and record every stance
reading it makes (each retrieved passage whole, and its scored sentences, with their
probabilities and source ids). Step 2 (`grid`): replay the verdict rules on those readings for a
grid of thresholds, without the model, and print macro-F1 / accuracy per suite.

    VERIFY_HOME=... python eval/tune_coverage.py dump seeds seeds.json
    VERIFY_HOME=... python eval/tune_coverage.py dump scifact sf.json --data ../shared/data
    VERIFY_HOME=... python eval/tune_coverage.py dump climate-fever cf.json --data ../shared/data
    python eval/tune_coverage.py grid seeds.json sf.json cf.json

The readings do not depend on the threshold (only the recorded `pred` does): `dump` takes them
from the real checker through its `on_reading` hook, patching nothing. The replay runs the real
rules (`verify.judge.check._strongest`, `verify.judge.verdict.aggregate`) under `VerdictRules` with
each threshold; at threshold 0 it agreed with the verdicts of the run before the rule existed on
35/35 seeds, 300/300 SciFact and 318/318 Climate-FEVER claims (2026-11-27).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LABELS = ["SUPPORTED", "REFUTED", "NOT_ENOUGH_EVIDENCE"]


def dump(suite: str, out: Path, data: Path | None) -> None:
    """Check every gold claim of the suite with the real checker, recording its readings
    through the checker's `on_reading` hook."""
    os.environ.setdefault("VERIFY_THREADS", "1")
    from verify.config import get_settings
    from verify.evaluation.metrics import verdict_scores
    from verify.evaluation.perturb import benchmark_corpus, seeds_corpus
    from verify.judge.check import Checker
    from verify.types import Claim

    settings = get_settings()
    if suite == "seeds":
        corpus = seeds_corpus(settings, [], supported_only=False)
    else:
        corpus = benchmark_corpus(suite, data, settings, supported_only=False)
    passages: list[dict[str, Any]] = []

    def record(passage: Any, whole: Any, readings: Any) -> None:
        passages.append(
            {
                "passage": passage.text,
                "whole": [whole.supports, whole.refutes, whole.neutral],
                "readings": [
                    [s, None if sc is None else [sc.supports, sc.refutes, sc.neutral]]
                    for s, sc in readings
                ],
                "source_id": passage.source_id,
                "outlet": passage.outlet,
                "dup": links.get(passage.source_id),
            }
        )

    checker = Checker(corpus.store, corpus.settings, on_reading=record)
    links = corpus.store.duplicate_links()
    rows: list[dict[str, Any]] = []
    for item in corpus.claims:
        passages.clear()
        claim = Claim(text=item.claim, start=0, end=len(item.claim))
        result = checker.check(claim, exclude_sources=item.exclude)
        pred = result.verdict.value
        rows.append(
            {
                "claim": item.claim,
                "pred": pred,
                "passages": [*passages],
                "id": item.id,
                "gold": item.gold,
            }
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows))
    scores = verdict_scores([r["gold"] for r in rows], [r["pred"] for r in rows])
    print(f"{suite}: {len(rows)} claims, macro-F1 {scores.macro_f1}", file=sys.stderr)


def replay(row: dict[str, Any], threshold: float) -> str:
    """The verdict the real rules give these readings with min_support_coverage = threshold:
    `verify.judge.check._strongest` per passage, then `verify.judge.verdict.aggregate`. The dumps
    hold no passage alignments, so these are the rules without the claim's facts (`facts=False`);
    `eval/tune_rules.py` replays the full rules."""
    from verify.judge import verdict
    from verify.judge.check import _strongest
    from verify.types import Passage, Stance, StanceScore

    def score(probs: list[float]) -> StanceScore:
        label = (Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL)[probs.index(max(probs))]
        return StanceScore(label=label, supports=probs[0], refutes=probs[1], neutral=probs[2])

    rules = verdict.VerdictRules(min_support_coverage=threshold, facts=False)
    evidence = []
    for n, p in enumerate(row["passages"]):
        readings = [(s, None if sc is None else score(sc)) for s, sc in p["readings"]]
        stance, _, coverage = _strongest(
            row["claim"], p["passage"], score(p["whole"]), readings, rules
        )
        passage = Passage(
            chunk_id=f"{p['source_id']}-{n:04d}",
            source_id=p["source_id"],
            outlet=p.get("outlet") or "",
            text=p["passage"],
            start=0,
            end=len(p["passage"]),
        )
        evidence.append(
            verdict.ScoredEvidence(
                passage=passage, stance=stance, coverage=coverage, duplicate_of=p["dup"]
            )
        )
    return verdict.aggregate(evidence, rules).verdict.value


def scores(rows: list[dict[str, Any]], threshold: float) -> tuple[float, float]:
    """Macro-F1 and accuracy of the replayed verdicts, as the suites score them."""
    from verify.evaluation.metrics import verdict_scores

    rows = [r for r in rows if r["gold"] in LABELS]
    found = verdict_scores([r["gold"] for r in rows], [replay(r, threshold) for r in rows])
    return found.macro_f1, found.accuracy


def grid(files: list[Path], thresholds: list[float]) -> None:
    sets = {f.stem: json.loads(f.read_text()) for f in files}
    print("| threshold | " + " | ".join(f"{n} macro-F1 / acc" for n in sets) + " |")
    print("|---:|" + "---:|" * len(sets))
    for t in thresholds:
        cells = [f"{m:.3f} / {a:.3f}" for m, a in (scores(rows, t) for rows in sets.values())]
        print(f"| {t:.2f} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    d = sub.add_parser("dump", help="record every stance reading of a suite run")
    d.add_argument("suite")
    d.add_argument("out", type=Path)
    d.add_argument("--data", type=Path, default=None)
    g = sub.add_parser("grid", help="replay the verdict rules over thresholds")
    g.add_argument("files", nargs="+", type=Path)
    g.add_argument("--thresholds", default="0,0.1,0.2,0.3,0.4,0.5,0.6")
    args = parser.parse_args()
    if args.step == "dump":
        dump(args.suite, args.out, args.data)
    else:
        grid(args.files, [float(t) for t in args.thresholds.split(",")])


if __name__ == "__main__":
    main()
