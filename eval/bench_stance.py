"""Stance model load time and throughput.

    python eval/bench_stance.py [--pairs FILE.jsonl] [--n 256] [--runs 5] [--batch-size 32]

Prints the import time of torch + transformers, the model load time (after imports), and
pairs/s at the given batch size as the median of several runs. Without --pairs it uses short
built-in passages (one or two sentences each, like Climate-FEVER evidence). Threads follow
VERIFY_THREADS (default: up to 2).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

SHORT = [
    (
        "The bridge opened to traffic in 1932 after six years of construction.",
        "The bridge opened in 1932.",
    ),
    (
        "Global mean sea level rose about 20 centimetres between 1901 and 2018.",
        "Sea levels have fallen since 1900.",
    ),
    (
        "The company reported revenue of 4.2 billion dollars for the third quarter.",
        "The city council approved a new park.",
    ),
    (
        "Vitamin D supplementation did not reduce the rate of respiratory infections in the trial.",
        "Vitamin D prevents respiratory infections.",
    ),
]


def load_pairs(path: Path | None, n: int) -> list[tuple[str, str]]:
    if path is None:
        base = SHORT
    else:
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        base = [(r["premise"], r["hypothesis"]) for r in rows]
    return [base[i % len(base)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description="Stance model load time and throughput.")
    parser.add_argument("--pairs", type=Path, default=None)
    parser.add_argument("--n", type=int, default=256)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    started = time.perf_counter()
    import torch  # noqa: F401
    import transformers  # noqa: F401

    imports = time.perf_counter() - started
    from verify.config import get_settings
    from verify.judge.stance import load_stance_model

    settings = get_settings()
    started = time.perf_counter()
    model = load_stance_model(settings)
    load = time.perf_counter() - started
    pairs = load_pairs(args.pairs, args.n)
    model.predict(pairs[: args.batch_size], batch_size=args.batch_size)  # warm-up
    rates = []
    for _ in range(args.runs):
        started = time.perf_counter()
        model.predict(pairs, batch_size=args.batch_size)
        rates.append(len(pairs) / (time.perf_counter() - started))
    print(f"model      {model.name}")
    print(f"threads    {settings.torch_threads()}")
    print(f"imports    {imports:.2f}s (torch + transformers)")
    print(f"load       {load:.2f}s")
    print(
        f"pairs/s    {statistics.median(rates):.1f} (median of {args.runs} runs of {len(pairs)} "
        f"pairs, batch {args.batch_size}; min {min(rates):.1f}, max {max(rates):.1f})"
    )


if __name__ == "__main__":
    main()
