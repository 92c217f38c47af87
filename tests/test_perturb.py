"""The perturbation suite's generator (verify.evaluation.perturb): the variants it makes from a
claim, their labels, and the spaCy typing errors it does not swap in."""

from __future__ import annotations

import pytest

from verify.evaluation.perturb import Change, Pools, _a_date, variants

CORPUS = [
    "Russian military police arrived in Ain Issa on December 2, 2019, the Defense Ministry said. "
    "Turkey and the Syrian Democratic Forces clashed near Kobani in October 2019. "
    "Sergei Shoigu met Hulusi Akar in Ankara on March 5, 2020. Twelve patrols left Qamishli.",
    "BACKGROUND Pleurocidin is a peptide. Sea surface temperatures decreased by 0.3–2.2 °C "
    "(0.54–3.96 °F) in 1258.",
]
CLAIM = "Three Russian officers were injured near Kobani on December 2, 2019, Sergei Lavrov said."


def test_one_variant_per_kind_with_the_rules_label() -> None:
    made = variants("c1", CLAIM, "test", Pools.of(CORPUS), seed=0)
    kinds = {v.change: v for v in made}
    assert made[0].change is Change.ORIGINAL and made[0].claim == CLAIM
    assert kinds[Change.ORIGINAL].label == "SUPPORTED"
    for change in (Change.NUMBER, Change.DATE, Change.NEGATION):
        assert kinds[change].label == "REFUTED" and kinds[change].claim != CLAIM
    assert kinds[Change.ADDED].label == "NOT_ENOUGH_EVIDENCE"
    assert variants("c1", CLAIM, "test", Pools.of(CORPUS), seed=0) == made  # seeded


def test_pools_leave_out_what_spacy_mistyped() -> None:
    pools = Pools.of(CORPUS)
    assert not any("°" in d or "0.54" in d for d in pools.dates), pools.dates
    assert not any("BACKGROUND" in e for names in pools.entities.values() for e in names)


@pytest.mark.parametrize(
    ("text", "is_date"),
    [
        ("December 2, 2019", True),
        ("2100", True),
        ("Tuesday", True),
        ("the 1990s", True),
        ("0.54–3.96 °F", False),
        ("7489", False),
        ("the past 50 years", False),
    ],
)
def test_what_counts_as_a_date_to_swap(text: str, is_date: bool) -> None:
    assert _a_date(text) is is_date
