"""What every eval suite shares: its options, the run that owns timing, run files and the
scorecard, and the checking of gold claims.

A suite is one `Suite` value (name, description, options class, runner) listed in
`verify.evaluation.registry.SUITES`. Its options class is a dataclass whose fields carry their
command-line flags (`option(...)`), so `verify eval NAME` is built from it
(`verify.commands.evaluate_suites`) and a scorecard's `command` is written back from it:

    @dataclass
    class MyOptions(SuiteOptions):
        data: Path | None = data_option()
        limit: int | None = limit_option()
        seed: int = seed_option()
        resume: bool = resume_option()

    def run_mine(options: MyOptions, settings: Settings) -> Scorecard:
        run = SuiteRun("mine", options, settings)
        with run.stage("verdicts"):
            ...
        return run.scorecard(data=files, n=len(items), verdict=...)

    SUITE = Suite("mine", "What it measures", MyOptions, run_mine)

Per-item results go to a `RunFile` under `$VERIFY_HOME/eval-runs/`, keyed by the suite, its
data, its options and the code and model that produce results, so an interrupted run picks up
where it stopped (`resume=False` starts over).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import Field, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from verify.errors import InputError
from verify.evaluation.metrics import VerdictScores, verdict_scores
from verify.evaluation.normalized import Progress, Skipped, file_sha256
from verify.evaluation.scorecard import Scorecard, now, versions
from verify.pipeline import Timings
from verify.types import Claim

if TYPE_CHECKING:
    from verify.config import Settings

SKIPPED_SHOWN = 20
DEFAULT_BATCH_SIZE = 32


# --- options ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Flag:
    """How an option field is written on the command line."""

    name: str
    """`--data`, `-k`, or `--resume/--no-resume` for a switch pair."""
    help: str
    min: int | None = None
    max: int | None = None
    metavar: str | None = None
    required: bool = False


def option(default: Any, flag: str, help: str, **more: Any) -> Any:
    """A dataclass field with its command-line flag (see `Flag`)."""
    return field(default=default, metadata={"flag": Flag(flag, help, **more)})


def data_option() -> Any:
    return option(None, "--data", "Folder laid out like shared/data [default: $VERIFY_EVAL_DATA].")


def limit_option(help: str = "Score only the first N claims (the corpus stays whole).") -> Any:
    return option(None, "--limit", help, min=1)


def seed_option(help: str = "Seed for anything sampled.") -> Any:
    return option(0, "--seed", help)


def llm_option(help: str = "LLM: local, openai or none [default: settings].") -> Any:
    return option(None, "--llm", help)


def k_option() -> Any:
    return option(None, "-k", "Passages per claim (default 8, at most 50).", metavar="N")


def resume_option() -> Any:
    return option(
        True,
        "--resume/--no-resume",
        "Reuse the per-claim results of an interrupted identical run.",
    )


@dataclass
class SuiteOptions:
    """Base of every suite's options: how they are recorded and written as a command line.

    A field without a flag (e.g. `seed` of a suite that samples nothing) is recorded in the
    scorecard but not offered on the command line."""

    progress: Progress | None = field(default=None, repr=False, compare=False)
    """Told what the run is doing (the CLI prints it on stderr)."""

    def recorded(self) -> dict[str, Any]:
        """The options as they go into a scorecard (paths as text, unset ones left out)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "progress" or value is None or value is False and f.name != "resume":
                continue
            if f.name == "batch_size" and value == DEFAULT_BATCH_SIZE:  # older cards lack it
                continue
            out[f.name] = str(value) if isinstance(value, Path) else value
        return out

    def say(self, message: str) -> None:
        if self.progress is not None:
            self.progress(message)

    @classmethod
    def flags(cls) -> list[tuple[Field[Any], Flag]]:
        """The fields offered on the command line, with their flags, in declaration order."""
        return [(f, f.metadata["flag"]) for f in fields(cls) if "flag" in f.metadata]

    def command_line(self, suite: str) -> str:
        """`verify eval SUITE ...` with the options that differ from their defaults: valued
        flags first, then switches."""
        parts, switches = ["verify", "eval", suite], []
        for f, flag in self.flags():
            value = getattr(self, f.name)
            if "/" in flag.name or value is None:
                continue
            if isinstance(value, bool):
                switches += [flag.name] if value else []
            elif f.default is None or value != f.default:
                parts += [flag.name, str(value)]
        return " ".join([*parts, *switches])


OptionsT = TypeVar("OptionsT", bound=SuiteOptions)


@dataclass(frozen=True)
class Suite(Generic[OptionsT]):
    """A registered suite: `runner(options_type(...), settings)` returns its scorecard."""

    name: str
    description: str
    options_type: type[OptionsT]
    runner: Callable[[OptionsT, Settings], Scorecard]


# --- one run ------------------------------------------------------------------------------------


class RunFile:
    """Per-item results appended as JSON lines; a rerun with the same key reads them back."""

    def __init__(self, folder: Path, suite: str, key: dict[str, Any], resume: bool) -> None:
        blob = json.dumps(key, sort_keys=True, default=str)
        self.path = folder / f"{suite}-{hashlib.sha256(blob.encode()).hexdigest()[:16]}.jsonl"
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}
        self.resumed = 0
        folder.mkdir(parents=True, exist_ok=True)
        if not resume:
            self.path.unlink(missing_ok=True)
        elif self.path.is_file():
            self._read()
        if not self.path.is_file():
            self.path.write_text(json.dumps({"key": key}, default=str) + "\n", encoding="utf-8")

    def _read(self) -> None:
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short when the run was killed
            if isinstance(row, dict) and "stage" in row and "id" in row:
                self.rows[(row["stage"], str(row["id"]))] = row

    def get(self, stage: str, item_id: str) -> dict[str, Any] | None:
        row = self.rows.get((stage, item_id))
        if row is not None:
            self.resumed += 1
        return row

    def add(self, stage: str, item_id: str, row: dict[str, Any]) -> dict[str, Any]:
        row = {"stage": stage, "id": item_id, **row}
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.rows[(stage, item_id)] = row
        return row


def code_hash() -> str:
    """sha256 prefix of the package's Python sources: results of other code are not resumed."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class SuiteRun:
    """One run of a suite: it times the stages, opens the run files and writes the scorecard
    with everything every suite records (command, options, versions, resumed items, skipped
    rows, seconds per stage)."""

    def __init__(self, suite: str, options: SuiteOptions, settings: Settings) -> None:
        self.suite, self.options, self.settings = suite, options, settings
        self.timings = Timings()
        self.skipped: list[Skipped] = []
        self.runfiles: list[RunFile] = []

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        with self.timings.stage(name):
            yield

    def say(self, message: str) -> None:
        self.options.say(message)

    def runfile(self, data: dict[str, str], name: str | None = None, **key: Any) -> RunFile:
        """The run file of this suite (or of one part of it, `name`) for these data files."""
        from verify.evaluation.scorecard import stance_model_version

        recorded = {
            k: v for k, v in self.options.recorded().items() if k not in ("limit", "resume")
        }
        full_key = {
            "suite": self.suite,
            "options": recorded,
            "data": data,
            "code": code_hash(),
            "stance": stance_model_version(self.settings.stance_model).get("sha256", ""),
            "search_k": self.settings.search_k,
            "chunk": [self.settings.chunk_chars, self.settings.chunk_overlap_sentences],
            **key,
        }
        resume = bool(getattr(self.options, "resume", True))
        runfile = RunFile(self.settings.home / "eval-runs", name or self.suite, full_key, resume)
        self.runfiles.append(runfile)
        return runfile

    def scorecard(
        self,
        *,
        data: dict[str, str],
        n: int,
        stance: bool = True,
        llm: str | None = None,
        **more: Any,
    ) -> Scorecard:
        """The scorecard of this run; `more` are the suite's metrics and notes."""
        return Scorecard(
            suite=self.suite,
            command=self.options.command_line(self.suite),
            created=now(),
            options=self.options.recorded(),
            data=data,
            n=n,
            resumed=sum(r.resumed for r in self.runfiles),
            timings={k: round(v, 2) for k, v in self.timings.items()},
            versions=versions(self.settings, stance=stance, llm=llm),
            skipped_rows=len(self.skipped),
            skipped=[s.as_dict() for s in self.skipped[:SKIPPED_SHOWN]],
            **more,
        )


# --- shared pieces ------------------------------------------------------------------------------


def data_dir(given: Path | None, settings: Settings, suite: str) -> Path:
    """`given` (--data), else VERIFY_EVAL_DATA / settings.eval_data; a one-line error when
    unusable."""
    chosen = given or settings.eval_data
    if chosen is None:
        raise InputError(
            f"suite {suite}: no data folder given",
            "pass --data DIR (a folder laid out like shared/data) or set VERIFY_EVAL_DATA",
        )
    chosen = Path(chosen).expanduser()
    if not chosen.is_dir():
        raise InputError(
            f"suite {suite}: the data folder {chosen} does not exist",
            "pass --data DIR (a folder laid out like shared/data) or set VERIFY_EVAL_DATA",
        )
    return chosen


def data_files(*paths: Path | None) -> dict[str, str]:
    return {str(p): file_sha256(p)[:16] for p in paths if p is not None}


@dataclass
class VerdictItem:
    id: str
    claim: str
    gold: str
    exclude: frozenset[str] = frozenset()


def check_items(
    items: Sequence[VerdictItem],
    checker: Any,
    runfile: RunFile,
    options: SuiteOptions,
    k: int | None = None,
) -> list[dict[str, Any]]:
    """Each item's verdict from the real checker (or the run file), in order."""
    records = []
    step = max(1, len(items) // 10)
    for number, item in enumerate(items, start=1):
        row = runfile.get("verdict", item.id)
        if row is None:
            claim = Claim(text=item.claim, start=0, end=len(item.claim))
            result = checker.check(claim, k=k, exclude_sources=item.exclude)
            row = runfile.add(
                "verdict",
                item.id,
                {
                    "gold": item.gold,
                    "pred": result.verdict.value if result.verdict else "",
                    "confidence": result.confidence,
                    "reason": result.reason,
                    "evidence": [e.chunk_id for e in result.evidence[:3]],
                },
            )
        records.append(row)
        if number % step == 0 or number == len(items):
            options.say(f"checked {number}/{len(items)} claims")
    return records


def record_verdicts(records: Sequence[dict[str, Any]]) -> VerdictScores:
    """`verdict_scores` of run-file verdict rows."""
    return verdict_scores([r["gold"] for r in records], [r["pred"] for r in records])
