"""The `seeds` suite: claims of the two seed articles, each checked against the other article.

`eval/seeds_gold.jsonl` holds one row per claim: `id`, `from` (the seed file it is taken from,
left out of the search), `claim`, `label` (SUPPORTED / REFUTED / NOT_ENOUGH_EVIDENCE, or null
for opinions and predictions, which get no verdict), `kind`, `origin` (`article`: stated by the
article; `perturbed`: a statement of the other article negated or with an entity swapped, since
the two articles never contradict each other), `evidence` (the verbatim sentence of the other
article that decides it) and a `note`. The articles are ingested with the real loaders into their
own store (`$VERIFY_HOME/eval-stores/seeds`) and each claim goes through the real checker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from verify.config import Settings
from verify.errors import InputError
from verify.evaluation.normalized import (
    CORE_LABELS,
    Skipped,
    eval_settings,
    jsonl_rows,
    skip_row,
)
from verify.evaluation.scorecard import Scorecard, now, versions
from verify.evaluation.suites import (
    EvalOptions,
    RunFile,
    VerdictItem,
    check_items,
    command_line,
    data_files,
    register_suite,
    run_key,
    skipped_fields,
    verdict_scores,
)
from verify.pipeline import Timings

REPO = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = REPO / "eval" / "seeds_gold.jsonl"
DEFAULT_SEEDS = REPO / "seeds"


def read_gold(path: Path, seed_files: set[str], skipped: list[Skipped]) -> list[dict[str, Any]]:
    """Gold rows; one without a claim, with an unknown label or seed file is skipped."""
    rows = []
    for number, row in jsonl_rows(path, skipped):
        label, source = row.get("label"), row.get("from")
        problem = None
        if not isinstance(row.get("claim"), str) or not row["claim"].strip():
            problem = "no 'claim' text"
        elif label is not None and label not in CORE_LABELS:
            problem = f"label {label!r} is not one of {', '.join(CORE_LABELS)} or null"
        elif source not in seed_files:
            problem = f"'from' names {source!r}, which is not a file in the seeds folder"
        if problem:
            skip_row(skipped, path, number, problem)
            continue
        rows.append({**row, "id": str(row.get("id", number))})
    return rows


@register_suite("seeds", "The two seed articles: gold claims checked against the other article")
def run_seeds(options: EvalOptions, settings: Settings) -> Scorecard:
    from verify.check import Checker
    from verify.ingest import ingest_paths
    from verify.store import open_store

    gold_path = options.gold or DEFAULT_GOLD
    seeds_dir = options.seeds or DEFAULT_SEEDS
    if not gold_path.is_file():
        raise InputError(f"suite seeds: expected the gold file at {gold_path}", "pass --gold FILE")
    files = sorted(p for p in seeds_dir.glob("*.txt")) if seeds_dir.is_dir() else []
    if len(files) < 2:
        raise InputError(
            f"suite seeds: expected two seed articles (*.txt) in {seeds_dir}", "pass --seeds DIR"
        )
    timings, skipped = Timings(), []
    rows = read_gold(gold_path, {p.name for p in files}, skipped)
    rows = rows[: options.limit] if options.limit else rows
    scored = [r for r in rows if r.get("label") is not None]
    es = eval_settings(settings, "seeds")
    with timings.stage("index"):
        store = open_store(es)
        result = ingest_paths(files, store)
    ids = {Path(o.path).name: o.source_id for o in result.outcomes if o.source_id}
    data = data_files(gold_path, *files)
    runfile = RunFile(
        settings.home / "eval-runs",
        "seeds",
        run_key("seeds", options, settings, data),
        options.resume,
    )
    checker = Checker(store, es)
    with timings.stage("load_model"):
        checker.load_model()
    items = [
        VerdictItem(r["id"], " ".join(r["claim"].split()), r["label"], frozenset({ids[r["from"]]}))
        for r in scored
    ]
    with timings.stage("verdicts"):
        records = check_items(items, checker, runfile, options, k=options.k)
    origin = {r["id"]: r.get("origin", "article") for r in scored}
    card = Scorecard(
        suite="seeds",
        command=command_line("seeds", options),
        created=now(),
        options=options.recorded(),
        data=data,
        n=len(records),
        verdict=verdict_scores([r["gold"] for r in records], [r["pred"] for r in records]),
        extra={
            "no_verdict_claims": len(rows) - len(scored),
            "accuracy_by_origin": _accuracy_by(records, origin),
            "wrong": [
                f"{r['id']}: {r['gold']} -> {r['pred']}" for r in records if r["gold"] != r["pred"]
            ],
        },
        notes=[
            "each claim is checked against the other seed article only (its own is excluded)",
            "REFUTED gold claims are perturbed statements: the two articles never contradict",
        ],
        resumed=runfile.resumed,
        timings={k: round(v, 2) for k, v in timings.items()},
        versions=versions(settings, llm=None),
        **skipped_fields(skipped),
    )
    return card


def _accuracy_by(records: list[dict[str, Any]], origin: dict[str, str]) -> dict[str, float]:
    groups: dict[str, list[bool]] = {}
    for r in records:
        groups.setdefault(origin[r["id"]], []).append(r["gold"] == r["pred"])
    return {name: round(sum(hits) / len(hits), 4) for name, hits in sorted(groups.items())}
