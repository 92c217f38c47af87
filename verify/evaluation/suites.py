"""The benchmark suites: SciFact, Climate-FEVER and any benchmark in the normalized format
(retrieval and open-retrieval verdicts), ExpertQA (the citation check) and stance pairs.

    card = run_suite("scifact", ScifactOptions(data=Path("../shared/data"), limit=30))

Each reads its data (from `--data DIR`, else `VERIFY_EVAL_DATA` / `settings.eval_data`), runs
the real pipeline through a `verify.evaluation.harness.SuiteRun` and returns a `Scorecard`; the
registry of suites is `verify.evaluation.registry`.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verify.choices import LLMChoice
from verify.errors import InputError
from verify.evaluation.harness import (
    DEFAULT_BATCH_SIZE,
    RunFile,
    Suite,
    SuiteOptions,
    SuiteRun,
    VerdictItem,
    check_items,
    data_dir,
    data_files,
    data_option,
    k_option,
    limit_option,
    llm_option,
    option,
    record_verdicts,
    resume_option,
    seed_option,
)
from verify.evaluation.metrics import (
    PREDICTED_LABELS,
    RETRIEVAL_DEPTH,
    VerdictScores,
    retrieval_scores,
)
from verify.evaluation.normalized import (
    Benchmark,
    GoldClaim,
    Progress,
    build_store,
    corpus_fingerprint,
    doc_source_ids,
    eval_settings,
    file_sha256,
    ranked_docs,
    require_file,
)
from verify.evaluation.scorecard import Scorecard
from verify.types import Verdict

if TYPE_CHECKING:
    from verify.config import Settings
    from verify.evaluation.stance_pairs import StanceEvalResult


# --- options ------------------------------------------------------------------------------------


@dataclass
class BenchmarkOptions(SuiteOptions):
    """Options of the suites over a benchmark in the normalized format."""

    data: Path | None = data_option()
    limit: int | None = limit_option()
    seed: int = seed_option()
    llm: LLMChoice | None = llm_option()
    k: int | None = k_option()
    resume: bool = resume_option()
    retrieval_only: bool = option(
        False, "--retrieval-only", "Score retrieval only; skip the verdicts."
    )
    corpus_sample: int | None = option(
        None,
        "--corpus-sample",
        "Index only the claims' relevant documents plus N others (a quick, smaller test).",
        min=0,
    )


@dataclass
class ScifactOptions(BenchmarkOptions):
    """SciFact dev: every benchmark option."""


@dataclass
class ClimateFeverOptions(BenchmarkOptions):
    """Climate-FEVER held-out: no corpus sample (its corpus is pooled evidence sentences)."""

    corpus_sample: int | None = None


@dataclass
class JsonlOptions(BenchmarkOptions):
    """Any benchmark: its files are named, not found in a data folder."""

    data: Path | None = None
    corpus: Path | None = option(
        None, "--corpus", "JSONL of {doc_id, title, sentences} documents.", required=True
    )
    claims: Path | None = option(
        None,
        "--claims",
        "JSONL of {id, claim, label, evidence: [{doc_id}]} claims.",
        required=True,
    )
    qrels: Path | None = option(
        None, "--qrels", "BEIR qrels TSV [default: relevance from claim evidence]."
    )


@dataclass
class ExpertQAOptions(SuiteOptions):
    data: Path | None = data_option()
    limit: int | None = limit_option("Score a seeded sample of N claim-citation pairs.")
    seed: int = seed_option()
    resume: bool = True


@dataclass
class StanceOptions(SuiteOptions):
    limit: int | None = limit_option("Score a seeded sample of N pairs (for slow judges).")
    seed: int = seed_option("Seed of the --limit sample.")
    llm: LLMChoice | None = llm_option(
        "LLM for VERIFY_STANCE_MODEL=llm: local, openai [default: settings]."
    )
    resume: bool = True
    pairs: Path | None = option(
        None, "--pairs", "JSONL of {premise, hypothesis, label} rows.", required=True
    )
    batch_size: int = option(DEFAULT_BATCH_SIZE, "--batch-size", "Pairs per forward pass.", min=1)


# --- benchmarks in the normalized format --------------------------------------------------------


def run_benchmark(
    bench: Benchmark,
    options: BenchmarkOptions,
    settings: Settings,
    store_name: str,
    files: dict[str, str],
    notes: Sequence[str] = (),
) -> Scorecard:
    """Index the corpus, rank documents for each claim, check each claim: one scorecard."""
    run = SuiteRun(bench.name, options, settings)
    run.skipped = bench.skipped
    claims = bench.claims[: options.limit] if options.limit else bench.claims
    if not claims:
        raise InputError(f"suite {bench.name}: no usable claims", "see the warnings above")
    qrels = bench.qrels if bench.qrels is not None else evidence_qrels(bench.claims)
    docs, store_name, notes = _corpus_docs(bench, claims, qrels, options, store_name, notes)
    es = eval_settings(settings, store_name)
    fingerprint = {**corpus_fingerprint(bench.corpus_path), "doc_ids": ids_hash(docs)}
    with run.stage("index"):
        store, reused = build_store(docs, es, fingerprint, options.progress)
    run.say(f"{'reused' if reused else 'built'} the {store_name} store ({len(docs)} documents)")
    runfile = run.runfile(files)
    with run.stage("retrieval"):
        rankings = _rankings(store, claims, doc_source_ids(docs), runfile)
    scored = {c.id: rankings[c.id] for c in claims}
    metrics: dict[str, Any] = {}
    if not options.retrieval_only:
        metrics = _verdicts(run, store, es, claims, runfile)
    return run.scorecard(
        data=files,
        n=len(claims),
        stance=not options.retrieval_only,
        retrieval=retrieval_scores(scored, qrels),
        notes=[*notes, f"index: {len(docs)} documents, store {'reused' if reused else 'built'}"],
        **metrics,
    )


def _verdicts(
    run: SuiteRun, store: Any, es: Settings, claims: Sequence[GoldClaim], runfile: RunFile
) -> dict[str, Any]:
    """The scorecard's verdict block and extra figures for these claims."""
    from verify.judge.check import Checker

    checker = Checker(store, es)
    with run.stage("load_model"):
        checker.load_model()
    items = [VerdictItem(c.id, c.claim, c.label) for c in claims]
    with run.stage("verdicts"):
        records = check_items(items, checker, runfile, run.options, k=run.options.k)
    extra: dict[str, Any] = {}
    if any(r["gold"] == "DISPUTED" for r in records):
        extra["disputed"] = disputed_scores(records)
    extra["seconds_per_claim"] = round(run.timings["verdicts"] / max(1, len(items)), 3)
    return {"verdict": record_verdicts(records), "extra": extra}


def disputed_scores(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """DISPUTED gold claims against our CONFLICTING verdict (Climate-FEVER's fourth class)."""
    disputed = [r for r in records if r["gold"] == "DISPUTED"]
    conflicting = [r for r in records if r["pred"] == Verdict.CONFLICTING.value]
    hits = sum(r["pred"] == Verdict.CONFLICTING.value for r in disputed)
    predicted = {label: sum(r["pred"] == label for r in disputed) for label in PREDICTED_LABELS}
    return {
        "n": len(disputed),
        "predicted": predicted,
        "conflicting_recall": round(hits / len(disputed), 4) if disputed else 0.0,
        "conflicting_precision": round(hits / len(conflicting), 4) if conflicting else 0.0,
        "conflicting_predicted": len(conflicting),
    }


def _rankings(
    store: Any, claims: Sequence[GoldClaim], sources: dict[str, list[str]], runfile: RunFile
) -> dict[str, list[str]]:
    rankings = {}
    for claim in claims:
        row = runfile.get("retrieval", claim.id)
        if row is None:
            ranking = ranked_docs(store, claim.claim, sources, RETRIEVAL_DEPTH)
            row = runfile.add("retrieval", claim.id, {"ranking": ranking})
        rankings[claim.id] = list(row["ranking"])
    return rankings


def evidence_qrels(claims: Sequence[GoldClaim]) -> dict[str, set[str]]:
    """Relevant documents per claim from its gold evidence (when there is no qrels file)."""
    return {c.id: set(c.evidence_docs) for c in claims if c.evidence_docs}


def _corpus_docs(
    bench: Benchmark,
    claims: Sequence[GoldClaim],
    qrels: dict[str, set[str]],
    options: BenchmarkOptions,
    store_name: str,
    notes: Sequence[str],
) -> tuple[list[Any], str, list[str]]:
    """The whole corpus, or with --corpus-sample N the claims' relevant documents plus N others
    drawn with --seed (a quick sample whose figures are not comparable to the full corpus)."""
    sample = options.corpus_sample
    if sample is None:
        return bench.docs, store_name, list(notes)
    wanted = {d for c in claims for d in qrels.get(c.id, set())} | {
        d for c in claims for d in c.evidence_docs
    }
    others = [d.doc_id for d in bench.docs if d.doc_id not in wanted]
    drawn = set(random.Random(options.seed).sample(others, min(sample, len(others))))
    docs = [d for d in bench.docs if d.doc_id in wanted or d.doc_id in drawn]
    name = f"{store_name}-sample-{ids_hash(docs)[:12]}"
    note = (
        f"corpus sample: the {len(docs) - len(drawn)} relevant documents of these claims plus "
        f"{len(drawn)} others (seed {options.seed}); not comparable to full-corpus figures"
    )
    return docs, name, [*notes, note]


def ids_hash(docs: Sequence[Any]) -> str:
    return hashlib.sha256("\n".join(d.doc_id for d in docs).encode()).hexdigest()[:16]


# --- the suites ---------------------------------------------------------------------------------


def load_benchmark(
    name: str, data: Path | None, settings: Settings
) -> tuple[Benchmark, dict[str, str]]:
    """The SciFact dev or Climate-FEVER held-out benchmark and its data files' hashes, from
    `data` (else `settings.eval_data`)."""
    loaders = {"scifact": _scifact_bench, "climate-fever": _climate_fever_bench}
    return loaders[name](data_dir(data, settings, name))


def benchmark_store(
    bench: Benchmark, settings: Settings, progress: Progress | None
) -> tuple[Any, Settings]:
    """The whole benchmark's store as its suite builds it (reused when built), and its settings."""
    es = eval_settings(settings, bench.name)
    fingerprint = {**corpus_fingerprint(bench.corpus_path), "doc_ids": ids_hash(bench.docs)}
    store, _ = build_store(bench.docs, es, fingerprint, progress)
    return store, es


def _scifact_bench(data: Path) -> tuple[Benchmark, dict[str, str]]:
    folder = data / "scifact" / "normalized"
    corpus = folder / "corpus.jsonl"
    if not corpus.is_file() and (data / "scifact" / "corpus.jsonl").is_file():
        corpus = data / "scifact" / "corpus.jsonl"
    require_file(corpus, "scifact", "the SciFact corpus (scifact/normalized/corpus.jsonl)")
    claims = require_file(folder / "claims_dev.jsonl", "scifact", "the SciFact dev claims")
    qrels = require_file(folder / "qrels_dev.tsv", "scifact", "the SciFact dev qrels")
    bench = Benchmark.read("scifact", corpus, claims, qrels)
    return bench, data_files(corpus, claims, qrels)


def run_scifact(options: ScifactOptions, settings: Settings) -> Scorecard:
    bench, files = _scifact_bench(data_dir(options.data, settings, "scifact"))
    notes = ["dev split (300 claims); the stance model never trained on SciFact dev"]
    return run_benchmark(bench, options, settings, "scifact", files, notes)


def run_climate_fever(options: ClimateFeverOptions, settings: Settings) -> Scorecard:
    from verify.training.data import CLIMATE_FEVER_SPLIT_SEED, CLIMATE_FEVER_TEST_FRACTION

    bench, files = _climate_fever_bench(data_dir(options.data, settings, "climate-fever"))
    notes = [
        f"held-out claim split only ({CLIMATE_FEVER_TEST_FRACTION:.0%} of claims by seeded hash, "
        f"seed {CLIMATE_FEVER_SPLIT_SEED}, verify.training.data.climate_fever_is_test): the stance "
        "model trained on the other claims' evidence pairs",
        "macro-F1 over SUPPORTED / REFUTED / NOT_ENOUGH_EVIDENCE; DISPUTED claims are scored "
        "apart against CONFLICTING (extra.disputed)",
        "retrieval relevance: the claim's gold evidence sentences (claims without any are left "
        "out of retrieval metrics)",
    ]
    return run_benchmark(bench, options, settings, "climate-fever", files, notes)


def _climate_fever_bench(data: Path) -> tuple[Benchmark, dict[str, str]]:
    from verify.training.data import climate_fever_is_test

    folder = data / "climate-fever" / "normalized"
    corpus = require_file(folder / "corpus.jsonl", "climate-fever", "the pooled evidence corpus")
    claims = require_file(folder / "claims.jsonl", "climate-fever", "the Climate-FEVER claims")
    bench = Benchmark.read(
        "climate-fever", corpus, claims, keep=lambda c: climate_fever_is_test(c.id)
    )
    return bench, data_files(corpus, claims)


def run_jsonl(options: JsonlOptions, settings: Settings) -> Scorecard:
    if options.corpus is None or options.claims is None:
        raise InputError(
            "suite jsonl: needs --corpus FILE and --claims FILE",
            "corpus rows {doc_id, title, sentences}; claim rows {id, claim, label, evidence}",
        )
    corpus = require_file(options.corpus, "jsonl", "the corpus (--corpus)")
    claims = require_file(options.claims, "jsonl", "the claims (--claims)")
    qrels = require_file(options.qrels, "jsonl", "the qrels (--qrels)") if options.qrels else None
    bench = Benchmark.read("jsonl", corpus, claims, qrels)
    if not bench.docs:
        raise InputError(f"suite jsonl: {corpus} holds no usable documents", "see the warnings")
    name = "jsonl-" + hashlib.sha256(str(corpus.resolve()).encode()).hexdigest()[:12]
    return run_benchmark(bench, options, settings, name, data_files(corpus, claims, qrels))


def run_expertqa_suite(options: ExpertQAOptions, settings: Settings) -> Scorecard:
    """verify.evaluation.expertqa.run_expertqa wrapped in a scorecard (--limit samples with
    --seed there, rather than taking the first N)."""
    from verify.evaluation.expertqa import run_expertqa

    data = data_dir(options.data, settings, "expertqa")
    run = SuiteRun("expertqa", options, settings)
    with run.stage("check"):
        result = run_expertqa(data, options.limit, options.seed)
    return run.scorecard(
        data={str(p): file_sha256(p)[:16] for p in sorted((data / "expertqa").glob("*.jsonl"))},
        n=int(result["n"]),
        stance=True,
        extra={k: v for k, v in result.items() if k not in ("suite", "n", "seed", "limit")},
        notes=["gold supported = Complete; not supported = Partial or Incomplete"],
    )


def run_stance_suite(options: StanceOptions, settings: Settings) -> Scorecard:
    """`verify eval stance` as a scorecard: the pair file's scores in the `verdict` block."""
    return stance_scorecard(options, settings)[0]


def stance_scorecard(
    options: StanceOptions, settings: Settings
) -> tuple[Scorecard, StanceEvalResult]:
    """Score the configured stance model on `options.pairs`: the scorecard and the raw result."""
    from verify.evaluation.stance_pairs import evaluate_stance, read_pairs
    from verify.judge.stance import load_stance_model

    if options.pairs is None:
        raise InputError("suite stance: needs a pairs file", "pass --pairs FILE")
    run = SuiteRun("stance", options, settings)
    pairs = read_pairs(options.pairs)
    if options.limit and options.limit < len(pairs):  # a seeded sample, kept in file order
        drawn = sorted(random.Random(options.seed).sample(range(len(pairs)), options.limit))
        pairs = [pairs[i] for i in drawn]
    with run.stage("load_model"):
        model = load_stance_model(settings)
    with run.stage("predict"):
        result = evaluate_stance(pairs, model, batch_size=options.batch_size)
    card = run.scorecard(
        data=data_files(options.pairs),
        n=result.n,
        verdict=VerdictScores(
            labels=list(result.per_class),
            accuracy=round(result.accuracy, 4),
            macro_f1=round(result.macro_f1, 4),
            per_class=result.per_class,
            confusion=result.confusion,
        ),
        extra={"ece": round(result.ece, 4), "pairs_per_s": round(result.pairs_per_s, 2)},
    )
    return card, result


SCIFACT = Suite(
    "scifact",
    "SciFact dev: retrieval nDCG@10 / recall@10 and open-retrieval verdicts",
    ScifactOptions,
    run_scifact,
)
CLIMATE_FEVER = Suite(
    "climate-fever",
    "Climate-FEVER held-out claims: verdicts over the pooled 5.2k-sentence evidence corpus",
    ClimateFeverOptions,
    run_climate_fever,
)
JSONL = Suite(
    "jsonl",
    "Any benchmark in the normalized format: --corpus FILE --claims FILE",
    JsonlOptions,
    run_jsonl,
)
EXPERTQA = Suite(
    "expertqa",
    "ExpertQA: the citation check against expert attribution labels",
    ExpertQAOptions,
    run_expertqa_suite,
)
STANCE = Suite(
    "stance", "Stance model on labelled pairs (--pairs FILE)", StanceOptions, run_stance_suite
)
