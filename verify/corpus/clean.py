"""Boilerplate removal: trafilatura for HTML, line rules for plain text.

Web-scraped text carries junk around the article body: reader appeals, share and donate lines,
disclaimers and copyright notices, subscription prompts, comment widgets, photo captions and
credits, and teasers for other articles. `clean_text` drops such lines by rule and drops
everything after a line that marks the end of the article ("Note to readers", "Articles by:",
"Click the alert icon to follow topics", ...). Every other line is kept, so no sentence of the
body is lost; the removed lines are returned so a caller (or a test) can see exactly what went.

Metadata is read from the raw text, before cleaning, because the clues sit in the junk: a byline
such as "Articles by: South Front", a known site's widget text, or a URL's domain.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlparse

log = logging.getLogger(__name__)

# A whole line matching one of these is junk (matched case-insensitively from the line start).
_JUNK_START = re.compile(
    r"^(note to readers|disclaimer\b|copyright\s*(©|\(c\)|\d{4})|©|\(c\)\s*\d{4}"
    r"|all rights reserved"
    r"|for media inquiries|articles by:|related (articles|stories|posts|coverage)\b"
    r"|read (more|also|next)\b|advertisement$|sponsored content|subscribe (now|today|to)\b"
    r"|sign up (for|to)\b|already (signed up|a subscriber)|log ?in$|click the alert icon"
    r"|share (this|on|via)\b|follow us\b|leave a (comment|reply)|comments?$"
    r"|automatic approval of subscriber comments|tags?:|filed under\b|print this\b"
    r"|from \$?\d+(\.\d+)? for the first month)",
    re.IGNORECASE,
)
# A line containing one of these is junk wherever it appears.
_JUNK_ANYWHERE = re.compile(
    r"paypal\s*:|patreon\.com|/donate\b|please (support|donate|consider supporting)"
    r"|support the project|share buttons|crosspost|copyrighted material|send in e-?mail"
    r"|readers to support|subscriber comments|sign up for our newsletter",
    re.IGNORECASE,
)
# A teaser for another article ends with an upper-case call to action.
_TEASER = re.compile(r"\s(LISTEN|WATCH|READ MORE|READ)\s*$")
# A photo caption ends with its credit, e.g. "... in Moscow, 2020.Credit: ,AP".
_CREDIT = re.compile(r"\s*\b(Credit|Photo|Photograph|Image|Picture)( credit)?\s*:\s*[^.!?]{0,80}$")
# After one of these lines nothing belongs to the article any more.
_END_OF_ARTICLE = re.compile(
    r"^(note to readers|articles by:|disclaimer:|click the alert icon to follow topics"
    r"|automatic approval of subscriber comments|related (articles|stories|posts)\b"
    r"|you may also like|recommended for you|most (read|popular)\b|leave a (comment|reply))",
    re.IGNORECASE,
)
_HAS_WORD = re.compile(r"\w")
_BYLINE = re.compile(r"^Articles by:\s*(?P<outlet>[^\n]{2,60}?)\s*$", re.MULTILINE)
_DATE_LINE = re.compile(
    r"^(?:(?:published|posted|updated|date)\s*(?:on)?\s*:?\s*)?(?P<date>[\w ,./-]{8,30}?)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*\w{0,4})?$",
    re.IGNORECASE,
)
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%Y/%m/%d")

KNOWN_DOMAINS = {
    "haaretz.com": "Haaretz",
    "haaretz.co.il": "Haaretz",
    "reuters.com": "Reuters",
    "southfront.org": "South Front",
    "southfront.press": "South Front",
    "globalresearch.ca": "Global Research",
    "apnews.com": "AP",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "aljazeera.com": "Al Jazeera",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "rt.com": "RT",
    "tass.com": "TASS",
}
# Wire datelines and bylines: "(CNN)", "WASHINGTON (Reuters) -", "LONDON, June 3 (AP) —",
# "Des Moines, Iowa (CNN)", "By Jane Doe, CNN". Unknown names count only in a dateline's form:
# after a place, before a dash.
WIRE_OUTLETS = {
    "cnn": "CNN",
    "reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "afp": "AFP",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "bbc": "BBC",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "dpa": "dpa",
    "al jazeera": "Al Jazeera",
}
_DATELINE = re.compile(
    r"^(?P<place>(?:[A-Z][A-Z.'\- ]{1,40}|(?!The )[A-Z][a-z.'\-]+(?: [A-Z][a-z.'\-]+){0,3})"
    r"(?:,[\w .']{1,30})?\s)?\((?P<name>[A-Za-z][\w&. ]{0,30})\)"
    r"\s*(?P<dash>[-\u2013\u2014]{1,2}|:)?",
)
_WIRE_BYLINE = re.compile(r"^By [^,\n]{2,60}, (?P<name>[A-Za-z][\w&. ]{1,30})\s*$", re.MULTILINE)
# Text that only one site's pages carry (its widgets), checked after bylines and URLs.
SITE_SIGNATURES = (
    (re.compile(r"Send in e-mailSend in e-mail|Click the alert icon to follow topics"), "Haaretz"),
    (re.compile(r"Centre for Research on Globalization|globalresearch\.ca"), "Global Research"),
)


@dataclass
class CleanText:
    """Cleaned article text with what was found about it and what was removed."""

    text: str
    title: str = ""
    outlet: str = ""
    date: str | None = None
    removed: list[str] = field(default_factory=list)


def clean_text(raw: str, *, markdown: bool = False) -> CleanText:
    """Drop boilerplate lines from plain text; keep every line of the article body."""
    lines = [_normalize_line(line, markdown) for line in raw.replace("\r\n", "\n").split("\n")]
    keep, removed = _judge_lines(lines)
    date = None
    for i, line in enumerate(lines[:12]):
        if keep[i] and (found := parse_date_line(line)):
            keep[i], date = False, found
            removed.append(line)
            break
    text = _join_kept(lines, keep)
    for line in removed:
        log.debug("removed: %s", line)
    return CleanText(
        text=text, title=_title(text), outlet=detect_outlet(raw), date=date, removed=removed
    )


def clean_html(html: str) -> CleanText:
    """Extract the article from an HTML page with trafilatura, then apply the text rules."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    body = (doc.text if doc is not None else "") or ""
    cleaned = clean_text(body)
    if doc is None:
        return cleaned
    title = (doc.title or "").strip()
    if title and not cleaned.text.startswith(title):
        cleaned.text = f"{title}\n\n{cleaned.text}" if cleaned.text else ""
    cleaned.title = title or cleaned.title
    url = doc.url or ""
    cleaned.outlet = detect_outlet(html, url=url) or (doc.sitename or "").strip() or cleaned.outlet
    cleaned.date = normalize_date(doc.date) or cleaned.date
    return cleaned


def detect_outlet(raw: str, *, url: str = "") -> str:
    """Outlet from a byline, then the URL's domain, then a known site's signature text."""
    if match := _BYLINE.search(raw):
        return match.group("outlet").strip()
    if url and (domain := outlet_from_url(url)):
        return domain
    if wire := outlet_from_dateline(raw):
        return wire
    for pattern, outlet in SITE_SIGNATURES:
        if pattern.search(raw):
            return outlet
    return ""


def outlet_from_dateline(raw: str) -> str:
    """The outlet a wire dateline or byline names in the first lines ('' if none)."""
    head = raw.lstrip().split("\n")[:12]
    for line in head:
        if outlet := _dateline(line)[0]:
            return outlet
    match = _WIRE_BYLINE.search("\n".join(head))
    return WIRE_OUTLETS.get(match.group("name").casefold(), "") if match else ""


def _dateline(line: str) -> tuple[str, int]:
    """(outlet, where the text after it starts) for a line opening with a wire dateline."""
    match = _DATELINE.match(line.strip())
    if match is None:
        return "", 0
    name = match.group("name").strip()
    if name.casefold() in WIRE_OUTLETS:
        return WIRE_OUTLETS[name.casefold()], match.end()
    if match.group("place") and match.group("dash"):
        return name, match.end()
    return "", 0


def outlet_from_url(url: str) -> str:
    """A known outlet's name for the URL's domain, else the bare domain ('' if unparsable)."""
    try:
        host = (urlparse(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:  # e.g. "http://[bad": an unclosed IPv6 bracket
        return ""
    host = host.removeprefix("www.")
    for domain, name in KNOWN_DOMAINS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host


def normalize_date(value: str | None) -> str | None:
    """ISO date (YYYY-MM-DD) for a date in a common format; None if it cannot be read."""
    if not value:
        return None
    text = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return text[:10]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def parse_date_line(line: str) -> str | None:
    """The date of a line that holds nothing but a full date (optionally 'Published: ...')."""
    match = _DATE_LINE.match(line.strip())
    return normalize_date(match.group("date")) if match else None


def _normalize_line(line: str, markdown: bool) -> str:
    line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
    if markdown:
        line = re.sub(r"^#{1,6}\s+", "", line)
        line = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
    return line


def _judge_lines(lines: list[str]) -> tuple[list[bool], list[str]]:
    """Which lines to keep, and the non-blank lines removed (in order)."""
    keep = [bool(line) for line in lines]
    captions = {_CREDIT.sub("", line) for line in lines if _CREDIT.search(line)}
    ended = False
    for i, line in enumerate(lines):
        if not line:
            continue
        ended = ended or bool(_END_OF_ARTICLE.match(line))
        if ended or _is_junk(line) or line in captions:
            keep[i] = False
    removed = [line for line, kept in zip(lines, keep, strict=True) if line and not kept]
    return keep, removed


def _is_junk(line: str) -> bool:
    return bool(
        not _HAS_WORD.search(line)
        or _JUNK_START.match(line)
        or _JUNK_ANYWHERE.search(line)
        or _TEASER.search(line)
        or _CREDIT.search(line)
    )


def _join_kept(lines: list[str], keep: list[bool]) -> str:
    """Kept lines as paragraphs separated by blank lines; hard-wrapped lines are rejoined."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line, kept in zip(lines, keep, strict=True):
        if not kept:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and not _continues(current[-1], line):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _continues(previous: str, line: str) -> bool:
    """A line in the same block continues a hard-wrapped sentence of the previous one."""
    return not re.search(r"[.!?:;\"”’')]$", previous) and line[:1].islower()


TITLE_CHARS = 80  # a title made from the first sentence is cut to this, at a word


def _title(text: str) -> str:
    """The first line when it reads as a headline, else the first sentence (shortened)."""
    first = text.split("\n", 1)[0].strip()
    if first and len(first) <= 200 and not re.search(r"[.!?]$", first):
        return first
    after_dateline = first[_dateline(first)[1] :].strip()
    sentence = re.split(r"(?<=[.!?])\s", after_dateline, maxsplit=1)[0]
    if len(sentence) <= TITLE_CHARS:
        return sentence
    return sentence[: TITLE_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
