"""Hand-written changes to the seed articles' facts, checked as `verify check` checks a claim.

    VERIFY_HOME=DIR .venv/bin/python eval/seeds_changes.py [--set first|later|all] [--json]

Needs a store holding the two seed articles (`VERIFY_HOME=DIR verify ingest seeds/`). Each claim
below was written by hand from one fact of the articles: a faithful paraphrase (expected
SUPPORTED), one fact changed (a number, a date, a place, an actor, a country, a verb, a negation:
expected REFUTED or CONFLICTING, at least not SUPPORTED) or a fact added that neither article
states (expected NOT_ENOUGH_EVIDENCE). Unlike `verify eval perturb`, whose variants are made by
rule, these are changes a reader makes: "injured" for "received light injuries", a date the
parser hangs on another verb, a capital for a country, a modifier swapped. The claims were written
on 2026-12-03 to find what the alignment misses; the rules fixed since were fixed on some of them,
so the figures of `CLAIMS` flatter the rules and are not a held-out score; `LATER` holds claims
written the next session before they were checked (their first figures are in eval/README.md).
Prints each claim with its verdict and the why line, then the counts per kind.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter

CLAIMS: list[tuple[str, str]] = [
    ("same", "An IED wounded three Russian military policemen in northeastern Syria."),
    ("same", "Sergei Lavrov and Mevlut Cavusoglu were due to hold talks in Russia on Tuesday."),
    ("same", "Turkey considers the YPG a terrorist organization."),
    (
        "same",
        "The memorandum calls for Kurdish armed groups to withdraw about 30 kilometres from the "
        "border.",
    ),
    ("same", "Russia backs the forces of Bashar al-Assad."),
    ("same", "Asayish apologized on November 20 for the petrol bomb incident."),
    (
        "same",
        "Russia's defence ministry said it had not detected shelling from Turkish-backed fighters "
        "in the previous 24 hours.",
    ),
    ("same", "The YPG is the military backbone of the SDF."),
    ("same", "Syrian and Russian airstrikes hit weapon depots near Kafr Nabl."),
    (
        "changed",
        "The memorandum calls for Kurdish armed groups to withdraw some 300 km from the border.",
    ),
    ("changed", "The IED went off about 15 km to the east of the village of Koran."),
    ("changed", "Turkey supports Assad's forces, while Russia backs rebels opposed to him."),
    ("changed", "Asayish apologized on December 20 for the petrol bomb incident."),
    ("changed", "Five Russian military police officers were seriously injured by an IED."),
    (
        "changed",
        "Russia said it had detected shelling from Turkish-backed fighters in the last 24 hours.",
    ),
    ("changed", "The talks between Lavrov and Cavusoglu were held in Ankara."),
    (
        "changed",
        "Hamoud said his forces had seen a new deployment of Russian troops inside Ain Issa.",
    ),
    (
        "changed",
        "The Kurdish-led forces used Ain Issa to wage car blasts that killed dozens of soldiers.",
    ),
    (
        "changed",
        "The SDF defeated Islamic State in northeast Syria with the help of Russian air power.",
    ),
    ("changed", "Ain Issa sits on the M5 highway."),
    ("changed", "The October 22 memorandum was signed in Sochi between Russia and Iran."),
    ("changed", "Turkish forces seized territory last year in an offensive against Islamic State."),
    ("changed", "Syrian and Russian airstrikes hit weapon depots near Aleppo."),
    ("changed", "The Syrian Army is withdrawing troops from the frontline in southern Idlib."),
    ("added", "Russian warplanes bombed Ain Issa on Monday."),
    ("added", "The United States condemned the IED attack."),
    ("added", "Twelve civilians were killed in the IED attack near Koran."),
]

LATER: list[tuple[str, str]] = [
    ("same", "Russia deployed additional military police units to the Ain Issa area on Sunday."),
    (
        "same",
        "Clashes between the Syrian Army and Hayat Tahrir al-Sham continued near Istablat in "
        "southeastern Idlib.",
    ),
    ("same", "Moscow urged both sides to stop shelling each other and de-escalate."),
    ("same", "Ankara says the YPG is close to militants waging an insurgency in southeast Turkey."),
    (
        "same",
        "A senior Turkish defence source said Ankara would use Tuesday's meeting to push for the "
        "withdrawal of the YPG.",
    ),
    (
        "same",
        "The incident happened while Russian military police were on a reconnaissance task for a "
        "joint Russian-Turkish patrol.",
    ),
    (
        "changed",
        "Clashes between the Syrian Army and Hayat Tahrir al-Sham continued near Istablat in "
        "northwestern Idlib.",
    ),
    (
        "changed",
        "The Russian defence ministry said it had sent more military police to the area on Monday.",
    ),
    (
        "changed",
        "Ankara says the YPG is close to militants fighting an insurgency in northwest Turkey.",
    ),
    (
        "changed",
        "Asayish publicly apologized on November 20 for the incident with throwing of stones.",
    ),
    (
        "changed",
        "Russian and Turkish forces conduct patrol missions under the October 12 memorandum.",
    ),
    (
        "changed",
        "The Syrian Army is currently deploying reinforcements near the frontline in northern "
        "Idlib.",
    ),
    (
        "changed",
        "Two Russian military police officers received light injuries when an IED went off near "
        "their armored vehicle.",
    ),
    (
        "changed",
        "Lavrov and UN Special Envoy Geir Pedersen held talks in Ankara on November 19, 2020.",
    ),
    (
        "changed",
        "The memorandum on withdrawing Kurdish armed groups some 30 km from the border was signed "
        "in Moscow.",
    ),
    ("changed", "Hamoud is a spokesman for the Kurdish-backed rebels called the National Army."),
    (
        "changed",
        "Moscow, whose warplanes also patrol the area, called on both sides to escalate.",
    ),
    ("changed", "The YPG holds swathes of southern and western Syria."),
    (
        "changed",
        "Kurdish forces have clashed with fighters backed by Iran near a strategic highway.",
    ),
    ("added", "The IED attack near Koran was claimed by Islamic State."),
    (
        "added",
        "Russian military police set up three new observation posts near Ain Issa on Sunday.",
    ),
    ("added", "Cavusoglu and Lavrov signed a new ceasefire agreement in Moscow on Tuesday."),
]
"""Written on 2026-12-03 (twelfth session) after the rules for countries, parts of places and
kinds of people, and checked only once they were all written: unlike `CLAIMS`, no rule was
changed because of them, so their figures are held out for the rules of that day."""

EXPECTED = {
    "same": {"SUPPORTED"},
    "changed": {"REFUTED", "CONFLICTING"},
    "added": {"NOT_ENOUGH_EVIDENCE"},
}


def check_all(claims: list[tuple[str, str]], as_json: bool) -> None:
    """Check each (kind, claim) as `verify check` does and print the verdicts and the counts
    per kind (or the rows as JSON)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from verify.errors import InputError
    from verify.judge.check import check_claim

    rows = []
    for kind, claim in claims:
        try:
            result = check_claim(claim)
        except InputError as exc:  # refused as `verify check` refuses it: a miss, not a crash
            rows.append({"kind": kind, "claim": claim, "verdict": "refused", "why": str(exc)})
            continue
        verdict = result.verdict.value if result.verdict else "not checked"
        rows.append({"kind": kind, "claim": claim, "verdict": verdict, "why": result.reason})
    if as_json:
        print(json.dumps(rows, indent=1))
        return
    for row in rows:
        mark = "ok" if row["verdict"] in EXPECTED[row["kind"]] else "--"
        print(f"{mark} {row['kind']:8} {row['verdict']:20} {row['claim']}\n{'':12}{row['why']}")
    print()
    for kind in EXPECTED:
        got = Counter(r["verdict"] for r in rows if r["kind"] == kind)
        total = sum(got.values())
        right = sum(n for v, n in got.items() if v in EXPECTED[kind])
        spread = ", ".join(f"{v} {n}" for v, n in got.most_common())
        print(f"{kind:8} {right}/{total} as expected ({spread})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    parser.add_argument(
        "--set",
        choices=("first", "later", "all"),
        default="all",
        help="first: the claims the rules were fixed on; later: claims written after (held out).",
    )
    args = parser.parse_args()
    check_all({"first": CLAIMS, "later": LATER, "all": CLAIMS + LATER}[args.set], args.json)


if __name__ == "__main__":
    main()
