"""Train several stance-model v3 variants (all-mpnet-base-v2 with LoRA adapters on every layer) at
once on a GPU machine, score each on the pair benchmarks and on every reading the verdict suites
send, and bring back their deltas, so a variant is chosen here on what users see.

The GPU machine has torch and transformers but not the data, the base model or this project's
other dependencies, and a call carries at most 64 MiB with the repository. The base's 438 MB do
not fit, so `pack` sends it as int8 (one scale per row; word-embedding rows that no packed text
uses are left out), split over payload folders that travel in calls made one right after
another. A carried path does not stay on the machine from one call to the next, but what a call
writes under /tmp does while the machine is warm, so each call copies its payload there:

    # 1. here: training pools, pair benchmarks, the (passage, claim) readings of a
    #    `eval/tune_rules.py --memo` file, and the quantised base, in payloads of <= 33 MB
    python eval/gpu_mpnet_sweep.py pack --data ../shared/data --memo MEMO --out .gpu
    # 2. GPU machine: one call per payload, each carrying .gpu/pN and running
    #    `mkdir -p /tmp/pl/pN && cp .gpu/pN/blob /tmp/pl/pN/`; the last one also carries the
    #    pydantic wheels (as for eval/gpu_stance_sweep.py) and runs
    python eval/gpu_mpnet_sweep.py run --pack /tmp/pl --out $OUT --budget-s 300
    # 3. here: a returned variant as a shippable folder against the real base, recalibrated on
    #    the CPU (`verify train stance --export-only`), and a tune_rules memo of its GPU readings
    python eval/gpu_mpnet_sweep.py unpack RETURNED NAME --data ../shared/data --to DIR
    python eval/gpu_mpnet_sweep.py memo RETURNED NAME --model DIR --out MEMO

The int8 base differs a little from the real one, so the GPU's scores rank the variants; the
chosen one is scored again here, on the CPU, with the real base, before anything is shipped.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import lzma
import os
import pickle
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from gpu_stance_sweep import _rounded  # noqa: E402

# name, then TrainConfig fields; every variant trains adapters on all twelve layers
# (frozen_layers 0), which the CPU recipe cannot afford.
COMMON: dict[str, Any] = {
    "base": "mpnet",
    "frozen_layers": 0,
    "lora_rank": 16,
    "lora_alpha": 32.0,
    "max_length": 160,
    "batch_size": 32,
    "max_pairs": 72000,
    "epochs": 2,
    "learning_rate": 3e-4,
    "seed": 17,
}
# Sweep 1 (2026-12-04): six at once, each cut by the 300 s budget at 2,920-2,960 steps.
SWEEP_1: list[dict[str, Any]] = [
    {"name": "v3", "mix": "v3"},
    {"name": "v5", "mix": "v5"},
    {"name": "v2", "mix": "v2"},
    {"name": "v1", "mix": "v1"},
    {"name": "v4", "mix": "v4"},
    {"name": "v3-lr5", "mix": "v3", "learning_rate": 5e-4, "epochs": 3},
]
# Sweep 2: sweep 1's best two settings again with three at once (more steps each), and another
# training seed on the same pool ("pool_seed") to see how far seeds alone move the figures.
SWEEP_2: list[dict[str, Any]] = [
    {"name": "v3-lr5-e2", "mix": "v3", "learning_rate": 5e-4},
    {"name": "v5-lr5-e2", "mix": "v5", "learning_rate": 5e-4},
    {"name": "v3-lr5-e2-s29", "mix": "v3", "learning_rate": 5e-4, "seed": 29, "pool_seed": 17},
]
# Sweep 3: full length (the step schedule, 4,500 steps, with the budget only as a cap), five at
# once: the shipped setting under three training seeds (for a seed soup), mix v3, and mix v6.
SWEEP_3: list[dict[str, Any]] = [
    {"name": "f-v5", "mix": "v5", "learning_rate": 5e-4},
    {"name": "f-v5-s29", "mix": "v5", "learning_rate": 5e-4, "seed": 29, "pool_seed": 17},
    {"name": "f-v5-s41", "mix": "v5", "learning_rate": 5e-4, "seed": 41, "pool_seed": 17},
    {"name": "f-v3", "mix": "v3", "learning_rate": 5e-4},
    {"name": "f-v6", "mix": "v6", "learning_rate": 5e-4},
]
VARIANTS = SWEEP_3
SMOKE = [{"name": "a", "mix": "v3", "max_pairs": 64, "epochs": 1, "batch_size": 16}]
PAIR_SETS = ("scifact_dev_oracle", "climate_fever_test", "news_test")
BASE_FILES = (
    "config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
)
PAYLOAD_BYTES = 33_000_000  # with the 29 MB repository (and 3 MB of wheels), under 64 MiB
PER_TAR = 2  # variants per returned tar (a returned file is at most 16 MiB)


def _dump(path: Path, data: Any) -> None:
    path.write_bytes(lzma.compress(json.dumps(data).encode(), preset=6))


def _load(path: Path) -> Any:
    return json.loads(lzma.decompress(path.read_bytes()))


def _rows(smoke: bool) -> list[dict[str, Any]]:
    return [{**COMMON, **row} for row in (SMOKE if smoke else VARIANTS)]


def _named(name: str) -> dict[str, Any]:
    return next({**COMMON, **r} for r in SWEEP_1 + SWEEP_2 + SWEEP_3 + SMOKE if r["name"] == name)


# ---------------------------------------------------------------- pack (here)


def quantize(state: dict[str, Any], keep_rows: list[int]) -> dict[str, Any]:
    """int8 with a per-row fp32 scale for every matrix (word embeddings: only `keep_rows`),
    fp16 for the rest; `dequantize` undoes it."""
    import torch

    out: dict[str, Any] = {}
    for key, tensor in state.items():
        if not tensor.is_floating_point():
            out[key] = tensor
            continue
        if key == "embeddings.word_embeddings.weight":
            out["word_rows"] = torch.tensor(keep_rows, dtype=torch.int32)
            out["word_shape"] = torch.tensor(list(tensor.shape), dtype=torch.int32)
            tensor = tensor[keep_rows]
        if tensor.dim() == 2 and tensor.shape[0] > 600:
            scale = tensor.abs().amax(dim=1, keepdim=True).clamp(min=1e-8) / 127
            out[f"{key}.q8"] = torch.round(tensor / scale).to(torch.int8)
            out[f"{key}.scale"] = scale.float()
        else:
            out[key] = tensor.half()
    return out


def dequantize(packed: dict[str, Any]) -> dict[str, Any]:
    import torch

    state: dict[str, Any] = {}
    for key, tensor in packed.items():
        if key.endswith(".q8"):
            stem = key.removesuffix(".q8")
            state[stem] = tensor.float() * packed[f"{stem}.scale"]
        elif key.endswith(".scale") or key in ("word_rows", "word_shape"):
            continue
        else:
            state[key] = tensor if not tensor.is_floating_point() else tensor.float()
    rows = packed["word_rows"].long()
    full = torch.zeros(tuple(packed["word_shape"].tolist()))
    full[rows] = state["embeddings.word_embeddings.weight"]
    state["embeddings.word_embeddings.weight"] = full
    return state


def pack(data: Path, memo: Path, out: Path, smoke: bool) -> None:
    from safetensors.torch import load_file, save_file
    from transformers import AutoTokenizer

    from verify.judge.stance_lora import BASE_WEIGHTS, base_dir
    from verify.training.data import training_sources

    work = out / "work"
    shutil.rmtree(out, ignore_errors=True)
    work.mkdir(parents=True)
    texts: list[str] = []
    for seed in sorted({row.get("pool_seed", row["seed"]) for row in _rows(smoke)}):
        pool = {
            name: [[p.premise, p.hypothesis, p.label.value, p.source, p.group] for p in pairs]
            for name, pairs in training_sources(data, seed).items()
        }
        _dump(work / f"pool-{seed}.json.xz", pool)
        texts += [t for rows in pool.values() for r in rows for t in r[:2]]
    keep = 6 if smoke else None
    for name in PAIR_SETS:
        lines = (ROOT / "eval" / "runs" / "stance" / f"{name}.jsonl").read_text().splitlines()
        rows = [json.loads(line) for line in lines if line.strip()][:keep]
        _dump(work / f"{name}.json.xz", rows)
        texts += [t for r in rows for t in (r["premise"], r["hypothesis"])]
    saved = pickle.loads(memo.read_bytes())
    readings = [list(pair) for pair in saved["memo"]][: keep and 40]
    _dump(work / "readings.json.xz", readings)
    shutil.copy(work / "readings.json.xz", out.parent / f"{out.name}-readings.json.xz")  # `memo`
    texts += [t for pair in readings for t in pair]
    base = base_dir()
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    used = set(tokenizer.all_special_ids)
    for start in range(0, len(texts), 4096):
        for ids in tokenizer(texts[start : start + 4096], add_special_tokens=False)["input_ids"]:
            used.update(ids)
    (work / "base").mkdir()
    for name in BASE_FILES:
        shutil.copy(base / name, work / "base" / name)
    state = load_file(str(base / BASE_WEIGHTS))
    save_file(quantize(state, sorted(used)), str(work / "base" / "quantized.safetensors"))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        tar.add(work, arcname="pack")
    blob = lzma.compress(buffer.getvalue(), preset=6)  # int8 weights: 12 % less
    shutil.rmtree(work)
    for n, start in enumerate(range(0, len(blob), PAYLOAD_BYTES)):
        (out / f"p{n}").mkdir()
        (out / f"p{n}" / "blob").write_bytes(blob[start : start + PAYLOAD_BYTES])
    print(f"packed {len(blob) / 1e6:.1f} MB in {n + 1} payloads; {len(used)} word pieces used")


def unpacked(pack_dir: Path) -> Path:
    """The payloads joined and untarred (once) under /tmp, with the base rebuilt in fp32."""
    from safetensors.torch import load_file, save_file

    target = Path(os.environ.get("SWEEP_WORK", "/tmp/mpnet-sweep")) / "pack"
    if (target / "base" / "model.safetensors").is_file():
        return target
    parts = sorted(pack_dir.glob("p*/blob"), key=lambda p: int(p.parent.name[1:]))
    blob = lzma.decompress(b"".join(p.read_bytes() for p in parts))
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        tar.extractall(target.parent, filter="data")
    state = dequantize(load_file(str(target / "base" / "quantized.safetensors")))
    save_file(state, str(target / "base" / "model.safetensors"))
    return target


# ---------------------------------------------------------------- run (GPU machine)


def packed_sources(pack_dir: Path, seed: int) -> dict[str, list[Any]]:
    from verify.training.data import Pair
    from verify.types import Stance

    pool = _load(pack_dir / f"pool-{seed}.json.xz")
    return {
        name: [Pair(p, h, Stance(label), source, group) for p, h, label, source, group in rows]
        for name, rows in pool.items()
    }


def train_one(pack_dir: Path, row: dict[str, Any], work: Path, budget_s: float) -> None:
    import verify.training.train as st
    from verify.judge.stance import load_folder

    fields = {k: v for k, v in row.items() if k not in ("name", "pool_seed")}
    device = os.environ.get("SWEEP_DEVICE", "cuda")  # cpu: a smoke run here
    config = st.TrainConfig(
        data_dir=pack_dir, out_dir=work, device=device, time_budget_s=budget_s, **fields
    )
    result = st.train_stance(
        config,
        base_dir=pack_dir / "base",
        sources=packed_sources(pack_dir, row.get("pool_seed", row["seed"])),
    )
    model = load_folder(work, base_dir=pack_dir / "base")
    model.model.to(device)
    found: dict[str, Any] = {"temperature": model.temperature}
    for name in PAIR_SETS:
        rows = _load(pack_dir / f"{name}.json.xz")
        found[name] = model.logits([(r["premise"], r["hypothesis"]) for r in rows], 128)
    readings = [tuple(pair) for pair in _load(pack_dir / "readings.json.xz")]
    found["readings"] = model.logits(readings, 128)
    found["train"] = {
        "steps": result.steps,
        "planned_steps": st.planned_steps(result.train_pairs, config),
        "seconds": round(result.seconds, 1),
        "calibration": result.calibration,
    }
    _dump(work / "logits.json.xz", _rounded(found))


def pair_scores(pack_dir: Path, found: dict[str, Any]) -> dict[str, float]:
    from verify.evaluation.metrics import macro_f1
    from verify.judge.stance import LABELS, parse_stance, softmax

    names = [s.value for s in LABELS]
    out = {}
    for name in PAIR_SETS:
        rows = _load(pack_dir / f"{name}.json.xz")
        gold = [parse_stance(r["label"]).value for r in rows]  # type: ignore[union-attr]
        probs = [softmax(x, found["temperature"]) for x in found[name]]
        pred = [names[max(range(3), key=p.__getitem__)] for p in probs]
        out[name] = round(macro_f1(gold, pred, names), 4)
    return out


def run(pack: Path, out: Path, budget_s: float, smoke: bool) -> None:
    started = time.perf_counter()
    pack_dir = unpacked(pack)
    print(f"pack ready in {time.perf_counter() - started:.0f}s", flush=True)
    work = pack_dir.parent / "runs"
    work.mkdir(exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    procs = {}
    for row in _rows(smoke):
        log = (work / f"{row['name']}.log").open("w")
        cmd = [sys.executable, __file__, "train-one", "--pack", str(pack_dir),
               "--name", row["name"], "--work", str(work / row["name"]),
               "--budget-s", str(budget_s)]  # fmt: skip
        cmd += ["--smoke"] if smoke else []
        procs[row["name"]] = (subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT), log)
    results: dict[str, Any] = {}
    logits: dict[str, Any] = {}
    for name, (proc, log) in procs.items():
        proc.wait()
        log.close()
        print(f"{name}: exit {proc.returncode} at {time.perf_counter() - started:.0f}s", flush=True)
        path = work / name / "logits.json.xz"
        if proc.returncode or not path.is_file():
            results[name] = {"failed": True}
            continue
        logits[name] = _load(path)
        results[name] = {**logits[name]["train"], **pair_scores(pack_dir, logits[name])}
        print(name, json.dumps(results[name]), flush=True)
    _dump(out / "logits.json.xz", logits)
    (out / "results.json").write_text(json.dumps(results, indent=2))
    names = list(logits)
    for n, start in enumerate(range(0, len(names), PER_TAR)):
        with tarfile.open(out / f"deltas-{n}.tar", "w") as tar:
            for name in names[start : start + PER_TAR]:
                for file in ("delta.safetensors", "stance.json", "train_report.json"):
                    tar.add(work / name / file, arcname=f"{name}/{file}")
    with (out / "train.log").open("w") as combined:
        for name in procs:
            combined.write(f"==== {name}\n" + (work / f"{name}.log").read_text()[-20000:])
    print(f"done in {time.perf_counter() - started:.0f}s", flush=True)


# ---------------------------------------------------------------- unpack, memo (here)


def unpack(returned: Path, name: str, data: Path, to: Path) -> None:
    """`verify train stance --export-only` on the returned delta: the real base, calibrated on
    the CPU, written as a shippable folder."""
    checkpoint = _fresh(to.parent / f"{to.name}.checkpoint")
    for tar_path in sorted(returned.glob("deltas-*.tar")):
        with tarfile.open(tar_path) as tar:
            members = [m for m in tar.getmembers() if m.name.startswith(f"{name}/")]
            for member in members:
                member.name = Path(member.name).name
                tar.extract(member, checkpoint, filter="data")
    meta = json.loads((checkpoint / "stance.json").read_text())
    (checkpoint / "spec.json").write_text(json.dumps(meta["delta"], indent=2) + "\n")
    _export(checkpoint, _named(name), data, to)


def soup(checkpoints: list[Path], data: Path, to: Path) -> None:
    """One delta whose update is the mean of several runs' (a "model soup" of runs that differ
    by seed or mix): with the adapters' factors stacked, B = [B1 ... Bn] / n and
    A = [A1; ...; An] at n times the rank (alpha stays twice the rank, as `verify train` sets
    it, so the scale is the members'), scale * B A is exactly the mean of the members'
    scale * Bi Ai; LayerNorms and head are averaged. Calibrated and exported like `unpack`."""
    from safetensors.torch import load_file, save_file

    from verify.judge.stance_lora import DELTA_FILE

    specs = [json.loads((c / "spec.json").read_text()) for c in checkpoints]
    if len({(s["rank"], s["alpha"], s["frozen_layers"]) for s in specs}) != 1:
        raise SystemExit("soup members must share rank, alpha and frozen layers")
    if any(s["alpha"] != 2 * s["rank"] for s in specs):
        raise SystemExit("soup members must have alpha = 2 * rank, as `verify train` sets it")
    merged = soup_state([load_file(str(c / DELTA_FILE)) for c in checkpoints])
    checkpoint = _fresh(to.parent / f"{to.name}.checkpoint")
    save_file(merged, str(checkpoint / DELTA_FILE))
    rank = specs[0]["rank"] * len(specs)
    spec = {**specs[0], "rank": rank, "alpha": 2.0 * rank}
    (checkpoint / "spec.json").write_text(json.dumps(spec, indent=2) + "\n")
    (checkpoint / "members.json").write_text(json.dumps([str(c) for c in checkpoints]) + "\n")
    member = json.loads((checkpoints[0] / "stance.json").read_text())
    row = {**COMMON, "mix": member["mix"], "seed": member["seed"], "lora_rank": rank}
    _export(checkpoint, row, data, to)


def soup_state(states: list[dict[str, Any]]) -> dict[str, Any]:
    """The members' deltas as one: LoRA factors stacked (B scaled by 1/n), the rest averaged."""
    import torch

    merged = {}
    for key in states[0]:
        parts = [state[key].float() for state in states]
        if key.endswith(".lora_a"):
            merged[key] = torch.cat(parts, dim=0)
        elif key.endswith(".lora_b"):
            merged[key] = torch.cat(parts, dim=1) / len(parts)
        else:
            merged[key] = torch.stack(parts).mean(dim=0)
    return merged


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def _export(checkpoint: Path, row: dict[str, Any], data: Path, to: Path) -> None:
    cmd = [sys.executable, "-m", "verify", "-v", "train", "stance", "--base", "mpnet",
           "--data", str(data), "--out", str(to), "--init", str(checkpoint), "--export-only",
           "--mix", row["mix"], "--seed", str(row["seed"]),
           "--max-length", str(row["max_length"]), "--frozen-layers", str(row["frozen_layers"]),
           "--lora-rank", str(row["lora_rank"])]  # fmt: skip
    subprocess.run(cmd, check=True)


def memo(returned: Path, name: str, model: Path, out: Path, pack: Path) -> None:
    """A tune_rules memo of the variant's GPU readings, under the name `model` loads as, at the
    temperature `model` was calibrated to."""
    from verify.judge.stance import score_of

    found = _load(returned / "logits.json.xz")[name]
    pairs = _load(pack.parent / f"{pack.name}-readings.json.xz")
    temperature = json.loads((model / "stance.json").read_text())["temperature"]
    table = {
        tuple(pair): score_of(row, temperature)
        for pair, row in zip(pairs, found["readings"], strict=True)
    }
    out.write_bytes(pickle.dumps({"model": str(model), "memo": table}))
    print(f"{out}: {len(table)} readings at temperature {temperature:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pack")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--memo", type=Path, required=True)
    p.add_argument("--out", type=Path, default=Path(".gpu"))
    p.add_argument("--smoke", action="store_true")
    r = sub.add_parser("run")
    r.add_argument("--pack", type=Path, default=Path(".gpu"))
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--budget-s", type=float, default=240)
    r.add_argument("--smoke", action="store_true")
    t = sub.add_parser("train-one")
    t.add_argument("--pack", type=Path, required=True)
    t.add_argument("--name", required=True)
    t.add_argument("--work", type=Path, required=True)
    t.add_argument("--budget-s", type=float, default=240)
    t.add_argument("--smoke", action="store_true")
    u = sub.add_parser("unpack")
    u.add_argument("returned", type=Path)
    u.add_argument("name")
    u.add_argument("--data", type=Path, required=True)
    u.add_argument("--to", type=Path, required=True)
    m = sub.add_parser("memo")
    m.add_argument("returned", type=Path)
    m.add_argument("name")
    m.add_argument("--model", type=Path, required=True)
    m.add_argument("--out", type=Path, required=True)
    m.add_argument("--pack", type=Path, default=Path(".gpu"))
    s = sub.add_parser("soup")
    s.add_argument("checkpoints", type=Path, nargs="+", help="unpacked NAME.checkpoint folders")
    s.add_argument("--data", type=Path, required=True)
    s.add_argument("--to", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "pack":
        pack(args.data, args.memo, args.out, args.smoke)
    elif args.command == "run":
        run(args.pack, args.out, args.budget_s, args.smoke)
    elif args.command == "train-one":
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
        row = _named(args.name)
        train_one(args.pack, row, args.work, args.budget_s)
    elif args.command == "unpack":
        unpack(args.returned, args.name, args.data, args.to)
    elif args.command == "soup":
        soup(args.checkpoints, args.data, args.to)
    else:
        memo(args.returned, args.name, args.model, args.out, args.pack)


if __name__ == "__main__":
    main()
