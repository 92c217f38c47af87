"""Claim extraction: the claims an article makes, each tied to the exact span it came from.

Two extractors produce the same `Claim`s:

* LLM (`extract_claims` with an LLM): the versioned `extract_claims` prompt, JSON-schema
  constrained, one paragraph or two per call. The model quotes the start of a sentence and
  rewrites it to stand alone; code then checks every claim against the article: the quoted words
  must be found in the text (the sentence they start becomes the span), the claim's words must
  come from the article, an attribution must name someone the article names, hedge rules can
  only lower a claim's kind to opinion/prediction, and where the stance model is available a
  rewritten claim must be entailed by its span and the sentences before it. Claims that fail are
  dropped and counted in `flags`; sentences left without a claim (skipped, dropped, or in a part
  whose output was still invalid after one retry) get the rule-based claim, with a flag.
* Rules (`rule_claims`, used for `--llm none` and as the fallback): sentence spans from
  `verify.corpus.chunk`, then spaCy rules: reported speech ("X said/reported/claimed that ...")
  gives an attribution and the reported clause as the claim; hedges and evaluative words make
  opinions; modals and "expected to" make predictions; long quotations make quotes; questions,
  imperatives, reader appeals and text aimed at a model are not check-worthy.

Only factual claims (and attributed quotes) are check-worthy, whatever the model says.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, create_model

from verify.config import Settings, get_settings
from verify.errors import InputError, ModelError
from verify.judge.align import added_facts
from verify.llm import LLM, get_llm
from verify.llm.prompts import load_prompt
from verify.nlp import REPORTING_VERBS, claim_problem, spacy_pipeline, word_set
from verify.text import content_word_list
from verify.types import Claim, ClaimKind, Model, Passage, Source
from verify.write.citations import QuoteRef
from verify.write.injection import injection_flags, neutralize_delimiters, overlaps_injection
from verify.write.llm_write import Request, draft

log = logging.getLogger(__name__)

BATCH_CHARS = 800  # article text per LLM call: short calls keep a small model on track
TOKENS_PER_SENTENCE = 120  # output budget per sentence of the batch (one JSON object each)
MAX_OUTPUT_TOKENS = 1500
SENTENCE_START_CHARS = 60  # the longest `sentence_start` the JSON schema allows the LLM
MIN_GROUNDED_WORDS = 0.8  # share of a claim's content words found in its local context
MIN_SENTENCE_RECALL = 0.5  # share of its sentence's content words a rewrite must keep
CONTEXT_SENTENCES = 2  # sentences before a span that a rewrite may draw on


class ClaimExtraction(Model):
    source_id: str
    claims: list[Claim] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list, description="Warnings: drops, fallbacks")
    method: str = Field(description="'llm', 'rules', or 'llm+rules' when a part fell back")
    model: str | None = Field(default=None, description="LLM that extracted the claims, if any")
    prompt: str | None = Field(default=None, description="Prompt id@version#sha used, if any")


# --- what the LLM must return (the JSON schema sent with the prompt) ---------------------------


class ExtractedClaim(BaseModel):
    sentence_start: str = Field(
        max_length=300,
        description="The first words of the sentence, copied exactly",
        # The grammar sent to the model stops it after SENTENCE_START_CHARS: the 0.5B model
        # copies whole sentences here, and those tokens were half of extraction time. A cut
        # prefix still locates its sentence; longer answers from other models stay valid.
        json_schema_extra={"maxLength": SENTENCE_START_CHARS},
    )
    claim: str = Field(max_length=500, description="The claim rewritten to stand alone")
    kind: ClaimKind
    attribution: str | None = Field(
        max_length=120, description="Who asserts it; null if the article itself"
    )
    check_worthy: bool


class ExtractedClaims(BaseModel):
    claims: list[ExtractedClaim]


@cache
def claims_schema(sentences: int) -> type[ExtractedClaims]:
    """`ExtractedClaims` allowing at most one claim per sentence given (bounds a looping model)."""
    return create_model(
        "ExtractedClaims",
        __base__=ExtractedClaims,
        claims=(list[ExtractedClaim], Field(max_length=max(1, sentences))),
    )


# --- entry points ------------------------------------------------------------------------------


def extract_claims(
    source: Source,
    settings: Settings | None = None,
    llm: LLM | None = None,
    *,
    check_entailment: bool = True,
    progress: Callable[[str], None] | None = None,
) -> ClaimExtraction:
    """Claims of `source`; by the given LLM, else the configured one, else by rules.

    `progress` is told each LLM part as it starts ("extract claims 2/5")."""
    settings = settings or get_settings()
    llm = llm if llm is not None else get_llm(settings)
    flags = injection_flags(source.text)
    if llm is None:
        claims = rule_claims(source)
        return ClaimExtraction(source_id=source.id, claims=claims, flags=flags, method="rules")
    return _llm_extraction(source, llm, flags, settings if check_entailment else None, progress)


def load_source(ref: str, settings: Settings | None = None) -> Source:
    """A `Source` from a file path (loaded and cleaned, not stored) or a stored source id."""
    from verify.corpus.ingest import file_or_source_id

    found = file_or_source_id(ref)
    if isinstance(found, Path):
        return _source_from_file(found)
    from verify.corpus.store import open_store

    return open_store(settings or get_settings()).get_source(found)


def _source_from_file(path: Path) -> Source:
    from verify.corpus.ingest import Article, load_file, source_id

    items = load_file(path)
    articles = [item for item in items if isinstance(item, Article)]
    if not articles:
        reason = getattr(items[0], "reason", "no article text") if items else "no article text"
        raise InputError(f"cannot read {path}: {reason}", "give a .txt, .md, .html or .jsonl file")
    if len(articles) > 1:
        raise InputError(
            f"{path} holds {len(articles)} articles", "ingest it, then pass one source id"
        )
    article = articles[0]
    return Source(
        id=source_id(article.text),
        title=article.title,
        outlet=article.outlet,
        date=article.date,
        path=article.path,
        text=article.text,
    )


# --- the LLM extractor -------------------------------------------------------------------------


def _llm_extraction(
    source: Source,
    llm: LLM,
    flags: list[str],
    entailment: Settings | None,
    progress: Callable[[str], None] | None = None,
) -> ClaimExtraction:
    """LLM claims checked against the article, then rule claims for the sentences left over."""
    prompt = load_prompt("extract_claims")
    extraction = ClaimExtraction(
        source_id=source.id, flags=flags, method="llm", model=llm.model, prompt=prompt.label
    )
    sentences = body_sentences(source)
    drops: dict[str, int] = {}
    answered: set[tuple[int, int]] = set()
    batches = text_batches(source.text, skip=source.title)
    for number, bounds in enumerate(batches, start=1):
        part = f" (part {number} of {len(batches)})" if len(batches) > 1 else ""
        if progress is not None:
            progress(f"extract claims {number}/{len(batches)}")
        inside = [s for s in sentences if bounds[0] <= s[0] and s[1] <= bounds[1]]
        lines = "\n".join(" ".join(source.text[s:e].split()) for s, e in inside)
        variables = {"title": source.title, "text": neutralize_delimiters(lines)}
        budget = min(MAX_OUTPUT_TOKENS, 60 + TOKENS_PER_SENTENCE * len(inside))
        result = draft(
            llm, "extract_claims", Request(variables, budget), claims_schema(len(inside))
        )
        if result.unavailable:
            extraction.flags.append(f"LLM unavailable: {result.error}; used rule-based extractor")
            break
        if not (result.ok and result.value.claims):
            why = result.error if not result.ok else "no claims returned"
            extraction.flags.append(f"LLM output invalid{part}: {why}; used rule-based extractor")
            continue
        answered.update(inside)
        for item in result.value.claims:
            _add_grounded(extraction.claims, item, source, inside, drops)
    extraction.flags.extend(_drop_flags(drops))
    if entailment is not None:
        _drop_unentailed(extraction, source, entailment)
    _fill_skipped(extraction, source, sentences, answered)
    extraction.claims.sort(key=lambda c: (c.start, c.end))
    return extraction


def body_sentences(source: Source) -> list[tuple[int, int]]:
    """Sentence spans of the article body (the title line left out)."""
    from verify.corpus.chunk import sentence_spans

    title = source.title.strip()
    return [(s, e) for s, e in sentence_spans(source.text) if source.text[s:e].strip() != title]


def _fill_skipped(
    extraction: ClaimExtraction,
    source: Source,
    sentences: list[tuple[int, int]],
    answered: set[tuple[int, int]],
) -> None:
    """Rule claims for the sentences no accepted LLM claim came from (a small model skips many);
    the flag counts those the LLM saw and skipped (failed parts are flagged already)."""
    covered = {(c.start, c.end) for c in extraction.claims}
    skipped = [s for s in sentences if s not in covered]
    if not skipped:
        return
    ruled = {(c.start, c.end): c for c in rule_claims(source)}
    added = [ruled[s] for s in skipped if s in ruled]
    extraction.claims.extend(added)
    if added:
        extraction.method = "llm+rules"
    passed_over = sum((c.start, c.end) in answered for c in added)
    if passed_over:
        extraction.flags.append(f"{passed_over} sentence(s) without an LLM claim: used rules")


def text_batches(text: str, skip: str = "", limit: int = BATCH_CHARS) -> list[tuple[int, int]]:
    """(start, end) ranges of whole paragraphs, each at most `limit` chars (unless one is longer).

    A first paragraph equal to `skip` (the title) is left out: it is a headline, not a claim.
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if paragraphs and skip and text[slice(*paragraphs[0])].strip() == skip.strip():
        paragraphs = paragraphs[1:]
    batches: list[tuple[int, int]] = []
    for start, end in paragraphs:
        if batches and end - batches[-1][0] <= limit:
            batches[-1] = (batches[-1][0], end)
        else:
            batches.append((start, end))
    return batches


def _add_grounded(
    claims: list[Claim],
    item: ExtractedClaim,
    source: Source,
    batch: list[tuple[int, int]],
    drops: dict[str, int],
) -> None:
    claim, problem = ground_claim(item, source, batch)
    if claim is None:
        drops[problem] = drops.get(problem, 0) + 1
    elif any((c.start, c.end) == (claim.start, claim.end) for c in claims):
        drops["a second claim from the same sentence"] = (
            drops.get("a second claim from the same sentence", 0) + 1
        )
    else:
        claims.append(claim)


def ground_claim(
    item: ExtractedClaim, source: Source, batch: list[tuple[int, int]]
) -> tuple[Claim | None, str]:
    """Check one LLM claim against the article; the claim, or None and why it was dropped.

    The span is the one sentence (of the `batch` sent) the quoted words lie in; when the model
    quoted several, the one sharing most words with the claim. The claim may only use words and
    numbers from its local context: the title, its sentence and the few sentences before it.
    """
    bounds = (batch[0][0], batch[-1][1]) if batch else None
    found = find_span(item.sentence_start, source.text, bounds)
    if found is None:
        return None, "its sentence is not in the article"
    text = " ".join(item.claim.split())
    span = _best_sentence(found, text, source.text, batch or body_sentences(source))
    text = text or source.text[span[0] : span[1]]
    context = local_context(source, span)
    sentence = source.text[span[0] : span[1]]
    text = resolve_pronoun(text, sentences_before(source, span)) or ""
    if not text:
        return None, "it starts with a pronoun nothing before it names"
    if grounded_share(text, context) < MIN_GROUNDED_WORDS:
        return None, "it uses words not in its sentence or the ones before"
    if grounded_share(source.text[span[0] : span[1]], text) < MIN_SENTENCE_RECALL:
        return None, "it leaves out most of its sentence"
    if not set(re.findall(r"\d+", text)) <= set(re.findall(r"\d+", context)):
        return None, "it has a number not in its sentence or the ones before"
    if text != sentence.strip() and added_facts(text, sentence, context):
        return None, "it adds a fact its sentence does not state"
    kind, attribution = _checked_labels(item, source, span)
    suspicious = overlaps_injection(source.text[span[0] : span[1]])
    # a heading, a question, a fragment
    fragment = claim_problem(spacy_pipeline()(text)) is not None
    worthy = item.check_worthy and _may_be_worthy(kind, attribution) and not suspicious
    worthy = worthy and not fragment
    claim = Claim(
        text=text,
        start=span[0],
        end=span[1],
        kind=ClaimKind.OTHER if suspicious or fragment else kind,
        attribution=attribution,
        check_worthy=worthy,
        source_id=source.id,
    )
    return claim, ""


def sentences_before(source: Source, span: tuple[int, int]) -> list[str]:
    """The `LOOKBACK_SENTENCES` body sentences before a span, which may name its pronoun."""
    before = [source.text[s:e] for s, e in body_sentences(source) if e <= span[0]]
    return before[-LOOKBACK_SENTENCES:]


def local_context(source: Source, span: tuple[int, int]) -> str:
    """Title, the span and up to CONTEXT_SENTENCES sentences before it: what a rewrite may use."""
    before = [s for s in body_sentences(source) if s[1] <= span[0]]
    start = before[-CONTEXT_SENTENCES][0] if len(before) >= CONTEXT_SENTENCES else 0
    title = source.title if start > 0 and source.title else ""
    return f"{title}\n{source.text[start : span[1]]}".strip()


def _best_sentence(
    found: tuple[int, int], claim: str, text: str, sentences: list[tuple[int, int]]
) -> tuple[int, int]:
    overlapping = [s for s in sentences if s[0] < found[1] and found[0] < s[1]]
    if not overlapping:
        return found
    words = set(_content_words(claim))
    return max(overlapping, key=lambda s: len(words & set(_content_words(text[s[0] : s[1]]))))


def _checked_labels(
    item: ExtractedClaim, source: Source, span: tuple[int, int]
) -> tuple[ClaimKind, str | None]:
    """The LLM's kind, lowered when hedge rules fire. Its attribution only where the sentence
    reports speech and names that speaker (a small model spreads one paragraph's source over
    all its sentences, or names a participant); else the rules' attribution, if any."""
    doc = spacy_pipeline()(source.text[span[0] : span[1]])
    ruled = _rule_kind(doc)
    kind = item.kind
    if kind in (ClaimKind.FACTUAL, ClaimKind.QUOTE) and ruled in (
        ClaimKind.OPINION,
        ClaimKind.PREDICTION,
    ):
        kind = ruled
    attribution = (item.attribution or "").strip() or None
    named = attribution and attribution.lower().removeprefix("the ") in doc.text.lower()
    if not (named and _reports_speech(doc)):
        attribution = _reported(doc)[0]
    return kind, attribution


def _reports_speech(doc: Any) -> bool:
    return any(t.lemma_ in REPORTING_VERBS and t.pos_ == "VERB" for t in doc) or (
        "according to" in doc.text.lower()
    )


def _may_be_worthy(kind: ClaimKind, attribution: str | None) -> bool:
    return kind == ClaimKind.FACTUAL or (kind == ClaimKind.QUOTE and attribution is not None)


def find_span(
    sentence: str, text: str, bounds: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """Offsets of `sentence` in `text` (within `bounds` first): exact, else the same words in order
    with any punctuation or spacing between them (curly quotes, dashes, line breaks)."""
    words = re.findall(r"\w+", sentence)
    if not words:
        return None
    ranges = [bounds, None] if bounds else [None]
    for window in ranges:
        lo, hi = window or (0, len(text))
        exact = text.find(sentence.strip(), lo, hi)
        if exact >= 0:
            return exact, exact + len(sentence.strip())
        pattern = r"\W+".join(re.escape(w) for w in words)
        match = re.compile(pattern).search(text, lo, hi)
        if match:
            return match.start(), match.end()
    return None


_STOPWORDS = word_set(
    "a an the and or but of to in on at by for with from as is are was were be been being "
    "that this these those it its their they he she his her them which who whom whose what "
    "when where than then there also not no has have had do does did will would may might "
    "could can should about after before over under into onto per"
)


_ALNUM = re.compile(r"[a-z0-9]+")  # in lower-cased text


def _content_words(text: str) -> list[str]:
    """The claim checks' content words: `_STOPWORDS` and `_ALNUM` on lower-cased text, repeats
    kept (MIN_GROUNDED_WORDS and MIN_SENTENCE_RECALL were set with these)."""
    return content_word_list(text.lower(), _STOPWORDS, _ALNUM)


def grounded_share(claim: str, article: str) -> float:
    """Share of the claim's content words that occur in the article (1.0 for an empty claim)."""
    words = _content_words(claim)
    if not words:
        return 1.0
    vocabulary = set(_content_words(article))
    return sum(w in vocabulary for w in words) / len(words)


def _drop_flags(drops: dict[str, int]) -> list[str]:
    return [f"dropped {n} LLM claim(s): {why}" for why, n in sorted(drops.items())]


def _drop_unentailed(extraction: ClaimExtraction, source: Source, settings: Settings) -> None:
    """Drop rewritten claims their span and context do not support (`verify.write.llm_write`: a
    claim cites its sentence, and one that is not that sentence word for word must be supported by
    it and the sentences before it under `verify.judge.support`: a rewrite that adds a number, date
    or name its source does not state is dropped)."""
    from verify.write.llm_write import Draft, Option, check_drafts, pairs_support

    article = Passage(chunk_id=source.id, source_id=source.id, text=source.text, start=0,
                      end=len(source.text))  # fmt: skip
    drafts = [
        Draft((c.start, c.end), c.text, (Option((_cites_span(source, c),), _premise(source, c)),))
        for c in extraction.claims
    ]
    support = pairs_support(_entailment(extraction, settings))
    written = check_drafts(drafts, {source.id: article}, support)
    if written.rejected:
        extraction.claims = [c for c in extraction.claims if (c.start, c.end) in written.accepted]
        extraction.flags.append(
            f"dropped {len(written.rejected)} LLM claim(s): not entailed by their span"
        )


def _entailment(
    extraction: ClaimExtraction, settings: Settings
) -> Callable[[Sequence[tuple[str, str]]], list[bool]]:
    """`verify.judge.support.supported` with the stance model, loaded when first needed; without the
    model every claim passes and the extraction says that entailment was not checked."""

    def entails(pairs: Sequence[tuple[str, str]]) -> list[bool]:
        try:
            from verify.judge.stance import load_stance_model

            model = load_stance_model(settings)
        except (ModelError, ImportError) as exc:
            extraction.flags.append(f"entailment of rewritten claims not checked: {exc}")
            return [True] * len(pairs)
        from verify.judge.support import supported

        return supported(model, pairs)

    return entails


def _cites_span(source: Source, claim: Claim) -> QuoteRef:
    return QuoteRef(chunk_id=source.id, quote=source.text[claim.start : claim.end])


def _premise(source: Source, claim: Claim) -> str:
    return local_context(source, (claim.start, claim.end))


# --- the rule-based extractor --------------------------------------------------------------------

_OPINION = re.compile(
    r"\bit (seems|appears|looks)\b|\bseems? (to|that)\b|\bapparently\b|\barguably\b"
    r"|\bin (our|my|his|her|their) (view|opinion)\b|\b(we|i) (believe|think|feel)\b"
    r"|\b(may|might|could|would) (indicate|suggest|mean|signal|show|reflect)\b"
    r"|\bsuggests? that\b|\bshould\b|\bobviously\b|\bclearly\b|\btoo (strong|weak|much|little|"
    r"late|early|big|small|dangerous)\b|\bperhaps\b|\bno doubt\b|\bundoubtedly\b",
    re.IGNORECASE,
)
_EVALUATIVE = word_set(
    "shameful disgraceful outrageous absurd ridiculous brilliant terrible horrible awful "
    "disastrous unacceptable shocking foolish stupid heroic cowardly evil wonderful "
    "excellent disgusting scandalous pathetic reckless irresponsible hypocritical laughable"
)
_PREDICTION = re.compile(
    r"\b(is|are|was|were) (likely|unlikely|expected|set|due|poised) to\b|\bgoing to\b"
    r"|\bin the coming\b|\bnext (week|month|year)\b",
    re.IGNORECASE,
)
_MODALS = word_set("will would may might could shall")
_BOILERPLATE = re.compile(
    r"\b(click|subscribe|sign up|newsletter|donate|follow us|share (this|on)|forward this|"
    r"crosspost|all rights reserved|cookies?|comments?)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_CONNECTIVE = re.compile(
    r"^(however|nonetheless|nevertheless|meanwhile|moreover|furthermore|in addition|also|"
    r"still|yet|but|and|so|thus|therefore|previously|earlier|later|indeed)\s*,\s*",
    re.IGNORECASE,
)
_LEADING_PRONOUN = re.compile(r"^(it|they|he|she)\b", re.IGNORECASE)


def rule_claims(source: Source, bounds: tuple[int, int] | None = None) -> list[Claim]:
    """Claims by rules, one per sentence (within `bounds` if given); the title is left out.

    A claim that starts with a third-person pronoun ("They ...", "His forces ...") gets it
    replaced by who it stands for in the sentences before (`resolve_pronoun`); a sentence whose
    pronoun cannot be resolved gives no claim."""
    from verify.corpus.chunk import sentence_spans

    lo, hi = bounds or (0, len(source.text))
    spans = [
        (s, e)
        for s, e in sentence_spans(source.text)
        if source.text[s:e].strip() != source.title.strip()
    ]
    texts = [source.text[s:e] for s, e in spans]
    claims = []
    for index, (doc, (s, e)) in enumerate(zip(spacy_pipeline().pipe(texts), spans, strict=True)):
        if lo <= s and e <= hi:
            before = texts[max(0, index - LOOKBACK_SENTENCES) : index]
            claims.append(_rule_claim(doc, s, e, source.id, before))
    return [c for c in claims if c is not None]


def _rule_claim(
    doc: Any, start: int, end: int, source_id: str, before: Sequence[str] = ()
) -> Claim | None:
    """One sentence as a claim; None for a sentence without words, or one whose claim starts
    with a pronoun nothing in the `before` sentences resolves."""
    if not any(t.is_alpha for t in doc):
        return None
    base = {"start": start, "end": end, "source_id": source_id}
    if _not_a_claim(doc):
        return Claim(text=doc.text, kind=ClaimKind.OTHER, check_worthy=False, **base)
    attribution, clause = _reported(doc, before)
    kind = _rule_kind(clause)
    if kind == ClaimKind.FACTUAL and _long_quote(doc.text):
        kind = ClaimKind.QUOTE
    text = resolve_pronoun(_claim_text(clause, attribution), before, speaker=attribution)
    if text is None:
        return None
    worthy = _may_be_worthy(kind, attribution)
    return Claim(text=text, kind=kind, attribution=attribution, check_worthy=worthy, **base)


def _not_a_claim(doc: Any) -> bool:
    """Questions, imperatives, verbless fragments, headings, unattributed first-person quotes,
    reader appeals, text aimed at a model."""
    text = doc.text
    if _BOILERPLATE.search(text) or overlaps_injection(text):
        return True
    return claim_problem(doc) is not None


def _reported(doc: Any, before: Sequence[str] = ()) -> tuple[str | None, Any]:
    """(who, reported clause) for reported speech; (None, the whole sentence) otherwise.

    A speaker that is a pronoun ("..., it said") is who it stands for in the `before` sentences;
    one nothing resolves is no speaker."""
    for token in doc:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            return _according_to(doc, token)
        if token.lemma_ not in REPORTING_VERBS or token.pos_ != "VERB":
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
        if subjects and clauses and subjects[0].lower_ != "this":
            who = _speaker(doc, subjects[0], before)
            if who is None:
                continue
            clause = clauses[0]
            span = doc[clause.left_edge.i : clause.right_edge.i + 1]
            if span[0].dep_ == "mark" and len(span) > 1:
                span = span[1:]
            return who, span
    return None, doc[:]


def _speaker(doc: Any, subject: Any, before: Sequence[str]) -> str | None:
    if subject.lower_ in PRONOUN_KINDS:
        return antecedent(subject.lower_, before, subjects_only=True)
    return doc[subject.left_edge.i : subject.right_edge.i + 1].text


def _according_to(doc: Any, token: Any) -> tuple[str | None, Any]:
    objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
    if not objects:
        return None, doc[:]
    who = doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
    if token.i == 0:  # "According to X, the rest."
        rest = doc[who.end :]
        while len(rest) and rest[0].is_punct:
            rest = rest[1:]
        return who.text, rest
    return who.text, doc[: token.i]


def _rule_kind(span: Any) -> ClaimKind:
    text = span.text
    if _OPINION.search(text) or any(t.lemma_.lower() in _EVALUATIVE for t in span):
        return ClaimKind.OPINION
    if _PREDICTION.search(text) or any(t.tag_ == "MD" and t.lower_ in _MODALS for t in span):
        return ClaimKind.PREDICTION
    return ClaimKind.FACTUAL


def _long_quote(text: str, min_words: int = 5) -> bool:
    return any(len(q.split()) >= min_words for q in _QUOTED.findall(text))


def _claim_text(span: Any, attribution: str | None) -> str:
    """The clause as a stand-alone sentence: no leading connective, a pronoun for the speaker
    replaced by who said it, a capital first letter and a full stop."""
    text = _unpaired_quotes_removed(span.text.strip()).rstrip(",;:").strip()
    text = _CONNECTIVE.sub("", text)
    if attribution and _LEADING_PRONOUN.match(text):
        text = _LEADING_PRONOUN.sub(attribution, text, count=1)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", '"', "”")) else f"{text}."


def _unpaired_quotes_removed(text: str) -> str:
    """A quote mark left at either end by the sentence splitter (the other half of the quote is
    in the sentence before or after) is dropped."""
    straight = text.count('"') % 2 == 1
    curly = text.count("\u201c") != text.count("\u201d")
    if (straight and text.startswith('"')) or (curly and text.startswith("\u201c")):
        return text[1:].lstrip()
    body = text.rstrip(" .,")
    if (straight and body.endswith('"')) or (curly and body.endswith("\u201d")):
        return body[:-1].rstrip(" ,") + text[len(body) :]
    return text


# --- pronouns at the start of a claim -------------------------------------------------------------

LOOKBACK_SENTENCES = 3
"""Sentences before a claim searched for who its leading pronoun stands for."""
PRONOUN_KINDS = {
    **dict.fromkeys(("they", "them", "their"), "plural"),
    **dict.fromkeys(("he", "him", "his", "she", "her"), "person"),
    **dict.fromkeys(("it", "its"), "thing"),
}
POSSESSIVES = frozenset({"their", "his", "her", "its"})
_STARTING_PRONOUN = re.compile(r"^(they|their|he|his|she|her|it|its)\b", re.IGNORECASE)
_DUMMY_IT = re.compile(
    r"^it\s+(is|was|has been|had been|will be|would be|seems|seemed|appears|appeared|remains)"
    r"\s+(\w+\s+){0,2}?(to|that|whether|unclear|not clear)\b",
    re.IGNORECASE,
)
_ANTECEDENT_DEPS = frozenset({"compound", "amod", "det", "poss", "flat", "nummod", "case", "cc"})


def resolve_pronoun(text: str, before: Sequence[str], speaker: str | None = None) -> str | None:
    """`text` with a third-person pronoun at its start replaced by who or what it stands for:
    the `speaker` of the sentence it was reported in when they agree ("Hamoud said his forces"
    -> "Hamoud's forces"), else the `before` sentences ("They" -> "Pro-government sources").
    Unchanged when it starts with none or with a dummy "it" ("It is unclear whether ...");
    None when nothing agrees with it."""
    found = _STARTING_PRONOUN.match(text)
    if found is None or _DUMMY_IT.match(text):
        return text
    word = found.group(1).lower()
    who = speaker if speaker and _speaker_agrees(speaker, word) else antecedent(word, before)
    if who is None:
        return None
    if word in POSSESSIVES:
        who = f"{who}'" if who.endswith("s") and word == "their" else f"{who}'s"
    rest = text[found.end() :]
    return who[:1].upper() + who[1:] + rest


def antecedent(pronoun: str, before: Sequence[str], subjects_only: bool = False) -> str | None:
    """The nearest subject (then, in the sentence just before and unless `subjects_only`, any
    noun phrase) of the `before` sentences that agrees with the pronoun: a plural or coordinated
    one for "they", a person's name for "he"/"she", a singular non-person for "it" (spaCy with
    its entity recogniser, the parser `verify.judge.align` uses). A speaker ("..., it said") is
    looked for among subjects only: who speaks is seldom a sentence's object."""
    from verify.judge.align import parse

    kind = PRONOUN_KINDS.get(pronoun.lower())
    if kind is None:
        return None
    for distance, sentence in enumerate(reversed(before)):
        doc = parse(sentence)
        subjects = [  # a noun parsed as the root is a subject the parser missed
            t
            for t in doc
            if (t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON")
            or (t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN"))
        ]
        others = [t for t in doc if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]
        for head in subjects + (others if distance == 0 and not subjects_only else []):
            if _agrees(head, kind):
                return _noun_phrase(head)
    return None


def _speaker_agrees(speaker: str, pronoun: str) -> bool:
    from verify.judge.align import parse

    heads = [t for t in parse(speaker) if t.dep_ == "ROOT"]
    kind = PRONOUN_KINDS[pronoun]
    if not heads:
        return False
    return _agrees(heads[0], kind) or (kind == "person" and heads[0].tag_ == "NNP")


def _agrees(head: Any, kind: str) -> bool:
    plural = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children)
    person = head.ent_type_ == "PERSON"
    if kind == "plural":
        return plural
    if kind == "person":
        return person and not plural
    return not plural and not person and head.pos_ in ("NOUN", "PROPN")


def _noun_phrase(head: Any) -> str:
    """The head noun with its determiners, modifiers, compounds and coordinated nouns (not its
    clauses or appositions): "Moscow, whose warplanes ..." -> "Moscow"."""
    keep = {head.i}
    for token in head.subtree:
        node, ok = token, token.i != head.i
        while ok and node.i != head.i:
            ok = node.dep_ in _ANTECEDENT_DEPS or (node.dep_ == "conj" and node.head.i == head.i)
            ok = ok or (node.dep_ == "punct" and node.text == "-")
            node = node.head
        if ok:
            keep.add(token.i)
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    return head.doc[lo : hi + 1].text.strip(" ,")
