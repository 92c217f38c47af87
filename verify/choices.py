"""Choices the command line and the settings share, importable without pydantic (every command
module imports them when `verify` starts, and pydantic-settings alone takes 0.6 s to import)."""

from __future__ import annotations

from enum import StrEnum


class LLMChoice(StrEnum):
    """The LLM providers `--llm` takes (`Settings.llm`)."""

    local = "local"
    openai = "openai"
    none = "none"


DEFAULT_LOCAL_MODEL = "0.5b"
"""The local LLM `Settings.local_model` picks by default (a key of `LOCAL_MODELS`)."""
