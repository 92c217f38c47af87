"""The `perturb` suite: gold SUPPORTED claims with one fact changed by rule, and a known label.

From each gold SUPPORTED claim (the seeds gold set, SciFact dev, Climate-FEVER held-out), rules
make variants (`variants`), each checked against the claim's own corpus:

* a number, a date, a place, a person or an organisation swapped for another of the same type
  drawn from the same corpus, a negation added or removed, the main verb (or a direction word:
  higher / lower) replaced by its opposite -> REFUTED;
* a fact that no document of the corpus states added (a place, a year) -> NOT_ENOUGH_EVIDENCE;
* the original, unchanged -> SUPPORTED.

The generator is seeded (`--seed`), so a rerun makes the same variants;
`python eval/make_perturbations.py` writes them to a file to read. The rules are crude on
purpose and some variants are not false (a city swapped for one that is also right): the labels
are those of the rule (what spaCy mistypes is not swapped in: a "date" with no year, month or
weekday, a "name" with no capital letter), and the scorecard reports per kind of change what
share came out SUPPORTED, REFUTED or CONFLICTING, and NOT_ENOUGH_EVIDENCE. The verb swaps use
the opposites that `verify.judge.align` knows, so that kind measures the alignment's rules, not
its coverage of English.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verify.errors import InputError
from verify.evaluation.harness import (
    Suite,
    SuiteOptions,
    SuiteRun,
    VerdictItem,
    check_items,
    data_option,
    k_option,
    limit_option,
    record_verdicts,
    resume_option,
    seed_option,
)
from verify.evaluation.normalized import Doc, Progress, doc_text
from verify.evaluation.scorecard import Scorecard

if TYPE_CHECKING:
    from verify.config import Settings


class Change(StrEnum):
    ORIGINAL = "original"
    NUMBER = "number"
    DATE = "date"
    PLACE = "place"
    PERSON = "person"
    ORGANISATION = "organisation"
    NEGATION = "negation"
    VERB = "verb"
    ADDED = "added"


CHANGED = frozenset(Change) - {Change.ORIGINAL, Change.ADDED}
LABEL = {Change.ORIGINAL: "SUPPORTED", Change.ADDED: "NOT_ENOUGH_EVIDENCE"}
TARGETS = {
    "changed_supported_max": 0.10,
    "changed_refuted_min": 0.60,
    "original_supported_min": 0.75,
    "added_nee_min": 0.80,
}
_ENTITY_CHANGE = {
    "GPE": Change.PLACE,
    "LOC": Change.PLACE,
    "PERSON": Change.PERSON,
    "ORG": Change.ORGANISATION,
}
_DATE_WORDS = re.compile(
    r"\b(?:1[5-9]\d\d|2[01]\d\d)s?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
_ADDED_PLACES = ("Reykjavik", "Ulaanbaatar", "Tasmania", "Lake Titicaca", "Nunavut", "Tbilisi")
_ADDED_YEARS = ("1911", "1887", "1923", "1869")
_AUX_NOT = re.compile(
    r"^(is|are|was|were|has|have|had|can|could|will|would|may|might|should|do|does|did)$"
)


@dataclass(frozen=True)
class Variant:
    id: str
    origin: str
    corpus: str
    change: Change
    claim: str
    label: str
    what: str = ""
    """The change, e.g. 'Syria -> Iraq'."""


@dataclass
class Pools:
    """Facts of one corpus to swap in: entity texts by spaCy label, dates, numbers, words."""

    entities: dict[str, list[str]] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    vocabulary: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, texts: Iterable[str], limit: int = 400) -> Pools:
        """Pools from a corpus's texts (the first `limit` are parsed; every word is known)."""
        from verify.judge.align import parse, words

        pools = cls()
        for number, text in enumerate(texts):
            pools.vocabulary.update(words(text))
            if number >= limit:
                continue
            doc = parse(text[:3000])
            for ent in doc.ents:
                if ent.label_ in _ENTITY_CHANGE and _a_name(ent):
                    pools.entities.setdefault(ent.label_, []).append(ent.text)
                elif ent.label_ == "DATE" and _a_date(ent.text):
                    pools.dates.append(ent.text)
            pools.numbers += [t.text for t in doc if t.like_num and re.fullmatch(r"\d+", t.text)]
        for key, values in pools.entities.items():
            pools.entities[key] = sorted(set(values))
        pools.dates, pools.numbers = sorted(set(pools.dates)), sorted(set(pools.numbers))
        return pools


def _a_name(ent: Any) -> bool:
    """An entity spaCy typed that reads as a name: a capitalised word or an acronym in it, and no
    section heading ("BACKGROUND Pleurocidin") or lower-case word alone ("fidelity" as ORG)."""
    if any(t.is_upper and t.is_alpha and len(t) > 6 for t in ent):
        return False  # an abstract's section heading run into the name
    return any(t.text[:1].isupper() for t in ent)


def _a_date(text: str) -> bool:
    """A date spaCy typed that is one: a year, a month or a weekday in it (not "0.54–3.96 °F")."""
    return bool(_DATE_WORDS.search(text)) and not re.search(r"\d[.,]\d", text)


def variants(claim_id: str, claim: str, corpus: str, pools: Pools, seed: int) -> list[Variant]:
    """The original and its rule-made variants (at most one per kind of change)."""
    from verify.judge.align import parse

    rng = random.Random(f"{seed}:{claim_id}")
    doc = parse(claim)
    made = [(Change.ORIGINAL, claim, "")]
    made += _entity_swaps(doc, pools, rng)
    made += [m for m in (_number_swap(doc, pools, rng), _date_swap(doc, pools, rng)) if m]
    made += [m for m in (_negation(doc), _opposite(doc), _added(claim, pools, rng)) if m]
    out = []
    for change, text, what in made:
        label = LABEL.get(change, "REFUTED")
        out.append(Variant(f"{claim_id}:{change}", claim_id, corpus, change, text, label, what))
    return out


def _replace(doc: Any, start: int, end: int, new: str) -> str:
    """The text with tokens [start, end) replaced by `new` (spacing kept)."""
    head = doc[:start].text_with_ws if start else ""
    tail = doc[end - 1].whitespace_ + doc[end:].text_with_ws if end < len(doc) else ""
    if new.endswith(".") and tail.startswith("."):
        tail = tail[1:]
    return " ".join(f"{head}{new}{tail}".split())


def _entity_swaps(doc: Any, pools: Pools, rng: random.Random) -> list[tuple[Change, str, str]]:
    out: list[tuple[Change, str, str]] = []
    done: set[Change] = set()
    for ent in doc.ents:
        change = _ENTITY_CHANGE.get(ent.label_)
        if change is None or change in done or not _a_name(ent):
            continue
        own = {e.text.lower() for e in doc.ents}
        choices = [e for e in pools.entities.get(ent.label_, []) if e.lower() not in own]
        choices = [e for e in choices if not _overlaps(e, ent.text)]
        if not choices:
            continue
        new = rng.choice(choices)
        out.append((change, _replace(doc, ent.start, ent.end, new), f"{ent.text} -> {new}"))
        done.add(change)
    return out


def _overlaps(a: str, b: str) -> bool:
    """Two names that share a word or where one is the other's acronym (SDF)."""
    wa, wb = a.lower().replace(".", "").split(), b.lower().replace(".", "").split()
    initials = ("".join(w[0] for w in wa if w != "the"), "".join(w[0] for w in wb if w != "the"))
    return bool(set(wa) & set(wb)) or "".join(wb) == initials[0] or "".join(wa) == initials[1]


def _number_swap(doc: Any, pools: Pools, rng: random.Random) -> tuple[Change, str, str] | None:
    from verify.judge.align import number_value

    for token in doc:
        if not token.like_num or token.ent_type_ in ("DATE", "TIME", "ORDINAL"):
            continue
        value = number_value(token.text)
        if value is None:
            continue
        choices = [n for n in pools.numbers if float(n) != value]
        new = rng.choice(choices) if choices else str(int(value) * 10 + 7)
        return Change.NUMBER, _replace(doc, token.i, token.i + 1, new), f"{token.text} -> {new}"
    return None


def _date_swap(doc: Any, pools: Pools, rng: random.Random) -> tuple[Change, str, str] | None:
    from verify.judge.align import date_key

    for ent in doc.ents:
        if ent.label_ != "DATE" or not _a_date(ent.text):
            continue
        key = date_key(ent.text)
        parts = {p.split("=")[0] for p in key.split()}
        if not parts:
            continue
        choices = [
            d
            for d in pools.dates
            if {p.split("=")[0] for p in date_key(d).split()} == parts and date_key(d) != key
        ]
        if choices:
            new = rng.choice(choices)
            return Change.DATE, _replace(doc, ent.start, ent.end, new), f"{ent.text} -> {new}"
    return None


def _main_verb(doc: Any) -> Any | None:
    roots = [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    return roots[0] if roots else None


def _negation(doc: Any) -> tuple[Change, str, str] | None:
    """'X did not do Y' from 'X did Y', and the other way round."""
    from lemminflect import getInflection

    verb = _main_verb(doc)
    if verb is None:
        return None
    negs = [c for c in verb.children if c.dep_ == "neg"]
    if negs:
        neg = negs[0]
        return (
            Change.NEGATION,
            _replace(doc, neg.i, neg.i + 1, "").replace("  ", " "),
            "negation removed",
        )
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and _AUX_NOT.match(c.lower_)]
    if verb.lemma_ == "be" or (verb.pos_ == "AUX" and _AUX_NOT.match(verb.lower_)):
        return Change.NEGATION, _replace(doc, verb.i, verb.i + 1, f"{verb.text} not"), "not added"
    if auxes:
        aux = auxes[0]
        return Change.NEGATION, _replace(doc, aux.i, aux.i + 1, f"{aux.text} not"), "not added"
    do = {"VBZ": "does", "VBD": "did", "VBP": "do"}.get(verb.tag_)
    if do is None:
        return None
    base = getInflection(verb.lemma_, tag="VB") or (verb.lemma_,)
    return Change.NEGATION, _replace(doc, verb.i, verb.i + 1, f"{do} not {base[0]}"), "not added"


def _opposite(doc: Any) -> tuple[Change, str, str] | None:
    """The main verb, or a direction word (higher, increased), replaced by its opposite."""
    from lemminflect import getInflection

    from verify.judge.align import SUITE_OPPOSITES as OPPOSITES

    verb = _main_verb(doc)
    candidates = [verb] if verb is not None else []
    candidates += [t for t in doc if t.pos_ == "ADJ" and t.lower_ in OPPOSITES]
    candidates += [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in OPPOSITES]
    for token in candidates:
        if token.pos_ == "ADJ":
            opposite = sorted(OPPOSITES[token.lower_])[0]
            return (
                Change.VERB,
                _replace(doc, token.i, token.i + 1, opposite),
                f"{token} -> {opposite}",
            )
        lemma = token.lemma_.lower()
        if lemma not in OPPOSITES:
            continue
        opposite = sorted(OPPOSITES[lemma])[0]
        form = getInflection(opposite, tag=token.tag_) or (opposite,)
        new = form[0]
        return Change.VERB, _replace(doc, token.i, token.i + 1, new), f"{token.text} -> {new}"
    return None


def _added(claim: str, pools: Pools, rng: random.Random) -> tuple[Change, str, str] | None:
    """The claim with a place or a year that no document of the corpus mentions."""
    places = [p for p in _ADDED_PLACES if p.lower() not in pools.vocabulary]
    years = [y for y in _ADDED_YEARS if y not in pools.vocabulary]
    if not places or not years:
        return None
    addition = f"in {rng.choice(places)}" if rng.random() < 0.5 else f"in {rng.choice(years)}"
    body = claim.rstrip().rstrip(".")
    return Change.ADDED, f"{body} {addition}.", f"added '{addition}'"


# ---- the corpora ----------------------------------------------------------------------------


@dataclass
class Corpus:
    """One corpus: its gold SUPPORTED claims, a store holding it, and how to exclude sources."""

    name: str
    claims: list[VerdictItem]
    """Gold claims with their label and the sources to leave out of the search."""
    store: Any
    settings: Settings
    texts: list[str]
    data: dict[str, str]


def seeds_corpus(settings: Settings, skipped: list[Any], supported_only: bool = True) -> Corpus:
    """The seeds gold claims stated by the articles (SUPPORTED ones only, by default), each
    checked against the other article."""
    from verify.evaluation.seeds import seed_corpus

    seeds = seed_corpus(settings, skipped)
    if supported_only:
        rows = [
            r
            for r in seeds.rows
            if r.get("label") == "SUPPORTED" and r.get("origin", "article") == "article"
        ]
    else:
        rows = [r for r in seeds.rows if r.get("label") is not None]
    claims = seeds.items(rows, prefix="seeds:")
    return Corpus("seeds", claims, seeds.store, seeds.settings, seeds.texts, seeds.data)


def benchmark_corpus(
    name: str,
    data: Path | None,
    settings: Settings,
    progress: Progress | None = None,
    supported_only: bool = True,
) -> Corpus:
    """SciFact dev or Climate-FEVER held-out, their gold SUPPORTED claims (all of them with
    `supported_only=False`): their suite's store, reused when built."""
    from verify.evaluation.suites import benchmark_store, load_benchmark

    bench, files = load_benchmark(name, data, settings)
    store, es = benchmark_store(bench, settings, progress)
    chosen = [c for c in bench.claims if c.label == "SUPPORTED" or not supported_only]
    claims = [VerdictItem(f"{name}:{c.id}", c.claim, c.label) for c in chosen]
    texts = [doc_text(d) for d in _docs_first(bench.docs, chosen)]
    return Corpus(name, claims, store, es, texts, files)


def _docs_first(docs: Sequence[Doc], claims: Sequence[Any]) -> list[Doc]:
    """The claims' evidence documents first (their entities are the likeliest swaps)."""
    wanted = {d for c in claims for d in c.evidence_docs}
    return [d for d in docs if d.doc_id in wanted] + [d for d in docs if d.doc_id not in wanted]


CORPORA = ("seeds", "scifact", "climate-fever")


@dataclass
class PerturbOptions(SuiteOptions):
    data: Path | None = data_option()
    limit: int | None = limit_option("Perturb only the first N gold claims per corpus.")
    seed: int = seed_option()
    k: int | None = k_option()
    resume: bool = resume_option()


def run_perturb(options: PerturbOptions, settings: Settings) -> Scorecard:
    from verify.judge.check import Checker

    run = SuiteRun("perturb", options, settings)
    corpora: list[Corpus] = []
    with run.stage("index"):
        corpora.append(seeds_corpus(settings, run.skipped))
        if options.data is not None or settings.eval_data is not None:
            corpora += [
                benchmark_corpus(n, options.data, settings, options.progress) for n in CORPORA[1:]
            ]
        else:
            run.say("no --data: only the seeds corpus (pass --data DIR for SciFact and CF)")
    records: list[dict[str, Any]] = []
    made: list[Variant] = []
    data: dict[str, str] = {}
    for corpus in corpora:
        with run.stage("generate"):
            pools = Pools.of(corpus.texts)
            claims = corpus.claims[: options.limit] if options.limit else corpus.claims
            found = [
                v for c in claims for v in variants(c.id, c.claim, corpus.name, pools, options.seed)
            ]
        exclude = {c.id: c.exclude for c in claims}
        runfile = run.runfile(corpus.data, f"perturb-{corpus.name}")
        checker = Checker(corpus.store, corpus.settings)
        with run.stage("load_model"):
            checker.load_model()
        items = [VerdictItem(v.id, v.claim, v.label, exclude[v.origin]) for v in found]
        with run.stage("verdicts"):
            records += check_items(items, checker, runfile, options, k=options.k)
        made += found
        data.update(corpus.data)
    if not made:
        raise InputError("suite perturb: no claims to perturb", "check the seeds gold file")
    by_id = {v.id: v for v in made}
    shares = change_shares([(by_id[r["id"]], r["pred"]) for r in records])
    return run.scorecard(
        data=data,
        n=len(records),
        verdict=record_verdicts(records),
        extra={
            "targets": TARGETS,
            "summary": summary(shares),
            "by_change": shares,
            "by_corpus": {c.name: _corpus_summary(c.name, made, records) for c in corpora},
            "wrong_examples": _examples(made, records),
        },
        notes=[
            "changed facts (number, date, place, person, organisation, negation, verb) are "
            "labelled REFUTED; an added place and year NOT_ENOUGH_EVIDENCE; originals SUPPORTED",
            "labels are the rule's: some swaps happen to be true, some negations read oddly",
        ],
    )


def change_shares(results: Sequence[tuple[Variant, str]]) -> dict[str, dict[str, float]]:
    """Per kind of change: n and the shares predicted SUPPORTED, REFUTED or CONFLICTING, NEE."""
    out: dict[str, dict[str, float]] = {}
    for change in Change:
        preds = [p for v, p in results if v.change is change]
        if preds:
            out[change.value] = _shares(preds)
    changed = [p for v, p in results if v.change in CHANGED]
    if changed:
        out["all changed"] = _shares(changed)
    return out


def _shares(preds: Sequence[str]) -> dict[str, float]:
    n = len(preds)
    return {
        "n": n,
        "supported": round(sum(p == "SUPPORTED" for p in preds) / n, 4),
        "refuted_or_conflicting": round(sum(p in ("REFUTED", "CONFLICTING") for p in preds) / n, 4),
        "not_enough_evidence": round(sum(p == "NOT_ENOUGH_EVIDENCE" for p in preds) / n, 4),
    }


def summary(shares: dict[str, dict[str, float]]) -> dict[str, Any]:
    """The four target figures, each with whether it is met."""
    changed = shares.get("all changed", {})
    original = shares.get(Change.ORIGINAL.value, {})
    added = shares.get(Change.ADDED.value, {})
    figures = {
        "changed_supported": (changed.get("supported"), "max", TARGETS["changed_supported_max"]),
        "changed_refuted": (
            changed.get("refuted_or_conflicting"),
            "min",
            TARGETS["changed_refuted_min"],
        ),
        "original_supported": (original.get("supported"), "min", TARGETS["original_supported_min"]),
        "added_nee": (added.get("not_enough_evidence"), "min", TARGETS["added_nee_min"]),
    }
    return {
        name: {
            "value": value,
            "target": f"{'<=' if way == 'max' else '>='} {target}",
            "met": value is not None and (value <= target if way == "max" else value >= target),
        }
        for name, (value, way, target) in figures.items()
    }


def _corpus_summary(name: str, made: Sequence[Variant], records: Sequence[dict[str, Any]]) -> dict:
    by_id = {v.id: v for v in made}
    mine = [(by_id[r["id"]], r["pred"]) for r in records if by_id[r["id"]].corpus == name]
    return summary(change_shares(mine))


def _examples(made: Sequence[Variant], records: Sequence[dict[str, Any]], n: int = 12) -> list[str]:
    by_id = {v.id: v for v in made}
    wrong = [
        r
        for r in records
        if r["gold"] != r["pred"] and not (r["gold"] == "REFUTED" and r["pred"] == "CONFLICTING")
    ]
    return [
        f"{r['id']} ({by_id[r['id']].what}): {r['gold']} -> {r['pred']}: {by_id[r['id']].claim}"
        for r in wrong[:n]
    ]


def write_variants(path: Path, made: Sequence[Variant]) -> None:
    import json

    with path.open("w", encoding="utf-8") as handle:
        for v in made:
            handle.write(
                json.dumps({**asdict(v), "change": v.change.value}, ensure_ascii=False) + "\n"
            )


PERTURB = Suite(
    "perturb",
    "Gold SUPPORTED claims with one fact changed by rule (known labels)",
    PerturbOptions,
    run_perturb,
)
