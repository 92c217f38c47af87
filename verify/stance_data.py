"""Labelled (premise, hypothesis, stance) pairs read from the shared data folder.

Training (`verify.stance_train`) and the benchmarks (`eval/make_stance_pairs.py`) both read the
sets through this module, so the Climate-FEVER claim split is one function used by both:
a claim is in the test split when its seeded hash falls in the lowest 20%.
Only the standard library is used here; nothing is copied out of the data folder.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from verify.errors import InputError
from verify.types import Stance

CLIMATE_FEVER_SPLIT_SEED = 2024
CLIMATE_FEVER_TEST_FRACTION = 0.2

_NLI_LABELS = {
    "entailment": Stance.SUPPORTS,
    "contradiction": Stance.REFUTES,
    "neutral": Stance.NEUTRAL,
    "not_entailment": Stance.NEUTRAL,
}
_CLIMATE_FEVER_LABELS = {
    "SUPPORTS": Stance.SUPPORTS,
    "REFUTES": Stance.REFUTES,
    "NOT_ENOUGH_INFO": Stance.NEUTRAL,
}
_FACTCHECK_GPT_LABELS = {
    "completely-support": Stance.SUPPORTS,
    "partially-support": Stance.SUPPORTS,
    "refute": Stance.REFUTES,
    "irrelevant": Stance.NEUTRAL,
}
_HEALTHVER_LABELS = {
    "supports": Stance.SUPPORTS,
    "refutes": Stance.REFUTES,
    "neutral": Stance.NEUTRAL,
}
_COVIDFACT_LABELS = {"SUPPORTED": Stance.SUPPORTS, "REFUTED": Stance.REFUTES}
_SCIFACT_LABELS = {"SUPPORT": Stance.SUPPORTS, "CONTRADICT": Stance.REFUTES}


@dataclass(frozen=True)
class Pair:
    """One labelled pair; `group` keys the claim, so splits never cut a claim in two."""

    premise: str
    hypothesis: str
    label: Stance
    source: str
    group: str

    def as_row(self) -> dict[str, str]:
        return {"premise": self.premise, "hypothesis": self.hypothesis, "label": self.label.value}


def _read_jsonl(path: Path) -> Iterator[dict]:
    if not path.is_file():
        raise InputError(
            f"missing data file {path}", "pass --data pointing at the shared data folder"
        )
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def seeded_fraction(key: str, seed: int) -> float:
    """A stable number in [0, 1) for `key`; independent of file order and Python's hash seed."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def climate_fever_is_test(claim_id: str) -> bool:
    """The held-out Climate-FEVER claims (20%, fixed seed); never trained on."""
    return seeded_fraction(claim_id, CLIMATE_FEVER_SPLIT_SEED) < CLIMATE_FEVER_TEST_FRACTION


def nli_pairs(data_dir: Path, name: str) -> list[Pair]:
    """SNLI / MNLI / SciTail / RTE rows. RTE keeps only entailment: its not_entailment rows mix
    contradiction and neutral, so they cannot be given one stance."""
    files = {
        "snli": "nli/snli/dev.jsonl",
        "mnli": "nli/mnli/dev_matched.jsonl",
        "scitail": "nli/scitail/test.jsonl",
        "rte": "nli/rte/train_dev.jsonl",
    }
    pairs = []
    for i, row in enumerate(_read_jsonl(data_dir / files[name])):
        label = _NLI_LABELS[row["label"]]
        if name == "rte" and label is not Stance.SUPPORTS:
            continue
        pairs.append(Pair(row["premise"], row["hypothesis"], label, name, f"{name}:{i}"))
    return pairs


def _scifact_corpus(data_dir: Path) -> dict[str, list[str]]:
    return {str(d["doc_id"]): d["abstract"] for d in _read_jsonl(data_dir / "scifact/corpus.jsonl")}


def scifact_pairs(data_dir: Path, split: str, seed: int = 0) -> list[Pair]:
    """SciFact oracle pairs: gold rationale sentences per evidence doc; NEI against cited abstracts.

    For `train`, NEI claims also get a random window of 1-3 abstract sentences (seeded), so the
    model sees short neutral passages as well as whole abstracts; train claims whose text is also
    a dev claim (upstream has two such duplicates) are left out so dev stays unseen.
    """
    corpus = _scifact_corpus(data_dir)
    rng = random.Random(seed)
    dev_texts = _scifact_claim_texts(data_dir, "dev") if split == "train" else set()
    pairs = []
    for claim in _read_jsonl(data_dir / f"scifact/claims_{split}.jsonl"):
        if _norm(claim["claim"]) in dev_texts:
            continue
        group = f"scifact:{claim['id']}"
        if claim["evidence"]:
            for doc_id, sets in claim["evidence"].items():
                ids = sorted({i for s in sets for i in s["sentences"]})
                premise = " ".join(corpus[doc_id][i] for i in ids)
                label = _SCIFACT_LABELS[sets[0]["label"]]
                pairs.append(Pair(premise, claim["claim"], label, "scifact", group))
            continue
        for doc_id in claim["cited_doc_ids"]:
            abstract = corpus[str(doc_id)]
            pairs.append(Pair(" ".join(abstract), claim["claim"], Stance.NEUTRAL, "scifact", group))
            if split == "train" and abstract:
                start = rng.randrange(len(abstract))
                window = abstract[start : start + rng.randint(1, 3)]
                pairs.append(
                    Pair(" ".join(window), claim["claim"], Stance.NEUTRAL, "scifact", group)
                )
    return pairs


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _scifact_claim_texts(data_dir: Path, split: str) -> set[str]:
    return {_norm(c["claim"]) for c in _read_jsonl(data_dir / f"scifact/claims_{split}.jsonl")}


def climate_fever_pairs(data_dir: Path, test: bool) -> list[Pair]:
    """Per-evidence Climate-FEVER pairs of the test split (`test=True`) or of the rest."""
    pairs = []
    for claim in _read_jsonl(data_dir / "climate-fever/climate-fever.jsonl"):
        if climate_fever_is_test(str(claim["claim_id"])) != test:
            continue
        group = f"climate-fever:{claim['claim_id']}"
        for ev in claim["evidences"]:
            label = _CLIMATE_FEVER_LABELS[ev["evidence_label"]]
            pairs.append(Pair(ev["evidence"], claim["claim"], label, "climate-fever", group))
    return pairs


def factcheck_gpt_pairs(data_dir: Path) -> list[Pair]:
    path = data_dir / "factcheck-gpt/subtasks/subtask3_claim_evidence_stance.jsonl"
    return [
        Pair(
            row["evidence"],
            row["claim"],
            _FACTCHECK_GPT_LABELS[row["stance"]],
            "factcheck-gpt",
            f"factcheck-gpt:{row['claim']}",
        )
        for row in _read_jsonl(path)
    ]


def healthver_pairs(data_dir: Path) -> list[Pair]:
    pairs = []
    for name in ("healthver_dev.csv", "healthver_test.csv"):
        with (data_dir / "healthver" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                label = _HEALTHVER_LABELS[row["label"].strip().lower()]
                group = f"healthver:{row['claim'].strip()}"
                pairs.append(Pair(row["evidence"], row["claim"].strip(), label, "healthver", group))
    return pairs


def covidfact_pairs(data_dir: Path) -> list[Pair]:
    """COVID-Fact: its REFUTED claims are machine-made counter-claims of true ones."""
    return [
        Pair(
            " ".join(row["evidence"]),
            row["claim"],
            _COVIDFACT_LABELS[row["label"]],
            "covidfact",
            f"covidfact:{row['claim']}",
        )
        for row in _read_jsonl(data_dir / "covidfact/COVIDFACT_dataset.jsonl")
    ]


def training_sources(data_dir: Path, seed: int) -> dict[str, list[Pair]]:
    """Every set in the shipped model's mix; never SciFact dev, Climate-FEVER test, ANLI, XNLI."""
    return {
        "mnli": nli_pairs(data_dir, "mnli"),
        "snli": nli_pairs(data_dir, "snli"),
        "scitail": nli_pairs(data_dir, "scitail"),
        "rte": nli_pairs(data_dir, "rte"),
        "scifact": scifact_pairs(data_dir, "train", seed),
        "climate-fever": climate_fever_pairs(data_dir, test=False),
        "factcheck-gpt": factcheck_gpt_pairs(data_dir),
        "healthver": healthver_pairs(data_dir),
        "covidfact": covidfact_pairs(data_dir),
    }


def benchmark_pairs(data_dir: Path) -> dict[str, list[Pair]]:
    """The two stance benchmarks: SciFact dev (oracle) and the Climate-FEVER held-out claims."""
    return {
        "scifact_dev_oracle": scifact_pairs(data_dir, "dev"),
        "climate_fever_test": climate_fever_pairs(data_dir, test=True),
    }
