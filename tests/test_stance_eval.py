"""`verify eval stance` and the shared metrics: hand-computed values, CLI output, bad rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stance_helpers import make_tiny_base, make_tiny_classifier, save_hf_folder
from typer.testing import CliRunner

from verify.cli import app
from verify.errors import InputError
from verify.evaluation.metrics import (
    accuracy,
    confusion_matrix,
    expected_calibration_error,
    macro_f1,
    per_class_scores,
)
from verify.evaluation.stance_pairs import read_pairs
from verify.types import Stance

LABELS = ["SUPPORTS", "REFUTES", "NEUTRAL"]
GOLD = ["SUPPORTS", "SUPPORTS", "REFUTES", "NEUTRAL", "NEUTRAL", "NEUTRAL"]
PRED = ["SUPPORTS", "NEUTRAL", "REFUTES", "NEUTRAL", "SUPPORTS", "NEUTRAL"]
runner = CliRunner()


def test_accuracy_and_confusion() -> None:
    assert accuracy(GOLD, PRED) == pytest.approx(4 / 6)
    assert confusion_matrix(GOLD, PRED, LABELS) == [[1, 0, 1], [0, 1, 0], [1, 0, 2]]


def test_per_class_and_macro_f1() -> None:
    scores = per_class_scores(GOLD, PRED, LABELS)
    assert scores["SUPPORTS"].precision == pytest.approx(0.5)
    assert scores["SUPPORTS"].recall == pytest.approx(0.5)
    assert scores["REFUTES"].f1 == pytest.approx(1.0)
    assert scores["NEUTRAL"].f1 == pytest.approx(2 / 3)
    assert macro_f1(GOLD, PRED, LABELS) == pytest.approx((0.5 + 1.0 + 2 / 3) / 3)


def test_absent_class_scores_zero() -> None:
    scores = per_class_scores(["SUPPORTS"], ["SUPPORTS"], LABELS)
    assert scores["REFUTES"].f1 == 0.0 and scores["REFUTES"].support == 0


def test_ece_hand_computed() -> None:
    # bin [0.9, 1): 0.95 twice, one right -> |1.9 - 1| / 4
    # bin [0.6, 0.667): 0.6 twice, both right -> |1.2 - 2| / 4
    ece = expected_calibration_error([0.95, 0.95, 0.6, 0.6], [True, False, True, True], bins=15)
    assert ece == pytest.approx((0.9 + 0.8) / 4)
    assert expected_calibration_error([1.0, 1.0], [True, True]) == pytest.approx(0.0)


def test_metrics_reject_length_mismatch() -> None:
    with pytest.raises(ValueError, match="length mismatch"):
        accuracy(["SUPPORTS"], [])


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_read_pairs_accepts_label_aliases(tmp_path: Path) -> None:
    rows = [
        {"premise": "p", "hypothesis": "h", "label": label}
        for label in ("entailment", "CONTRADICTION", "NOT ENOUGH INFO", "Supported", "neutral")
    ]
    pairs = read_pairs(_write(tmp_path / "p.jsonl", rows))
    assert [p.label for p in pairs] == [
        Stance.SUPPORTS,
        Stance.REFUTES,
        Stance.NEUTRAL,
        Stance.SUPPORTS,
        Stance.NEUTRAL,
    ]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "line 2: not JSON"),
        ('["a list"]', "line 2: not a JSON object"),
        ('{"premise": "p", "label": "neutral"}', "line 2: missing or empty 'hypothesis'"),
        ('{"premise": "p", "hypothesis": "h", "label": "maybe"}', "line 2: unknown label"),
    ],
)
def test_read_pairs_names_the_bad_line(tmp_path: Path, bad: str, message: str) -> None:
    path = _write(
        tmp_path / "p.jsonl", [{"premise": "p", "hypothesis": "h", "label": "neutral"}, bad]
    )
    with pytest.raises(InputError, match=message):
        read_pairs(path)


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = make_tiny_base(tmp_path_factory.mktemp("base"))
    id2label = {0: "entailment", 1: "contradiction", 2: "neutral"}
    model = make_tiny_classifier(base, id2label, bias=[0.0, 0.0, 4.0])  # always NEUTRAL
    return save_hf_folder(model, base, tmp_path_factory.mktemp("model"))


def test_cli_eval_stance_json(
    tmp_path: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERIFY_STANCE_MODEL", str(tiny_model_dir))
    rows = [
        {"premise": f"p{i}", "hypothesis": "h", "label": label}
        for i, label in enumerate(["neutral", "neutral", "SUPPORTS", "REFUTED"])
    ]
    result = runner.invoke(
        app, ["eval", "stance", "--pairs", str(_write(tmp_path / "p.jsonl", rows)), "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"accuracy", "macro_f1", "n", "pairs_per_s", "per_class", "confusion", "ece"} <= set(
        data
    )
    assert data["n"] == 4 and data["accuracy"] == pytest.approx(0.5)
    assert data["confusion"]["SUPPORTS"] == {"SUPPORTS": 0, "REFUTES": 0, "NEUTRAL": 1}
    assert data["per_class"]["NEUTRAL"]["recall"] == pytest.approx(1.0)
    saved = Path(result.stderr.split("scorecard saved: ")[1].strip())
    card = json.loads(saved.read_text())
    assert card["suite"] == "stance" and card["n"] == 4
    assert card["verdict"]["accuracy"] == pytest.approx(0.5)
    assert card["command"].startswith("verify eval stance --pairs ")


def test_cli_eval_stance_table(
    tmp_path: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERIFY_STANCE_MODEL", str(tiny_model_dir))
    rows = [{"premise": "p", "hypothesis": "h", "label": "neutral"}]
    result = runner.invoke(
        app, ["eval", "stance", "--pairs", str(_write(tmp_path / "p.jsonl", rows))]
    )
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.stdout and "confusion" in result.stdout


def test_cli_eval_stance_malformed_row(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "p.jsonl",
        [{"premise": "p", "hypothesis": "h", "label": "neutral"}, {"premise": "p"}],
    )
    result = runner.invoke(app, ["eval", "stance", "--pairs", str(path)])
    assert result.exit_code == 1
    assert "line 2" in result.stderr and "hypothesis" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_eval_stance_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "stance", "--pairs", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1 and "not found" in result.stderr
