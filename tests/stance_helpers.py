"""A tiny BERT cross-encoder for stance tests: built in seconds, reuses the MiniLM tokenizer."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
)


def make_tiny_base(folder: Path, seed: int = 0) -> Path:
    """A 2-layer, 16-wide BertModel saved like the installed MiniLM (keys without `bert.`)."""
    import torch
    from transformers import BertConfig, BertModel

    from verify.judge.stance import base_model_dir

    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=30522,
        hidden_size=16,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=256,
    )
    BertModel(config).save_pretrained(str(folder))
    for name in TOKENIZER_FILES:
        shutil.copy(base_model_dir() / name, folder / name)
    return folder


def make_tiny_classifier(
    base: Path, id2label: dict[int, str] | None = None, bias: list[float] | None = None
) -> Any:
    """A 3-label classifier on the tiny base; `bias` with zero weights fixes its prediction."""
    import torch
    from transformers import AutoModelForSequenceClassification

    kwargs: dict[str, Any] = {"num_labels": 3}
    if id2label:
        kwargs["id2label"] = id2label
        kwargs["label2id"] = {v: k for k, v in id2label.items()}
    model = AutoModelForSequenceClassification.from_pretrained(str(base), **kwargs)
    if bias is not None:
        with torch.no_grad():
            model.classifier.weight.zero_()
            model.classifier.bias.copy_(torch.tensor(bias))
    return model.eval()


def save_hf_folder(model: Any, base: Path, folder: Path) -> Path:
    model.save_pretrained(str(folder))
    for name in TOKENIZER_FILES:
        shutil.copy(base / name, folder / name)
    return folder
