"""Train several stance-model variants at once on a GPU machine, and score each one on the pair
benchmarks and on the verdict suites (replayed from recorded retrievals), so a version is chosen
on what users see, not on pair scores alone.

The GPU machine has torch and transformers but neither the data nor this project's other
dependencies, and what travels there is limited, so the work is split in three steps:

    # 1. here: the training pools (built by verify.training.data.training_sources, exactly what
    #    `verify train stance --data` reads), the base model in fp16, the eval pairs and the
    #    verdict-suite dumps of eval/tune_coverage.py
    python eval/gpu_stance_sweep.py pack --data ../shared/data --dumps DIR --out .gpu
    # 2. on the GPU machine (pydantic and pydantic-settings on the path): every variant in
    #    VARIANTS trains in parallel through verify.training.train.train_stance (--device cuda),
    #    then is scored; results.json, logits.json.gz and the weights of the best come back
    python eval/gpu_stance_sweep.py run --pack .gpu --out $OUT --budget-s 300
    # 3. here: turn returned weights into a loadable model folder (word embeddings from the
    #    installed base, as for the shipped model), then evaluate it with the real CLI
    python eval/gpu_stance_sweep.py unpack $OUT NAME --to DIR
    # any model folder can be scored the same way here, on the CPU (about 2.5 minutes at 2
    #    threads); --logits keeps its raw logits for `ensemble`
    python eval/gpu_stance_sweep.py score DIR --pack .gpu [--logits FILE.json.gz]
    # averaged probabilities of several models (score --logits files, or FILE:NAME for a variant
    #    in a returned logits.json.gz), scored the same way
    python eval/gpu_stance_sweep.py ensemble A.json.gz $OUT/logits.json.gz:v1e3 --pack .gpu

Each variant is the command `verify train stance --data ../shared/data --device cuda` with the
options in its VARIANTS row. Runs cut short by --budget-s say so in results.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

# name, then TrainConfig fields ("pool_seed": the training_sources seed, default `seed`);
# "avg" rows average trained variants' weights (as version 2 averaged a mix-v1 and a mix-v2 run).
# Sweep 1 (2026-11-27): three or more passes from the base over the 48k-pair sample.
SWEEP_1: list[dict[str, Any]] = [
    {"name": "v2e3", "mix": "v2", "max_pairs": 48000, "epochs": 3, "learning_rate": 3e-5},
    {"name": "v2e5", "mix": "v2", "max_pairs": 48000, "epochs": 5, "learning_rate": 3e-5},
    {"name": "v1e3", "mix": "v1", "max_pairs": 48000, "epochs": 3, "learning_rate": 3e-5},
    {
        "name": "v2b32",
        "mix": "v2",
        "max_pairs": 48000,
        "epochs": 4,
        "learning_rate": 5e-5,
        "batch_size": 32,
    },
    {
        "name": "v2l256",
        "mix": "v2",
        "max_pairs": 48000,
        "epochs": 3,
        "learning_rate": 3e-5,
        "max_length": 256,
    },
    {
        "name": "v2e3s29",
        "mix": "v2",
        "max_pairs": 48000,
        "epochs": 3,
        "learning_rate": 3e-5,
        "seed": 29,
    },
    {"name": "avg-v2e3-v1e3", "avg": ["v2e3", "v1e3"]},
]
# Sweep 2: one pass of 72k pairs (about what version 2 saw) per seed and mix, then soups.
_SOUP_SEEDS = ((17, 17), (29, 29), (41, 17), (53, 29))
SWEEP_2: list[dict[str, Any]] = [
    {
        "name": f"{mix}s{seed}",
        "mix": mix,
        "max_pairs": 72000,
        "epochs": 1,
        "learning_rate": 3e-5,
        "seed": seed,
        "pool_seed": pool,
    }
    for mix in ("v2", "v1")
    for seed, pool in _SOUP_SEEDS
] + [
    {"name": "soup-v2", "avg": [f"v2s{s}" for s, _ in _SOUP_SEEDS]},
    {"name": "soup-v1", "avg": [f"v1s{s}" for s, _ in _SOUP_SEEDS]},
    {"name": "soup-all", "avg": [f"{m}s{s}" for m in ("v2", "v1") for s, _ in _SOUP_SEEDS]},
    {"name": "soup-v2s17-v1s17", "avg": ["v2s17", "v1s17"]},
]
VARIANTS = SWEEP_2
SMOKE = [
    {"name": "a", "mix": "v2", "max_pairs": 120, "epochs": 1, "learning_rate": 3e-5},
    {"name": "b", "mix": "v1", "max_pairs": 120, "epochs": 1, "learning_rate": 3e-5},
    {"name": "avg-a-b", "avg": ["a", "b"]},
]
DEFAULT_SEED = 17
DUMPS = ("seeds", "scifact", "cf")
# The sweeps of 2026-11-27 predate news_test: their "mean" is over the other five scores.
PAIR_SETS = ("scifact_dev_oracle", "climate_fever_test", "news_test")
BASE_FILES = (
    "config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
)
SPLIT_FILES = 2  # weights come back in halves (each returned file is at most 16 MiB)


def _write_gz(path: Path, data: Any) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(data, handle)


def _read_gz(path: Path) -> Any:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


# ---------------------------------------------------------------- pack (here)


def pack(data: Path, dumps: Path, out: Path, smoke: bool) -> None:
    import torch
    from safetensors.torch import load_file, save_file

    from verify.judge.stance import base_model_dir
    from verify.training.data import training_sources

    out.mkdir(parents=True, exist_ok=True)
    rows = [v for v in _variants(smoke) if "avg" not in v]
    for seed in sorted({v.get("pool_seed", v.get("seed", DEFAULT_SEED)) for v in rows}):
        pool = {
            name: [[p.premise, p.hypothesis, p.label.value, p.source, p.group] for p in pairs]
            for name, pairs in training_sources(data, seed).items()
        }
        _write_gz(out / f"pool-{seed}.json.gz", pool)
    base = base_model_dir()
    (out / "base").mkdir(exist_ok=True)
    for name in BASE_FILES:
        shutil.copy(base / name, out / "base" / name)
    weights = load_file(str(base / "model.safetensors"))
    save_file(
        {k: v.to(torch.float16) if v.is_floating_point() else v for k, v in weights.items()},
        str(out / "base" / "model.safetensors"),
    )
    keep = 6 if smoke else None  # a smoke pack scores a few rows of each set on a CPU
    for name in PAIR_SETS:
        rows = (ROOT / "eval" / "runs" / "stance" / f"{name}.jsonl").read_text().splitlines()
        _write_gz(out / f"{name}.json.gz", [json.loads(r) for r in rows if r.strip()][:keep])
    for name in DUMPS:
        rows = json.loads((dumps / f"{name}.json").read_text())
        _write_gz(out / f"dump-{name}.json.gz", rows[:keep])
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"packed {out}: {size / 1e6:.1f} MB")


# ---------------------------------------------------------------- run (GPU machine)


def _variants(smoke: bool) -> list[dict[str, Any]]:
    return SMOKE if smoke else VARIANTS


def packed_sources(pack_dir: Path, seed: int) -> dict[str, list[Any]]:
    """The training pools `pack` wrote, as verify.training.data.training_sources returns them."""
    from verify.training.data import Pair
    from verify.types import Stance

    pool = _read_gz(pack_dir / f"pool-{seed}.json.gz")
    return {
        name: [Pair(p, h, Stance(label), source, group) for p, h, label, source, group in rows]
        for name, rows in pool.items()
    }


def train_one(
    pack_dir: Path, row: dict[str, Any], work: Path, device: str, budget_s: float
) -> None:
    """One variant: verify's own training with the packed pool in place of the data folder."""
    import verify.training.train as st

    sources = packed_sources(pack_dir, row.get("pool_seed", row.get("seed", DEFAULT_SEED)))
    fields = {k: v for k, v in row.items() if k not in ("name", "pool_seed")}
    fields.setdefault("seed", DEFAULT_SEED)
    config = st.TrainConfig(
        data_dir=pack_dir,
        out_dir=work,
        device=device,
        threads=1,
        time_budget_s=budget_s,
        checkpoint_every=10**9,
        **fields,
    )
    result = st.train_stance(config, base_dir=pack_dir / "base", sources=sources)
    info = {
        "steps": result.steps,
        "planned_steps": st.planned_steps(result.train_pairs, config),
        "seconds": round(result.seconds, 1),
        "calibration": result.calibration,
    }
    (work / "train_info.json").write_text(json.dumps(info, indent=2))
    score_folder(pack_dir, work, device)


def score_folder(
    pack_dir: Path,
    folder: Path,
    device: str,
    base_dir: Path | None = None,
    out_path: Path | None = None,
) -> Path:
    """Raw logits of the model in `folder` on every pair set and every dumped reading, written to
    `out_path` (default: folder/logits.json.gz)."""
    from verify.judge.stance import load_folder

    model = load_folder(folder, base_dir=base_dir or pack_dir / "base")
    model.model.to(device)
    found: dict[str, Any] = {"temperature": model.temperature}
    for name in PAIR_SETS:
        rows = _read_gz(pack_dir / f"{name}.json.gz")
        found[name] = model.logits([(r["premise"], r["hypothesis"]) for r in rows], batch_size=64)
    for name in DUMPS:
        pairs = _dump_pairs(_read_gz(pack_dir / f"dump-{name}.json.gz"))
        found[f"dump-{name}"] = model.logits(pairs, batch_size=64)
    target = out_path or folder / "logits.json.gz"
    _write_gz(target, found)
    return target


def _dump_pairs(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(premise, claim) for each passage read whole and each sentence read on its own, in order."""
    pairs = []
    for row in rows:
        for passage in row["passages"]:
            pairs.append((passage["passage"], row["claim"]))
            pairs += [(s, row["claim"]) for s, scored in passage["readings"] if scored is not None]
    return pairs


def rescored(rows: list[dict[str, Any]], logits: list[list[float]], temperature: float) -> list:
    """The dump with every reading replaced by this model's probabilities."""
    from verify.judge.stance import softmax

    probs = iter([softmax(row, temperature) for row in logits])
    out = []
    for row in rows:
        passages = []
        for passage in row["passages"]:
            whole = _next(probs)
            readings = [[s, None if sc is None else _next(probs)] for s, sc in passage["readings"]]
            passages.append({**passage, "whole": whole, "readings": readings})
        out.append({**row, "passages": passages})
    if next(probs, None) is not None:
        raise ValueError("more logits than readings: the dump and the logits do not match")
    return out


def _next(probs: Any) -> list[float]:
    found = next(probs, None)
    if found is None:
        raise ValueError("fewer logits than readings: the dump and the logits do not match")
    return found


def metrics(pack_dir: Path, logits: dict[str, Any]) -> dict[str, Any]:
    """Pair macro-F1 per benchmark and verdict macro-F1 / accuracy per replayed suite."""
    import tune_coverage

    from verify.evaluation.metrics import macro_f1
    from verify.judge import verdict
    from verify.judge.stance import LABELS, parse_stance, softmax

    names = [s.value for s in LABELS]
    out: dict[str, Any] = {}
    temperature = logits["temperature"]
    pair_sets = [name for name in PAIR_SETS if name in logits]  # sweep logits lack news_test
    for name in pair_sets:
        rows = _read_gz(pack_dir / f"{name}.json.gz")
        gold = [parse_stance(r["label"]).value for r in rows]  # type: ignore[union-attr]
        pred = [names[max(range(3), key=softmax(x, temperature).__getitem__)] for x in logits[name]]
        out[f"pairs-{name}"] = round(macro_f1(gold, pred, names), 4)
    for name in DUMPS:
        rows = rescored(
            _read_gz(pack_dir / f"dump-{name}.json.gz"), logits[f"dump-{name}"], temperature
        )
        f1, acc = tune_coverage.scores(rows, verdict.RULES.min_support_coverage)
        out[f"verdicts-{name}"] = round(f1, 4)
        out[f"verdicts-{name}-accuracy"] = round(acc, 4)
    keys = [f"pairs-{n}" for n in pair_sets] + [f"verdicts-{n}" for n in DUMPS]
    out["mean"] = round(sum(out[k] for k in keys) / len(keys), 4)
    return out


def ensemble_logits(members: list[dict[str, Any]]) -> dict[str, Any]:
    """One model's worth of logits from several: each member's probabilities at its own
    temperature, averaged with equal weights, as log-probabilities at temperature 1. Only the
    sets every member was scored on are kept."""
    import math

    from verify.judge.stance import softmax

    shared = set.intersection(*(set(m) for m in members)) - {"temperature"}
    out: dict[str, Any] = {"temperature": 1.0}
    for key in sorted(shared):
        rows = []
        for readings in zip(*(m[key] for m in members), strict=True):
            probs = [
                softmax(row, m["temperature"]) for row, m in zip(readings, members, strict=True)
            ]
            rows.append(
                [math.log(max(sum(c) / len(members), 1e-12)) for c in zip(*probs, strict=True)]
            )
        out[key] = rows
    return out


def read_member(spec: str) -> dict[str, Any]:
    """`FILE` (logits of one model, from score --logits) or `FILE:NAME` (one variant of a
    returned logits.json.gz)."""
    path, _, name = spec.partition(":")
    found = _read_gz(Path(path))
    return found[name] if name else found


def average(pack_dir: Path, work: Path, row: dict[str, Any], device: str) -> None:
    """Equal-weight average of the exported variants `row["avg"]`, calibrated like a trained one."""
    from safetensors.torch import load_file, save_file

    import verify.training.train as st
    from verify.judge.stance import STANCE_FILE, WEIGHTS_FILE, load_folder

    parents = [work.parent / name for name in row["avg"]]
    states = [load_file(str(p / WEIGHTS_FILE)) for p in parents]
    work.mkdir(parents=True, exist_ok=True)
    merged = {
        k: (sum(s[k].float() for s in states) / len(states)).to(states[0][k].dtype)
        for k in states[0]
    }
    save_file(merged, str(work / WEIGHTS_FILE))
    for f in parents[0].iterdir():
        if f.is_file() and f.name not in (WEIGHTS_FILE, "logits.json.gz", "train_info.json"):
            shutil.copy(f, work / f.name)
    # temperature on the same held-out calibration pairs the trained variants used
    sources = packed_sources(pack_dir, DEFAULT_SEED)
    _, held = st.split_calibration(sources, st.TrainConfig(pack_dir, work).calibration_seed)
    model = load_folder(work, base_dir=pack_dir / "base")
    model.model.to(device)
    temperature = st.calibrate(model, held)["temperature"]
    meta = json.loads((work / STANCE_FILE).read_text())
    meta.update(temperature=temperature, averaged=row["avg"])
    (work / STANCE_FILE).write_text(json.dumps(meta, indent=2) + "\n")
    (work / "train_info.json").write_text(json.dumps({"averaged": row["avg"]}))
    score_folder(pack_dir, work, device)


def run(pack_dir: Path, out: Path, budget_s: float, device: str, smoke: bool, keep: int) -> None:
    started = time.perf_counter()
    work = Path(os.environ.get("SWEEP_WORK", "/tmp/sweep"))
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    rows = _variants(smoke)
    procs = {}
    for row in rows:
        if "avg" in row:
            continue
        log = (work / f"{row['name']}.log").open("w")
        cmd = [
            sys.executable,
            __file__,
            "train-one",
            "--pack",
            str(pack_dir),
            "--name",
            row["name"],
            "--work",
            str(work / row["name"]),
            "--device",
            device,
            "--budget-s",
            str(budget_s),
        ]
        cmd += ["--smoke"] if smoke else []
        procs[row["name"]] = (subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT), log)
    for name, (proc, log) in procs.items():
        proc.wait()
        log.close()
        print(f"{name}: exit {proc.returncode} at {time.perf_counter() - started:.0f}s", flush=True)
    for row in rows:
        if "avg" in row and all((work / n / "logits.json.gz").is_file() for n in row["avg"]):
            try:
                average(pack_dir, work / row["name"], row, device)
            except Exception as exc:  # report and go on: the trained variants still come back
                print(f"{row['name']}: averaging failed: {exc!r}", flush=True)
    results: dict[str, Any] = {}
    all_logits: dict[str, Any] = {}
    for row in rows:
        folder = work / row["name"]
        if not (folder / "logits.json.gz").is_file():
            results[row["name"]] = {"failed": True, "row": row}
            continue
        logits = _read_gz(folder / "logits.json.gz")
        all_logits[row["name"]] = logits
        info = json.loads((folder / "train_info.json").read_text())
        try:
            results[row["name"]] = {"row": row, **info, **metrics(pack_dir, logits)}
        except Exception as exc:  # the logits come back all the same
            results[row["name"]] = {"row": row, **info, "metrics_error": repr(exc)}
            continue
        print(
            row["name"],
            {
                k: v
                for k, v in results[row["name"]].items()
                if k.startswith(("pairs", "verdicts", "mean", "steps"))
            },
            flush=True,
        )
    _write_gz(out / "logits.json.gz", _rounded(all_logits))
    ranked = sorted((n for n in results if "mean" in results[n]), key=lambda n: -results[n]["mean"])
    # scoring failed everywhere: still bring back what trained
    ranked = ranked or [
        r["name"] for r in rows if (work / r["name"] / "model.safetensors").is_file()
    ]
    returned = ranked[:keep]  # an average comes back as its own weights
    for name in returned:
        _split_weights(work / name, out, name)
        results[name]["returned"] = True
    (out / "results.json").write_text(json.dumps(results, indent=2))
    with (out / "train.log").open("w") as combined:
        for name in procs:
            combined.write(f"==== {name}\n" + (work / f"{name}.log").read_text())
    print(f"done in {time.perf_counter() - started:.0f}s; ranked {ranked}", flush=True)


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


def _split_weights(folder: Path, out: Path, name: str) -> None:
    from safetensors.torch import load_file, save_file

    from verify.judge.stance import STANCE_FILE, WEIGHTS_FILE

    state = load_file(str(folder / WEIGHTS_FILE))
    keys = sorted(state)
    size = sum(state[k].numel() * state[k].element_size() for k in keys)
    part, filled, parts = 0, 0, [{} for _ in range(SPLIT_FILES)]
    for key in keys:
        nbytes = state[key].numel() * state[key].element_size()
        if filled + nbytes / 2 > size * (part + 1) / SPLIT_FILES and part < SPLIT_FILES - 1:
            part += 1
        parts[part][key] = state[key]
        filled += nbytes
    meta = (folder / STANCE_FILE).read_text()
    for i, tensors in enumerate(parts):
        save_file(tensors, str(out / f"{name}.part{i}.safetensors"), metadata={"stance": meta})


# ---------------------------------------------------------------- unpack (here)


def unpack(returned: Path, name: str, to: Path) -> None:
    """A model folder like the shipped one from the returned halves: the omitted word embeddings
    come from the installed base at load time, so their fingerprint is taken from it here."""
    from safetensors import safe_open
    from safetensors.torch import load_file, save_file

    from verify.judge.stance import (
        SHIPPED_DIR,
        STANCE_FILE,
        WEIGHTS_FILE,
        WORD_EMBEDDINGS,
        base_model_dir,
        tensor_fingerprint,
    )

    parts = sorted(returned.glob(f"{name}.part*.safetensors"))
    if not parts:
        raise SystemExit(f"no weights for {name} in {returned}")
    state: dict[str, Any] = {}
    for part in parts:
        state.update(load_file(str(part)))
    with safe_open(str(parts[0]), "pt") as handle:
        meta = json.loads(handle.metadata()["stance"])
    base = load_file(str(base_model_dir() / WEIGHTS_FILE))
    meta["omitted_fingerprint"] = {
        WORD_EMBEDDINGS: tensor_fingerprint(base[WORD_EMBEDDINGS.removeprefix("bert.")].float())
    }
    to.mkdir(parents=True, exist_ok=True)
    save_file(state, str(to / WEIGHTS_FILE))
    for f in SHIPPED_DIR.iterdir():
        if f.name not in (WEIGHTS_FILE, STANCE_FILE, "MODEL_CARD.md"):
            shutil.copy(f, to / f.name)
    (to / STANCE_FILE).write_text(json.dumps(meta, indent=2) + "\n")
    print(f"{name} -> {to}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("pack")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--dumps", type=Path, required=True)
    p.add_argument("--out", type=Path, default=ROOT / ".gpu")
    p.add_argument("--smoke", action="store_true")
    r = sub.add_parser("run")
    r.add_argument("--pack", type=Path, default=ROOT / ".gpu")
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--budget-s", type=float, default=300)
    r.add_argument("--device", default="cuda")
    r.add_argument("--smoke", action="store_true")
    r.add_argument("--keep", type=int, default=2, help="variants whose weights come back")
    t = sub.add_parser("train-one")
    t.add_argument("--pack", type=Path, required=True)
    t.add_argument("--name", required=True)
    t.add_argument("--work", type=Path, required=True)
    t.add_argument("--device", default="cuda")
    t.add_argument("--budget-s", type=float, default=300)
    t.add_argument("--smoke", action="store_true")
    c = sub.add_parser("score", help="score one model folder here (the installed base)")
    c.add_argument("folder", type=Path)
    c.add_argument("--pack", type=Path, default=ROOT / ".gpu")
    c.add_argument("--device", default="cpu")
    c.add_argument("--logits", type=Path, default=None, help="keep the raw logits in this file")
    e = sub.add_parser("ensemble", help="score the averaged probabilities of several models")
    e.add_argument("members", nargs="+", help="FILE (score --logits) or FILE:NAME (run's logits)")
    e.add_argument("--pack", type=Path, default=ROOT / ".gpu")
    u = sub.add_parser("unpack")
    u.add_argument("returned", type=Path)
    u.add_argument("name")
    u.add_argument("--to", type=Path, required=True)
    args = parser.parse_args()
    if args.step == "pack":
        pack(args.data, args.dumps, args.out, args.smoke)
    elif args.step == "run":
        run(args.pack, args.out, args.budget_s, args.device, args.smoke, args.keep)
    elif args.step == "train-one":
        import logging

        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
        row = next(v for v in _variants(args.smoke) if v["name"] == args.name)
        train_one(args.pack, row, args.work, args.device, args.budget_s)
    elif args.step == "score":
        import tempfile

        from verify.judge.stance import base_model_dir

        with tempfile.TemporaryDirectory() as tmp:  # the model folder may be the installed one
            target = score_folder(
                args.pack,
                args.folder,
                args.device,
                base_model_dir(),
                args.logits or Path(tmp) / "logits.json.gz",
            )
            found = metrics(args.pack, _read_gz(target))
        print(json.dumps({"model": str(args.folder), **found}, indent=1))
    elif args.step == "ensemble":
        found = metrics(args.pack, ensemble_logits([read_member(m) for m in args.members]))
        print(json.dumps({"ensemble": args.members, **found}, indent=1))
    else:
        unpack(args.returned, args.name, args.to)


if __name__ == "__main__":
    main()
