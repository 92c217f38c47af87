"""Settings: defaults in code, overridden by a TOML file, `VERIFY_*` environment variables, flags.

`VERIFY_HOME` relocates everything the tool writes (store, cache, logs, scorecards).
The config file is `$VERIFY_HOME/config.toml` unless `VERIFY_CONFIG` names another.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from verify.choices import DEFAULT_LOCAL_MODEL


def default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("verify", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VERIFY_", extra="ignore")

    home: Path = Field(
        default_factory=default_home,
        description="Folder for the store, LLM cache, logs and scorecards",
    )
    chroma_url: str | None = Field(
        default=None, description="Chroma server URL (http://host:port); embedded store if unset"
    )
    collection: str = Field(default="verify", description="Chroma collection name")
    llm: str = Field(
        default="local", description="LLM provider: local (shipped Qwen GGUF), openai, or none"
    )
    local_model: str = Field(
        default=DEFAULT_LOCAL_MODEL,
        description="Shipped model for --llm local: 0.5b or 1.5b (Qwen2.5-Coder-Instruct Q4_K_M)",
    )
    openai_base_url: str = Field(
        default="http://127.0.0.1:11434/v1",
        description="Base URL of an OpenAI-compatible server (Ollama, vLLM, llama.cpp, hosted)",
    )
    openai_model: str = Field(
        default="qwen2.5:7b-instruct", description="Model name on that server"
    )
    openai_api_key_env: str = Field(
        default="OPENAI_API_KEY", description="Environment variable that holds the API key"
    )
    threads: int = Field(
        default=0, description="CPU threads for torch and llama.cpp; 0 picks from the machine"
    )
    chunk_chars: int = Field(default=1000, description="Target chunk size in characters")
    chunk_overlap_sentences: int = Field(default=1, description="Sentences shared by neighbours")
    stance_model: str = Field(
        default="shipped",
        description="Stance model: 'shipped' (the default version), 'v2', 'v3', a folder with "
        "a HF cross-encoder, or 'llm'",
    )
    eval_data: Path | None = Field(
        default=None, description="Folder laid out like shared/data for `verify eval`"
    )
    search_k: int = Field(default=8, description="Passages retrieved per query")
    model_cache: Path | None = Field(
        default=None,
        description="Folder for the assembled local LLM file; default: the user cache folder",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        from pydantic_settings import TomlConfigSettingsSource

        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_file())
        return (init_settings, env_settings, toml)

    @property
    def store_dir(self) -> Path:
        return self.home / "store"

    @property
    def cache_db(self) -> Path:
        return self.home / "llm-cache.sqlite"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def scorecards_dir(self) -> Path:
        return self.home / "scorecards"

    def torch_threads(self) -> int:
        if self.threads > 0:
            return self.threads
        return max(1, min(2, os.cpu_count() or 1))


def config_file() -> Path:
    explicit = os.environ.get("VERIFY_CONFIG")
    if explicit:
        return Path(explicit)
    home = os.environ.get("VERIFY_HOME")
    return (Path(home) if home else default_home()) / "config.toml"


@lru_cache(maxsize=1)
def _cached() -> Settings:
    return Settings()


def get_settings(**overrides: Any) -> Settings:
    """Settings from file and env, with non-None keyword overrides (CLI flags) on top."""
    base = _cached()
    given = {k: v for k, v in overrides.items() if v is not None}
    return base.model_copy(update=given) if given else base


def reset_settings() -> None:
    """Forget cached settings (tests change VERIFY_* variables between runs)."""
    _cached.cache_clear()
