"""`verify eval` suites through the real CLI: data errors, malformed rows, resume, scorecards,
compare, and the retrieval metrics by hand. The corpus here is written by the test (six short
documents), so nothing needs the shared data folder; the real embedder and store are used."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify.cli import app
from verify.evaluation.metrics import ndcg_at, recall_at, verdict_scores

runner = CliRunner()

DOCS = {
    "d1": ("Honey bees", "Honey bees communicate the location of flowers with a waggle dance."),
    "d2": ("Volcanoes", "Basaltic lava from shield volcanoes flows far because it is runny."),
    "d3": ("Penicillin", "Alexander Fleming discovered penicillin in 1928 in a London lab."),
    "d4": ("Chess", "The Sicilian Defence is the most popular reply to the king's pawn opening."),
    "d5": ("Glaciers", "Alpine glaciers have lost much of their ice mass since 1850."),
    "d6": ("Tides", "Ocean tides are caused mainly by the gravitational pull of the Moon."),
}
CLAIMS = [
    ("c1", "Bees use a waggle dance to tell other bees where flowers are.", "SUPPORTED", "d1"),
    ("c2", "Fleming discovered penicillin in 1928.", "SUPPORTED", "d3"),
    ("c3", "Tides are caused by the gravity of the Moon.", "SUPPORTED", "d6"),
    ("c4", "Alpine glaciers have grown since 1850.", "REFUTED", "d5"),
]


def _write_benchmark(folder: Path, bad_rows: bool = False) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    corpus, claims = folder / "corpus.jsonl", folder / "claims.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"doc_id": d, "title": t, "sentences": [s]}) + "\n"
            for d, (t, s) in DOCS.items()
        )
    )
    lines = [
        json.dumps(
            {"id": i, "claim": c, "label": lab, "evidence": [{"doc_id": d, "sentences": [0]}]}
        )
        for i, c, lab, d in CLAIMS
    ]
    if bad_rows:
        lines.insert(2, '{"id": "broken", "claim": "no closing brace"')
        lines.append(json.dumps({"id": "c9", "claim": "A claim.", "label": "MAYBE"}))
    claims.write_text("\n".join(lines) + "\n")
    return corpus, claims


def _eval_jsonl(corpus: Path, claims: Path, *extra: str) -> tuple[dict, str]:
    args = ["eval", "jsonl", "--corpus", str(corpus), "--claims", str(claims), "--json"]
    result = runner.invoke(app, [*args, "--retrieval-only", *extra])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), result.stderr


# --- metrics by hand ----------------------------------------------------------------------------


def test_ndcg_and_recall_by_hand() -> None:
    relevant = {"a", "b"}
    # hits at ranks 1 and 3: (1 + 1/log2(4)) / (1 + 1/log2(3))
    expected = (1 + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    assert ndcg_at(["a", "x", "b"], relevant) == pytest.approx(expected)
    assert ndcg_at(["x", "y"], relevant) == 0.0
    assert recall_at(["a", "x", "y"], relevant) == 0.5
    ranking = [f"x{i}" for i in range(10)] + ["a"]
    assert recall_at(ranking, relevant) == 0.0  # rank 11 is past the cut-off


def test_verdict_scores_count_conflicting_as_wrong() -> None:
    gold = ["SUPPORTED", "SUPPORTED", "REFUTED", "NOT_ENOUGH_EVIDENCE", "DISPUTED"]
    pred = ["SUPPORTED", "CONFLICTING", "REFUTED", "SUPPORTED", "CONFLICTING"]
    scores = verdict_scores(gold, pred)
    assert scores.accuracy == 0.5  # DISPUTED is left out of the three-class scores
    assert scores.confusion["SUPPORTED"]["CONFLICTING"] == 1
    # SUPPORTED P=1/2 R=1/2 F1=.5; REFUTED F1=1; NEE F1=0 -> macro .5
    assert scores.macro_f1 == pytest.approx(0.5)


# --- bad input ----------------------------------------------------------------------------------


def test_no_data_folder_is_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VERIFY_EVAL_DATA", raising=False)
    result = runner.invoke(app, ["eval", "scifact"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "suite scifact: no data folder given" in result.stderr
    assert "--data" in result.stderr


def test_missing_data_file_names_suite_and_file(tmp_path: Path) -> None:
    (tmp_path / "climate-fever").mkdir()
    result = runner.invoke(app, ["eval", "climate-fever", "--data", str(tmp_path)])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "\n" not in line and line.startswith("Error: suite climate-fever")
    assert str(tmp_path / "climate-fever" / "normalized" / "corpus.jsonl") in line


def test_missing_data_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "scifact", "--data", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "does not exist" in result.stderr and "scifact" in result.stderr


def test_jsonl_needs_both_files(tmp_path: Path) -> None:
    corpus, _ = _write_benchmark(tmp_path)
    result = runner.invoke(app, ["eval", "jsonl", "--corpus", str(corpus), "--claims", "x.jsonl"])
    assert result.exit_code == 1
    assert "suite jsonl: expected the claims (--claims) at x.jsonl" in result.stderr


# --- a real run on a tiny benchmark -------------------------------------------------------------


@pytest.mark.slow
def test_jsonl_retrieval_scorecard_and_bad_rows(tmp_path: Path, verify_home: Path) -> None:
    corpus, claims = _write_benchmark(tmp_path / "bench", bad_rows=True)
    card, stderr = _eval_jsonl(corpus, claims)
    assert card["n"] == 4 and card["suite"] == "jsonl"
    assert card["retrieval"]["recall@10"] == 1.0  # every doc id maps back through the store
    assert card["retrieval"]["ndcg@10"] >= 0.9
    assert card["skipped_rows"] == 2
    assert {s["line"] for s in card["skipped"]} == {3, 6}
    assert f"skipped {claims} line 3: not JSON" in stderr
    assert "line 6: unknown label 'MAYBE'" in stderr
    assert card["versions"]["git_sha"] and card["timings"]["index"] > 0
    assert card["peak_rss_mb"] > 0
    saved = sorted((verify_home / "scorecards").glob("jsonl-*"))
    assert [p.suffix for p in saved] == [".json", ".md"]
    assert "## Retrieval" in saved[1].read_text()


@pytest.mark.slow
def test_limit_and_interrupted_run_resumes(tmp_path: Path, verify_home: Path) -> None:
    corpus, claims = _write_benchmark(tmp_path / "bench")
    first, _ = _eval_jsonl(corpus, claims, "--limit", "3")
    assert first["n"] == 3 and first["resumed"] == 0
    run_files = list((verify_home / "eval-runs").glob("jsonl-*.jsonl"))
    assert len(run_files) == 1
    lines = run_files[0].read_text().splitlines()
    # a killed run: the last result lost, the line before it cut short
    run_files[0].write_text("\n".join([*lines[:-2], lines[-2][:15]]) + "\n")
    again, _ = _eval_jsonl(corpus, claims)
    assert again["n"] == 4 and again["resumed"] == 1
    fresh, _ = _eval_jsonl(corpus, claims, "--no-resume")
    assert fresh["resumed"] == 0
    assert fresh["retrieval"] == again["retrieval"]


def _card(path: Path, **changes: object) -> Path:
    base = {
        "suite": "scifact",
        "command": "verify eval scifact",
        "created": "2026-01-01T00:00:00Z",
        "n": 300,
        "retrieval": {"ndcg@10": 0.70, "recall@10": 0.80},
        "timings": {"verdicts": 100.0},
        "versions": {"git_sha": "abc"},
    }
    path.write_text(json.dumps({**base, **changes}))
    return path


def test_compare_shows_metrics_side_by_side(tmp_path: Path) -> None:
    a = _card(tmp_path / "a.json")
    b = _card(tmp_path / "b.json", retrieval={"ndcg@10": 0.65, "recall@10": 0.85})
    result = runner.invoke(app, ["eval", "compare", str(a), str(b)])
    assert result.exit_code == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if line.startswith("retrieval.ndcg@10"))
    assert row.split()[1:] == ["0.7000", "0.6500", "-0.0500"]
    result = runner.invoke(app, ["eval", "compare", str(a), str(b), "--json"])
    rows = {r["metric"]: r for r in json.loads(result.stdout)}
    assert rows["retrieval.recall@10"]["delta"] == pytest.approx(0.05)


def test_compare_by_suite_name_takes_the_newest(tmp_path: Path, verify_home: Path) -> None:
    folder = verify_home / "scorecards"
    folder.mkdir(parents=True)
    _card(folder / "scifact-20260101T000000Z.json", n=10)
    _card(folder / "scifact-20260102T000000Z.json", n=20)
    base = _card(tmp_path / "base.json")
    result = runner.invoke(app, ["eval", "compare", str(base), "scifact", "--json"])
    assert result.exit_code == 0, result.stderr
    rows = {r["metric"]: r for r in json.loads(result.stdout)}
    assert rows["n"]["b"] == 20


def test_compare_unknown_or_foreign_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "compare", "nope", "nope2"])
    assert result.exit_code == 1 and "no scorecard 'nope'" in result.stderr
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}')
    result = runner.invoke(app, ["eval", "compare", str(other), str(other)])
    assert result.exit_code == 1 and "is not a verify scorecard" in result.stderr


def test_list_names_every_suite() -> None:
    result = runner.invoke(app, ["eval", "list"])
    assert result.exit_code == 0
    names = {line.split()[0] for line in result.stdout.splitlines()}
    assert {"scifact", "climate-fever", "jsonl", "seeds", "stance"} <= names


@pytest.mark.slow
def test_factcheck_gpt_suite_on_a_small_file(tmp_path: Path) -> None:
    from verify.judge.stance import SHIPPED_DIR, STANCE_FILE

    if not (SHIPPED_DIR / STANCE_FILE).is_file():
        pytest.skip("the shipped stance model is not in verify/models/stance")
    answer = {
        "response": "Paris is the capital of France. It has about two million inhabitants.",
        "sentences": {
            "sentence1": {
                "text": "Paris is the capital of France.",
                "sentence_checkworthiness": "yes",
                "claims": ["Paris is the capital of France."],
            },
            "sentence2": {
                "text": "It has about two million inhabitants.",
                "sentence_checkworthiness": "yes",
                "claims": ["Paris has about two million inhabitants."],
            },
        },
    }
    folder = tmp_path / "data" / "factcheck-gpt"
    folder.mkdir(parents=True)
    rows = [json.dumps(answer), '{"response": 3}']
    (folder / "factcheck-GPT-benchmark.jsonl").write_text("\n".join(rows) + "\n")
    args = ["eval", "factcheck-gpt", "--data", str(tmp_path / "data"), "--llm", "none", "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    card = json.loads(result.stdout)
    claims = card["extra"]["claims"]
    assert claims["human"] == 2 and claims["extracted"] == 2
    # the first claim is the human one word for word: it must align both ways
    assert claims["precision"] >= 0.5 and claims["recall"] >= 0.5
    assert card["extra"]["check_worthiness"]["sentences"] == 2
    assert card["skipped_rows"] == 1 and "line 2" in result.stderr


@pytest.mark.parametrize(
    "name", ["seeds", "scifact", "scifact-sample", "climate-fever", "factcheck-gpt", "perturb"]
)
def test_baseline_command_parses_back_to_its_options(name: str) -> None:
    """`verify eval SUITE` is built from the suite's options class and a scorecard's command is
    written from it: each baseline's command, parsed by the CLI, gives the options it recorded
    and writes the same command again."""
    import typer.main

    from verify.evaluation.registry import SUITES

    card = json.loads(
        (Path(__file__).parents[1] / "eval" / "baselines" / f"{name}.json").read_text()
    )
    _, _, suite, *args = card["command"].split()
    group = typer.main.get_command(app).commands["eval"]  # type: ignore[attr-defined]
    command = group.get_command(group.context_class(group), suite)
    context = command.make_context(suite, args)
    values = {k: v for k, v in context.params.items() if k != "as_json"}
    options = SUITES[suite].options_type(**values)
    assert options.command_line(suite) == card["command"]
    assert options.recorded() == card["options"]


def test_every_suite_has_a_command() -> None:
    from verify.evaluation.registry import SUITES

    for name in SUITES:
        result = runner.invoke(app, ["eval", name, "--help"])
        assert result.exit_code == 0 and "--json" in result.stdout, name


@pytest.mark.parametrize(
    "args",
    [["eval", "seeds", "-k", "0"], ["eval", "perturb", "-k", "51"], ["search", "x", "-k", "51"]],
)
def test_k_is_refused_as_check_and_ask_refuse_it(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "-k must be between 1 and 50" in result.stderr
