"""verify: offline claim verification over a local corpus of articles.

The public API is re-exported here lazily, so `import verify` (and `verify --help`) stays fast:
heavy libraries (torch, chromadb, langchain) load only inside the code that needs them.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

# Offline by construction: set before any Hugging Face / Chroma library can be imported.
for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
    "DO_NOT_TRACK": "1",
}.items():
    os.environ.setdefault(_key, _value)

__version__ = "0.1.0"

# name -> module that defines it
_EXPORTS = {
    "VerifyError": "verify.errors",
    "Settings": "verify.config",
    "get_settings": "verify.config",
    "Source": "verify.types",
    "Chunk": "verify.types",
    "Passage": "verify.types",
    "Claim": "verify.types",
    "ClaimCheck": "verify.types",
    "Evidence": "verify.types",
    "VerdictResult": "verify.types",
    "Report": "verify.types",
    "Answer": "verify.types",
    "Stance": "verify.types",
    "Verdict": "verify.types",
    "ClaimKind": "verify.types",
    "Writer": "verify.types",
    "SummaryWriter": "verify.types",
    "LOCAL_MODELS": "verify.llm.local",
    "StanceScore": "verify.types",
    "StanceModel": "verify.judge.stance",
    "load_stance_model": "verify.judge.stance",
    "train_stance": "verify.training.train",
    "evaluate_stance": "verify.evaluation.stance_pairs",
    "run_suite": "verify.evaluation.registry",
    "open_store": "verify.corpus.store",
    "Store": "verify.corpus.store",
    "ingest_paths": "verify.corpus.ingest",
    "sentence_spans": "verify.corpus.chunk",
    "chunk_source": "verify.corpus.chunk",
    "clean_text": "verify.corpus.clean",
    "clean_html": "verify.corpus.clean",
    "load_prompt": "verify.llm.prompts",
    "get_llm": "verify.llm",
    "ScriptedLLM": "verify.llm",
    "extract_claims": "verify.write.claims",
    "load_source": "verify.write.claims",
    "detect_injection": "verify.write.injection",
    "aggregate": "verify.judge.verdict",
    "check_sentence_citations": "verify.write.citations",
    "pick_quote": "verify.write.citations",
    "Checker": "verify.judge.check",
    "check_claim": "verify.judge.check",
    "answer_question": "verify.write.ask",
    "Asker": "verify.write.ask",
    "summarize": "verify.write.summarize",
    "run_report": "verify.pipeline",
    "render_report": "verify.pipeline",
    "render_markdown": "verify.render",
    "render_json": "verify.render",
    "render_html": "verify.render",
    "report_page": "verify.render.pages",
    "Service": "verify.serve.service",
    "create_app": "verify.serve.web",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'verify' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = sorted(_EXPORTS)
