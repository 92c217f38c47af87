"""Benchmark of `verify serve`: check and ask latency through HTTP on the seeds, after start-up.

    VERIFY_THREADS=1 .venv/bin/python eval/bench_serve.py --runs 5

VERIFY_THREADS (default 1) is passed to the server: the torch threads of the stance model.
Ingests seeds/ into `--home` (a fresh temporary folder by default), starts `verify serve --llm
none` on a free loopback port, waits until it answers, sends one warm-up request per endpoint,
then times `GET /api/check` on each claim and `GET /api/ask` on each question `--runs` times
(one request at a time, wall time at the client) and prints p50 and p95 per endpoint, plus the
time from launch to the first answer and the report time (first request to finished JSON).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

CLAIMS = [
    "Russia sent more military police to an area in northern Syria.",
    "Three Russian military police officers received light injuries from an IED.",
    "Battles between Turkish-backed fighters and Kurdish forces erupted near Ain Issa.",
    "The M4 highway links major Syrian cities.",
]
QUESTIONS = [
    "Where did Russia send additional military police units?",
    "How many Russian military police officers were injured by the IED?",
    "Who called on both sides to stop shelling?",
    "What is the population of Canberra?",
]


def main() -> None:
    args = _parse()
    home = Path(args.home or tempfile.mkdtemp(prefix="verify-bench-serve-"))
    _ingest(home)
    from serve_helpers import running_server, wait_report

    launched = time.perf_counter()
    threads = int(os.environ.get("VERIFY_THREADS", "1"))
    with (
        running_server(home, threads=threads) as url,
        httpx.Client(base_url=url, timeout=300) as http,
    ):
        ready = time.perf_counter() - launched
        print(f"server answering {ready:.1f} s after launch ({home})")
        http.get("/api/check", params={"claim": CLAIMS[0]}).raise_for_status()
        http.get("/api/ask", params={"q": QUESTIONS[0]}).raise_for_status()
        results: dict[str, Any] = {"runs": args.runs, "ready_s": round(ready, 2)}
        results["check"] = _time(http, "/api/check", "claim", CLAIMS, args.runs)
        results["ask"] = _time(http, "/api/ask", "q", QUESTIONS, args.runs)
        sid = next(r["id"] for r in http.get("/api/sources").json() if r["outlet"] == "South Front")
        started = time.perf_counter()
        wait_report(http, sid).raise_for_status()
        results["report_s"] = round(time.perf_counter() - started, 2)
    results["threads"] = threads
    results["load_average"] = [round(x, 2) for x in os.getloadavg()]
    for name in ("check", "ask"):
        r = results[name]
        print(f"{name:5} p50 {r['p50_s']:.3f} s  p95 {r['p95_s']:.3f} s  ({r['n']} requests)")
    print(f"report (South Front seed, --llm none): {results['report_s']:.1f} s")
    print(f"load average after: {results['load_average']}")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def _ingest(home: Path) -> None:
    env = os.environ | {"VERIFY_HOME": str(home), "VERIFY_LLM": "none"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    command = [sys.executable, "-m", "verify", "ingest", str(ROOT / "seeds")]
    subprocess.run(command, env=env, check=True, capture_output=True)


def _time(http: httpx.Client, path: str, name: str, texts: list[str], runs: int) -> dict:
    seconds = []
    for _ in range(runs):
        for text in texts:
            started = time.perf_counter()
            http.get(path, params={name: text}).raise_for_status()
            seconds.append(time.perf_counter() - started)
    seconds.sort()
    p95 = seconds[min(len(seconds) - 1, round(0.95 * (len(seconds) - 1)))]
    return {
        "n": len(seconds),
        "p50_s": round(statistics.median(seconds), 4),
        "p95_s": round(p95, 4),
    }


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="times each claim/question is sent")
    parser.add_argument("--home", help="VERIFY_HOME to use (default: a new temporary folder)")
    parser.add_argument("--out", help="write the figures as JSON to this file")
    return parser.parse_args()


if __name__ == "__main__":
    main()
