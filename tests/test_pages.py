"""The static report page (`--format html`): every link lands on something in the page."""

from __future__ import annotations

from serve_helpers import parse
from test_render import summarized_report
from test_report_samples import CHECKS

from verify.render import pages, render_html
from verify.types import (
    Claim,
    ClaimCheck,
    Evidence,
    Passage,
    Report,
    Source,
    Stance,
    Summary,
    Verdict,
    VerdictResult,
)


def test_every_static_link_has_a_target_in_the_page() -> None:
    report = summarized_report()
    page = parse(render_html(report))
    targets = [h[1:] for h in page.hrefs]
    assert all(h.startswith("#") for h in page.hrefs)
    missing = [t for t in targets if t and t not in page.ids]
    assert not missing
    cited = {ev.chunk_id for check in CHECKS for ev in check.evidence}
    assert cited and {f"chunk-{cid}" for cid in cited} <= set(targets)
    # the cited passages highlight each quote the report shows from them
    quotes = {ev.quote for check in CHECKS for ev in check.evidence}
    quotes |= {c.quote for c in report.summary.citations}
    assert set(page.cited) == quotes


def test_open_claim_shows_its_evidence_and_legend_counts_verdicts() -> None:
    report = summarized_report()
    html = pages.report_page(report, open_claim=1)
    assert 'id="claim-1" class="claim v-nei open"' in html
    verdicts = [c.verdict for c in report.claims]
    supported = verdicts.count(Verdict.SUPPORTED)
    assert f"supported {supported}</li>" in html
    assert f"not checked {verdicts.count(None)}</li>" in html


def test_right_to_left_text_gets_dir_auto() -> None:
    text = "قالت الوزارة إن ثلاثة من أفراد الشرطة أصيبوا بجروح طفيفة."
    passage = Passage(
        chunk_id="b-0000", source_id="b", outlet="الجزيرة", text=text, start=0, end=len(text)
    )
    ev = Evidence(
        passage=passage,
        quote=text,
        stance=Stance.SUPPORTS,
        score=0.9,
        counted=True,
    )
    check = ClaimCheck(
        claim=Claim(text=text, start=0, end=len(text)),
        result=VerdictResult(
            verdict=Verdict.SUPPORTED, confidence=0.9, independent_sources=1, reason=""
        ),
        evidence=[ev],
    )
    report = Report(
        source=Source(id="a", title="عنوان", text=text), claims=[check], summary=Summary(text="")
    )
    html = render_html(report)
    assert '<div class="article" dir="auto">' in html
    assert f'<blockquote dir="auto"><span class="quote">{text}</span>' in html
    assert '<h1 dir="auto">عنوان</h1>' in html
