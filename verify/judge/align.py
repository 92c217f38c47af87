"""Alignment of a claim with evidence: which of the claim's checkable facts a text states the
same, which it states differently, and which it does not mention.

A claim's *facts* are what a reader can check (spaCy's small English model, with its entities,
lemmas and dependencies; text2num for number words; dateutil for dates):

* numbers with what they count ("three officers", "300 officers", "1.5 km", "20%");
* dates and weekdays ("October 22", "December 2, 2019", "Sunday");
* names: places, people, organisations, groups ("Sochi", "Lavrov", "the Russian Defense
  Ministry", "Kurdish", "IED", "M4");
* the event: the claim's main verb and whether it is negated ("were not injured", "refused to
  apologize" is *apologize*, negated).

A text *states a fact the same* when it holds the same value, allowing aliases: number words and
digits ("three" / "3"), acronyms and their expansion ("IED" / "improvised explosive device"),
countries, their adjectives and capitals ("the Russian Defense Ministry" / "Moscow's defence
ministry"), a person's surname. It *states a fact differently* when a sentence about the same
event (sharing most of the rest of the claim) gives another value in the same place: another
number for the same counted thing, another date, another place or name in the same role (same
verb and preposition), or the claim's verb negated or replaced by its opposite (sent / withdrew,
continued / ended, apologised / refused). Everything else is *missing*.

Pure text processing: no I/O beyond loading the spaCy model once.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property, lru_cache
from typing import Any

from verify.judge.quantity import (
    SCALES,
    Quantity,
    bound_before,
    bounded_or_hedged,
    quantities,
    quantity_at,
)
from verify.nlp import (
    REPORTING_VERBS,
    spacy_pipeline,
    verb_lemma,
    verb_tagged_noun,
    word_set,
)
from verify.types import FactConflict, FactKind, FactRef, Model

# ---- the facts ---------------------------------------------------------------------------------


CENTRAL = frozenset(FactKind) - {FactKind.EVENT}
"""Kinds a supporting passage must state: a passage that does not mention the claim's number,
date, place or actor cannot corroborate it. The event verb is not central (paraphrase: "conduct
patrol missions" / "patrolled"); it counts only when contradicted."""


@dataclass(frozen=True)
class Fact:
    """One checkable fact of a text."""

    kind: FactKind
    text: str = field(compare=False)
    """As written."""
    key: str
    """Normalised value: a number, a date's parts, a name's alias-mapped words, a verb lemma."""
    anchor: str = ""
    """What a number counts (lemma), a name's role (governing verb lemma and preposition), or an
    event's subject (its normalised words; empty for a pronoun)."""
    negated: bool = False
    subject: str = field(default="", compare=False)
    """An event's subject as written."""
    object: str = field(default="", compare=False)
    """An event's direct object (its normalised words)."""
    peripheral: bool = field(default=False, compare=False)
    """Who is reported as saying the claim ("Taalas said ...", "according to X") or an aside in
    brackets ("(IPCC, 2013)"): evidence for what was said seldom names them, so a support need
    not state them."""
    quantity: Quantity | None = field(default=None, compare=False)
    """A number's measured quantity ("about 8 inches"), when it has a unit of measure."""
    owner: str = field(default="", compare=False)
    """For a sum of money, the lemma of what it is the sum of: the subject of the verb it hangs
    on, or the noun that verb describes ("a straw hat ... that sold for $52,500": "hat")."""
    modifies: str = field(default="", compare=False)
    """For a name written as a modifier of a noun ("Russian air power", "U.S. air power"), or a
    date ("the 1982 disappearance"), that noun's lemma."""
    describes: str = field(default="", compare=False)
    """For a name written inside a longer noun phrase, the lemma of the phrase's head, above
    every modifier and compound between ("the Australian F1 driver Bruce McLaren": "mclaren"):
    a country's there describes who that is. For a date of a noun, the key of the name after
    the noun's "of" ("the 2010 series of The X Factor": "x factor")."""
    toward: str = field(default="", compare=False)
    """The part of a place the text names, as written before it: "northern" (Syria), "north
    of" (Kharkiv), "northern and eastern" (Syria); empty when none."""
    done_to: bool = field(default=False, compare=False)
    """For an event, its subject is the one it is done to, a passive verb's ("The US were
    beaten"), not the doer."""
    sort: tuple[str, ...] = field(default=(), compare=False)
    """For a count, the lemmas of the common nouns written before the counted noun that say
    which sort of it ("11 drug traffickers": ("drug",)); empty when none."""

    def describe(self) -> str:
        if self.kind is FactKind.EVENT:
            said_not = (  # "released without charge", "no investigation carried out"
                self.negated
                and " without " not in self.text
                and not self.subject.lower().startswith("no ")
            )
            return f"{self.subject} {'not ' if said_not else ''}{self.text}".strip()
        return f"{self.toward} {self.text}" if self.toward else self.text


class Alignment(Model):
    """How one evidence text stands to a claim's facts."""

    matched: list[str] = []
    conflicting: list[FactConflict] = []
    missing: list[str] = []
    """Central facts (see `CENTRAL`) the text does not mention at all."""
    central: list[FactRef] = []
    """The claim's central facts (speakers of reported speech left out)."""
    unstated: list[FactRef] = []
    """Central facts the text does not state the same: missing or stated differently."""
    absent: list[str] = []
    """The claim's organisations and untyped names (kinds a support need not state near the
    claim's event, `VerdictRules.required`) that the whole passage never names: no word of
    them (nor of their stem), no alias, no spelled-out acronym ("WAT is expressed in some skin
    tumors" against an abstract on AIRE)."""
    same_event: float = 0.0
    """Share of the claim's content words (those of conflicting facts left out) in the sentence
    that holds the conflicts, or in the best-matching sentence when there are none."""
    sentence: str = ""
    """That sentence."""
    reversals: list[FactConflict] = []
    """The claim's event negated or replaced by its opposite by the same actor, near the
    sentence most about the claim (the window that facts are matched in), whether or not that
    sentence holds enough of the claim to refute it: such a text does not support the claim
    ("the Greenland ice sheets have been losing mass" and "Greenland is not losing ice")."""
    negation_stated: bool | None = None
    """For a claim whose event is negated ("Greenland is not losing ice"): whether the text
    near the sentence most about the claim says anything is not so (a negation, a negative word
    such as "no" or "without", or the opposite of the claim's verb, "gaining"). None for a claim
    not negated."""
    reversed_by_actor: FactConflict | None = None
    """The first of `reversals` that names its actor, the same as the claim's ("the Greenland
    ice sheets have been losing mass"), not a verb with no subject found ("temperature
    drops")."""
    event_stated: bool | None = None
    """Whether the text near the sentence most about the claim names the claim's event: its
    verb by stem ("induced" / "induction"), a word for the same direction ("lowered" for
    "reduces") or, for a cause, another word for causing ("leads to", "due to"); either
    polarity. None when the claim's event is a light verb ("be", "have") or none was found."""
    event_named: bool = False
    """The claim's event has a named participant: a person or an organisation (not a code or
    an acronym) as its subject, object or agent ("Tottenham fined Townsend")."""
    actor_stated: bool | None = None
    """Whether the text near the sentence most about the claim names who does the claim's
    event: a word of its subject, or a name in it by an alias ("Moscow" for "Russia"). None
    when the claim's event has no subject found."""
    event_word: str = ""
    """The claim's event verb as written ("began"), for a why line."""
    complement_stated: bool | None = None
    """For a claim whose event is a light verb with a noun that says what happened ("were
    taken to *hospital*", "made a *decision*", `complement_word`): whether the text near the
    sentence most about the claim names that noun (by stem). None for any other event."""
    complement_word: str = ""
    """That noun as the claim writes it, for a why line."""
    negated_event_said: bool = False
    """For a claim whose event is negated: the text says the same, the same verb negated for the
    same actor ("The cheetahs did not approach the boy" in the text): a stated fact, as strong
    as a clash."""
    affirmed: bool = False
    """Its clash is the claim's negation taken away and read as support by the stance model
    (`verify.judge.check`), not a fact the text states differently."""
    event_polar: bool = False
    """The claim's event has an opposite ("began" / "stopped", "gaining" / "losing"): a text
    that does not name it may well say the opposite."""
    event_an_act: bool = False
    """The claim's event is an act with an opposite ("convicted" / "acquitted", "began" /
    "stopped"), not a way a quantity goes ("increases the risk"), which science and news write
    in many other words ("is linked to", "a risk factor for")."""
    direction_clash: FactConflict | None = None
    """For a claim whose event says which way something goes ("temperatures are declining"):
    the claim's event and the text's word for the other way ("rising"), when that is all the
    text near the sentence most about the claim says ("declining" or "fall" nowhere there).
    None otherwise."""

    denial_said: bool = False
    """For a negated claim: the text near the sentence most about the claim negates the claim's
    verb too, whoever its subject ("The school has never expelled a single student" for "The
    University of Virginia has never expelled a student"): it says what the claim says
    (`VerdictRules.denial_blocks_refutation`)."""
    counts_only: bool = False
    """The sentence most about the claim shares no word with it but those of its dates and
    numbers ("Wembley on Sunday" for "The dairy was robbed on Sunday"): it is about something
    else (`VerdictRules.counts_alone_block`)."""
    negation_written: bool = False
    """The claim, or the sentence most about it (`sentence`), says "not", "never", "no",
    "without" or the like anywhere, on whatever word: the claim's words all in that sentence do
    not then say it as claimed ("Hanan and the others decided not to escape" / "decided they had
    to try to escape"; "there were plans to include the camera" / "there were no plans")."""
    refuted_detail: list[str] = []
    """The claim's dates and places the text never mentions, on which the stance model's
    refutation hinges: the claim without them is not read as refuted (`verify.judge.check`;
    `VerdictRules.refute_needs_stated_detail`). The model reads "Russian military police
    operate in northern Syria in 1923" as refuted by a 2019 report that gives no year."""

    def unstated_of(self, kinds: Collection[FactKind] = CENTRAL) -> list[str]:
        """The unstated facts of these kinds."""
        return [f.text for f in self.unstated if f.kind in kinds]

    def stated_share(self, kinds: Collection[FactKind] = CENTRAL) -> float:
        """Share of the claim's facts of these kinds the text states the same (1.0: none)."""
        wanted = sum(f.kind in kinds for f in self.central)
        return 1.0 - len(self.unstated_of(kinds)) / wanted if wanted else 1.0

    def states_facts(self, kinds: Collection[FactKind] = CENTRAL) -> bool:
        """No fact contradicted and none of the central ones of these kinds missing."""
        return not self.conflicting and not self.unstated_of(kinds)


# ---- language resources ------------------------------------------------------------------------


def _wordset_ordered(text: str) -> list[str]:
    return text.split()


_COUNTRIES = """
afghanistan afghan *kabul | albania albanian *tirana | algeria algerian *algiers | argentina
argentine argentinian | armenia armenian *yerevan | australia australian *canberra | austria
austrian *vienna | azerbaijan azerbaijani *baku | bahrain bahraini | bangladesh bangladeshi
*dhaka | belarus belarusian *minsk | belgium belgian *brussels | bosnia bosnian *sarajevo |
brazil brazilian *brasilia | britain british uk *london | england english | scotland scottish
scot | wales welsh | northernireland | bulgaria bulgarian
*sofia | canada canadian *ottawa | chile chilean *santiago | china chinese *beijing | colombia
colombian *bogota | croatia croatian *zagreb | cuba cuban *havana | cyprus cypriot *nicosia |
czechia czech *prague | denmark danish dane *copenhagen | egypt egyptian *cairo | estonia
estonian *tallinn | ethiopia ethiopian *addis | finland finnish *helsinki | france french *paris
| georgia georgian *tbilisi | germany german *berlin | greece greek *athens | hungary hungarian
*budapest | india indian *delhi | indonesia indonesian *jakarta | iran iranian *tehran | iraq
iraqi *baghdad | ireland irish *dublin | israel israeli | italy italian *rome | japan japanese
*tokyo | jordan jordanian *amman | kazakhstan kazakh | kenya kenyan *nairobi | kuwait kuwaiti |
lebanon lebanese *beirut | libya libyan *tripoli | lithuania lithuanian *vilnius | latvia
latvian *riga | mexico mexican | moldova moldovan *chisinau | morocco moroccan *rabat |
netherlands dutch *amsterdam | nigeria nigerian *abuja | norway norwegian *oslo | pakistan
pakistani *islamabad | palestine palestinian | philippines filipino *manila | poland polish pole
*warsaw | portugal portuguese *lisbon | qatar qatari *doha | romania romanian *bucharest |
russia russian *moscow *kremlin | saudi *riyadh | serbia serbian serb *belgrade | somalia somali
*mogadishu | spain spanish *madrid | sudan sudanese *khartoum | sweden swedish swede *stockholm
| switzerland swiss *bern | syria syrian *damascus | taiwan taiwanese *taipei | thailand thai
*bangkok | tunisia tunisian *tunis | turkey turkish turk *ankara | ukraine ukrainian *kyiv *kiev
| emirates emirati uae | usa america american *washington us | venezuela venezuelan *caracas |
vietnam vietnamese *hanoi | yemen yemeni *sanaa | andorra andorran | angola angolan *luanda |
antigua antiguan | bahamas bahamian | barbados barbadian *bridgetown | belize belizean *belmopan
| benin beninese | bhutan bhutanese *thimphu | bolivia bolivian | botswana motswana batswana
*gaborone | brunei bruneian | burundi burundian *bujumbura | cambodia cambodian | cameroon
cameroonian *yaounde | chad chadian | comoros comoran comorian | congo congolese *kinshasa
*brazzaville | djibouti djiboutian | dominica | ecuador ecuadorian ecuadorean *quito | eritrea
eritrean *asmara | eswatini swaziland swazi *mbabane | fiji fijian *suva | gabon gabonese
*libreville | gambia gambian *banjul | ghana ghanaian *accra | grenada grenadian | guatemala
guatemalan | guinea guinean *conakry | guyana guyanese | haiti haitian | honduras honduran
*tegucigalpa | iceland icelandic icelander *reykjavik | jamaica jamaican | kiribati |
kyrgyzstan kyrgyz *bishkek | laos laotian *vientiane | lesotho basotho *maseru | liberia
liberian *monrovia | liechtenstein *vaduz | luxembourg luxembourgish | macedonia macedonian
*skopje | madagascar malagasy *antananarivo | malawi malawian *lilongwe | malaysia malaysian |
maldives maldivian | mali malian *bamako | malta maltese *valletta | mauritania mauritanian
*nouakchott | mauritius mauritian | micronesia micronesian | monaco monegasque | mongolia
mongolian *ulaanbaatar | montenegro montenegrin *podgorica | mozambique mozambican *maputo |
myanmar burma burmese *naypyidaw | namibia namibian *windhoek | nauru nauruan | nepal nepalese
nepali *kathmandu | nicaragua nicaraguan *managua | niger nigerien *niamey | oman omani *muscat
| palau palauan | panama panamanian | paraguay paraguayan | peru peruvian *lima | rwanda
rwandan *kigali | samoa samoan *apia | senegal senegalese *dakar | seychelles seychellois |
singapore singaporean | slovakia slovak slovakian *bratislava | slovenia slovenian slovene
*ljubljana | suriname surinamese *paramaribo | tajikistan tajik *dushanbe | tanzania
tanzanian *dodoma | togo togolese | tonga tongan | trinidad trinidadian | turkmenistan turkmen
*ashgabat | tuvalu tuvaluan *funafuti | uganda ugandan *kampala | uruguay uruguayan
*montevideo | uzbekistan uzbek *tashkent | vanuatu vanuatuan | zambia zambian *lusaka |
zimbabwe zimbabwean *harare | southkorea *seoul | northkorea *pyongyang | southafrica *pretoria
| southsudan *juba | newzealand | srilanka | costarica | elsalvador salvadoran | sierraleone
*freetown | burkinafaso burkinabe *ouagadougou | ivorycoast ivorian *yamoussoukro |
papuanewguinea | centralafrica | dominicanrepublic dominican | equatorialguinea *malabo |
guineabissau *bissau | easttimor timorese *dili | capeverde *praia | marshallislands *majuro |
solomonislands *honiara | sanmarino | vatican
"""
"""Countries with their adjectives and demonyms, and their capitals marked with '*'. Names of
more than one word are written as one (see `_COUNTRY_PHRASES`). Capitals that are also common
first names or words ("Victoria", "Kingston", "Male", "Wellington", "Georgetown") are left out:
a capital stands for its country wherever it is named. England, Scotland, Wales and Northern
Ireland are rows of their own, within Britain (`_WITHIN`); Edinburgh and Cardiff, names of
clubs as often as of capitals, are not marked."""

_WITHIN = {"england": "britain", "scotland": "britain", "wales": "britain"}
_WITHIN["northernireland"] = "britain"
_WITHIN |= {"monaco": "france", "sanmarino": "italy", "vatican": "italy"}
"""Countries within another: neither contradicts the other ("an English golfer" / "a British
golfer", "in London" / "in England"), while two of them do ("Scotland's" / "England's"); and
states enclaved in another, which texts place in it ("Falcao was not happy in France" of his
time at Monaco)."""


def _alias_table(text: str) -> dict[str, str]:
    """Every word of a row -> the row's first word (its '*' mark dropped)."""
    table: dict[str, str] = {}
    for row in text.split("|"):
        words = [w.lstrip("*") for w in row.split()]
        for word in words:
            table[word] = words[0]
    return table


CAPITALS = frozenset(w[1:] for w in _COUNTRIES.split() if w.startswith("*"))
"""Capitals stand for their country as actors ("Moscow said"), not as places ("in Ankara")."""
COUNTRY = {w: c for w, c in _alias_table(_COUNTRIES).items() if w not in CAPITALS}
"""Country adjective or demonym -> the country's name (all lower case)."""
CAPITAL = {w: c for w, c in _alias_table(_COUNTRIES).items() if w in CAPITALS}
_COUNTRY_NAMES = frozenset(COUNTRY.values())

_SPELLING = {
    "defence": "defense",
    "offence": "offense",
    "centre": "center",
    "organisation": "organization",
    "programme": "program",
    "labour": "labor",
    "armoured": "armored",
    "apologise": "apologize",
    "recognise": "recognize",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "percent": "%",
}

_OPPOSITES_TEXT = """
send withdraw recall pull | deploy withdraw | arrive leave depart withdraw | continue stop end
halt cease | start stop end | begin stop end | open close shut | reopen close shut | increase
decrease reduce lower cut drop fall decline | rise fall drop decline | raise lower cut | grow
shrink decline fall drop | win lose | gain lose | accept reject refuse decline | approve reject
veto | confirm deny | admit deny | acknowledge deny | concede deny | welcome regret condemn | praise
condemn criticize denounce | allow
ban forbid prohibit block | permit ban forbid prohibit | support oppose | back oppose | agree
disagree refuse | join leave quit | enter leave exit | impose lift | promote inhibit suppress |
activate inhibit suppress deactivate | enhance impair reduce | improve worsen | strengthen
weaken | expand shrink | acquit convict | survive die | succeed fail | include exclude | attack
defend | sign reject veto | resign stay | release detain arrest capture | higher lower | more
less fewer | greater smaller lesser | larger smaller | increased decreased reduced lower |
positive negative | upregulate downregulate | encourage discourage | upgrade downgrade
"""
_NEGATING_VERBS = word_set("refuse fail decline deny cease stop halt avoid reject")
"""A verb that negates the verb it governs: "refused to apologize" is *apologize*, negated."""
_FROM_NEGATING_VERBS = word_set("refrain abstain desist")
"""A verb that negates the verb it governs through "from": "refrained from attacking" is
*attack*, negated."""
_AFFIRMING_VERBS = word_set("agree consent")
"""A verb whose event is the verb it governs, not negated: "agreed to cooperate" is *cooperate*,
which "refused to cooperate" states the other way."""
_NEGATING_DETS = word_set("no none neither never nobody nothing")
_NEGATIVE_WORDS = _NEGATING_DETS | word_set("nor without lack absence absent unable unlikely fail")
"""Words that say something is not so, besides a negated verb: one of them near the claim's
event is what a passage needs, at least, to support a negated claim. "Not" counts only on a
verb ("water, not rock" says nothing is not so)."""


_UP = word_set(
    """
    increase rise grow gain expand enhance strengthen improve accelerate promote activate
    upregulate raise boost elevate growth expansion acceleration enhancement improvement
    """
)
_DOWN = word_set(
    """
    decrease decline fall drop reduce lose shrink impair weaken slow inhibit suppress
    deactivate downregulate cut diminish loss reduction shrinkage slowdown inhibition
    suppression
    """
)
"""Verbs (and their nouns) that say which way something goes: a passage that says only the
other way ("losing mass") cannot support a claim that it goes this way ("gaining ice")."""
_WAYS = _UP | _DOWN
_LOSSES = _DOWN | word_set("melt melting thaw thawing retreat thinning erosion")
"""Nouns that are themselves a way down: a way up of one of them ("increased melting" of an
ice sheet, "an increase in ice loss") is no way up of the claim's thing."""


def _turned(token: Any) -> bool:
    """A word for a way that qualifies a noun for a way down: "a trend of increased melting",
    "an increase in ice loss", "ice loss rose", "reduced melting". The two together go the
    other way, but of what ("ice melt has accelerated": ice down, sea level up) the words do not
    say, so for a claim that is not itself such a pair such a word says no way at all."""
    if token.dep_ == "amod" and token.head.lemma_.lower() in _LOSSES:
        return True
    return any(
        (c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _LOSSES)
        or (
            c.dep_ == "prep"
            and c.lower_ in ("in", "of")
            and any(g.dep_ == "pobj" and g.lemma_.lower() in _LOSSES for g in c.children)
        )
        for c in token.children
    )


def _event_turned(event: Fact) -> bool:
    """The claim's event is a way of a way down ("ice loss is accelerating"), as `_turned`
    reads a text's word: the text's such pairs are then read as written, as the claim is."""
    return bool((set(words(event.subject)) | set(event.object.split())) & _LOSSES)


def _opposites(text: str) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in text.split("|"):
        first, *others = row.split()
        table.setdefault(first, set()).update(others)
        for other in others:
            table.setdefault(other, set()).add(first)
    return {word: frozenset(words) for word, words in table.items()}


_MORE_OPPOSITES_TEXT = """
add remove | keep discard scrap remove | uphold overturn dismiss quash | hire sack
"""
"""Opposites found after the perturbation suite was built: the alignment reads them, the suite
does not draw its verb changes from them (`SUITE_OPPOSITES`), so that its figures stay
comparable from one session to the next. Not converse verbs ("buy" / "sell": "Benny Hartop
bought Hawick Knitwear" is no opposite of "Hawick Knitwear sells into Sweden"), nor verbs of
two senses ("fire" a coach, "fire" a shot)."""

OPPOSITES = _opposites(f"{_OPPOSITES_TEXT} | {_MORE_OPPOSITES_TEXT}")
"""Verb (and direction word) lemma -> lemmas that say the opposite."""
SUITE_OPPOSITES = _opposites(_OPPOSITES_TEXT)
"""The opposites the perturbation suite (`verify.evaluation.perturb`) swaps a verb for."""

_ENTITY_KIND = {
    "PERSON": FactKind.PERSON,
    "ORG": FactKind.ORG,
    "NORP": FactKind.GROUP,
    "GPE": FactKind.PLACE,
    "LOC": FactKind.PLACE,
    "FAC": FactKind.PLACE,
}
_NAME_LABELS = frozenset(_ENTITY_KIND) | {"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_WORD = re.compile(r"[^\W_]+(?:[.,]\d+)*", re.UNICODE)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}s?$")
_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9-]{2,10}$")
_NUMBER = re.compile(r"^-?\d+(?:,\d{3})*(?:\.\d+)?$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = _wordset_ordered(
    "january february march april may june july august september october november december"
)
_FILLER = word_set(
    "the a an of and 's ' s de al el la"
)  # inside names: "the Ministry of Defense", "Hayat Tahrir al-Sham"
_STOP = word_set(
    """
    a an the and or but of to in on at by for with from as is are was were be been being it
    its this that these those he she they them his her their we our you your i not no so
    than then has have had do does did will would can could may might should about into over
    after before also said says say which who whom what when where while there here some
    about near more most very
    """
)

# ---- parsing -----------------------------------------------------------------------------------


_DOCS: dict[str, Any] = {}
_MAX_DOCS = 2048


def parse(text: str) -> Any:
    """The spaCy doc of a text, cached: a passage is aligned with many claims."""
    doc = _DOCS.get(text)
    if doc is None:
        parse_many([text])
        doc = _DOCS[text]
    return doc


_MOJIBAKE = (("Â£", "£"), ("Â€", "€"), ("â‚¬", "€"), ("Â¥", "¥"), ("Â\xa0", " "))
"""A currency sign (or a no-break space) written in UTF-8 and read back as Windows-1252, as
web pages often are ("donated Â£1m"): the number must still be a sum."""


def _unbaked(text: str) -> str:
    for wrong, right in _MOJIBAKE:
        text = text.replace(wrong, right)
    return text


def parse_many(texts: Iterable[str]) -> None:
    """Parse texts in one batch (faster than one by one) into the cache `parse` reads."""
    todo = [t for t in dict.fromkeys(texts) if t not in _DOCS]
    if len(_DOCS) + len(todo) > _MAX_DOCS:
        _DOCS.clear()
    spaced = (_ranges_spaced(_scales_spelled(_GLUED.sub(r"\1 ", _unbaked(t)))) for t in todo)
    for text, doc in zip(todo, spacy_pipeline(entities=True).pipe(spaced), strict=True):
        _verbs_retagged(doc)
        _DOCS[text] = doc


def _verbs_retagged(doc: Any) -> None:
    """A verb the small model tags as a proper noun, though written in lower case and taking
    an object ("Southgate succeeded Sam Allardyce in September and oversaw England's 2-0 win":
    "oversaw" as a name), tagged back as the verb English writes it as (lemminflect's tables)."""
    from lemminflect import getAllInflections

    for token in doc:
        if not (token.pos_ == "PROPN" and token.is_lower and token.is_alpha):
            continue
        if not any(c.dep_ == "dobj" for c in token.children):
            continue
        lemma = verb_lemma(token.lower_)
        if not lemma:
            continue
        forms = getAllInflections(lemma, upos="VERB")
        tag = next((t for t, written in forms.items() if token.text in written), "VB")
        token.pos_, token.tag_, token.lemma_ = "VERB", tag, lemma


_GLUED = re.compile(r"(?:^|(?<=\s))(\([A-Z][A-Za-z]*\))(?=[A-Z][a-z])")
"""A bracketed name run into the next word, as in news datelines ("(CNN)Nine British
citizens"): the tokenizer reads "CNN)Nine" as one word, and the number in it is lost. Only a
name in brackets before a capitalised word: "Ptdlns(3,4)P2" and "(IL)-6" stay as written."""


_SCALE_SUFFIX = re.compile(
    r"(?<![\w.])([£$€¥]?)(\d+(?:[.,]\d+)*)(million|billion|trillion|mn|bn|m|k)\b(?![.,]?\d)",
    re.IGNORECASE,
)
_SCALE_WORDS = {"m": "million", "mn": "million", "bn": "billion", "k": "thousand"}


def _scales_spelled(text: str) -> str:
    """A scale run into its number, written out as a word the number parser reads: "£32m",
    "£32million" and "$2bn" as "£32 million" and "$2 billion" ("£32million" is one word to the
    tokenizer, and "£32m" was read as £32). A bare "m" or "k" is a scale only after a currency
    sign ("a 100m sprint" is a distance)."""

    def spelled(match: re.Match[str]) -> str:
        sign, number, scale = match.group(1), match.group(2), match.group(3).lower()
        if scale in ("m", "k") and not sign:
            return match.group(0)
        return f"{sign}{number} {_SCALE_WORDS.get(scale, scale)}"

    return _SCALE_SUFFIX.sub(spelled, text)


_SUM_RANGE = re.compile(r"(?<=\d|[a-z])\s?[-\u2013\u2014]\s?(?=[£$€¥]\d)")
"""A dash between two sums ("$135 million-$138 million", "£2–£3"): the tokenizer keeps
"million-$138" as one word and the second sum is lost."""


_GRADED = re.compile(
    r"\b(magnitude|category|force|grade|level|stage|tier)-(\d+(?:\.\d+)?)\b", re.IGNORECASE
)
"""A scale's name run into its value ("The magnitude-4.8 quake", "a category-4 hurricane"):
one word to the tokenizer, so no number at all."""


_GLUED_RATE = re.compile(
    r"(?<=\d)-a-(?=(?:week|month|year|day|man|head|game|season)\b)", re.IGNORECASE
)
"""A rate run into its sum ("£100,000-a-week", "£500,000-a-man"): one word to the tokenizer, and
no sum."""


def _ranges_spaced(text: str) -> str:
    """A range of sums written with a dash, as "to" ("a debut in the $135 million-$138 million
    range" is read as "$135 million to $138 million"), and a scale's value set apart from its
    name ("magnitude-5" as "magnitude 5") and a rate from its sum ("£100,000-a-week" as
    "£100,000 a week"). A dash between two bare numbers stays as written:
    scores ("won 2-1", "a 3–1 win") and codes."""
    return _GLUED_RATE.sub(" a ", _GRADED.sub(r"\1 \2", _SUM_RANGE.sub(" to ", text)))


# ---- normalising -------------------------------------------------------------------------------


def norm_word(word: str) -> str:
    """Lower case, possessive and plural dropped, British spelling, country adjectives and
    demonyms as the country."""
    w = word.lower().replace("’", "'")
    w = w.removesuffix("'s").removesuffix("'")
    w = _SPELLING.get(w, w)
    if w in COUNTRY:
        return COUNTRY[w]
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return COUNTRY.get(w, w)


_COUNTRY_PHRASES = {
    "South Korea(?:n)?|Republic of Korea": "southkorea",
    "North Korea(?:n)?|Democratic People's Republic of Korea": "northkorea",
    "South Africa(?:n)?": "southafrica",
    "South Sudan(?:ese)?": "southsudan",
    "New Zealand(?:er)?": "newzealand",
    "Sri Lanka(?:n)?": "srilanka",
    "Saudi Arabia(?:n)?": "saudi",
    "Costa Rica(?:n)?": "costarica",
    "El Salvador": "elsalvador",
    "Sierra Leone(?:an)?": "sierraleone",
    "Burkina Faso": "burkinafaso",
    "Ivory Coast|Côte d['’]Ivoire|Cote d['’]Ivoire": "ivorycoast",
    "Papua New Guinea(?:n)?": "papuanewguinea",
    "Central African Republic": "centralafrica",
    "Dominican Republic": "dominicanrepublic",
    "Czech Republic": "czechia",
    "Bosnia and Herzegovina": "bosnia",
    "Trinidad and Tobago": "trinidad",
    "Antigua and Barbuda": "antigua",
    "Equatorial Guinea(?:n)?": "equatorialguinea",
    "Guinea-Bissau": "guineabissau",
    "East Timor(?:ese)?|Timor-Leste": "easttimor",
    "Cape Verde(?:an)?|Cabo Verde": "capeverde",
    "Marshall Islands": "marshallislands",
    "Solomon Islands": "solomonislands",
    "San Marino": "sanmarino",
    "Vatican City|Holy See": "vatican",
    "United Arab Emirates": "emirates",
    "North Macedonia(?:n)?": "macedonia",
    "(?:Democratic )?Republic of (?:the )?Congo|DR Congo": "congo",
    "Northern Ireland": "northernireland",
}
"""Countries whose name is more than one word, each written as one word of `_COUNTRIES` (case
kept: "south Sudan" may be the south of Sudan)."""

_PHRASES = [
    (re.compile(r"\bU\.S\.(?:A\.)?|\bUnited States(?: of America)?\b", re.I), " USA "),
    (re.compile(r"\bU\.K\.|\bUnited Kingdom\b", re.I), " Britain "),
    (re.compile(r"\bcarbon dioxide\b|\bCO\s?2\b", re.I), " CO2 "),
    (
        re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in _COUNTRY_PHRASES) + r")\b"),
        lambda found: f" {_one_country(found.group(0))} ",
    ),
]
"""Written forms of one name that word-by-word matching cannot pair."""


def _one_country(name: str) -> str:
    """The one word `_COUNTRY_PHRASES` writes a country's name of several words as."""
    return next(w for p, w in _COUNTRY_PHRASES.items() if re.fullmatch(p, name))


def words(text: str) -> list[str]:
    """Normalised words of a text (see `norm_word`), stop words kept, hyphens split."""
    return list(_words(text))


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    for pattern, name in _PHRASES:
        text = pattern.sub(name, text)
    return tuple(norm_word(w) for w in _WORD.findall(text.replace("-", " ")))


_SCALED = re.compile(
    r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s+(thousand|million|billion|trillion)$", re.I
)


def number_value(text: str) -> float | None:
    """The value of a number written in digits or words ("three hundred", "1,500", "3")."""
    from text_to_num import alpha2digit

    fraction = _WITH_FRACTION.match(text.strip())
    if fraction:  # "7½"
        return float(fraction[1] or 0) + _VULGAR[fraction[2]]
    scaled = _SCALED.match(text.strip())
    if scaled:  # "1.5 million", "$2 billion": text2num leaves a scale after digits as a word
        return float(scaled[1].replace(",", "")) * SCALES[scaled[2].lower()]
    digits = alpha2digit(text, "en")
    found = [w for w in digits.replace("%", " ").split() if _NUMBER.match(w)]
    if len(found) != 1:
        return None
    return float(found[0].replace(",", ""))


_YEAR = re.compile(r"\d{4}|'\d\d\b")
_WHEN = (
    word_set(
        "year week month day today yesterday tomorrow tonight morning afternoon evening night "
        "weekend season decade century ago"
    )
    | set(_MONTHS)
    | set(_WEEKDAYS)
)


def _undated(sentence: str) -> bool:
    """The sentence gives no date, by its words (cheap: no month, weekday, year or word of
    time; "may" counts as May)."""
    return not (_WHEN & set(words(sentence))) and not re.search(r"\b(?:1[5-9]|20)\d\d\b", sentence)


def date_key(text: str) -> str:
    """A date's stated parts as 'y=2019 m=10 d=22 w=sunday' (unstated parts left out).

    dateutil parses the text twice with two different defaults: a part that comes out the same
    both times was written in the text."""
    from dateutil import parser

    low = text.lower()
    parts = [f"w={day}" for day in _WEEKDAYS if re.search(rf"\b{day}\b", low)]
    rest = re.sub("|".join(_WEEKDAYS), " ", low)
    century = _CENTURY.search(rest)
    if century and not _YEAR.search(rest):  # "the late 18th century": no day 18
        number = century[1] or _CENTURY_WORDS[century[2].lower()]
        return " ".join(sorted([*parts, f"c={number}"]))
    if not re.search(r"\d|" + "|".join(m[:3] for m in _MONTHS), rest):
        return " ".join(parts)
    try:
        a = parser.parse(rest, fuzzy=True, default=datetime(1904, 1, 1))
        b = parser.parse(rest, fuzzy=True, default=datetime(1908, 2, 2))
    except (ValueError, OverflowError):
        return " ".join(parts)
    if a.year == b.year and _YEAR.search(rest):  # not the "10" of "May 9 and 10"
        parts.append(f"y={a.year}")
    if a.month == b.month:
        parts.append(f"m={a.month}")
    if a.day == b.day:
        parts.append(f"d={a.day}")
    return " ".join(sorted(parts))


_CENTURIES = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first"
)
_CENTURY_WORDS = {w: str(i) for i, w in enumerate(_CENTURIES.split(), start=1)}
_CENTURY = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)|(" + "|".join(_CENTURY_WORDS) + r"))[- ]century\b", re.I
)
"""A century by its number ("the 18th century", "the eighteenth century"), a date part of
its own: a day of the month it is not."""


def _date_parts(key: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in key.split())


# ---- extracting facts --------------------------------------------------------------------------


def facts(text: str) -> list[Fact]:
    """The checkable facts of a text (a claim or a sentence), in order of appearance."""
    return list(_facts(text))


@lru_cache(maxsize=16384)
def _facts(text: str) -> tuple[Fact, ...]:
    doc = parse(text)
    out = [
        *_name_facts(doc),
        *_number_facts(doc),
        *_ordinal_facts(doc),
        *_score_facts(doc),
        *_final_scores(doc.text),
        *_fraction_facts(doc.text),
        *_date_facts(doc),
        *_clock_facts(doc),
        *_event_facts(doc),
    ]
    return tuple(dict.fromkeys(out))


def _in_entity(token: Any, labels: frozenset[str]) -> bool:
    return token.ent_type_ in labels


def _name_facts(doc: Any) -> list[Fact]:
    spans: list[tuple[int, int, FactKind]] = []
    taken = {t.i for ent in doc.ents if ent.label_ not in _NAME_LABELS for t in ent}
    for ent in doc.ents:
        if ent.label_ not in _NAME_LABELS:
            continue
        tail = _date_tail(ent)  # "Glamorgan on April 19": the name is Glamorgan, the date a
        # date's (`_date_facts`)
        if tail is not None:
            taken.update(range(tail.start, tail.end))
        end = next(
            (t.i for t in ent if t.text in "(["), ent.end if tail is None else tail.start - 1
        )
        # "Fourth Assessment Report (AR4": the name ends at the bracket, and what the bracket
        # holds (an alias or an abbreviation) is an aside of its own below
        end = _before_score(doc, ent.start, end)  # "beat Argentina 1-0": the name is Argentina
        start = ent.start + _compass_prefix(doc[ent.start : end])  # "Northeast Syria": Syria
        tokens = [t for t in doc[start:end] if t.lower_ not in _FILLER]
        if not tokens:
            continue
        proper = any(t.pos_ == "PROPN" or _ACRONYM.match(t.text) for t in tokens)
        if not proper and ent.label_ not in ("NORP", "GPE", "LOC"):
            continue  # "Battles" at the start of a sentence, tagged ORG
        spans.append((start, end, _kind(doc[start:end].text, ent.label_)))
        taken.update(range(ent.start, end))
    headline = _title_case(doc)
    for token in doc:
        if token.i in taken or token.is_stop:
            continue
        proper = _proper(token) and not headline  # in a headline every word looks proper
        if _ACRONYM.match(token.text) or _CODE.match(token.text) or proper:
            end = token.i + 1
            while end < len(doc) and end not in taken and _proper(doc[end]):
                end += 1
            spans.append((token.i, end, _kind(doc[token.i : end].text, "")))
            taken.update(range(token.i, end))
    spans.sort()
    return [_name_fact(doc[a:b], kind) for a, b, kind in spans if len(_name_key(doc[a:b].text)) > 1]


def _person_subject(claim: str, event: Fact, have: _Evidence | None = None) -> bool:
    """The event's subject is a person the small model tagged as one but parsed as a common
    noun, so that no name fact holds it: a capitalised word no English word is written as,
    first in the sentence ("Morales was arrested by Washington police"); or, untagged there,
    one the text (`have`) names as a person ("Pietersen scored a century" where the text has
    "Pietersen has rejoined Surrey")."""
    if not event.subject or " " in event.subject:
        return False
    untagged = _untagged_person(claim, have)
    return any(
        t.text == event.subject
        and _no_english_word(t)
        and (t.ent_type_ == "PERSON" or t.text in untagged)
        for t in parse(claim)
    )


def _person_subject_elsewhere(
    claim: str,
    event: Fact,
    scope: Sequence[str],
    sentences: Sequence[str],
    passage: Collection[str],
) -> bool:
    """The event's subject, untagged in the claim, is a person the passage names outside the
    sentences read for the claim (`scope`): "Nigalidze has appealed the ban" where the
    sentences about the ban do not name him and "Gaioz Nigalidze" stands earlier. Parsed only
    where the claim's first word is such a word and the passage has it."""
    if len(scope) == len(sentences):
        return False
    first = parse(claim)[0]  # one token: the subject must be that one word
    if first.ent_type_ or first.text != event.subject or first.lower_ not in passage:
        return False
    if not _no_english_word(first):
        return False
    return _person_subject(claim, event, _Evidence.of(*sentences))


def _untagged_person(claim: str, have: _Evidence | None) -> set[str]:
    """The claim's first word, untagged by the small model (where every word is capitalised),
    when the text (`have`) names a person by it ("Pietersen scored ..." where the text has
    "Pietersen has rejoined Surrey"); else none."""
    if have is None:
        return set()
    people = {n.key.split()[-1] for n in have.names if n.kind is FactKind.PERSON}
    return {t.text for t in parse(claim)[:1] if not t.ent_type_ and t.lower_ in people}


_AGENTS = word_set(
    "lawyer attorney solicitor barrister agent representative adviser aide friend partner "
    "boyfriend girlfriend fiance fiancee"
)
"""People who act or speak for another ("Colina's lawyer")."""


def _owners_of_people(claim: str) -> set[str]:
    """Proper names that own a person noun in the claim ("Colina's lawyer", "Smith's wife"),
    whatever the small model typed them: one with a lawyer is a person. A country's
    ("Syria's president") is no one's."""
    return {
        t.text
        for t in parse(claim)
        if t.dep_ == "poss"
        and t.pos_ == "PROPN"
        and t.head.pos_ == "NOUN"
        and _lemma(t.head) in _PERSON_NOUNS | _OFFICES | _AGENTS
        and t.lower_ not in COUNTRY
        and t.lower_ not in CAPITAL
    }


def _no_english_word(token: Any) -> bool:
    """A capitalised word that no English word is written as (lemminflect's tables know no
    form of it): "Morales", not "Battles"."""
    from lemminflect import getAllLemmas

    return token.text[:1].isupper() and token.is_alpha and not getAllLemmas(token.lower_)


def _before_score(doc: Any, start: int, end: int) -> int:
    """Where a name ends once a score the entity took in is left out ("Chile 1-0", "Real
    Madrid 85-80"); a number that is part of a name ("Apollo 11") is kept."""
    for cut in range(max(start + 1, end - 3), end):
        if _SCORE.fullmatch(doc[cut:end].text):
            return cut
    return end


def _title_case(doc: Any) -> bool:
    """Most words capitalised: a headline ("Volcanoes Melting West Antarctic Glaciers"). The
    small model's named entities are left out of the count, as capitalised in any sentence
    ("Former Scottish Conservative MSP Annabel Goldie is also bowing out of Holyrood"), and
    three longer words are too few to tell ("Hull beat Southampton 2-0.")."""
    longer = [t for t in doc if t.is_alpha and len(t) > 3 and not t.ent_type_]
    return len(longer) >= 4 and sum(t.text[0].isupper() for t in longer) / len(longer) > 0.6


def _naming_adjective(token: Any) -> bool:
    """A capitalised adjective, not at the start of the sentence, that names the noun after it
    ("the Conservative party")."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ in ("amod", "compound")
        and token.head.pos_ == "NOUN"
        and token.text[:1].isupper()
        and token.i > token.sent.start
    )


def _proper(token: Any) -> bool:
    """A proper noun not at the start of the sentence (where any word is capitalised), or a
    capitalised adjective there that names the noun after it (`_naming_adjective`)."""
    return (
        (token.pos_ == "PROPN" or _naming_adjective(token))
        and token.text[:1].isupper()
        and token.i > token.sent.start
        and token.lower_ not in _STOP
        and not token.like_num
    )


def _unnamed_subject(claim: str, passage: Sequence[str]) -> list[Fact]:
    """The claim's first word as a name the passage never writes, where it is the claim's
    subject, a proper noun the small model gave no type and no English word is written as
    ("Patoulidis has been capped by Belgium's under-17 side" against a passage on Belgium's
    footballers that never names him): missing, as a typed name would be. Only ever missing:
    where the passage writes it, it may be a common noun capitalised to start the sentence
    ("Autophagy declines in aged organisms"), no name to match."""
    name = _untyped_first_fact(claim)
    if name is None or set(words(name.text)) & set(passage):
        return []
    return [name]


@lru_cache(maxsize=4096)
def _untyped_first_fact(claim: str) -> Fact | None:
    """The claim's first word as a name fact, where `_untyped_first_name` holds; else None.
    Read once per claim, not once per passage."""
    first = parse(claim)[:1]
    if not first or not _untyped_first_name(first[0]):
        return None
    token = first[0]
    return Fact(FactKind.NAME, token.text, _name_key(token.text), _role(token))


def _untyped_first_name(token: Any) -> bool:
    """The sentence's first word, its subject, a proper noun the small model gave no type and
    that no English word is written as ("Patoulidis has been capped by ...", "Webb will
    captain Wales"), which `_proper` leaves out at the start of a sentence."""
    return (
        token.i == token.sent.start
        and token.pos_ == "PROPN"
        and not token.ent_type_
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.lower_ not in COUNTRY
        and token.lower_ not in CAPITAL
        and _no_english_word(token)
    )


def _kind(text: str, label: str) -> FactKind:
    if label == "PERSON" and " " not in text and _written_as_code(text):
        return FactKind.NAME  # "IP3R", "AIRE": a gene or a code, not a person
    keys = _name_key(text).split()
    if len(keys) == 1 and keys[0] in _COUNTRY_NAMES:
        return FactKind.PLACE if label != "NORP" else FactKind.GROUP
    return _ENTITY_KIND.get(label, FactKind.NAME)


def _name_key(text: str) -> str:
    return " ".join(w for w in words(text) if w not in _FILLER and w not in _STOP)


_PLACE_NOUNS = word_set(
    "area region province governorate town city village district county state highway road "
    "border countryside camp airport port base valley river island"
)
_NEAR = word_set("near outside around nearby")
_POINTS = {"north": "n", "south": "s", "east": "e", "west": "w"}
_POINTS |= {a + b: _POINTS[a] + _POINTS[b] for a in ("north", "south") for b in ("east", "west")}
_COMPASS = frozenset(_POINTS)
_PARTS = _COMPASS | word_set("swathe swath part much most half rest")
"""Nouns an "of" phrase names a place after ("swathes of Syria", "the north of Syria")."""
_DIRECTIONS = _COMPASS | word_set("centre center interior border coast")
"""Nouns a possessive country is the place of ("Syria's north", "Turkey's border")."""


def _points(word: str) -> str:
    """The compass points a word names: "northern" -> "n", "north-eastern" -> "ne"."""
    w = word.lower().replace("-", "")
    for suffix in ("ern", "erly", "wards", "ward"):
        if w.endswith(suffix) and w[: -len(suffix)] in _POINTS:
            return _POINTS[w[: -len(suffix)]]
    return _POINTS.get(w, "")


def _opposed(toward: str, other: str) -> bool:
    """Two parts of one place that are not the same: no point of the one is a point of the
    other, and some two are opposite ("northern" / "southern", "east of" / "west of", "southern
    and western" / "northern and eastern"; not "northern" / "northeastern", nor "northern" /
    "eastern", which may both be the northeast)."""
    mine = "".join(_points(w) for w in toward.replace("-", "").split())
    theirs = "".join(_points(w) for w in other.replace("-", "").split())
    return not set(mine) & set(theirs) and any(
        p + q in ("ns", "sn", "ew", "we") for p in mine for q in theirs
    )


def _compass_prefix(span: Any) -> int:
    """1 when a name starts with a compass word before a country ("Northeast Syria", "Eastern
    Ukraine": that country's part), else 0 ("West Bank", "South Sudan", "Northern Ireland")."""
    if len(span) < 2 or not _points(span[0].text):
        return 0
    rest = _name_key(span[1:].text)
    return int(rest in _COUNTRY_NAMES and span.text.lower() != "northern ireland")


def _toward(span: Any) -> str:
    """The part of the place `span` names that the text gives, as written: a compass word before
    it ("northern Syria", "north-eastern Syria", "northern and eastern Syria") or one it is "of"
    ("north of Kharkiv", "to the east of the village of Koran", "Syria's north"); not a word of
    the name itself ("the West Bank")."""
    root = span.root
    for child in root.children:
        if child.dep_ in ("amod", "compound") and _points(child.text) and child not in span:
            said = [t for t in child.subtree if _points(t.text) or t.dep_ == "cc" or t.text == "-"]
            return " ".join(t.text for t in said).replace(" - ", "-")
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PLACE_NOUNS:
        root, head = head.head, head.head.head  # "the village of Koran"
    if root.dep_ == "pobj" and head.lower_ == "of" and _points(head.head.text):
        return f"{head.head.text} of"
    if root.dep_ == "poss" and _points(head.text):
        return f"{head.text} of"
    return ""


def _name_root(span: Any) -> Any:
    """The token a name hangs on its sentence by: the span's root, unless that is its article
    and the name's words hang on a noun outside it too ("The Jeremy Kyle show": "Kyle", whose
    head is "show", not "The")."""
    root = span.root
    if root.pos_ != "DET":
        return root
    out = [t for t in span if t.pos_ != "DET" and not span.start <= t.head.i < span.end]
    return out[-1] if out else root


def _name_fact(span: Any, kind: FactKind) -> Fact:
    role = _role(_name_root(span))
    key = _name_key(span.text)
    head, _, relation = role.partition("/")
    if kind is not FactKind.GROUP and (
        (head == "noun" and relation in _PLACE_NOUNS) or relation in _NEAR
    ):
        kind = FactKind.PLACE  # "the Idlib area", "near Aleppo": places, however spaCy typed them
    elif (
        kind is FactKind.GROUP
        and relation in _NEAR
        and span.root.pos_ == "PROPN"
        and span.root.dep_ == "pobj"
        and key not in _COUNTRY_NAMES
    ):
        kind = FactKind.PLACE  # "near the city of Saravan", typed a nationality
    if key in CAPITAL and role.split("/")[-1] in ("nsubj", "poss", "agent", ""):
        key, kind = CAPITAL[key], FactKind.PLACE  # "Moscow said", "Moscow's defence ministry"
    aside = _speaker(span.root) or _bracketed(span.root) or key in _EVERYWHERE
    root = span.root
    modified = root.head if root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN" else None
    return Fact(
        kind,
        span.text,
        key,
        role,
        peripheral=aside,
        modifies=_lemma(modified) if modified else "",
        describes=_phrase_head(root),
        toward=_toward(span),
    )


def _phrase_head(token: Any) -> str:
    """The lemma of the head of the noun phrase the token modifies, through modifiers and
    compounds ("Australian" -> "F1" -> "driver" -> "McLaren"), "" when it modifies nothing."""
    head, steps = token, 0
    while head.dep_ in ("amod", "compound") and _nounish(head.head) and steps < 5:
        head, steps = head.head, steps + 1
    return _lemma(head) if steps else ""


def _nounish(token: Any) -> bool:
    """A noun or a name, or a noun tagged an adjective (`_noun_tagged_adjective`)."""
    return token.pos_ in ("NOUN", "PROPN") or _noun_tagged_adjective(token)


def _noun_tagged_adjective(token: Any) -> bool:
    """A word the small model tagged an adjective in a noun's place ("officiated last year's
    World Cup final/ADJ/dobj")."""
    return token.pos_ == "ADJ" and token.dep_ in _NOUN_PLACES


_EVERYWHERE = frozenset({"earth"})
"""Places that are everywhere a text speaks of: "the Earth's orbit", "temperatures on Earth" are
stated by "global temperatures", so a support need not name them."""


def _bracketed(token: Any) -> bool:
    """Inside parentheses or brackets: an aside or a citation ("(IPCC, 2013)"), not the claim."""
    before = token.doc[token.sent.start : token.i].text
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")


def _speaker(token: Any) -> bool:
    """The token names who says the claim: the subject of a reporting verb that reports a
    clause ("Taalas said that ..."), or the object of "according to"."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in REPORTING_VERBS:
        return any(c.dep_ == "ccomp" for c in head.children)
    if token.dep_ == "poss" and head.head.lemma_.lower() in REPORTING_VERBS:
        return False
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _role(token: Any) -> str:
    """Where a name stands: 'verb-lemma/preposition' or 'verb-lemma/dependency'.

    Climbs compounds, appositions, 'of' phrases ("the town of Ain Issa") and conjunctions to the
    verb the name depends on."""
    if token.dep_ == "compound" and (
        token.head.pos_ == "NOUN" or _noun_tagged_adjective(token.head)
    ):
        return f"noun/{norm_word(token.head.lemma_)}"  # "the Idlib area", "the M5 highway"
    first = token
    while first.dep_ == "conj" and first.head.pos_ == "PROPN":
        first = first.head  # "Lions" of "the Wales and Lions winger" stands where "Wales" does
    if first.dep_ == "nmod" and _person_noun(first.head):
        return f"noun/{norm_word(first.head.lemma_)}"  # "the Wales and Lions winger"
    if _naming_adjective(token) and token.ent_type_ not in ("NORP", "GPE", "LOC"):
        return f"noun/{norm_word(token.head.lemma_)}"  # "the Conservative party"; not "in
        # American history", a place
    if token.dep_ == "poss":
        if token.head.lemma_.lower() in _DIRECTIONS:  # "to Syria's north": where the noun is
            return _role(token.head)
        return "/poss"
    prep = ""
    node = token
    for _ in range(12):
        head = node.head
        if head.i == node.i:
            break
        if (
            node.dep_ == "pobj"
            and head.pos_ == "ADP"
            and (head.lower_ != "of" or head.head.lemma_.lower() in _PARTS)
        ):
            prep = prep or head.lower_  # "near Aleppo", "swathes of Syria"; not "the town of"
        elif node.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "dative") and not prep:
            prep = node.dep_.replace("pass", "")
        elif node.dep_ == "npadvmod" and node.pos_ == "PROPN" and node.i == head.i + 1:
            prep = prep or "dobj"  # "beat Chile 1-0": the score misleads the parse
        if head.pos_ in ("VERB", "AUX"):
            return f"{head.lemma_.lower()}/{prep}"
        if head.dep_ == "ROOT" and head.pos_ == "NOUN" and verb_tagged_noun(head):
            return f"{verb_lemma(head.lower_)}/{prep}"  # "St Mirren host Falkirk on Saturday",
            # "The top two sides in Group B meet at the Cardiff City Stadium on June 12"
        node = head
    return f"/{prep}"


def _number_facts(doc: Any) -> list[Fact]:
    out: list[Fact] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if not _numeric(token):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and _numeric(doc[end]):
            end += 1
        span = doc[i:end]
        value = number_value(span.text)
        if span[-1].lower_ == "dozen":  # "a dozen", "two dozen" (text2num leaves "dozen")
            times = (
                number_value(span[:-1].text) or _SMALL.get(span[0].lower_) if len(span) > 1 else 1.0
            )
            value = None if times is None else 12 * times
        elif value is None and _small(span):
            value = _SMALL[span.root.lower_]  # "two officers" (text2num leaves 0-2 as words)
        half = i >= 2 and doc[i - 1].lower_ == "a" and doc[i - 2].lower_ == "half"
        if value is not None and half and (span.root.lower_ in SCALES or span.text == "dozen"):
            value /= 2  # "half a million"
        else:
            half = False
        if value is not None:
            counted = _counted(span)
            noun, whole = span.root.head, _through_compound(span.root.head)
            named = noun.text if whole.i == noun.i else f"{noun.text} {whole.text}"
            of = _partitive(span.root)
            if counted and of is not None:
                named = f"of the {of.text}"  # "Three of the militants"
            elif counted and noun.lower_ == "of" and noun.head.dep_ == "appos":
                named = noun.head.head.text  # "soldiers, four of almost 2,000": 2,000 soldiers
            elif counted.startswith("which "):
                named = f"of which {noun.text}"  # "34 of which showed"
            text = f"{span.text} {named}" if counted and counted != "%" else span.text
            if counted and of is None and noun.lower_ == "of" and _measure_of(noun.head):
                text = f"{noun.head.text} of {span.text}"  # "a capacity of 54,500"
            if counted.startswith("in "):
                whole, noun = _ratio_of(span.root) or (None, None)
                text = f"{span.text} in {whole} {noun}"  # "six in 10 residents"
            if i > 0 and doc[i - 1].text in _CURRENCIES:  # a sum, whatever noun follows:
                # "the £32 million Chile forward"
                counted, text = _CURRENCIES[doc[i - 1].text], f"{doc[i - 1].text}{span.text}"
            if counted.endswith(" par"):
                text = f"{span.text} {counted}"  # "15 under par"
            elif counted == "age" and _age_of_phrase(span.root):
                text = f"the age of {span.text}"
            elif counted == "age" and (person := _years_old(span)) is not None:
                # "Sanchez, 26" for "the 26-year-old Sanchez"
                text = f"{person.text}, {span.text}" if person else f"the {span.text}-year-old"
            elif counted == "age" and (person := _stated_age(span.root)) is not None:
                if person.pos_ == "PROPN":
                    text = f"{person.text}, {span.text}"  # "Smith, 42" for "Smith was 42"
                else:  # "the man was 42", "the victim aged 42"
                    named = person.lower_ if person.pos_ == "PRON" else f"the {person.lower_}"
                    text = f"{named} {span.root.head.text} {span.text}"
            elif counted == "age" and _lemma(noun) == "year":
                text = f"{span.text} {noun.text} old"  # "42 years old"
            elif counted == "age":
                owner = _age_of(span.root) or noun  # "Durst, 71" ("the age of 71": "age")
                text = f"{owner.text}, {span.text}"
            elif counted.startswith("age when") and _age_when(span.root):
                be = span.root.head
                text = f"{doc[be.i - 1].text} {be.text} {span.text}"  # "who was 59" (when ...)
            elif counted.startswith("age when"):
                be = span.root.head
                text = f"when {doc[be.i - 1].text} {be.text} {span.text}"  # "when he was 27"
            if half:
                text = f"{doc[i - 2].text} {doc[i - 1].text} {text}"
            elif span.text == "dozen":
                text = f"{doc[i - 1].text} {text}"  # "a dozen storms", so its bound is read
            aside = _bracketed(span.root)
            measured = quantity_at(doc.text, span.start_char)
            owner = _owner(span.root) if counted in _CURRENCIES.values() else ""
            out.append(
                Fact(
                    FactKind.NUMBER,
                    text,
                    _fmt(value),
                    counted,
                    peripheral=aside,
                    quantity=measured,
                    owner=owner,
                    describes=_aged_noun(span) if counted == "age" else "",
                    sort=_sort_of(span) if counted else (),
                )
            )
        i = end
    for token in doc:  # "twice a day": two times, as "four times a day" counts them
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "."
        if token.lower_ in _HOW_OFTEN and (
            after in _PER or (token.lower_ != "once" and after in ",.;")
        ):
            out.append(Fact(FactKind.NUMBER, token.text, _HOW_OFTEN[token.lower_], "time"))
    for token in doc:  # "No officers were injured": zero of them (not "no trend", "no impact")
        if token.lower_ == "no" and token.dep_ == "det" and token.head.tag_ == "NNS":
            noun = token.head
            out.append(Fact(FactKind.NUMBER, f"{token.text} {noun.text}", "0", _lemma(noun)))
        if token.lower_ in _AMOUNTS and not _numeric(token):  # "dozens of civilians"
            people = [
                g
                for c in token.children
                if c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and _lemma(g) in _PEOPLE
            ]
            if people:
                text = f"{token.text} of {people[0].text}"
                out.append(Fact(FactKind.NUMBER, text, token.lower_, _lemma(people[0])))
    return out


def _owner(number: Any) -> str:
    """What a sum is the sum of: the noun subject of the verb the number hangs on (through "for",
    "at"), or the noun that verb describes when its subject is a pronoun or missing ("a hat
    that sold for", "a suit ... selling for"); "" when neither."""
    head, steps = number.head, 0
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("prep", "pobj") and steps < 3:
        head, steps = head.head, steps + 1
    if head.pos_ not in ("VERB", "AUX"):
        return ""
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
        return _lemma(subjects[0])
    if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN"):
        return _lemma(head.head)
    return ""


_CURRENCIES = {"$": "dollar", "US$": "dollar", "£": "pound", "€": "euro", "¥": "yen"}
"""A sum written with its currency's sign counts that currency, as "20 dollars" does."""
_HOW_OFTEN = {"once": "1", "twice": "2", "thrice": "3"}
_PER = word_set("a an per every each daily weekly monthly yearly annually")
"""How often, in words: "twice a day", "arrested twice." ("once" only before a period of time:
"once he arrived" is no number; "twice as many" is a ratio)."""
_SMALL = {"zero": 0.0, "one": 1.0, "two": 2.0}
"""Numbers that `number_value` leaves as words ("one" is as often a pronoun); read only where
they count a noun (`_small`)."""
_FRACTIONS = word_set("half halves third thirds quarter quarters fifth fifths tenth tenths")


def _small(span: Any) -> bool:
    """A number of `_SMALL` that counts a noun ("two officers"), not a fraction ("two thirds")."""
    root = span.root
    return (
        len(span) == 1
        and root.lower_ in _SMALL
        and root.dep_ == "nummod"
        and root.head.lower_ not in _FRACTIONS
    )


def _lemma(token: Any) -> str:
    return norm_word(token.lemma_)


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_ORDINAL_WORDS = dict(
    enumerate(
        _wordset_ordered(
            "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
            "twelfth"
        )
    )
)
"""Ordinals written out, by value: "the 2nd law" is stated by "the second law"."""


def _ordinal_key(value: int) -> str:
    """An ordinal in digits: 2 -> "2nd", 11 -> "11th"."""
    suffix = (
        "th" if value % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    )
    return f"{value}{suffix}"


_ORDINAL_KEYS = {word: _ordinal_key(value) for value, word in _ORDINAL_WORDS.items() if value}


def _ordinal_facts(doc: Any) -> list[Fact]:
    """Ordinals in digits ("in the 83rd minute", "his 3rd goal") or in words before the noun
    they count ("for the third time"), keyed in digits so that "83rd" and "63rd" differ, "2nd"
    and "second" do not, and neither is the figure 83; not in dates ("the 20th century")."""
    out = []
    for token in doc:
        digits = _ORDINAL.match(token.text) is not None
        standing = _standing(token)
        word = token.lower_ in _ORDINAL_KEYS and (token.dep_ == "amod" or standing)
        if not (digits or word) or _dated(token):
            continue
        head = token.head
        counted = token.dep_ in ("amod", "nummod") and head.pos_ == "NOUN"
        if word and not counted and not standing:
            continue  # "the second in two months": no noun counted
        text = f"{token.text} {head.text}" if counted else token.text
        key = token.lower_ if digits else _ORDINAL_KEYS[token.lower_]
        if standing and not counted:  # whose place it is tells two places apart
            out.append(Fact(FactKind.NUMBER, text, key, "rank:stand", owner=_rank_owner(token)))
            continue
        anchor = _lemma(head) if counted else _rank(token)
        out.append(Fact(FactKind.NUMBER, text, key, anchor))
    return out


_SCORE = re.compile(r"(?<![\w.,/-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\w,/%°-]|\.\d)")
_RANGE_BEFORE = word_set("aged age ages between from of")
_RESULTS = word_set(
    "beat win won lose lost draw drew drawn defeat victory thrash edge lead led trail ahead record"
)
"""Words of a match's result: a pair of small numbers in a sentence with one is its score."""
_RESULT_NOUNS = word_set("draw win victory defeat loss")
_LEAD_SIDES = word_set("up down")
"""Words after a score that make it a lead ("put Gloucester 20-13 up")."""
_TALLIES = word_set("vote votes")
"""Nouns after a pair of numbers that make it a vote's tally ("in a 400-20 vote")."""


def _score_facts(doc: Any) -> list[Fact]:
    """A match's score ("beat Burnley 2-0", "a 0-0 draw", "made it 4-2", "put Gloucester 20-13
    up") or a vote's tally ("in a 400-20 vote"), keyed by the larger side first so that "won
    2-0" and "lost 0-2" are one score; not a range ("2-3 degrees", "10-20 years")."""
    said = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}
    result = bool(said & _RESULTS) or any(_PHRASAL.get(_phrasal(t)) in _RESULTS for t in doc)
    # "their Under 18s saw off City 1-0": beat them
    out = []
    for found in _SCORE.finditer(doc.text):
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        made = span.start >= 2 and before.lower_ == "it" and doc[span.start - 2].lemma_ == "make"
        tally = after is not None and after.lower_ in _TALLIES  # "passed in a 400-20 vote"
        led = after is not None and after.lower_ in _LEAD_SIDES
        if not (result or made or tally or led):
            continue  # a lead is a score without a word of result: "put Gloucester 20-13 up",
            # "made it 4-2"
        if (
            after is not None
            and after.pos_ in ("NOUN", "PROPN")
            and after.lower_ not in _RESULT_NOUNS | _TALLIES
        ) or (before is not None and before.lower_ in _RANGE_BEFORE):
            continue  # a range ("2-3 degrees", "aged 5-12")
        high, low = sorted((int(found.group(1)), int(found.group(2))), reverse=True)
        out.append(Fact(FactKind.NUMBER, found.group(0), f"{high}-{low}", "score"))
    for found in _NO_GOALS.finditer(doc.text):  # "a goalless draw" is a 0-0 one
        out.append(Fact(FactKind.NUMBER, found.group(0), "0-0", "score"))
    return out


_NO_GOALS = re.compile(r"\b(?:goalless|scoreless)\s+(?:draw|stalemate)\b", re.IGNORECASE)
"""A match's score when no side scored, in words ("a goalless draw"; the small model may read
"goalless" as the noun and "draw" as a verb)."""


_STANDING_VERBS = word_set("be finish come sit lie stand end place rank")


def _dated(token: Any) -> bool:
    """The ordinal is part of a date ("the 20th century", "March 17th"): the small model tags
    a date with more to it than the ordinal; "finishing 17th", tagged a date alone, is not."""
    if token.ent_type_ != "DATE":
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is None or any(t.i != token.i and not t.is_punct for t in entity)


def _standing(token: Any) -> bool:
    """An ordinal that says where someone stands ("who are fifth in National Two South",
    "finished second", "finishing 17th", "third-placed Chinnor", "moved up to fifth"), not a
    count of a noun."""
    ordinal = token.lower_ in _ORDINAL_KEYS or _ORDINAL.match(token.text) is not None
    if ordinal and token.dep_ == "pobj" and token.head.lower_ == "to":
        verb = token.head.head  # "moved up to fourth", "climbed to third"
        verb = verb.head if verb.lower_ in ("up", "down") else verb
        return verb.lemma_.lower() in _MOVING_VERBS
    return (
        ordinal
        and token.dep_ in ("acomp", "attr", "advmod", "oprd", "npadvmod", "dobj")
        and token.head.lemma_.lower() in _STANDING_VERBS
    )


_MOVING_VERBS = word_set("move climb rise drop fall slip go jump")
"""Verbs that bring a side to a place in a table ("moved up to fifth")."""


def _rank_owner(token: Any) -> str:
    """Whose place a standing ordinal gives: its verb's subject, the noun a relative clause
    describes ("The Reds, who are fifth"), or the noun the verb describes ("third-placed
    Chinnor")."""
    head = token.head
    if head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN"):
        return _lemma(head.head)
    return _owner(token)


def _ranked_on_same_verb(anchor: str, other: str) -> bool:
    """Two standing ordinals on the same verb, whatever their role ("left Ceahlaul 14th" /
    "left Ceahlaul 16th", the small model reading "Ceahlaul 16th" as one name, the object)."""
    if not (anchor.startswith("rank:") and other.startswith("rank:")):
        return False
    verb = anchor.removeprefix("rank:").split("/")[0]
    return verb != "" and verb == other.removeprefix("rank:").split("/")[0]


def _minute_unwritten(fact: Fact, other: Fact) -> bool:
    """The claim's ordinal counts minutes and the text's, with no noun, stands after "in" ("in
    the 64th"): match reports leave the minute out."""
    return (
        fact.anchor == "minute"
        and other.anchor.startswith("rank:")
        and other.anchor.endswith("/in")
    )


def _minute_left_out(fact: Fact, other: Fact, claim: str) -> bool:
    """The text's ordinal with no noun ("made a leaping save ... in the 64th") is a minute where
    the claim's is one (`_minute_unwritten`), "in" on the same verb ("made a save ... in the
    74th minute")."""
    if not _minute_unwritten(fact, other):
        return False
    for token in parse(claim):
        prep = token.head
        if token.lower_ in ("minute", "minutes") and prep.lower_ == "in" and token.dep_ == "pobj":
            return other.anchor == f"rank:{prep.head.lemma_.lower()}/in"
    return False


def _rank(token: Any) -> str:
    """An ordinal with no noun, keyed by where its verb puts it ("up four places to 14th":
    "rank:lift/to"); "" when no verb holds it."""
    role = _role(token)
    return f"rank:{role}" if role.split("/")[0] else ""


_FINAL_SCORE = re.compile(
    r"\b(?:Match ends|Full[- ]time),? (?P<home>[A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*)*) (?P<a>1?\d), "
    r"(?P<away>[A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*)*) (?P<b>1?\d)\b"
)


def _final_scores(text: str) -> list[Fact]:
    """A final score as match reports write it ("Match ends, Ipswich Town 3, Queens Park
    Rangers 0"), keyed as `_score_facts` keys "3-0"; not a half-time score."""
    out = []
    for found in _FINAL_SCORE.finditer(text):
        high, low = sorted((int(found["a"]), int(found["b"])), reverse=True)
        written = f"{found['home']} {found['a']}, {found['away']} {found['b']}"
        out.append(Fact(FactKind.NUMBER, written, f"{high}-{low}", "score"))
    return out


def _number_form(key: str) -> str:
    """How a number is written: a figure, an ordinal ("83rd"), a vague amount ("dozens") or a
    fraction in words ("two-thirds"): only numbers of one form are compared ("dozens" may be
    30, "the 3rd goal" is no "3 goals", "a third" may be 34%)."""
    if key.startswith(_FRACTION_KEY):
        return "fraction"
    return "amount" if key in _AMOUNTS else "ordinal" if _ORDINAL.match(key) else "figure"


_FRACTION_KEY = "fraction:"
_FRACTION_WORDS = {"half": "1/2", "third": "1/3", "quarter": "1/4", "fifth": "1/5"}
_FRACTION_WORDS |= {"thirds": "2/3", "quarters": "3/4"}
_FRACTION = re.compile(
    r"\b(?:(?:by|to)\s+(?:a\s+|one\s+)?|in\s+(?=half\b))"
    r"(half|third|quarter|fifth|two[- ]thirds|three[- ]quarters)\b(?![- ]?(?:time|way|an?\b))"
    r"|\b((?:a|one)\s+(?:half|third|quarter|fifth)|half|two[- ]thirds|three[- ]quarters)"
    r"\s+of\b",
    re.IGNORECASE,
)


_PART_BEFORE = word_set(
    "the first second latter later earlier early late other back front top bottom upper lower "
    "northern southern eastern western"
)


def _fraction_facts(text: str) -> list[Fact]:
    """A share written as a fraction in words, of a change ("cut by two-thirds", "fell to a
    third", "cut in half") or of a whole ("half of the votes"), keyed by the fraction and
    counted as a percentage is, so that "by half" and "by two-thirds" are compared."""
    out = []
    for found in _FRACTION.finditer(text):
        before = text[: found.start()].split()[-1:]
        if found[2] and before and before[0].lower() in _PART_BEFORE:
            continue  # "in the second half of the 20th century": a part, not a share
        written = found[1] or found[2]
        last = written.lower().replace("-", " ").split()[-1]
        out.append(Fact(FactKind.NUMBER, written, _FRACTION_KEY + _FRACTION_WORDS[last], "%"))
    return out


_PEOPLE = {
    **dict.fromkeys(word_set("civilian noncombatant bystander"), "civilian"),
    **dict.fromkeys(
        word_set(
            "soldier troop fighter militant combatant insurgent rebel terrorist jihadist jihadi "
            "serviceman guerrilla militiaman gunman"
        ),
        "combatant",
    ),
    **dict.fromkeys(word_set("woman girl"), "female"),
    **dict.fromkeys(word_set("man boy"), "male"),
}
"""Kinds of people that exclude each other (`_other_people`): whom an attack killed is what
outlets of different slant dispute ("killing dozens of civilians" / "of soldiers")."""
_AMOUNTS = word_set("dozens hundreds thousands")
"""Words for a number of people no figure gives ("dozens of civilians")."""


_WORKERS = word_set("worker personnel employee staff staffer")
"""Nouns for the people a firm employs: "eight workers were exposed" and "six personnel ...
were exposed" count the same people."""


def _same_counted(counted: str, other: str) -> bool:
    """Two numbers count the same noun, or two nouns for a firm's workers."""
    return counted == other or (counted in _WORKERS and other in _WORKERS)


def _other_people(counted: str, other: str) -> bool:
    """Two kinds of people that exclude each other, as what two numbers count ("12 civilians"
    / "12 militants", "three women" / "three men")."""
    kinds = {_PEOPLE.get(counted), _PEOPLE.get(other)}
    return kinds in ({"civilian", "combatant"}, {"female", "male"})


_SPANS_OF_TIME = word_set("second minute hour day night week fortnight month year decade century")


def _other_counted(counted: str, other: str) -> bool:
    """What two numbers count excludes each other: two kinds of people (`_other_people`), two
    spans of time ("two days" / "two years"), or a span of time and an age ("two days" / "a
    two-year-old")."""
    timed = {counted, other} - {"age"}
    spans = counted != other and all(c in _SPANS_OF_TIME for c in timed)
    return (spans and bool(timed)) or _other_people(counted, other)


def _span_against_count(fact: Fact, other: Fact) -> bool:
    """One of two numbers of one value is a span of time and the other counts a thing that is
    none, its text not naming the span either: "six games away" states no "to last six weeks"
    (not "a 6-month program" for "six months")."""
    anchors = (fact.anchor, other.anchor)
    if _minute_unwritten(fact, other):
        return False  # "in the 64th" of a match report is its 64th minute
    spans = [a for a in anchors if a in _SPANS_OF_TIME]
    if len(spans) != 1 or "" in anchors or "age" in anchors:
        return False
    return spans[0] not in words(fact.text) or spans[0] not in words(other.text)


_UNITS = _SPANS_OF_TIME | word_set("match game")


def _unit_unsaid(fact: Fact, same: Sequence[Fact]) -> bool:
    """The claim's count is of a span of time or of matches made one word with a noun ("a
    two-year contract", "a five-match ban"), and no number of the text with its value counts
    that unit ("the two clubs")."""
    written = words(fact.text)
    if len(written) < 3 or written[1] not in _UNITS:
        return False
    return all(written[1] not in words(n.text) and n.anchor != written[1] for n in same)


def _counts_swapped(fact: Fact, same: Sequence[Fact], numbers: Sequence[Fact]) -> bool:
    """The text gives the claim's number only to other nouns and another number to the claim's
    noun: "wracking up four assists and scoring three goals" for "scored four goals"; not "a
    6-month program" (the claim's "six months" made one word with a noun) beside "an 18-month
    follow-up"."""
    return (
        bool(fact.anchor)
        and all(n.anchor and fact.anchor not in (n.anchor, *words(n.text)) for n in same)
        and any(n.anchor == fact.anchor and n.key != fact.key for n in numbers)
    )


def _age(token: Any) -> bool:
    """A bare number beside a name, between commas: an age ("Durst, 71, is accused"); or what
    a person "was" in a clause that dates an event ("happened in 1978 when he was 27")."""
    if not (token.like_num and token.text.isdigit() and 0 < int(token.text) < 130):
        return False
    if token.dep_ == "appos":
        return _age_of(token) is not None
    return _age_then(token) != "" or _age_when(token) != "" or _stated_age(token) is not None


_PERSON_NOUNS = word_set(
    "man woman boy girl child baby teenager teen youngster pupil student teacher victim driver "
    "passenger rider cyclist motorcyclist pedestrian father mother son daughter wife husband "
    "brother sister grandfather grandmother officer suspect defendant patient worker owner "
    "player footballer"
)


def _stated_age(token: Any) -> Any | None:
    """The person whose age a bare number states ("The man who died in the crash was 42",
    "Smith was 42", "a man aged 42", "the victim, who was 42"): the noun or name, or None
    when the number states no age of a person ("The score was 42", "The company was 42")."""
    if not (token.text.isdigit() and 0 < int(token.text) < 130):
        return None
    head = token.head
    if token.dep_ in ("dobj", "npadvmod", "nummod") and head.lower_ == "aged":
        # "a man aged 42", "the victim, aged 42,"; the noun just before when the parser hung
        # "aged" elsewhere ("after another pupil, also aged 15, also accused")
        before = (t for t in reversed(token.doc[max(0, head.i - 3) : head.i]) if t.pos_ == "NOUN")
        person = head.head if head.dep_ == "acl" else next(before, None)
    elif token.dep_ == "attr" and head.lemma_ == "be" and not list(token.children):
        person = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if person is not None and person.lower_ == "who" and head.dep_ == "relcl":
            person = head.head  # "the victim, who was 42"
    else:
        return None
    if person is None:
        return None
    if person.pos_ == "PROPN" and _in_entity(person, frozenset({"PERSON"})):
        return person
    if person.lower_ in _PERSONAL or _lemma(person) in _PERSON_NOUNS:
        return person
    return None


def _age_when(token: Any) -> str:
    """The verb of the "when" clause after "X was 59" ("the district attorney, who was 59 when
    he disappeared": "disappear"), the number what a person was then, or ""."""
    be = token.head
    if token.dep_ != "attr" or be.lemma_ != "be":
        return ""
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    person = subject is not None and (
        subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL or subject.lower_ == "who"
    )
    clause = next(
        (
            c
            for c in be.children
            if c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children)
        ),
        None,
    )
    return _lemma(clause) if person and clause is not None else ""


def _age_of_phrase(token: Any) -> bool:
    """The number of "at the age of 15", which the small model may tag as part of a date ("the
    age of 15 in 2001")."""
    return (
        token.like_num
        and token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ == "age"
    )


def _years_old(span: Any) -> Any:
    """For "26" in "26-year-old": the name it comes before ("the 26-year-old Sanchez"), or ""
    when it names none ("convinced the 26-year-old"); None when the number is no such age."""
    doc, end = span.doc, span.end
    written = [t.lower_ for t in doc[end : end + 4]]
    if written not in (["-", "year", "-", "old"], ["-", "years", "-", "old"]):
        return None
    after = doc[end + 4] if end + 4 < len(doc) else None
    return after if after is not None and after.pos_ == "PROPN" else ""


def _same_aged(a: Fact, b: Fact) -> bool:
    """Two numbers that may count the same thing: not the ages of two people ("McGregor, 29"
    and "Mayweather, 40", written "name, age"), whose last names differ. An age of a noun for
    a person ("The former Manchester City man, 30") may be anyone's."""
    if a.anchor != "age" or b.anchor != "age":
        return True
    name_a, name_b = (words(f.text.rpartition(",")[0]) for f in (a, b))
    if not name_a or not name_b or name_a[-1] == name_b[-1]:
        return True
    return bool({name_a[-1], name_b[-1]} & _PERSON_NOUNS)


def _age_of(token: Any) -> Any:
    """The name an age between commas belongs to: the name it hangs on (a proper noun, a
    capitalised word no English word is written as, which the small model may take for a
    common noun at the start of a sentence, "Southgate, 52, has", or a noun for a person, "the
    former Manchester City man, 30,"), or the name written just before it, however the parser
    hung it ("to face Mayweather, 40, has prompted", where "40" hangs on "move"); None when
    there is none."""
    head = token.head
    if head.pos_ == "PROPN" or (head.i < token.i and _no_english_word(head)):
        return head
    if head.pos_ == "NOUN" and head.i < token.i and _lemma(head) in _PERSON_NOUNS:
        return head
    doc, i = token.doc, token.i
    after = doc[i + 1].text if i + 1 < len(doc) else ""
    if (
        i >= 2
        and doc[i - 1].text == ","
        and doc[i - 2].pos_ == "PROPN"
        and after in (",", ".", ";")
    ):
        return doc[i - 2]
    return None


_PERSONAL = word_set("he she i")


def _age_then(token: Any) -> str:
    """The verb whose time a "when he was 27" clause holding the number gives ("happen"), or
    "": an age then, not now ("Lawler, now 64")."""
    be = token.head
    if token.dep_ != "attr" or be.lemma_ != "be" or be.dep_ != "advcl":
        return ""
    if not any(c.dep_ == "nsubj" and c.lower_ in _PERSONAL for c in be.children):
        return ""
    if not any(c.lower_ == "when" for c in be.children):
        return ""
    return _lemma(be.head)


def _span_of_time(token: Any) -> bool:
    """A number of days, weeks, years... ("five days after the incident", "for 10 years"): a
    date to spaCy, a number here; not a date that names a month, a year or a weekday."""
    return (
        token.dep_ == "nummod"
        and _lemma(token.head) in _SPANS_OF_TIME
        and not any(
            _DATE_NAMES.search(e.text) for e in token.doc.ents if e.start <= token.i < e.end
        )
    )


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_WITH_FRACTION = re.compile(r"^(\d*)([½¼¾⅓⅔])$")
"""A number written with a fraction sign ("7½ hours"), which spaCy does not read as a number."""


def _like_num(token: Any) -> bool:
    return bool(token.like_num or _WITH_FRACTION.match(token.text))


def _numeric(token: Any) -> bool:
    if _one_off(token):
        return False
    if token.lower_ == "dozen":  # "a dozen storms", "two dozen", not "dozens"
        return token.i > 0 and (token.nbor(-1).lower_ == "a" or _like_num(token.nbor(-1)))
    if _age(token) or (_like_num(token) and _span_of_time(token)) or _age_of_phrase(token):
        return True
    if _in_entity(token, frozenset({"DATE", "TIME", "ORDINAL"})) and not _label_number(token):
        return False
    if _hyphenated(token):
        return _counts_hyphened(token) or _measured_hyphened(token)  # "nine-episode",
        # "a 10-inch hole"; not part of a name: "3-kinase", "type-1", "MEK 1/2"
    if _CODE.match(token.text) and not _NUMBER.match(token.text.replace("%", "")):
        return False  # "M4", "COVID-19"
    return _like_num(token) or (
        _in_entity(token, _NUMBER_LABELS) and token.lower_ in ("hundred", "thousand", "million")
    )


_HYPHENED_UNITS = word_set(
    "inch foot feet yard mile metre meter kilometre kilometer centimetre centimeter millimetre "
    "millimeter km cm mm pound kg kilogram gram ounce ton tonne gallon litre liter acre hectare"
)


def _measured_hyphened(token: Any) -> bool:
    """Digits joined by a hyphen to a unit of measure ("a 10-inch-diameter hole", "a 5-mile
    race"): a measure, not part of a name."""
    after = _after_hyphen(token)
    return token.like_num and after is not None and after.lower_ in _HYPHENED_UNITS


def _counts_hyphened(token: Any) -> bool:
    """A number in words joined by a hyphen to the lower-case noun it counts ("Showtime's
    nine-episode revival"): digits there are more often part of a name ("3-kinase"), but for
    the parts of a whole that news counts ("the 16-page handwritten manuscript")."""
    after = _after_hyphen(token)
    if after is None or not (after.is_alpha and after.is_lower):
        return False
    if token.text.replace(",", "").isdigit():
        return after.lower_ in _HYPHENED_PARTS
    return token.is_alpha and token.like_num


_HYPHENED_PARTS = word_set(
    "page episode chapter part track song seat storey story bedroom room member man strong "
    "game match lap round hole"
)
"""Nouns for parts of a whole that digits count, joined by a hyphen ("a 16-page manuscript",
"a 20-man squad", "a 4,000-seat stadium")."""


def _after_hyphen(token: Any) -> Any | None:
    """The token after a hyphen that follows this one ("nine-episode": "episode"), if any."""
    after = token.doc[token.i + 1 : token.i + 3]
    return after[1] if len(after) == 2 and after[0].text == "-" else None


_ONE_OFF = frozenset({"off", "time", "sided", "way", "shot"})
"""Words that make "one-" an adjective, not a count: "one-off events", "a one-time
champion" (a former one), "one-sided", "one-way"."""


def _one_off(token: Any) -> bool:
    """ "One" in "one-off", "one-time", "one-sided" and the like: no count."""
    after = _after_hyphen(token)
    return token.lower_ == "one" and after is not None and after.lower_ in _ONE_OFF


def _label_number(token: Any) -> bool:
    """A number in digits right after the common noun it labels ("in episode 5", "Game 7"),
    which the small model may tag a date, alone or with the noun."""
    head = token.head
    if not (
        token.text.isdigit()
        and token.dep_ == "nummod"
        and head.pos_ == "NOUN"
        and head.i == token.i - 1
        and head.lemma_.lower() not in ("year", "decade", "century")  # "the year 2000": a date
    ):
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is None or {t.i for t in entity} <= {head.i, token.i}


def _hyphenated(token: Any) -> bool:
    doc = token.doc
    if doc[token.i + 1 : token.i + 3].text.lower() in ("-time", "-times"):
        return False  # "a six-time Olympic gold medallist": how many times
    after = token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in "-/"
    before = token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text in "-/"
    return after or before


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _through_compound(noun: Any) -> Any:
    """The noun a number's noun is a compound modifier of: "the 1.5 magnitude tremor" counts
    tremors, as "a 3.5 magnitude tremor" (where spaCy hangs the number on "tremor") does."""
    if noun.pos_ == "NOUN" and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        return noun.head
    return noun


def _sort_of(span: Any) -> tuple[str, ...]:
    """The common nouns compounded before the noun a number counts, other than the number's
    own noun ("11 drug traffickers": ("drug",); "a 1.5 magnitude tremor": none)."""
    noun = span.root.head
    whole = _through_compound(noun)
    return tuple(
        _lemma(c)
        for c in whole.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < whole.i and c.i != noun.i
    )


def _other_sort(fact: Fact, other: Fact) -> bool:
    """Two counts name sorts of what they count that share nothing ("11 drug traffickers" /
    "11 murder convicts", "three police officers" / "three army officers"): not one count."""
    return bool(fact.sort and other.sort) and not set(fact.sort) & set(other.sort)


def _counted(span: Any) -> str:
    """What a number counts: the noun it modifies, or the unit after it ("1.5 km", "20%")."""
    root = span.root
    after = span.end < len(span.doc) and span.doc[span.end]
    if after is not False and (after.text in ("%", "percent") or after.lower_ in _SPELLING):
        return norm_word(after.text) or after.text
    head = root.head
    doc = span.doc
    par = span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "par"
    if after is not False and after.lower_ in ("under", "over") and par:
        return f"{after.lower_} par"  # a golfer's score: "15 under par"
    if _years_old(span) is not None or _age_of_phrase(root):
        return "age"  # "the 26-year-old (Sanchez)", "at the age of 15"
    if root.dep_ == "nummod" and _lemma(head) == "year" and head.head.lower_ == "old":
        return "age"  # "42 years old"
    if _age(root):
        then = _age_then(root) or _age_when(root)
        return f"age when {then}" if then else "age"
    if root.dep_ in ("nummod", "quantmod", "compound") and (
        head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "VERB" and head.dep_ in _NOUN_PLACES)
    ):  # a noun the parser read as a verb in a noun's place: "a dozen storms/VERB/attr"
        return _lemma(_through_compound(head))
    ratio = _ratio_of(root)
    if ratio is not None:  # "six in 10 residents": a share, not six of anything
        of, noun = ratio
        value = number_value(of.text)
        return f"in {of.lower_ if value is None else _fmt(value)} {_lemma(noun)}"
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.tag_ == "NNS":
        return _lemma(head)  # "soldiers, four of almost 2,000,": four soldiers
    whole = head.head
    if root.dep_ == "pobj" and head.lower_ == "of" and whole.dep_ == "appos" and whole.like_num:
        return _counted(whole.doc[whole.i : whole.i + 1])  # ... of almost 2,000 soldiers
    if root.dep_ == "pobj" and head.lower_ == "of" and _measure_of(whole):
        return _lemma(whole)  # "a capacity of 54,500": the capacity is 54,500
    if root.dep_ == "pobj" and head.lower_ == "of":  # "one of the officers"
        return ""
    if _of_which(root):  # "41 videos ..., 34 of which showed victims": the part that showed
        return f"which {_lemma(head)}"
    of = _partitive(root)
    return _lemma(of) if of is not None else ""


_NOUN_PLACES = frozenset({"attr", "nsubj", "nsubjpass", "dobj", "pobj"})


def _measure_of(noun: Any) -> bool:
    """A singular noun after "a" whose "of" gives its size ("a capacity of 54,500", "a
    population of 3 million", "a crowd of 40,000"): what the number counts. Not a time ("the
    summer of 1969"), a plural ("two of the officers"), or a noun of "the" ("the first of
    three"), nor a vote's tally ("a vote of 50 to 2")."""
    article = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return noun.tag_ == "NN" and article and _lemma(noun) not in _TIME_NOUNS | _TALLIES


def _ratio_of(number: Any) -> tuple[Any, Any] | None:
    """(the whole, the noun) of a number written as a share of another ("six in 10 Ferguson
    residents", "one in five adults"), None for any other number."""
    head = number.head
    if number.dep_ == "quantmod" and head.like_num and head.head.pos_ == "NOUN":
        between = number.doc[number.i + 1 : head.i]
        if [t.lower_ for t in between] == ["in"]:
            return head, head.head
    for prep in number.children:
        noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if prep.lower_ == "in" and noun is not None and noun.pos_ == "NOUN":
            whole = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
            if whole is not None:
                return whole, noun
    return None


def _of_which(number: Any) -> bool:
    """The number is the subject of a relative clause as a part ("34 of which showed ..."):
    what it counts is named before, where the parser may not hang the clause."""
    return (
        number.dep_ in ("nsubj", "nsubjpass")
        and number.head.pos_ in ("VERB", "AUX")
        and any(
            c.lower_ == "of" and any(g.lower_ in ("which", "whom") for g in c.children)
            for c in number.children
        )
    )


def _partitive(number: Any) -> Any | None:
    """The plural noun a number that is a subject or object counts part of ("Three of the
    militants were killed": "militants"), None when none."""
    if number.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    of = [g for c in number.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return of[0] if of and of[0].pos_ == "NOUN" and of[0].tag_ == "NNS" else None


_DATE_NAMES = re.compile(
    r"\b(1[5-9]\d\d|20\d\d)\b|\b(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\b"
    r"|\b(" + "|".join(_WEEKDAYS) + r")\b"
    r"|\b(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-first)?)[- ]century\b",
    re.I,
)


def _date_facts(doc: Any) -> list[Fact]:
    """Dates that name a year, a month or a weekday ("this month", "the 20th century", "the
    past 50 years" say too little to check), and times that name a weekday ("Saturday night");
    their role as for names."""
    out = []
    dates = [e for e in doc.ents if e.label_ == "DATE" or (e.label_ == "TIME" and _weekday_in(e))]
    dates += [tail for e in doc.ents if (tail := _date_tail(e)) is not None]
    for whole in dates:
        years = _years_of_range(whole)
        out.extend(f for year in years for f in _date_fact(year, whole.root))
        out.extend(_date_fact(whole) if not years else [])
    return out


_YEAR_RANGE = re.compile(r"(?:between|from)\s+(\d{4})\s*(?:and|to|-|–)\s*(\d{4})", re.I)


def _years_of_range(ent: Any) -> list[Any]:
    """The two years of a range, each as a date of its own ("between 2004 and 2009": 2004 and
    2009), which dateutil reads as neither; [] for any other date."""
    if not _YEAR_RANGE.fullmatch(ent.text.strip()):
        return []
    return [ent.doc[t.i : t.i + 1] for t in ent if t.text.isdigit() and len(t.text) == 4]


def _date_fact(ent: Any, root: Any | None = None) -> list[Fact]:
    """The date fact of a date's span, in the role of `root` (the whole date's, for a year of
    a range; else the span's own); none when it names no year, month or weekday."""
    out = []
    if _DATE_NAMES.search(ent.text):
        ent = _past_age(ent)
        key = date_key(ent.text)
        if key:
            aside = _bracketed(ent.root)
            root = ent.root if root is None else root
            event = root.head.pos_ == "NOUN" and root.dep_ in ("nummod", "compound", "amod", "poss")
            noun = root.head
            if root.dep_ == "nmod" and noun.pos_ == "NOUN":  # "the August 2013 drive-by
                event = True  # shooting": the date names the phrase's head, through "drive"
                while noun.dep_ in ("amod", "compound") and noun.head.pos_ == "NOUN":
                    noun = noun.head
            out.append(
                Fact(
                    FactKind.DATE,
                    ent.text,
                    key,
                    _date_role(root),
                    peripheral=aside,
                    modifies=_lemma(noun) if event else "",  # "the 1982 disappearance"
                    describes=_of_name(noun) if event else "",  # "series of The X Factor"
                )
            )
    return out


def _weekday_in(ent: Any) -> bool:
    """A time the small model tagged that names a weekday ("on Saturday night")."""
    return any(t.lower_ in _WEEKDAYS for t in ent)


def _date_tail(ent: Any) -> Any | None:
    """The date a name the small model ran on into it ends with, after a preposition:
    "April 19" of "Glamorgan on April 19" (tagged one facility); None for a date entity or a
    name with no such tail."""
    if ent.label_ == "DATE":
        return None
    for token in ent[1:-1]:
        tail = ent.doc[token.i + 1 : ent.end]
        if token.pos_ == "ADP" and any(_date_word(t) for t in tail):
            return tail
    return None


def _date_word(token: Any) -> bool:
    """A month or a weekday written in full, or a year ("April", "Sunday", "2015"; not the
    "Mar" of "Mark")."""
    year = token.text.isdigit() and len(token.text) == 4 and 1500 <= int(token.text) < 2100
    return token.lower_ in _MONTHS or token.lower_ in _WEEKDAYS or year


_CLOCK = re.compile(
    r"(?<![\d:.])(?:([01]?\d|2[0-3]):([0-5]\d)(?:\s*([ap])\.?m\.?)?|(1[0-2]|0?[1-9])\s*([ap])\.?m\.?)"
    r"(?![\d:]|\.\d)",
    re.I,
)
_CLOCK_BEFORE = re.compile(
    r"\b(?:at|after|before|around|about|by|until|till|from|since|to|between|and)\W+(?:\w+\W+)?$",
    re.I,
)
_CLOCK_AFTER = re.compile(r"^\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|PDT|local|hrs|hours)\b", re.I)


def _clock_facts(doc: Any) -> list[Fact]:
    """Times of day ("shortly after 01:00", "at about 13:35 GMT", "3pm"), keyed 't=HH:MM' in 24
    hours, their role as a date's: a time is a part of when something happened."""
    out = []
    for found in _CLOCK.finditer(doc.text):
        hour = int(found.group(1) or found.group(4))
        minute = int(found.group(2) or 0)
        half = (found.group(3) or found.group(5) or "").lower()
        before, after = (
            doc.text[max(0, found.start() - 20) : found.start()],
            doc.text[found.end() :],
        )
        if not half and not (_CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(after)):
            continue  # "a ratio of 1:10", "ran 3:59": a clock time is said to be one
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is None:
            continue
        key = f"t={hour:02d}:{minute:02d}"
        out.append(Fact(FactKind.DATE, found.group(0), key, _date_role(span.root)))
    return out


def _past_age(ent: Any) -> Any:
    """A date entity without the age the small model ran into it: "in 2001" of "the age of 15
    in 2001"."""
    number = next((t for t in ent if _age_of_phrase(t)), None)
    if number is None or number.i + 1 >= ent.end:
        return ent
    start = number.i + 1
    if ent.doc[start].pos_ == "ADP":
        start += 1  # "in 2001": the date is what the preposition governs
    return ent.doc[start : ent.end] if start < ent.end else ent


def _date_role(root: Any) -> str:
    """A date's role as a name's, but a date on "to be" dates the verb that "to be" completes:
    "asked Ellie to be his prom date on Tuesday" dates the asking."""
    role = _role(root)
    if role.startswith("be/"):
        be = next((t for t in root.ancestors if t.lemma_ == "be"), None)
        if be is not None and be.dep_ == "xcomp" and be.head.pos_ == "VERB":
            return f"{be.head.lemma_.lower()}/{role.partition('/')[2]}"
    return role


def _event_facts(doc: Any) -> list[Fact]:
    """The main verb of each sentence (inside reported speech, the reported verb)."""
    out = []
    for sent in doc.sents:
        verb = _main_verb(sent.root)
        if verb is None:
            continue
        out.append(_event(verb))
    return out


def _event(verb: Any) -> Fact:
    lemma, negated = _polarity(verb)
    subject = _subject(verb)
    if subject is not None and subject.text.lower() in _NO_ONE:
        subject = None  # "no one was hurt": not one of anyone, whoever the claim names
    key = " ".join(w for w in words(subject.text) if w not in _STOP) if subject else ""
    text = subject.text if subject else ""
    obj = _object_key([c for c in verb.children if c.dep_ in ("dobj", "attr")])
    done_to = subject is not None and subject.root.dep_ == "nsubjpass"
    if done_to and lemma in _DEFEATS:  # "Williams and Riske were thrashed": they lost
        aux = [c.text for c in verb.children if c.dep_ == "auxpass"]
        written = f"{aux[0]} {verb.text}" if aux else verb.text
        return Fact(FactKind.EVENT, written, "lose", key, negated, text, obj)
    return Fact(FactKind.EVENT, lemma, lemma, key, negated, text, obj, done_to=done_to)


def _object_key(objects: Sequence[Any]) -> str:
    """An event's direct object as `Fact.object` holds it: the words of its head tokens, stop
    words left out."""
    return " ".join(w for o in objects for w in words(o.text) if w not in _STOP)


_DEFEATS = word_set("beat defeat thrash rout hammer crush edge overcome trounce whip outclass")
"""Verbs of beating an opponent: their passive's subject lost ("The US were beaten 3-2"), which
is the opposite of winning."""


_SUBJECT_PARTS = frozenset(
    {"compound", "amod", "conj", "cc", "det", "poss", "flat", "nmod", "appos", "punct"}
)


def _subject(verb: Any) -> Any | None:
    """The span naming who does what the verb says (None for a pronoun or none found)."""
    node, clause = verb, None
    for _ in range(4):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            head = found[0]
            if _relative(head) and node.dep_ == "relcl" and node.head.pos_ == "PROPN":
                head, clause = node.head, node  # "West Brom, who conceded": West Brom did
            break
        agents = [g for a in node.children if a.dep_ == "agent" for g in a.children]
        if node.dep_ == "acl" and agents:  # "a highway patrolled by Russian troops"
            head = agents[0]
            break
        if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN"):
            head = node.head
            break
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    if head.pos_ == "PRON":
        return None
    keep = [head, *[t for t in head.subtree if t.i != head.i and _within(t, head)]]
    if clause is not None:  # the name without the clause that hangs on it
        keep = [t for t in keep if t.i < clause.left_edge.i and not t.is_punct]
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    return head.doc[lo : hi + 1]


def _relative(token: Any) -> bool:
    return token.lower_ in ("who", "which", "that") and token.tag_ in ("WP", "WDT")


def _within(token: Any, head: Any) -> bool:
    """The token belongs to the subject's name: its modifiers, and an "of" phrase ("the extent
    of Arctic sea ice", "the amount of multi-year sea ice")."""
    node = token
    while node.i != head.i:
        of_phrase = (
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            or (node.dep_ == "prep" and node.lower_ == "of")
        )
        if node.dep_ not in _SUBJECT_PARTS and not of_phrase:
            return False
        node = node.head
    return True


def _main_verb(root: Any) -> Any | None:
    verb = root
    if root.pos_ in ("NOUN", "PROPN"):  # "The examination established that ...", misparsed
        clauses = [
            c
            for c in root.children
            if c.dep_ == "acl" and c.pos_ == "VERB" and any(g.dep_ == "ccomp" for g in c.children)
        ]
        if not clauses:  # "The sliding activity of Kip3 inhibits assembly": the verb, with its
            clauses = [  # subject, hung on the noun as an apposition
                c
                for c in root.children
                if c.dep_ == "appos"
                and c.pos_ == "VERB"
                and any(g.dep_ == "nsubj" for g in c.children)
            ]
        verb = clauses[0] if len(clauses) == 1 else root
    if verb.lemma_.lower() in REPORTING_VERBS:
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        verb = clauses[0] if clauses else verb
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _polarity(verb: Any) -> tuple[str, bool]:
    """(lemma of the event verb, negated?): "refused to apologize" -> ("apologize", True)."""
    lemma = norm_verb(verb.lemma_)
    negated = _negated(verb)
    if lemma in _NEGATING_VERBS or lemma in _AFFIRMING_VERBS or lemma in _FROM_NEGATING_VERBS:
        inner = [
            c
            for c in (*verb.children, *(g for p in verb.children for g in p.children))
            if _governed_infinitive(c)
        ]
        if inner:
            return norm_verb(inner[0].lemma_), negated != (lemma not in _AFFIRMING_VERBS)
    if verb.lemma_.lower() == "be":  # "were injured" is parsed with "injured" as root already
        attr = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        if attr:
            inner = [c for c in attr[0].children if _governed_infinitive(c)]
            if inner:  # "was unable to establish": *establish*, negated; "is likely to
                # upgrade": *upgrade*
                return norm_verb(inner[0].lemma_), negated != (attr[0].lower_ in _UNABLE)
            return norm_verb(attr[0].lemma_), negated
    return lemma, negated


def _negating_det(token: Any) -> bool:
    """A determiner that negates its noun ("no increase", "no one"), not "No" as a rank
    ("World No 1 Williams", "No. 10")."""
    if token.lower_ not in _NEGATING_DETS and token.lower_ != "no.":
        return False
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    ranked = after is not None and after.like_num and after.lower_ != "one"  # "no one" is nobody
    return not (token.lower_.startswith("no") and ranked)


def norm_verb(lemma: str) -> str:
    w = lemma.lower()
    return _SPELLING.get(w, w)


def _negated(verb: Any) -> bool:
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ == "never":
            return True
        if child.dep_.startswith("nsubj") and _determined_no(child):
            return True
        if child.dep_.startswith("nsubj") and child.lower_ in ("none", "nobody", "nothing"):
            return True
    return False


# ---- comparing ---------------------------------------------------------------------------------


def align(
    claim: str,
    evidence: str,
    sentences: Sequence[str] = (),
    window: int | None = None,
    min_same_event: float = 0.0,
    min_event_clash: float | None = None,
) -> Alignment:
    """How `evidence` (a passage) stands to the claim's facts.

    A fact is matched in the sentence most about the claim's event and the `window` sentences
    on either side of it (the whole passage when `window` is None): a passage that names the
    claim's actor in an unrelated sentence does not state that the actor did it. Conflicts are
    looked for sentence by sentence (`sentences`, the passage's sentences; the passage itself
    when none are given), in the sentence about the claim's event, so that a number elsewhere
    in the passage cannot contradict the claim; a sentence holding less than `min_same_event` of
    the rest of the claim is about another event, and what it states differently is missing.
    The claim's event negated or replaced by its opposite, by the same actor, needs only
    `min_event_clash` (the same bar when None): the actor and the verb already tie it to the
    claim ("The Greenland ice sheets have been losing mass" against "Greenland is not losing
    ice"), where a number or a name alone does not."""
    bars = _Bars(min_same_event, min_same_event if min_event_clash is None else min_event_clash)
    sentences = list(sentences) or [evidence]
    passage_words = words(" ".join(sentences))
    claimed = facts(claim) + _unnamed_subject(claim, passage_words)
    overlaps = [event_overlap(claim, s, passage=passage_words) for s in sentences]  # cheap
    event = _first_event(claimed)  # the claim's first
    best = _most_about(event, sentences, overlaps)
    scope = sentences
    if window is not None and len(sentences) > 1:
        scope = sentences[max(0, best - window) : best + window + 1]
    parse_many(scope)
    evidence = " ".join(scope)
    have = _Evidence.of(*scope)
    own = _Evidence.of(sentences[best]) if len(scope) > 1 else have
    matched, open_facts = [], []
    earlier = sentences[:best]
    before = earlier[max(0, best - (window or 0) - _SCENE) :] if window is not None else []
    for fact in claimed:
        stated = (
            have.states(fact)
            and not _said_otherwise_here(fact, claimed, own, claim)
            and not _namesake_only(fact, have, passage_words)
        )
        stated = stated or _named_before(fact, claim, sentences[best], earlier)
        stated = stated or _described_alike(fact, claim, passage_words)
        stated = stated or _the_noun_for(fact, claim, sentences[best], passage_words)
        stated = stated or _one_of_both(fact, sentences[best], passage_words)
        stated = stated or (
            bool(before)
            and _scene_of(fact, claimed, before, have)
            and not _said_otherwise_here(fact, claimed, own, claim)
        )
        (matched if stated else open_facts).append(fact)
    # Only a sentence that can hold min_same_event of the claim once the words of the facts it
    # may state differently are left out is parsed and searched for conflicts.
    wanted = len(_wanted(claim))
    left_out = len({w for f in open_facts for w in words(f.text)} & _wanted(claim))
    # the claim's date, stated beside a sentence that gives none, is the scene it is set in
    scene = [f.text for f in matched if f.kind is FactKind.DATE]
    unset = len({w for t in scene for w in words(t)} & _wanted(claim))
    # and the claim's people, named beside a sentence that names no one, are whom it is about
    cast = [f.text for f in matched if f.kind is FactKind.PERSON]
    cast_words = {w for t in cast for w in words(t)} & _wanted(claim)

    def reach(overlap: float, sentence: str) -> float:  # the share once the open facts' words
        # are left out (and a scene's date's, for a sentence that gives no date; the cast's,
        # for one that names none of them)
        gone = left_out + (unset if unset and _undated(sentence) else 0)
        gone += len(cast_words) if cast_words and not cast_words & set(words(sentence)) else 0
        return overlap * wanted / max(1, wanted - gone)

    candidates = [s for s, o in zip(sentences, overlaps, strict=True) if reach(o, s) >= bars.lowest]
    candidates += [  # words first (cheap), the parse only for those that hold enough
        joined
        for joined, opener in _continued(sentences)
        if reach(event_overlap(claim, joined, passage=passage_words), joined) >= bars.lowest
        and (opener is None or _names_back(opener))
    ]
    parse_many(candidates)
    vouching = _attribution_words(claim)
    comparable = [  # where the claim's voucher measured it is not the claim's fact; who
        # vouches is ("according to Lt. Paul Ramirez" / "Lt. Lincoln Hoshino")
        f
        for f in open_facts
        if f.peripheral or not (vouching and set(words(f.text)) <= vouching)
    ]
    conflicting, coverage, sentence = _best_conflicts(
        claim, claimed, comparable, candidates, bars, passage_words, scene, cast
    )
    if not conflicting:
        coverage, sentence = overlaps[best], sentences[best].strip()
        swap = _noun_swap(claim, sentences[best])
        if swap is not None:
            kept = event_overlap(claim, sentences[best], [swap.claim])
            if kept >= bars.fact:
                conflicting, coverage = [swap], kept
        avowal = _avowal_clash(claim, own)
        if not conflicting and avowal is not None and coverage >= bars.event:
            conflicting = [avowal]
        reversed_roles = (
            _roles_reversed(claim, sentences[best])
            or _subjects_swapped(claim, sentences[best])
            or _result_reversed(claim, sentences[best])
            if not conflicting
            else None
        )
        if reversed_roles is not None and coverage >= bars.event:
            conflicting = [reversed_roles]
        if not conflicting:
            found = _identity_clash(claim, sentences, bars.fact) or _origin_clash(claim, sentences)
            if found is not None:
                conflicting, coverage, sentence = [found[0]], found[1], found[2]
    clashing = {c.claim for c in conflicting}
    reversed_events = [
        (f, other)
        for f in open_facts
        if f.kind is FactKind.EVENT
        and (other := _event_clash(f, have, claimed=claimed, passage=passage_words)) is not None
    ]
    reversals = [
        FactConflict(kind=f.kind, claim=f.describe(), evidence=o) for f, o in reversed_events
    ]
    central = [_ref(f) for f in claimed if f.kind in CENTRAL and not f.peripheral]
    unstated = [_ref(f) for f in open_facts if f.kind in CENTRAL and not f.peripheral]
    negated = [f for f in claimed if f.kind is FactKind.EVENT and f.negated]
    passage_set = set(passage_words)
    complement = _complement_stated(claim, event, scope)
    absent = [f.text for f in open_facts if _named_nowhere(f, passage_words, passage_set)]
    return Alignment(
        matched=[f.describe() for f in matched],
        conflicting=conflicting,
        missing=[f.text for f in unstated if f.text not in clashing],
        central=central,
        unstated=unstated,
        absent=absent,
        same_event=round(coverage, 4),
        sentence=sentence,
        reversals=reversals,
        negation_stated=_says_not(negated, have) if negated else None,
        reversed_by_actor=next(  # a clash of named actors is one of the clashes above
            (
                FactConflict(kind=f.kind, claim=f.describe(), evidence=other)
                for f, _ in reversed_events
                if (other := _event_clash(f, have, named=True, passage=passage_words)) is not None
            ),
            None,
        ),
        direction_clash=_other_way(claimed, scope),
        event_stated=_event_stated(claim, event, scope),
        actor_stated=_actor_stated(event, claimed, have),
        event_named=event is not None
        and (
            _named_participant(event, claimed)
            or _surname_participant(event, claimed, have)
            or _named_behind(claim, event, claimed, have)
            or _person_subject(claim, event, have)
            or _person_subject_elsewhere(claim, event, scope, sentences, passage_set)
        ),
        event_word=_event_word(claim, event),
        complement_stated=complement[0],
        complement_word=complement[1],
        event_polar=event is not None and (event.key in OPPOSITES or event.key in _WAYS),
        event_an_act=event is not None and event.key in OPPOSITES and event.key not in _WAYS,
        negated_event_said=any(f.kind is FactKind.EVENT and f.negated for f in matched),
        denial_said=any(e.negated and e.key in {f.key for f in negated} for e in have.events),
        counts_only=_counts_only(claim, claimed, sentences[best]),
        negation_written=_negates_anything(claim) or _negates_anything(sentence),
    )


def _negates_anything(text: str) -> bool:
    """The text holds a negation, on its main verb or any other word (by its words: no parse)."""
    return bool(_NEGATION_WRITTEN.search(text))


_NEGATION_WRITTEN = re.compile(
    r"n['’]t\b|\b(?:not|cannot|never|" + "|".join(sorted(_NEGATIVE_WORDS)) + r")\b", re.IGNORECASE
)


def _counts_only(claim: str, claimed: Sequence[Fact], sentence: str) -> bool:
    """The sentence shares words with the claim, all of them words of its dates and numbers."""
    shared = _wanted(claim) & set(words(sentence))
    counts = {
        w for f in claimed if f.kind in (FactKind.DATE, FactKind.NUMBER) for w in words(f.text)
    }
    return bool(shared) and shared <= counts


def _first_event(found: Sequence[Fact]) -> Fact | None:
    """The first event of a text's facts (a claim's main one), None when it has none."""
    return next((f for f in found if f.kind is FactKind.EVENT), None)


def _most_about(event: Fact | None, sentences: Sequence[str], overlaps: list[float]) -> int:
    """The sentence holding most of the claim; of two that hold as much, the first that names
    the claim's verb (`event`: "after signing from Norwegian side Aalesunds", not "The Swedish
    beauty" of the sentence before, for "Lindegaard signed ... from Swedish side Aalesunds")."""
    top = max(overlaps)
    tied = [i for i, o in enumerate(overlaps) if o == top]
    if top > 0 and len(tied) > 1 and event is not None and event.key not in _LIGHT_EVENTS:
        wanted = _stems(event.key)
        for i in tied:
            if any(_stem_in(w, _stems(sentences[i])) for w in wanted):
                return i
    return tied[0]


def _scene_of(fact: Fact, claimed: Sequence[Fact], before: Sequence[str], have: _Evidence) -> bool:
    """The claim's place where something happens (not who does it: "Italy patrols") is where
    the text, a sentence or two before, says something happens (not a name that does or owns
    something: "U.S. air power"), and the sentences about the claim name no other place where
    something happens: news names the place once, then tells what happened there."""
    if fact.kind is not FactKind.PLACE or not _locative(fact):
        return False
    own = {f.key for f in claimed}
    if any(_locative(n) and n.key not in own for n in have.names if n.kind is FactKind.PLACE):
        return False
    return any(
        _locative(n) and CAPITAL.get(n.key, n.key) == CAPITAL.get(fact.key, fact.key)
        for n in _Evidence.of(*before).names  # parsed only for a place the window lacks
    )


_SCENE = 1
"""How many sentences before the window of the sentence most about the claim may name the
claim's place: news sets the scene once ("There's a booming black market in Hong Kong. ...
Instead, people are going crazy for tins of butter cookies. Tourists and locals line up around
the block ... for Jenny's cookies")."""

_SYMMETRIC = word_set(
    "meet marry face fight battle play contact resemble match equal tie draw hug kiss engage "
    "join partner trade exchange swap"
)
"""Verbs whose doer and object may trade places and say the same ("Putin met Erdogan")."""
_REACH = 10
"""How many tokens on either side of a verb are read for its doer and its object."""


def _roles_reversed(claim: str, sentence: str) -> FactConflict | None:
    """The sentence has the claim's verb with the claim's doer and object the other way round:
    "the flight's captain locked the co-pilot out" against "the flight's co-pilot, Andreas
    Lubitz, locked the captain out" (or "the captain was locked out by the co-pilot"). Read
    by word order around the verb, doers before an active verb and after a passive one: the
    parser often breaks the phrase between them (an appositive, a hyphenated noun)."""
    mine = _doer_and_object(parse(claim))
    if mine is None:
        return None
    verb, doer, done_to = mine
    key = norm_verb(verb.lemma_)
    doc = parse(sentence)
    for token in doc:
        if token.pos_ != "VERB" or norm_verb(token.lemma_) != key or _negated(token):
            continue
        before = {t.lower_ for t in doc[max(0, token.i - _REACH) : token.i]}
        after = {t.lower_ for t in doc[token.i + 1 : token.i + 1 + _REACH]}
        if _passive(token):
            before, after = after, before
        if done_to <= before and doer <= after and not doer & before and not done_to & after:
            start, end = token.i - _REACH, token.i + _REACH
            said = [t for t in doc[max(0, start) : end + 1] if t.lower_ in doer | done_to]
            text = doc[min(said[0].i, token.i) : max(said[-1].i, token.i) + 1].text
            return FactConflict(kind=FactKind.EVENT, claim=_roles_text(verb), evidence=text)
    return None


_LOST = word_set("lose")


def _result_reversed(claim: str, sentence: str) -> FactConflict | None:
    """A claim that a side won a match by a score ("West Brom beat Leicester City 3-2") against
    a sentence where the same side loses by that score ("West Brom, who conceded an injury time
    goal to lose 3-2 against bottom club Leicester City"; "Hull were beaten 2-0 by Southampton"
    for "Hull beat Southampton 2-0"), or the other way round. A claim with no score names the
    match by its two sides, both named by the sentence ("England lost to Romania" against "in
    which England beat Romania, Norway and Slovenia"); with only one side it is left alone:
    "lost the doubles rubber" and "were beaten 3-2" are two matches."""
    doc = parse(claim)
    scores = {f.key for f in _score_facts(doc)}
    theirs = parse(sentence)
    if scores and not scores & {f.key for f in _score_facts(theirs)}:
        return None
    for verb in doc:
        mine = _result_of(verb)
        rival = None if scores or mine is None else _opponent_of(verb)
        if mine is None or (not scores and rival is None):
            continue
        for token in theirs:
            other = _result_of(token)
            if other is None or other[0] == mine[0]:
                continue
            if rival is not None and not set(words(rival)) <= set(words(_opponent_of(token) or "")):
                continue
            if set(words(mine[1].text)) <= set(words(other[1].text)):
                aux = [c.text for c in token.children if c.dep_ == "auxpass"]
                said = " ".join([other[1].text, *aux, token.text])  # "Hull were beaten"
                return FactConflict(kind=FactKind.EVENT, claim=_roles_text(verb), evidence=said)
    return None


def _result_of(verb: Any) -> tuple[bool, Any] | None:
    """Whether a verb of a match's result says its side won (True) or lost (False), and the
    side: "beat" and "lose" of their subject, "were beaten" of the passive's subject, and a
    side's own result noun ("Arsenal's 2-1 win", "Hull's defeat"); None for any other word, a
    negated verb, or no side found."""
    if verb.pos_ == "NOUN" and verb.lower_ in _RESULT_NOUNS - {"draw"}:
        owner = next((c for c in verb.children if c.dep_ == "poss"), None)
        won = verb.lower_ in ("win", "victory")  # "defeat", a verb of winning, is a loss
        return None if owner is None or owner.pos_ == "PRON" else (won, _up_to(owner))
    key = norm_verb(verb.lemma_)
    if key not in _WINNING | _LOST or verb.pos_ != "VERB" or _negated(verb):
        return None  # a verb: "victory" of _WINNING is no side's act here
    if _passive(verb):
        if key not in _WINNING:
            return None  # "the match was lost": no side
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            return None
        return False, _up_to(subject)  # "Hull were beaten"
    side = _side_of(verb)
    return None if side is None else (key in _WINNING, side)


def _after(token: Any, preps: Collection[str]) -> list[Any]:
    """The objects of the token's prepositions among `preps` ("Romania" of "lost to Romania")."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _opponent_of(verb: Any) -> str | None:
    """The other side of a verb of a match's result, with all it is joined to: the object of
    "beat" ("beat Romania, Norway and Slovenia"), "to" or "against" of "lose", "by" of "were
    beaten"; None when the verb names none."""
    if verb.pos_ != "VERB":
        return None
    key = norm_verb(verb.lemma_)
    if key in _WINNING and not _passive(verb):
        found = [c for c in verb.children if c.dep_ == "dobj"]
    elif key in _WINNING:
        found = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    elif key in _LOST:
        found = _after(verb, ("to", "against"))
    else:
        return None
    if not found or not any(t.pos_ == "PROPN" for t in found[0].subtree):
        return None
    return " ".join(t.text for t in found[0].subtree)


def _up_to(token: Any) -> Any:
    """The span from the token's leftmost dependant to the token ("West Brom" of "West Brom,
    who conceded")."""
    return token.doc[token.left_edge.i : token.i + 1]


def _side_of(verb: Any) -> Any | None:
    """A verb's subject, as a span; for an infinitive or a clause with none, the subject of
    the verb it hangs on ("conceded an injury time goal to lose 3-2", the infinitive parsed as
    the object's); for "who", the name it follows ("West Brom, who conceded")."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "who" and node.dep_ == "relcl":
            subject = node.head
        if subject is not None:
            return _up_to(subject)
        if node.dep_ == "acl" and _infinitive(node) and node.head.dep_ == "dobj":
            node = node.head.head
        elif node.dep_ in ("xcomp", "advcl", "conj"):
            node = node.head
        else:
            return None
    return None


def _verb_subjects(doc: Any) -> list[tuple[str, str, Any]]:
    """(the verb's lemma, its subject noun's lemma, the subject) for each verb of the text with a
    noun for subject, not negated."""
    return [
        (norm_verb(t.head.lemma_), _lemma(t), t)
        for t in doc
        if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.head.pos_ == "VERB" and not _negated(t.head)
    ]


def _subjects_swapped(claim: str, sentence: str) -> FactConflict | None:
    """Two of the claim's verbs whose subjects the sentence gives the other way round: "the
    father looks into the camera while his daughter pulls a dramatic pose" against "the
    daughter looks into the camera while her father pulls a dramatic pose"."""
    mine = _verb_subjects(parse(claim))
    theirs = {(v, s) for v, s, _ in _verb_subjects(parse(sentence))}
    for (verb, subject, token), (other_verb, other, _) in itertools.permutations(mine, 2):
        if subject == other or verb == other_verb:
            continue
        swapped = {(verb, other), (other_verb, subject)} <= theirs
        if swapped and (verb, subject) not in theirs and (other_verb, other) not in theirs:
            said = f"the {other} {token.head.text}"
            return FactConflict(
                kind=FactKind.EVENT, claim=f"the {subject} {token.head.text}", evidence=said
            )
    return None


_OFFICES = word_set(
    "president chairman chairwoman chair secretary director chief executive ceo founder minister "
    "governor mayor premier chancellor spokesman spokeswoman spokesperson coach manager captain "
    "editor ambassador commissioner treasurer leader"
)
"""Offices an organisation gives one person at a time: "Garth Gayle is the president of the
JAAA" is contradicted by "JAAA General Secretary Garth Gayle"."""


def _identity_clash(
    claim: str, sentences: Sequence[str], bar: float
) -> tuple[FactConflict, float, str] | None:
    """For a claim that says who holds a role held by one ("Ellie's favorite singer is Katy
    Perry", "Garth Gayle is the president of the JAAA", "the son of the original's producer,
    Alex Haley"): a sentence that gives the role to someone else ("Taylor Swift, Ellie's
    favorite singer"), or gives the person another office of the same organisation ("JAAA
    General Secretary Garth Gayle"). For a claim whose proper name owns a noun ("after Jermain
    Defoe's dismissal"): a sentence where only other names own that noun ("following Steven
    Pienaar's dismissal"), even when it names the claim's elsewhere ("a Jermain Defoe
    penalty"). With the sentence's share of the rest of the claim, which
    must reach `bar`, and the sentence."""
    for name, head, role in _identities(claim):
        name_words = frozenset(words(name))
        for sentence in sentences:
            said = set(words(sentence))
            if not role <= said:
                continue
            if head in said and event_overlap(claim, sentence, [name]) >= bar:
                other = _holder(parse(sentence), head, role)
                if other is not None and not frozenset(words(other)) & name_words:
                    conflict = FactConflict(kind=FactKind.PERSON, claim=name, evidence=other)
                    return conflict, bar, sentence
            if head in _OFFICES and head not in said and name_words <= said:
                title = _title_of(parse(sentence), name_words, role)
                if title and event_overlap(claim, sentence, [head]) >= bar:
                    conflict = FactConflict(kind=FactKind.NAME, claim=head, evidence=title)
                    return conflict, bar, sentence
        mine = _office_of(claim, name_words, head) if head in _OFFICES else ""
        for sentence in sentences if mine else ():  # the person's office, of another organisation
            said = set(words(sentence))
            if not name_words <= said or set(words(mine)) & said:
                continue
            theirs = _office_of(sentence, name_words, head)
            if theirs and event_overlap(claim, sentence, [mine]) >= bar:
                conflict = FactConflict(kind=FactKind.ORG, claim=mine, evidence=theirs)
                return conflict, bar, sentence
    for name, head, kind in _possessions(claim):
        name_words = frozenset(words(name))
        for sentence in sentences:
            if head not in words(sentence) or event_overlap(claim, sentence, [name]) < bar:
                continue
            owners = _possessors(parse(sentence), head)
            if owners and not any(frozenset(words(o)) & name_words for o in owners):
                conflict = FactConflict(kind=kind, claim=name, evidence=owners[0])
                return conflict, bar, sentence
    return None


def _office_of(text: str, name: frozenset[str], office: str) -> str:
    """The organisation of the person's office where the text writes it after the office ("Mark
    Hargreaves, the CEO of Crown Talent & Media Group"; "Mark Hargreaves is the CEO of Syco
    Entertainment"): the office within a few words after the name; "" when none."""
    doc = parse(text)
    for token in doc:
        if token.pos_ != "NOUN" and token.text.upper() != token.text:
            continue
        if norm_word(_lemma(token)) != office:
            continue
        before = {w for t in doc[max(0, token.i - 6) : token.i] for w in words(t.text)}
        if not name <= before:
            continue
        for of in token.children:
            org = next((g for g in of.children if g.dep_ == "pobj"), None)
            if of.lower_ == "of" and org is not None and org.pos_ == "PROPN":
                return _name_text(org)
    return ""


@lru_cache(maxsize=4096)
def _possessions(claim: str) -> tuple[tuple[str, str, FactKind], ...]:
    """(the name, the noun, the name's kind) for each proper name that owns a singular noun in
    the claim ("Jermain Defoe's dismissal", "Alzheimer's disease"), or a team a thing was
    scored for (`_scored_for`), not under a negation."""
    doc = parse(claim)
    owned = tuple(
        (
            _owner_text(t),
            norm_word(_lemma(t.head)),
            FactKind.PERSON if t.ent_type_ == "PERSON" else FactKind.NAME,
        )
        for t in doc
        if t.dep_ == "poss"
        and t.pos_ == "PROPN"
        and t.head.pos_ == "NOUN"
        and t.head.tag_ == "NN"
        and not _negated(t.head.head)
    )
    return owned + tuple(
        (_owner_text(t), norm_word(_lemma(goal)), FactKind.ORG)
        for t in doc
        if (goal := _scored_for(t)) is not None
    )


def _scored_for(token: Any) -> Any | None:
    """For the team in "scored a hat trick for Sunderland": the thing scored ("trick"), which
    is the team's ("Crystal Palace's first ever hat trick" is another team's); else None."""
    if token.dep_ != "pobj" or token.pos_ != "PROPN" or token.head.lower_ != "for":
        return None
    head = token.head.head
    verb = head.head if head.dep_ == "dobj" else head
    goal = (
        head if head.dep_ == "dobj" else next((c for c in head.children if c.dep_ == "dobj"), None)
    )
    if goal is None or goal.tag_ != "NN" or norm_verb(verb.lemma_) not in _SCORED or _negated(verb):
        return None
    return goal


_SCORED = word_set("score net")


def _possessors(doc: Any, head: str) -> list[str]:
    """The proper names that own the noun `head` in a sentence ("Steven Pienaar's dismissal")."""
    return [
        _owner_text(c)
        for t in doc
        if t.pos_ == "NOUN" and norm_word(_lemma(t)) == head
        for c in t.children
        if c.dep_ == "poss" and c.pos_ == "PROPN"
    ]


def _owner_text(token: Any) -> str:
    """The proper name `token` heads, without its possessive ending."""
    return re.sub(r"\s*['’]s?$", "", _name_text(token))


@lru_cache(maxsize=4096)
def _identities(claim: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(the name, the role's noun, the role's other words) for each "X is the Y" or "the Y is
    X" (the claim's root) and each "the Y, X" or "X, the Y" (an apposition), where X is a
    proper name and Y a role one holds at a time ("the", or a possessive: "Ellie's favorite
    singer"); not under a negation. Read once per claim, not once per passage."""
    doc = parse(claim)
    pairs = []
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_ == "be" and not _negated(root):
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        attribute = next((c for c in root.children if c.dep_ == "attr"), None)
        if subject is not None and attribute is not None:
            pairs += [(subject, attribute), (attribute, subject)]
    pairs += [(t, t.head) for t in doc if t.dep_ == "appos"]
    pairs += [(t.head, t) for t in doc if t.dep_ == "appos"]
    out = []
    for name, role in pairs:
        if name.pos_ != "PROPN" or role.pos_ != "NOUN" or role.tag_ == "NNS":
            continue
        if not any(c.dep_ == "poss" or c.lower_ == "the" for c in role.children):
            continue
        rest = frozenset(
            w
            for t in role.subtree
            if t.i != role.i and not (name.left_edge.i <= t.i <= name.i)
            for w in words(t.text)
            if w not in _STOP and len(w) > 1
        )
        out.append((_name_text(name), norm_word(_lemma(role)), rest))
    for role in doc:  # a title before the name, of someone's ("Herod's steward Lazarus"), or
        # an office of a named body ("Labour leader Ed Miliband")
        name = role.head
        owners = [c for c in (*role.children, *name.children) if c.dep_ == "poss"]
        if norm_word(_lemma(role)) in _OFFICES:
            owners += [c for c in role.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if role.dep_ == "compound" and role.text.islower() and name.pos_ == "PROPN" and owners:
            rest = frozenset(w for o in owners for w in words(o.text) if w not in _STOP)
            name_text = re.sub(rf"^.*\b{re.escape(role.text)}\s+", "", _name_text(name))
            out.append((name_text, norm_word(_lemma(role)), rest))
    return tuple(out)


def _origin_clash(claim: str, sentences: Sequence[str]) -> tuple[FactConflict, float, str] | None:
    """A person the claim says is from a country ("Sandretto, who is from Spain, focuses on
    ...", "Sandretto is from Spain") whom a sentence gives another country ("said Sandretto,
    who is from Italy"; "Carolina Sandretto is an Italian photographer"), one within the other
    aside ("from Wales" / "a British photographer"); with the share of that statement the
    sentence holds (1.0: the person, and where they are from) and the sentence. A person is
    from one country however far the rest of the claim is from the sentence."""
    for person, country, written in _origins(parse(claim)):
        for sentence in sentences:
            if person not in words(sentence):
                continue
            for who, other, said in _origins(parse(sentence)):
                if who != person or other == country or _country_within(country, other):
                    continue
                return (
                    FactConflict(kind=FactKind.PLACE, claim=written, evidence=said),
                    1.0,
                    sentence,
                )
    return None


def _origins(doc: Any) -> list[tuple[str, str, str]]:
    """(the person's last name word, the country, as written) for each proper name the text says
    is from a country: "X is from Italy", "X, who is from Italy", "X is an Italian
    photographer"."""
    out = []
    for verb in doc:
        if verb.lemma_ != "be" or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None or subject.pos_ != "PROPN":
            continue
        said = _after(verb, ("from",))
        said += [
            a
            for c in verb.children
            if c.dep_ == "attr" and c.pos_ == "NOUN"
            for a in c.children
            if a.dep_ in ("amod", "compound")
        ]
        for token in said:
            country = COUNTRY.get(token.lower_, CAPITAL.get(token.lower_, ""))
            if country:
                out.append((words(subject.text)[-1], country, token.text))
    return out


def _name_text(token: Any) -> str:
    """The proper name `token` heads: its entity, else the token with its proper compounds."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    parts = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in sorted([*parts, token], key=lambda t: t.i))


_ROLE_REACH = 4
"""How many tokens on either side of a role's noun may hold its other words ("the original's
producer", "the president of the JAAA")."""


def _holder(doc: Any, head: str, role: frozenset[str]) -> str | None:
    """The proper name the sentence gives the role `head` (with the role's other words near
    it) to: in apposition ("Taylor Swift, Ellie's favorite singer"), by "is", or as a title
    before it ("president Warren Blake")."""
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or norm_word(_lemma(token)) != head:
            continue
        near = doc[max(0, token.i - _ROLE_REACH) : token.i + _ROLE_REACH + 1].text
        if not role <= set(words(near)):
            continue
        if token.dep_ == "appos" and token.head.pos_ == "PROPN":
            return _name_text(token.head)
        named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named:
            return _name_text(named[0])
        if token.dep_ in ("nsubj", "attr") and token.head.lemma_ == "be":
            other = "attr" if token.dep_ == "nsubj" else "nsubj"
            names = [c for c in token.head.children if c.dep_ == other and c.pos_ == "PROPN"]
            if names:
                return _name_text(names[0])
        if token.dep_ == "compound" and token.head.pos_ == "PROPN":
            return _name_text(token.head)
    return None


def _title_of(doc: Any, name: frozenset[str], role: frozenset[str]) -> str:
    """The office the sentence writes before the person `name` ("JAAA General Secretary Garth
    Gayle": "General Secretary"), the organisation's words (`role`) left out; "" when none."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not frozenset(words(ent.text)) & name:
            continue
        before = []
        for token in reversed(doc[: ent.start]):
            if token.dep_ != "compound" or token.head.i < ent.start or token.head.i >= ent.end:
                break
            before.append(token)
        title = [
            t
            for t in reversed(before)
            if not set(words(t.text)) & role and t.lower_ not in _HONOURS
        ]
        if title and norm_word(_lemma(title[-1])) in _OFFICES:
            return " ".join(t.text for t in title)
        head = ent.root.head  # "Childline's president Dame Esther Rantzen": the name the
        # title's apposition
        if (
            ent.root.dep_ == "appos"
            and head.pos_ == "NOUN"
            and head.i < ent.start
            and norm_word(_lemma(head)) in _OFFICES
            and not set(words(head.text)) & role
        ):
            return head.text
    return ""


_HONOURS = word_set("sir dame lord lady dr mr mrs ms")
"""Words written before a name that are no office ("General Secretary Dame ...")."""


def _roles_text(verb: Any) -> str:
    """The words of the verb's sentence from its doer to its object."""
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent")]
    first = min([verb.i, *(a.left_edge.i for a in args)])
    last = max([verb.i, *(a.right_edge.i for a in args)])
    return verb.doc[first : last + 1].text


def _passive(verb: Any) -> bool:
    """A passive verb, or a past participle with its doer after "by" however it hangs ("a
    billboard, paid for by the Kenosha Professional Police Association")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


def _doer_and_object(doc: Any) -> tuple[Any, frozenset[str], frozenset[str]] | None:
    """(main verb, doer's words, object's words) of the claim, when both are nouns
    (head and compounds, not a pronoun) with no word in common; None otherwise."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    verb = _main_verb(root) if root is not None else None
    if verb is None or verb.pos_ != "VERB" or _negated(verb):
        return None
    key = norm_verb(verb.lemma_)
    if key in _SYMMETRIC or key in _LIGHT_EVENTS:
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    doer, done_to = _noun_words(doers), _noun_words(objects)
    if not doer or not done_to or doer & done_to:
        return None
    return verb, doer, done_to


def _noun_words(heads: list[Any]) -> frozenset[str]:
    """The words of noun heads and their compounds ("co", "pilot" of "co-pilot"); empty when
    one of them is a pronoun or is no noun."""
    if not heads or any(h.pos_ not in ("NOUN", "PROPN") for h in heads if h.is_alpha):
        return frozenset()
    found = [h for h in heads if h.is_alpha]
    found += [c for h in found for c in h.children if c.dep_ == "compound" and c.is_alpha]
    return frozenset(t.lower_ for t in found) - _STOP


_DEMONSTRATIVES = word_set("this that these those")


def _continued(sentences: Sequence[str]) -> list[tuple[str, str | None]]:
    """(the sentence before joined to it, the sentence when the parse must confirm it) for each
    sentence that may name a thing of the sentence before: by a demonstrative ("That number
    includes 40 cell phones"; the parse, `_names_back`, must still show a noun after it), by a
    personal pronoun as the subject of its main verb ("It has until 7 August to appeal" after
    "Recovered Fuels Shipping Limited ... could not be contacted"; "So far, it has been viewed
    about 250,000 times" after the video's maker is named; the parse confirms it too), or by
    "the" and a noun of a name the sentence before spells out (`_name_noun_back`), by a
    person's age (`_AGE_OPENER`) or by a bare count (`_COUNT_OPENER`; for these three, None).
    What it states is stated of the claim's event as much as that."""
    out: list[tuple[str, str | None]] = []
    for before, sentence in itertools.pairwise(sentences):
        first = sentence.split(maxsplit=1)[:1]
        joined = f"{before.strip()} {sentence.strip()}"
        if (first and first[0].lower() in _DEMONSTRATIVES) or _PRONOUN_OPENER.match(sentence):
            out.append((joined, sentence))
        elif (
            _name_noun_back(before, sentence)
            or _AGE_OPENER.match(sentence)
            or _COUNT_OPENER.match(sentence)
        ):
            out.append((joined, None))
    return out


_COUNT_OPENER = re.compile(
    r"\W*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
    r"thousands)\s+(?:of\s+them\s+)?(?:were|was|are|have|had|died)\b",
    re.IGNORECASE,
)
"""A sentence that opens on a bare count as its subject ("Three were sentenced to death"),
which counts some of the people the sentence before names ("55 people were found guilty")."""
_AGE_OPENER = re.compile(r"\W*the \d{1,3}-year-old\b", re.IGNORECASE)
"""A sentence that opens on a person's age ("The 31-year-old also altered a number of the
pupil's exam answers"), which names the person the sentence before names."""


_SUBJECT_PRONOUNS = word_set("it they he she")
_PRONOUN_OPENER = re.compile(
    rf"\W*(?:[\w'-]+\W+){{0,3}}?(?:{'|'.join(sorted(_SUBJECT_PRONOUNS))})\b", re.IGNORECASE
)
"""A personal pronoun among a sentence's first four words: the cheap test before the parse."""


def _names_back(sentence: str) -> bool:
    """The sentence opens on a demonstrative and a noun ("That number"), not a pronoun ("That
    is ..."), or the subject of its main verb is a personal pronoun among its first words ("It
    has until 7 August ..."), not a dummy one ("It is thought that ...")."""
    doc = parse(sentence)
    opener = doc[0]
    if opener.text.lower() in _DEMONSTRATIVES:
        return opener.dep_ == "det" and opener.head.pos_ == "NOUN"
    return any(
        t.i < 5
        and t.lower_ in _SUBJECT_PRONOUNS
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.head.dep_ == "ROOT"
        and not _dummy_it(t)
        for t in doc
    )


_DUMMY_HEADS = word_set("be seem appear")


def _dummy_it(token: Any) -> bool:
    """ "It" that stands for a clause after it, not for a thing before: "It is thought that
    ...", "It seems likely to ...", "It was reported that ..."."""
    head = token.head
    clause = any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > head.i for c in head.children)
    return (
        token.lower_ == "it"
        and clause
        and (head.lemma_.lower() in _DUMMY_HEADS or token.dep_ == "nsubjpass")
    )


_THE_NOUN = re.compile(r"\bthe ([a-z]{3,})\b")


def _name_noun_back(before: str, sentence: str) -> bool:
    """The sentence names by "the" and a noun a thing the sentence before names in full: "the
    center" after "the National Center for Missing & Exploited Children", "the zoo" after "the
    Cleveland Metroparks Zoo"."""
    for noun in _THE_NOUN.findall(sentence):
        title = noun.capitalize()
        if re.search(rf"[A-Z][\w&.]* {title}\b|\b{title} (?:for|of|on) [A-Z]", before):
            return True
    return False


_AVOWALS = word_set("admit confirm acknowledge concede deny")
"""Reporting verbs that take a side on what they report: "Russia admits that its planes were
involved" is contradicted by "Moscow denies involvement", though both report the event."""


def _avowal_clash(claim: str, sentence: _Evidence) -> FactConflict | None:
    """The claim's speaker admits (confirms...) what the sentence has the same speaker deny, or
    the other way round: the reporting verb of a one-sentence claim, not negated, against the
    sentence's verbs (`_event_clash`, with a named speaker on both sides)."""
    sents = list(parse(claim).sents)
    root = sents[0].root if len(sents) == 1 else None
    if root is None or norm_verb(root.lemma_) not in _AVOWALS or _negated(root):
        return None
    speech = _event(root)
    if not speech.anchor:
        return None
    other = _event_clash(speech, sentence, named=True)
    return (
        FactConflict(kind=FactKind.EVENT, claim=speech.describe(), evidence=other)
        if other
        else None
    )


def _noun_swap(claim: str, sentence: str) -> FactConflict | None:
    """The sentence names the claim's kind of thing by another noun before it ("a law degree" /
    "an economics degree", "breast cancer" / "lung cancer"), and neither that noun nor the
    claim's is elsewhere in the other text."""
    side = (
        _side_swap(claim, sentence)
        or _judged_otherwise(claim, sentence)
        or _alternative_said(claim, sentence)
        or _order_swapped(claim, sentence)
        or _doer_swapped(claim, sentence)
        or _asked_otherwise(claim, sentence)
        or _serves_otherwise(claim, sentence)
        or _willed_otherwise(claim, sentence)
        or _portfolio_otherwise(claim, sentence)
    )
    if side is not None:
        return side
    mine = _noun_kinds(claim)
    if not mine:
        return None
    theirs = _noun_kinds(sentence)
    said, claimed_words = set(words(sentence)), set(words(claim))
    for head, (modifier, text) in mine.items():
        other = theirs.get(head)
        if other is None or other[0] == modifier:  # the same noun ("carbon dioxide", read "co2")
            continue
        if modifier in said or other[0] in claimed_words:
            continue
        return FactConflict(kind=FactKind.NAME, claim=text, evidence=other[1])
    return None


def _governed_infinitives(text: str) -> list[tuple[Any, str]]:
    """(the verb's token, the lemma of its object or "") for each verb another verb governs
    (its complement, or an adverbial clause in the infinitive, where the small model may hang
    it) or a noun governs in the infinitive ("a decision to pursue further treatment")."""
    out = []
    for token in parse(text):
        if token.pos_ != "VERB":
            continue
        head, infinitive = token.head, _infinitive(token)
        by_verb = head.pos_ == "VERB" and (
            token.dep_ == "xcomp" or (token.dep_ == "advcl" and infinitive)
        )
        by_noun = head.pos_ == "NOUN" and token.dep_ == "acl" and infinitive
        if by_verb or by_noun:
            thing = next((c for c in token.children if c.dep_ == "dobj"), None)
            out.append((token, _lemma(thing) if thing is not None else ""))
    return out


def _asked_to(text: str) -> list[tuple[str, str, str, Any]]:
    """(governing verb, asked verb, its object, the asked verb's token) for each verb a verb
    governs in the infinitive ("called on the governor to veto the bill": "call", "veto",
    "bill"; the small model may hang it as an adverbial clause)."""
    return [
        (_lemma(token.head), norm_verb(_lemma(token)), thing, token)
        for token, thing in _governed_infinitives(text)
        if token.head.pos_ == "VERB"
    ]


def _asked_otherwise(claim: str, sentence: str) -> FactConflict | None:
    """The sentence has the claim's verb governing the opposite of the verb it governs in the
    claim, on the same object ("called on Gov. Asa Hutchinson to veto the bill" for "to sign
    the bill"), neither of them negated, and not the claim's own."""
    theirs = _asked_to(sentence)
    if not theirs:
        return None
    for governor, verb, thing, token in _asked_to(claim):
        opposite = OPPOSITES.get(verb, frozenset())
        said = [
            t
            for g, _, o, t in theirs
            if g == governor and o == thing and not _negated(t) and not _negated(t.head)
        ]
        if _negated(token) or any(norm_verb(_lemma(t)) == verb for t in said):
            continue
        other = next((t for t in said if norm_verb(_lemma(t)) in opposite), None)
        if other is not None:
            return FactConflict(kind=FactKind.EVENT, claim=token.text, evidence=other.text)
    return None


def _portfolios(text: str) -> dict[tuple[str, str, str], Any]:
    """{(name, title noun, preposition): the noun after it} for each title in apposition to a
    name ("Linda Smith, board member for housing": ("linda smith", "member", "for"):
    "housing"; "Ed Balls, the shadow secretary of state for education")."""
    out: dict[tuple[str, str, str], Any] = {}
    for title in parse(text):
        name = title.head
        if title.dep_ != "appos" or title.pos_ != "NOUN" or name.pos_ != "PROPN":
            continue
        for prep in title.children:
            portfolio = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if prep.dep_ == "prep" and portfolio is not None and portfolio.pos_ == "NOUN":
                named = " ".join(  # the name's own words, not its title's
                    t.lower_ for t in name.subtree if t.pos_ == "PROPN" and t.i < title.i
                )
                out[(named, _lemma(title), prep.lower_)] = portfolio
    return out


def _portfolio_otherwise(claim: str, sentence: str) -> FactConflict | None:
    """The sentence gives the claim's named person the same title for another portfolio ("board
    member for leisure, parks and sport" for "board member for housing"), neither noun written
    in the other text."""
    theirs = _portfolios(sentence)
    if not theirs:
        return None
    found = _other_in_slot(_portfolios(claim), theirs.get, claim, sentence)
    if found is None:
        return None
    (_, title, prep), portfolio, other = found
    return FactConflict(
        kind=FactKind.NAME,
        claim=f"{title} {prep} {portfolio.text}",
        evidence=f"{title} {prep} {other.text}",
    )


def _other_in_slot(
    mine: dict[Any, Any], find: Callable[[Any], Any], claim: str, sentence: str
) -> tuple[Any, Any, Any] | None:
    """(slot, the claim's noun, the sentence's) for the first of the claim's slots (`mine`:
    slot -> noun) where the sentence has another noun (`find`: slot -> its noun or None), and
    neither noun is written in the other text."""
    said, claimed_words = set(words(sentence)), set(words(claim))
    for slot, noun in mine.items():
        other = find(slot)
        if other is None or _lemma(other) == _lemma(noun):
            continue
        if _lemma(noun) in said or noun.lower_ in said or other.lower_ in claimed_words:
            continue
        return slot, noun, other
    return None


def _willed(text: str) -> list[tuple[set[str], str, str, Any]]:
    """(stems of the governing word, the verb, its object, the verb's token) for each verb in
    the infinitive that a verb or a noun not negated governs ("decided to pursue further
    treatment", "made a decision to not pursue any other treatment": "decid", "pursue",
    "treatment")."""
    return [
        (set(_stems(token.head.lemma_)), norm_verb(_lemma(token)), thing, token)
        for token, thing in _governed_infinitives(text)
        if _infinitive(token) and not _negated(token.head)
    ]


def _willed_otherwise(claim: str, sentence: str) -> FactConflict | None:
    """The sentence has the claim's decision (wish, attempt...) to do the claim's verb to the
    same object negated where the claim's is not, or the other way round ("made a decision to
    not pursue any other treatment" for "made a decision to pursue further treatment"), and
    not also as the claim has it."""
    theirs = _willed(sentence)
    if not theirs:
        return None
    for stems, verb, thing, token in _willed(claim):
        same = [t for s, v, o, t in theirs if s & stems and v == verb and o == thing]
        if same and all(_negated(t) != _negated(token) for t in same):
            other = same[0]
            written = " ".join(c.text for c in other.children if c.i < other.i)
            return FactConflict(
                kind=FactKind.EVENT,
                claim=" ".join([*(c.text for c in token.children if c.i < token.i), token.text]),
                evidence=f"{written} {other.text}".strip(),
            )
    return None


def _capacities(text: str) -> list[tuple[str, Any, Any]]:
    """(verb, its subject, the common noun after its "as") for each verb that gives its
    subject a capacity ("he works as an ER doctor": "work", "he", "doctor")."""
    out: list[tuple[str, Any, Any]] = []
    for token in parse(text):
        if token.pos_ != "VERB" or _negated(token):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        noun = next(
            (
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN"
            ),
            None,
        )
        if subject is not None and noun is not None:
            out.append((_lemma(token), subject, noun))
    return out


def _serves_otherwise(claim: str, sentence: str) -> FactConflict | None:
    """The sentence has the claim's named subject, or a pronoun, do the claim's verb in another
    capacity ("he works as an ER doctor" for "Jeff Gusky works as a dentist"), and neither
    noun is in the other text. Each side is written from its subject to its noun, so that the
    rest of the claim is what ties the sentence to it."""
    theirs = _capacities(sentence)
    if not theirs:
        return None
    said, claimed_words = set(words(sentence)), set(words(claim))
    for verb, subject, noun in _capacities(claim):
        if subject.pos_ != "PROPN" or noun.lower_ in said or _lemma(noun) in said:
            continue
        named = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}
        for other_verb, other_subject, other in theirs:
            same_one = other_subject.pos_ == "PRON" or other_subject.lower_ in named
            if other_verb == verb and same_one and other.lower_ not in claimed_words:
                return FactConflict(
                    kind=FactKind.NAME,
                    claim=_from_subject(subject, noun),
                    evidence=_from_subject(other_subject, other),
                )
    return None


def _from_subject(subject: Any, noun: Any) -> str:
    """The words from a subject's first to a noun after it ("Jeff Gusky works as a dentist")."""
    start = min(t.i for t in subject.subtree)
    return subject.doc[start : noun.i + 1].text


def _passive_doers(text: str) -> dict[tuple[str, str], Any]:
    """{(verb, subject): the common noun after "by"} for each passive verb whose doer a common
    noun names ("The fires were started ... by farmers": ("start", "fire"): "farmers")."""
    out: dict[tuple[str, str], Any] = {}
    for token in parse(text):
        if token.pos_ != "VERB":
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        doer = next(
            (
                g
                for c in token.children
                if c.dep_ == "agent"
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_
            ),
            None,
        )
        if subject is not None and doer is not None:  # a pronoun may stand for any subject
            out[(_lemma(token), "" if subject.pos_ == "PRON" else _lemma(subject))] = doer
    return out


def _doer_swapped(claim: str, sentence: str) -> FactConflict | None:
    """The sentence has the claim's passive event done to the same thing by another common
    noun ("The fires were started ... by farmers" for "started by lightning"), and neither noun
    is in the other text."""
    theirs = _passive_doers(sentence)
    if not theirs:
        return None

    def find(slot: tuple[str, str]) -> Any:  # a pronoun may stand for any subject
        return theirs.get(slot) or (theirs.get((slot[0], "")) if slot[1] else None)

    found = _other_in_slot(_passive_doers(claim), find, claim, sentence)
    if found is None:
        return None
    _, doer, other = found
    return FactConflict(kind=FactKind.NAME, claim=f"by {doer.text}", evidence=f"by {other.text}")


_SIDES = _opposites(
    "left right | upper lower | front rear back | inner outer | northbound southbound | "
    "eastbound westbound | inbound outbound"
)
"""Adjectives for one of two sides of a thing: "his right ankle" is not "his left ankle", the
northbound carriageway not the southbound one."""


_DEGREES = _opposites(
    "high low | large small | big small | long short | early late | strong weak | heavy light | "
    "wide narrow | deep shallow"
)
"""Adjectives for one of two ends of a scale: "a record high percentage" is not "a record low
percentage"."""


def _side_swap(claim: str, sentence: str) -> FactConflict | None:
    """The sentence puts the claim's noun on the opposite side ("a ligament in his left ankle"
    for "in his right ankle") or at the other end of a scale ("a record high percentage" for "a
    record low percentage"), and never where the claim puts it."""
    found = _opposite_said(claim, sentence, _SIDES, "amod") or _opposite_said(
        claim, sentence, _DEGREES, "amod"
    )
    if found is None:
        return None
    side, other, noun = found
    return FactConflict(kind=FactKind.NAME, claim=f"{side} {noun}", evidence=f"{other} {noun}")


_ORDER = _opposites("before after | earlier later")


def _order_swapped(claim: str, sentence: str) -> FactConflict | None:
    """The sentence puts the claim's thing on the other side in time ("coming to consoles before
    the PC release date" for "after the PC release date"), and never on the claim's."""

    def orders(text: str) -> tuple[dict[str, set[str]], dict[str, str]]:
        """{thing's lemma: its order words}, {thing's lemma: the thing as written}."""
        found: dict[str, set[str]] = {}
        written: dict[str, str] = {}
        for t in parse(text):
            if t.lower_ in _ORDER and t.dep_ == "prep":
                for g in t.children:
                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                        found.setdefault(_lemma(g), set()).add(t.lower_)
                        written[_lemma(g)] = " ".join(d.text for d in g.subtree)
        return found, written

    mine, _ = orders(claim)
    if not mine:
        return None
    theirs, written = orders(sentence)
    for thing, said in mine.items():
        given = theirs.get(thing, set())
        for order in said:
            other = given & _ORDER[order]
            if other and order not in given:
                phrase = written[thing]  # as the sentence writes it, on both sides
                return FactConflict(
                    kind=FactKind.DATE, claim=f"{order} {phrase}", evidence=f"{min(other)} {phrase}"
                )
    return None


_JUDGEMENTS = _opposites(
    "good bad poor | great bad terrible awful | happy unhappy sad | pleased displeased upset "
    "disappointed angry | proud ashamed | thrilled upset disappointed | excited disappointed | "
    "glad sorry | satisfied dissatisfied | optimistic pessimistic | confident worried | safe "
    "unsafe dangerous | legal illegal | guilty innocent | successful unsuccessful | alive dead"
)
"""Adjectives that say how someone or something is, and their opposites: "he felt bad about
it" is not "he felt great about it"."""


def _judged_otherwise(claim: str, sentence: str) -> FactConflict | None:
    """The sentence gives the claim's verb ("felt", "was") the opposite adjective ("felt great"
    for "felt bad"), and never the claim's; neither verb negated."""
    found = _opposite_said(claim, sentence, _JUDGEMENTS, "acomp")
    if found is None:
        return None
    adjective, other, _ = found
    return FactConflict(kind=FactKind.NAME, claim=adjective, evidence=other)


def _opposite_said(
    claim: str, sentence: str, table: dict[str, frozenset[str]], dep: str
) -> tuple[str, str, str] | None:
    """(the claim's adjective, the sentence's opposite of it, the word it describes) when the
    sentence gives the same word (by lemma) an opposite of the claim's adjective of `table`, in
    the relation `dep` ("amod" on a noun, "acomp" on a verb that is not negated), and never the
    claim's own."""

    def adjectives(text: str) -> list[tuple[str, Any]]:
        return [
            (t.lower_, t.head)
            for t in parse(text)
            if t.lower_ in table
            and (t.dep_ == dep or (dep == "amod" and t.dep_ == "compound"))  # "the northbound
            # carriageway": an adjective before its noun the small model reads as a compound
            and (t.head.pos_ == "NOUN" if dep == "amod" else not _negated(t.head))
        ]

    mine = adjectives(claim)
    if not mine:
        return None
    given: dict[str, set[str]] = {}
    for adjective, head in adjectives(sentence):
        given.setdefault(_lemma(head), set()).add(adjective)
    for adjective, head in mine:
        said = given.get(_lemma(head), set())
        other = said & table[adjective]
        if other and adjective not in said:
            return adjective, min(other), head.text
    return None


def _kinds_of(text: str) -> dict[str, frozenset[str]]:
    """Each word of a row -> the row's other words."""
    rows = [frozenset(row.split()) for row in text.split("|")]
    return {word: row - {word} for row in rows for word in row}


_COLOUR_WORDS = "red yellow green blue black white orange purple pink brown grey"
_ALTERNATIVES = _kinds_of(
    "win draw defeat loss | "
    "dog cat horse cow pig sheep goat chicken duck rabbit hamster parrot snake | "
    "mother father son daughter brother sister wife husband grandmother grandfather aunt uncle "
    "niece nephew grandson granddaughter girlfriend boyfriend | child grandchild | "
    "parent grandparent | man woman boy girl | "
    "car bus truck lorry van train "
    "plane helicopter bicycle motorcycle boat ship taxi | gun knife rifle pistol sword machete "
    "hammer | arm leg hand foot knee ankle wrist shoulder elbow hip neck chest | gold silver "
    "bronze | breakfast lunch dinner | spring summer autumn winter | football basketball tennis "
    "golf cricket rugby baseball hockey volleyball | kitchen bedroom bathroom garage basement | "
    "illness injury suspension | murder manslaughter robbery burglary theft fraud assault rape "
    "kidnapping arson | crash shootout stabbing explosion fire flood earthquake avalanche "
    "landslide drowning | " + _COLOUR_WORDS
)
"""Nouns of one kind that one does not stand for another: "a tag placed on their dog" is not
"on their cat", "his sister" not "his mother", "missed the game through illness" not "through
suspension", "charged with murder" not "with manslaughter" (a word for the whole kind, "pet",
"parent", "vehicle", "absence", "offence", is not in the table of kin, so it states neither;
"their children" is not "their grandchildren", nor a parent a grandparent), "a tip
from a man" not "from a woman", "killed in a shootout" not "in a car crash"; and
colours, as adjectives of the same word ("was yellow carded" / "red carded", "a red card")."""
_COLOURS = word_set(_COLOUR_WORDS)


def _alternative_said(claim: str, sentence: str) -> FactConflict | None:
    """The sentence puts another noun of the claim's noun's kind (`_ALTERNATIVES`) in its
    place, on the same word in the same relation ("placed on their dog" for "placed on their
    cat"), and neither text names the other's anywhere."""

    def slots(text: str) -> dict[tuple[str, str], set[str]]:
        found: dict[tuple[str, str], set[str]] = {}
        for t in parse(text):
            counted = any(c.dep_ == "nummod" for c in t.children)  # "one draw", read a verb
            after = t.nbor() if t.i + 1 < len(t.doc) else None
            coloured = after is not None and after.pos_ in ("NOUN", "VERB", "ADJ")
            if t.pos_ == "ADJ" and t.lower_ in _COLOURS and coloured:
                # a colour, of the word after it however parsed ("was red carded", "a red card")
                found.setdefault((_lemma(after), "colour"), set()).add(t.lower_)
                continue
            if (t.pos_ != "NOUN" and not counted) or _lemma(t) not in _ALTERNATIVES:
                continue
            head, relation = t.head, t.dep_
            if relation == "pobj" and head.pos_ == "ADP":
                head, relation = head.head, head.lower_
            found.setdefault((_lemma(head), relation), set()).add(_lemma(t))
        return found

    mine = slots(claim)
    if not mine:
        return None
    theirs = slots(sentence)
    said, claimed = set(words(sentence)), set(words(claim))
    for slot, nouns in mine.items():
        for noun in nouns:
            others = {o for o in theirs.get(slot, ()) if o in _ALTERNATIVES[noun]} - claimed
            if others and noun not in said:
                return FactConflict(kind=FactKind.NAME, claim=noun, evidence=min(others))
    return None


def _noun_kinds(text: str) -> dict[str, tuple[str, str]]:
    """Common nouns named by one noun before them, by head: {"degree": ("law", "law degree")};
    heads named twice or by two nouns are left out (a list, a comparison)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for token in parse(text):
        if token.pos_ != "NOUN" or token.lower_ in _STOP:
            continue
        mods = [
            c
            for c in token.children
            if c.dep_ == "compound"
            and c.pos_ in ("NOUN", "ADJ")  # "a cheetah exhibit": spaCy tags "cheetah" ADJ
            and c.text.isalpha()
            and c.text.islower()
        ]  # a common noun, not an acronym ("CDCA treatment" for "acid treatment")
        found.setdefault(_lemma(token), []).append(
            (_lemma(mods[0]), f"{mods[0].text} {token.text}") if len(mods) == 1 else ("", "")
        )
    return {h: kinds[0] for h, kinds in found.items() if len(kinds) == 1 and kinds[0][0]}


def _said_otherwise_here(fact: Fact, claimed: list[Fact], own: _Evidence, claim: str) -> bool:
    """The sentence most about the claim states the fact differently, though a sentence beside
    it states it the same ("signed ... in February" in the sentence, "in March" in the next one,
    about another match): what the sentence about the event says wins."""
    if fact.kind is FactKind.EVENT:
        return False
    if own.states(fact):
        if fact.kind is FactKind.NUMBER:  # "less than 1%" states the number, not the claim's
            return _bound_flipped(fact, claim, own) is not None  # "more than 1%"
        if fact.kind is FactKind.DATE:
            return _dated_otherwise_on_verb(fact, own)
        return _role_taken(fact, own)
    return _conflict(fact, claimed, own, claim) is not None


def _dated_otherwise_on_verb(fact: Fact, own: _Evidence) -> bool:
    """The sentence has the claim's date, but on another verb, and dates the claim's verb
    otherwise ("A Michael Jackson hologram appeared ... in 2014, and a hologram of Tupac Shakur
    performed at Coachella in 2012" for "performed at Coachella in 2014")."""
    on_verb = [d for d in own.dates if _same_verb(fact, d)]
    return bool(on_verb) and all(_date_clash(fact.key, d.key) for d in on_verb)


def _role_taken(fact: Fact, own: _Evidence) -> bool:
    """The sentence names the claim's organisation, person or place, but in another role, and
    another of the same kind in the claim's very place of the same verb, after the same
    preposition ("blocked in the Senate" for "blocked in the House", the House named as what
    the bill passed): that place's holder is the other (`_same_role_actors`). Only after a
    preposition: a subject named on another verb may be the claim's on a verb of like meaning
    ("Turkey backs rebels ..., while Russia supports Assad's forces"); only of the same kind: a
    people's name describes ("spent eight years with Argentine club River Plate"). The doer of
    a passive verb, after "by", is the other whatever type the small model gave each ("operated
    by Seatruck, which is contracted to run the service by Serco Northlink" for "operated by
    Serco Northlink", the one typed a person, the other a place)."""
    if fact.kind not in (FactKind.ORG, FactKind.PERSON, FactKind.PLACE):
        return False
    relation = fact.anchor.partition("/")[2]
    if relation not in _LOCATIVE | _OBLIQUE | {"by"}:
        return False
    same = [n for n in own.names if _name_stated(fact, words(n.text), set(words(n.text)))]
    if any(n.anchor == fact.anchor for n in same):
        return False
    return any(  # of the same kind, or a name of no type (`_same_role_actors`)
        n not in same
        and (n.kind in (fact.kind, FactKind.NAME) or relation == "by")
        and _same_role_actors(fact, n)
        for n in own.names
    )


_OBLIQUE = word_set("on with against for under over through during")
"""Prepositions besides `_LOCATIVE`'s after which a name holds a place of an event."""


_LIGHT_EVENTS = word_set("be have do make take get give go come seem appear become remain keep")
"""Verbs that say little of what a claim asserts: a support need not repeat them."""
_ASPECTUAL = word_set("continue begin start keep resume")
"""Verbs whose event is the verb they govern as much as their own ("continued to rise")."""
_HIGHER = word_set("higher greater larger more raise elevated boost")
_LOWER = word_set("lower smaller fewer less lesser")
_ENABLING = word_set("allow permit enable let")
_WINNING = word_set("beat win defeat victory thrash edge")
"""Words for winning a match: "Ipswich beat QPR 3-0" is stated by "the win lifted Ipswich"."""
_FINDING = word_set("find discover notice detect spot observe uncover identify")
"""Words for finding out: "McIntyre noticed a discontinuity" is stated by "He discovered a
discontinuity"."""
_DYING = word_set("kill die dead death")
"""Words for a death: "The crash killed all 150 people" is stated by "all 150 people died"."""
_SCORING = word_set("score goal")
"""Words for scoring: "Aaron Ramsey scored the only goal" is stated by "a first half goal from
Welsh international Aaron Ramsey was enough"."""
_DISMISSING = word_set("dismiss rubbish reject deny refute")
"""Words for calling a claim untrue: "Wenger dismissed claims" is stated by "Arsene Wenger
rubbished those claims"."""
_NAMING = word_set("call label dub brand describe hail")
"""Words for calling someone something: "Hart called Buffon a 'legend of the game'" is stated
by "Hart labelled fellow goalkeeper Gianluigi Buffon a 'legend of the game'"."""
_MARRYING = word_set("marry wed wedding")
"""Words for a marriage: "Lindegaard married Beqiri" is stated by "their beach wedding in
Mauritius"."""
_PLAYING = word_set("play portray cast")
"""Words for taking a part: "Charlie Cox plays Matt Murdock" is stated by "Charlie Cox is
perfectly cast as Matt Murdock"."""
_CAUSING = word_set(
    "cause lead drive result contribute produce induce trigger responsible due attributable "
    "effect impact influence affect"
)
"""Words for causing: "X causes Y" is stated by "Y is due to X", "X leads to Y"."""


def _kin(key: str) -> frozenset[str]:
    """Words that state the same event as the verb `key` (besides its own stem)."""
    kin: set[str] = set()
    for group in (
        _UP | _HIGHER,
        _DOWN | _LOWER,
        _CAUSING,
        _ENABLING,
        _WINNING,
        _FINDING,
        _DYING,
        _SCORING,
        _PLAYING,
        _DISMISSING,
        _MARRYING,
        _NAMING,
    ):
        if key in group:
            kin |= group
    return frozenset(kin)


def _event_stated(claim: str, event: Fact | None, texts: Sequence[str]) -> bool | None:
    """Whether the texts name the claim's event, by stem or lemma ("rose" for "rise"); None for
    a light verb or no event. An aspectual verb is stated by the verb it governs too
    ("continued to rise": "rise")."""
    if event is None or event.key in _LIGHT_EVENTS:
        return None
    keys = {event.key}
    if event.key in _ASPECTUAL:
        keys |= {
            norm_verb(c.lemma_)
            for t in _event_tokens(claim, event.key)
            for c in t.children
            if c.dep_ == "xcomp"
        }
    tokens = [
        t
        for t in _scope_tokens(texts)
        if not _homograph(t)
        and not _intended(t)
        and not (_agent_noun(t) and norm_verb(t.lemma_.lower()) not in keys)
    ]
    if event.key in _WAYS and not _event_turned(event):  # "increased melting" does not
        tokens = [t for t in tokens if not _turned(t)]  # state "gaining" ice
    return _stated_by_stem(keys, tokens)


def _agent_noun(token: Any) -> bool:
    """A noun for one who does a verb ("singer", "player", "winner"): it names a person, and
    states no event ("the singer's former wife" does not say anyone will sing)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or len(lemma) < 5 or not lemma.endswith(("er", "or")):
        return False
    bases = {lemma[:-2], lemma[:-1]}  # "sing" of "singer", "drive" of "driver"
    if lemma[-3] == lemma[-4]:
        bases.add(lemma[:-3])  # "win" of "winner"
    return any(verb_lemma(b) == b for b in bases)


def _stated_by_stem(keys: set[str], tokens: Sequence[Any]) -> bool:
    """One of the tokens (as written or by lemma) has the stem of a key or of its kin."""
    stems = set(_stems(" ".join(t.text for t in tokens))) | set(
        _stems(" ".join(t.lemma_ for t in tokens))
    )
    stems |= set(_stems(" ".join(_PHRASAL.get(_phrasal(t), "") for t in tokens)))
    wanted = {s for key in keys for w in (key, *_kin(key)) for s in _stems(w)}
    return any(_stem_in(s, stems) for s in wanted)


_PHRASAL = {("see", "off"): "beat"}
"""Verbs with a particle that state a one-word verb: "their Under 18s saw off City" is "beat"."""


def _phrasal(token: Any) -> tuple[str, str]:
    """(lemma, particle) of a verb with a particle ("saw off": ("see", "off")), or ("", "")."""
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
    return (token.lemma_.lower(), particle) if particle else ("", "")


_PARTICIPANT_ROLES = frozenset({"nsubj", "dobj", "by", "agent"})
_NAMED_PARTICIPANTS = frozenset({FactKind.PERSON, FactKind.ORG})


def _named_participant(event: Fact, claimed: Sequence[Fact]) -> bool:
    """A person or an organisation named by the claim (not a code or an acronym: genes, cells)
    is the subject, object or agent of its event. Untyped names ("Public Health Wales", "Solar
    Cycle Length") are left out: counting them cost Climate-FEVER 0.003."""
    return any(
        _takes_part(f, event)
        for f in claimed
        if f.kind in _NAMED_PARTICIPANTS and not _written_as_code(f.text)
    )


def _takes_part(fact: Fact, event: Fact) -> bool:
    """The name is the subject, object or agent of the event."""
    return fact.anchor.split("/")[0] == event.key and fact.anchor.split("/")[-1] in (
        _PARTICIPANT_ROLES
    )


def _named_behind(
    claim: str, event: Fact, claimed: Sequence[Fact], have: _Evidence | None = None
) -> bool:
    """A person or an organisation named by the claim takes part in its event less directly:
    as the owner of its subject or object ("Luna's lawyer"), through a pronoun subject of
    reported speech ("Luna's lawyer said he would appeal": "he" is the lawyer; "Alex Salmond
    said he would stand": "he" is Salmond), or as whom it is told, given or sent to ("reported
    the incident to the Pentagon")."""
    named = {
        w
        for f in claimed
        if f.kind in _NAMED_PARTICIPANTS and not _written_as_code(f.text)
        for w in f.text.split()
    }
    named |= _untagged_person(claim, have)  # "Hitzlsperger announced he would become ..."
    named |= _owners_of_people(claim)  # "Colina's lawyer", Colina typed a place
    if not named:
        return False
    for verb in _event_tokens(claim, event.key):
        takers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
        if any(t.pos_ == "PRON" and t.dep_.startswith("nsubj") for t in takers) and (
            verb.dep_ == "ccomp" and norm_verb(verb.head.lemma_) in REPORTING_VERBS
        ):  # "X said he would ...": he is X
            takers += [c for c in verb.head.children if c.dep_.startswith("nsubj")]
        told = [
            g
            for c in verb.children
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        owners = [c for t in takers for c in t.children if c.dep_ == "poss"]
        speakers = [t for t in takers if t.head is not verb]  # "Alex Salmond said he would
        # stand": the speaker's own name, the pronoun being the speaker
        if any(t.text in named for t in (*told, *owners, *speakers) if t.pos_ == "PROPN"):
            return True
    return False


def _surname_participant(event: Fact, claimed: Sequence[Fact], have: _Evidence) -> bool:
    """A name taking part in the claim's event that the small model typed otherwise (a place:
    "Henderson will donate her fee") is the surname of a person the text names in full ("Ella
    Henderson"): a person takes part, as `_named_participant` asks."""
    surnames = {n.key.split()[-1] for n in have.names if n.kind is FactKind.PERSON and " " in n.key}
    return any(
        f.key in surnames and _takes_part(f, event)
        for f in claimed
        if f.kind in (FactKind.PLACE, FactKind.ORG, FactKind.NAME)
    )


def _actor_stated(event: Fact | None, claimed: Sequence[Fact], have: _Evidence) -> bool | None:
    """Whether the text names the subject of the claim's event: one of its words, or a name
    in it stated by an alias; None for no subject."""
    said = set(words(event.subject)) - _STOP if event is not None else set()
    if not said:
        return None
    if said & have.word_set:
        return True
    return any(
        set(words(f.text)) <= said and have.states(f)
        for f in claimed
        if f.kind is not FactKind.EVENT
    )


def _event_word(claim: str, event: Fact | None) -> str:
    """The claim's event verb as written ("began" for the event *begin*), with its particle
    ("set up")."""
    if event is None:
        return ""
    tokens = _event_tokens(claim, event.key)
    if not tokens:
        return event.key
    return " ".join([tokens[0].text, *(c.text for c in tokens[0].children if c.dep_ == "prt")])


_COMPLEMENTED = word_set("have do make take get give go come become")
"""Light verbs whose object, or the noun of their first phrase, says what happened ("were
taken to hospital", "made a decision", "would become a coach"); not "be" and its kin, whose
complement is the claim."""


def _complement(claim: str, event: Fact | None) -> Any | None:
    """For a claim whose event is a light verb (`_COMPLEMENTED`): its direct object, a noun, or
    else the noun of its first phrase ("Two other people were taken to *hospital*"); None, and
    None for a counted noun ("was given two days of leave")."""
    if event is None or event.key not in _COMPLEMENTED:
        return None
    for verb in _event_tokens(claim, event.key):
        for child in verb.children:
            if child.dep_ in ("dobj", "attr"):  # "made a decision", "become a coach"
                return child if _plain_noun(child) else None
        for child in verb.children:
            if child.dep_ == "prep":
                noun = next((g for g in child.children if g.dep_ == "pobj"), None)
                return noun if noun is not None and _plain_noun(noun) else None
    return None


def _complement_stated(
    claim: str, event: Fact | None, texts: Sequence[str]
) -> tuple[bool | None, str]:
    """Whether the texts name the claim's light verb's noun (`_complement`), by stem, and the
    noun as written; (None, "") when there is none."""
    noun = _complement(claim, event)
    if noun is None:
        return None, ""
    return _stated_by_stem({_lemma(noun)}, _scope_tokens(texts)), noun.text


def _plain_noun(token: Any) -> bool:
    """A common noun no number counts: "two days" is a count, which the facts check."""
    return token.pos_ == "NOUN" and not any(c.dep_ == "nummod" for c in token.children)


def _scope_tokens(texts: Sequence[str]) -> list[Any]:
    return [t for text in texts for t in parse(text)]


def _event_tokens(claim: str, key: str) -> list[Any]:
    """The claim's tokens whose verb lemma is the event's."""
    return [t for t in parse(claim) if norm_verb(t.lemma_) == key]


def _other_way(claimed: Sequence[Fact], sentences: Sequence[str]) -> FactConflict | None:
    """The word of the text that says the claim's event goes the other way, when the text has
    no word for the claim's own way (a negated verb goes the other way: "not losing" is up)."""
    events = [f for f in claimed if f.kind is FactKind.EVENT]
    way = _way_of(events[0]) if events else ""
    if not way:
        return None
    up = (way in _UP) != events[0].negated
    same, other = (_UP, _DOWN) if up else (_DOWN, _UP)
    plain = not _event_turned(events[0])  # "ice loss is accelerating": read as written
    said = [
        (t.text, (t.lemma_.lower() in same) != (_negated(t) or _negated_from_outside(t)))
        for s in sentences
        for t in parse(s)  # "not losing" goes up; only what the text asserts counts
        if t.lemma_.lower() in _WAYS and not _unasserted(t) and not (plain and _turned(t))
    ]
    if not said or any(this_way for _, this_way in said):
        return None
    claimed_way = events[0].describe()
    if way != events[0].key:
        claimed_way = f"{claimed_way} {way}"  # "Supermarkets see increase"
    return FactConflict(kind=FactKind.EVENT, claim=claimed_way, evidence=said[0][0])


_WITNESSING = word_set("see show report record experience suffer register post witness observe")
"""Verbs whose object says which way things went: "have seen an increase in bags used"."""


def _way_of(event: Fact) -> str:
    """The word that says which way the claim's event goes: its verb ("rose"), or the noun a
    verb of witnessing takes ("saw a decrease"); "" when it says none."""
    if event.key in _WAYS:
        return event.key
    if event.key in _WITNESSING and event.object in _WAYS:
        return event.object
    return ""


_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}
"""Auxiliaries as spaCy splits them off a contracted negation ("won't": "wo" + "n't")."""
_DO_TAGS = {"do": "VBP", "does": "VBZ", "did": "VBD"}


_HEDGES = word_set(
    "necessarily always only just entirely completely fully all exclusively solely merely "
    "simply quite really much wholly totally"
)
"""Words that make a negation deny less than the whole claim: "does not necessarily mean" is
not the opposite of "necessarily means"."""


def _negated_verb(claim: str) -> tuple[Any, Any] | None:
    """(main verb, its negation) of a one-sentence claim whose main event is negated by a
    "not", "n't" or "never" of its own, not hedged ("not necessarily", "not only")."""
    doc = parse(claim)
    sents = list(doc.sents)
    verb = _main_verb(sents[0].root) if len(sents) == 1 else None
    if verb is None:
        return None
    negs = [c for c in verb.children if c.dep_ == "neg" or c.lower_ == "never"]
    if len(negs) != 1 or _polarity(verb)[0] in _NEGATING_VERBS:
        return None
    neg = negs[0]
    after = doc[neg.i + 1 : neg.i + 3]
    if any(t.lower_ in _HEDGES for t in after) or any(
        c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children
    ):
        return None
    return verb, neg


DETAIL_KINDS = frozenset({FactKind.DATE, FactKind.PLACE})
"""Facts a claim can carry as a circumstance of its event ("in 1923", "in Reykjavik"): a text
silent on them neither states nor denies them."""

_DETAIL_LEAD = (
    r"(?:,\s*)?(?:\b(?:in|on|at|during|since|near|around|throughout|across)\s+)?(?:the\s+)?"
)


def without_details(claim: str, details: Sequence[str]) -> str | None:
    """The claim with these dates or places taken out, each with the preposition that leads it
    ("... in northern Syria in 1923." -> "... in northern Syria."), or None when one is not
    found as written or too little of the claim is left (fewer than three words)."""
    text = claim
    for detail in details:
        pattern = _DETAIL_LEAD + re.escape(detail) + r"(?!\w)"
        text, found = re.subn(pattern, "", text, count=1, flags=re.IGNORECASE)
        if not found:
            return None
    text = re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,;:")
    text = text[:1].upper() + text[1:]
    return text if len(re.findall(r"\w+", text)) >= 3 else None


def denial(claim: str) -> str:
    """What a negated claim denies, as written: its subject and its verb with the negation
    ("Russia does not have"); the claim itself when it has no such negation."""
    found = _negated_verb(claim)
    if found is None:
        return claim
    verb, neg = found
    pronoun = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"]
    subject = _subject(verb) or (pronoun[0] if pronoun else None)
    aux = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass")]
    start = min([neg.i, verb.i, *aux])
    words_ = verb.doc[start : verb.i + 1].text
    return f"{subject.text} {words_}" if subject is not None else words_


def affirmed(claim: str) -> str | None:
    """The claim with its main event's negation taken away ("Russia does not have military
    police in Syria" -> "Russia has military police in Syria"; "Greenland isn't losing ice" ->
    "Greenland is losing ice"), or None when that event is not negated by a "not", "n't" or
    "never" of its own (a negating subject or verb is left alone: "No study found ...",
    "refused to apologize"; so is a hedged negation: "does not necessarily mean"), or when the
    claim holds more than one sentence."""
    from lemminflect import getInflection

    found = _negated_verb(claim)
    if found is None:
        return None
    verb, neg = found
    doc = verb.doc
    out = {t.i: t.text_with_ws for t in doc}
    out[neg.i] = ""
    before = doc[neg.i - 1] if neg.i > 0 else None
    if before is not None and not before.whitespace_:
        out[before.i] = _CONTRACTED.get(before.lower_, before.text) + neg.whitespace_
    dos = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in _DO_TAGS]
    if dos and verb.tag_ == "VB" and verb.i > dos[0].i:
        form = getInflection(verb.lemma_, tag=_DO_TAGS[dos[0].lower_])
        if form:  # "does not have" -> "has", "didn't send" -> "sent"
            out[dos[0].i] = ""
            out[verb.i] = form[0] + verb.whitespace_
    text = "".join(out[i] for i in range(len(doc))).strip()
    text = re.sub(r"\s{2,}", " ", text)
    if text and claim[:1].isupper():
        text = text[0].upper() + text[1:]
    events = [f for f in facts(text) if f.kind is FactKind.EVENT]
    return text if events and not events[0].negated else None


def _says_not(negated: Sequence[Fact], have: _Evidence) -> bool:
    """The text says something is not so: a negated verb, a negative word, or a verb opposite
    to one the claim negates ("gaining" for "not losing")."""
    if any(e.negated for e in have.events) or have.word_set & _NEGATIVE_WORDS:
        return True
    return any(e.key in OPPOSITES.get(f.key, ()) for f in negated for e in have.events)


def added_facts(rewrite: str, sentence: str, context: str = "") -> list[str]:
    """The facts of `rewrite` (an LLM's stand-alone version of `sentence`) its source does not
    state: a number, date or name not in the sentence, or an event whose verb the sentence does
    not name (by stem: "injured" / "injuries"; light verbs such as "be" are not checked). Names
    may also come from `context` (the sentences before it) when the sentence holds a
    third-person pronoun for the rewrite to resolve."""
    own = _Evidence.of(sentence)
    pronoun = any(t.lower_ in THIRD_PERSON for t in parse(sentence))
    named = _Evidence.of(sentence, context) if context and pronoun else own
    stems = set(_stems(sentence))
    added = []
    for fact in facts(rewrite):
        if fact.kind is FactKind.EVENT:  # its verb, unless a light one ("be", "have")
            stated = fact.key in _LIGHT_VERBS or any(_stem_in(w, stems) for w in _stems(fact.key))
        elif fact.kind in (FactKind.NUMBER, FactKind.DATE):
            stated = own.states(fact)
        else:
            stated = named.states(fact)
        if not stated:
            added.append(fact.describe())
    return added


THIRD_PERSON = word_set("he she it they him her them his its their")


_LIGHT_VERBS = word_set(
    "be have do make take conduct carry get give hold go come try continue begin start seem "
    "appear become remain keep play show find lead cause"
)
"""Verbs that carry little of a rewrite's meaning: `added_facts` does not ask its source to
state them."""


def _stems(text: str) -> list[str]:
    from verify.corpus.search import tokenize

    return tokenize(text)


def _stem_in(stem: str, stems: Collection[str]) -> bool:
    """The stem, or one it begins or ends (stems of 4+ letters: "injur" / "injuri"), is there."""
    if stem in stems:
        return True
    return len(stem) >= 4 and any(
        len(s) >= 4 and (s.startswith(stem) or stem.startswith(s)) for s in stems
    )


def _ref(fact: Fact) -> FactRef:
    return FactRef(kind=fact.kind, text=fact.describe())


@dataclass
class _Evidence:
    """What a text states, indexed for matching claim facts."""

    text: str
    words: list[str]
    word_set: set[str]
    numbers: list[Fact]
    dates: list[Fact]
    names: list[Fact]
    events: list[Fact]
    quantities: list[Quantity]

    @classmethod
    def of(cls, *sentences: str) -> _Evidence:
        """What the sentences state together (each parsed on its own, from the cache)."""
        found = [f for text in sentences for f in facts(text)]
        text = " ".join(sentences)
        ws = words(text)
        return cls(
            text,
            ws,
            set(ws),
            [f for f in found if f.kind is FactKind.NUMBER],
            [f for f in found if f.kind is FactKind.DATE],
            [f for f in found if f.kind not in (FactKind.NUMBER, FactKind.DATE, FactKind.EVENT)],
            [v for text in sentences for v in _all_verbs(text)],
            [q for text in sentences for q in quantities(text)],
        )

    def states(self, fact: Fact) -> bool:
        if fact.kind is FactKind.NUMBER:
            if fact.quantity is not None and self.measures(fact.quantity):
                return True  # "about 8 inches" in "19.5 cm (7.7 in)" or "16–21 cm"
            same = [n for n in self.numbers if n.key == fact.key]
            if same and not any(_same_aged(fact, n) for n in same):
                return False  # "McGregor, 29" states no "Mayweather, 29"
            if same and all(
                _other_counted(fact.anchor, n.anchor)
                or _other_sort(fact, n)
                or _span_against_count(fact, n)
                for n in same
            ):
                return False  # "12 civilians" is not stated by "12 militants", nor "two days"
                # by "a two-year-old", nor "11 drug traffickers" by "11 murder convicts"
            if same and _unit_unsaid(fact, same):
                return False  # "a two-year contract" is not stated by "the two clubs"
            if same and _counts_swapped(fact, same, self.numbers):
                return False  # "four assists and three goals" states no "four goals"
            owned = [n for n in self.numbers if fact.owner and n.owner == fact.owner]
            if any(n.anchor == fact.anchor for n in owned) and not any(
                n.key == fact.key for n in owned
            ):
                return False  # the hat sold for $52,500; the $55,000 was the suit's
            written = fact.text.split()[0].lower()  # "two" in "two-component systems"
            if _ORDINAL.match(fact.key):
                written = _ORDINAL_WORDS.get(int(fact.key[:-2]), written)  # "2nd": "second"
            return (
                bool(same)
                or (norm_word(fact.key) in self.word_set and fact.key not in self.dated)
                or (
                    (written in _SMALL or written in _ORDINAL_WORDS.values())
                    and written in self.word_set
                )
            )
        if fact.kind is FactKind.DATE:
            within = [d for d in self.dates if _date_within(fact.key, d.key)]
            century = "c" in _date_parts(fact.key)  # many events share one
            if century and any(
                _date_clash(fact.key, d.key) and _same_verb(fact, d) for d in self.dates
            ):
                return any(_same_verb(fact, d) for d in within)  # "rediscovered in the 19th
                # century" is not stated by "sealed up in the 18th century" beside it
            return bool(within)
        if fact.kind is FactKind.EVENT:
            return any(
                e.key == fact.key and e.negated == fact.negated and _same_actor(fact, e)
                for e in self.events
            )
        if fact.kind is FactKind.GROUP and fact.describes and self.other_nation_of(fact):
            return False  # "Swedish side Aalesunds" is not stated by "the Swedish beauty" in a
            # text that has "Norwegian side Aalesunds"
        if fact.toward and fact.kind is not FactKind.GROUP and self.part_otherwise(fact):
            return False  # "northern Syria" is not stated by "southern Syria"
        if fact.kind is FactKind.PLACE and _locative(fact) and fact.key in _COUNTRY_NAMES:
            # "in Turkey" is stated by "in Turkey", "in Ankara" or "swathes of Turkey", not by
            # "Turkish forces" (an adjective), "Turkey's army" or "fighters backed by Turkey"
            return any(_where(n, fact.key) for n in self.names)
        if fact.kind is FactKind.PLACE and any(n.key == fact.key for n in self.names):
            return True  # "Russia" stated by "Moscow said" (the name's key is its country)
        return _name_stated(fact, self.words, self.word_set)

    def other_nation_of(self, fact: Fact) -> bool:
        """The text gives what the claim's nation describes another nation, and never the
        claim's."""
        said = [n for n in self.names if n.kind is FactKind.GROUP and n.describes == fact.describes]
        return bool(said) and all(n.key != fact.key for n in said)

    @cached_property
    def dated(self) -> set[str]:
        """Words of the text's dates: "December 2" states no "two"."""
        return {w for d in self.dates for w in words(d.text)}

    def part_otherwise(self, fact: Fact) -> Fact | None:
        """The text's mention of the claim's place, when every mention of it names a part
        opposite the claim's ("southern Syria" for "northern Syria")."""
        same = [n for n in self.names if CAPITAL.get(n.key, n.key) == fact.key and _locative(n)]
        if same and all(_opposed(fact.toward, n.toward) for n in same):
            return same[0]
        return None

    def measures(self, quantity: Quantity) -> bool:
        return any(quantity.within(q) for q in self.quantities)

    def measured_otherwise(self, quantity: Quantity) -> str | None:
        """Another value of the same kind of measure ("110 metres" for "more than 400 feet"),
        when none states the quantity."""
        if self.measures(quantity):
            return None
        same = [q for q in self.quantities if q.dimension == quantity.dimension]
        same.sort(key=lambda q: q.unit != quantity.unit)  # "four feet" for "14 feet", not yards
        return same[0].text if same else None


_LOCATIVE = word_set("in near at inside outside across around into from to of within")


def _where(name: Fact, country: str) -> bool:
    """The name says that something is in the country: the country or its capital by any of
    their names ("in the U.S.", "in Ankara", "swathes of Syria", "in Turkish territory") after a
    place preposition, not as an actor ("Turkish forces", "backed by Turkey") or a party
    ("between Russia and Turkey")."""
    return _locative(name) and CAPITAL.get(name.key, name.key) == country


def _locative(fact: Fact) -> bool:
    """The fact is where something happens ("in northern Syria"), not who does it."""
    return fact.anchor.rpartition("/")[2] in _LOCATIVE


_HOMOGRAPHS = word_set("close")
"""Adjectives spelled as a verb of the table of opposites but meaning something else ("no
close family member" closes nothing)."""


def _homograph(token: Any) -> bool:
    return token.pos_ == "ADJ" and token.lower_ in _HOMOGRAPHS


@lru_cache(maxsize=16384)
def _all_verbs(text: str) -> tuple[Fact, ...]:
    """The events a text asserts: every verb (and every adjective with an opposite) but those
    it does not assert (`_unasserted`); a participle before a noun takes the polarity of the
    verb it hangs on ("was not associated with an increased risk": *increase*, negated)."""
    doc = parse(text)
    out = []
    for token in doc:
        if token.pos_ in ("VERB", "AUX") or (
            token.pos_ == "ADJ" and token.lower_ in OPPOSITES and not _homograph(token)
        ):
            if _unasserted(token):
                continue
            event = _event(token)
            if not event.negated and _negated_from_outside(token):
                event = replace(event, negated=True)
                if _done_to_noun(token):  # "no signs of any weapons used": the weapons are
                    # what is not used, by anyone
                    event = replace(event, anchor="", subject="", object=_object_key([token.head]))
            out.append(event)
        elif (verb := _aspect_before_noun(token)) and not _unasserted(token):
            written = f"{token.text} {token.head.text}"  # "continued cooperation"
            out.append(replace(_event(token), text=written, key=verb))
    return (*out, *_done_without(doc))


_NO_ONE = frozenset({"no one", "no-one", "nobody", "none", "nothing", "none of them"})


def _done_to_noun(verb: Any) -> bool:
    """A past participle with no object after its noun, with no "by" ("any weapons used"): the
    noun is what is done, its doer unnamed; not one with a phrase of its own, which may say
    what the noun does ("rebels opposed to Assad")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("agent", "prep", "dobj") for c in verb.children)
    )


_ASPECT_WORDS = {"continued": "continue", "ongoing": "continue", "renewed": "resume"}
_ASPECT_WORDS |= {"ended": "end", "stopped": "stop", "halted": "halt", "ceased": "cease"}


def _aspect_before_noun(token: Any) -> str:
    """The verb of an adjective before a noun that says whether something goes on ("Iran's
    *continued* cooperation": *continue*, the opposite of "Iran ended its cooperation"); ""
    for any other word."""
    if token.pos_ != "ADJ" or token.dep_ != "amod" or token.head.pos_ != "NOUN":
        return ""
    return _ASPECT_WORDS.get(token.lower_, "")


def _done_without(doc: Any) -> list[Fact]:
    """Acts a text says did not happen by "without" and a noun that is also a verb ("were
    released without charge": not charged; "opened fire without warning": not warned), done by
    (or to) the subject of the verb the phrase hangs on. After the text's verbs, so that its
    first event stays its first verb."""
    out = []
    for token in doc:
        prep = token.head
        if token.pos_ != "NOUN" or token.dep_ != "pobj" or prep.lower_ != "without":
            continue
        lemma = verb_lemma(token.lower_)
        verb = prep.head
        if not lemma or verb.pos_ not in ("VERB", "AUX") or _unasserted(verb):
            continue
        over = _event(verb)
        written = f"{verb.text} without {token.text}"
        out.append(
            Fact(
                FactKind.EVENT,
                written,
                norm_verb(lemma),
                over.anchor,
                True,
                over.subject,
                done_to=over.done_to,
            )
        )
    return out


def _negated_from_outside(token: Any) -> bool:
    """A word negated by what it hangs on rather than by its own children: a word before a
    noun by the verb above it ("was not associated with an increased risk"), a noun by its
    determiner ("no increase in")."""
    if token.dep_ == "amod" and _governor_negated(token):
        return True
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "fled without firing a shot"
    if token.dep_ == "acl" and token.pos_ == "VERB":  # a participle after its noun, under a
        # noun negated, or under the noun its noun is "of" ("no signs of any weapons used")
        noun = token.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            return _determined_no(noun) or _determined_no(noun.head.head)
        return _determined_no(noun)
    return token.pos_ == "NOUN" and _determined_no(token)


def _determined_no(noun: Any) -> bool:
    """The noun has a determiner that negates it ("no increase", "no signs")."""
    return any(c.dep_ == "det" and _negating_det(c) for c in noun.children)


_HYPOTHETICAL = word_set("whether if")


def _unasserted(token: Any) -> bool:
    """A verb the text does not say happened: in a question, under "whether" or "if" ("to
    examine whether use is associated with increased risk"), an infinitive that names a purpose
    or a plan after a noun ("stockings to reduce the risk", "the decision to withdraw") or a verb
    of intent ("intends to plead"), or the infinitive of a negating verb, which that verb's event
    already holds negated ("failed to reduce")."""
    if token.sent.text.rstrip().endswith("?"):
        return True
    if any(
        c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL
        for node in (token, *token.ancestors)
        for c in node.children
    ):
        return True
    if _whether_before(token):
        return True
    if _infinitive(token) and token.dep_ == "acl":
        return True
    if _intended(token):
        return True
    return _governed_infinitive(token)


_INTENDING = word_set("intend plan hope want aim seek threaten vow pledge promise")
"""Verbs of intent, whose infinitive names what is meant to happen, not what happened."""


def _intended(token: Any) -> bool:
    """The infinitive of a verb of intent: "Granado intends to *plead*" (no plea yet)."""
    return (
        token.dep_ == "xcomp" and norm_verb(token.head.lemma_) in _INTENDING and _infinitive(token)
    )


def _infinitive(token: Any) -> bool:
    """The verb is written with "to" ("to lose", "to plead")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _whether_before(token: Any) -> bool:
    """A clause the parser split off its "whether" or "if": the word sits under its own
    subject, a sister clause of the same verb ("to assess whether population *screening* for
    impaired vision ... *leads* to improvements", where "whether" hangs on "screening")."""
    if token.dep_ != "ccomp":
        return False
    head = token.head
    return any(
        t.dep_ == "mark" and t.lower_ in _HYPOTHETICAL and t.head.head.i == head.i
        for t in token.doc[head.i + 1 : token.i]
    )


def asks_only(claim: str, sentence: str) -> bool:
    """The sentence holds the claim's words only where it does not assert them: in a question,
    under "whether" or "if", in a purpose ("OBJECTIVE To examine whether current use of
    medications ... is associated with increased risk of serious cardiovascular events"). Such
    a sentence says what a study asked, not what it found, and is no statement of the claim
    either way. At least two of the claim's content words must be there."""
    wanted = _wanted(claim)
    found = [t for t in parse(sentence) if norm_word(t.text) in wanted]
    if len(found) < 2:
        return False
    return all(_under_unasserted(t) for t in found)


def _under_unasserted(token: Any) -> bool:
    """The token is, or hangs on, a verb the text does not assert (`_unasserted`)."""
    return any(
        node.pos_ in ("VERB", "AUX") and _unasserted(node) for node in (token, *token.ancestors)
    )


def _governed_infinitive(token: Any) -> bool:
    """The verb a negating verb governs ("failed to *reduce*", "was unable to *establish*",
    "refrained from *attacking*"), or an affirming one ("agreed to *cooperate*"): the governing
    verb's event is this verb, negated or not (`_polarity`), so the verb is no event of its own
    (`_unasserted`)."""
    if token.dep_ == "pcomp" and token.pos_ == "VERB" and token.head.lower_ == "from":
        return norm_verb(token.head.head.lemma_) in _FROM_NEGATING_VERBS  # "refrain from doing"
    head = norm_verb(token.head.lemma_)
    return (
        token.dep_ == "xcomp"
        and token.pos_ == "VERB"
        and (
            head in _NEGATING_VERBS
            or head in _AFFIRMING_VERBS
            or token.head.lower_ in _UNABLE | _LIKELY
        )
    )


_UNABLE = word_set("unable unlikely")
"""Adjectives whose infinitive is their event, negated ("was unable to establish")."""
_LIKELY = word_set("likely certain sure bound poised due")
"""Adjectives whose infinitive is their event ("is likely to downgrade its forecast")."""


def _governor_negated(token: Any) -> bool:
    """The nearest verb above the token is negated."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and _negated(verb)


def _same_actor(a: Fact, b: Fact) -> bool:
    """Two events whose subjects may be the same (either unknown, or sharing a word; a capital
    stands for its country: "Moscow sent" / "Russia sent")."""
    return not a.anchor or not b.anchor or bool(_actor_words(a) & _actor_words(b))


def _actor_words(event: Fact) -> set[str]:
    return {CAPITAL.get(w, w) for w in event.anchor.split()}


def _date_within(claimed: str, stated: str) -> bool:
    """Every part the claim's date states is stated the same by the evidence's date (a year
    states its century: 1790 is in the 18th; a century clashes only with a century, since
    "since 1880" may run on into the claim's 20th)."""
    want, have = _date_parts(claimed), _date_parts(stated)
    if "y" in have and "c" not in have:
        have["c"] = str((int(have["y"]) - 1) // 100 + 1)
    return all(have.get(part) == value for part, value in want.items())


def _date_clash(claimed: str, stated: str) -> bool:
    """The two dates state one part differently (another day, month, year or weekday)."""
    want, have = _date_parts(claimed), _date_parts(stated)
    shared = set(want) & set(have)
    return bool(shared) and any(want[p] != have[p] for p in shared)


def _namesake_only(fact: Fact, have: _Evidence, passage: Sequence[str]) -> bool:
    """The text names a namesake of the claim's person (`_namesake`), and the passage writes
    the surname only with the namesakes' first names, never the claim's: "Sarah Reeves" is not
    stated by "Rebecca Reeves", where "Ron Ingraham" still is by "Ingraham" beside "Zakary
    Ingraham", his son, in a passage that names Ron, and "Kim Richards" by "Ms. Richards" beside
    "Kyle Richards", her sister."""
    if fact.kind is not FactKind.PERSON:
        return False  # asked of every fact of every passage
    others = {n.key.split()[0] for n in have.names if _namesake(fact, n)}
    if not others:
        return False
    first, surname = fact.key.split()
    said = [i for i, w in enumerate(passage) if w == surname]
    return first not in passage and all(i > 0 and passage[i - 1] in others for i in said)


def _namesake(claimed: Fact, stated: Fact) -> bool:
    """Two people of the same surname and other first names ("Sarah Reeves" / "Rebecca
    Reeves"), each written as a first name and a surname (not "Mr Reeves", which is either)."""
    mine, theirs = claimed.key.split(), stated.key.split()
    return (
        claimed.kind is FactKind.PERSON
        and stated.kind is FactKind.PERSON
        and len(mine) == 2
        and len(theirs) == 2
        and mine[1] == theirs[1]
        and mine[0] != theirs[0]
        and not {mine[0], theirs[0]} & _HONOURS
    )


def _name_stated(fact: Fact, text_words: list[str], word_set: set[str]) -> bool:
    keys = fact.key.split()
    if not keys:
        return True
    if all(k in word_set or _spelled_otherwise(k, word_set) for k in keys):
        return True
    if fact.kind is FactKind.PERSON and keys[-1] in word_set:
        return True  # "Sergei Lavrov" / "Lavrov"
    if len(keys) == 1 and _ACRONYM.match(fact.text.strip()) and _expands(keys[0], text_words):
        return True  # "IED" / "improvised explosive device"
    initials = "".join(k[0] for k in keys if k not in _STOP)
    return (
        len(keys) > 1 and initials in word_set and initials not in keys
    )  # "Syrian Democratic Forces" / "SDF", but "FC Copenhagen" is not stated by "FC Midtjylland"


def _spelled_otherwise(key: str, word_set: set[str]) -> bool:
    """A long word of a name spelled one letter apart ("Spitzbergen" / "Spitsbergen",
    "hyperfibrinogenemia" / "hyperfibrinogenaemia"): the same name in another spelling."""
    if len(key) < 8 or not key.isalpha():
        return False
    return any(
        abs(len(w) - len(key)) <= 1 and w[:3] == key[:3] and _one_edit(key, w) for w in word_set
    )


def _one_edit(a: str, b: str) -> bool:
    """The two words differ by one substitution, insertion or deletion."""
    if len(a) > len(b):
        a, b = b, a
    i = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _expands(acronym: str, text_words: list[str]) -> bool:
    """Some run of words in the text has the acronym's letters as initials."""
    letters = acronym.rstrip("s") if len(acronym) > 2 else acronym
    content = [w for w in text_words if w not in _FILLER]
    n = len(letters)
    return any(
        "".join(w[:1] for w in content[i : i + n]) == letters for i in range(len(content) - n + 1)
    )


@dataclass(frozen=True)
class _Bars:
    """The share of the rest of the claim a sentence must hold for what it states differently
    to count: `fact` for numbers, dates and names, `event` for the claim's own event negated or
    reversed by the same actor."""

    fact: float
    event: float

    @property
    def lowest(self) -> float:
        return min(self.fact, self.event)

    def holds(self, kind: FactKind, coverage: float) -> bool:
        return coverage >= (self.event if kind is FactKind.EVENT else self.fact)


def _best_conflicts(
    claim: str,
    claimed: list[Fact],
    open_facts: list[Fact],
    sentences: Sequence[str],
    bars: _Bars = _Bars(0.0, 0.0),
    passage: Sequence[str] = (),
    scene: Sequence[str] = (),
    cast: Sequence[str] = (),
) -> tuple[list[FactConflict], float, str]:
    """The conflicts found in the sentence most about the claim's event, that sentence's share
    of the claim's words (the conflicting facts' own words left out, and the claim's dates
    stated beside it, `scene`, where it gives no date of its own: "Last May, two earthquakes in
    the same area left more than 20 people dead. The strongest tremor was magnitude-6", and the
    claim's people named beside it, `cast`, where it names no one: "... prompting a search that
    would cover 12,000 square miles" in a story of Ron Ingraham's) and the sentence. A conflict
    counts only in a sentence that clears its kind's bar."""
    best: tuple[list[FactConflict], float, str] = ([], 0.0, "")
    for sentence in sentences:
        have = _Evidence.of(sentence)
        clashes = [(f, _conflict(f, claimed, have, claim)) for f in open_facts]
        found = [(f, c) for f, c in clashes if c is not None]
        # the conflicting facts' words are left out, the part of a place with them where the
        # text names another part: whether the part conflicts ("northern" of "northern Syria"
        # against "southern Syria") or the whole place does ("northern Turkey" against
        # "northeastern Syria"; not against "northern Syria", which says "northern" too)
        left_out = [
            f"{f.toward} {f.text}"
            if have.part_otherwise(f)
            or (f.kind is FactKind.PLACE and not set(words(f.toward)) <= set(words(c.evidence)))
            else f.text
            for f, c in found
        ]
        left_out += [  # "broke out" says only that the blaze happened, on the date that clashes
            w
            for f, _ in found
            if f.kind is FactKind.DATE
            for w in _occurring(claim, f.anchor.split("/")[0])
        ]
        if scene and not have.dates:
            left_out += scene
        if cast and not any(n.kind is FactKind.PERSON for n in have.names):
            left_out += [t for t in cast if not set(words(t)) & have.word_set]
        coverage = event_overlap(claim, sentence, left_out, passage)
        found = [
            (
                f,
                c.model_copy(update={"tied": True})
                if _ties_to_the_act(claim, f, claimed, have, passage)
                else c,
            )
            for f, c in found
        ]
        found = [
            (f, c) for f, c in found if bars.holds(FactKind.EVENT if c.tied else f.kind, coverage)
        ]
        if (bool(found), coverage) > (bool(best[0]), best[1]):
            best = ([c for _, c in found], coverage, sentence.strip())
    return best


def _ties_to_the_act(
    claim: str, fact: Fact, claimed: list[Fact], have: _Evidence, passage: Sequence[str] = ()
) -> bool:
    """The claim's date or count and the text's other one hang on the same verb, the claim's
    own, with another of the claim's names in the same place on it ("come to digital HD on
    Monday" / "the saga comes to digital HD on Friday"; "Duffy has joined Featherstone on a
    two-year contract" / "Duffy has joined the third-placed Championship side on a one-year
    contract"; "Hawick Knitwear dates back to 1910" / "The company, which dates back to 1874",
    the company named in the passage, `passage` its words): the verb and its actor or object
    tie the fact to the claim's event, as the actor and the verb tie a negation, so the event's
    bar holds. A count is tied only by the same noun counted ("contract") under the same
    verb."""
    if fact.kind is FactKind.NUMBER and (
        _one_person_aged(fact, claimed, have)
        or _same_noun_aged(fact, have)
        or _same_compound_counted(fact, claimed, have)
    ):
        return True  # "Ian Guffick is a 41-year-old teacher" / "Ian Guffick asked pupils ...
        # The 31-year-old also altered"
    if fact.kind is FactKind.DATE:
        if any(_date_clash(fact.key, d.key) and _same_thing_dated(fact, d) for d in have.dates):
            return True  # "the 2010 series of The X Factor" / "2012's series of The X Factor"
        verb = fact.anchor.split("/")[0]
        if not any(_date_clash(fact.key, d.key) and _same_verb(fact, d) for d in have.dates):
            return False
    elif fact.kind is FactKind.NUMBER and fact.anchor and fact.quantity is None:
        verb = _verb_over(parse(claim), fact.anchor)
        if verb and verb not in REPORTING_VERBS and _stands_alone_in_slot(claim, fact, have, verb):
            return True  # "13 people had been killed" / "at least three had been killed"
        others = [n for n in have.numbers if n.anchor == fact.anchor and n.key != fact.key]
        if not others or _verb_over(parse(have.text), fact.anchor) != verb:
            return False
        if fact.owner and any(n.owner == fact.owner for n in others):
            return True  # the same owner's sum on the claim's verb ("the government has
            # committed £2m" / "the government had committed £1m towards the £4m needed")
        if not _plain(claim, fact.text) or not all(_plain(have.text, n.text) for n in others):
            return False  # "increased by about 40%" may be the claim's "43 percent"
    elif fact.kind is FactKind.GROUP:
        return _same_name_of_other_nation(fact, claimed, have)
    elif fact.kind is FactKind.PLACE:
        return (
            _placed_after_same_name(claim, fact, claimed, have)
            or _same_place_of(claim, fact, have)
            or _owned_place(claim, fact, have) is not None
        )
    else:
        return False
    if not verb or verb in REPORTING_VERBS:
        return False
    if not any(f.kind is FactKind.EVENT and f.key == norm_verb(verb) for f in claimed):
        return False
    if fact.kind is FactKind.DATE and _same_doer(claim, have.text, verb):
        return True  # "the night-time attacks happened ... early on Thursday" / "The attacks
        # on the two newspapers happened early on Friday"
    return any(
        any(n.key == f.key and n.anchor == f.anchor for n in have.names)
        or _named_at(parse(have.text), f, passage)
        for f in claimed
        if f.kind not in (FactKind.EVENT, FactKind.DATE, FactKind.NUMBER)
        and f.anchor.split("/")[0] == verb
    )


def _same_doer(claim: str, sentence: str, verb: str) -> bool:
    """The verb's subject is the same common noun in both texts ("the attacks happened")."""

    def doers(text: str) -> set[str]:
        return {
            _lemma(c)
            for t in parse(text)
            if norm_verb(t.lemma_) == verb
            for c in t.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
        }

    mine = doers(claim)
    return bool(mine) and bool(mine & doers(sentence))


def _same_name_of_other_nation(fact: Fact, claimed: list[Fact], have: _Evidence) -> bool:
    """The claim gives one of its names a nation ("from Swedish side Aalesunds") and the text
    the same name another ("after signing from Norwegian side Aalesunds"): a fact about the
    name, whatever else of the claim the sentence holds."""
    names = {f.key for f in claimed if f.kind not in (FactKind.EVENT, FactKind.GROUP)}
    return fact.describes in names and have.other_nation_of(fact)


def _aged_noun(span: Any) -> str:
    """The common noun an age is of ("man" for "the 32-year-old man" and for "the man who died
    was 42"), or ""."""
    person = _stated_age(span.root)
    if person is not None:
        return _lemma(person) if person.pos_ == "NOUN" else ""
    doc, after = span.doc, span.end + 4
    if _years_old(span) == "" and after < len(doc) and doc[after].pos_ == "NOUN":
        return _lemma(doc[after])
    return ""


def _same_noun_aged(fact: Fact, have: _Evidence) -> bool:
    """The claim's age is of a noun ("The man who died in the crash was 42") whose one age the
    text gives otherwise ("The 32-year-old man was pronounced dead"): the age of the same one."""
    if fact.anchor != "age" or not fact.describes:
        return False
    ages = [n for n in have.numbers if n.anchor == "age" and n.describes == fact.describes]
    return len(ages) == 1 and ages[0].key != fact.key


def _same_compound_counted(fact: Fact, claimed: list[Fact], have: _Evidence) -> bool:
    """The claim's count is of a noun of two words or more ("a five-match suspension") that the
    text, naming the subject of the claim's event, counts once and otherwise ("Gerrard,
    available after a three-match suspension"): the same thing, counted differently."""
    counted = words(fact.text)[1:]
    event = _first_event(claimed)
    if len(counted) < 2 or event is None or not event.subject:
        return False
    if not set(words(event.subject)) - _STOP <= have.word_set:
        return False
    others = [n for n in have.numbers if n.anchor == fact.anchor and words(n.text)[1:] == counted]
    return len(others) == 1 and others[0].key != fact.key


def _one_person_aged(fact: Fact, claimed: list[Fact], have: _Evidence) -> bool:
    """The claim gives the age of the one person it names, and the text names that person and
    no other, with one other age, of no one else: the age is that person's. An age written of
    a noun ("the pupil was 16", "the man aged 42") is that noun's, not the named person's."""
    people = {f.key.split()[-1] for f in claimed if f.kind is FactKind.PERSON and f.key}
    named = {n.key.split()[-1] for n in have.names if n.kind is FactKind.PERSON and n.key}
    if fact.anchor != "age" or len(people) != 1 or named != people:
        return False
    ages = [n for n in have.numbers if n.anchor == "age"]
    return (
        len(ages) == 1
        and ages[0].key != fact.key
        and all(_of_a_name_or_none(a, people) for a in (fact, ages[0]))
    )


def _of_a_name_or_none(age: Fact, people: set[str]) -> bool:
    """The age names no one ("the 31-year-old", "42 years old") or one of the people."""
    written = set(words(age.text))
    return "year" in written or bool(written & people)


_AT_PLACE = word_set("in at near outside")


def _words_before(text: str, name: str, n: int = 3) -> tuple[str, ...]:
    """The `n` normalised words written just before the name's first mention."""
    at = text.find(name)
    return tuple(words(text[:at])[-n:]) if at > 0 else ()


def _placed_after_same_name(claim: str, fact: Fact, claimed: list[Fact], have: _Evidence) -> bool:
    """The claim's place and another place of the text follow the same preposition after the
    same name of the claim ("a speech to the Polk County Democrats in Cedar Rapids" / "capped
    off his trip with a speech to the Polk County Democrats in Des Moines"): the name ties the
    place to the claim's occasion, however the parser hangs it, as the verb and its actor tie a
    date, so the event's bar holds (the sentence calls O'Malley "the former governor")."""
    lead = _words_before(claim, fact.text)
    if len(lead) < 3 or lead[-1] not in _AT_PLACE:
        return False
    named = {
        w
        for f in claimed
        if f is not fact and f.kind not in (FactKind.EVENT, FactKind.DATE, FactKind.NUMBER)
        for w in words(f.text)
        if w not in _STOP
    }
    if not (lead[0] in named and lead[1] in named):
        return False
    return any(
        n.kind is FactKind.PLACE and n.key != fact.key and _words_before(have.text, n.text) == lead
        for n in have.names
    )


def _same_place_of(claim: str, fact: Fact, have: _Evidence) -> bool:
    """The claim's place and another place of the text describe the same noun of the same named
    place ("the Houston suburb of Balch Springs" / "the Dallas suburb of Balch Springs"): the
    two say where one place is, whatever the rest of the sentence is about."""
    if not fact.anchor.startswith("noun/"):
        return False
    own = _of_named(parse(claim), fact)
    if not own:
        return False
    doc = parse(have.text)
    return any(
        n.kind is FactKind.PLACE
        and n.key != fact.key
        and n.anchor == fact.anchor
        and _of_named(doc, n) == own
        for n in have.names
    )


def _owned_place(claim: str, fact: Fact, have: _Evidence) -> Fact | None:
    """The claim's place is where someone's noun is ("her home in Florida") and the text puts
    the same one's noun, the only such noun it places, in another place ("her Texas home"):
    that other place, which says where the same thing is; else None. A noun said to be the
    same one by a relative clause of the same verb stands for one with an owner ("a hospital
    in Missouri that served the company's ice cream" / "a Kansas hospital that served")."""
    noun = next(
        (
            t.head.head
            for t in parse(claim)
            if t.text in fact.text.split()
            and t.dep_ == "pobj"
            and t.head.lower_ == "in"
            and t.head.head.pos_ == "NOUN"
        ),
        None,
    )
    owner = next((c.lower_ for c in noun.children if c.dep_ == "poss"), "") if noun else ""
    clause = next((_lemma(c) for c in noun.children if c.dep_ == "relcl"), "") if noun else ""
    if noun is None or not (owner or clause):
        return None
    placed = [n for n in have.names if n.kind is FactKind.PLACE and n.describes == _lemma(noun)]
    if len(placed) != 1 or placed[0].key == fact.key:
        return None
    owned = any(
        _lemma(t) == _lemma(noun)
        and any(
            (c.dep_ == "poss" and c.lower_ == owner) or (c.dep_ == "relcl" and _lemma(c) == clause)
            for c in t.children
        )
        for t in parse(have.text)
    )
    return placed[0] if owned else None


def _of_named(doc: Any, fact: Fact) -> str:
    """The key of the name after "of" of the noun the name describes ("balch spring" for
    "Houston" in "the Houston suburb of Balch Springs", `_of_name`); "" when there is none."""
    noun = fact.anchor.partition("/")[2]
    written = set(fact.text.split())
    return next(
        (
            key
            for t in doc
            if _lemma(t) == noun and any(c.text in written for c in t.children)
            if (key := _of_name(t))
        ),
        "",
    )


def _stands_alone_in_slot(claim: str, fact: Fact, have: _Evidence, verb: str) -> bool:
    """The text's other count stands alone where the claim's count of its noun stands on the
    claim's verb, the subject of "killed" in both ("13 people had been killed" / "at least
    three had been killed"), given alike (both plain, or both bounds)."""
    doc = parse(claim)
    noun = next((t for t in doc if t.pos_ == "NOUN" and _lemma(t) == fact.anchor), None)
    if noun is None or noun.head.lemma_.lower() != verb:
        return False
    bare = [
        t
        for t in _bare_counts(parse(have.text), verb)
        if t.root.dep_ == noun.dep_ and number_value(t.text) != _value(fact)
    ]
    if not bare:
        return False
    said = bounded_or_hedged(have.text[max(0, bare[0].start_char - 20) : bare[0].start_char])
    return said == (not _plain(claim, fact.text))


_AS_MANY = re.compile(r"\bas (?:many|much) as\s*$", re.IGNORECASE)


def _bound_of(text: str, number: str) -> tuple[str, str]:
    """("more" or "less", its words) where the text first gives the number as a bound ("more
    than 1%", "under 20"); ("", "") otherwise."""
    before = _before_number(text, number)
    return bound_before(before[0]) if before else ("", "")


def _claimed_bound(fact: Fact, claim: str) -> tuple[str, str]:
    """The bound the claim gives its number (`_bound_of`); none for a place in a table ("moved
    up to fourth")."""
    return ("", "") if _ORDINAL.match(fact.key) else _bound_of(claim, fact.text)


def _bound_flipped(fact: Fact, claim: str, have: _Evidence) -> str | None:
    """The text gives the claim's number for the same thing as the opposite bound: "less than
    1% of the level" for "more than 1% of the level"."""
    mine, _ = _claimed_bound(fact, claim)
    if not mine:
        return None
    for n in have.numbers:
        if n.key == fact.key and n.anchor == fact.anchor:
            theirs, written = _bound_of(have.text, n.text)
            if theirs and theirs != mine:
                return f"{written} {n.text}"
    return None


def _plain(text: str, number: str) -> bool:
    """The text gives the number as it is, not as a bound or an estimate ("about 40%")."""
    before = _before_number(text, number)
    return bool(before) and not any(bounded_or_hedged(b) or _AS_MANY.search(b) for b in before)


def _before_number(text: str, number: str) -> list[str]:
    """The 20 characters before each place the text writes the number's first word."""
    first = re.escape(number.split()[0]) if number.split() else "$^"
    at = [m.start() for m in re.finditer(rf"(?<![\w.,]){first}(?![\w])", text, re.IGNORECASE)]
    return [text[max(0, i - 20) : i] for i in at]


def _named_at(doc: Any, fact: Fact, passage: Sequence[str] = ()) -> bool:
    """A word of the name stands in the text where the name stands in the claim, though the
    text's entities miss it ("Duffy, 37, has joined": a number's owner, no name); or, where the
    passage (`passage`: its words) names it, the word news puts in its place once it has named
    it (`_stands_in`: "The company, which dates back to 1874" after "Hawick Knitwear")."""
    keys = set(fact.key.split())
    if any(
        t.pos_ in ("PROPN", "NOUN") and norm_word(t.text) in keys and _role(t) == fact.anchor
        for t in doc
    ):
        return True
    if fact.kind not in _STANDING_FOR or not _name_stated(fact, list(passage), set(passage)):
        return False
    return any(_stands_in(t) and _role(t) == fact.anchor for t in doc)


_STAND_INS = word_set(
    "company firm business group brand retailer maker manufacturer bank airline charity club "
    "side team organisation organization"
)
"""Nouns news writes, after "the", for an organisation it has named ("the company", "the
club")."""
_STANDING_FOR = frozenset({FactKind.ORG, FactKind.PERSON, FactKind.NAME})
"""Kinds of name a stand-in may be: an organisation, or a name the small parser typed a person
("Hawick Knitwear") or could not type."""


def _stands_in(token: Any) -> bool:
    """The token is "the company" (or a relative pronoun for it: "The company, which dates
    back to 1874"): a definite noun of `_STAND_INS` with no name of its own."""
    if token.lower_ in ("which", "that") and token.head.dep_ == "relcl":
        token = token.head.head
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _STAND_INS:
        return False
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ in ("compound", "amod") or c.pos_ == "PROPN" for c in children
    )


def _count_verb(doc: Any, number: str) -> str:
    """The lemma of the verb the text's count (`number` as written, "100 people") hangs on,
    "" when it is not found or hangs on none."""
    return _verb_above(_count_token(doc, number))


def _count_token(doc: Any, number: str) -> Any | None:
    """The token of the text's count (`number` as written: "100" of "100 people"), None when
    it is not found."""
    first = number.split()[0] if number.split() else ""
    return next((t for t in doc if t.text == first), None)


def _as_many_of_other_sort(fact: Fact, have: _Evidence, claim: str) -> str:
    """The text's count of the claim's number on the claim's verb, of another sort of thing
    (`_other_sort`), as written with its sort ("11 murder convicts" put to death for "11 drug
    traffickers"); "" when none."""
    verb = _count_verb(parse(claim), fact.text)
    if not verb or verb in REPORTING_VERBS:
        return ""
    doc = parse(have.text)
    for n in have.numbers:
        if n.key != fact.key or not _other_sort(fact, n):
            continue
        first = _count_token(doc, n.text)
        if first is not None and _verb_above(first) == verb:
            return doc[first.i : first.head.i + 1].text if first.head.i > first.i else n.text
    return ""


def _score_verb(doc: Any, score: str) -> str:
    """The lemma of the verb a score (as written, "8-0") hangs on, "" when none."""
    at = doc.text.find(score)
    span = doc.char_span(at, at + len(score), alignment_mode="expand") if at >= 0 else None
    return _verb_above(span.root) if span is not None else ""


_PERIOD = re.compile(
    r"\b(this|current|last|past|previous|next|coming)\s+(century|decade|year|month|week)\b",
    re.IGNORECASE,
)
_PERIOD_SIDE = {"this": "now", "current": "now", "last": "past", "past": "past"}
_PERIOD_SIDE |= {"previous": "past", "next": "next", "coming": "next"}


def _periods(text: str) -> dict[str, set[str]]:
    """The periods a text names relative to now, by unit: "in the last century" -> {"century":
    {"past"}}."""
    out: dict[str, set[str]] = {}
    for found in _PERIOD.finditer(text):
        out.setdefault(found[2].lower(), set()).add(_PERIOD_SIDE[found[1].lower()])
    return out


def _other_period(claim: str, text: str) -> bool:
    """The text names only another period of a unit the claim names ("this century" for "the
    last century"): its amounts are that period's, not the claim's."""
    mine, theirs = _periods(claim), _periods(text)
    return any(unit in theirs and not sides & theirs[unit] for unit, sides in mine.items())


def _bare_count_verb(doc: Any, fact: Fact) -> str:
    """The verb the claim's bare count (`fact`, no noun counted) is the subject or object of
    ("sentence" for "five were sentenced"), or ""."""
    last = fact.text.split()[-1].lower() if fact.text else ""  # "million" of "three million"
    return next((slot for t in doc if t.lower_ == last and (slot := _bare_slot(t))), "")


def _bare_slot(token: Any) -> str:
    """Where a number standing alone sits on its verb: the verb's lemma for its subject or
    object ("sentence" for "five were sentenced"), the lemma and "by" for the amount of a
    change ("go by" for "had gone up by 200 million"), or for what it is said to be ("describe
    as" for "is described as 38"), "of" and the noun it is the size of
    ("of factor" for "by as much as a factor of a hundred"), what it is compared with
    ("compared with about 2,400"), the measure it reaches ("young as" for "as young as
    seven"); "" for any other number."""
    if token.pos_ != "NUM":
        return ""
    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.pos_ == "VERB":
        return token.head.lemma_.lower()
    by = token.head
    if token.dep_ == "pobj" and by.lower_ in ("by", "as") and by.head.pos_ == "VERB":
        return f"{by.head.lemma_.lower()} {by.lower_}"  # "is described as 38"
    if token.dep_ == "pobj" and by.lower_ == "of" and by.head.pos_ == "NOUN":
        return f"of {_lemma(by.head)}"
    if token.dep_ == "pobj" and by.lower_ in ("with", "to") and by.head.lemma_ == "compare":
        return "compare with"  # "compared with about 3,400" / "compared to about 2,400"
    if token.dep_ == "pobj" and by.lower_ == "as" and by.head.pos_ == "ADJ":
        return f"{by.head.lower_} as"  # "as young as five"
    return ""


def _other_bare_counts(doc: Any, verb: str, fact: Fact) -> list[Any]:
    """The text's bare counts on the verb (`_bare_counts`) of another value than the claim's."""
    return [t for t in _bare_counts(doc, verb) if number_value(t.text) != _value(fact)]


def _bare_counts(doc: Any, verb: str) -> list[Any]:
    """Numbers standing alone as the subject or object of the verb, as spans of the whole number
    ("three million"): the noun they count is left to the reader ("at least three had been
    killed")."""
    out = []
    for t in doc:
        if _bare_slot(t) != verb or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            continue
        start = t.i
        while start > 0 and doc[start - 1].pos_ == "NUM" and doc[start - 1].head.i == t.i:
            start -= 1  # "three million": "three" hangs on "million"
        out.append(doc[start : t.i + 1])
    return out


def _value(fact: Fact) -> float | None:
    """The count's value, from its key: the written text may start with no number ("the age
    of 13", "£32 million", "McGregor, 29") or with part of one ("1.5 million people")."""
    try:
        return float(fact.key)
    except ValueError:
        return number_value(fact.key)


_SPAN_DAYS = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
}
"""Units of a span of time, in days."""


def _span_otherwise(fact: Fact, have: _Evidence, claim: str) -> str | None:
    """The text's span of time on the claim's verb, in another unit and of another length
    ("did not see it again for two weeks" / "for two months"): the same count of another unit
    is another span, and "14 days" is "two weeks"."""
    if fact.anchor not in _SPAN_DAYS:
        return None
    verb = _verb_over(parse(claim), fact.anchor)
    if not verb or verb in REPORTING_VERBS:
        return None
    value, doc = _value(fact), parse(have.text)
    if value is None:
        return None
    days = value * _SPAN_DAYS[fact.anchor]
    for n in have.numbers:
        if n.anchor in _SPAN_DAYS and n.anchor != fact.anchor and _verb_over(doc, n.anchor) == verb:
            other = _value(n)
            if other is not None and abs(other * _SPAN_DAYS[n.anchor] - days) > 0.1 * days:
                return n.text
    return None


def _verb_over(doc: Any, noun: str) -> str:
    """The lemma of the verb the first mention of `noun` hangs on ("joined ... on a one-year
    contract": "join"), "" when none."""
    return _verb_above(next((t for t in doc if t.pos_ == "NOUN" and _lemma(t) == noun), None))


def _verb_above(token: Any) -> str:
    """The lemma of the first verb at or above the token, "" when there is none (or no
    token)."""
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.lemma_.lower() if token is not None and token.pos_ in ("VERB", "AUX") else ""


def _conflict(fact: Fact, claimed: list[Fact], have: _Evidence, claim: str) -> FactConflict | None:
    other = _clashing(fact, claimed, have, claim)
    if other is None:
        return None
    said = fact.describe()
    if fact.kind is FactKind.NUMBER and (bound := _claimed_bound(fact, claim)[1]):
        said = f"{bound} {said}"  # "the claim says “more than 1”", as the claim writes it
    return FactConflict(kind=fact.kind, claim=said, evidence=other)


def _clashing(fact: Fact, claimed: list[Fact], have: _Evidence, claim: str) -> str | None:
    """What the evidence says instead of `fact`, if it states it differently. Where the text
    counts something on the claim's verb (`claim`, the claim's text), a count of the same noun
    on another verb is another count ("100 people had been detained" is not the claim's "13
    people had been killed"), and a count standing alone on the claim's verb is the claim's
    ("at least three had been killed")."""
    if fact.kind is FactKind.NUMBER:
        if _other_period(claim, have.text):
            return None  # "rose about 8 inches in the last century" / "a rise of 200 to 270
            # cm this century": amounts of two periods
        if fact.quantity is not None and have.quantities:
            return have.measured_otherwise(fact.quantity)
        moved = _range_end_otherwise(fact, claim, have.text)
        if moved is not None:
            return moved
        if not fact.anchor:  # a bare count is set only against a bare count on its verb:
            # "five were sentenced to death" / "Three were sentenced to death"
            verb = _bare_count_verb(parse(claim), fact)
            if not verb or verb in REPORTING_VERBS:
                return None
            bare = _other_bare_counts(parse(have.text), verb, fact)
            return bare[0].text if bare else None
        span = _span_otherwise(fact, have, claim)
        if span is not None:
            return span
        as_many = [
            n for n in have.numbers if n.key == fact.key and _other_people(fact.anchor, n.anchor)
        ]
        if as_many:
            return as_many[0].text  # as many, other people ("12 militants" for "12 civilians")
        other_sort = _as_many_of_other_sort(fact, have, claim)
        if other_sort:
            return other_sort  # "11 murder convicts" put to death for "11 drug traffickers"
        flipped = _bound_flipped(fact, claim, have)
        if flipped:
            return flipped  # "less than 1%" for "more than 1%"
        same_thing = sorted(
            (
                n
                for n in have.numbers
                if (
                    _same_counted(n.anchor, fact.anchor)
                    or _ranked_on_same_verb(fact.anchor, n.anchor)
                    or _minute_left_out(fact, n, claim)
                )
                and n.key != fact.key
                and _number_form(n.key) == _number_form(fact.key)  # "dozens" may be 30
                and _same_aged(fact, n)  # "McGregor, 29" is not "Mayweather, 40"
            ),
            key=lambda n: (  # the same thing's first, then the same place on the verb, then
                # one given as the claim gives its own ("almost 2,000" for "almost 3,000")
                not (fact.owner and n.owner == fact.owner),
                n.anchor != fact.anchor,
                _plain(claim, fact.text) != _plain(have.text, n.text),
            ),
        )
        if fact.anchor == "score" and len(same_thing) > 1:  # the score on the claim's verb
            # first: "to take her career record over her to 8-0", not the match's "4-6"
            verb, doc = _score_verb(parse(claim), fact.text), parse(have.text)
            same_thing.sort(key=lambda n: not verb or _score_verb(doc, n.text) != verb)
        verb = _verb_over(parse(claim), fact.anchor)
        if verb and verb not in REPORTING_VERBS:
            doc = parse(have.text)
            on_verb = [n for n in same_thing if _count_verb(doc, n.text) in (verb, "")]
            bare = _other_bare_counts(doc, verb, fact)
            if not on_verb and bare:
                return bare[0].text  # "100 people had been detained ... at least three had
                # been killed" for "13 people had been killed"
            same_thing = on_verb or same_thing  # the text's one count of the noun, on another
            # verb, still counts ("three officers were lightly injured" for "300 killed")
        return same_thing[0].text if same_thing else None
    if fact.kind is FactKind.DATE:
        if _ordered_apart(claim, have.text):
            return None  # "Their maiden title came in 1974" does not date "the last title"
        own_dates = {f.key for f in claimed if f.kind is FactKind.DATE}
        clash = [
            d
            for d in have.dates
            if _date_clash(fact.key, d.key)
            and d.key not in own_dates  # "between 2004 and 2009" for "between 2004 and 2012":
            # the claim's own 2004 is not what it says instead of 2012
            and (
                _same_verb(fact, d)
                or _dates_noun_of(fact, d)
                or _same_noun_dated(fact, d)
                or _only_date_of(fact, d, have, claimed, claim)
                or _dates_subject_of(fact, d, claimed, claim)
                or _dated_beside_same_name(fact, d, claimed, have)
                or _other_end(fact, d, claimed, have)
            )
        ]
        return clash[0].text if clash else None
    if fact.kind is FactKind.EVENT:
        return _event_clash(fact, have, claimed=claimed)
    if fact.toward and fact.kind is not FactKind.GROUP:
        part = have.part_otherwise(fact)
        if part is not None:
            return part.describe()
    party = _other_party(fact, have)
    if party is not None:
        return party  # "Scottish Labour MSP Annabel Goldie" / "Scottish Conservative MSP"
    nation = _other_nation_in_name(fact, have)
    if nation is not None:
        return nation  # "the Armenian Chess Championships" / "Georgian Chess Championships"
    title = _other_title(fact, claim, have.text)
    if title is not None:
        return title  # "James Bannon, the local Fianna Fail TD" / "the local Fine Gael TD"
    claim_words = words(" ".join(f.text for f in claimed))
    owned = _owned_place(claim, fact, have) if fact.kind is FactKind.PLACE else None
    rivals = [
        n
        for n in have.names
        if not _claims_own(n, fact, claimed, claim_words)
        and not _nested(fact.key, n.key)
        and (_comparable(fact, n) or _same_lead_in(claim, fact, have.text, n) or n is owned)
    ]
    return rivals[0].describe() if rivals else None


_FROM_TO = re.compile(r"\bfrom\s+([\w.,£$€%]+?)\s+to\s+([\w.,£$€%]+)", re.IGNORECASE)


_ORDER_CLASSES = {
    **dict.fromkeys(("first", "maiden", "inaugural", "opening", "debut"), "first"),
    **dict.fromkeys(("last", "latest", "final", "recent"), "last"),
    **{w: w for w in ("previous", "next", "second", "third", "fourth", "fifth", "penultimate")},
}
"""Words that say which of a series a noun is, by what they mean ("maiden" is "first")."""


def _ordered_apart(claim: str, text: str) -> bool:
    """The text's sentence puts another word of order on the claim's noun ("Their maiden title"
    for "McLaren's last constructors' title"): another one of the series, whose date or count
    is not the claim's."""

    def orders(doc: Any) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for t in doc:
            order = _ORDER_CLASSES.get(t.lower_)
            if not (order and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN"):
                continue
            noun = t.head
            while noun.dep_ in ("poss", "compound") and noun.head.pos_ == "NOUN":
                noun = noun.head  # "last constructors' title": the title
            found.setdefault(_lemma(noun), set()).add(order)
        return found

    mine = orders(parse(claim))
    if not mine:
        return False
    theirs = orders(parse(text))
    return any(theirs.get(noun) and not theirs[noun] & kinds for noun, kinds in mine.items())


def _range_end_otherwise(fact: Fact, claim: str, text: str) -> str | None:
    """The claim's number is one end of a change "from A to B" that the text writes with the same
    other end and another number at this one ("has risen from seven to 26" / "has risen from
    seven to 16"): what the text gives instead."""
    value = _value(fact)
    if value is None:
        return None
    for mine in _FROM_TO.finditer(claim):
        ends = [number_value(mine.group(i).rstrip(".,")) for i in (1, 2)]
        if value not in ends or None in ends:
            continue
        at = ends.index(value)
        for theirs in _FROM_TO.finditer(text):
            said = [number_value(theirs.group(i).rstrip(".,")) for i in (1, 2)]
            if said[1 - at] == ends[1 - at] and said[at] is not None and said[at] != value:
                return theirs.group(at + 1).rstrip(".,")
    return None


def _lead_in(text: str, name: str) -> tuple[str, ...]:
    """The three words written just before the name's first mention, set off from it by a comma
    as a noun is from the name it is given (an apposition), when they end on a word that is no
    stop word and hold two such words ("the singer's latest single, Ghost": "singer", "latest",
    "single"); empty otherwise."""
    at = text.find(name)
    if at <= 0 or not text[:at].rstrip().endswith(","):
        return ()
    before = _words_before(text, name)
    content = [w for w in before if w not in _STOP]
    if len(before) < 3 or len(content) < 2 or before[-1] in _STOP:
        return ()
    return tuple(before)


def _same_lead_in(claim: str, fact: Fact, text: str, other: Fact) -> bool:
    """The text writes another name after the same words the claim writes before its name
    ("the singer's latest single, Ghost" / "the singer's latest single, Mirror Man"): the
    other name fills the claim's name's place, however the parser hangs the two phrases."""
    if _written_as_code(fact.text) or _written_as_code(other.text):
        return False
    lead = _lead_in(claim, fact.text)
    return bool(lead) and lead == _lead_in(text, other.text) and other.key != fact.key


_PARTIES = word_set("labor conservative tory liberal democrat democratic republican snp ukip")
"""Political parties' words (name keys: "Labour" is "labor"); a person stands for one."""


def _party(key: str) -> str:
    """The party a name's key names ("conservative msp": "conservative"), "" when none."""
    return next((w for w in key.split() if w in _PARTIES), "")


def _other_party(fact: Fact, have: _Evidence) -> str | None:
    """The text's name of another party for the same one (both describe the same head, a
    person named or a noun: "Scottish Labour MSP Annabel Goldie" / "Scottish Conservative MSP
    Annabel Goldie"), as written; None when none. Only names of one or two words, so that the
    "Democratic" of "Syrian Democratic Forces" is no party."""
    party = _party(fact.key)
    if not party or not fact.describes or len(fact.key.split()) > 2:
        return None
    for name in have.names:
        theirs = _party(name.key)
        short = len(name.key.split()) <= 2
        if theirs not in ("", party) and short and name.describes == fact.describes:
            return next((w for w in name.text.split() if _name_key(w) == theirs), name.text)
    return None


_NATIONS = frozenset(COUNTRY.values())


def _titles(text: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """Names set beside a person as what they are ("James Bannon, the local Fine Gael TD"):
    {(the person's last name, the title's last word): the words naming it before that word}."""
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for t in parse(text):
        if t.dep_ == "appos" and t.head.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            before = tuple(d.text for d in t.subtree if d.dep_ == "compound" and d.i < t.i)
            if before:
                found[(t.head.lower_, t.lower_)] = before
    return found


def _other_title(fact: Fact, claim: str, sentence: str) -> str | None:
    """The sentence names the claim's person by a title with the same last word and other
    words before it ("James Bannon, the local Fine Gael TD" for "the local Fianna Fail TD"), as
    written; None when it does not, or gives the claim's too."""
    if fact.kind in (FactKind.EVENT, FactKind.NUMBER, FactKind.DATE, FactKind.PERSON):
        return None
    mine = {k: v for k, v in _titles(claim).items() if set(v) <= set(fact.text.split())}
    if not mine:
        return None
    theirs = _titles(sentence)
    said = set(words(sentence))
    for key, before in mine.items():
        other = theirs.get(key)
        if other and other != before and not set(words(" ".join(before))) <= said:
            return f"{' '.join(other)} {fact.text.split()[-1]}"
    return None


def _other_nation_in_name(fact: Fact, have: _Evidence) -> str | None:
    """The text's name that is the claim's name with another nation in it ("the 2013 and 2014
    Georgian Chess Championships" for "Armenian Chess Championships"), as written; None when
    none. Only a name of one nation and at least one other word that is no stop word."""
    if fact.kind in (FactKind.EVENT, FactKind.NUMBER, FactKind.DATE, FactKind.GROUP):
        return None
    mine = fact.key.split()
    nations = [w for w in mine if w in _NATIONS]
    rest = [w for w in mine if w not in _NATIONS]
    if len(nations) != 1 or not set(rest) - _STOP:
        return None
    for name in have.names:
        theirs = name.key.split()
        other = [w for w in theirs if w in _NATIONS]
        if (
            len(other) == 1
            and other != nations
            and [w for w in theirs if w not in _NATIONS] == rest
        ):
            return name.describe()
    return None


def _claims_own(name: Fact, fact: Fact, claimed: Sequence[Fact], claim_words: list[str]) -> bool:
    """The text's name is one the claim names itself, so it may stand beside the claim's
    `fact` rather than in its place ("Russian and Turkish forces"); not when the claim names it
    only as a people and the text has it as a place where the claim has its place ("Soviet
    authorities invaded Poland" for "invaded Hungary ... and deported hundreds of thousands of
    Poles")."""
    same = [f for f in claimed if f.key == name.key]
    if (
        same
        and all(f.kind is FactKind.GROUP for f in same)
        and fact.kind is FactKind.PLACE
        and name.kind is FactKind.PLACE
        and name.anchor == fact.anchor
    ):
        return False
    return bool(same) or _name_stated(name, claim_words, set())


_KINDS_OF_PLACE = word_set(
    "province state county district region prefecture oblast governorate river lake island "
    "sea ocean bay valley desert airport garden park square street avenue"
)


def _kind_of_place(fact: Fact) -> str:
    """The kind of place a place's name of two words or more ends with ("Anhui Province":
    "province"), "" when none: two provinces' names replace each other wherever they stand."""
    written = fact.text.split()
    last = norm_word(written[-1]) if len(written) > 1 else ""
    return last if last in _KINDS_OF_PLACE and _place_like(fact) else ""


def _noun_named(fact: Fact) -> str:
    """The common noun a name tells apart: the noun it stands before ("the Idlib area":
    "area") or the noun it ends with ("Izmir province": "province"), "" when none."""
    if fact.anchor.startswith("noun/"):
        return fact.anchor.partition("/")[2]
    written = fact.text.split()
    last = written[-1] if len(written) > 1 else ""
    return norm_word(last) if last.isalpha() and last.islower() else ""


def _nested(a: str, b: str) -> bool:
    """One name holds the other ("SRI" in "SSRI", "Idlib" in "Idlib province"): a variant or a
    part of the same name, not another thing in its place."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return bool(a and b) and (a in b or b in a)


_SPAN_ENDS = word_set("to until till")


def _other_end(fact: Fact, stated: Fact, claimed: Sequence[Fact], have: _Evidence) -> bool:
    """Both end a span at another date, and start it at the same one, whatever verb each hangs
    on ("runs from 11 a.m. to 9 p.m." / "is hosting ... from 11 a.m. to 7 p.m.")."""
    end = fact.anchor.rpartition("/")[2]
    if end not in _SPAN_ENDS or stated.anchor.rpartition("/")[2] != end:
        return False
    starts = {f.key for f in claimed if f.kind is FactKind.DATE and f.anchor.endswith("/from")}
    return any(d.key in starts and d.anchor.endswith("/from") for d in have.dates)


def _same_verb(a: Fact, b: Fact) -> bool:
    """Both facts hang on the same verb ("reported on December 2" / "reported on December 3";
    not a citation's year against the date of another event)."""
    verb = a.anchor.split("/")[0]
    return verb != "" and verb == b.anchor.split("/")[0]


def _dates_noun_of(claimed: Fact, stated: Fact) -> bool:
    """The text's date modifies the noun of the verb the claim's date hangs on: "the 1982
    disappearance" dates the event of "disappeared in 1992"."""
    verb = claimed.anchor.split("/")[0]
    return bool(verb and stated.modifies) and bool(set(_stems(verb)) & set(_stems(stated.modifies)))


_TIME_NOUNS = word_set("year season time period century decade month week day")
"""Nouns that a date only places in time: "the 2010 season" and "the 2012 season" are two."""


def _of_name(noun: Any) -> str:
    """The key of the proper name after the noun's "of" ("series of The X Factor": "x factor"),
    "" when none."""
    for of in noun.children:
        name = next((g for g in of.children if g.dep_ == "pobj"), None)
        if of.lower_ == "of" and name is not None and name.pos_ == "PROPN":
            return _name_key(_name_text(name))
    return ""


def _same_thing_dated(claimed: Fact, stated: Fact) -> bool:
    """Both dates modify the same noun of the same name ("the 2010 series of The X Factor" /
    "2012's series of The X Factor"): the noun and its name tie the date to the claim's thing
    as a verb and its actor tie a date to the claim's event."""
    return _same_noun_dated(claimed, stated) and claimed.describes == stated.describes != ""


def _same_noun_dated(claimed: Fact, stated: Fact) -> bool:
    """Both dates modify the same noun, which names a thing ("the 2010 series" / "2012's
    series", "the 2015 campaign" / "the 2014 campaign"), not a span of time: one thing with two
    dates, as two counts of one noun are one number stated differently."""
    noun = claimed.modifies
    return bool(noun) and noun == stated.modifies and noun not in _TIME_NOUNS


_OCCURRING = word_set("happen occur erupt")
"""Verbs that only place their subject in time: "the tremor happened on 1 May" dates the
tremor, which a text names without the verb ("a tremor ... on 1 April shared ..."); so do
"break out" and "take place" (`_occurring`)."""
_OCCURRING_WITH = {"break": ("prt", "out"), "take": ("dobj", "place")}


def _occurring(claim: str, verb: str) -> list[str]:
    """The words of the claim's verb `verb` (a lemma) when it only places its subject in time
    ("happened", "broke out", "took place"), else none: such a verb adds nothing of the event
    but its date."""
    if not verb:
        return []
    for token in parse(claim):
        if token.lemma_.lower() != verb or token.pos_ not in ("VERB", "AUX"):
            continue
        if verb in _OCCURRING:
            return [token.text]
        dep, word = _OCCURRING_WITH.get(verb, ("", ""))
        if any(c.dep_ == dep and c.lower_ == word for c in token.children):
            return [token.text, word]
    return []


def _dates_subject_of(claimed: Fact, stated: Fact, facts: Sequence[Fact], claim: str) -> bool:
    """The claim's verb only places its subject in time (`_occurring`: "The shooting took
    place in August 2012") and the text's date modifies that subject's noun ("the August 2013
    drive-by shooting"): the noun's date is the claim's, however many dates the text gives."""
    verb = claimed.anchor.split("/")[0]
    if not stated.modifies or not _occurring(claim, verb):
        return False
    nouns = _subject_nouns(facts, verb)
    return bool(set(_stems(stated.modifies)) & {s for w in nouns for s in _stems(w)})


def _subject_nouns(facts: Sequence[Fact], verb: str) -> set[str]:
    """The common words of the subjects of the claim's events on `verb` (its names' words and
    stop words left out): "shooting" of "The shooting took place"."""
    names = {w for f in facts if f.kind is not FactKind.EVENT for w in words(f.text)}
    return {
        w
        for e in facts
        if e.kind is FactKind.EVENT and e.key == verb
        for w in set(words(e.subject)) - _STOP - names
    }


def _only_date_of(
    claimed: Fact, stated: Fact, have: _Evidence, facts: Sequence[Fact], claim: str = ""
) -> bool:
    """The text's one date, hung by the parser on another verb, where the text also states the
    verb the claim's date hangs on ("halted after on November 20 Asayish publicly apologized"
    for "Asayish apologized on December 20"), or hung on the text's main verb where the
    claim's hangs on the claim's ("will bid for cycling's hour record on June 7" for "will
    attempt cycling's hour record on July 7"), or for "happened" / "occurred" the common nouns
    of its subject ("the earlier tremor"; so for "broke out", `_occurring`); not a date of
    reporting ("said on December 2"). `facts`: all the claim's facts, `claim` the claim."""
    verb = claimed.anchor.split("/")[0]
    stated_verb = stated.anchor.split("/")[0]
    if verb == "" or len(have.dates) != 1 or stated_verb in REPORTING_VERBS:
        return False
    if _timed_apart(have.text, verb):
        return False
    if any(e.key == verb for e in have.events):
        return True
    main = _first_event(facts)
    if main is not None and main.key == norm_verb(verb) and _root_lemma(have.text) == stated_verb:
        return True  # "will attempt ... on July 7" / "will bid for ... on June 7": main verbs
    if verb not in _OCCURRING and not (claim and _occurring(claim, verb)):
        return False
    return bool(_subject_nouns(facts, verb) & have.word_set)


def _dated_beside_same_name(
    claimed: Fact, stated: Fact, facts: Sequence[Fact], have: _Evidence
) -> bool:
    """The text's date hangs on the verb that the text hangs one of the claim's names on, as the
    claim's date hangs on the verb it hangs that name on ("shot Jordan Edwards in Balch Springs
    in June" / "driving away from a party in the Dallas suburb of Balch Springs in April"): the
    name places both dates on the same occasion, whatever verb the parser hangs them on; not a
    date of reporting."""
    verb, stated_verb = claimed.anchor.split("/")[0], stated.anchor.split("/")[0]
    if not verb or not stated_verb or stated_verb in REPORTING_VERBS:
        return False
    beside = {
        f.key
        for f in facts
        if f.kind in (FactKind.PLACE, FactKind.PERSON, FactKind.ORG) and _same_verb(f, claimed)
    }
    return any(n.key in beside and _same_verb(n, stated) for n in have.names)


_APART = word_set("after before since until")


def _timed_apart(text: str, verb: str) -> bool:
    """Every mention of the verb in the text stands in a clause that sets it apart in time from
    the rest ("In 2014, the state police took over, but that was nine years after Gricar went
    missing"): the text's date is not the verb's."""
    found = [t for t in parse(text) if _lemma(t) == verb and t.pos_ in ("VERB", "AUX")]
    return bool(found) and all(
        any(c.dep_ == "mark" and c.lower_ in _APART for c in t.children)
        or (t.dep_ == "pcomp" and t.head.lower_ in _APART)
        for t in found
    )


def _root_lemma(text: str) -> str:
    """The lemma of the first sentence's main verb, as anchors write it."""
    root = next((t for t in parse(text) if t.dep_ == "ROOT"), None)
    return root.lemma_.lower() if root is not None and root.pos_ in ("VERB", "AUX") else ""


def _comparable(claimed: Fact, stated: Fact) -> bool:
    """Two names that can stand for the same thing, so that one replaces the other:
    * places (or untyped names where a place goes: "near Aleppo") in the same role or after
      the same preposition, both countries or both not (a city is not contradicted by the
      country it is in);
    * people in the same role;
    * any two names that tell apart the same noun ("the M5 highway" / "the M4 highway", "the
      Idlib area" / "the Ain Issa area"), groups included when both are countries ("Russian air
      power" / "U.S. air power"; "the Australian F1 driver Bruce McLaren" / "the New Zealand F1
      driver Bruce McLaren", by the head of the phrase, `Fact.describes`);
    * a capital and a country it is not the capital of, in the same role ("held in Ankara" /
      "talks in Russia");
    * organisations, groups and people in the very same role of the same verb, neither written
      as a code (`_same_role_actors`).
    Organisations and untyped names otherwise are not compared: in technical text they are
    genes, cells and methods listed side by side ("Th2 cells" beside "WT mice"). A country and
    one within it ("England" / "Britain", "in London" / "in England") are never compared."""
    if _country_within(claimed.key, stated.key):
        return False
    if (
        claimed.modifies
        and claimed.modifies == stated.modifies
        and claimed.key in _COUNTRY_NAMES
        and stated.key in _COUNTRY_NAMES
    ):
        return True  # "Russian air power" / "U.S. air power": another country's
    if (
        claimed.describes
        and claimed.describes == stated.describes
        and claimed.key in _COUNTRY_NAMES
        and stated.key in _COUNTRY_NAMES
    ):
        return True  # "the Australian F1 driver Bruce McLaren" / "the New Zealand F1 driver"
    if _same_role_actors(claimed, stated) or _country_swapped(claimed, stated):
        return True
    if _namesake(claimed, stated):
        return True  # "Sarah Reeves" / "Rebecca Reeves", wherever each stands
    kind_of_place = _kind_of_place(claimed)
    if kind_of_place and kind_of_place == _kind_of_place(stated):
        return True  # "eastern China's Jiangsu Province" / "eastern China's Anhui Province"
    if claimed.kind is FactKind.GROUP or stated.kind is FactKind.GROUP:
        return False  # "Russian" beside "Turkish" forces: adjectives list, they rarely replace
    if claimed.anchor.startswith("noun/") or (
        stated.anchor.startswith("noun/") and _noun_named(claimed)
    ):  # "Antalya province" / "Izmir province", one as the noun's modifier, one as a name
        return _noun_named(claimed) == _noun_named(stated)
    same_role = claimed.anchor == stated.anchor and claimed.anchor.split("/")[0] != ""
    if _place_like(claimed) and _place_like(stated):
        same_place_role = (
            same_role or claimed.anchor.split("/")[-1] == stated.anchor.split("/")[-1] != ""
        )
        if (claimed.key in _COUNTRY_NAMES) != (stated.key in _COUNTRY_NAMES):
            # a city is not contradicted by the country it is in; a capital is by another
            # country ("held in Ankara" / "talks in Russia")
            capital = CAPITAL.get(claimed.key) or CAPITAL.get(stated.key)
            keys = {claimed.key, stated.key}
            return same_place_role and capital is not None and capital not in keys
        return same_place_role
    return claimed.kind is stated.kind is FactKind.PERSON and same_role


def _country_swapped(claimed: Fact, stated: Fact) -> bool:
    """Two organisations' names alike but for one country ("the Spanish Football Association"
    / "the German Football Association"): two bodies, whatever their roles."""
    if not claimed.kind is stated.kind is FactKind.ORG:
        return False
    mine, theirs = claimed.key.split(), stated.key.split()
    if len(mine) != len(theirs) or len(mine) < 2:
        return False
    apart = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    return len(apart) == 1 and all(w in _COUNTRY_NAMES for w in apart[0])


def _country_within(one: str, other: str) -> bool:
    """One country (or a capital's country) within the other, by `_WITHIN`."""
    one, other = CAPITAL.get(one, one), CAPITAL.get(other, other)
    return _WITHIN.get(one) == other or _WITHIN.get(other) == one


_ACTOR_KINDS = frozenset({FactKind.ORG, FactKind.GROUP, FactKind.PERSON})


def _same_role_actors(claimed: Fact, stated: Fact) -> bool:
    """Two organisations, groups or people in the very same role of the same verb ("an
    offensive against Islamic State" / "seized territory in an offensive against the Kurdish YPG
    militia", "intercepted by the FBI" / "by the CIA"), or a place where it is not where
    something happens (a team: "scored six goals against Swansea" / "against Hull"), neither
    written as a code or a two-letter acronym ("WT", "Th2": cells and genes listed side by side)
    nor the speaker of the claim."""
    verb, _, relation = claimed.anchor.partition("/")
    kinds = _ACTOR_KINDS
    if relation not in _LOCATIVE and FactKind.GROUP not in (claimed.kind, stated.kind):
        kinds = _ACTOR_KINDS | {FactKind.PLACE}  # a team named by its town, not a demonym
    untyped = (  # a name the small model gave no type, after a preposition where the claim's
        # organisation or person stands: "came closest for City" / "for United"
        stated.kind is FactKind.NAME
        and claimed.kind in _ACTOR_KINDS
        and relation in _OBLIQUE
        and " " not in stated.text
    )
    return (
        verb not in ("", "noun")
        and relation != ""
        and claimed.anchor == stated.anchor
        and claimed.kind in kinds
        and (stated.kind in kinds or untyped)
        and not (claimed.peripheral or stated.peripheral)
        and not any(_short_acronym(f.text) or _CODE.match(f.text) for f in (claimed, stated))
        and not (relation == "nsubj" and _member_of(claimed, stated))
    )


def _member_of(claimed: Fact, stated: Fact) -> bool:
    """One of two subjects is a person and the other a body (`_a_body`: an organisation or a
    place): a person acts in or for a body ("Rand Paul voted for the bill" / "the Senate voted
    for the bill"). Not a name the small model may have typed an organisation for a person's
    ("Dmitry Muratov" / "Alvi Karimov")."""
    kinds = {claimed.kind, stated.kind}
    body = next((f for f in (claimed, stated) if f.kind is not FactKind.PERSON), None)
    return (
        FactKind.PERSON in kinds
        and body is not None
        and body.kind in (FactKind.ORG, FactKind.PLACE)
        and _a_body(body.text)
    )


def _a_body(text: str) -> bool:
    """A name written as a body is: with "the" ("the Senate") or as one word ("Senate"); two
    words or more with no "the" may be a person's name the small model typed otherwise."""
    return re.match(r"the\s", text, re.IGNORECASE) is not None or " " not in text.strip()


def _written_as_code(text: str) -> bool:
    """An acronym or a code ("IP3R", "WT", "CHEK2"): in technical text a gene, a cell or a
    method more often than a person, a place or an organisation."""
    return bool(_ACRONYM.match(text) or _CODE.match(text))


def _short_acronym(text: str) -> bool:
    return _ACRONYM.match(text) is not None and len(text.rstrip("s")) < 3


def _place_like(fact: Fact) -> bool:
    """A place, or a name where a place goes ("near the town of Ain Issa", whatever spaCy's
    small model typed it as); not a name written as a code or an acronym that is no country
    ("mutations in CHEK2", "in BRCA1": genes, whatever the preposition)."""
    if _written_as_code(fact.text) and fact.key not in _COUNTRY_NAMES:
        return False
    return fact.kind is FactKind.PLACE or (fact.kind is not FactKind.GROUP and _locative(fact))


def _event_clash(
    fact: Fact,
    have: _Evidence,
    named: bool = False,
    claimed: Sequence[Fact] = (),
    passage: Collection[str] = (),
) -> str | None:
    """The evidence's event that says the opposite: the claim's verb negated or un-negated, its
    opposite, or the same verb with another named actor ("The YPG forms the backbone of the SDF"
    against "Islamic State forms the backbone of the SDF"), not one the claim names after "by"
    (`claimed`: "Don Draper is played by Jon Hamm" and "the creative director played by Jon
    Hamm"). `named`: only events whose actor both texts name (not a verb with no subject found,
    which may be anyone's). `passage`: the words of the whole passage, where a name the text
    describes may be given (`_described_for`)."""
    by = {f.key for f in claimed if f.anchor.rpartition("/")[2] in ("by", "agent")}
    for event in have.events:
        if _denied_of_object(fact, event):
            return event.describe()  # "no investigation has been carried out"
        if named and not (fact.anchor and event.anchor):
            continue
        if not _same_actor(fact, event):
            same = event.key == fact.key and event.negated == fact.negated
            if _name_key(event.subject) in by or event.done_to != fact.done_to:
                continue  # the claim's own doer, or one done to ("The US were beaten")
            if same and _same_object(fact, event) and _named(fact, event):
                if _person_and_body(fact, event):
                    continue  # "the Senate is voting" for "Rand Paul voted": one of its members
                return f"{event.subject} {event.text}"
            if (
                event.key in OPPOSITES.get(fact.key, ())
                and event.negated == fact.negated
                and fact.object
                and fact.object == event.object
                and _described_for(fact, event, have, passage)
            ):
                return event.describe()  # "The Belgian starlet rejected a move" for
                # "Patoulidis accepted a move"
            continue
        if event.key == fact.key and event.negated != fact.negated:
            return event.describe()
        if event.key in OPPOSITES.get(fact.key, ()) and event.negated == fact.negated:
            return event.describe()
    return _opposite_as_noun(fact, have)


def _opposite_as_noun(fact: Fact, have: _Evidence) -> str | None:
    """The claim's act by a named actor against the noun of its opposite whose actor the text
    names after "from" or "by", or as its owner ("Netanyahu praised the deal" / "criticism
    from Israeli Prime Minister Benjamin Netanyahu of the deal", "Netanyahu's criticism"), the
    claim's object in the text too; not "no criticism"."""
    opposite = OPPOSITES.get(fact.key)
    if not opposite or fact.negated or not fact.anchor:
        return None
    actor = set(fact.anchor.split())
    said = have.word_set
    if not set(words(fact.object)) <= said:
        return None
    stems = {s for o in opposite for s in _stems(o)}
    if not any(w.startswith(stem) for w in said for stem in stems):
        return None  # words first: the text is parsed only where an opposite's stem is in it
    for noun in parse(have.text):
        if noun.pos_ != "NOUN" or not set(_stems(noun.lower_)) & stems:
            continue
        if any(c.lower_ == "no" for c in noun.children):
            continue
        doers = [c for c in noun.children if c.dep_ == "poss"] + _after(noun, ("from", "by"))
        for doer in doers:
            if actor <= set(words(" ".join(t.text for t in doer.subtree))):
                return f"{noun.text} {'' if doer.dep_ == 'poss' else 'from '}{doer.text}"
    return None


def _described_for(fact: Fact, event: Fact, have: _Evidence, passage: Collection[str] = ()) -> bool:
    """The text's event has for subject a description ("The Belgian starlet", "the
    14-year-old"), no name, where the claim's has a name the text (or the whole passage,
    `passage`) gives too: news writes a person once named by what they are."""
    subject = parse(event.subject)
    if not len(subject) or subject[0].lower_ != "the" or subject[-1].pos_ != "NOUN":
        return False
    if any(t.ent_type_ in ("PERSON", "ORG") for t in subject):
        return False
    named = set(words(fact.subject)) - _STOP
    proper = any(t.pos_ == "PROPN" for t in parse(fact.subject))
    return proper and bool(named) and named <= have.word_set | set(passage)


def _denied_of_object(fact: Fact, event: Fact) -> bool:
    """The text says, in the passive, that the claim's verb was not done to the claim's object,
    by anyone: "no investigation has been carried out" against "The Health and Safety Executive
    carried out an investigation"."""
    return (
        event.key == fact.key
        and event.negated
        and not fact.negated
        and event.done_to
        and not fact.done_to
        and bool(fact.object)
        and fact.object in words(event.subject)
    )


def _same_object(a: Fact, b: Fact) -> bool:
    """Two events whose direct objects may be the same ("forms the backbone" twice; not "backs
    rebels" and "backs the forces")."""
    return not a.object or not b.object or bool(set(a.object.split()) & set(b.object.split()))


_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _named(a: Fact, b: Fact) -> bool:
    """Both events' subjects name an actor (a person, an organisation, a country or group): an
    actor swap, not "rebels" against "Russia" or a gene against its spelled-out name, nor a
    person described by a name ("the Wales and Lions winger" for "George North")."""
    return all(_names_an_actor(parse(e.subject)) for e in (a, b))


def _person_and_body(a: Fact, b: Fact) -> bool:
    """One event's subject names a person and the other's only a body (`_a_body`: an
    organisation, a country, a group): a person acts in or for a body ("Rand Paul voted" /
    "the Senate is voting"), so the two name no other actor (`_member_of`)."""
    people = [any(e.label_ == "PERSON" for e in parse(x.subject).ents) for x in (a, b)]
    body = b.subject if people[0] else a.subject
    return people[0] != people[1] and _a_body(body)


_PLAYING_ROLES = word_set(
    "winger midfielder striker forward defender goalkeeper keeper captain manager coach batsman "
    "bowler star international"
)


def _names_an_actor(subject: Any) -> bool:
    """The parsed subject names an actor, not a person named by what they are, a name only
    describing them ("the Wales and Lions winger", "the Arsenal midfielder")."""
    return any(ent.label_ in _ACTORS for ent in subject.ents) and not _person_noun(subject[:].root)


def _person_noun(token: Any) -> bool:
    """A common noun for a person, or for a player by position ("winger")."""
    return token.pos_ == "NOUN" and _lemma(token) in _PERSON_NOUNS | _PLAYING_ROLES


def _wanted(claim: str) -> set[str]:
    """The claim's content words, those that only say who vouches for it left out
    (`_attribution_words`)."""
    return {w for w in words(claim) if w not in _STOP and len(w) > 1} - _attribution_words(claim)


_VOUCHING = REPORTING_VERBS | word_set("show find document demonstrate observe measure predict")
"""Lemmas of verbs that, in an "as ..." clause, say who vouches for a claim ("as confirmed by
multiple satellite measurements", "as NASA reported")."""


@lru_cache(maxsize=4096)
def _attribution_words(claim: str) -> frozenset[str]:
    """Words of the claim that say only who vouches for it: an "as confirmed by ..." or "as
    NASA reported" clause, an "according to ..." phrase. A source need not repeat them to be
    about the claim's event ("Greenland on the whole is not losing ice, as confirmed by
    multiple satellite and on the ground field measurements" is about Greenland losing ice).
    Words the rest of the claim also writes stay."""
    doc = parse(claim)
    aside: set[int] = set()
    for token in doc:
        if (
            token.dep_ == "advcl"
            and token.lemma_.lower() in _VOUCHING
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        ) or (token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)):
            aside |= {t.i for t in token.subtree}
    if not aside or len(aside) >= len(doc) - 2:
        return frozenset()
    said = set(words(" ".join(t.text for t in doc if t.i in aside)))
    rest = set(words(" ".join(t.text for t in doc if t.i not in aside)))
    return frozenset(said - rest)


def event_overlap(
    claim: str, sentence: str, leave_out: Sequence[str] = (), passage: Collection[str] = ()
) -> float:
    """Share of the claim's content words in the sentence, words of `leave_out` (the claim's
    conflicting facts) not counted: how much the sentence is about the claim's event. An
    acronym of the claim counts as present when the sentence spells it out, and the reverse. A
    name the passage (`passage`: its words) gives counts as present where the sentence writes
    what news writes for it once named (`_stood_in`: "the refinery" for "the Baiji refinery",
    "the company" for "Hawick Knitwear")."""
    gone = {w for text in leave_out for w in words(text)}
    wanted = _wanted(claim) - gone
    if not wanted:
        return 0.0
    have = words(sentence)
    found = wanted & set(have)
    acronyms = {norm_word(w) for w in _WORD.findall(claim) if _ACRONYM.match(w)}
    found |= {w for w in (acronyms & wanted) - found if _expands(w, have)}
    for surname, name in _full_names(claim):
        if surname in found:  # "Ramos" for "Jose Antonio Ramos", named in full once before
            found |= name & wanted
    for initials, name in _initialled_names(claim):
        if initials in have:  # "NAC" for "the Nevada Athletic Commission"
            found |= name & wanted
    if passage:
        found |= _stood_in(claim, sentence, have, passage) & wanted
        if wanted - found:
            found |= _slot_stand_ins(claim, sentence, have, passage) & wanted
    verb = _event_verb_word(claim)
    if verb in wanted - found and _verb_named(verb, sentence):
        found.add(verb)
    if wanted - found:  # another form of the word: "took" / "take", "men" / "man"
        forms = _form_set(sentence)
        found |= {w for w in wanted - found if _lemmas(w) & forms}
    return len(found) / len(wanted)


@lru_cache(maxsize=16384)
def _form_set(sentence: str) -> frozenset[str]:
    """The sentence's words and their dictionary forms (`_lemmas`), once per sentence: a
    passage's sentences are measured against the claim again and again."""
    return frozenset().union(*(_lemmas(w) for w in words(sentence)))


@lru_cache(maxsize=65536)
def _lemmas(word: str) -> frozenset[str]:
    """The word and its dictionary forms as any part of speech (lemminflect's tables: "took":
    "take"; "men": "man"), for words whose forms no stem joins."""
    from lemminflect import getAllLemmas

    return frozenset(
        {word, *(lemma.lower() for got in getAllLemmas(word).values() for lemma in got)}
    )


_NAMES_ANYWHERE = frozenset({FactKind.ORG, FactKind.NAME})
"""Kinds of name a passage must name somewhere to support a claim (`Alignment.absent`)."""


def _named_nowhere(fact: Fact, text_words: list[str], word_set: set[str]) -> bool:
    """An organisation or untyped name taking part in the claim (not one written as a code,
    nor one that only describes a noun, nor a speaker or an aside: `Fact.peripheral`) that the
    text never names."""
    return (
        fact.kind in _NAMES_ANYWHERE
        and not fact.peripheral
        and not any(_written_as_code(w) for w in fact.text.split())  # genes, cells, methods:
        # technical text names them by other codes and spelled out ("PPM1D" / "Wip1")
        and not _describes_noun_written(fact, word_set)  # a name that only describes a noun
        # ("the Zika virus", "his BBC column"): a text may write the noun alone
        and not any(_word_of(k, word_set) for k in fact.key.split())
        and not _name_stated(fact, text_words, word_set)
    )


def _describes_noun_written(fact: Fact, word_set: set[str]) -> bool:
    """The name only describes a noun ("noun/account" for "her Instagram account") that the
    text writes: the text may speak of the same thing without the name. Where it never writes
    the noun either, an organisation's thing is not spoken of; an untyped name's may be, in
    other words ("the Zika virus" against Climate-FEVER's sentence on mosquitoes maturing
    faster, which names neither)."""
    described, _, noun = fact.anchor.partition("/")
    if described != "noun":
        return False
    return fact.kind is not FactKind.ORG or not noun or norm_word(noun) in word_set


def still_absent(claim: str, absent: Sequence[str], text: str) -> list[str]:
    """Of the claim's names a passage never names (`Alignment.absent`), those that `text`, the
    passage's whole source, does not name either: a chunk of an article may name a person or a
    club only as "he" or "the former world number one", the article's first chunk by name."""
    text_words = words(text)
    word_set = set(text_words)
    return [
        f.text
        for f in facts(claim) + _unnamed_subject(claim, text_words)
        if f.text in absent and _named_nowhere(f, text_words, word_set)
    ]


def _word_of(key: str, word_set: set[str]) -> bool:
    """The text has the word, or, for a word of four letters or more, a word that begins with
    all of it but its last two letters ("Kurds" / "Kurdish", "Chinese" / "China")."""
    if key in word_set:
        return True
    stem = key[: max(4, len(key) - 2)]
    return len(key) >= 4 and any(w.startswith(stem) for w in word_set)


def _named_before(fact: Fact, claim: str, sentence: str, earlier: Sequence[str]) -> bool:
    """The claim's subject, a name, is "he" or "she" doing the claim's event in the sentence
    most about the claim (`_he_does_it`) and named in the passage before it ("Inoki has
    appeared in the U.S.-based WWE ... He also famously fought Muhammad Ali in 1976" for
    "Antonio Inoki fought Muhammad Ali in 1976")."""
    if fact.kind is not FactKind.GROUP and fact.anchor == "/poss" and earlier:
        return _his_too(fact, claim, sentence, earlier)  # "Gricar's car" / "His car"
    if fact.kind is not FactKind.GROUP and earlier and _him_in_slot(fact, sentence, earlier):
        return True  # "had a long chat with him" / "had a long chat with Stokes"
    if fact.kind is FactKind.GROUP or not fact.anchor.endswith("/nsubj") or not earlier:
        return False  # any name the subject: the small model types "Inoki" a place
    if not any(t.lower_ in _HE_SHE and t.dep_.startswith("nsubj") for t in parse(sentence)):
        return False
    if not _he_does_it(claim, sentence, words(sentence)):
        return False
    before = words(" ".join(earlier))
    return _name_stated(fact, before, set(before))


_HIM_HER = word_set("him her")


def _him_in_slot(fact: Fact, sentence: str, earlier: Sequence[str]) -> bool:
    """The claim's name, in a verb's object or after its preposition, is "him" or "her" in the
    same place on the same verb in the sentence ("Peter Moores ... had a long chat with him"
    for "Peter Moores had a long chat with Stokes"), and the one the passage is about: named
    before, and named more often up to there than any other person, as "him" of a story
    means its main character."""
    verb, _, slot = fact.anchor.partition("/")
    if not verb or slot in ("", "nsubj", "poss") or fact.kind is FactKind.NUMBER:
        return False
    if not any(t.lower_ in _HIM_HER and _role(t) == fact.anchor for t in parse(sentence)):
        return False
    key = fact.key.split()
    if not key:
        return False
    if key[-1] not in words(" ".join(earlier)):
        return False
    told = Counter(words(" ".join([*earlier, sentence])))
    mine = told[key[-1]]
    others = {
        f.key.split()[-1]
        for text in [*earlier, sentence]
        for f in facts(text)
        if f.kind is FactKind.PERSON and f.key and f.key.split()[-1] != key[-1]
    }
    return all(told[o] < mine for o in others)


def _described_alike(fact: Fact, claim: str, passage: Sequence[str]) -> bool:
    """The claim's people or place word describes a noun that is a name's ("the Yemeni island
    of Birim"), and the passage writes the same words anywhere ("in a village mosque on the
    Yemeni island of Birim", three sentences before "Qassim and her family fled Birim"): what
    the name is, once said, holds wherever the name is."""
    if fact.kind not in (FactKind.GROUP, FactKind.PLACE) or " " in fact.text:
        return False
    for t in parse(claim):
        if t.text != fact.text or t.dep_ not in ("amod", "compound") or t.head.pos_ != "NOUN":
            continue
        of = [c for c in t.head.children if c.dep_ == "prep" and c.lower_ == "of"]
        names = [g for c in of for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if names:
            return _written_in(words(t.doc[t.i : names[0].i + 1].text), passage)
    return False


def _his_too(fact: Fact, claim: str, sentence: str, earlier: Sequence[str]) -> bool:
    """The claim's name owns a noun ("Gricar's red Mini Cooper") that the sentence gives "his"
    or "her" ("His red Mini Cooper was found abandoned ..."), or for a place "the city's"
    ("Hong Kong's main shopping districts" / "one of the city's main shopping districts"), the
    name given in the passage before it."""
    name = set(words(fact.text))
    owned = {_lemma(t.head) for t in parse(claim) if t.dep_ == "poss" and norm_word(t.text) in name}
    owners = _PLACE_OWNERS if fact.kind is FactKind.PLACE else frozenset({"his", "her"})
    said = any(
        t.lower_ in owners and t.dep_ == "poss" and _lemma(t.head) in owned for t in parse(sentence)
    )
    before = words(" ".join(earlier))
    return said and _name_stated(fact, before, set(before))


_PLACE_OWNERS = word_set("city country town state capital nation island")
"""Nouns that stand for a place named before them as an owner ("the city's")."""


def _stood_in(claim: str, sentence: str, have: Sequence[str], passage: Collection[str]) -> set[str]:
    """Words of the claim's names that the sentence (`have`, its words) writes as a stand-in,
    the name given in the passage (`passage`): "the refinery" for the name before "refinery" in
    the claim ("the Baiji refinery"), "the company" (`_STAND_INS`) for an organisation, "he" or
    "she" for the claim's subject, whatever the small model typed it, where the sentence names
    the claim's verb (`_he_does_it`: "In 1990, he competed in the Eurovision Song Contest" for
    "Kayahan competed ...")."""
    pairs = _word_pairs(have)
    given = set(passage)
    company = any(("the", s) in pairs for s in _STAND_INS) or _both_written(pairs)
    he = _he_does_it(claim, sentence, have)
    out: set[str] = set()
    for name, noun, kind, subject in _named_nouns(claim):
        if not set(name) <= given:
            continue
        if (
            (noun and _the_noun_written(claim, name, noun, have, pairs))
            or (company and kind in _STANDING_FOR)
            or (he and subject and kind is not FactKind.GROUP)
        ):
            out |= set(name)
    return out


def _word_pairs(have: Sequence[str]) -> set[tuple[str, str]]:
    """A text's words two by two, in order ("the two sides": ("the", "two"), ("two", "side"))."""
    return set(zip(have, have[1:], strict=False))


def _both_written(pairs: Collection[tuple[str, str]]) -> bool:
    """The words (two by two) hold "the two sides", "both teams", "both clubs": the two
    organisations the passage has named, each of them."""
    return any((n, s) in pairs for n in ("two", "both") for s in _STAND_INS)


def _one_of_both(fact: Fact, sentence: str, passage: Collection[str]) -> bool:
    """The claim's organisation (or a name the small model typed a person or could not type),
    named in the passage, is one of "the two sides" of the sentence ("the two sides played out
    a goalless draw" for "Doncaster and Fleetwood played out a goalless draw")."""
    if fact.kind not in _STANDING_FOR or not set(words(fact.text)) - _STOP <= set(passage):
        return False
    have = words(sentence)
    return _both_written(_word_pairs(have))


def _the_noun_for(fact: Fact, claim: str, sentence: str, passage: Collection[str]) -> bool:
    """The sentence most about the claim writes the claim's name's noun with "the" ("shop in
    the town centre" for "in Longford town centre"), the passage naming it: the name, once
    given, is what "the town centre" stands for."""
    if fact.kind not in (FactKind.PLACE, FactKind.ORG, FactKind.NAME):
        return False
    have = words(sentence)
    for name, noun, _, _ in _named_nouns(claim):
        if noun and set(name) == set(words(fact.text)) - _STOP and set(name) <= set(passage):
            pairs = _word_pairs(have)
            return _the_noun_written(claim, name, noun, have, pairs)
    return False


def _the_noun_written(
    claim: str,
    name: Sequence[str],
    noun: str,
    have: Sequence[str],
    pairs: Collection[tuple[str, str]],
) -> bool:
    """The sentence (`have`, its words; `pairs`, its words two by two) writes the noun the
    claim's name is given with "the": "the refinery" for "the Baiji refinery", "the town
    centre" for "Longford town centre"."""
    return ("the", noun) in pairs or _the_compound(claim, name, noun, have)


def _the_compound(claim: str, name: Sequence[str], noun: str, have: Sequence[str]) -> bool:
    """The sentence writes "the" and the words from the claim's name to its noun ("the town
    centre" for "Longford town centre")."""
    written = words(claim)
    if name[-1] not in written or noun not in written:
        return False
    start = written.index(name[-1]) + 1
    if noun not in written[start:]:
        return False
    said = ["the", *written[start : written.index(noun, start) + 1]]
    return len(said) > 2 and _written_in(said, have)


def _written_in(run: Sequence[str], text: Sequence[str]) -> bool:
    """The words of `run`, one after another, are somewhere in `text` (words)."""
    return bool(run) and any(
        list(text[i : i + len(run)]) == list(run) for i, w in enumerate(text) if w == run[0]
    )


_HE_SHE = word_set("he she")

_PEOPLE_PRONOUNS = word_set("he she they him her them we us")
_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


@lru_cache(maxsize=4096)
def _slot_phrases(claim: str) -> tuple[tuple[str, str, str, frozenset[str], bool], ...]:
    """The claim's phrases that are a verb's subject or object, each with a name in it: the
    verb's lemma, the relation, the phrase's head noun's lemma, the phrase's words and whether
    the name only qualifies the head ("Production of Furious 7", "Qassim's family")."""
    out = []
    for t in parse(claim):
        if t.dep_ not in _SLOTS or t.head.pos_ not in ("VERB", "AUX"):
            continue
        inside = [d for d in t.subtree if d.dep_ not in ("relcl", "acl", "punct", "case")]
        if not any(d.pos_ == "PROPN" for d in inside) or t.pos_ not in ("NOUN", "PROPN"):
            continue
        said = frozenset(w for d in inside for w in words(d.text)) - _STOP
        out.append((_lemma(t.head), t.dep_, _lemma(t), said, t.pos_ == "NOUN"))
    return tuple(out)


def _slot_stand_ins(
    claim: str, sentence: str, have: Sequence[str], passage: Collection[str]
) -> set[str]:
    """Words of a phrase of the claim holding a name, in a verb's subject or object, that the
    sentence writes short in the same place on the same verb, the name given in the passage
    (`passage`, its words): a pronoun for people ("It took them five hours to cross" for "The
    crossing took Qassim's family eight hours") or the phrase's own noun without what qualifies
    it ("production resumed in April 2014" for "Production of Furious 7 resumed"), as news
    writes a thing once named."""
    phrases = list(_slot_phrases(claim))
    if phrases:
        given = set(passage)
        phrases = [p for p in phrases if p[3] <= given]
    if not phrases:
        return set()
    said = set(have)
    forms = _form_set(sentence)
    phrases = [
        p
        for p in phrases
        if p[0] in forms and (_PEOPLE_PRONOUNS & said or (p[4] and p[2] in forms))
    ]
    out: set[str] = set()
    for t in parse(sentence) if phrases else ():
        if t.dep_ not in _SLOTS:
            continue
        bare = not any(c.dep_ in ("prep", "poss", "compound", "amod") for c in t.children)
        for verb, relation, head, phrase, qualified in phrases:
            if _lemma(t.head) != verb or t.dep_ != relation:
                continue
            if t.lower_ in _PEOPLE_PRONOUNS or (qualified and bare and _lemma(t) == head):
                out |= phrase
    return out


def _he_does_it(claim: str, sentence: str, have: Sequence[str]) -> bool:
    """The sentence has "he" or "she" and names the claim's own verb ("he also famously
    fought" for "Inoki fought"): the pronoun may be the claim's subject doing the claim's
    event, not someone who "said" something about other things."""
    verb = _event_verb_word(claim)
    return bool(_HE_SHE & set(have)) and verb != "" and _verb_named(verb, sentence)


@lru_cache(maxsize=4096)
def _named_nouns(claim: str) -> tuple[tuple[tuple[str, ...], str, FactKind, bool], ...]:
    """The claim's names: each one's words, the common noun it names ("refinery" for "the
    Baiji refinery", "" when none), its kind and whether it is a verb's subject."""
    out = []
    for f in facts(claim):
        if f.kind in (FactKind.NUMBER, FactKind.DATE, FactKind.EVENT):
            continue
        noun = f.anchor.partition("/")[2] if f.anchor.startswith("noun/") else ""
        named = tuple(w for w in words(f.text) if w not in _STOP)
        out.append((named, noun, f.kind, f.anchor.endswith("/nsubj")))
    return tuple(out)


@lru_cache(maxsize=4096)
def _initialled_names(claim: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The claim's names of three or more words, by their initials ("nac" for "the Nevada
    Athletic Commission"): a text that has spelled the name out once writes it so after."""
    out = []
    for f in facts(claim):
        if f.kind in (FactKind.NUMBER, FactKind.DATE, FactKind.EVENT):
            continue
        keys = [k for k in f.key.split() if k not in _STOP]
        if len(keys) >= 3:
            out.append(("".join(k[0] for k in keys), frozenset(keys)))
    return tuple(out)


@lru_cache(maxsize=4096)
def _full_names(claim: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The claim's people named by more than one word, by their last word: news names a person
    in full once, then by surname only ("Etan's parents ... sued Ramos in 2001")."""
    names = [words(f.text) for f in facts(claim) if f.kind is FactKind.PERSON]
    return tuple((ws[-1], frozenset(ws)) for ws in names if len(ws) > 1)


@lru_cache(maxsize=4096)
def _event_verb_word(claim: str) -> str:
    """The claim's main verb as a normalised word ("injured"), or "" when it has none."""
    event = _first_event(facts(claim))
    return norm_word(_event_word(claim, event)) if event is not None else ""


def _verb_named(verb: str, sentence: str) -> bool:
    """The sentence names the verb by another form of its stem ("injuries" for "injured",
    "apology" for "apologized"): the same event in other words."""
    stems = _stem_set(sentence)
    return any(_stem_in(s, stems) for s in _stems(verb))


@lru_cache(maxsize=16384)
def _stem_set(text: str) -> frozenset[str]:
    return frozenset(_stems(text))
