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
    "LOCAL_MODELS": "verify.llm_local",
    "StanceScore": "verify.types",
    "StanceModel": "verify.stance",
    "load_stance_model": "verify.stance",
    "train_stance": "verify.stance_train",
    "evaluate_stance": "verify.evaluation.stance_pairs",
    "run_suite": "verify.evaluation.registry",
    "open_store": "verify.store",
    "Store": "verify.store",
    "ingest_paths": "verify.ingest",
    "sentence_spans": "verify.chunk",
    "chunk_source": "verify.chunk",
    "clean_text": "verify.clean",
    "clean_html": "verify.clean",
    "load_prompt": "verify.prompts",
    "get_llm": "verify.llm",
    "ScriptedLLM": "verify.llm",
    "extract_claims": "verify.claims",
    "load_source": "verify.claims",
    "detect_injection": "verify.injection",
    "aggregate": "verify.verdict",
    "check_sentence_citations": "verify.citations",
    "pick_quote": "verify.citations",
    "Checker": "verify.check",
    "check_claim": "verify.check",
    "answer_question": "verify.ask",
    "Asker": "verify.ask",
    "summarize": "verify.summarize",
    "run_report": "verify.pipeline",
    "render_report": "verify.pipeline",
    "render_markdown": "verify.render",
    "render_json": "verify.render",
    "render_html": "verify.render",
    "report_page": "verify.pages",
    "Service": "verify.serve",
    "create_app": "verify.web",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'verify' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = sorted(_EXPORTS)
