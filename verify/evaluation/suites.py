"""Evaluation suites: a registry of name -> runner, and what every runner shares.

    card = run_suite("scifact", EvalOptions(data=Path("../shared/data"), limit=30))
    save_scorecard(card, settings.scorecards_dir)

Each runner reads its data (from `--data DIR`, else `VERIFY_EVAL_DATA` / `settings.eval_data`),
runs the real pipeline and returns a `Scorecard`. Per-item results are appended to a run file
under `$VERIFY_HOME/eval-runs/`, keyed by the suite, its data, its options and the code and model
that produce results, so an interrupted run picks up where it stopped (`resume=False` starts over).
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verify.config import Settings, get_settings
from verify.errors import InputError
from verify.evaluation.metrics import per_class_scores
from verify.evaluation.normalized import (
    CORE_LABELS,
    RETRIEVAL_DEPTH,
    Benchmark,
    GoldClaim,
    Progress,
    Skipped,
    build_store,
    corpus_fingerprint,
    doc_source_ids,
    eval_settings,
    file_sha256,
    ranked_docs,
    read_claims,
    read_corpus,
    read_qrels,
    require_file,
    retrieval_scores,
)
from verify.evaluation.scorecard import Scorecard, VerdictScores, now, peak_rss_mb, versions
from verify.pipeline import Timings
from verify.types import Claim, Verdict

if TYPE_CHECKING:
    from verify.evaluation.stance import StanceEvalResult

log = logging.getLogger(__name__)

PREDICTED_LABELS = [*CORE_LABELS, Verdict.CONFLICTING.value]
SKIPPED_SHOWN = 20


@dataclass
class EvalOptions:
    """Everything a suite may take; each suite reads the fields it needs."""

    data: Path | None = None
    limit: int | None = None
    seed: int = 0
    llm: str | None = None
    k: int | None = None
    resume: bool = True
    retrieval_only: bool = False
    corpus_sample: int | None = None
    corpus: Path | None = None
    claims: Path | None = None
    qrels: Path | None = None
    pairs: Path | None = None
    gold: Path | None = None
    seeds: Path | None = None
    batch_size: int = 32
    progress: Progress | None = field(default=None, repr=False, compare=False)

    def recorded(self) -> dict[str, Any]:
        """The options as they go into a scorecard (paths as text, unset ones left out)."""
        out = {}
        for key, value in asdict(self).items():
            if key == "progress" or value is None or value is False and key != "resume":
                continue
            if key == "batch_size" and value == 32:  # the default; older scorecards lack it
                continue
            out[key] = str(value) if isinstance(value, Path) else value
        return out

    def say(self, message: str) -> None:
        if self.progress is not None:
            self.progress(message)


Runner = Callable[[EvalOptions, Settings], Scorecard]


@dataclass(frozen=True)
class Suite:
    name: str
    runner: Runner
    description: str


SUITES: dict[str, Suite] = {}


def register_suite(name: str, description: str) -> Callable[[Runner], Runner]:
    def add(runner: Runner) -> Runner:
        SUITES[name] = Suite(name, runner, description)
        return runner

    return add


def run_suite(name: str, options: EvalOptions, settings: Settings | None = None) -> Scorecard:
    """Run one registered suite and return its scorecard (not yet saved)."""
    _load_suite_modules()
    if name not in SUITES:
        raise InputError(f"no eval suite {name!r}", f"choose one of: {', '.join(sorted(SUITES))}")
    if options.limit is not None and options.limit < 1:
        raise InputError(f"--limit must be at least 1, not {options.limit}", "")
    settings = settings or get_settings(llm=options.llm)
    card = SUITES[name].runner(options, settings)
    card.peak_rss_mb = peak_rss_mb()
    return card


def _load_suite_modules() -> None:
    """Suites defined in other modules register themselves on import."""
    import importlib

    for module in (
        "verify.evaluation.seeds",
        "verify.evaluation.factcheck_gpt",
        "verify.evaluation.perturb",
    ):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


# --- shared pieces ------------------------------------------------------------------------------


def data_dir(options: EvalOptions, settings: Settings, suite: str) -> Path:
    """--data, else VERIFY_EVAL_DATA / settings.eval_data; a one-line error when unusable."""
    chosen = options.data or settings.eval_data
    if chosen is None:
        raise InputError(
            f"suite {suite}: no data folder given",
            "pass --data DIR (a folder laid out like shared/data) or set VERIFY_EVAL_DATA",
        )
    chosen = Path(chosen).expanduser()
    if not chosen.is_dir():
        raise InputError(
            f"suite {suite}: the data folder {chosen} does not exist",
            "pass --data DIR (a folder laid out like shared/data) or set VERIFY_EVAL_DATA",
        )
    return chosen


def command_line(suite: str, options: EvalOptions) -> str:
    flags = {
        "data": "--data",
        "limit": "--limit",
        "seed": "--seed",
        "llm": "--llm",
        "k": "-k",
        "corpus_sample": "--corpus-sample",
        "corpus": "--corpus",
        "claims": "--claims",
        "qrels": "--qrels",
        "pairs": "--pairs",
        "gold": "--gold",
        "seeds": "--seeds",
    }
    parts = ["verify", "eval", suite]
    for key, flag in flags.items():
        value = getattr(options, key)
        if value is not None and not (key == "seed" and value == 0):
            parts += [flag, str(value)]
    if options.retrieval_only:
        parts.append("--retrieval-only")
    if options.batch_size != 32:
        parts += ["--batch-size", str(options.batch_size)]
    return " ".join(parts)


def code_hash() -> str:
    """sha256 prefix of the package's Python sources: results of other code are not resumed."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class RunFile:
    """Per-item results appended as JSON lines; a rerun with the same key reads them back."""

    def __init__(self, folder: Path, suite: str, key: dict[str, Any], resume: bool) -> None:
        blob = json.dumps(key, sort_keys=True, default=str)
        self.path = folder / f"{suite}-{hashlib.sha256(blob.encode()).hexdigest()[:16]}.jsonl"
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}
        self.resumed = 0
        folder.mkdir(parents=True, exist_ok=True)
        if not resume:
            self.path.unlink(missing_ok=True)
        elif self.path.is_file():
            self._read()
        if not self.path.is_file():
            self.path.write_text(json.dumps({"key": key}, default=str) + "\n", encoding="utf-8")

    def _read(self) -> None:
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short when the run was killed
            if isinstance(row, dict) and "stage" in row and "id" in row:
                self.rows[(row["stage"], str(row["id"]))] = row

    def get(self, stage: str, item_id: str) -> dict[str, Any] | None:
        row = self.rows.get((stage, item_id))
        if row is not None:
            self.resumed += 1
        return row

    def add(self, stage: str, item_id: str, row: dict[str, Any]) -> dict[str, Any]:
        row = {"stage": stage, "id": item_id, **row}
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.rows[(stage, item_id)] = row
        return row


def run_key(suite: str, options: EvalOptions, settings: Settings, data: dict[str, str]) -> dict:
    from verify.evaluation.scorecard import stance_model_version

    recorded = {k: v for k, v in options.recorded().items() if k not in ("limit", "resume")}
    return {
        "suite": suite,
        "options": recorded,
        "data": data,
        "code": code_hash(),
        "stance": stance_model_version(settings.stance_model).get("sha256", ""),
        "search_k": settings.search_k,
        "chunk": [settings.chunk_chars, settings.chunk_overlap_sentences],
    }


@dataclass
class VerdictItem:
    id: str
    claim: str
    gold: str
    exclude: frozenset[str] = frozenset()


def check_items(
    items: Sequence[VerdictItem],
    checker: Any,
    runfile: RunFile,
    options: EvalOptions,
    k: int | None = None,
) -> list[dict[str, Any]]:
    """Each item's verdict from the real checker (or the run file), in order."""
    records = []
    step = max(1, len(items) // 10)
    for number, item in enumerate(items, start=1):
        row = runfile.get("verdict", item.id)
        if row is None:
            claim = Claim(text=item.claim, start=0, end=len(item.claim))
            result = checker.check(claim, k=k, exclude_sources=item.exclude)
            row = runfile.add(
                "verdict",
                item.id,
                {
                    "gold": item.gold,
                    "pred": result.verdict.value if result.verdict else "",
                    "confidence": result.confidence,
                    "reason": result.reason,
                    "evidence": [e.chunk_id for e in result.evidence[:3]],
                },
            )
        records.append(row)
        if number % step == 0 or number == len(items):
            options.say(f"checked {number}/{len(items)} claims")
    return records


def verdict_scores(gold: Sequence[str], pred: Sequence[str]) -> VerdictScores:
    """Accuracy and macro-F1 over the three core classes; CONFLICTING is a wrong prediction
    for every core class and shows as its own column of the confusion matrix."""
    pairs = [(g, p) for g, p in zip(gold, pred, strict=True) if g in CORE_LABELS]
    g = [a for a, _ in pairs]
    p = [b if b in PREDICTED_LABELS else Verdict.NOT_ENOUGH_EVIDENCE.value for _, b in pairs]
    scores = per_class_scores(g, p, PREDICTED_LABELS)
    core = {label: scores[label] for label in CORE_LABELS}
    counts = {label: dict.fromkeys(PREDICTED_LABELS, 0) for label in CORE_LABELS}
    for a, b in zip(g, p, strict=True):
        counts[a][b] += 1
    return VerdictScores(
        labels=list(CORE_LABELS),
        accuracy=round(sum(a == b for a, b in zip(g, p, strict=True)) / len(g), 4) if g else 0.0,
        macro_f1=round(sum(s.f1 for s in core.values()) / len(CORE_LABELS), 4),
        per_class=core,
        confusion=counts,
    )


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


def skipped_fields(skipped: Sequence[Skipped]) -> dict[str, Any]:
    return {
        "skipped_rows": len(skipped),
        "skipped": [s.as_dict() for s in skipped[:SKIPPED_SHOWN]],
    }


# --- benchmarks in the normalized format --------------------------------------------------------


def run_benchmark(
    bench: Benchmark,
    options: EvalOptions,
    settings: Settings,
    store_name: str,
    files: dict[str, str],
    notes: Sequence[str] = (),
) -> Scorecard:
    """Index the corpus, rank documents for each claim, check each claim: one scorecard."""
    timings = Timings()
    claims = bench.claims[: options.limit] if options.limit else bench.claims
    if not claims:
        raise InputError(f"suite {bench.name}: no usable claims", "see the warnings above")
    qrels = bench.qrels if bench.qrels is not None else evidence_qrels(bench.claims)
    docs, store_name, notes = _corpus_docs(bench, claims, qrels, options, store_name, notes)
    es = eval_settings(settings, store_name)
    fingerprint = {**corpus_fingerprint(bench.corpus_path), "doc_ids": ids_hash(docs)}
    with timings.stage("index"):
        store, reused = build_store(docs, es, fingerprint, options.progress)
    options.say(f"{'reused' if reused else 'built'} the {store_name} store ({len(docs)} documents)")
    runfile = RunFile(
        settings.home / "eval-runs",
        bench.name,
        run_key(bench.name, options, settings, files),
        options.resume,
    )
    with timings.stage("retrieval"):
        rankings = _rankings(store, claims, doc_source_ids(docs), runfile)
    scored = {c.id: rankings[c.id] for c in claims}
    card = Scorecard(
        suite=bench.name,
        command=command_line(bench.name, options),
        created=now(),
        options=options.recorded(),
        data=files,
        n=len(claims),
        retrieval=retrieval_scores(scored, qrels),
        notes=[*notes, f"index: {len(docs)} documents, store {'reused' if reused else 'built'}"],
        **skipped_fields(bench.skipped),
    )
    if not options.retrieval_only:
        _add_verdicts(card, store, es, claims, runfile, options, timings)
    card.resumed = runfile.resumed
    card.timings = {k: round(v, 2) for k, v in timings.items()}
    card.versions = versions(settings, stance=not options.retrieval_only, llm=None)
    return card


def _add_verdicts(
    card: Scorecard,
    store: Any,
    es: Settings,
    claims: Sequence[GoldClaim],
    runfile: RunFile,
    options: EvalOptions,
    timings: Timings,
) -> None:
    from verify.check import Checker

    checker = Checker(store, es)
    with timings.stage("load_model"):
        checker.load_model()
    items = [VerdictItem(c.id, c.claim, c.label) for c in claims]
    with timings.stage("verdicts"):
        records = check_items(items, checker, runfile, options, k=options.k)
    card.verdict = verdict_scores([r["gold"] for r in records], [r["pred"] for r in records])
    if any(r["gold"] == "DISPUTED" for r in records):
        card.extra["disputed"] = disputed_scores(records)
    card.extra["seconds_per_claim"] = round(timings["verdicts"] / max(1, len(items)), 3)


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
    options: EvalOptions,
    store_name: str,
    notes: Sequence[str],
) -> tuple[list[Any], str, list[str]]:
    """The whole corpus, or with --corpus-sample N the claims' relevant documents plus N others
    drawn with --seed (a quick sample whose figures are not comparable to the full corpus)."""
    if options.corpus_sample is None:
        return bench.docs, store_name, list(notes)
    wanted = {d for c in claims for d in qrels.get(c.id, set())} | {
        d for c in claims for d in c.evidence_docs
    }
    others = [d.doc_id for d in bench.docs if d.doc_id not in wanted]
    drawn = set(random.Random(options.seed).sample(others, min(options.corpus_sample, len(others))))
    docs = [d for d in bench.docs if d.doc_id in wanted or d.doc_id in drawn]
    name = f"{store_name}-sample-{ids_hash(docs)[:12]}"
    note = (
        f"corpus sample: the {len(docs) - len(drawn)} relevant documents of these claims plus "
        f"{len(drawn)} others (seed {options.seed}); not comparable to full-corpus figures"
    )
    return docs, name, [*notes, note]


def ids_hash(docs: Sequence[Any]) -> str:
    return hashlib.sha256("\n".join(d.doc_id for d in docs).encode()).hexdigest()[:16]


def data_files(*paths: Path | None) -> dict[str, str]:
    return {str(p): file_sha256(p)[:16] for p in paths if p is not None}


# --- the suites ---------------------------------------------------------------------------------


def load_benchmark(
    name: str, options: EvalOptions, settings: Settings
) -> tuple[Benchmark, dict[str, str]]:
    """The SciFact dev or Climate-FEVER held-out benchmark and its data files' hashes."""
    loaders = {"scifact": _scifact_bench, "climate-fever": _climate_fever_bench}
    return loaders[name](options, settings)


def _scifact_bench(options: EvalOptions, settings: Settings) -> tuple[Benchmark, dict[str, str]]:
    data = data_dir(options, settings, "scifact")
    folder = data / "scifact" / "normalized"
    corpus = folder / "corpus.jsonl"
    if not corpus.is_file() and (data / "scifact" / "corpus.jsonl").is_file():
        corpus = data / "scifact" / "corpus.jsonl"
    require_file(corpus, "scifact", "the SciFact corpus (scifact/normalized/corpus.jsonl)")
    claims = require_file(folder / "claims_dev.jsonl", "scifact", "the SciFact dev claims")
    qrels = require_file(folder / "qrels_dev.tsv", "scifact", "the SciFact dev qrels")
    skipped: list[Skipped] = []
    bench = Benchmark(
        "scifact",
        corpus,
        read_corpus(corpus, skipped),
        read_claims(claims, skipped),
        read_qrels(qrels, skipped),
        skipped,
    )
    return bench, data_files(corpus, claims, qrels)


@register_suite("scifact", "SciFact dev: retrieval nDCG@10 / recall@10 and open-retrieval verdicts")
def run_scifact(options: EvalOptions, settings: Settings) -> Scorecard:
    bench, files = _scifact_bench(options, settings)
    notes = ["dev split (300 claims); the stance model never trained on SciFact dev"]
    return run_benchmark(bench, options, settings, "scifact", files, notes)


@register_suite(
    "climate-fever",
    "Climate-FEVER held-out claims: verdicts over the pooled 5.2k-sentence evidence corpus",
)
def run_climate_fever(options: EvalOptions, settings: Settings) -> Scorecard:
    from verify.stance_data import CLIMATE_FEVER_SPLIT_SEED, CLIMATE_FEVER_TEST_FRACTION

    bench, files = _climate_fever_bench(options, settings)
    notes = [
        f"held-out claim split only ({CLIMATE_FEVER_TEST_FRACTION:.0%} of claims by seeded hash, "
        f"seed {CLIMATE_FEVER_SPLIT_SEED}, verify.stance_data.climate_fever_is_test): the stance "
        "model trained on the other claims' evidence pairs",
        "macro-F1 over SUPPORTED / REFUTED / NOT_ENOUGH_EVIDENCE; DISPUTED claims are scored "
        "apart against CONFLICTING (extra.disputed)",
        "retrieval relevance: the claim's gold evidence sentences (claims without any are left "
        "out of retrieval metrics)",
    ]
    return run_benchmark(bench, options, settings, "climate-fever", files, notes)


def _climate_fever_bench(
    options: EvalOptions, settings: Settings
) -> tuple[Benchmark, dict[str, str]]:
    from verify.stance_data import climate_fever_is_test

    data = data_dir(options, settings, "climate-fever")
    folder = data / "climate-fever" / "normalized"
    corpus = require_file(folder / "corpus.jsonl", "climate-fever", "the pooled evidence corpus")
    claims = require_file(folder / "claims.jsonl", "climate-fever", "the Climate-FEVER claims")
    skipped: list[Skipped] = []
    held_out = [c for c in read_claims(claims, skipped) if climate_fever_is_test(c.id)]
    bench = Benchmark(
        "climate-fever", corpus, read_corpus(corpus, skipped), held_out, None, skipped
    )
    return bench, data_files(corpus, claims)


@register_suite("jsonl", "Any benchmark in the normalized format: --corpus FILE --claims FILE")
def run_jsonl(options: EvalOptions, settings: Settings) -> Scorecard:
    if options.corpus is None or options.claims is None:
        raise InputError(
            "suite jsonl: needs --corpus FILE and --claims FILE",
            "corpus rows {doc_id, title, sentences}; claim rows {id, claim, label, evidence}",
        )
    corpus = require_file(options.corpus, "jsonl", "the corpus (--corpus)")
    claims = require_file(options.claims, "jsonl", "the claims (--claims)")
    qrels = require_file(options.qrels, "jsonl", "the qrels (--qrels)") if options.qrels else None
    skipped: list[Skipped] = []
    bench = Benchmark(
        "jsonl",
        corpus,
        read_corpus(corpus, skipped),
        read_claims(claims, skipped),
        read_qrels(qrels, skipped) if qrels else None,
        skipped,
    )
    if not bench.docs:
        raise InputError(f"suite jsonl: {corpus} holds no usable documents", "see the warnings")
    name = "jsonl-" + hashlib.sha256(str(corpus.resolve()).encode()).hexdigest()[:12]
    return run_benchmark(bench, options, settings, name, data_files(corpus, claims, qrels))


@register_suite("expertqa", "ExpertQA: the citation check against expert attribution labels")
def run_expertqa_suite(options: EvalOptions, settings: Settings) -> Scorecard:
    """verify.evaluation.expertqa.run_expertqa wrapped in a scorecard (--limit samples with
    --seed there, rather than taking the first N)."""
    from verify.evaluation.expertqa import run_expertqa

    data = data_dir(options, settings, "expertqa")
    timings = Timings()
    with timings.stage("check"):
        result = run_expertqa(data, options.limit, options.seed)
    extra = {k: v for k, v in result.items() if k not in ("suite", "n", "seed", "limit")}
    return Scorecard(
        suite="expertqa",
        command=command_line("expertqa", options),
        created=now(),
        options=options.recorded(),
        data={str(p): file_sha256(p)[:16] for p in sorted((data / "expertqa").glob("*.jsonl"))},
        n=int(result["n"]),
        extra=extra,
        notes=["gold supported = Complete; not supported = Partial or Incomplete"],
        timings={k: round(v, 2) for k, v in timings.items()},
        versions=versions(settings, llm=None),
    )


@register_suite("stance", "Stance model on labelled pairs (--pairs FILE)")
def run_stance_suite(options: EvalOptions, settings: Settings) -> Scorecard:
    """`verify eval stance` as a scorecard: the pair file's scores in the `verdict` block."""
    return stance_scorecard(options, settings)[0]


def stance_scorecard(
    options: EvalOptions, settings: Settings
) -> tuple[Scorecard, StanceEvalResult]:
    """Score the configured stance model on `options.pairs`: the scorecard and the raw result."""
    from verify.evaluation.stance import evaluate_stance, read_pairs
    from verify.stance import load_stance_model

    if options.pairs is None:
        raise InputError("suite stance: needs a pairs file", "pass --pairs FILE")
    timings = Timings()
    pairs = read_pairs(options.pairs)
    if options.limit and options.limit < len(pairs):  # a seeded sample, kept in file order
        drawn = sorted(random.Random(options.seed).sample(range(len(pairs)), options.limit))
        pairs = [pairs[i] for i in drawn]
    with timings.stage("load_model"):
        model = load_stance_model(settings)
    with timings.stage("predict"):
        result = evaluate_stance(pairs, model, batch_size=options.batch_size)
    card = Scorecard(
        suite="stance",
        command=command_line("stance", options),
        created=now(),
        options=options.recorded(),
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
        timings={k: round(v, 2) for k, v in timings.items()},
        versions=versions(settings, llm=None),
    )
    return card, result
