"""Answering a question from the corpus with checked citations, or saying that it cannot.

    asker = Asker.open(settings)                     # store, embedder and stance model, loaded once
    answer = asker.ask("Where did Russia send more police?", llm=None, k=8)

Steps, each decided in code (the LLM only phrases):

1. Retrieve `k` passages by hybrid search (optionally only from chosen sources).
2. Relevance gate: each sentence of those passages is a *candidate* when it is close to the
   question in meaning (MiniLM cosine >= `MIN_COSINE`) and shares enough of the question's content
   words (>= `MIN_OVERLAP`). No candidate -> `answerable: false`, whatever a model would write.
3. Draft: extractively (the best candidates, verbatim, each citing its chunk) or by the LLM
   (prompts/answer.md, every sentence followed by the ids it rests on, with quotes).
4. Check every sentence: cited ids among the passages given, quotes verbatim
   (`verify.write.citations`), no quote from instruction-like text (`verify.write.injection`), and,
   for a sentence that is not itself a verbatim quote, its cited passages support it by the
   product's one support judgement (`verify.judge.support`, the same as verdicts: the stance model's
   clear SUPPORTS, and the sentence's facts stated by the cited passages). Failing sentences are
   dropped and counted in `flags`.
   No sentence left -> `answerable: false`.
5. Disagreement: the best candidate of each outlet is compared with the others' by the stance
   model; a clear REFUTES either way means the sources disagree, and the answer says who says what.

In the answer text `[n]` points at `citations[n-1]`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import Field

from verify.config import Settings, get_settings
from verify.errors import InputError, one_line_input
from verify.judge.verdict import decisive_side
from verify.llm.prompts import CANNOT_ANSWER
from verify.text import (
    content_words,
    find_verbatim,
    lexical_overlap,
    sentences_of,
    shorten,
    unique,
)
from verify.types import Answer, Citation, Flag, FlagCode, Model, Passage, Stance, StanceScore
from verify.write.citations import (
    CheckedSentence,
    DraftSentence,
    QuoteRef,
    pick_quote,
)
from verify.write.injection import injection_flags, overlaps_injection
from verify.write.llm_write import Draft, Option, Request, Try, check_drafts, draft, prompt_passage

if TYPE_CHECKING:
    from verify.corpus.store import Store
    from verify.judge.stance import StanceJudge
    from verify.llm import LLM

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500
"""A question is one question; longer input is a document."""

MIN_COSINE = 0.4
"""Least MiniLM cosine between question and sentence for the sentence to be a candidate answer.
On the seeds, answering sentences score 0.5-0.85 and off-topic ones (Canberra) below 0.2."""

MIN_OVERLAP = 0.3
"""Least share of the question's content words a candidate sentence must contain."""

MAX_ANSWER_SENTENCES = 2
"""Sentences in an extractive answer (per outlet when the sources disagree)."""

SCORE_MARGIN = 0.15
"""A second extractive sentence must score within this of the best (cosine + overlap)."""

WINDOWS_PER_PASSAGE = 3
"""Sentence windows of a cited passage scored besides the whole passage (the model reads at most
max_length tokens, so a decisive sentence late in a long passage would otherwise be cut off)."""

MAX_LLM_PASSAGES = 4
"""Passages shown to the LLM (those holding the best candidate sentences)."""

MAX_OUTLETS_COMPARED = 4
"""Outlets whose best candidates are compared with each other for disagreement."""

TextSink = Callable[[str], None]


# ---- data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage, and how well it matches the question."""

    passage: Passage
    sentence: str
    cosine: float
    overlap: float

    @property
    def score(self) -> float:
        return self.cosine + self.overlap


@dataclass
class Checked:
    """A sentence that passed every check, with its verified citations."""

    text: str
    citations: list[Citation]


@dataclass
class Drafts:
    sentences: list[DraftSentence] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


class LLMCitation(Model):
    chunk_id: str
    quote: str = ""


class LLMAnswer(Model):
    """The JSON the answer prompt asks for (prompts/answer.md)."""

    answerable: bool
    answer: str
    citations: list[LLMCitation] = Field(default_factory=list)


# ---- the question ----------------------------------------------------------------------------


def validate_question(text: str) -> str:
    return one_line_input(
        text,
        what="question",
        limit=MAX_QUESTION_CHARS,
        empty_hint='ask one, e.g. verify ask "Who said X?"',
        long_hint="ask one short question at a time",
    )


def answer_question(
    question: str,
    settings: Settings | None = None,
    llm: LLM | None = None,
    k: int | None = None,
    sources: Collection[str] | None = None,
    on_text: TextSink | None = None,
) -> Answer:
    """Answer `question` from the store (the `verify ask` command); see the module docstring.

    `llm=None` gives the extractive answer. `on_text` receives the LLM's answer as it streams.
    """
    from verify.judge.check import require_sources, validate_k

    settings = settings or get_settings()
    question = validate_question(question)
    k = validate_k(k, settings)
    asker = Asker.open(settings)
    require_sources(asker.store)
    return asker.ask(question, llm=llm, k=k, sources=sources, on_text=on_text)


@dataclass
class Asker:
    """Store, embedder and stance model held so that many questions cost one load."""

    store: Store
    settings: Settings
    _model: StanceJudge | None = None

    @classmethod
    def open(cls, settings: Settings | None = None) -> Asker:
        from verify.corpus.store import open_store

        settings = settings or get_settings()
        return cls(open_store(settings), settings)

    @property
    def model(self) -> StanceJudge:
        if self._model is None:
            from verify.judge.stance import load_stance_model

            self._model = load_stance_model(self.settings)
        return self._model

    def titles(self) -> dict[str, str]:
        """source id -> title, for rendering citations."""
        return {sid: str(card["title"]) for sid, card in self.store.source_cards().items()}

    def check_source_ids(self, sources: Collection[str] | None) -> None:
        unknown = sorted(set(sources or ()) - self.store.ready_ids())
        if unknown:
            raise InputError(
                f"no source with id {', '.join(map(repr, unknown))}", "run `verify sources`"
            )

    def ask(
        self,
        question: str,
        *,
        llm: LLM | None = None,
        k: int = 8,
        sources: Collection[str] | None = None,
        on_text: TextSink | None = None,
    ) -> Answer:
        from verify.corpus.search import search

        self.check_source_ids(sources)
        passages = search(self.store, question, k, include_sources=sources)
        flags = _passage_flags(passages)
        candidates = find_candidates(question, passages, self.embed)
        if not candidates:
            flags.append("not answerable: no retrieved passage is close enough to the question")
            return unanswerable(question, flags)
        given = llm_context(candidates) if llm is not None else passages
        if llm is None:
            drafts = extractive_drafts(candidates)
        else:
            drafts = llm_drafts(question, given, llm, on_text)
        flags += drafts.flags
        kept = self.gate(drafts.sentences, _by_id(given), flags)
        if not kept and llm is not None:
            flags.append("LLM answer: no sentence passed the checks; extractive answer used")
            kept = self.gate(extractive_drafts(candidates).sentences, _by_id(passages), flags)
        if not kept:
            flags.append("not answerable: no answer sentence is supported by its sources")
            return unanswerable(question, flags)
        sides = self.disagreement(candidates)
        if sides:
            flags.append(f"sources disagree: {' vs '.join(sides)}")
            kept = self.who_says_what(kept, candidates, sides, flags)
        return assemble_answer(question, kept, sides, flags)

    # ---- pieces --------------------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        from verify.corpus.embed import get_embedder

        return get_embedder(self.settings.torch_threads()).embed_documents(list(texts))

    def gate(
        self,
        drafts: Sequence[DraftSentence],
        passages: dict[str, Passage],
        flags: list[str | Flag],
    ) -> list[Checked]:
        """The drafts that cite given passages verbatim (no quote from instruction-like text)
        and that those passages support (`verify.write.llm_write.check_drafts`)."""
        items = [Draft(i, d.text, (Option(tuple(d.citations)),)) for i, d in enumerate(drafts)]
        written = check_drafts(items, passages, self.supported, vet=_injected)
        flags += [dropped(drafts[i].text, why) for i, why in written.rejected]
        return [Checked(c.sentence.text, c.citations) for c in written.accepted.values()]

    def supported(self, items: Sequence[Try]) -> list[bool]:
        """Per sentence that is not its own verbatim quote (those `check_drafts` keeps without
        asking): does a cited passage clearly support it?"""
        claims = [
            (item.text, [(c.passage, c.quote) for c in item.checked.citations]) for item in items
        ]
        return sentences_supported(claims, support_scores(self.model, claims))

    def disagreement(self, candidates: Sequence[Candidate]) -> list[str]:
        """Outlets whose best candidates clearly refute each other (empty when none do)."""
        best = best_per_outlet(candidates)[:MAX_OUTLETS_COMPARED]
        pairs = [(a, b) for a in best for b in best if _outlet(a) != _outlet(b)]
        if not pairs:
            return []
        scores = self.model.predict([(a.sentence, b.sentence) for a, b in pairs])
        clash: list[str] = []
        for (a, b), score in zip(pairs, scores, strict=True):
            if decisive_side(score) is Stance.REFUTES:
                clash += [o for o in (_outlet(a), _outlet(b)) if o not in clash]
        return clash

    def who_says_what(
        self,
        kept: list[Checked],
        candidates: Sequence[Candidate],
        sides: Sequence[str],
        flags: list[str | Flag],
    ) -> list[Checked]:
        """The checked sentences plus, for each disagreeing outlet not yet cited, its best one."""
        cited = {_outlet_of(c) for item in kept for c in item.citations}
        missing = [c for c in best_per_outlet(candidates) if _outlet(c) in sides]
        extra = [c for c in missing if _outlet(c) not in cited]
        by_id = {c.passage.chunk_id: c.passage for c in candidates}
        return kept + self.gate(extractive_drafts(extra, per_outlet=True).sentences, by_id, flags)


# ---- relevance -------------------------------------------------------------------------------


def find_candidates(
    question: str,
    passages: Sequence[Passage],
    embed: Callable[[Sequence[str]], Sequence[Sequence[float]]],
) -> list[Candidate]:
    """Sentences of the passages that pass the relevance gate, best first, each text once."""
    rows: dict[str, Passage] = {}
    for passage in passages:
        for sentence in sentences_of(passage.text):
            if not overlaps_injection(sentence):
                rows.setdefault(sentence, passage)
    wanted = [s for s in rows if lexical_overlap(question, s) >= MIN_OVERLAP]
    if not wanted or not content_words(question):
        return []
    vectors = embed([question, *wanted])
    found = [
        Candidate(rows[s], s, round(_dot(vectors[0], v), 4), round(lexical_overlap(question, s), 4))
        for s, v in zip(wanted, vectors[1:], strict=True)
    ]
    found = [c for c in found if c.cosine >= MIN_COSINE]
    return sorted(found, key=lambda c: (-c.score, c.passage.chunk_id))


def best_per_outlet(candidates: Sequence[Candidate]) -> list[Candidate]:
    seen: dict[str, Candidate] = {}
    for candidate in candidates:
        seen.setdefault(_outlet(candidate), candidate)
    return list(seen.values())


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return float(sum(x * y for x, y in zip(a, b, strict=True)))  # embeddings are normalized


# ---- drafting --------------------------------------------------------------------------------


def extractive_drafts(candidates: Sequence[Candidate], *, per_outlet: bool = False) -> Drafts:
    """The best candidate sentences, verbatim, each citing its own chunk."""
    chosen = list(candidates) if per_outlet else _top(candidates)
    return Drafts(
        sentences=[
            DraftSentence(
                text=c.sentence,
                citations=[QuoteRef(chunk_id=c.passage.chunk_id, quote=c.sentence)],
            )
            for c in chosen
        ]
    )


def _top(candidates: Sequence[Candidate]) -> list[Candidate]:
    if not candidates:
        return []
    best = candidates[0].score
    close = [c for c in candidates if c.score >= best - SCORE_MARGIN]
    return close[:MAX_ANSWER_SENTENCES]


def llm_context(candidates: Sequence[Candidate]) -> list[Passage]:
    """The passages the LLM is shown: those holding a candidate sentence, best first. Fewer,
    relevant passages make a small model both faster and less distracted."""
    chosen: dict[str, Passage] = {}
    for candidate in candidates:
        if len(chosen) == MAX_LLM_PASSAGES:
            break
        chosen.setdefault(candidate.passage.chunk_id, candidate.passage)
    return list(chosen.values())


def llm_passages(passages: Sequence[Passage]) -> str:
    """The `passages` prompt input: id, outlet and text, with block delimiters neutralized."""
    return "\n\n".join(prompt_passage(p) for p in passages)


def llm_drafts(
    question: str, passages: Sequence[Passage], llm: LLM, on_text: TextSink | None = None
) -> Drafts:
    """The LLM's answer split into cited sentences (not yet checked)."""
    from verify.llm.prompts import load_prompt

    prompt = load_prompt("answer")
    variables = {"question": question, "passages": llm_passages(passages)}
    parsed: LLMAnswer | None = None
    if on_text is not None:
        parsed, error = _streamed(llm.stream_text(prompt, variables), on_text)
        if parsed is None:
            log.info("streamed answer unusable (%s); asking again with constrained output", error)
    if parsed is None:
        result = draft(llm, "answer", Request(variables), LLMAnswer)
        if not result.ok or not isinstance(result.value, LLMAnswer):
            return Drafts(flags=[f"LLM answer rejected ({result.error or 'no value'})"])
        parsed = result.value
    return split_answer(parsed, _by_id(passages))


def _streamed(pieces: Iterator[str], on_text: TextSink) -> tuple[LLMAnswer | None, str]:
    """Show the `answer` field as it streams; parse the whole reply once it is done."""
    shown = AnswerFieldStream(on_text)
    text = ""
    for piece in pieces:
        text += piece
        shown.feed(text)
    return parse_llm_answer(text)


def parse_llm_answer(text: str) -> tuple[LLMAnswer | None, str]:
    from pydantic import ValidationError

    start = text.find("{")
    if start < 0:
        return None, "no JSON object"
    body = text[start:].rstrip()
    error = ""
    for candidate in (body[: body.rfind("}") + 1], body + "}"):  # a reply cut before its "}"
        try:
            return LLMAnswer.model_validate_json(candidate), ""
        except ValidationError as exc:
            error = error or f"off-schema: {exc.errors()[0]['msg']}"
    return None, error


class AnswerFieldStream:
    """Passes on, as they arrive, the characters of the JSON reply's `"answer"` string."""

    _START = re.compile(r'"answer"\s*:\s*"')

    def __init__(self, sink: TextSink) -> None:
        self.sink = sink
        self.sent = 0

    def feed(self, text: str) -> None:
        match = self._START.search(text)
        if match is None:
            return
        value = _json_string_prefix(text[match.end() :])
        if len(value) > self.sent:
            self.sink(value[self.sent :])
            self.sent = len(value)


def _json_string_prefix(raw: str) -> str:
    """The decoded part of a JSON string body seen so far (stops at the closing quote)."""
    import json

    out: list[str] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            break
        if ch == "\\":
            escape = raw[i : i + 6] if raw[i + 1 : i + 2] == "u" else raw[i : i + 2]
            if len(escape) < 2 or (escape[1] == "u" and len(escape) < 6):
                break  # incomplete escape: wait for more text
            try:
                out.append(json.loads(f'"{escape}"'))
            except ValueError:
                out.append(escape)
            i += len(escape)
            continue
        out.append(ch)
        i += 1
    return "".join(out)


_MARKS = re.compile(r"((?:\s*\[[^\[\]]+\])+)")
_IDS = re.compile(r"\[([^\[\]]+)\]")


def split_answer(parsed: LLMAnswer, passages: dict[str, Passage]) -> Drafts:
    """One draft per run of text followed by `[id]` marks; quotes from the reply's citations.

    A cited id without a quote in the reply gets the passage's best sentence (`pick_quote`), so
    it is verbatim by construction; a quote the reply gives must be verbatim or the sentence fails.
    """
    drafts = Drafts()
    if not parsed.answerable or parsed.answer.strip() == CANNOT_ANSWER:
        drafts.flags.append("LLM answer: the model said the passages do not answer the question")
        return drafts
    quotes: dict[str, list[str]] = {}
    for cite in parsed.citations:
        quotes.setdefault(cite.chunk_id.strip(), []).append(cite.quote)
    for text, ids in answer_units(parsed.answer):
        refs = []
        for chunk_id in ids:
            given = [q for q in quotes.get(chunk_id, []) if q.strip()]
            if not given and chunk_id in passages:
                given = [pick_quote(text, passages[chunk_id].text)]
            refs += [QuoteRef(chunk_id=chunk_id, quote=q) for q in given or [""]]
        unique = list({(r.chunk_id, r.quote): r for r in refs}.values())
        drafts.sentences.append(DraftSentence(text=text, citations=unique))
    return drafts


def answer_units(answer: str) -> list[tuple[str, list[str]]]:
    """(text, cited ids) for each run of answer text; trailing text without marks cites none."""
    parts = _MARKS.split(answer)
    units: list[tuple[str, list[str]]] = []
    for at in range(0, len(parts), 2):
        text = parts[at].strip().lstrip(".,;: ").strip()
        marks = parts[at + 1] if at + 1 < len(parts) else ""
        ids = [i.strip() for group in _IDS.findall(marks) for i in group.split(",") if i.strip()]
        if text and any(ch.isalnum() for ch in text):
            units.append((text, ids))
    return units


# ---- support (shared with the ExpertQA suite) ------------------------------------------------


def evidence_windows(claim: str, passage: str, quote: str = "") -> list[str]:
    """What the stance model reads for one cited passage: the whole passage, plus the quote and
    the two-sentence window around it when the writer pointed at a quote, else the
    `WINDOWS_PER_PASSAGE` two-sentence windows sharing most words with the claim. Reading every
    window of the passage would let any sentence "support" the claim by chance."""
    sentences = sentences_of(passage)
    windows = [" ".join(sentences[i : i + 2]) for i in range(max(len(sentences) - 1, 1))]
    ranked = sorted(windows, key=lambda w: -lexical_overlap(claim, w))
    picked = [passage.strip()]
    if quote:
        picked += [quote, *[w for w in windows if find_verbatim(quote, w)][:1]]
    else:
        picked += ranked[:WINDOWS_PER_PASSAGE]
    return unique(w for w in picked if w)


def support_scores(
    model: StanceJudge, claims: Sequence[tuple[str, Sequence[tuple[str, str]]]]
) -> list[StanceScore | None]:
    """For each (sentence, [(cited passage, quote)]) the deciding reading of its cited evidence,
    scored in one batch (None for a sentence that cites nothing): a reading that clearly refutes
    the sentence if there is one (cited evidence against it vetoes it: a long passage read as a
    whole can look supportive when the quoted sentence says the opposite), else the reading
    with the largest lead of SUPPORTS over REFUTES."""
    pairs: list[tuple[str, str]] = []
    owner: list[int] = []
    for i, (sentence, cited) in enumerate(claims):
        for passage, quote in cited:
            for window in evidence_windows(sentence, passage, quote):
                pairs.append((window, sentence))
                owner.append(i)
    scores = model.predict(pairs) if pairs else []
    readings: list[list[StanceScore]] = [[] for _ in claims]
    for i, score in zip(owner, scores, strict=True):
        readings[i].append(score)
    return [_deciding(group) for group in readings]


def sentences_supported(
    claims: Sequence[tuple[str, Sequence[tuple[str, str]]]],
    scores: Sequence[StanceScore | None],
) -> list[bool]:
    """For each (sentence, [(cited passage, quote)]) and its deciding reading
    (`support_scores`): do its cited passages support it? The product's support judgement
    (`verify.judge.support.judge`) against the cited passages together: a sentence whose number,
    date or name no cited passage states is not supported, whatever the stance model reads."""
    from verify.judge.support import judge

    out = []
    for (sentence, cited), score in zip(claims, scores, strict=True):
        text = " ".join(passage for passage, _ in cited)
        out.append(score is not None and judge(sentence, text, score) is Stance.SUPPORTS)
    return out


def _deciding(readings: Sequence[StanceScore]) -> StanceScore | None:
    refuting = [r for r in readings if decisive_side(r) is Stance.REFUTES]
    if refuting:
        return max(refuting, key=lambda r: r.refutes)
    return max(readings, key=_lead, default=None)


def _lead(score: StanceScore) -> float:
    return score.supports - score.refutes


# ---- assembling ------------------------------------------------------------------------------


def unanswerable(question: str, flags: list[str | Flag]) -> Answer:
    return Answer(question=question, answer=CANNOT_ANSWER, answerable=False, flags=unique(flags))


def assemble_answer(
    question: str, kept: Sequence[Checked], sides: Sequence[str], flags: list[str | Flag]
) -> Answer:
    """Answer text with `[n]` marks numbering the citations; grouped by outlet on disagreement."""
    citations: list[Citation] = []
    number: dict[tuple[str, str], int] = {}
    lines: list[tuple[str, str]] = []
    for item in kept:
        marks = []
        for c in item.citations:
            key = (c.chunk_id, c.quote)
            if key not in number:
                citations.append(c)
                number[key] = len(citations)
            if f"[{number[key]}]" not in marks:
                marks.append(f"[{number[key]}]")
        outlet = _outlet_of(item.citations[0]) if item.citations else ""
        lines.append((outlet, f"{_sentence(item.text)} {''.join(marks)}"))
    return Answer(
        question=question,
        answer=_text(lines, sides),
        answerable=True,
        citations=citations,
        flags=unique(flags),
    )


def _text(lines: Sequence[tuple[str, str]], sides: Sequence[str]) -> str:
    if not sides:
        return " ".join(line for _, line in lines)
    groups: dict[str, list[str]] = {}
    for outlet, line in lines:
        groups.setdefault(outlet, []).append(line)
    said = [f"{outlet} says: {' '.join(group)}" for outlet, group in groups.items()]
    return "The sources disagree. " + " ".join(said)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?\"'\u201d" else text + "."


# ---- small helpers ---------------------------------------------------------------------------


def _passage_flags(passages: Sequence[Passage]) -> list[str | Flag]:
    flags: list[str | Flag] = []
    for passage in passages:
        flags += injection_flags(passage.text, where=f"passage {passage.chunk_id}")
    return flags


def _injected(checked: CheckedSentence) -> list[str]:
    return [
        f"quote {shorten(c.quote)!r} is instruction-like text, not evidence"
        for c in checked.citations
        if quotes_injection(c.quote, c.passage)
    ]


def quotes_injection(quote: str, passage: str) -> bool:
    """Does the quote touch a sentence of its passage that looks like instructions to a model?"""
    from verify.corpus.chunk import sentence_spans

    if overlaps_injection(quote):
        return True
    start = passage.find(quote)
    if start < 0:
        return False
    end = start + len(quote)
    touched = [passage[a:b] for a, b in sentence_spans(passage) if a < end and b > start]
    return any(overlaps_injection(sentence) for sentence in touched)


def _by_id(passages: Sequence[Passage]) -> dict[str, Passage]:
    return {p.chunk_id: p for p in passages}


def _outlet(candidate: Candidate) -> str:
    return candidate.passage.outlet or candidate.passage.source_id


def _outlet_of(citation: Citation) -> str:
    return citation.outlet or citation.source_id


def answer_dict(answer: Answer) -> dict[str, Any]:
    """The `--json` layout: question, answer, answerable, citations, flags."""
    return answer.model_dump(mode="json")


def dropped(sentence: str, why: str) -> Flag:
    """The flag of a written sentence the checks left out."""
    return Flag(
        code=FlagCode.DROPPED_SENTENCE, message=f"dropped sentence {shorten(sentence)!r}: {why}"
    )
