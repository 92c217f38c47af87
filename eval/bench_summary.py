"""LLM summary benchmark (issue 16): how many LLM summary sentences pass the checks, per model.

    .venv/bin/python eval/bench_summary.py --models 0.5b,1.5b --articles 10 --data ../shared/data

Corpus: the two seeds and the first `--articles` distinct news articles of SummaC's SummEval part
(CNN/DailyMail), ingested into one store under `--home`. Each article is reported against all the
others with claims by rules (`--llm none`): the benchmark measures the summary writer, and LLM
claim extraction alone costs minutes per article on 2 cores. The reports are kept under `--home`,
so a second run (another model, more articles) does not check the claims again. Then, per model,
`verify.write.summarize.summarize` writes each article's summary with the product's checks: the
stance-model support judgement of `verify report` (`verify.pipeline.entails_by`).

Prints per model: articles, claims given to the LLM, LLM sentences that passed (and their share),
how many of those repeat a claim of the article word for word, and how many repeat a sentence of
the passage they cite (after the "According to <outlet>," the code adds: the writer copied
instead of writing), articles whose summary has at least one LLM sentence, and the median
seconds per summary; `--out` writes every article's figures and sentences as JSON. The LLM
call cache under `--home` makes a rerun free. One LLM thread and one torch thread unless
VERIFY_THREADS says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SUMMEVAL = Path("summac-subset") / "summeval.json"


def main() -> None:
    args = _parse()
    os.environ.setdefault("VERIFY_THREADS", "1")
    os.environ["VERIFY_HOME"] = str(Path(args.home).resolve())
    print(f"threads={os.environ['VERIFY_THREADS']} load={os.getloadavg()[0]:.1f}")
    paths = corpus(Path(args.home), Path(args.data), args.articles)
    reports = [report_of(path, Path(args.home)) for path in paths]
    results = {key: summaries(reports, key) for key in args.models.split(",")}
    for key, rows in results.items():
        print(table_row(key, rows))
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2, ensure_ascii=False))


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", default="0.5b,1.5b", help="local models, comma-separated")
    parser.add_argument("--articles", type=int, default=10, help="SummEval articles besides seeds")
    parser.add_argument(
        "--data", default=os.environ.get("VERIFY_EVAL_DATA", str(ROOT.parent / "shared" / "data"))
    )
    parser.add_argument("--home", default="/tmp/verify-bench-summary", help="store, reports, cache")
    parser.add_argument("--out", help="JSON file for the per-article figures")
    return parser.parse_args()


def corpus(home: Path, data: Path, articles: int) -> list[Path]:
    """The seeds and the SummEval articles as text files, all ingested into one store."""
    from verify.config import get_settings
    from verify.corpus.ingest import ingest_paths
    from verify.corpus.store import open_store

    folder = home / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    rows = json.loads((data / SUMMEVAL).read_text(encoding="utf-8"))
    documents = list(dict.fromkeys(row["document"] for row in rows.values()))[:articles]
    paths = sorted(SEEDS.glob("*.txt"))
    for number, text in enumerate(documents):
        path = folder / f"summeval_{number:02d}.txt"
        path.write_text(text.strip() + "\n", encoding="utf-8")
        paths.append(path)
    ingest_paths(paths, open_store(get_settings(llm="none")))
    return paths


def report_of(path: Path, home: Path) -> Any:
    """The article's report with rule claims, made once and kept as JSON under `home`."""
    from verify.pipeline import run_report
    from verify.types import Report

    kept = home / "reports" / f"{path.stem}.json"
    if kept.exists():
        return Report.model_validate_json(kept.read_text(encoding="utf-8"))
    from verify.config import get_settings

    report = run_report(str(path), get_settings(llm="none"))
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text(report.model_dump_json(), encoding="utf-8")
    return report


def summaries(reports: list[Any], key: str) -> list[dict[str, Any]]:
    """Each report's summary written with local model `key`, and what passed."""
    from verify.config import get_settings
    from verify.judge.check import Checker
    from verify.llm import get_llm
    from verify.pipeline import entails_by
    from verify.report import own_passages
    from verify.text import sentences_of
    from verify.types import Writer
    from verify.write.summarize import excerpts_for, summarize, summary_plan, writing_context

    settings = get_settings(llm="local", local_model=key)
    checker = Checker.open(settings)
    llm = get_llm(settings)
    rows = []
    for report in reports:
        own = own_passages(checker.store, report.source)
        writing = writing_context(report.claims, own)
        slots, _ = summary_plan(report.source, report.claims, writing)
        asked = len(excerpts_for(report.source, report.claims, slots, writing))
        started = time.perf_counter()
        summary, flags = summarize(report.source, report.claims, own, llm, entails_by(checker))
        by_llm = [s.text for s in summary.sentences if s.writer is Writer.LLM]
        claims = {_words(c.claim.text) for c in report.claims}
        evidence = {_words(s) for c in summary.citations for s in sentences_of(c.passage)}
        sentences = [{"text": s.text, "writer": s.writer.value} for s in summary.sentences]
        rows.append(
            {
                "article": report.source.path or report.source.id,
                "claims_checked": sum(c.verdict is not None for c in report.claims),
                "asked": asked,
                "llm_sentences": len(by_llm),
                "llm_copies_of_a_claim": sum(_words(_body(t)) in claims for t in by_llm),
                "llm_copies_of_a_passage_sentence": sum(
                    _words(_body(t)) in evidence for t in by_llm
                ),
                "writer": summary.writer.value,
                "seconds": round(time.perf_counter() - started, 1),
                "sentences": sentences,
                "flags": flags,
            }
        )
        print(f"{key} {Path(rows[-1]['article']).name}: {len(by_llm)}/{asked} LLM sentences "
              f"passed, {rows[-1]['seconds']} s", flush=True)  # fmt: skip
    return rows


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.findall(r"\w+", text))


def _body(text: str) -> str:
    """The sentence without the attribution the code adds ("According to Reuters, ...")."""
    return re.sub(r"^According to [^,]+, ", "", text)


def table_row(key: str, rows: list[dict[str, Any]]) -> str:
    asked = sum(r["asked"] for r in rows)
    passed = sum(r["llm_sentences"] for r in rows)
    with_llm = sum(r["llm_sentences"] > 0 for r in rows)
    copies = sum(r["llm_copies_of_a_claim"] for r in rows)
    quoted = sum(r.get("llm_copies_of_a_passage_sentence", 0) for r in rows)
    share = passed / asked if asked else 0.0
    seconds = statistics.median(r["seconds"] for r in rows) if rows else 0.0
    return (
        f"| {key} | {len(rows)} | {asked} | {passed} ({share:.0%}) | {copies} | {quoted} | "
        f"{with_llm} of {len(rows)} | {seconds:.0f} s |"
    )


if __name__ == "__main__":
    main()
