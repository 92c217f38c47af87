"""Measured quantities (verify.judge.quantity): units, ranges, hedges and bounds read from text,
and when one quantity states another."""

from __future__ import annotations

import pytest

from verify.judge.quantity import quantities


def one(text: str):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("the sea rose by 16–21 cm since 1900", 16, 21, "cm"),
        ("(6.3–8.3 in)", 6.3, 8.3, "inch"),
        ("between 30 and 130 cm", 30, 130, "cm"),
        ("from 1.1 to 6.4 °C", 1.1, 6.4, "°c"),
        ("an area of 1,200 square kilometres", 1200, 1200, "km2"),
        ("3 degrees Fahrenheit", 3, 3, "°f"),
        ("about 29 billion tons of carbon dioxide", 29e9, 29e9, "tons"),
        ("between 0.2 and 0.3 billion tons", 0.2e9, 0.3e9, "tons"),
    ],
)
def test_values_and_ranges_with_their_units(text: str, low: float, high: float, unit: str) -> None:
    q = one(text)
    assert (q.low, q.high, q.unit) == (low, high, unit)


@pytest.mark.parametrize(
    "text",
    [
        "it rose 8 in 2010",
        "a 5G network",
        "1.44 mm/yr",
        "300 km per day",
        "about 1.8 millimetres (0.071 in) per year",
        "5 million pounds",
    ],
)
def test_what_is_not_a_measure_is_left_out(text: str) -> None:
    assert quantities(text) == ()


@pytest.mark.parametrize(
    ("claim", "source", "states"),
    [
        ("about 8 inches", "16–21 cm", True),
        ("about 8 inches", "19.5 cm", True),
        ("8 inches", "50 cm", False),
        ("300 km", "186 miles", True),
        ("300 km", "30 miles", False),
        ("more than 400 feet", "about 120 metres", True),
        ("more than 400 feet", "40 metres", False),
        ("up to 2 metres", "1.5 m in", False),  # "m" alone is not read (million)
        ("up to 2 metres", "150 cm", True),
        ("2 °C", "3.6 °F", True),  # as a difference
        ("100 °C", "212 °F", True),  # as a reading
        ("20 cm", "19.5 cm", False),  # the same unit, not hedged: the value itself
        ("8 km", "8 kg", False),
        ("around 29 billion tonnes", "about 29 billion tons", True),
        ("2017 billion tonnes", "about 29 billion tons", False),
    ],
)
def test_when_a_source_states_the_claims_measure(claim: str, source: str, states: bool) -> None:
    found = quantities(source)
    assert any(one(claim).within(q) for q in found) is states, (claim, source)
