"""Training data mix, splits and the training loop (tiny model, synthetic pairs)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import SHARED_DATA
from stance_helpers import make_tiny_base

from verify.training.data import (
    Pair,
    climate_fever_cross_pairs,
    climate_fever_is_test,
    climate_fever_pairs,
    flip_claim,
    flip_claims,
    perturb_numbers,
    scifact_hard_pairs,
    scifact_pairs,
    seeded_fraction,
)
from verify.training.train import (
    MIX,
    TrainConfig,
    _fit,
    learning_rate_factor,
    length_batches,
    new_model,
    sample_mix,
    split_calibration,
    training_progress,
)
from verify.types import Stance


def _pairs(source: str, n: int, groups: int = 0) -> list[Pair]:
    return [
        Pair(
            f"premise {source} {i}",
            f"claim {i}",
            Stance.NEUTRAL,
            source,
            f"{source}:{i % groups if groups else i}",
        )
        for i in range(n)
    ]


def test_climate_fever_split_is_a_stable_fifth() -> None:
    ids = [str(i) for i in range(5000)]
    chosen = [i for i in ids if climate_fever_is_test(i)]
    assert 900 < len(chosen) < 1100
    assert chosen == [i for i in reversed(ids) if climate_fever_is_test(i)][::-1]
    assert seeded_fraction("7", 1) != seeded_fraction("7", 2)


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared data folder not present")
def test_training_never_sees_benchmark_claims() -> None:
    train = {p.group for p in climate_fever_pairs(SHARED_DATA, test=False)}
    test = {p.group for p in climate_fever_pairs(SHARED_DATA, test=True)}
    assert train and test and not train & test
    dev_claims = {p.hypothesis for p in scifact_pairs(SHARED_DATA, "dev")}
    train_claims = {p.hypothesis for p in scifact_pairs(SHARED_DATA, "train")}
    assert not dev_claims & train_claims


def test_sample_mix_follows_shares_and_repeats_small_sets() -> None:
    sources = {name: _pairs(name, 50) for name in MIX}
    sample = sample_mix(sources, max_pairs=1000, seed=1)
    counts = Counter(p.source for p in sample)
    assert counts == {name: round(share * 1000) for name, share in MIX.items()}
    assert sample == sample_mix(sources, max_pairs=1000, seed=1)
    assert sample != sample_mix(sources, max_pairs=1000, seed=2)


def _support(premise: str, claim: str) -> Pair:
    return Pair(premise, claim, Stance.SUPPORTS, "t", f"t:{claim}")


def test_perturb_numbers_changes_a_shared_figure_into_a_refutation() -> None:
    pairs = [
        _support(
            "The tower was completed in March 1889 at a cost of 7,800,000 francs.",
            "The tower was completed in 1889.",
        ),
        _support("Turnout was 61.5 percent.", "Turnout was 61.5 percent."),
        _support("It opened in May.", "It opened in May."),
        _support("COVID-19 spread fast.", "COVID-19 spread fast."),  # a name, not a figure
        _support("No figures here.", "No figures here."),
        Pair("It cost 5 dollars.", "It cost 5 dollars.", Stance.NEUTRAL, "t", "t:n"),
    ]
    out = perturb_numbers(pairs, seed=3)
    assert [p.label for p in out] == [Stance.REFUTES] * 3
    year, share, month = (p.hypothesis for p in out)
    assert year.startswith("The tower was completed in ") and "1889" not in year
    assert share != "Turnout was 61.5 percent." and share.endswith(" percent.")
    assert month.startswith("It opened in ") and "May" not in month
    assert [p.premise for p in out] == [pairs[0].premise, pairs[1].premise, pairs[2].premise]
    assert out == perturb_numbers(pairs, seed=3)


@pytest.mark.parametrize(
    ("claim", "flipped"),
    [
        (
            "ALDH1 expression is associated with better outcomes.",
            "ALDH1 expression is associated with worse outcomes.",
        ),
        ("Higher doses reduce bleeding.", "Lower doses reduce bleeding."),
        ("Smoking doesn't cause cancer.", "Smoking does cause cancer."),
        ("CO2 cannot warm the planet.", "CO2 can warm the planet."),
        ("The spores can be disposed of easily.", "The spores can not be disposed of easily."),
        ("Bone marrow cells contribute to macrophages.", None),
    ],
)
def test_flip_claim_turns_a_claim_into_its_opposite(claim: str, flipped: str | None) -> None:
    import random

    got = flip_claim(claim, random.Random(0))
    if claim.startswith("Higher"):  # two direction words: either may be the one swapped
        assert got in {flipped, "Higher doses increase bleeding."}
    else:
        assert got == flipped


def test_flip_claims_makes_refutations_from_supports_only() -> None:
    pairs = [
        _support("Prices rose.", "Prices increased."),
        _support("It rained.", "It rained."),  # no rule applies
        Pair("Prices rose.", "Prices decreased.", Stance.REFUTES, "t", "t:r"),
    ]
    out = flip_claims(pairs, seed=1)
    assert [(p.premise, p.hypothesis, p.label, p.source, p.group) for p in out] == [
        ("Prices rose.", "Prices decreased.", Stance.REFUTES, "flips", "t:Prices increased.")
    ]


def test_derived_pairs_of_held_out_claims_are_dropped_not_held() -> None:
    real = _pairs("healthver", 2000, groups=400)
    derived = [Pair(p.premise, p.hypothesis, Stance.REFUTES, "numbers", p.group) for p in real]
    train, held = split_calibration({"healthver": real, "numbers": derived}, seed=5)
    held_groups = {p.group for p in held}
    assert {p.source for p in held} == {"healthver"}
    assert not held_groups & {p.group for p in train["numbers"]}
    assert len(train["numbers"]) == len(train["healthver"])


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared data folder not present")
def test_hard_pairs_stay_off_the_benchmarks() -> None:
    dev_claims = {p.hypothesis for p in scifact_pairs(SHARED_DATA, "dev")}
    hard = scifact_hard_pairs(SHARED_DATA, seed=1)
    assert hard and not {p.hypothesis for p in hard} & dev_claims
    assert Counter(p.label for p in hard).most_common(1)[0][0] is Stance.NEUTRAL
    cross = climate_fever_cross_pairs(SHARED_DATA)
    test_groups = {p.group for p in climate_fever_pairs(SHARED_DATA, test=True)}
    assert cross and not {p.group for p in cross} & test_groups
    assert {p.label for p in cross} == {Stance.NEUTRAL}


def test_calibration_split_keeps_claims_whole() -> None:
    sources = {"mnli": _pairs("mnli", 100), "healthver": _pairs("healthver", 2000, groups=400)}
    train, held = split_calibration(sources, seed=5)
    assert train["mnli"] == sources["mnli"]
    held_groups = {p.group for p in held}
    assert held_groups and not held_groups & {p.group for p in train["healthver"]}
    assert 0.03 < len(held) / 2000 < 0.15


def test_length_batches_cover_every_index_once() -> None:
    lengths = [i % 37 for i in range(1000)]
    batches = length_batches(lengths, batch_size=16, seed=0)
    flat = [i for batch in batches for i in batch]
    assert sorted(flat) == list(range(1000))
    spread = sum(max(lengths[i] for i in b) - min(lengths[i] for i in b) for b in batches)
    assert spread / len(batches) < 5  # bucketed: little padding inside a batch


def test_fit_updates_weights_but_not_word_embeddings(tmp_path: Path) -> None:
    import torch
    from transformers import AutoTokenizer

    base = make_tiny_base(tmp_path / "base")
    model = new_model(base)
    before_words = model.bert.embeddings.word_embeddings.weight.clone()
    before_head = model.classifier.weight.clone()
    sample = [
        Pair("The sky is blue.", "The sky is blue.", Stance.SUPPORTS, "x", str(i)) for i in range(8)
    ]
    config = TrainConfig(
        data_dir=tmp_path, out_dir=tmp_path / "out", batch_size=4, checkpoint_every=1
    )
    steps = _fit(model, AutoTokenizer.from_pretrained(str(base)), sample, config, started=0.0)
    assert steps == 2
    assert torch.equal(model.bert.embeddings.word_embeddings.weight, before_words)
    assert not torch.equal(model.classifier.weight, before_head)
    assert (tmp_path / "out" / "checkpoint" / "config.json").is_file()


@pytest.mark.parametrize(
    ("step", "warmup", "progress", "expected"),
    [
        (0, 9, 0.0, 0.1),
        (4, 9, 0.05, 0.5),
        (10, 9, 0.25, 0.75),
        (50, 9, 1.0, 0.0),
        (60, 9, 1.2, 0.0),
    ],
)
def test_learning_rate_warms_up_then_decays(
    step: int, warmup: int, progress: float, expected: float
) -> None:
    assert learning_rate_factor(step, warmup, progress) == pytest.approx(expected)


def test_time_budget_drives_progress_when_it_ends_first() -> None:
    import time

    by_steps = training_progress(total=100, budget_s=None, started=time.perf_counter())
    assert by_steps(25) == pytest.approx(0.25)
    budget = training_progress(total=100, budget_s=10.0, started=time.perf_counter() - 5.0)
    assert budget(25) == pytest.approx(0.5, abs=0.05)  # half the time gone, a quarter of steps
    assert budget(90) == pytest.approx(0.9)


def test_train_stance_end_to_end_then_export_only(tmp_path: Path) -> None:
    """The whole command path on a tiny model: train, checkpoint, calibrate, export, report;
    then `export_only` calibrates and exports that checkpoint again without a step."""
    import json

    import verify.training.train as stance_train
    from verify.judge.stance import load_folder

    base = make_tiny_base(tmp_path / "base")
    labels = [Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL]
    sources = {
        name: [
            Pair(f"premise {i}", f"claim {i}", labels[i % 3], name, f"{name}:{i % 40}")
            for i in range(120)
        ]
        for name in MIX
    }
    config = TrainConfig(
        data_dir=tmp_path, out_dir=tmp_path / "out", max_pairs=64, batch_size=8, device="auto"
    )
    result = stance_train.train_stance(config, base_dir=base, sources=sources)
    assert result.steps == 8 and result.pairs_seen == 64 and result.train_pairs == 64
    assert sum(result.mix.values()) == 64 and result.calibration["n"] > 0
    report = json.loads((tmp_path / "out" / "train_report.json").read_text())
    assert report["steps"] == 8 and report["config"]["mix"] == "v2"
    assert load_folder(tmp_path / "out", base_dir=base).predict([("a", "b")])[0].label in labels

    again = TrainConfig(
        data_dir=tmp_path,
        out_dir=tmp_path / "again",
        max_pairs=64,
        init_dir=tmp_path / "out" / "checkpoint",
        export_only=True,
    )
    redone = stance_train.train_stance(again, base_dir=base, sources=sources)
    assert redone.steps == 0
    assert redone.calibration["temperature"] == result.calibration["temperature"]
    assert not (tmp_path / "again" / "checkpoint").exists()


def test_device_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    """--device auto takes the GPU only when torch sees one; a named device that cannot be used
    is a one-line error naming the option, not a crash inside torch."""
    import torch

    from verify.errors import InputError
    from verify.training.train import resolve_device

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_device("auto") == "cpu" and resolve_device("cpu") == "cpu"
    with pytest.raises(InputError, match="--device cuda: torch sees no GPU"):
        resolve_device("cuda")
    with pytest.raises(InputError, match="unknown device 'tpu'"):
        resolve_device("tpu")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert resolve_device("auto") == "cuda" and resolve_device("cuda:1") == "cuda:1"


def test_base_saved_in_half_precision_trains_in_fp32(tmp_path: Path) -> None:
    """The GPU sweep carries the base model in fp16 (eval/gpu_stance_sweep.py); training must
    still run in fp32 (fp16 AdamW updates underflow)."""
    import torch
    from transformers import BertModel

    base = make_tiny_base(tmp_path / "base")
    BertModel.from_pretrained(str(base)).half().save_pretrained(str(tmp_path / "half"))
    for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        if (base / name).is_file():
            (tmp_path / "half" / name).write_bytes((base / name).read_bytes())
    model = new_model(tmp_path / "half")
    assert {p.dtype for p in model.parameters()} == {torch.float32}


def _write_news(data: Path) -> None:
    import json

    (data / "liar-plus").mkdir(parents=True)
    rows = [
        {
            "id": i,
            "json_file_id": f"{i}.json",
            "label": label,
            "claim": f"Claim {i}.",
            "justification": f"Justification {i}.",
        }
        for i, label in enumerate(
            ["true", "mostly-true", "half-true", "barely-true", "false", "pants-fire"] * 20
        )
    ]
    rows.append({"id": 999, "label": "true", "claim": "No passage.", "justification": ""})
    for split in ("val2", "test2"):
        (data / "liar-plus" / f"{split}.jsonl").write_text(
            "\n".join(json.dumps({**r, "json_file_id": f"{split}-{r['id']}"}) for r in rows)
        )
    (data / "summac-subset").mkdir()
    document = (
        "The council met on Monday. It approved a new bridge over the river. "
        "Work starts in May. The mayor thanked residents for their patience."
    )
    for name in ("factcc", "polytope", "summeval", "xsumfaith"):
        items = {
            str(i): {
                "claim": "The council approved a new bridge over the river.",
                "document": document,
                "label": str(i % 2),
            }
            for i in range(30)
        }
        (data / "summac-subset" / f"{name}.json").write_text(json.dumps(items))


def test_news_pairs_map_labels_and_split_claims_apart(tmp_path: Path) -> None:
    from verify.training.data import liar_plus_pairs, summac_pairs

    _write_news(tmp_path)
    liar = liar_plus_pairs(tmp_path, test=False) + liar_plus_pairs(tmp_path, test=True)
    assert len(liar) == 2 * 80  # half-true, barely-true and the empty justification left out
    assert {p.label for p in liar} == {Stance.SUPPORTS, Stance.REFUTES}
    by_claim = {p.hypothesis: p.label for p in liar}
    assert by_claim["Claim 0."] is Stance.SUPPORTS and by_claim["Claim 5."] is Stance.REFUTES
    summac = summac_pairs(tmp_path, test=False)
    held = summac_pairs(tmp_path, test=True)
    assert len(summac) + len(held) == 120 and summac and held
    assert not {p.group for p in summac} & {p.group for p in held}
    first = summac[0]
    # the two article sentences sharing most words with the summary, in article order
    assert first.premise == "The council met on Monday. It approved a new bridge over the river."
    assert {p.label for p in summac} == {Stance.SUPPORTS, Stance.NEUTRAL}
    train_groups = {p.group for p in liar_plus_pairs(tmp_path, test=False)}
    assert not train_groups & {p.group for p in liar_plus_pairs(tmp_path, test=True)}


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared data folder not present")
def test_news_sets_join_the_sources_without_changing_mix_v2() -> None:
    from verify.training.data import benchmark_pairs, training_sources
    from verify.training.train import MIXES

    sources = training_sources(SHARED_DATA, 17)
    news_test = {p.group for p in benchmark_pairs(SHARED_DATA)["news_test"]}
    news_train = {p.group for name in ("liar-plus", "summac") for p in sources[name]}
    assert news_test and news_train and not news_test & news_train
    assert not any(p.group.startswith(("liar-plus:", "summac:")) for p in sources["numbers"])
    assert "liar-plus" not in MIXES["v2"] and abs(sum(MIXES["v3"].values()) - 1) < 1e-3
    assert abs(sum(MIXES["v5"].values()) - 1) < 1e-3
    assert MIXES["v5"]["climate-fever"] > 1.6 * MIXES["v3"]["climate-fever"]
