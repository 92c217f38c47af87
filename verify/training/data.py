"""Labelled (premise, hypothesis, stance) pairs read from the shared data folder.

Training (`verify.training.train`) and the benchmarks (`eval/make_stance_pairs.py`) both read the
sets through this module, so the Climate-FEVER claim split is one function used by both:
a claim is in the test split when its seeded hash falls in the lowest 20%.
Only the standard library is used here; nothing is copied out of the data folder.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from verify.errors import InputError
from verify.text import content_words
from verify.types import Stance

# The labelled claim-evidence sets (not NLI, not derived, not news): the calibration split holds
# out claims of these, and `flips` is made from their SUPPORTS pairs.
CLAIM_EVIDENCE = ("scifact", "climate-fever", "factcheck-gpt", "healthver", "covidfact")
CLIMATE_FEVER_SPLIT_SEED = 2024
CLIMATE_FEVER_TEST_FRACTION = 0.2
NEWS_SPLIT_SEED = 2027
NEWS_TEST_FRACTION = 0.2

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


def _require_file(path: Path) -> Path:
    if not path.is_file():
        raise InputError(
            f"missing data file {path}", "pass --data pointing at the shared data folder"
        )
    return path


def _read_jsonl(path: Path) -> Iterator[dict]:
    with _require_file(path).open(encoding="utf-8") as handle:
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


# A figure standing on its own: "7,800,000", "61.5", "1889"; not the 19 of "COVID-19".
_NUMBER = re.compile(
    r"(?<![\w.,/-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,/-]?\d)"
    r"|(?<![\w.,/-])\d+(?:\.\d+)?(?![\w/-]|[.,]\d)"
)
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_WORD = re.compile(r"[a-z][a-z0-9-]+")  # in lower-cased text
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "and",
        "or",
        "to",
        "for",
        "with",
        "by",
        "from",
        "at",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "that",
        "this",
        "these",
        "those",
        "as",
        "it",
        "its",
        "not",
        "no",
        "than",
        "more",
        "less",
        "can",
        "may",
        "has",
        "have",
        "had",
        "which",
        "who",
        "whom",
        "into",
        "their",
        "there",
        "but",
        "also",
        "both",
        "such",
    ]
)


def _words(text: str) -> set[str]:
    """The content words the derived pairs were built with: `_STOP` and `_WORD` on lower-cased
    text, plurals kept (the shared defaults would change the training mixes)."""
    return content_words(text.lower(), _STOP, _WORD, singular=False)


def _other_number(text: str, rng: random.Random) -> str:
    """A different number of the same shape: years move by 2-40, counts scale or shift."""
    plain = text.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    value = float(plain)
    if decimals == 0 and 1000 <= value <= 2100 and "," not in text:
        new = value + rng.choice((-1, 1)) * rng.randint(2, 40)
    elif value == 0:
        new = float(rng.randint(1, 9))
    else:
        new = value * rng.choice((0.5, 2, 3, 5, 10)) if value > 3 else value + rng.randint(2, 9)
    if decimals == 0:
        new = round(new)
        if new == value:
            new += 1
        return f"{new:,}" if "," in text else str(new)
    return f"{new:.{decimals}f}"


def perturb_numbers(pairs: list[Pair], seed: int, source: str = "numbers") -> list[Pair]:
    """REFUTES pairs made from SUPPORTS pairs: a number or month the claim shares with its
    evidence is changed in the claim (so the evidence now states a different figure or date)."""
    rng = random.Random(seed)
    out = []
    for pair in pairs:
        if pair.label is not Stance.SUPPORTS:
            continue
        premise_numbers = {m.group() for m in _NUMBER.finditer(pair.premise)}
        premise_months = set(_MONTH.findall(pair.premise))
        spans = [m for m in _NUMBER.finditer(pair.hypothesis) if m.group() in premise_numbers]
        spans += [m for m in _MONTH.finditer(pair.hypothesis) if m.group() in premise_months]
        if not spans:
            continue
        match = rng.choice(spans)
        old = match.group()
        if old in _MONTHS:
            new = rng.choice([m for m in _MONTHS if m != old and m not in premise_months])
        else:
            new = _other_number(old, rng)
            if new in premise_numbers:
                continue
        claim = pair.hypothesis[: match.start()] + new + pair.hypothesis[match.end() :]
        out.append(Pair(pair.premise, claim, Stance.REFUTES, source, pair.group))
    return out


# Direction words and their opposites, for `flip_claim`: whole words, looked up in lower case;
# the replacement keeps the first letter's case. Not all pairs are symmetric ("reduces" ->
# "increases", but "increases" -> "decreases").
_OPPOSITES = {
    "increase": "decrease",
    "increases": "decreases",
    "increased": "decreased",
    "increasing": "decreasing",
    "decrease": "increase",
    "decreases": "increases",
    "decreased": "increased",
    "decreasing": "increasing",
    "reduce": "increase",
    "reduces": "increases",
    "reduced": "increased",
    "reducing": "increasing",
    "higher": "lower",
    "lower": "higher",
    "more": "less",
    "less": "more",
    "fewer": "more",
    "greater": "smaller",
    "larger": "smaller",
    "smaller": "larger",
    "better": "worse",
    "worse": "better",
    "improves": "worsens",
    "improved": "worsened",
    "improve": "worsen",
    "worsens": "improves",
    "promotes": "inhibits",
    "promote": "inhibit",
    "promoted": "inhibited",
    "inhibits": "promotes",
    "inhibit": "promote",
    "inhibited": "promoted",
    "enhances": "impairs",
    "enhance": "impair",
    "enhanced": "impaired",
    "impairs": "enhances",
    "impaired": "enhanced",
    "raises": "lowers",
    "raise": "lower",
    "raised": "lowered",
    "lowers": "raises",
    "positive": "negative",
    "negative": "positive",
    "positively": "negatively",
    "negatively": "positively",
    "beneficial": "harmful",
    "harmful": "beneficial",
    "rise": "fall",
    "rises": "falls",
    "rising": "falling",
    "falls": "rises",
    "upregulates": "downregulates",
    "downregulates": "upregulates",
    "upregulated": "downregulated",
    "downregulated": "upregulated",
    "upregulation": "downregulation",
    "downregulation": "upregulation",
    "accelerates": "slows",
    "slows": "accelerates",
    "stimulates": "suppresses",
    "suppresses": "stimulates",
    "suppressed": "stimulated",
    "activates": "inhibits",
    "activated": "inhibited",
    "effective": "ineffective",
    "ineffective": "effective",
    "stronger": "weaker",
    "weaker": "stronger",
    "strengthens": "weakens",
    "weakens": "strengthens",
    "warmer": "cooler",
    "cooler": "warmer",
    "above": "below",
    "below": "above",
    "most": "least",
    "least": "most",
    "safe": "unsafe",
    "unsafe": "safe",
    "success": "failure",
    "successful": "unsuccessful",
    "gain": "loss",
    "gains": "losses",
    "expand": "shrink",
    "expands": "shrinks",
    "growing": "shrinking",
    "grows": "shrinks",
    "earlier": "later",
    "later": "earlier",
    "majority": "minority",
}
_OPPOSITE = re.compile(r"\b(" + "|".join(sorted(_OPPOSITES, key=len, reverse=True)) + r")\b", re.I)
# An auxiliary to negate ("is" -> "is not"), or a negation to drop ("is not" -> "is").
_NEGATED = re.compile(
    r"\b(is|are|was|were|can|could|will|would|should|may|might|must|does|do|did"
    r"|has|have|had)( not|n't)\b|\bcannot\b",
    re.I,
)
_AUXILIARY = re.compile(r"\b(is|are|was|were|can|could|will|would|should|may|might|must)\b(?! not)")


def _with_case(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def flip_claim(claim: str, rng: random.Random) -> str | None:
    """The claim turned into its opposite, or None when no rule applies: a direction word
    swapped for its opposite ("increases" -> "decreases"), else a negation dropped ("does not
    cause" -> "does cause") or added to the first auxiliary ("is linked" -> "is not linked")."""
    spans = list(_OPPOSITE.finditer(claim))
    if spans:
        match = rng.choice(spans)
        new = _with_case(_OPPOSITES[match.group().lower()], match.group())
        return claim[: match.start()] + new + claim[match.end() :]
    negated = _NEGATED.search(claim)
    if negated:
        new = "can" if negated.group().lower() == "cannot" else negated.group(1)
        return claim[: negated.start()] + _with_case(new, negated.group()) + claim[negated.end() :]
    auxiliary = _AUXILIARY.search(claim)
    if auxiliary:
        return claim[: auxiliary.end()] + " not" + claim[auxiliary.end() :]
    return None


def flip_claims(pairs: list[Pair], seed: int, source: str = "flips") -> list[Pair]:
    """REFUTES pairs made from SUPPORTS pairs by turning the claim into its opposite
    (`flip_claim`): the direction swaps SciFact's contradicted claims are made of, which
    version 2 read as support ("ALDH1 expression is associated with better outcomes" against
    "correlated with poor prognosis")."""
    rng = random.Random(seed)
    out = []
    for pair in pairs:
        if pair.label is not Stance.SUPPORTS:
            continue
        claim = flip_claim(pair.hypothesis, rng)
        if claim is not None and claim != pair.hypothesis:
            out.append(Pair(pair.premise, claim, Stance.REFUTES, source, pair.group))
    return out


def scifact_hard_pairs(data_dir: Path, seed: int) -> list[Pair]:
    """Topical pairs the model must not read as support (SciFact train only):

    - NEUTRAL: 1-3 consecutive sentences of a cited abstract holding no rationale sentence;
    - NEUTRAL: the rationale of the most word-sharing *other* claim (a different paper);
    - the claim's own label: its rationale inside one or two sentences of context (long passages
      that decide through one sentence, as retrieved chunks do).
    """
    corpus = _scifact_corpus(data_dir)
    rng = random.Random(seed)
    dev_texts = _scifact_claim_texts(data_dir, "dev")
    claims = [
        c
        for c in _read_jsonl(data_dir / "scifact/claims_train.jsonl")
        if c["evidence"] and _norm(c["claim"]) not in dev_texts
    ]
    rationales = []  # (claim index, doc id, rationale text)
    pairs = []
    for k, claim in enumerate(claims):
        group = f"scifact:{claim['id']}"
        for doc_id, sets in claim["evidence"].items():
            abstract = corpus[doc_id]
            ids = sorted({i for s in sets for i in s["sentences"]})
            label = _SCIFACT_LABELS[sets[0]["label"]]
            rationales.append((k, doc_id, " ".join(abstract[i] for i in ids)))
            lo = max(0, ids[0] - rng.randint(0, 2))
            hi = min(len(abstract), ids[-1] + 1 + rng.randint(0, 2))
            if hi - lo > len(ids):
                pairs.append(
                    Pair(" ".join(abstract[lo:hi]), claim["claim"], label, "scifact-hard", group)
                )
            free = [i for i in range(len(abstract)) if i not in ids]
            for _ in range(2):
                if not free:
                    break
                start = rng.choice(free)
                window = [start]
                for j in range(start + 1, start + rng.randint(1, 3)):
                    if j in free:
                        window.append(j)
                    else:
                        break
                premise = " ".join(abstract[i] for i in window)
                pairs.append(Pair(premise, claim["claim"], Stance.NEUTRAL, "scifact-hard", group))
    words = [_words(c["claim"]) for c in claims]
    for k, claim in enumerate(claims):
        docs = set(claim["evidence"]) | {str(d) for d in claim["cited_doc_ids"]}
        best, best_overlap = None, 0.0
        for other, doc_id, text in rationales:
            if other == k or doc_id in docs:
                continue
            union = words[k] | words[other]
            overlap = len(words[k] & words[other]) / len(union) if union else 0.0
            if overlap > best_overlap:
                best, best_overlap = text, overlap
        if best is not None and best_overlap > 0:
            group = f"scifact:{claim['id']}"
            pairs.append(Pair(best, claim["claim"], Stance.NEUTRAL, "scifact-hard", group))
    return pairs


def climate_fever_cross_pairs(data_dir: Path) -> list[Pair]:
    """NEUTRAL: a train claim against the stance-taking evidence of the most word-sharing other
    train claim, kept only when the two claims share some but not most words (overlap 0.1-0.4),
    so near-duplicate claims (whose evidence may well bear on each other) are left out."""
    claims = [
        c
        for c in _read_jsonl(data_dir / "climate-fever/climate-fever.jsonl")
        if not climate_fever_is_test(str(c["claim_id"]))
    ]
    words = [_words(c["claim"]) for c in claims]
    pairs = []
    for k, claim in enumerate(claims):
        scored = []
        for other in range(len(claims)):
            if other == k:
                continue
            union = words[k] | words[other]
            scored.append((len(words[k] & words[other]) / len(union) if union else 0.0, other))
        overlap, other = max(scored)
        if not 0.1 <= overlap <= 0.4:
            continue
        for ev in claims[other]["evidences"]:
            if ev["evidence_label"] != "NOT_ENOUGH_INFO":
                group = f"climate-fever:{claim['claim_id']}"
                pairs.append(
                    Pair(ev["evidence"], claim["claim"], Stance.NEUTRAL, "cf-cross", group)
                )
                break
    return pairs


def training_sources(data_dir: Path, seed: int) -> dict[str, list[Pair]]:
    """Every set the mixes may draw on; never SciFact dev, Climate-FEVER test, ANLI, XNLI.

    `numbers` is derived: SUPPORTS pairs of the claim-evidence sets and NLI entailments whose
    shared number or month is changed in the claim, labelled REFUTES."""
    sources = {
        "mnli": nli_pairs(data_dir, "mnli"),
        "snli": nli_pairs(data_dir, "snli"),
        "scitail": nli_pairs(data_dir, "scitail"),
        "rte": nli_pairs(data_dir, "rte"),
        "scifact": scifact_pairs(data_dir, "train", seed),
        "climate-fever": climate_fever_pairs(data_dir, test=False),
        "factcheck-gpt": factcheck_gpt_pairs(data_dir),
        "healthver": healthver_pairs(data_dir),
        "covidfact": covidfact_pairs(data_dir),
        "scifact-hard": scifact_hard_pairs(data_dir, seed),
        "cf-cross": climate_fever_cross_pairs(data_dir),
    }
    supports = [p for name, pairs in sources.items() for p in pairs if name != "scifact-hard"]
    sources["numbers"] = perturb_numbers(supports, seed)
    # after `numbers`, so the sets mixes v1 and v2 draw on stay as they were
    sources["liar-plus"] = liar_plus_pairs(data_dir, test=False)
    sources["summac"] = summac_pairs(data_dir, test=False)
    sources["flips"] = flip_claims([p for n in CLAIM_EVIDENCE for p in sources[n]], seed)
    return sources


def benchmark_pairs(data_dir: Path) -> dict[str, list[Pair]]:
    """The stance benchmarks: SciFact dev (oracle), the Climate-FEVER held-out claims, and the
    held-out fifth of the two news sets (LIAR-PLUS justifications, SummaC summaries)."""
    return {
        "scifact_dev_oracle": scifact_pairs(data_dir, "dev"),
        "climate_fever_test": climate_fever_pairs(data_dir, test=True),
        "news_test": liar_plus_pairs(data_dir, test=True) + summac_pairs(data_dir, test=True),
    }


def news_is_test(group: str) -> bool:
    """The news sets' claim split: a claim is test when its seeded hash is in the lowest 20%."""
    return seeded_fraction(group, NEWS_SPLIT_SEED) < NEWS_TEST_FRACTION


_LIAR_LABELS = {
    "true": Stance.SUPPORTS,
    "mostly-true": Stance.SUPPORTS,
    "false": Stance.REFUTES,
    "pants-fire": Stance.REFUTES,
}


def liar_plus_pairs(data_dir: Path, test: bool) -> list[Pair]:
    """PolitiFact statements against the fact-checker's justification passage: true and
    mostly-true as SUPPORTS, false and pants-fire as REFUTES; half-true and barely-true left out
    (the passage argues both ways)."""
    pairs = []
    for split in ("val2", "test2"):
        for row in _read_jsonl(data_dir / f"liar-plus/{split}.jsonl"):
            label = _LIAR_LABELS.get(str(row.get("label", "")).strip())
            premise, claim = str(row.get("justification") or "").strip(), str(row["claim"]).strip()
            group = f"liar-plus:{row.get('json_file_id') or split + str(row['id'])}"
            if label and premise and claim and news_is_test(group) == test:
                pairs.append(Pair(premise, claim, label, "liar-plus", group))
    return pairs


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SUMMAC_PREMISE_SENTENCES = 2


def summac_pairs(data_dir: Path, test: bool) -> list[Pair]:
    """News-summary sentences against the article sentences sharing most words with them
    (at most two, in article order): consistent as SUPPORTS; inconsistent as NEUTRAL, since an
    unfaithful summary is mostly not backed by a passage on its topic rather than contradicted
    by it. These are the news-domain hard negatives the topical-support failure calls for."""
    pairs = []
    for name in ("factcc", "polytope", "summeval", "xsumfaith"):
        path = _require_file(data_dir / f"summac-subset/{name}.json")
        rows = json.loads(path.read_text(encoding="utf-8"))
        for key, row in rows.items() if isinstance(rows, dict) else enumerate(rows):
            claim, document = str(row.get("claim", "")).strip(), str(row.get("document", ""))
            group = f"summac:{name}:{key}"
            if not claim or not document.strip() or news_is_test(group) != test:
                continue
            words = _words(claim)
            sentences = [t.strip() for t in _SENTENCE_END.split(document) if t.strip()]
            ranked = sorted(
                range(len(sentences)),
                key=lambda i: -len(words & _words(sentences[i])),
            )[:SUMMAC_PREMISE_SENTENCES]
            premise = " ".join(sentences[i] for i in sorted(ranked))
            label = Stance.SUPPORTS if str(row.get("label")) == "1" else Stance.NEUTRAL
            pairs.append(Pair(premise, claim, label, "summac", group))
    return pairs
