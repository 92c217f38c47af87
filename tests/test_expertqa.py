"""ExpertQA suite: reading the real layout, the metrics, and a run with a stance model whose
answer is fixed (a tiny cross-encoder biased to SUPPORTS), so the figures are known exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SHARED_DATA

from verify.errors import InputError
from verify.evaluation.expertqa import (
    NOT_SUPPORTED,
    SUPPORTED,
    clean_claim,
    parse_evidence,
    read_pairs,
    run_expertqa,
)
from verify.evaluation.metrics import binary_scores, roc_auc

PASSAGE = "The Ain Issa area got more police. Units arrived on Sunday."


def claim(text: str, support: str, evidence: list[str]) -> dict:
    return {"claim_string": text, "support": support, "evidence": evidence}


def write_split(folder: Path, name: str, claims: list[dict]) -> None:
    row = {"question": "Q?", "answers": {"gpt4": {"claims": claims}}}
    (folder / name).write_text(json.dumps(row) + "\n", encoding="utf-8")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "expertqa"
    folder.mkdir()
    cited = f"[1] https://example.org/a\n\n{PASSAGE}"
    claims = [
        claim("Police went to **Ain Issa** [1].", "Complete", [cited]),
        claim("Units arrived on Monday [1][2].", "Incomplete", [cited]),
        claim("Half of it [1].", "Partial", [cited]),
        claim("Only a link [2].", "Complete", ["[2] https://example.org/b"]),
        claim("No evidence.", "Missing", []),
        claim("Not applicable [1].", "N/A", [cited]),
    ]
    write_split(folder, "rand_test.jsonl", claims)
    write_split(folder, "domain_test.jsonl", claims[:1])  # the same claim in the other split
    return tmp_path


def test_pairs_keep_claims_with_passages_and_a_complete_partial_or_incomplete_label(
    data: Path,
) -> None:
    pairs = read_pairs(data)
    assert sorted((p.claim, p.label) for p in pairs) == [
        ("Half of it.", NOT_SUPPORTED),
        ("Police went to Ain Issa.", SUPPORTED),
        ("Units arrived on Monday.", NOT_SUPPORTED),
    ]
    assert all(p.passages == [PASSAGE] for p in pairs)
    assert read_pairs(data / "expertqa") == pairs


def test_evidence_and_claim_parsing() -> None:
    assert parse_evidence("[3] https://x.org/p\n\n  Some   text.\nMore.") == "Some text. More."
    assert parse_evidence("[3] https://x.org/p") is None
    assert clean_claim("A **bold** claim [1] [2] and [3, 4].") == "A bold claim and."


def test_missing_data_folder_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no ExpertQA jsonl files"):
        read_pairs(tmp_path)


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("SSNN", "SNSN", {"accuracy": 0.5, "precision": 0.5, "recall": 0.5, "f1": 0.5}),
        ("SSSN", "SSSS", {"accuracy": 0.75, "precision": 0.75, "recall": 1.0, "f1": 0.8571}),
        ("SN", "NN", {"accuracy": 0.5, "precision": 0.0, "recall": 0.0, "f1": 0.0}),
    ],
)
def test_binary_scores(gold: str, pred: str, expected: dict[str, float]) -> None:
    labels = {"S": SUPPORTED, "N": NOT_SUPPORTED}
    got = binary_scores([labels[g] for g in gold], [labels[p] for p in pred], SUPPORTED)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("positive", "scores", "auc"),
    [
        ([True, True, False, False], [0.9, 0.8, 0.2, 0.1], 1.0),
        ([True, True, False, False], [0.1, 0.2, 0.8, 0.9], 0.0),
        ([True, False], [0.5, 0.5], 0.5),
        ([True, False, True, False], [0.9, 0.7, 0.6, 0.1], 0.75),
    ],
)
def test_roc_auc(positive: list[bool], scores: list[float], auc: float) -> None:
    assert roc_auc(positive, scores) == auc


@pytest.mark.slow
def test_run_with_a_model_that_always_says_supports(data: Path, tmp_path: Path) -> None:
    """The model reads every pair as support; the support judgement (verify.judge.support) still
    sets aside a sentence whose date the passage does not state ("on Monday") and one holding too
    little of it ("Half of it")."""
    from stance_helpers import make_tiny_base, make_tiny_classifier, save_hf_folder

    from verify.judge.stance import load_folder

    base = make_tiny_base(tmp_path / "base")
    labels = {0: "SUPPORTS", 1: "REFUTES", 2: "NEUTRAL"}
    model = make_tiny_classifier(base, id2label=labels, bias=[9.0, 0.0, 0.0])
    folder = save_hf_folder(model, base, tmp_path / "model")
    result = run_expertqa(data, model=load_folder(folder))
    assert result["n"] == 3 and result["pairs"] == 3 and result["pairs_per_s"] > 0
    assert result["labels"] == {"Complete": 1, "Incomplete": 1, "Partial": 1}
    assert (result["accuracy"], result["precision"], result["recall"]) == (1.0, 1.0, 1.0)
    assert result["predicted_supported_by_label"] == {
        "Complete": 1.0,
        "Incomplete": 0.0,
        "Partial": 0.0,
    }


@pytest.mark.skipif(not (SHARED_DATA / "expertqa").is_dir(), reason="no shared/data/expertqa")
def test_real_data_layout_is_what_the_suite_expects() -> None:
    pairs = read_pairs(SHARED_DATA)
    assert len(pairs) > 1000
    assert {p.support for p in pairs} == {"Complete", "Partial", "Incomplete"}
    assert all(p.claim and p.passages and all(p.passages) for p in pairs)
    assert "[1]" not in " ".join(p.claim for p in pairs[:200])
