"""Choose the verdict's support-coverage threshold (`VerdictRules.min_support_coverage`).

Step 1 (`dump`): run a verdict suite through the real checker once and record every stance
reading it makes (each retrieved passage whole, and its scored sentences, with their
probabilities and source ids). Step 2 (`grid`): replay the verdict rules on those readings for a
grid of thresholds, without the model, and print macro-F1 / accuracy per suite.

    VERIFY_HOME=... python eval/tune_coverage.py dump seeds seeds.json
    VERIFY_HOME=... python eval/tune_coverage.py dump scifact sf.json --data ../shared/data
    VERIFY_HOME=... python eval/tune_coverage.py dump climate-fever cf.json --data ../shared/data
    python eval/tune_coverage.py grid seeds.json sf.json cf.json

The readings do not depend on the threshold (only the recorded `pred` does). The replay runs
the real rules (`verify.check._strongest`, `verify.verdict.aggregate`) with the constant set to
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
    os.environ.setdefault("VERIFY_THREADS", "1")
    import verify.check as check
    from verify.evaluation import suites
    from verify.search import search

    readings: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    strongest = check._strongest

    def spy(claim: str, passage: str, whole: Any, scored: Any) -> Any:
        readings.append(
            {
                "passage": passage,
                "whole": [whole.supports, whole.refutes, whole.neutral],
                "readings": [
                    [s, None if sc is None else [sc.supports, sc.refutes, sc.neutral]]
                    for s, sc in scored
                ],
            }
        )
        return strongest(claim, passage, whole, scored)

    checker_check = check.Checker.check

    def checked(self: Any, claim: Any, *, k: Any = None, exclude_sources: Any = ()) -> Any:
        readings.clear()
        passages = search(
            self.store, claim.text, k or self.settings.search_k, exclude_sources=exclude_sources
        )
        result = checker_check(self, claim, k=k, exclude_sources=exclude_sources)
        links = self.store.duplicate_links()
        for passage, reading in zip(passages, readings, strict=True):
            reading.update(
                source_id=passage.source_id, outlet=passage.outlet, dup=links.get(passage.source_id)
            )
        rows.append({"claim": claim.text, "pred": result.verdict.value, "passages": [*readings]})
        return result

    add = suites.RunFile.add

    def added(self: Any, stage: str, item_id: str, row: dict[str, Any]) -> dict[str, Any]:
        if stage == "verdict":
            rows[-1].update(id=item_id, gold=row["gold"])
        return add(self, stage, item_id, row)

    check._strongest = spy  # type: ignore[assignment]
    check.Checker.check = checked  # type: ignore[method-assign]
    suites.RunFile.add = added  # type: ignore[method-assign]
    card = suites.run_suite(suite, suites.EvalOptions(data=data, resume=False))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows))
    assert card.verdict is not None
    print(f"{suite}: {len(rows)} claims, macro-F1 {card.verdict.macro_f1}", file=sys.stderr)


def replay(row: dict[str, Any], threshold: float) -> str:
    """The verdict the real rules give these readings with min_support_coverage = threshold:
    `verify.check._strongest` per passage, then `verify.verdict.aggregate`. The dumps hold no
    passage alignments, so these are the rules without the claim's facts (`facts=False`);
    `eval/tune_rules.py` replays the full rules."""
    from verify import verdict
    from verify.check import _strongest
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
    rows = [r for r in rows if r["gold"] in LABELS]
    pred = [replay(r, threshold) for r in rows]
    f1 = []
    for label in LABELS:
        tp = sum(p == label == r["gold"] for r, p in zip(rows, pred, strict=True))
        fp = sum(p == label != r["gold"] for r, p in zip(rows, pred, strict=True))
        fn = sum(r["gold"] == label != p for r, p in zip(rows, pred, strict=True))
        f1.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    accuracy = sum(p == r["gold"] for r, p in zip(rows, pred, strict=True)) / len(rows)
    return sum(f1) / len(f1), accuracy


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
