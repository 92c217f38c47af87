"""The GPU sweep's replay: a model's logits put back into a recorded verdict-suite dump in the
order they were read (eval/gpu_stance_sweep.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

import gpu_stance_sweep as sweep  # noqa: E402

DUMP = [
    {
        "claim": "Claim one.",
        "gold": "SUPPORTED",
        "passages": [
            {
                "passage": "P1. S2.",
                "whole": [0.1, 0.1, 0.8],
                "readings": [["P1.", None], ["S2.", [0.2, 0.2, 0.6]]],
            },
            {"passage": "P2", "whole": [0.3, 0.3, 0.4], "readings": [["P2", None]]},
        ],
    },
    {
        "claim": "Claim two.",
        "gold": "REFUTED",
        "passages": [
            {"passage": "Q1", "whole": [0.3, 0.3, 0.4], "readings": [["Q1", [0.5, 0.2, 0.3]]]},
        ],
    },
]


def test_dump_pairs_are_wholes_then_scored_sentences_in_order() -> None:
    assert sweep._dump_pairs(DUMP) == [
        ("P1. S2.", "Claim one."),
        ("S2.", "Claim one."),
        ("P2", "Claim one."),
        ("Q1", "Claim two."),
        ("Q1", "Claim two."),
    ]


def test_rescored_puts_each_reading_back_and_keeps_unscored_ones_unscored() -> None:
    logits = [[5.0, 0.0, 0.0], [0.0, 5.0, 0.0], [0.0, 0.0, 5.0], [1.0, 1.0, 1.0], [0.0, 9.0, 0.0]]
    out = sweep.rescored(DUMP, logits, temperature=1.0)
    first, second = out[0]["passages"], out[1]["passages"]
    assert first[0]["whole"][0] > 0.9 and first[0]["readings"][0][1] is None
    assert first[0]["readings"][1][1][1] > 0.9
    assert first[1]["whole"][2] > 0.9
    assert second[0]["whole"] == pytest.approx([1 / 3] * 3)
    assert second[0]["readings"][0][1][1] > 0.99
    assert DUMP[0]["passages"][0]["whole"] == [0.1, 0.1, 0.8]  # the dump itself is untouched


def test_rescored_refuses_logits_that_do_not_match_the_dump() -> None:
    with pytest.raises(ValueError, match="do not match"):
        sweep.rescored(DUMP, [[0.0, 0.0, 0.0]] * 6, temperature=1.0)
    with pytest.raises(ValueError, match="do not match"):
        sweep.rescored(DUMP, [[0.0, 0.0, 0.0]] * 4, temperature=1.0)


def test_ensemble_averages_probabilities_at_each_members_temperature() -> None:
    import math

    a = {"temperature": 1.0, "x": [[math.log(0.8), math.log(0.1), math.log(0.1)]], "only_a": [[0]]}
    b = {"temperature": 2.0, "x": [[0.0, 2 * math.log(4.0), 0.0]]}  # at T=2: 1/6, 4/6, 1/6
    out = sweep.ensemble_logits([a, b])
    assert set(out) == {"temperature", "x"} and out["temperature"] == 1.0
    probs = [math.exp(v) for v in out["x"][0]]
    assert probs == pytest.approx([(0.8 + 1 / 6) / 2, (0.1 + 4 / 6) / 2, (0.1 + 1 / 6) / 2])


def test_int8_base_round_trip_keeps_used_rows_close() -> None:
    """The MPNet sweep sends the base as int8 (eval/gpu_mpnet_sweep.py): every weight comes back
    within half a quantisation step, unused word-embedding rows as zeros, the rest as it was."""
    torch = pytest.importorskip("torch")
    import gpu_mpnet_sweep as mpnet

    torch.manual_seed(0)
    state = {
        "embeddings.word_embeddings.weight": torch.randn(700, 8),
        "encoder.layer.0.intermediate.dense.weight": torch.randn(768, 16) * 0.05,
        "encoder.layer.0.intermediate.dense.bias": torch.randn(768),
        "embeddings.position_ids": torch.arange(10)[None],
    }
    back = mpnet.dequantize(mpnet.quantize(state, keep_rows=[0, 5, 699]))
    assert set(back) == set(state)
    assert torch.equal(back["embeddings.position_ids"], state["embeddings.position_ids"])
    words = back["embeddings.word_embeddings.weight"]
    assert words.shape == (700, 8) and not words[1:5].any()
    for key in ("embeddings.word_embeddings.weight", "encoder.layer.0.intermediate.dense.weight"):
        rows = [0, 5, 699] if key.startswith("embeddings") else slice(None)
        step = state[key][rows].abs().amax(dim=1, keepdim=True) / 127
        assert ((back[key][rows] - state[key][rows]).abs() <= step / 2 + 1e-6).all()
    bias = "encoder.layer.0.intermediate.dense.bias"
    assert torch.allclose(back[bias], state[bias], atol=1e-2)  # fp16


def test_soup_of_lora_deltas_is_the_mean_of_their_updates() -> None:
    """A soup's stacked factors (at n times the rank, the same scale) give exactly the mean of
    the members' updates B·A; the other tensors are averaged."""
    torch = pytest.importorskip("torch")
    import gpu_mpnet_sweep as mpnet

    gen = torch.Generator().manual_seed(0)
    members = [
        {
            "q.lora_a": torch.randn(4, 6, generator=gen),
            "q.lora_b": torch.randn(5, 4, generator=gen),
            "norm.weight": torch.randn(6, generator=gen),
        }
        for _ in range(3)
    ]
    soup = mpnet.soup_state(members)
    assert soup["q.lora_a"].shape == (12, 6) and soup["q.lora_b"].shape == (5, 12)
    mean_update = sum(m["q.lora_b"] @ m["q.lora_a"] for m in members) / 3
    assert torch.allclose(soup["q.lora_b"] @ soup["q.lora_a"], mean_update, atol=1e-5)
    assert torch.allclose(soup["norm.weight"], sum(m["norm.weight"] for m in members) / 3)
