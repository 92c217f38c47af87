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

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verify.errors import InputError
from verify.evaluation.harness import (
    Suite,
    SuiteOptions,
    SuiteRun,
    VerdictItem,
    check_items,
    data_files,
    k_option,
    limit_option,
    option,
    record_verdicts,
    resume_option,
)
from verify.evaluation.metrics import CORE_LABELS
from verify.evaluation.normalized import (
    Skipped,
    eval_settings,
    jsonl_rows,
    skip_row,
)
from verify.evaluation.scorecard import Scorecard

if TYPE_CHECKING:
    from verify.config import Settings

REPO = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = REPO / "eval" / "seeds_gold.jsonl"
DEFAULT_SEEDS = REPO / "seeds"


@dataclass
class SeedsOptions(SuiteOptions):
    limit: int | None = limit_option()
    seed: int = 0
    k: int | None = k_option()
    resume: bool = resume_option()
    gold: Path | None = option(
        None, "--gold", "Gold claims JSONL [default: eval/seeds_gold.jsonl]."
    )
    seeds: Path | None = option(None, "--seeds", "Folder of the seed articles [default: seeds/].")


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


@dataclass
class SeedCorpus:
    """The seed articles in their eval store and the gold rows about them."""

    rows: list[dict[str, Any]]
    """Gold rows in file order; those with a null label (opinions, predictions) included."""
    store: Any
    settings: Settings
    source_ids: dict[str, str]
    """Seed file name -> its source id in the store."""
    texts: list[str]
    data: dict[str, str]
    """Gold and seed files -> sha256 prefix."""

    def items(self, rows: list[dict[str, Any]], prefix: str = "") -> list[VerdictItem]:
        """Verdict items of these rows, each leaving its own article out of the search."""
        return [
            VerdictItem(
                f"{prefix}{r['id']}",
                " ".join(r["claim"].split()),
                r["label"],
                frozenset({self.source_ids[r["from"]]}),
            )
            for r in rows
        ]


def seed_corpus(
    settings: Settings,
    skipped: list[Skipped],
    gold: Path | None = None,
    seeds: Path | None = None,
) -> SeedCorpus:
    """Read the gold file and ingest the seed articles into `$VERIFY_HOME/eval-stores/seeds`
    with the real loaders (a no-op when they are there)."""
    from verify.corpus.ingest import ingest_paths
    from verify.corpus.store import open_store

    gold_path, seeds_dir = gold or DEFAULT_GOLD, seeds or DEFAULT_SEEDS
    if not gold_path.is_file():
        raise InputError(f"suite seeds: expected the gold file at {gold_path}", "pass --gold FILE")
    files = sorted(p for p in seeds_dir.glob("*.txt")) if seeds_dir.is_dir() else []
    if len(files) < 2:
        raise InputError(
            f"suite seeds: expected two seed articles (*.txt) in {seeds_dir}", "pass --seeds DIR"
        )
    rows = read_gold(gold_path, {p.name for p in files}, skipped)
    es = eval_settings(settings, "seeds")
    store = open_store(es)
    result = ingest_paths(files, store)
    ids = {Path(o.path).name: o.source_id for o in result.outcomes if o.source_id}
    texts = [p.read_text(encoding="utf-8") for p in files]
    return SeedCorpus(rows, store, es, ids, texts, data_files(gold_path, *files))


def run_seeds(options: SeedsOptions, settings: Settings) -> Scorecard:
    from verify.judge.check import Checker

    run = SuiteRun("seeds", options, settings)
    with run.stage("index"):
        corpus = seed_corpus(settings, run.skipped, options.gold, options.seeds)
    rows = corpus.rows[: options.limit] if options.limit else corpus.rows
    scored = [r for r in rows if r.get("label") is not None]
    runfile = run.runfile(corpus.data)
    checker = Checker(corpus.store, corpus.settings)
    with run.stage("load_model"):
        checker.load_model()
    with run.stage("verdicts"):
        records = check_items(corpus.items(scored), checker, runfile, options, k=options.k)
    origin = {r["id"]: r.get("origin", "article") for r in scored}
    return run.scorecard(
        data=corpus.data,
        n=len(records),
        verdict=record_verdicts(records),
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
    )


def _accuracy_by(records: list[dict[str, Any]], origin: dict[str, str]) -> dict[str, float]:
    groups: dict[str, list[bool]] = {}
    for r in records:
        groups.setdefault(origin[r["id"]], []).append(r["gold"] == r["pred"])
    return {name: round(sum(hits) / len(hits), 4) for name, hits in sorted(groups.items())}


SEEDS = Suite(
    "seeds",
    "The two seed articles: gold claims checked against the other article",
    SeedsOptions,
    run_seeds,
)
