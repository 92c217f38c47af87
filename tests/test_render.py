"""Rendering: JSON layout, Markdown, and an HTML page checked with a real HTML parser."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from test_report_samples import ARTICLE, CHECKS, OWN_PASSAGES, SOURCE, claim, sample_report

from verify.render import render_html, render_json, render_markdown, report_to_dict
from verify.types import ClaimCheck
from verify.write.summarize import summarize


def summarized_report():
    summary, flags = summarize(SOURCE, CHECKS, OWN_PASSAGES)
    return sample_report(summary, flags + ["summary: example flag"])


class PageParser(HTMLParser):
    """Collects per-claim highlighted text, evidence quotes, links and resource references."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marked: dict[int, str] = {}
        self.quotes: list[str] = []
        self.refs: list[str] = []
        self.tags: list[str] = []
        self._claims: list[list[int]] = []
        self._in_quote = False
        self._quote = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        self.refs += [v for k, v in attrs if k in ("src", "href") and v]
        if tag == "mark" and values.get("data-claims"):
            self._claims.append([int(n) for n in (values["data-claims"] or "").split()])
        if tag == "span" and values.get("class") == "quote":
            self._in_quote, self._quote = True, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._claims:
            self._claims.pop()
        if tag == "span" and self._in_quote:
            self._in_quote = False
            self.quotes.append(self._quote)

    def handle_data(self, data: str) -> None:
        for numbers in self._claims[-1:]:
            for n in numbers:
                self.marked[n] = self.marked.get(n, "") + data
        if self._in_quote:
            self._quote += data


def test_html_highlights_every_claim_and_quotes_every_evidence() -> None:
    page = PageParser()
    page.feed(render_html(summarized_report()))
    page.close()
    for number, check in enumerate(CHECKS, 1):
        assert page.marked[number] == ARTICLE[check.claim.start : check.claim.end]
    expected_quotes = [ev.quote for check in CHECKS for ev in check.evidence]
    assert page.quotes == expected_quotes
    assert expected_quotes


def test_html_is_self_contained_and_escaped() -> None:
    html = render_html(summarized_report())
    page = PageParser()
    page.feed(html)
    assert all(ref.startswith("#") for ref in page.refs), page.refs
    assert "script" not in page.tags  # the article's <script> text is escaped, not run
    assert "link" not in page.tags and "img" not in page.tags
    assert "&lt;script&gt;" in html
    assert "<style>" in html
    assert "Police &lt;Under&gt; Attack" in html


def test_html_marks_overlapping_spans_for_both_claims() -> None:
    sentence = "Nonetheless, it seems that the radical pro-US faction"
    wider = ClaimCheck(claim=claim("It seems that the faction is strong.", sentence))
    report = sample_report().model_copy(update={"claims": [*CHECKS, wider]})
    page = PageParser()
    page.feed(render_html(report))
    opinion = CHECKS[1].claim
    assert page.marked[2] == ARTICLE[opinion.start : opinion.end]
    assert page.marked[5] == sentence
    assert "the radical" in page.marked[2] and "the radical" in page.marked[5]


def test_json_layout() -> None:
    data = json.loads(render_json(summarized_report()))
    assert data["schema_version"] == 1
    assert data["source"]["id"] == SOURCE.id
    assert set(data) == {"schema_version", "source", "claims", "summary", "flags", "timings"}
    claims = data["claims"]
    assert [c["verdict"] for c in claims] == [
        "NOT_ENOUGH_EVIDENCE",
        None,
        "SUPPORTED",
        "REFUTED",
    ]
    opinion = claims[1]
    assert opinion["check_worthy"] is False and opinion["kind"] == "opinion"
    assert opinion["confidence"] is None and opinion["evidence"] == []
    assert set(claims[2]) == {
        "text",
        "start",
        "end",
        "kind",
        "attribution",
        "check_worthy",
        "verdict",
        "confidence",
        "independent_sources",
        "reason",
        "evidence",
    }
    assert set(claims[2]["evidence"][0]) == {
        "chunk_id",
        "source_id",
        "outlet",
        "passage",
        "quote",
        "stance",
        "score",
        "coverage",
        "counted",
        "matched",
        "conflicting",
        "missing",
    }
    assert claims[3]["attribution"] == "Turkey"
    assert set(data["summary"]) == {"text", "sentences", "citations", "writer"}
    assert data["summary"]["writer"] == "extractive"
    assert {s["writer"] for s in data["summary"]["sentences"]} == {"extractive"}
    assert "summary: example flag" in data["flags"]


def test_json_matches_the_dict() -> None:
    report = summarized_report()
    assert json.loads(render_json(report)) == json.loads(json.dumps(report_to_dict(report)))


def _schema_paths(schema: dict, node: dict, prefix: str = "") -> set[str]:
    """Dotted key paths of the output models (`…Out`), lists as `[]`; other models are leaves."""
    paths = set()
    for key, prop in node.get("properties", {}).items():
        path, items = f"{prefix}{key}", prop.get("items", prop)
        paths.add(path)
        ref = items.get("$ref", "")
        if ref.endswith("Out"):
            inner = schema["$defs"][ref.rsplit("/", 1)[1]]
            paths |= _schema_paths(schema, inner, path + ("[]." if "items" in prop else "."))
    return paths


def test_output_models_have_exactly_the_documented_keys() -> None:
    """Every key of `ReportOut` is a row of docs/report-schema.md's table and every row is a key
    (rows below the output models, like `summary.sentences[].writer`, are not compared)."""
    import re

    from conftest import ROOT

    from verify.render.schema import ReportOut

    schema = ReportOut.model_json_schema()
    found = _schema_paths(schema, schema)
    doc = (ROOT / "docs" / "report-schema.md").read_text(encoding="utf-8")
    documented = set()
    for line in doc.splitlines():
        if line.startswith("| `"):
            for name in re.findall(r"`([\w.\[\]]+)`", line.split("|")[1]):
                name = re.sub(r"^evidence\[\]", "claims[].evidence[]", name).removesuffix("[]")
                documented.add(name)
    containers = {"source", "claims[]", "claims[].evidence[]", "summary"}
    documented = {n for n in documented if "." not in n or n.rsplit(".", 1)[0] in containers}
    documented |= {"source", "claims", "summary"}  # sections: the table lists their fields
    assert found == documented


def test_markdown_shows_verdicts_quotes_and_flags() -> None:
    md = render_markdown(summarized_report())
    assert md.startswith("# Video: Police <Under> Attack")
    assert "**SUPPORTED** (0.91, 1 independent source)" in md
    assert "_not checked (opinion)_" in md
    assert "patrolled by Russian and Turkish troops" in md
    assert "(according to Turkey)" in md
    assert "## Flags" in md and "summary: example flag" in md
    assert "Corroborated by other sources:" in md


def test_markdown_and_html_say_who_wrote_the_summary(tmp_path: Path) -> None:
    from verify.llm import ScriptedLLM
    from verify.render.pages import summary_html

    patrols = "Russian and Turkish troops patrol a strategic highway in northern Syria."
    replies = [json.dumps({"text": patrols})] + ["not JSON"] * 4  # claims 4 and 1 fail twice
    llm = ScriptedLLM(replies, cache_db=tmp_path / "c.sqlite")
    summary, _ = summarize(SOURCE, CHECKS, OWN_PASSAGES, llm=llm)
    md = render_markdown(sample_report(summary))
    assert "_Written by the LLM: 1 of 3 sentences passed the citation and support checks" in md
    assert "Written by the LLM: 1 of 3" in summary_html(summary)
    extractive, _ = summarize(SOURCE, CHECKS, OWN_PASSAGES)
    assert "_Extractive summary: each claim with its evidence quote._" in render_markdown(
        sample_report(extractive)
    )


def test_markdown_of_an_empty_summary_says_so() -> None:
    assert "No claim could be checked" in render_markdown(sample_report())


def test_uncounted_support_is_marked_in_markdown_and_html() -> None:
    from verify.render import uncounted_note
    from verify.types import Evidence, Passage, Stance

    text = "More police arrived."
    passage = Passage(chunk_id="b-0000", source_id="b", text=text, start=0, end=len(text))

    def ev(stance: Stance, coverage: float | None) -> Evidence:
        return Evidence(
            passage=passage,
            quote="More police arrived.",
            stance=stance,
            score=0.83,
            coverage=coverage,
        )

    assert uncounted_note(ev(Stance.SUPPORTS, 0.26)) == " (not counted: 26% of the claim's words)"
    assert uncounted_note(ev(Stance.SUPPORTS, 0.5)) == ""
    assert uncounted_note(ev(Stance.REFUTES, 0.1)) == ""  # refutation needs no coverage
    assert uncounted_note(ev(Stance.SUPPORTS, None)) == ""  # reports made before the field
