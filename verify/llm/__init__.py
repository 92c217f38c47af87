"""The one LLM seam: LangChain chat model providers, with output checks, a call log and a cache.

    llm = get_llm(settings)          # None when settings.llm == "none": use the deterministic path
    result = llm.generate_json(load_prompt("extract_claims"), {...}, ClaimList)
    if result.ok: use(result.value)  # a validated pydantic object
    else: flag(result.error)         # invalid twice, off-schema, empty, or the provider failed

Providers: `local` (the shipped Qwen GGUF in-process through xllamacpp, see `verify.llm.local`),
`openai` (langchain-openai `ChatOpenAI` against any OpenAI-compatible server), `none`.
Output that is empty, not JSON or off-schema is retried once with the error shown to the model,
then returned as an error; it is never raised and never accepted. Every call is logged in SQLite
at `settings.cache_db` (prompt id, version and sha, model, input hash, output, tokens, latency);
the log doubles as the cache, so an identical second call makes no model call.
`ScriptedLLM` replays canned outputs through the same cache and validation code, for tests.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from pydantic import BaseModel, ValidationError

from verify.config import Settings
from verify.errors import InputError, ModelError, VerifyError
from verify.llm.prompts import Message, Prompt

log = logging.getLogger(__name__)

PROVIDERS = ("local", "openai", "none")
DEFAULT_MAX_TOKENS = 1024


V = TypeVar("V")
M = TypeVar("M", bound=BaseModel)


@dataclass
class LLMResult(Generic[V]):
    """What one logical LLM request gave: a checked value (a validated schema instance, or the
    text), or an error saying why not (then `value` is None)."""

    value: V | None
    text: str
    error: str | None = None
    cached: bool = False
    tokens: int = 0
    latency_s: float = 0.0
    model: str = ""
    prompt: str = ""
    attempts: int = 0
    errors: list[str] = field(default_factory=list)
    unavailable: bool = False  # the provider failed (unreachable, crashed), not its output

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Completion:
    text: str
    tokens: int


class LLMCallError(VerifyError):
    """The provider could not be reached or failed mid-call (not a bad output: that is retried)."""


class LLM:
    """Shared request logic; providers implement `_complete` and `_stream`."""

    def __init__(self, model: str, cache_db: Path | None) -> None:
        self.model = model
        self.cache = CallLog(cache_db) if cache_db is not None else None

    def generate_json(
        self,
        prompt: Prompt,
        variables: dict[str, Any],
        schema: type[M],
        max_tokens: int = DEFAULT_MAX_TOKENS,
        json_schema: dict[str, Any] | None = None,
    ) -> LLMResult[M]:
        """A `schema` instance from the model, constrained, validated, retried once, cached.

        `json_schema` replaces the schema sent to constrain decoding (one built for this request,
        e.g. with the allowed ids as an enum); the reply is still validated against `schema`."""
        messages = prompt.render_messages(**variables)
        json_schema = json_schema or schema.model_json_schema()
        result = self._request(prompt, messages, max_tokens, json_schema, _json_checker(schema))
        return cast(LLMResult[M], result)

    def generate_text(
        self, prompt: Prompt, variables: dict[str, Any], max_tokens: int = DEFAULT_MAX_TOKENS
    ) -> LLMResult[str]:
        """Free text from the model; empty output is retried once, then an error."""
        messages = prompt.render_messages(**variables)
        return cast(
            LLMResult[str], self._request(prompt, messages, max_tokens, None, _text_checker)
        )

    def stream_text(
        self, prompt: Prompt, variables: dict[str, Any], max_tokens: int = DEFAULT_MAX_TOKENS
    ) -> Iterator[str]:
        """Text pieces as the model writes them (a cached answer comes as one piece)."""
        messages = prompt.render_messages(**variables)
        key = request_key(self.model, messages, None, max_tokens)
        hit = self.cache.lookup(key) if self.cache else None
        if hit is not None:
            self._log(prompt, key, Completion(hit.text, hit.tokens), None, 0.0, 1, cached=True)
            yield hit.text
            return
        started, pieces = time.perf_counter(), []
        for piece in self._stream(messages, max_tokens):
            pieces.append(piece)
            yield piece
        text = "".join(pieces)
        error = None if text.strip() else "empty output"
        self._log(prompt, key, Completion(text, len(pieces)), error, _since(started), 1)

    def _request(
        self,
        prompt: Prompt,
        messages: list[Message],
        max_tokens: int,
        json_schema: dict[str, Any] | None,
        check: Callable[[str], tuple[Any, str | None]],
    ) -> LLMResult[Any]:
        key = request_key(self.model, messages, json_schema, max_tokens)
        result = LLMResult(value=None, text="", model=self.model, prompt=prompt.label)
        hit = self.cache.lookup(key) if self.cache else None
        if hit is not None:
            value, error = check(hit.text)
            if error is None:
                self._log(prompt, key, Completion(hit.text, hit.tokens), None, 0.0, 1, cached=True)
                return _fill(result, value, hit, cached=True)
        return self._attempts(prompt, messages, max_tokens, json_schema, check, key, result)

    def _attempts(
        self,
        prompt: Prompt,
        messages: list[Message],
        max_tokens: int,
        json_schema: dict[str, Any] | None,
        check: Callable[[str], tuple[Any, str | None]],
        key: str,
        result: LLMResult[Any],
    ) -> LLMResult[Any]:
        for attempt in (1, 2):
            started = time.perf_counter()
            try:
                completion = self._complete(messages, json_schema, max_tokens)
            except LLMCallError as exc:
                self._log(prompt, key, Completion("", 0), exc.message, _since(started), attempt)
                result.errors.append(exc.message)
                result.error, result.attempts = exc.message, attempt
                result.unavailable = True
                return result
            value, error = check(completion.text)
            latency = _since(started)
            self._log(prompt, key, completion, error, latency, attempt)
            result.latency_s += latency
            result.tokens += completion.tokens
            result.attempts, result.text = attempt, completion.text
            if error is None:
                result.value = value
                return result
            result.errors.append(error)
            messages = [*messages, *_correction(completion.text, error)]
        result.error = f"output invalid after retry: {result.errors[-1]}"
        return result

    def _log(
        self,
        prompt: Prompt,
        key: str,
        completion: Completion,
        error: str | None,
        latency_s: float,
        attempt: int,
        cached: bool = False,
    ) -> None:
        log.info(
            "llm %s %s key=%s attempt=%d tokens=%d %.2fs%s%s",
            self.model, prompt.label, key[:12], attempt, completion.tokens, latency_s,
            " cached" if cached else "", f" error={error}" if error else "",
        )  # fmt: skip
        if self.cache is not None:
            self.cache.record(
                self.model, prompt, key, completion, error, latency_s, attempt, cached
            )

    def _complete(
        self, messages: list[Message], json_schema: dict[str, Any] | None, max_tokens: int
    ) -> Completion:
        raise NotImplementedError

    def _stream(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        yield self._complete(messages, None, max_tokens).text


def _since(started: float) -> float:
    return time.perf_counter() - started


def _fill(result: LLMResult[Any], value: Any, hit: CachedCall, cached: bool) -> LLMResult[Any]:
    result.value, result.text, result.tokens, result.cached = value, hit.text, hit.tokens, cached
    return result


def _correction(text: str, error: str) -> list[Message]:
    """The follow-up turn for the one retry: show the model its output and what was wrong."""
    return [
        Message("assistant", text),
        Message(
            "user",
            f"That reply was rejected: {error}. Reply again with only a JSON object "
            "that follows the requested format exactly.",
        ),
    ]


# --- checking outputs -------------------------------------------------------------------------

_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


def parse_json_output(text: str, schema: type[BaseModel]) -> tuple[BaseModel | None, str | None]:
    """A validated `schema` instance from raw model text, or None and why it was rejected."""
    stripped = text.strip()
    if not stripped:
        return None, "empty output"
    fenced = _FENCE.match(stripped)
    if fenced:
        stripped = fenced.group(1)
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON: {exc.msg} at character {exc.pos}"
    try:
        return schema.model_validate(data), None
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'top level'}: {e['msg']}"
            for e in exc.errors()[:3]
        )
        return None, f"off-schema: {problems}"


def _json_checker(schema: type[BaseModel]) -> Callable[[str], tuple[Any, str | None]]:
    return lambda text: parse_json_output(text, schema)


def _text_checker(text: str) -> tuple[Any, str | None]:
    return (text, None) if text.strip() else (None, "empty output")


def request_key(
    model: str, messages: list[Message], json_schema: dict[str, Any] | None, max_tokens: int
) -> str:
    """Content hash of everything that decides the output: the cache key and logged input hash."""
    payload = {
        "model": model,
        "messages": [[m.role, m.content] for m in messages],
        "schema": json_schema,
        "max_tokens": max_tokens,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()


# --- the call log, which is also the cache ----------------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS llm_calls (
    id INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_id TEXT NOT NULL,
    prompt_version INTEGER NOT NULL,
    prompt_sha TEXT NOT NULL,
    input_hash TEXT NOT NULL,
    attempt INTEGER NOT NULL,
    output TEXT NOT NULL,
    error TEXT,
    tokens INTEGER NOT NULL,
    latency_s REAL NOT NULL,
    cached INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS llm_calls_input ON llm_calls (input_hash);
"""


@dataclass(frozen=True)
class CachedCall:
    text: str
    tokens: int


class CallLog:
    """SQLite log of every LLM call; the newest valid uncached row for a key is its cached reply."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection to a log that exists (made on first use, or again if it was removed)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.executescript(_SCHEMA)
            with db:  # commits, or rolls back on error
                yield db
        finally:
            db.close()

    def lookup(self, key: str) -> CachedCall | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT output, tokens FROM llm_calls WHERE input_hash = ? AND error IS NULL"
                " AND cached = 0 ORDER BY id DESC LIMIT 1",
                (key,),
            ).fetchone()
        return CachedCall(row[0], row[1]) if row else None

    def record(
        self,
        model: str,
        prompt: Prompt,
        key: str,
        completion: Completion,
        error: str | None,
        latency_s: float,
        attempt: int,
        cached: bool,
    ) -> None:
        row = (
            datetime.now(UTC).isoformat(timespec="seconds"), model, prompt.id, prompt.version,
            prompt.sha, key, attempt, completion.text, error, completion.tokens, latency_s,
            int(cached),
        )  # fmt: skip
        with self._connect() as db:
            db.execute(
                "INSERT INTO llm_calls (created, model, prompt_id, prompt_version, prompt_sha,"
                " input_hash, attempt, output, error, tokens, latency_s, cached)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )

    def calls(self) -> list[dict[str, Any]]:
        """All logged calls, oldest first (for tests, `verify eval` and debugging)."""
        with self._connect() as db:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute("SELECT * FROM llm_calls ORDER BY id")]


# --- providers --------------------------------------------------------------------------------


class ChatModelLLM(LLM):
    """Any LangChain chat model, built on first use (loading a GGUF takes seconds)."""

    def __init__(self, model: str, cache_db: Path | None, factory: Callable[[], Any]) -> None:
        super().__init__(model, cache_db)
        self._factory = factory
        self._chat: Any = None

    @property
    def chat(self) -> Any:
        if self._chat is None:
            self._chat = self._factory()
        return self._chat

    def _complete(
        self, messages: list[Message], json_schema: dict[str, Any] | None, max_tokens: int
    ) -> Completion:
        kwargs: dict[str, Any] = {"max_tokens": max_tokens}
        if json_schema is not None:
            kwargs["response_format"] = _response_format(json_schema)
        chat = self.chat  # load errors (ModelError) propagate: they are not bad outputs
        try:
            reply = chat.invoke(_as_tuples(messages), **kwargs)
        except ModelError as exc:
            raise LLMCallError(exc.message, exc.hint) from exc
        except Exception as exc:  # SDK errors: connection refused, HTTP 4xx/5xx, timeouts
            raise LLMCallError(f"{self.model} failed: {type(exc).__name__}: {exc}") from exc
        usage = getattr(reply, "usage_metadata", None) or {}
        return Completion(_content_text(reply.content), int(usage.get("output_tokens", 0)))

    def _stream(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        chat = self.chat
        try:
            for chunk in chat.stream(_as_tuples(messages), max_tokens=max_tokens):
                text = _content_text(chunk.content)
                if text:
                    yield text
        except ModelError as exc:
            raise LLMCallError(exc.message, exc.hint) from exc
        except Exception as exc:  # SDK errors, as in _complete
            raise LLMCallError(f"{self.model} failed: {type(exc).__name__}: {exc}") from exc


def _as_tuples(messages: list[Message]) -> list[tuple[str, str]]:
    return [(m.role, m.content) for m in messages]


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)


def _response_format(json_schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAI-style structured output; xllamacpp reads the same shape for constrained decoding."""
    name = re.sub(r"[^A-Za-z0-9_-]", "_", str(json_schema.get("title", "output")))
    return {
        "type": "json_schema",
        "json_schema": {"name": name, "schema": json_schema, "strict": False},
    }


class ScriptedLLM(LLM):
    """A fake model for tests: returns `responses` in order, through the real cache and checks.

    `requests` records what each call was sent (messages, schema, max_tokens). Running out of
    responses is an `LLMCallError`, like a provider failing.
    """

    def __init__(
        self, responses: list[str], cache_db: Path | None = None, model: str = "scripted"
    ) -> None:
        super().__init__(model, cache_db)
        self.responses = list(responses)
        self.requests: list[dict[str, Any]] = []

    def _complete(
        self, messages: list[Message], json_schema: dict[str, Any] | None, max_tokens: int
    ) -> Completion:
        self.requests.append(
            {"messages": messages, "schema": json_schema, "max_tokens": max_tokens}
        )
        if not self.responses:
            raise LLMCallError("scripted LLM has no responses left")
        text = self.responses.pop(0)
        return Completion(text, len(text.split()))

    def _stream(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        text = self._complete(messages, None, max_tokens).text
        yield from re.findall(r"\S+\s*|\s+", text)


# --- choosing a provider ----------------------------------------------------------------------


def get_llm(settings: Settings) -> LLM | None:
    """The LLM the settings name, or None for `none` (callers take their deterministic path)."""
    provider = settings.llm.strip().lower()
    if provider == "none":
        return None
    if provider == "local":
        return _local_llm(settings)
    if provider == "openai":
        return _openai_llm(settings)
    raise InputError(
        f"unknown LLM provider {settings.llm!r}", f"use one of: {', '.join(PROVIDERS)}"
    )


def _local_llm(settings: Settings) -> LLM:
    from verify.llm import local as llm_local

    model = llm_local.local_model(settings.local_model)

    def build() -> Any:  # threads are picked when the model loads, not when a cache hit serves
        return llm_local.build_chat_model(model.key, llm_local.pick_threads(settings.threads))

    return ChatModelLLM(model.label, settings.cache_db, build)


def _openai_llm(settings: Settings) -> LLM:
    import os

    key = os.environ.get(settings.openai_api_key_env) or "not-needed-for-local-servers"
    model = f"openai/{settings.openai_model}@{settings.openai_base_url}"

    def build() -> Any:
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=settings.openai_model,
            base_url=settings.openai_base_url,
            api_key=key,
            temperature=0,
            max_retries=1,
            timeout=300,
        )

    return ChatModelLLM(model, settings.cache_db, build)
