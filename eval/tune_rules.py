"""Compare verdict rules (`verify.judge.verdict.VerdictRules`) on the verdict suites, one model
pass.

Each claim of a suite is searched once and its passages are read by the stance model once (the
model sits behind a memo, so every rule variant replays the same readings); then the real
`Checker.score` (alignment, coverage, the passage's reading and quote) and
`verify.judge.verdict.aggregate` run under each variant, and macro-F1 / accuracy are printed per
suite. Nothing in `verify` is patched: the variants are `VerdictRules` instances handed to the
checker.

    python eval/tune_rules.py --data ../shared/data --suites seeds,scifact,climate-fever \\
        --variant base --variant "no facts:facts=False" --variant "window 2:fact_window=2"

A variant is `NAME[:field=value,...]` over the defaults (`base` = the shipped rules). The suites'
stores are the ones `verify eval SUITE` builds under `$VERIFY_HOME/eval-stores/` (built here if
missing). `perturb` replays the perturbation suite's variants (seeds, and with --data SciFact and
Climate-FEVER) and prints its four target figures instead.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verify.types import FactKind  # noqa: E402


@dataclass
class Item:
    id: str
    claim: str
    gold: str
    exclude: frozenset[str]
    change: str = ""


class MemoJudge:
    """A stance judge that reads each (passage, claim) pair once."""

    def __init__(self, model: Any) -> None:
        self.model, self.name, self.memo = model, model.name, {}

    def predict(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> list[Any]:
        todo = list(dict.fromkeys(p for p in pairs if p not in self.memo))
        for pair, score in zip(todo, self.model.predict(todo, batch_size), strict=True):
            self.memo[pair] = score
        return [self.memo[p] for p in pairs]


def suite_items(name: str, data: Path | None, settings: Any) -> tuple[list[Item], Any, Any]:
    """(items, store, settings) of a verdict suite, its store built or reused as the suite does."""
    from verify.evaluation.perturb import benchmark_corpus, seeds_corpus

    if name == "seeds":
        corpus = seeds_corpus(settings, [], supported_only=False)
    else:
        corpus = benchmark_corpus(name, data, settings, supported_only=False)
    items = [Item(c.id, c.claim, c.gold, c.exclude) for c in corpus.claims]
    return items, corpus.store, corpus.settings


def perturb_items(data: Path | None, settings: Any) -> list[tuple[list[Item], Any, Any]]:
    from verify.evaluation import perturb

    corpora = [perturb.seeds_corpus(settings, [])]
    if data is not None:
        corpora += [perturb.benchmark_corpus(n, data, settings) for n in perturb.CORPORA[1:]]
    out = []
    for corpus in corpora:
        pools = perturb.Pools.of(corpus.texts)
        items = []
        for claim in corpus.claims:
            for v in perturb.variants(claim.id, claim.claim, corpus.name, pools, 0):
                items.append(Item(v.id, v.claim, v.label, claim.exclude, v.change.value))
        out.append((items, corpus.store, corpus.settings))
    return out


def verdicts(
    items: Sequence[Item], store: Any, settings: Any, judge: MemoJudge, rules: Any
) -> list[str]:
    from verify.corpus.search import search
    from verify.judge.check import Checker
    from verify.judge.verdict import aggregate

    checker = Checker(store, settings, judge, rules)
    out = []
    for item in items:
        passages = search(store, item.claim, settings.search_k, exclude_sources=item.exclude)
        scored = checker.score(item.claim, passages)
        out.append(aggregate([e for e, _ in scored], rules).verdict.value)
    return out


def perturb_figures(items: Sequence[Item], pred: Sequence[str]) -> str:
    from verify.evaluation.perturb import Change, Variant, change_shares, summary

    results = [
        (Variant(i.id, "", "", Change(i.change), i.claim, i.gold), p)
        for i, p in zip(items, pred, strict=True)
    ]
    figures = summary(change_shares(results))
    return " ".join(f"{k} {v['value']}{'' if v['met'] else '✗'}" for k, v in figures.items())


def parse_variant(text: str) -> tuple[str, Any]:
    from verify.judge.verdict import RULES

    name, _, spec = text.partition(":")
    types = {f.name: f.type for f in fields(RULES)}
    changes: dict[str, Any] = {}
    for part in filter(None, spec.split(",")):
        key, _, value = part.partition("=")
        if key not in types:
            raise SystemExit(f"unknown rule {key!r}; rules: {', '.join(types)}")
        changes[key] = _value(value)
    return name, replace(RULES, **changes)


def _value(text: str) -> Any:
    """True/False/None, a number, or kinds of facts joined by '+' ("number+date+place")."""
    if "+" in text or text in {k.value for k in FactKind}:
        return frozenset(FactKind(k) for k in text.split("+"))
    if text in ("True", "False"):
        return text == "True"
    if text == "None":
        return None
    return float(text) if "." in text else int(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--suites", default="seeds")
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument(
        "--memo",
        type=Path,
        default=None,
        help="keep the stance model's readings in this file and replay them in later runs",
    )
    parser.add_argument(
        "--dump",
        type=Path,
        default=None,
        help="write each item's verdict here (JSON lines: suite, variant, id, change, claim, "
        "gold, verdict)",
    )
    args = parser.parse_args()
    os.environ.setdefault("VERIFY_THREADS", "1")
    from verify.config import get_settings
    from verify.evaluation.metrics import verdict_scores
    from verify.judge.stance import load_stance_model

    settings = get_settings()
    judge = MemoJudge(load_stance_model(settings))
    if args.memo is not None and args.memo.exists():
        saved = pickle.loads(args.memo.read_bytes())
        if saved["model"] != judge.name:
            raise SystemExit(f"{args.memo} holds readings of {saved['model']}, not {judge.name}")
        judge.memo = saved["memo"]
    variants = [parse_variant(v) for v in args.variant or ["base"]]
    dump = args.dump.open("w") if args.dump is not None else None
    for suite in args.suites.split(","):
        groups = perturb_items(args.data, settings) if suite == "perturb" else []
        if suite != "perturb":
            groups = [suite_items(suite, args.data, settings)]
        for name, rules in variants:
            gold, pred, items_all = [], [], []
            for items, store, es in groups:
                pred += verdicts(items, store, es, judge, rules)
                gold += [i.gold for i in items]
                items_all += items
            if dump is not None:
                for item, verdict in zip(items_all, pred, strict=True):
                    row = {"suite": suite, "variant": name, **asdict(item), "verdict": verdict}
                    row.pop("exclude")
                    dump.write(json.dumps(row) + "\n")
                dump.flush()
            if args.memo is not None:
                args.memo.write_bytes(pickle.dumps({"model": judge.name, "memo": judge.memo}))
            if suite == "perturb":
                print(f"{suite:14} {name:24} {perturb_figures(items_all, pred)}", flush=True)
            else:
                scores = verdict_scores(gold, pred)  # as the suites score: core labels only
                f1, acc = scores.macro_f1, scores.accuracy
                print(f"{suite:14} {name:24} macro-F1 {f1:.3f}  accuracy {acc:.3f}", flush=True)


if __name__ == "__main__":
    main()
