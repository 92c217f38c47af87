"""The steps of a whole-article report; `verify.pipeline` strings them together.

* `resolve_article`: a path (ingested first when new) or a source id -> the stored `Source`.
* `excluded_sources`: the article, its syndicated copies and (by default) its outlet: a claim is
  checked only against *other* sources, or an article would corroborate itself.
* `check_claims`: every check-worthy claim checked; opinions and other non-check-worthy claims are
  listed with no verdict.
* `own_passages`: the article's chunks, so a summary can cite "only this outlet says" sentences.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from verify.errors import InputError
from verify.types import Claim, ClaimCheck, Passage, Source

if TYPE_CHECKING:
    from verify.corpus.store import Store
    from verify.judge.check import Checker

log = logging.getLogger(__name__)


def resolve_article(article: str, store: Store) -> tuple[Source, list[str]]:
    """The source an ARTICLE argument names (`verify.corpus.ingest.file_or_source_id`), and flags
    saying what was done to get it."""
    from verify.corpus.ingest import file_or_source_id

    found = file_or_source_id(article)
    if isinstance(found, Path):
        return _ingested(found, store)
    if not store.ready_ids():
        raise InputError("the store is empty", "add articles first: verify ingest PATH")
    if not store.has_source(found):
        raise InputError(
            f"{found!r} is neither a file nor a source id in the store",
            "run `verify sources` to list the ids, or pass the path of an article file",
        )
    return store.get_source(found), []


def _ingested(path: Path, store: Store) -> tuple[Source, list[str]]:
    from verify.corpus.ingest import IngestStatus, ingest_paths

    outcomes = ingest_paths([str(path)], store).outcomes
    failed = [o for o in outcomes if o.status is IngestStatus.FAILED]
    if failed:
        raise InputError(
            f"cannot read {path}: {failed[0].reason}", "pass a .txt, .md or .html file"
        )
    ids = [o.source_id for o in outcomes if o.source_id]
    if len(ids) != 1:
        raise InputError(
            f"{path} holds {len(ids)} articles, not one",
            "ingest it with `verify ingest`, then report on one source id",
        )
    added = [o for o in outcomes if o.status in (IngestStatus.ADDED, IngestStatus.REPLACED)]
    flags = [f"ingested {path} as source {ids[0]}"] if added else []
    return store.get_source(ids[0]), flags


def excluded_sources(source: Source, store: Store, *, include_outlet: bool = False) -> set[str]:
    """Ids a claim of `source` must not be checked against (itself, its copies, its outlet)."""
    links = store.duplicate_links()  # copy -> original
    family = {source.id, *source.duplicates}
    if source.duplicate_of:
        family.add(source.duplicate_of)
    changed = True
    while changed:  # copies of copies, and the original's other copies
        before = len(family)
        family |= {c for c, o in links.items() if o in family}
        family |= {o for c, o in links.items() if c in family}
        changed = len(family) != before
    if not include_outlet and source.outlet.strip():
        outlet = source.outlet.strip().casefold()
        cards = store.source_cards()
        family |= {
            i for i, card in cards.items() if str(card["outlet"]).strip().casefold() == outlet
        }
    return family


def check_claims(
    checker: Checker,
    claims: Sequence[Claim],
    *,
    exclude_sources: Collection[str],
    k: int | None = None,
    on_claim: Callable[[int, int], None] | None = None,
) -> list[ClaimCheck]:
    """Check-worthy claims checked against the store minus `exclude_sources`; the rest listed.

    `on_claim(done, total)` is told before each check-worthy claim and after the last."""
    checks = []
    total, done = sum(c.check_worthy for c in claims), 0
    for claim in claims:
        if not claim.check_worthy:
            checks.append(ClaimCheck(claim=claim, skipped=f"not check-worthy ({claim.kind.value})"))
            continue
        if on_claim is not None:
            on_claim(done, total)
        checks.append(checker.check(claim, k=k, exclude_sources=exclude_sources))
        done += 1
    if on_claim is not None and total:
        on_claim(done, total)
    return checks


def own_passages(store: Store, source: Source) -> list[Passage]:
    """The article's own chunks as passages (what a summary cites for claims only it makes)."""
    return [
        Passage(
            chunk_id=chunk.id,
            source_id=source.id,
            title=source.title,
            outlet=source.outlet,
            text=chunk.text,
            start=chunk.start,
            end=chunk.end,
        )
        for chunk in store.chunks_of(source.id)
    ]


def report_flags(
    source: Source, checks: Sequence[ClaimCheck], others: int, same_outlet: int = 0
) -> list[str]:
    """Honest notes about what the report could not do. `others`: sources the claims were
    checked against; `same_outlet`: sources left out only for sharing the article's outlet."""
    flags = []
    if others == 0 and same_outlet:
        flags.append(
            f"every other source in the store ({same_outlet}) is from the article's own outlet,"
            f" {source.outlet}, and is left out: nothing to check the claims against"
            " (pass --include-outlet to count them, or ingest other outlets)"
        )
    elif others == 0:
        flags.append("no other sources in the store: nothing to check the claims against")
    if not checks:
        flags.append("no claims found in the article")
    elif all(c.verdict is None for c in checks):
        flags.append("no check-worthy claims: every claim found is an opinion or similar")
    return flags
