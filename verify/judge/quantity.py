"""Measured quantities in text: a number or a range with a unit of length, area, volume, mass,
speed or temperature, in SI base units, so that a claim's "about 8 inches" is found in "rose
16–21 cm (6.3–8.3 in)" and "400 feet" is compared with "110 metres".

The units are a fixed table of exact conversion factors (a units library would add its registry's
load time for the same few constants). Currency ("pounds") and bare letters that are also words
("m", "in" before a word) are left out: a unit is read only where it cannot be something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_INCH = 0.0254
_UNITS: dict[str, tuple[str, float]] = {}
"""unit word (lower case) -> (dimension, factor to the SI base unit)."""


def _add(dimension: str, factor: float, names: str) -> None:
    for name in names.split():
        _UNITS[name] = (dimension, factor)


_add("length", 1e-3, "mm millimetre millimetres millimeter millimeters")
_add("length", 1e-2, "cm centimetre centimetres centimeter centimeters")
_add("length", 1.0, "metre metres meter meters")
_add("length", 1e3, "km kilometre kilometres kilometer kilometers")
_add("length", _INCH, "inch inches")
_add("length", 12 * _INCH, "ft foot feet")
_add("length", 36 * _INCH, "yd yard yards")
_add("length", 1609.344, "mile miles")
_add("area", 1e6, "km2 km² sq-km")
_add("area", 1609.344**2, "sq-mi")
_add("area", 1e4, "ha hectare hectares")
_add("area", 4046.8564224, "acre acres")
_add("volume", 1e-3, "litre litres liter liters")
_add("volume", 3.785411784e-3, "gallon gallons")
_add("mass", 1e-6, "mg milligram milligrams")
_add("mass", 1e-3, "gram grams")  # not "g": "5G"
_add("mass", 1.0, "kg kilogram kilograms kilo kilos")
_add("mass", 1e3, "tonne tonnes ton tons")  # writers use "tons" for tonnes; a short ton is 0.907
_add("mass", 0.45359237, "lb lbs")
_add("speed", 1 / 3.6, "km/h kph")
_add("speed", 0.44704, "mph")
_add("temperature", 1.0, "°c celsius")
_add("temperature", 5 / 9, "°f fahrenheit")

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
)
_WORD_VALUES = {word: float(value) for value, word in enumerate(_NUMBER_WORDS.split(), 1)} | {
    "thirty": 30.0,
    "forty": 40.0,
    "fifty": 50.0,
    "hundred": 100.0,
}
"""Numbers written as a word before a unit ("from just four feet")."""
_WORD_NUM = r"\b(?:" + "|".join(_WORD_VALUES) + r")"
_UNIT_WORDS = sorted((re.escape(u) for u in _UNITS if u[0] != "°"), key=len, reverse=True)
_UNIT = (
    r"(?P<unit>°\s?[CF]\b|degrees?\s+(?:celsius|fahrenheit|C|F)\b"
    r"|square\s+(?:kilomet(?:re|er)s?|miles?)\b|sq\.?\s?(?:km|mi)\b"
    r"|in(?=\s*[),;]|\s*$)"  # "in" for inches only where no word follows it
    r"|(?:" + "|".join(_UNIT_WORDS) + r")(?![\w/]))"
)
_QUANTITY = re.compile(
    rf"(?P<from>between\s+|from\s+)?(?P<a>{_NUM}|{_WORD_NUM})"
    rf"(?:\s*(?:–|—|-|to|(?(from)and|–))\s*(?P<b>{_NUM}))?"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion))?"  # "29 billion tons"
    rf"\s*{_UNIT}",
    re.IGNORECASE,
)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""Scale words after digits ("1.5 million", "29 billion tons")."""
_HEDGES = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|circa|ca\.|an estimated)\s*$"
    r"|~\s*$",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"\)?\s*(?:\([^)]*\)\s*)?(?:/|per\b|an?\s+(?:year|day|hour|decade|month|week)\b"
    r"|each\b|every\b|annually\b|yearly\b)",
    re.IGNORECASE,
)
"""After a unit: a rate ("1.8 mm (0.071 in) per year", "300 km a day"), not a measure."""
_MORE = re.compile(r"\b(?:more than|over|at least|above|exceeding|upwards of)\s*$", re.IGNORECASE)
_LESS = re.compile(r"\b(?:less than|under|at most|below|up to|fewer than)\s*$", re.IGNORECASE)


def bound_before(before: str) -> tuple[str, str]:
    """("more" or "less", its words as written) when the words before a number make it a bound
    ("over", "up to"); ("", "") otherwise."""
    for side, pattern in (("more", _MORE), ("less", _LESS)):
        found = pattern.search(before)
        if found:
            return side, found.group(0).strip()
    return "", ""


def bounded_or_hedged(before: str) -> bool:
    """The words before a number make it a bound or an estimate ("more than", "up to",
    "about"), the same words a quantity's bound and hedge are read from."""
    return any(p.search(before) for p in (_MORE, _LESS, _HEDGES))


@dataclass(frozen=True)
class Quantity:
    """A value or a range in a unit, as found in text (`start`/`end`: its characters)."""

    text: str
    low: float
    high: float
    unit: str
    start: int
    end: int
    hedged: bool = False
    bound: str = ""
    """"more" ("more than 400 feet": any value above), "less" ("up to 2 m"), or "" (the value)."""

    @property
    def dimension(self) -> str:
        return _UNITS[self.unit][0]

    def base(self, delta: bool = False) -> tuple[float, float]:
        """(low, high) in the SI base unit; temperatures in °C, as a difference if `delta`."""
        factor = _UNITS[self.unit][1]
        if self.unit in ("°f", "fahrenheit") and not delta:
            return ((self.low - 32) * factor, (self.high - 32) * factor)
        return (self.low * factor, self.high * factor)

    def within(self, other: Quantity) -> bool:
        """This quantity is what `other` states: the same value, or inside its range, allowing
        for rounding when either is converted from the other's unit or hedged ("about 8 inches"
        in "19.5 cm (7.7 in)"). Temperatures compare both as readings and as differences."""
        if self.dimension != other.dimension:
            return False
        slack = 0.1 if self.hedged or other.hedged else 0.05 if self.unit != other.unit else 0.0
        readings = (False, True) if self.dimension == "temperature" else (False,)
        for delta in readings:
            (lo, hi), (olo, ohi) = self.base(delta), other.base(delta)
            pad = slack * max(abs(lo), abs(hi), abs(olo), abs(ohi))
            if self.bound == "more" and olo >= lo - pad:
                return True  # "more than 400 feet" in "120 metres" (394 feet, rounded)
            if self.bound == "less" and ohi <= hi + pad:
                return True
            if not self.bound and olo - pad <= lo and hi <= ohi + pad:
                return True
        return False


def _unit_key(text: str) -> str:
    low = re.sub(r"\s+", " ", text.lower().replace(".", ""))
    if low.startswith("°") or low.startswith("degree"):
        return "°f" if low.endswith(("f", "fahrenheit")) else "°c"
    if low.startswith(("square kilomet", "sq km", "sqkm")):
        return "km2"
    if low.startswith(("square mile", "sq mi", "sqmi")):
        return "sq-mi"
    return "inch" if low == "in" else low


@lru_cache(maxsize=16384)
def quantities(text: str) -> tuple[Quantity, ...]:
    """The measured quantities of a text, in order."""
    out = []
    for m in _QUANTITY.finditer(text):
        unit = _unit_key(m.group("unit"))
        if unit not in _UNITS or _RATE.match(text, m.end()):
            continue
        written = m.group("a").lower()
        if written in _WORD_VALUES and (unit == "inch" or m.group("b")):
            continue  # "one in, one out"; a range in words is rare enough to leave
        scale = SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
        a = _WORD_VALUES[written] if written in _WORD_VALUES else float(written.replace(",", ""))
        a *= scale
        b = float(m.group("b").replace(",", "")) * scale if m.group("b") else a
        before = text[max(0, m.start() - 20) : m.start()]
        bound = "more" if _MORE.search(before) else "less" if _LESS.search(before) else ""
        hedged = bool(_HEDGES.search(before))
        low, high = min(a, b), max(a, b)
        out.append(Quantity(m.group(0), low, high, unit, m.start(), m.end(), hedged, bound))
    return tuple(out)


def quantity_at(text: str, start: int) -> Quantity | None:
    """The quantity of `text` whose number starts or lies at character `start`."""
    return next((q for q in quantities(text) if q.start <= start < q.end), None)
