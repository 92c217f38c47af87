"""Benchmark of `verify ask`: time to a checked answer on the seeds, models loaded once.

    VERIFY_THREADS=1 .venv/bin/python eval/bench_ask.py --modes none,local --runs 5

Ingests seeds/ into `--home` (a fresh temporary folder by default), opens the store and loads the
embedder, the stance model and (for `local`) the shipped GGUF once, warms each path up with one
question, then times `Asker.ask` on each question `--runs` times and prints the median (p50), the
p95 and the answerable rate per mode. The LLM's cache is switched off so every run calls the model;
for `local` the time to the first streamed character of the answer is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "Where did Russia send additional military police units?",
    "How many Russian military police officers were injured by the IED?",
    "Who called on both sides to stop shelling?",
    "What is the population of Canberra?",
]


def main() -> None:
    args = _parse()
    os.environ.setdefault("VERIFY_THREADS", "1")
    home = Path(args.home or tempfile.mkdtemp(prefix="verify-bench-ask-"))
    os.environ["VERIFY_HOME"] = str(home)
    from verify.config import get_settings
    from verify.write.ask import Asker

    settings = get_settings(llm="none")
    started = time.perf_counter()
    asker = _seeded_asker(settings, Asker)
    print(f"store ready and models loaded in {time.perf_counter() - started:.1f} s ({home})")
    results: dict[str, Any] = {"threads": settings.torch_threads(), "runs": args.runs}
    for mode in args.modes.split(","):
        results[mode] = bench_mode(asker, mode, args.runs, QUESTIONS[: args.questions])
        _show(mode, results[mode])
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def _seeded_asker(settings: Any, asker_class: Any) -> Any:
    from verify.corpus.ingest import ingest_paths

    asker = asker_class.open(settings)
    if not asker.store.ready_ids():
        ingest_paths([ROOT / "seeds"], asker.store)
    asker.ask(QUESTIONS[0], k=settings.search_k)  # loads the embedder and the stance model
    return asker


def bench_mode(asker: Any, mode: str, runs: int, questions: list[str]) -> dict[str, Any]:
    llm = _llm(asker.settings, mode)
    first_char: list[float] = []
    times: list[float] = []
    answerable = 0
    asker.ask(questions[0], llm=llm, k=asker.settings.search_k)  # warm-up: loads the GGUF
    for _ in range(runs):
        for question in questions:
            started = time.perf_counter()
            seen: list[float] = []

            def sink(text: str, seen: list[float] = seen, started: float = started) -> None:
                if not seen and text.strip():
                    seen.append(time.perf_counter() - started)

            answer = asker.ask(question, llm=llm, k=asker.settings.search_k, on_text=sink)
            times.append(time.perf_counter() - started)
            first_char += seen
            answerable += answer.answerable
    out = {
        "p50_s": round(statistics.median(times), 3),
        "p95_s": round(_p95(times), 3),
        "n": len(times),
        "answerable_rate": round(answerable / len(times), 3),
    }
    if first_char:
        out["first_char_p50_s"] = round(statistics.median(first_char), 3)
    return out


def _llm(settings: Any, mode: str) -> Any:
    from verify.llm import get_llm

    llm = get_llm(settings.model_copy(update={"llm": mode}))
    if llm is not None:
        llm.cache = None  # time the model, not the cache
    return llm


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _show(mode: str, result: dict[str, Any]) -> None:
    extra = (
        f", first streamed char p50 {result['first_char_p50_s']} s"
        if "first_char_p50_s" in result
        else ""
    )
    print(
        f"--llm {mode}: time to a checked answer p50 {result['p50_s']} s, p95 {result['p95_s']} s "
        f"over {result['n']} asks (answerable {result['answerable_rate']:.0%}){extra}"
    )


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--modes", default="none,local", help="comma-separated: none, local, openai"
    )
    parser.add_argument("--runs", type=int, default=5, help="times each question is asked")
    parser.add_argument("--questions", type=int, default=len(QUESTIONS), help="how many questions")
    parser.add_argument("--home", help="VERIFY_HOME to use (default: a new temporary folder)")
    parser.add_argument("--out", help="also write the results as JSON here")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
