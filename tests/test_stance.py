"""Stance model: label mapping, prediction, export/reload, calibration (tiny models, offline)."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest
from stance_helpers import make_tiny_base, make_tiny_classifier, save_hf_folder

from verify.config import get_settings
from verify.errors import ModelError
from verify.judge.stance import (
    LABELS,
    StanceModel,
    export_model,
    fit_temperature,
    label_order,
    load_folder,
    load_stance_model,
    negative_log_likelihood,
    parse_stance,
    softmax,
)
from verify.types import Stance

PAIRS = [
    ("The bridge opened in 1932 after six years of work.", "The bridge opened in 1932."),
    ("Rainfall was low.", "The harvest failed."),
    ("A short premise.", "A much longer hypothesis sentence about something else entirely."),
]


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tiny_base(tmp_path_factory.mktemp("tiny-base"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SUPPORTS", Stance.SUPPORTS),
        ("entailment", Stance.SUPPORTS),
        ("Supported", Stance.SUPPORTS),
        ("REFUTED", Stance.REFUTES),
        ("contradiction", Stance.REFUTES),
        ("neutral", Stance.NEUTRAL),
        ("NOT ENOUGH INFO", Stance.NEUTRAL),
        ("not  enough   info", Stance.NEUTRAL),
        ("maybe", None),
        ("", None),
    ],
)
def test_parse_stance(text: str, expected: Stance | None) -> None:
    assert parse_stance(text) is expected


def test_label_order_follows_id2label() -> None:
    order = label_order({"0": "contradiction", "1": "entailment", "2": "neutral"})
    assert order == [Stance.REFUTES, Stance.SUPPORTS, Stance.NEUTRAL]


@pytest.mark.parametrize(
    "id2label",
    [
        {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"},
        {0: "entailment", 1: "entailment", 2: "neutral"},
        {0: "entailment", 1: "neutral"},
    ],
)
def test_label_order_rejects_unusable_labels(id2label: dict[int, str]) -> None:
    with pytest.raises(ModelError):
        label_order(id2label)


def test_softmax_sums_to_one_and_temperature_flattens() -> None:
    sharp, flat = softmax([2.0, 0.0, -1.0]), softmax([2.0, 0.0, -1.0], temperature=4.0)
    assert math.isclose(sum(sharp), 1.0) and math.isclose(sum(flat), 1.0)
    assert flat[0] < sharp[0]


def test_prediction_maps_model_outputs_to_stances(tiny_base: Path) -> None:
    id2label = {0: "neutral", 1: "entailment", 2: "contradiction"}
    model = make_tiny_classifier(tiny_base, id2label, bias=[0.0, 6.0, 0.0])
    stance = StanceModel(model, _tokenizer(tiny_base), label_order(id2label))
    scores = stance.predict(PAIRS, batch_size=2)
    assert [s.label for s in scores] == [Stance.SUPPORTS] * 3
    assert all(
        s.supports > 0.99 and math.isclose(s.supports + s.refutes + s.neutral, 1.0) for s in scores
    )


def test_predict_keeps_input_order_across_length_sorting(tiny_base: Path) -> None:
    stance = StanceModel(make_tiny_classifier(tiny_base), _tokenizer(tiny_base), LABELS)
    together = stance.logits(PAIRS, batch_size=2)
    alone = [stance.logits([pair])[0] for pair in PAIRS]
    for a, b in zip(together, alone, strict=True):
        assert a == pytest.approx(b, abs=1e-4)


def test_hf_folder_loads_through_settings(tiny_base: Path, tmp_path: Path) -> None:
    id2label = {0: "contradiction", 1: "neutral", 2: "entailment"}
    folder = save_hf_folder(
        make_tiny_classifier(tiny_base, id2label, bias=[5.0, 0.0, 0.0]), tiny_base, tmp_path / "hf"
    )
    stance = load_stance_model(get_settings(stance_model=str(folder)))
    assert stance.predict(PAIRS[:1])[0].label is Stance.REFUTES
    assert load_stance_model(get_settings(stance_model=str(folder))) is stance  # cached


def test_missing_folder_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="is not 'shipped', 'v2', 'v3', 'llm' or a folder"):
        load_stance_model(get_settings(stance_model=str(tmp_path / "nope")))


def test_export_drops_word_embeddings_and_reloads_close(tiny_base: Path, tmp_path: Path) -> None:
    from safetensors import safe_open

    model = make_tiny_classifier(tiny_base, {i: s.value for i, s in enumerate(LABELS)})
    out = export_model(model, tiny_base, tmp_path / "export", temperature=1.7, max_length=64)
    with safe_open(str(out / "model.safetensors"), "pt") as handle:
        keys = list(handle.keys())
        assert "bert.embeddings.word_embeddings.weight" not in keys
        assert handle.get_slice("classifier.weight").get_dtype() == "F16"
    reloaded = load_folder(out, base_dir=tiny_base)
    assert reloaded.temperature == 1.7 and reloaded.max_length == 64
    original = StanceModel(model, _tokenizer(tiny_base), LABELS, max_length=64)
    for a, b in zip(original.logits(PAIRS), reloaded.logits(PAIRS), strict=True):
        assert a == pytest.approx(b, abs=2e-2)


def test_export_refuses_other_base_embeddings(tiny_base: Path, tmp_path: Path) -> None:
    model = make_tiny_classifier(tiny_base)
    out = export_model(model, tiny_base, tmp_path / "export", temperature=1.0, max_length=64)
    other = make_tiny_base(tmp_path / "other-base", seed=1)
    with pytest.raises(ModelError, match="differ"):
        load_folder(out, base_dir=other)


def test_export_meta_records_temperature_and_hash(tiny_base: Path, tmp_path: Path) -> None:
    out = export_model(
        make_tiny_classifier(tiny_base), tiny_base, tmp_path / "e", 0.9, 128, extra={"seed": 3}
    )
    meta = json.loads((out / "stance.json").read_text())
    assert meta["temperature"] == 0.9 and meta["seed"] == 3
    assert len(meta["omitted_fingerprint"]["bert.embeddings.word_embeddings.weight"]) == 64


def test_fit_temperature_recovers_overconfidence() -> None:
    rng = random.Random(0)
    logits, gold = [], []
    for _ in range(3000):
        row = [rng.gauss(0, 3) for _ in range(3)]
        probs = softmax(row, temperature=2.0)  # the truth is twice as flat as the logits say
        gold.append(rng.choices(range(3), weights=probs)[0])
        logits.append(row)
    temperature = fit_temperature(logits, gold)
    assert 1.7 < temperature < 2.4
    assert negative_log_likelihood(logits, gold, temperature) < negative_log_likelihood(
        logits, gold, 1.0
    )


def _tokenizer(folder: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(folder))
