"""Stance model v3's delta: adapters, the cached-lower-layers training path, export and load.

A tiny random MPNet stands in for all-mpnet-base-v2 (same code paths, no 438 MB base), so these
run in the fast suite; the shipped version 3 on real text is in test_stance_shipped.py."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from verify.errors import ModelError
from verify.judge import stance_lora as lora
from verify.judge.stance import LABELS

torch = pytest.importorskip("torch")
NAMES = [s.value for s in LABELS]
IDS = [[0, 5, 9, 17, 2, 2, 30, 41, 2], [0, 7, 2, 2, 11, 2], [0, 3, 4, 5, 6, 7, 8, 2, 2, 9, 2]]


@pytest.fixture
def tiny_base(tmp_path: Path) -> Path:
    """A 4-layer MPNet saved like the base folder (keys without the `mpnet.` prefix)."""
    from transformers import MPNetConfig, MPNetModel

    torch.manual_seed(0)
    config = MPNetConfig(
        vocab_size=64, hidden_size=32, num_hidden_layers=4, num_attention_heads=4,
        intermediate_size=64, max_position_embeddings=40,
    )  # fmt: skip
    folder = tmp_path / "base"
    MPNetModel(config).save_pretrained(str(folder))
    return folder


def trained_tiny(base: Path, frozen: int = 2) -> object:
    """The tiny model with adapters whose every trainable tensor is moved off its start value."""
    model = lora.new_model(base, NAMES).eval()
    params = lora.add_adapters(model, frozen, rank=4, alpha=8.0)
    with torch.no_grad():
        for param in params:
            param.add_(0.05 * torch.randn_like(param))
    return model


def full_logits(model: object, rows: list[list[int]]) -> object:
    ids, mask = lora.pad_ids(rows, model.config.pad_token_id)
    with torch.no_grad():
        return model(input_ids=ids, attention_mask=mask).logits


def test_only_upper_layers_and_head_train(tiny_base: Path) -> None:
    model = lora.new_model(tiny_base, NAMES)
    names = {n for n, p in model.named_parameters() if p in set(lora.add_adapters(model, 2, 4, 8))}
    assert names and all(
        n.startswith(("classifier.", "mpnet.encoder.layer.2.", "mpnet.encoder.layer.3."))
        for n in names
    )
    assert "mpnet.encoder.layer.2.attention.attn.q.lora_a" in names
    assert not any(n.endswith("attn.q.base.weight") for n in names)


def test_cached_training_path_matches_the_full_model(tiny_base: Path) -> None:
    model = trained_tiny(tiny_base)
    cached = lora.cache_lower(model, IDS, frozen_layers=2)
    with torch.no_grad():
        from_cache = lora.upper_logits(model, cached, frozen_layers=2)
    assert torch.allclose(from_cache, full_logits(model, IDS), atol=0.05)


def test_merging_adapters_keeps_the_outputs(tiny_base: Path) -> None:
    model = trained_tiny(tiny_base)
    before = full_logits(model, IDS)
    lora.merge_adapters(model)
    assert not any("lora" in name for name, _ in model.named_parameters())
    assert torch.allclose(full_logits(model, IDS), before, atol=1e-4)


def test_exported_delta_loads_onto_the_base(tiny_base: Path, tmp_path: Path) -> None:
    model = trained_tiny(tiny_base)
    expected = full_logits(model, IDS)
    embeddings = model.mpnet.embeddings.word_embeddings.weight
    spec = {
        "frozen_layers": 2,
        "rank": 4,
        "alpha": 8.0,
        "base_fingerprint": lora.fingerprint(embeddings),
    }
    out = tmp_path / "delta"
    meta = {"delta": lora.export_delta(model, spec, out)}
    stored = set(json.loads((out / "config.json").read_text())["id2label"].values())
    assert stored == set(NAMES)
    loaded = lora.load_delta_model(out, meta, base=tiny_base)
    assert torch.allclose(full_logits(loaded, IDS), expected, atol=0.01)  # fp16 delta


def test_another_base_is_refused(tiny_base: Path, tmp_path: Path) -> None:
    model = trained_tiny(tiny_base)
    spec = {"frozen_layers": 2, "rank": 4, "alpha": 8.0, "base_fingerprint": "0" * 64}
    meta = {"delta": lora.export_delta(model, spec, tmp_path / "delta")}
    with pytest.raises(ModelError, match="differ from those the stance model was trained on"):
        lora.load_delta_model(tmp_path / "delta", meta, base=tiny_base)


def test_split_zip_is_joined_and_unpacked_without_desktop_ini(tmp_path: Path) -> None:
    archive = tmp_path / "whole.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr(f"{lora.BASE_NAME}/config.json", "{}")
        zipped.writestr(f"{lora.BASE_NAME}/desktop.ini", "[.ShellClassInfo]")
        zipped.writestr(f"{lora.BASE_NAME}/1_Pooling/desktop.ini", "x")
        zipped.writestr(f"{lora.BASE_NAME}/1_Pooling/config.json", "{}")
    data = archive.read_bytes()
    parts = []
    for i in range(3):
        part = tmp_path / f"p{i}"
        part.write_bytes(data[i * len(data) // 3 : (i + 1) * len(data) // 3])
        parts.append(part)
    from verify.llm.local import join_parts

    joined = tmp_path / "joined.zip"
    join_parts(parts, joined, "reinstall")
    lora._unpack(joined, tmp_path / "out")
    found = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*.*"))
    assert found == ["1_Pooling/config.json", "config.json"]


def test_parts_that_are_not_a_zip_are_refused(tmp_path: Path) -> None:
    (tmp_path / "bad.zip").write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="do not form a zip"):
        lora._unpack(tmp_path / "bad.zip", tmp_path / "out")


class _Ids:
    """Stands in for the MPNet tokenizer on the tiny base (whose vocabulary has 64 entries): a
    pair becomes <s> premise words </s></s> claim words </s>, each word its length."""

    def __call__(self, premises: list[str], claims: list[str], **_: object) -> dict:
        def ids(text: str) -> list[int]:
            return [3 + len(word) for word in text.split()]

        pairs = zip(premises, claims, strict=True)
        return {"input_ids": [[0, *ids(p), 2, 2, *ids(c), 2] for p, c in pairs]}


def _twelve_pairs(tmp_path: Path, frozen: int) -> tuple:
    """(sample, config, started, spec) for three steps of four pairs on the tiny base."""
    from verify.training.data import Pair
    from verify.training.train import TrainConfig
    from verify.types import Stance

    sample = [
        Pair("The sky is blue today.", "The sky is blue.", label, "x", str(i))
        for i, label in enumerate([Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL] * 4)
    ]
    config = TrainConfig(
        data_dir=tmp_path, out_dir=tmp_path / "out", batch_size=4, frozen_layers=frozen,
        lora_rank=4,
    )  # fmt: skip
    return sample, config, 0.0, {"frozen_layers": frozen, "rank": 4, "alpha": 32.0}


def test_training_with_no_frozen_layer_adapts_every_layer(tiny_base: Path, tmp_path: Path) -> None:
    """The GPU path (`_fit_on_device`, here on the CPU): adapters on every layer move, the base
    weights and the word embeddings do not, and a checkpoint is written."""
    from verify.training.train import _fit_on_device

    model = lora.new_model(tiny_base, NAMES)
    words = model.mpnet.embeddings.word_embeddings.weight.clone()
    query = model.mpnet.encoder.layer[0].attention.attn.q.weight.clone()
    assert _fit_on_device(model, _Ids(), *_twelve_pairs(tmp_path, frozen=0)) == 3
    first = model.mpnet.encoder.layer[0].attention.attn.q
    assert first.lora_b.abs().sum() > 0  # B starts at zero: it moved
    assert torch.equal(first.base.weight, query)
    assert torch.equal(model.mpnet.embeddings.word_embeddings.weight, words)
    saved = json.loads((tmp_path / "out" / "checkpoint" / "spec.json").read_text())
    assert saved["frozen_layers"] == 0


def test_cached_training_adapts_only_the_upper_layers(tiny_base: Path, tmp_path: Path) -> None:
    """The CPU path (`_fit_cached`): lower layers run once and are cached, adapters on the upper
    ones move, the lower ones get none, and a checkpoint is written."""
    from verify.training.train import _fit_cached

    model = lora.new_model(tiny_base, NAMES)
    assert _fit_cached(model, _Ids(), *_twelve_pairs(tmp_path, frozen=2)) == 3
    assert model.mpnet.encoder.layer[2].attention.attn.q.lora_b.abs().sum() > 0
    assert not hasattr(model.mpnet.encoder.layer[1].attention.attn.q, "lora_a")
    assert (tmp_path / "out" / "checkpoint" / "delta.safetensors").is_file()
