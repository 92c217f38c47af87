"""Scorecards: what one `verify eval` run measured, with everything needed to reproduce it.

A scorecard holds the metrics (`retrieval`, `verdict`, suite-specific `extra`), the number of
items scored and of malformed rows skipped, per-stage seconds, peak memory, and the versions that
produced it: verify, git commit, stance model (card version and weights hash), embedding model,
prompts (`id@version#sha`) and LLM. It is saved as JSON (for `verify eval compare` and the
regression test) and as Markdown (for people) under `$VERIFY_HOME/scorecards/`.
"""

from __future__ import annotations

import hashlib
import json
import re
import resource
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from verify.errors import InputError
from verify.evaluation.metrics import VerdictScores
from verify.text import unique

SCHEMA = 1


class Scorecard(BaseModel):
    schema_version: int = SCHEMA
    suite: str
    command: str = Field(description="The command line that reproduces this run")
    created: str
    options: dict[str, Any] = Field(default_factory=dict)
    data: dict[str, str] = Field(default_factory=dict, description="Data file -> sha256 prefix")
    n: int = Field(description="Items scored (claims, pairs or sentences)")
    retrieval: dict[str, float] | None = None
    verdict: VerdictScores | None = None
    extra: dict[str, Any] = Field(default_factory=dict, description="Suite-specific metrics")
    skipped_rows: int = 0
    skipped: list[dict[str, Any]] = Field(default_factory=list, description="First malformed rows")
    resumed: int = Field(default=0, description="Items read back from an interrupted run")
    timings: dict[str, float] = Field(default_factory=dict, description="Seconds per stage")
    peak_rss_mb: float = 0.0
    versions: dict[str, Any] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


# --- versions -----------------------------------------------------------------------------------


def versions(settings: Any, *, stance: bool = True, llm: str | None = None) -> dict[str, Any]:
    """verify version, git commit, model and prompt versions behind a run."""
    import verify
    from verify.corpus.embed import EMBED_MODEL

    found: dict[str, Any] = {"verify": verify.__version__, **git_state()}
    found["embed_model"] = EMBED_MODEL
    if stance:
        found["stance_model"] = stance_model_version(settings.stance_model)
    found["llm"] = llm or "not used"
    found["prompts"] = prompt_labels()
    return found


def git_state() -> dict[str, Any]:
    """Commit of the checkout verify runs from, and whether it has uncommitted changes."""
    root = Path(__file__).resolve().parents[2]
    try:
        sha = _git(root, "rev-parse", "HEAD")
        dirty = bool(_git(root, "status", "--porcelain", "--untracked-files=no", "--", "verify"))
    except (OSError, subprocess.CalledProcessError):
        return {"git_sha": "unknown", "git_dirty": None}
    return {"git_sha": sha, "git_dirty": dirty}


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True, timeout=10
    )
    return done.stdout.strip()


def stance_model_version(name: str) -> dict[str, Any]:
    """The stance model's folder, card version (if it states one) and weights sha256 prefix."""
    from verify.judge.stance import STANCE_FILE, WEIGHTS_FILE, is_llm_judge, shipped_folder
    from verify.judge.stance_lora import DELTA_FILE

    if is_llm_judge(name):  # the LLM judge: its prompt is its version (the LLM: the "llm" key)
        from verify.judge.stance_llm import JUDGE_PROMPT
        from verify.llm.prompts import load_prompt

        prompt = load_prompt(JUDGE_PROMPT)
        return {"name": name, "version": f"llm judge {prompt.label}", "sha256": prompt.sha}
    folder = shipped_folder(name) or Path(name).expanduser()
    info: dict[str, Any] = {"name": name, "path": str(folder)}
    weights = folder / WEIGHTS_FILE
    if not weights.is_file():
        weights = folder / DELTA_FILE  # version 3 ships only what training changed
    if weights.is_file():
        info["sha256"] = hashlib.sha256(weights.read_bytes()).hexdigest()[:16]
    meta_path = folder / STANCE_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    card = folder / "MODEL_CARD.md"
    version = meta.get("version")
    if version is None and card.is_file():
        text = card.read_text(encoding="utf-8")
        match = re.search(r"^\W*version\W+([\w.\-]+)", text, re.I | re.M)
        version = match.group(1) if match else None
    info["version"] = str(version) if version is not None else "unknown"
    if "temperature" in meta:
        info["temperature"] = meta["temperature"]
    return info


def prompt_labels() -> list[str]:
    """`id@version#sha` of every prompt file shipped (the ones an LLM run would use)."""
    from verify.llm.prompts import available_prompts, load_prompt

    try:
        return [load_prompt(name).label for name in available_prompts()]
    except Exception as exc:  # a broken prompt file must not lose a finished evaluation
        return [f"unreadable: {exc}"]


# --- saving, loading ----------------------------------------------------------------------------


def save_scorecard(card: Scorecard, folder: Path) -> tuple[Path, Path]:
    """Write `<suite>-<time>.json` and `.md` into `folder`; returns both paths."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{card.suite}-{card.created.replace(':', '').replace('-', '')}"
    json_path, md_path = folder / f"{stem}.json", folder / f"{stem}.md"
    json_path.write_text(to_json(card) + "\n", encoding="utf-8")
    md_path.write_text(render_markdown(card) + "\n", encoding="utf-8")
    return json_path, md_path


def to_json(card: Scorecard) -> str:
    return json.dumps(card.model_dump(mode="json"), indent=2, ensure_ascii=False)


def load_scorecard(ref: str | Path, folder: Path | None = None) -> Scorecard:
    """A scorecard from a JSON path, by file name (with or without .json) in `folder`, or by
    suite name: the newest scorecard of that suite in `folder`."""
    path = Path(ref).expanduser()
    candidates = [path]
    if folder is not None and not path.is_file():
        candidates += [folder / path.name, folder / f"{path.name}.json"]
        candidates += sorted(folder.glob(f"{path.name}-*.json"), reverse=True)[:1]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        raise InputError(
            f"no scorecard {str(ref)!r}",
            "give a scorecard .json file (e.g. eval/baselines/scifact.json) or a suite name "
            "for its newest scorecard in $VERIFY_HOME/scorecards",
        )
    try:
        return Scorecard.model_validate_json(found.read_text(encoding="utf-8"))
    except ValueError as exc:
        first = str(exc).splitlines()[0]
        raise InputError(f"{found} is not a verify scorecard: {first}", "") from exc


# --- flat metrics, comparing --------------------------------------------------------------------


def flat_metrics(card: Scorecard) -> dict[str, float]:
    """Every number worth comparing, under a dotted name (higher is better unless timing/memory)."""
    flat: dict[str, float] = {"n": card.n}
    for key, value in (card.retrieval or {}).items():
        flat[f"retrieval.{key}"] = value
    if card.verdict is not None:
        flat["verdict.accuracy"] = card.verdict.accuracy
        flat["verdict.macro_f1"] = card.verdict.macro_f1
        for label, scores in card.verdict.per_class.items():
            flat[f"verdict.f1.{label}"] = scores.f1
    _flatten(card.extra, "extra", flat)
    for stage, seconds in card.timings.items():
        flat[f"seconds.{stage}"] = seconds
    flat["peak_rss_mb"] = card.peak_rss_mb
    return flat


def _flatten(value: Any, prefix: str, out: dict[str, float]) -> None:
    if isinstance(value, bool):
        return
    if isinstance(value, int | float):
        out[prefix] = float(value)
    elif isinstance(value, dict):
        for key, inner in value.items():
            _flatten(inner, f"{prefix}.{key}", out)


def compare(a: Scorecard, b: Scorecard) -> list[tuple[str, float | None, float | None]]:
    """(metric, value in A, value in B) for every metric of either, in A's order then B's."""
    fa, fb = flat_metrics(a), flat_metrics(b)
    names = unique([*fa, *fb])
    return [(name, fa.get(name), fb.get(name)) for name in names]


def render_compare(a: Scorecard, b: Scorecard, a_name: str, b_name: str) -> str:
    rows = compare(a, b)
    width = max(len(r[0]) for r in rows)
    lines = [
        f"A: {a_name} ({a.suite}, {a.created}, {a.versions.get('git_sha', '?')[:10]})",
        f"B: {b_name} ({b.suite}, {b.created}, {b.versions.get('git_sha', '?')[:10]})",
    ]
    if a.suite != b.suite or a.options != b.options:
        lines.append("note: the runs differ in suite or options; deltas may not be like for like")
    lines += ["", f"{'metric':<{width}} {'A':>10} {'B':>10} {'B-A':>10}"]
    for name, va, vb in rows:
        delta = f"{vb - va:+10.4f}" if va is not None and vb is not None else f"{'':>10}"
        lines.append(f"{name:<{width}} {_num(va):>10} {_num(vb):>10} {delta}")
    return "\n".join(lines)


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.4f}"


# --- Markdown -----------------------------------------------------------------------------------


def render_markdown(card: Scorecard) -> str:
    lines = [f"# Scorecard: {card.suite}", "", f"`{card.command}`", ""]
    lines += [f"- created {card.created}, items scored: {card.n}"]
    if card.skipped_rows:
        lines.append(f"- malformed rows skipped: {card.skipped_rows}")
    if card.resumed:
        lines.append(f"- items read back from an interrupted run: {card.resumed}")
    lines += [f"- note: {note}" for note in card.notes]
    if card.retrieval:
        lines += ["", "## Retrieval", "", "| metric | value |", "|---|---|"]
        lines += [f"| {k} | {_num(v)} |" for k, v in card.retrieval.items()]
    if card.verdict is not None:
        lines += ["", *_verdict_markdown(card.verdict)]
    if card.extra:
        lines += ["", "## Other metrics", "", "```json", json.dumps(card.extra, indent=2), "```"]
    lines += ["", "## Time and memory", "", "| stage | seconds |", "|---|---|"]
    lines += [f"| {stage} | {seconds:.1f} |" for stage, seconds in card.timings.items()]
    lines += ["", f"Peak memory: {card.peak_rss_mb:.0f} MB", "", "## Versions", ""]
    lines += [f"- {key}: {_version_text(value)}" for key, value in card.versions.items()]
    return "\n".join(lines)


def _verdict_markdown(verdict: VerdictScores) -> list[str]:
    lines = [
        "## Verdicts",
        "",
        f"accuracy {verdict.accuracy:.4f}, macro-F1 {verdict.macro_f1:.4f} "
        f"(over {', '.join(verdict.labels)})",
        "",
        "| class | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for label, s in verdict.per_class.items():
        lines.append(f"| {label} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.support} |")
    columns = list(next(iter(verdict.confusion.values()), {}))
    lines += ["", "Confusion (rows gold, columns predicted):", ""]
    lines += ["| gold \\ predicted | " + " | ".join(columns) + " |"]
    lines += ["|---" * (len(columns) + 1) + "|"]
    for gold, row in verdict.confusion.items():
        lines.append(f"| {gold} | " + " | ".join(str(row[c]) for c in columns) + " |")
    return lines


def _version_text(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "-"
    return str(value)
