"""Benchmark of claim reports: seed report wall time, claim-check latency, peak memory.

    .venv/bin/python eval/bench_report.py --runs 3 [--llm] [--scifact-home DIR]

1. `verify report <South Front seed> --format json --llm none` as a fresh process, seeds already
   ingested: median wall time of `--runs` runs, model loads included (target < 15 s on 2 cores),
   with the per-stage timings of the median run and the peak RSS of the process (target < 1.5 GB).
2. With `--llm`: the same with `--llm local` (the shipped GGUF), the LLM cache emptied before each
   run so every call is a real one (target < 90 s).
3. Claim-check latency in one process, models already loaded: `Checker.check` on SciFact dev
   claims against B's SciFact store (`eval/bench_foundation.py` builds it, about 11.5k chunks)
   when `--scifact-home` holds one, else on the seed claims against the seeds; prints which,
   and p50 / p95 (target p50 < 1 s).

Runs with one torch thread unless VERIFY_THREADS says otherwise; the figures depend on what else
runs on the machine, so the load average is printed with them. No figure here is a test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLE = "000_819f9236edb07d15.txt"


def main() -> None:
    args = _parse()
    os.environ.setdefault("VERIFY_THREADS", "1")
    home = Path(args.home)
    print(f"threads={os.environ['VERIFY_THREADS']} cores={os.cpu_count()} load={_load()}")
    source_id = seed_store(home)
    results: dict[str, Any] = {"none": report_runs(home, source_id, "none", args.runs)}
    _show("seed report, --llm none (target < 15 s, peak < 1.5 GB)", results["none"])
    if args.llm:
        results["local"] = report_runs(home, source_id, "local", args.llm_runs)
        _show(
            "seed report, --llm local, empty LLM cache (target ≤ 120 s, issue 16)", results["local"]
        )
    results["check"] = check_latency(home, Path(args.scifact_home), args.claims, args.data)
    _show("claim check latency (target p50 < 1 s)", results["check"])
    print(f"load after: {_load()}")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2))


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", default="/tmp/verify-bench-report", help="seed store folder")
    parser.add_argument("--runs", type=int, default=3, help="report runs without LLM")
    parser.add_argument("--llm", action="store_true", help="also time --llm local")
    parser.add_argument("--llm-runs", type=int, default=1, help="report runs with the local LLM")
    parser.add_argument("--scifact-home", default="/tmp/verify-bench/scifact")
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--claims", type=int, default=50, help="claims timed for check latency")
    parser.add_argument("--out", help="write the figures as JSON here")
    return parser.parse_args()


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _show(title: str, figures: dict[str, Any]) -> None:
    print(f"== {title}")
    for key, value in figures.items():
        print(f"   {key}: {value}")
    sys.stdout.flush()


def _verify() -> list[str]:
    exe = Path(sys.executable).with_name("verify")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "verify"]


def seed_store(home: Path) -> str:
    """Ingest the seeds into `home` (a no-op when done before); the South Front source id."""
    env = {**os.environ, "VERIFY_HOME": str(home)}
    subprocess.run([*_verify(), "ingest", str(SEEDS)], env=env, check=True, capture_output=True)
    listed = subprocess.run(
        [*_verify(), "sources", "--json"], env=env, check=True, capture_output=True, text=True
    )
    rows = json.loads(listed.stdout)
    return next(r["id"] for r in rows if Path(r["path"]).name == ARTICLE)


def report_runs(home: Path, source_id: str, llm: str, runs: int) -> dict[str, Any]:
    env = {**os.environ, "VERIFY_HOME": str(home)}
    command = [*_verify(), "report", source_id, "--format", "json", "--llm", llm]
    measured = []
    for _ in range(runs):
        (home / "llm-cache.sqlite").unlink(missing_ok=True)
        wall, rss, out, err, code = _timed(command, env, home / "report.out")
        if code != 0:
            sys.exit(f"report failed: {err[-500:]}")
        measured.append((wall, rss, json.loads(out)))
    walls = [w for w, _, _ in measured]
    median_run = sorted(measured, key=lambda m: m[0])[len(measured) // 2]
    verdicts = [c["verdict"] for c in median_run[2]["claims"] if c["verdict"]]
    return {
        "runs": runs,
        "median_wall_s": round(statistics.median(walls), 2),
        "min_wall_s": round(min(walls), 2),
        "peak_rss_mb": round(max(r for _, r, _ in measured), 1),
        "stages_s (median run)": {k: round(v, 2) for k, v in median_run[2]["timings"].items()},
        "claims checked": len(verdicts),
        "verdicts": {v: verdicts.count(v) for v in sorted(set(verdicts))},
        "flags": median_run[2]["flags"],
    }


def _timed(
    command: list[str], env: dict[str, str], out: Path
) -> tuple[float, float, str, str, int]:
    """Wall seconds, peak RSS (MB) of that one process, stdout, stderr, exit code."""
    with out.open("wb") as stdout, out.with_suffix(".err").open("wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    text = out.read_text(encoding="utf-8")
    err = out.with_suffix(".err").read_text(encoding="utf-8", errors="replace")
    return wall, usage.ru_maxrss / 1024, text, err, process.returncode


def check_latency(home: Path, scifact_home: Path, n: int, data: str) -> dict[str, Any]:
    from verify.config import get_settings, reset_settings
    from verify.judge.check import Checker
    from verify.types import Claim

    corpus, claims = _corpus(home, scifact_home, n, Path(data))
    os.environ["VERIFY_HOME"] = str(corpus)
    reset_settings()
    checker = Checker.open(get_settings())
    checker.check(Claim(text=claims[0], start=0, end=len(claims[0])))  # warm: embedder, BM25
    times = []
    for text in claims:
        started = time.perf_counter()
        checker.check(Claim(text=text, start=0, end=len(text)))
        times.append(time.perf_counter() - started)
    times.sort()
    return {
        "store": f"{corpus} ({checker.store.count_chunks()} chunks)",
        "claims": len(times),
        "p50_s": round(statistics.median(times), 3),
        "p95_s": round(times[int(0.95 * (len(times) - 1))], 3),
    }


def _corpus(home: Path, scifact_home: Path, n: int, data: str | Path) -> tuple[Path, list[str]]:
    """B's SciFact store with SciFact dev claims when it exists, else the seeds and their claims."""
    dev = Path(data) / "scifact" / "claims_dev.jsonl"
    if (scifact_home / "store").is_dir() and dev.is_file():
        rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
        return scifact_home, [r["claim"] for r in rows][:n]
    from verify.config import get_settings, reset_settings
    from verify.corpus.store import open_store
    from verify.write.claims import rule_claims

    os.environ["VERIFY_HOME"] = str(home)
    reset_settings()
    store = open_store(get_settings())
    texts = [c.text for s in store.sources() for c in rule_claims(s) if c.check_worthy]
    return home, texts[:n]


if __name__ == "__main__":
    main()
