"""Shared fixtures: every test gets its own VERIFY_HOME and never touches the network."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def verify_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from verify.config import reset_settings

    home = tmp_path / "verify-home"
    monkeypatch.setenv("VERIFY_HOME", str(home))
    monkeypatch.setenv("VERIFY_LLM", "none")
    monkeypatch.setenv("VERIFY_THREADS", "1")
    monkeypatch.delenv("VERIFY_CHROMA_URL", raising=False)
    monkeypatch.delenv("VERIFY_CONFIG", raising=False)
    reset_settings()
    yield home
    reset_settings()


# Store fixtures (session embedder, Chroma server, store_backend) live in conftest_store.py.
from conftest_store import chroma_server_url, embedder, store_backend  # noqa: E402, F401


@pytest.fixture(scope="session")
def seeded_store_dir(tmp_path_factory: pytest.TempPathFactory, embedder: object) -> Path:  # noqa: F811
    """seeds/ ingested once per session into an embedded store; tests copy it (`seeded_home`)."""
    from verify.config import Settings
    from verify.corpus.ingest import ingest_paths
    from verify.corpus.store import open_store

    home = tmp_path_factory.mktemp("seeded-home")
    settings = Settings(home=home, chroma_url=None, collection="verify", llm="none", threads=1)
    ingest_paths([SEEDS], open_store(settings))
    return settings.store_dir


@pytest.fixture
def seeded_home(seeded_store_dir: Path, verify_home: Path) -> Path:
    """This test's VERIFY_HOME holding its own copy of the seeded store."""
    import shutil

    shutil.copytree(seeded_store_dir, verify_home / "store")
    return verify_home
