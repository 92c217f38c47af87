"""Claim-evidence alignment (verify.judge.align) on hand-written pairs: every kind of changed fact
is found, and paraphrases and aliases still match (spaCy's small English model, no other model)."""

from __future__ import annotations

import pytest

from verify.judge.align import (
    OPPOSITES,
    SUITE_OPPOSITES,
    Alignment,
    affirmed,
    date_key,
    denial,
    facts,
    number_value,
    still_absent,
)
from verify.judge.support import alignment_of
from verify.types import FactKind

IED = (
    "Three Russian military police officers received light injuries when an improvised "
    "explosive device went off near their armored vehicle in northeastern Syria, the Russian "
    "Defense Ministry reported on December 2. The incident happened when the Russian Military "
    "Police were fulfilling a reconnaissance task."
)
SOCHI = (
    "Russian and Turkish forces conduct patrol missions under the October 22 memorandum signed "
    "in Sochi between Russia and Turkey. Units of the Russian Military Police coordinate their "
    "actions."
)
AIN_ISSA = (
    "Battles between Turkish-backed fighters and Kurdish forces erupted this month near the town "
    "of Ain Issa, which sits on the M4 highway that links major Syrian cities."
)
ASAYISH = (
    "These attacks were temporarily halted after on November 20 SDF security forces Asayish "
    "publicly apologized for the incident with throwing of petrol bombs."
)
CLASHES = (
    "Clashes between the Syrian Army and Hayat Tahrir al-Sham-led forces continued near Rasm "
    "al-Ward and Istablat in southeastern Idlib."
)
PATROLS = (
    "Russia said it had sent more military police to an area in northern Syria where fighters "
    "backed by Turkey have clashed with Kurdish forces near a strategic highway patrolled by "
    "Russian and Turkish troops."
)
ASSAD = (
    "They are expected to focus in part on Syria, where Turkey backs rebels opposed to President "
    "Bashar al-Assad, while Russia supports Assad's forces."
)
TALKS = (
    "The deployment comes ahead of talks in Russia on Tuesday between Foreign Minister Sergei "
    "Lavrov and his Turkish counterpart, Mevlut Cavusoglu."
)
OFFENSIVE = (
    "Turkish forces and their Syrian insurgent allies seized territory in the region in an "
    "offensive last year against the Kurdish YPG militia, which holds swathes of northern and "
    "eastern Syria."
)
YPG = (
    "The YPG forms the military backbone of the Syrian Democratic Forces (SDF) alliance which in "
    "recent years defeated Islamic State in northeast Syria with the help of U.S. air power."
)


def aligned(claim: str, evidence: str) -> Alignment:
    """The alignment the product computes (the shipped rules' sentence window)."""
    result = alignment_of(claim, evidence)
    assert result is not None
    return result


@pytest.mark.parametrize(
    ("claim", "evidence", "kind", "says", "instead"),
    [
        (
            "Three hundred Russian military police officers were killed by an IED in Syria.",
            IED,
            FactKind.NUMBER,
            "Three hundred officers",
            "Three officers",
        ),
        (
            "No Russian military police officers were injured when an explosive device went off.",
            IED,
            FactKind.NUMBER,
            "No officers",
            "Three officers",
        ),
        (
            "The Russian Defense Ministry reported an IED attack on its military police on "
            "December 3.",
            IED,
            FactKind.DATE,
            "December 3",
            "December 2",
        ),
        (
            "Russian and Turkish forces conduct patrol missions under the October 22 memorandum "
            "signed in Ankara between Russia and Turkey.",
            SOCHI,
            FactKind.PLACE,
            "Ankara",
            "Sochi",
        ),
        (
            "The October 22 memorandum was signed in Sochi between Russia and Iran.",
            SOCHI,
            FactKind.PLACE,
            "Iran",
            "Turkey",
        ),
        ("Battles erupted near Aleppo, on the M4 highway.", AIN_ISSA, FactKind.PLACE, "Aleppo", ""),
        (
            "The SDF defeated Islamic State in northeast Syria with the help of Russian air power.",
            YPG,
            FactKind.GROUP,
            "Russian",
            "U.S.",
        ),
        (
            "Turkish forces seized territory last year in an offensive against Islamic State.",
            OFFENSIVE,
            FactKind.ORG,
            "Islamic State",
            "Kurdish",
        ),
        (
            "Lavrov and his Turkish counterpart Mevlut Cavusoglu held talks in Ankara on Tuesday.",
            TALKS,
            FactKind.PLACE,
            "Ankara",
            "Russia",
        ),
        ("Battles erupted near Ain Issa on the M5 highway.", AIN_ISSA, FactKind.PLACE, "M5", "M4"),
        (
            "The SDF security forces Asayish refused to apologize for throwing petrol bombs.",
            ASAYISH,
            FactKind.EVENT,
            "not apologize",
            "apologize",
        ),
        (
            "Clashes between the Syrian Army and Hayat Tahrir al-Sham-led forces stopped near "
            "Rasm al-Ward and Istablat.",
            CLASHES,
            FactKind.EVENT,
            "stop",
            "continue",
        ),
        (
            "Russian and Turkish troops do not patrol a strategic highway in northern Syria.",
            PATROLS,
            FactKind.EVENT,
            "not patrol",
            "patrol",
        ),
        ("Russia opposes Assad's forces in Syria.", ASSAD, FactKind.EVENT, "oppose", "support"),
        (
            "Islamic State forms the military backbone of the Syrian Democratic Forces.",
            YPG,
            FactKind.EVENT,
            "Islamic State form",
            "YPG",
        ),
        (
            "During the ice ages sea levels dropped more than 400 feet as ice piled up on land.",
            "During the ice ages sea levels dropped by 40 metres as ice piled up on land.",
            FactKind.NUMBER,
            "400 feet",
            "40 metres",
        ),
        (
            "The vaccine was tested in 300 patients in Kenya last year.",
            "The vaccine was tested in 300 patients in Uganda last year.",
            FactKind.PLACE,
            "Kenya",
            "Uganda",
        ),
        (
            "The election in Sri Lanka was postponed by two months.",
            "The election in Nepal was postponed by two months.",
            FactKind.PLACE,
            "Sri Lanka",
            "Nepal",
        ),
        (
            "The summit between the two leaders was held in Seoul.",
            "The summit between the two leaders was held in North Korea.",
            FactKind.PLACE,
            "Seoul",
            "North Korea",
        ),
        (
            "South Korean troops crossed the border at dawn.",
            "North Korean troops crossed the border at dawn.",
            FactKind.GROUP,
            "South Korean",
            "North Korean",
        ),
        (
            "Clashes between Turkish-backed fighters and Kurdish forces erupted in southern "
            "Syria this month.",
            "Clashes between Turkish-backed fighters and Kurdish forces erupted in northern "
            "Syria this month.",
            FactKind.PLACE,
            "southern Syria",
            "northern Syria",
        ),
        (
            "The shell landed 5 km north of Kharkiv on Tuesday.",
            "The shell landed 5 km south of Kharkiv on Tuesday.",
            FactKind.PLACE,
            "north of Kharkiv",
            "south of Kharkiv",
        ),
        (
            "The YPG militia holds swathes of southern and western Syria.",
            "The YPG militia holds swathes of northern and eastern Syria.",
            FactKind.PLACE,
            "southern and western Syria",
            "northern and eastern Syria",
        ),
        (
            "Two Russian military police officers received light injuries when an IED went off.",
            IED,
            FactKind.NUMBER,
            "Two officers",
            "Three officers",
        ),
        (
            "Townsend was brought on in the 63rd minute as Tottenham drew with Burnley.",
            "Townsend was brought on in the 83rd minute for Tottenham as they drew 0-0 against "
            "Burnley.",
            FactKind.NUMBER,
            "63rd minute",
            "83rd minute",
        ),
        (
            "Tottenham beat Burnley 2-0 on Sunday.",
            "Paul Merson has restarted his row with Andros Townsend after the Tottenham "
            "midfielder was brought on with only seven minutes remaining in his team's 0-0 draw "
            "with Burnley on Sunday.",
            FactKind.NUMBER,
            "2-0",
            "0-0",
        ),
        (
            "Muto graduated from Keio University in Tokyo with a law degree.",
            "Muto graduated from Keio University in Tokyo with an economics degree two weeks ago.",
            FactKind.NAME,
            "law degree",
            "economics degree",
        ),
        (
            "The airstrike on the village killed 12 civilians on Tuesday.",
            "The airstrike on the village killed 12 militants on Tuesday.",
            FactKind.NUMBER,
            "12 civilians",
            "12 militants",
        ),
        (
            "The Kurdish-led forces used Ain Issa to wage car blasts that killed dozens of "
            "soldiers.",
            "The Kurdish-led forces had used the town of Ain Issa to wage a string of car blasts "
            "this year, killing dozens of civilians.",
            FactKind.NUMBER,
            "dozens of soldiers",
            "dozens of civilians",
        ),
        (
            "Jordan ended its moratorium by putting 11 drug traffickers to death.",
            "Jordan ended an eight-year moratorium in December, putting 11 murder convicts to "
            "death.",
            FactKind.NUMBER,
            "11 traffickers",
            "11 murder convicts",
        ),
        (
            "Marshall's first try put Gloucester 23-13 up.",
            "As both sides landed further penalties, Marshall's first try put Gloucester 20-13 up.",
            FactKind.NUMBER,
            "23-13",
            "20-13",
        ),
        (
            "Former Scottish Labour MSP Annabel Goldie is also bowing out of Holyrood.",
            "Former Scottish Conservative MSP Annabel Goldie is also bowing out of Holyrood.",
            FactKind.NAME,
            "Labour",
            "Conservative",
        ),
        (
            "Gloucester's Josh Hohneck was red carded before half-time.",
            "Gloucester's Josh Hohneck was yellow carded before half-time.",
            FactKind.NAME,
            "red",
            "yellow",
        ),
        (
            "Hull beat Southampton 2-0.",
            "Hull were beaten 2-0 by Southampton on Saturday and are just two points clear of the "
            "drop zone.",
            FactKind.EVENT,
            "Hull beat",
            "Hull were beaten",
        ),
        (
            "Southampton moved up to fourth in the table.",
            "James Ward-Prowse slots home a penalty for Southampton against Hull as they moved up "
            "to fifth.",
            FactKind.NUMBER,
            "fourth",
            "fifth",
        ),
        (
            "The teams meet again on Sunday night in the second match of their double-header.",
            "The teams meet again on Saturday night in the second match of their double-header.",
            FactKind.DATE,
            "Sunday night",
            "Saturday night",
        ),
        (
            "Theo Zwanziger is the former president of the Spanish Football Association.",
            '"Finally," said Theo Zwanziger, the former president of the German Football '
            "Association.",
            FactKind.ORG,
            "Spanish Football Association",
            "German Football Association",
        ),
        (
            "James Desmarais made it 4-1.",
            "Mike Radja scored from an acute angle and James Desmarais made it 4-2 before "
            "Nottingham's David Ling got one back.",
            FactKind.NUMBER,
            "4-1",
            "4-2",
        ),
        (
            "The sanctions bill was blocked in the House last year.",
            "This bill -- which passed the House in a 400-20 vote -- was blocked in the Senate "
            "last year.",
            FactKind.ORG,
            "House",
            "Senate",
        ),
        (
            "The sanctions bill passed the House in a 380-20 vote.",
            "This bill -- which passed the House in a 400-20 vote -- was blocked in the Senate "
            "last year.",
            FactKind.NUMBER,
            "380-20",
            "400-20",
        ),
        (
            "Police arrested three women at the protest on Friday.",
            "Police arrested three men at the protest on Friday.",
            FactKind.NUMBER,
            "three women",
            "three men",
        ),
        (
            "The improvised explosive device went off to the east of the village of Koran.",
            "The improvised explosive device went off 1.5 km to the west of the village of Koran.",
            FactKind.PLACE,
            "east of Koran",
            "west of Koran",
        ),
        (
            "The main trauma hospital in eastern Aleppo was hit in an air strike for the second "
            "time in a week.",
            "The main trauma hospital in the rebel-held eastern part of the city was hit in an "
            "air strike for the third time in a week, activists said on Monday.",
            FactKind.NUMBER,
            "second time",
            "third time",
        ),
        (
            "Cuadrilla suspended drilling after a 3.5 magnitude tremor.",
            "Cuadrilla, the firm behind the tests, said drilling had been suspended as a "
            "precaution after the 1.5 magnitude tremor - the second in two months.",
            FactKind.NUMBER,
            "3.5",
            "1.5 magnitude tremor",
        ),
        (
            "The earlier tremor, centred on Poulton-le-Fylde, happened on 1 May.",
            'A tremor centred on Poulton-le-Fylde on 1 April shared a "similar location and '
            'mechanism", the BGS said.',
            FactKind.DATE,
            "1 May",
            "1 April",
        ),
        (
            "Russia admits that its planes were involved in the aid convoy strike.",
            "Moscow strongly denies involvement of its own or Syrian planes in the deadly aid "
            "convoy strike.",
            FactKind.EVENT,
            "Russia admit",
            "Moscow deny",
        ),
        (
            "Maria Zakharova said Moscow welcomed the decision by Washington.",
            'Russian foreign ministry spokeswoman Maria Zakharova said: "We regret this decision '
            'by Washington."',
            FactKind.EVENT,
            "welcome",
            "regret",
        ),
        (
            "Durst, 81, is accused of possessing a .38 caliber revolver.",
            "In this week's indictment,  Durst, 71, is accused of possessing a .38 caliber "
            "revolver, which authorities allegedly found in his hotel room last month.",
            FactKind.NUMBER,
            "Durst, 81",
            "Durst, 71",
        ),
        (
            "Copeland was released from the hospital five days after the incident.",
            "He was released from the hospital two days after the incident, according to "
            "Bleacher Report.",
            FactKind.NUMBER,
            "five days",
            "two days",
        ),
        (
            "Durst's first wife, Kathleen McCormack Durst, disappeared in 1992.",
            "Berman was shot in the head in her Beverly Hills home in December 2000, shortly "
            "before investigators were set to speak with her about the 1982 disappearance of "
            "Durst's first wife, Kathleen McCormack Durst.",
            FactKind.DATE,
            "1992",
            "1982",
        ),
        (
            "The package was intercepted by the CIA and contained more than $100,000 in cash.",
            "The package was intercepted by the FBI, prosecutors said, and it contained clothing "
            "and more than $100,000 in cash.",
            FactKind.ORG,
            "CIA",
            "FBI",
        ),
        (
            "The post-mortem examination established that measles was the main cause of his death.",
            "But the examination was unable to establish whether measles was the main cause of "
            "his death.",
            FactKind.EVENT,
            "establish",
            "not establish",
        ),
        (
            "The win lifted Ipswich up four places to 12th.",
            "The win lifted Mick McCarthy's Ipswich up four places to 14th and above Rangers, who "
            "slipped to 15th.",
            FactKind.NUMBER,
            "12th",
            "14th",
        ),
        (
            "Ipswich Town beat Queens Park Rangers 3-1.",
            "Match ends, Ipswich Town 3, Queens Park Rangers 0. Second Half ends, Ipswich Town 3, "
            "Queens Park Rangers 0.",
            FactKind.NUMBER,
            "3-1",
            "Ipswich Town 3, Queens Park Rangers 0",
        ),
        (
            "In Colorado, Haleigh began a regimen of cannabis oil twice a day.",
            "There, Haleigh began a regimen of cannabis oil: four times a day and once at night.",
            FactKind.NUMBER,
            "twice",
            "four times",
        ),
        (
            "Authorities found 470 personal effects at the site, including 60 cell phones.",
            "Brice Robin said authorities have found 470 personnel effects at the site. That "
            "number includes 40 cell phones, though all those were badly damaged.",
            FactKind.NUMBER,
            "60 phones",
            "40 phones",
        ),
        (
            "Authorities say the flight's captain locked the co-pilot out of the cockpit.",
            "Authorities say the flight's co-pilot, Andreas Lubitz, locked the captain out of the "
            "cockpit and engineered the plane's demise.",
            FactKind.EVENT,
            "captain locked the co-pilot",
            "co-pilot, Andreas Lubitz, locked the captain",
        ),
        (
            "The protesters arrested the police officers.",
            "The protesters were arrested by the police officers on Monday.",
            FactKind.EVENT,
            "protesters arrested the police",
            "protesters were arrested by the police",
        ),
        (
            "A dress worn by Vivien Leigh sold for $173,000 at auction.",
            "An outfit worn by Vivien Leigh sold for $137,000 at auction on Saturday.",
            FactKind.NUMBER,
            "$173,000",
            "$137,000",
        ),
        (
            "About 2.5 million people fled the city.",
            "About 1.5 million people fled the city in March.",
            FactKind.NUMBER,
            "2.5 million",
            "1.5 million",
        ),
        (
            "Bolt is a four-time Olympic gold medallist.",
            "The six-time Olympic gold medallist will compete at the relay championship.",
            FactKind.NUMBER,
            "four time",
            "six time",
        ),
        (
            "The boy fell into a lion exhibit at the Cleveland Metroparks Zoo.",
            "A two-year-old boy is recovering after falling into a cheetah exhibit at the "
            "Cleveland Metroparks Zoo.",
            FactKind.NAME,
            "lion exhibit",
            "cheetah exhibit",
        ),
        (
            "Currently, humans are emitting around 2017 billion tonnes of carbon dioxide per year.",
            "Human activities emit about 29 billion tons of carbon dioxide per year, while "
            "volcanoes emit between 0.2 and 0.3 billion tons.",
            FactKind.NUMBER,
            "2017 billion tonnes",
            "29 billion tons",
        ),
        (
            "Police interrogated Hernandez for 12 hours before he confessed.",
            "Police interrogated Hernandez for 7½ hours before he confessed.",
            FactKind.NUMBER,
            "12 hours",
            "7½ hours",
        ),
        (
            "Etan's parents sued Jose Antonio Ramos in 2005.",
            "Another man's name has also hung over the Patz case for years -- Jose Antonio "
            "Ramos. Etan's parents, Stan and Julia Patz, sued Ramos in 2001. The boy was "
            "officially declared dead as part of that lawsuit.",
            FactKind.DATE,
            "2005",
            "2001",
        ),
        (
            "Trey asked Ellie to be his prom date on Tuesday.",
            "But all that changed Thursday when Trey asked Ellie to be his prom date.",
            FactKind.DATE,
            "Tuesday",
            "Thursday",
        ),
        (
            "The first six Star Wars movies come to digital HD on Monday.",
            '"Star Wars" fans will get more than they bargained for when the saga comes to '
            "digital HD on Friday.",
            FactKind.DATE,
            "Monday",
            "Friday",
        ),
        (
            "Duffy has joined Featherstone on a two-year contract.",
            "Duffy, 37, has joined the third-placed Championship side on a one-year contract "
            "after leaving Swinton Lions.",
            FactKind.NUMBER,
            "two year contract",
            "one year contract",
        ),
        (
            "Former President Jimmy Carter opened the National Center for Missing & Exploited "
            "Children in 1984.",
            "In 1984, Congress passed the Missing Children's Assistance Act, which led to the "
            "creation of the National Center for Missing & Exploited Children. Former President "
            "Ronald Reagan opened the center in a White House ceremony in 1984.",
            FactKind.PERSON,
            "Jimmy Carter",
            "Ronald Reagan",
        ),
        (
            "Ellie's favorite singer is Katy Perry.",
            "Trey entered the gym with a poster that read \"Let's Party Like it's 1989,\" a "
            "reference to the latest album by Taylor Swift, Ellie's favorite singer.",
            FactKind.PERSON,
            "Katy Perry",
            "Taylor Swift",
        ),
        (
            "Garth Gayle is the president of the JAAA.",
            "JAAA General Secretary Garth Gayle commented, 'We were extremely pleased that Usain "
            "was available for selection.'",
            FactKind.NAME,
            "president",
            "General Secretary",
        ),
        (
            "Executive producer Mark Wolper is the son of the original's producer, Alex Haley.",
            "Executive producer Mark Wolper, son of the original's producer David L. Wolper, "
            'added, "Kunta Kinte began telling his story."',
            FactKind.PERSON,
            "Alex Haley",
            "David L. Wolper",
        ),
        (
            "Christopher Lawler said the attempted abuse happened in January 1978, when he was 37.",
            "Mr Lawler, now 64, said the attempted abuse at the Queen Mother's London residence "
            "happened in January 1978 when he was 27.",
            FactKind.NUMBER,
            "when he was 37",
            "when he was 27",
        ),
        (
            "Bournemouth scored six goals against Swansea prior to these two games.",
            '"We scored six goals against Hull prior to these two games," Howe told BBC Radio '
            "Solent.",
            FactKind.PLACE,
            "Swansea",
            "Hull",
        ),
        (
            "McIlroy ruptured a ligament in his right ankle during a game of football in July.",
            "The former world number one ruptured a ligament in his left ankle during a game of "
            "football with friends in July.",
            FactKind.NAME,
            "right ankle",
            "left ankle",
        ),
        (
            "McIlroy moved to 12 under par with Thailand's Kiradech Aphibarnrat.",
            "McIlroy carded a third straight five under-par 67 to move to 15 under par with "
            "Thailand's Kiradech Aphibarnrat.",
            FactKind.NUMBER,
            "12 under par",
            "15 under par",
        ),
        (
            "A four iron from 229 yards on the 13th set up an eagle from just 14 feet.",
            "But he hit back with a birdie on the par-five 11th and a towering four iron from 229 "
            "yards on the 13th set up an eagle from just four feet.",
            FactKind.NUMBER,
            "14 feet",
            "four feet",
        ),
        (
            "The sliding activity of kinesin-8 protein Kip3 inhibits bipolar spindle assembly.",
            "Microtubule sliding activity of a kinesin-8 promotes spindle assembly and spindle "
            "length control.",
            FactKind.EVENT,
            "inhibit",
            "promote",
        ),
        (
            "Trey's future coach, James Whitford, said he felt bad about the prom-posal.",
            "Trey's future coach at Ball State, James Whitford, said he felt great about the "
            "prom-posal, noting that Trey often works with other kids.",
            FactKind.NAME,
            "bad",
            "great",
        ),
        (
            "Hawick Knitwear dates back to 1910.",
            "Sales of the Hawick Knitwear-branded range have been better than expected. The "
            "company, which dates back to 1874, was bought by Benny Hartop in November last year.",
            FactKind.DATE,
            "1910",
            "1874",
        ),
        (
            "The Nevada Athletic Commission will debate the gloves on 16 September.",
            "NAC rules state fights at 154 lbs require 10oz gloves and the matter will now be "
            "debated on 16 August.",
            FactKind.DATE,
            "16 September",
            "16 August",
        ),
        (
            "Novaya Gazeta reported that at least 13 people had been killed.",
            "It reported that more than 100 people had been detained in Chechnya, and that at "
            "least three had been killed.",
            FactKind.NUMBER,
            "13",
            "three",
        ),
        (
            "1.5 million people were killed in the war.",
            "Officials said three million had been killed in the war.",
            FactKind.NUMBER,
            "1.5 million",
            "three million",
        ),
        (
            "The two men were charged with murder.",
            "The two men arrested over the killing were released without charge on Monday.",
            FactKind.EVENT,
            "charge",
            "released without charge",
        ),
        (
            "The gunman fired a shot before he fled.",
            "The gunman fled without firing a shot.",
            FactKind.EVENT,
            "fire",
            "not fire",
        ),
        (
            "GB led 35-24 at half-time.",
            "GB led 45-24 at half-time but the Netherlands came back.",
            FactKind.NUMBER,
            "35-24",
            "45-24",
        ),
        (
            "Brook improved his career record to 9-0.",
            "Brook improved his career record to 8-0 with the win.",
            FactKind.NUMBER,
            "9-0",
            "8-0",
        ),
        (
            "Williams took her career record over Errani to 9-0.",
            "World No 1 Williams eventually prevailed 4-6 7-6(3) 6-3 against the dogged Italian to "
            "take her career record over her to 8-0 but the American was not impressed.",
            FactKind.NUMBER,
            "9-0",
            "8-0",
        ),
        (
            "Early risers on Twitter praised a fight scene in episode 5.",
            "Early risers on Twitter praised the show as well, especially Cox's performance, as "
            "well as a drawn-out, well-choreographed fight scene in episode 2.",
            FactKind.NUMBER,
            "5 episode",
            "2 episode",
        ),
        (
            "Iran ended its cooperation with International Atomic Energy Agency inspections.",
            "Iran's continued cooperation with International Atomic Energy Agency inspections is "
            "further evidence on this point.",
            FactKind.EVENT,
            "Iran end",
            "continued cooperation",
        ),
        (
            "The framework would cut by half Iran's number of installed centrifuges.",
            "It would reduce Iran's low-enriched uranium stockpile, cut by two-thirds its number "
            "of installed centrifuges and implement a rigorous inspection regime.",
            FactKind.NUMBER,
            "half",
            "two-thirds",
        ),
        (
            "Soviet authorities invaded Hungary during World War II and deported hundreds of "
            "thousands of Poles.",
            "Soviet authorities invaded Poland during World War II and deported hundreds of "
            "thousands of Poles.",
            FactKind.PLACE,
            "Hungary",
            "Poland",
        ),
        (
            "Richards faces charges, according to Lt. Paul Ramirez of the police department.",
            "Richards faces charges, according to Lt. Lincoln Hoshino of the police department.",
            FactKind.PERSON,
            "Paul Ramirez",
            "Lincoln Hoshino",
        ),
        (
            "Kayahan was born in Antalya province, in western Turkey.",
            "The singer, whose full name was Kayahan Acar, was born in Izmir province, in western "
            "Turkey on March 29, 1949.",
            FactKind.PLACE,
            "Antalya",
            "Izmir province",
        ),
        (
            "Kayahan finished 7th in the Eurovision Song Contest in 1990.",
            "In 1990, he competed in the Eurovision Song Contest, finishing 17th.",
            FactKind.NUMBER,
            "7th",
            "17th",
        ),
        (
            "Sanchez, 28, was convinced to join Arsenal by Arsene Wenger.",
            "Arsene Wenger convinced the 26-year-old to join Arsenal from Barcelona.",
            FactKind.NUMBER,
            "Sanchez, 28",
            "26-year-old",
        ),
        (
            "Williams and Alison Riske won the doubles rubber against Errani and Flavia Pennetta.",
            "The US were beaten 3-2 as Williams and Alison Riske were thrashed 6-0 6-3 in the "
            "doubles rubber by Errani and Flavia Pennetta.",
            FactKind.EVENT,
            "win",
            "were thrashed",
        ),
        (
            "Falcao joined River Plate at the age of 13 in 2001.",
            "Joining River Plate at the age of 15 in 2001 before making his first-team debut four "
            "years later, Falcao went on to score 34 goals in 90 appearances.",
            FactKind.NUMBER,
            "the age of 13",
            "the age of 15",
        ),
        (
            "Falcao joined River Plate at the age of 15 in 2004.",
            "Joining River Plate at the age of 15 in 2001 before making his first-team debut four "
            "years later, Falcao went on to score 34 goals in 90 appearances.",
            FactKind.DATE,
            "2004",
            "2001",
        ),
        (
            "Hefei is the capital city of eastern China's Jiangsu Province.",
            "He broke a toilet in the city of Hefei, the capital city of eastern China's Anhui "
            "Province.",
            FactKind.PLACE,
            "Jiangsu Province",
            "Anhui Province",
        ),
        (
            "Inoki fought Joe Frazier in 1976.",
            "Inoki is the founder of the New Japan Pro Wrestling organization. He entered Japan's "
            "Upper House in 2013. He also famously fought Muhammad Ali in 1976.",
            FactKind.PERSON,
            "Joe Frazier",
            "Muhammad Ali",
        ),
        (
            "Three people entered the Marian Estate in Kilkee shortly after 03:00 on Sunday.",
            "Mr Walsh was one of three people who entered the Marian Estate in Kilkee shortly "
            "after 01:00 on Sunday.",
            FactKind.DATE,
            "03:00",
            "01:00",
        ),
        (
            "Officers were called to the scene at about 15:35 GMT.",
            "Officers, called to the scene at about 13:35 GMT, found the man with a gunshot wound.",
            FactKind.DATE,
            "15:35",
            "13:35",
        ),
        (
            "O'Malley gave a speech to the Polk County Democrats in Cedar Rapids.",
            "The former governor, who capped off his two-day trip to the first-in-the-nation "
            "caucus state with a speech to the Polk County Democrats in Des Moines, said that "
            'although Clinton is an "eminently qualified candidate," the Democratic Party is full '
            'of "good leaders."',
            FactKind.PLACE,
            "Cedar Rapids",
            "Des Moines",
        ),
        (
            "The shooting took place in August 2012.",
            "Chancey Allen Luna was found guilty of first-degree murder Friday for his role in the "
            "August 2013 drive-by shooting of Christopher Lane, a 23-year-old college student in "
            "Duncan, about 80 miles south of Oklahoma City.",
            FactKind.DATE,
            "August 2012",
            "August 2013",
        ),
        (
            "U.S. naval intelligence did not see the aircraft again for two months.",
            "But after the recent incident, U.S. naval intelligence did not see it again for two "
            "weeks, leading to the conclusion that the incident may have been ordered by a local "
            "commander.",
            FactKind.NUMBER,
            "two months",
            "two weeks",
        ),
        (
            "Harbro said its international sales fell over the year.",
            "Harbro said international sales grew over the year, both in Europe and in new "
            "markets further afield.",
            FactKind.EVENT,
            "sales fall",
            "grow",
        ),
        (
            "The number of transgender characters has risen from seven to 26 this year.",
            "The number of transgender characters has risen from seven to 16 this year.",
            FactKind.NUMBER,
            "26",
            "16",
        ),
        (
            "Roy Oliver shot Jordan Edwards in Balch Springs in June.",
            "Roy Oliver, 37, fired a rifle into a car that was driving away from a party in the "
            "Dallas suburb of Balch Springs in April, killing Jordan Edwards, 15.",
            FactKind.DATE,
            "June",
            "April",
        ),
        (
            "The shooting happened in the Houston suburb of Balch Springs.",
            "Roy Oliver, 37, fired a rifle into a car that was driving away from a party in the "
            "Dallas suburb of Balch Springs in April, killing Jordan Edwards, 15.",
            FactKind.PLACE,
            "Houston",
            "Dallas",
        ),
        (
            "The report found a record low percentage of black characters on television.",
            "The report also found a record high percentage of black characters on television, "
            "thanks mostly to shows like Empire and Luke Cage.",
            FactKind.NAME,
            "low percentage",
            "high percentage",
        ),
        (
            "The result left Ceahlaul 14th in the standings.",
            "The result left Ceahlaul 16th in the standings, six points adrift of safety.",
            FactKind.NUMBER,
            "14th",
            "16th",
        ),
        (
            "Kurdish forces in northern Turkey are the target of Turkish military action.",
            "If such actions lead to real casualties among the Russian personnel, this may force "
            "Moscow to reconsider its approach towards containing Turkish military actions "
            "against Kurdish armed groups in northeastern Syria.",
            FactKind.PLACE,
            "northern Turkey",
            "northeastern Syria",
        ),
        (
            "Police say the robber used a weapon.",
            "Police said there were no signs of any weapons used and no one was hurt.",
            FactKind.EVENT,
            "use",
            "not use",
        ),
        (
            "The guards were hurt in the attack.",
            "No one was hurt in the attack, police said.",
            FactKind.EVENT,
            "hurt",
            "not hurt",
        ),
        (
            "The bakery encourages people to resell its cookies.",
            "People are even hired to stand in line to buy the goods and are later resold at a "
            "70% mark-up yards away, something the bakery also tries to discourage.",
            FactKind.EVENT,
            "encourage",
            "discourage",
        ),
        (
            "The crash happened on the northbound carriageway.",
            "The crash, involving several vehicles, happened on the southbound carriageway, near "
            "the Hindhead tunnel at Bramshott, at about 07:30 GMT on Thursday.",
            FactKind.NAME,
            "northbound carriageway",
            "southbound carriageway",
        ),
        (
            "The IMF said it is likely to upgrade its forecast for global growth.",
            "The IMF has already said it is likely it will downgrade its current forecast of 3.4% "
            "for global growth when it next releases its economic predictions in April.",
            FactKind.EVENT,
            "upgrade",
            "downgrade",
        ),
        (
            "The government has committed £2m towards the memorial.",
            "Home Secretary Amber Rudd said the government had committed £1m towards the £4m "
            "needed for it.",
            FactKind.NUMBER,
            "£2 million",
            "£1 million",
        ),
    ],
    ids=[
        "number",
        "no one instead of three",
        "date",
        "place in the same role",
        "actor among two",
        "place near which",
        "another country's (a modifier of the same noun)",
        "another group in the same role of the same verb",
        "a capital in another country",
        "highway code",
        "refused instead of apologized",
        "opposite verb",
        "negation added",
        "opposite verb, same subject",
        "another actor for the same verb",
        "a measure in another unit",
        "a country outside the first table",
        "a country named in two words",
        "a capital in another country named in two words",
        "the demonyms of two countries named in two words",
        "the opposite part of the same country",
        "the opposite side of the same city",
        "other parts of the same country, both lists",
        "a number text2num leaves as a word",
        "an ordinal",
        "a match's score",
        "the same kind of thing named by another noun",
        "as many people of another kind (civilians / militants)",
        "as many people of another kind, no figure given",
        "as many of another sort on the same verb (drug traffickers / murder convicts)",
        "a lead, no word of a result",
        "another party for the same person, in a sentence of names",
        "another colour of the same word",
        "a side said to win by a score, beaten by it (passive)",
        "a place in the table moved up to",
        "a weekday the small model tags a time ('Saturday night')",
        "an organisation's name alike but for its country",
        "a score someone 'made it'",
        "the claim's body named in another role, another in the claim's role",
        "a vote's tally",
        "as many people of another kind (women / men)",
        "the opposite side of the same village",
        "an ordinal in words",
        "a number before a noun that modifies another (magnitude tremor)",
        "the date of what happened, the text naming it without the verb",
        "the speaker admits what the same speaker denies",
        "the speaker welcomes what it regrets",
        "an age beside a name",
        "a span of time",
        "the date of the event's noun",
        "another organisation, an acronym, in the same role of the same verb",
        "the verb under 'unable to', the claim's verb misparsed under its subject",
        "a rank with no noun, in the same role",
        "a final score as a match report writes it",
        "how often, in words",
        "a number in the next sentence, of the thing the sentence before counts",
        "the doer and the object of the same verb the other way round",
        "the doer and the object the other way round, in the passive",
        "a sum with its currency's sign",
        "millions in digits and a word",
        "how many times, hyphenated",
        "another noun before the same noun, tagged as an adjective",
        "a number with a scale word before a unit (tonnes / tons)",
        "a number with a fraction sign",
        "a date, the person named in full only in the sentence before",
        "a date on 'to be', the verb it completes",
        "a weekday on the claim's verb, with its object, in a sentence on another subject",
        "a count of the claim's noun on the claim's verb, its actor named without a type",
        "a person, the claim's organisation called 'the center' in the next sentence",
        "a role one person holds, given to another in apposition",
        "another office of the same organisation, written before the name",
        "a role one person holds, in apposition in the claim, given to another",
        "an age when something happened (not the age now)",
        "a team named by its town, in the same role as another typed otherwise",
        "the opposite side of the same noun",
        "a golfer's score",
        "a measure in words, the same unit chosen before another",
        "the opposite verb, the claim's misparsed as an apposition of its subject's noun",
        "the opposite adjective on the same verb",
        "a date on the claim's verb, the claim's organisation called 'the company' there",
        "a date, the claim's organisation named by its initials",
        "a count standing alone on the claim's verb, another count of its noun on another verb",
        "a count standing alone on the claim's verb, read whole (not its first word)",
        "an act the text says was not done, written as 'without' and a noun",
        "an act the text says was not done, written as 'without' and a gerund",
        "a score with no result word, a lead",
        "a score with no result word, a record",
        "the score on the claim's verb among the match's, the verb in another form (took / take)",
        "a number labelling its noun, tagged a date by the small model",
        "the opposite of the claim's verb, as an adjective before its object",
        "a fraction in words for another",
        "a country in the claim's place, the claim naming its people elsewhere",
        "a person after an abbreviated title the tokenizer did not know ('Lt.')",
        "a name before a noun, against a name that ends with that noun",
        "a place in digits, the small model tagging it a date on its own",
        "an age written as a noun ('the 26-year-old')",
        "won, against the passive of a verb of beating (they lost)",
        "an age at the time ('at the age of 15'), the small model reading it into a date",
        "the date after 'at the age of 15', run into one date by the small model",
        "two provinces' names, each ending with 'Province'",
        "a person in the same role, the claim's subject 'he' there, named two sentences before",
        "a time of day on the claim's verb",
        "a time of day the small model tags as nothing",
        "a place after the same name of the claim, its subject a title there, on another verb",
        "the date of the noun that the claim's verb of occurring dates ('took place')",
        "a span of time on the claim's verb, the same count of another unit",
        "a way down for the same subject's way up (fell / grew)",
        "the other end of a change from the same number",
        "a date beside the same name of the claim, on another verb",
        "another place for the same named place's noun (the Dallas suburb of Balch Springs)",
        "the other end of a scale on the same noun (record high / low)",
        "a standing ordinal on the same verb, the small model reading it into the object's name",
        "another country, the part of the claim's place left out with it",
        "a participle after a noun under 'no signs of'",
        "'no one' for the claim's subject",
        "discourage for encourage",
        "the other direction of a road, an adjective the small model reads as a compound",
        "downgrade for upgrade, the verb after 'likely to'",
        "the same owner's sum on the claim's verb, the claim's noun 'it' there",
    ],
)
def test_a_changed_fact_is_found_in_the_sentence_about_the_event(
    claim: str, evidence: str, kind: FactKind, says: str, instead: str
) -> None:
    result = aligned(claim, evidence)
    found = [c for c in result.conflicting if c.kind is kind and says in c.claim]
    assert found, result
    assert instead in found[0].evidence
    assert result.same_event >= 0.5
    assert not result.states_facts()


@pytest.mark.parametrize(
    ("claim", "evidence", "says", "instead"),
    [
        (
            "Five Russian military police officers were seriously injured by an IED.",
            IED,
            "Five officers",
            "Three officers",
        ),
        (
            "Asayish apologized on December 20 for the petrol bomb incident.",
            ASAYISH,
            "December 20",
            "November 20",
        ),
    ],
    ids=[
        "the claim's verb as a noun ('injured' / 'injuries')",
        "a date the parser hangs on another verb",
    ],
)
def test_a_changed_fact_in_other_words_is_evidence_against(
    claim: str, evidence: str, says: str, instead: str
) -> None:
    """The sentence is about the claim's event though it names it in another form ("received
    light injuries") or the parser hangs its one date on another verb ("halted after on November
    20 Asayish apologized"): the changed fact counts against the claim under the shipped rules."""
    from verify.judge.verdict import RULES, contradicts

    result = aligned(claim, evidence)
    assert [(c.claim, c.evidence) for c in result.conflicting] == [(says, instead)], result
    assert contradicts(result, RULES), result.same_event


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "Lavrov and his Turkish counterpart Mevlut Cavusoglu held talks in Moscow on Tuesday.",
            TALKS,
        ),
        (
            "Lavrov and his Turkish counterpart Mevlut Cavusoglu held talks in Sochi on Tuesday.",
            TALKS,
        ),
        (
            "Russian forces patrol the M4 highway.",
            "Russian and Turkish forces patrol the M4 highway.",
        ),
        (
            "Russian and Turkish forces patrol the M4 highway.",
            "Russian forces patrol the M4 highway.",
        ),
        (
            "The inhibitor binds CHEK2 in tumour cells.",
            "The inhibitor binds BRCA1 in tumour cells.",
        ),
        (
            "Mutations in CHEK2 raise the risk of breast cancer.",
            "Mutations in BRCA1 raise the risk of breast cancer.",
        ),
        (
            "The Russian Defense Ministry said that three officers were injured.",
            "Lavrov said that three officers were injured.",
        ),
        (
            "The airstrike on the village killed 5 soldiers on Tuesday.",
            "The airstrike on the village killed 3 civilians on Tuesday.",
        ),
        (
            "The airstrike on the village killed dozens of civilians on Tuesday.",
            "The airstrike on the village killed 30 civilians on Tuesday.",
        ),
        (
            "The summit between the two leaders was held in Seoul.",
            "The summit between the two leaders was held in South Korea.",
        ),
        (
            "Chenodeoxycholic acid treatment increases whole-body energy expenditure.",
            "CDCA treatment increases whole-body energy expenditure.",
        ),
        (
            "Mutations raise the risk of breast cancer in women.",
            "Mutations raise the risk of breast cancer and of lung cancer in women.",
        ),
    ],
    ids=[
        "a capital in that country",
        "a city the tables do not place",
        "a list",
        "a shorter list",
        "genes written as codes, listed side by side in technical text",
        "genes written as codes after 'in', where a place may go",
        "another speaker of the same words",
        "other people, as many as another figure (one attack may kill both)",
        "a vague number against a figure it may stand for",
        "a capital in its own country named in two words",
        "a noun against its acronym",
        "a noun among two named the same way",
    ],
)
def test_a_place_or_country_that_may_stand_beside_the_claims_is_not_in_its_place(
    claim: str, evidence: str
) -> None:
    """Moscow is in Russia, and Sochi is a city the tables do not place: "talks in Russia" does
    not state either, nor contradict it. A country listed beside the claim's own is no rival, nor
    is a gene written as a code in a gene's role, nor another speaker of what the claim reports."""
    assert not aligned(claim, evidence).conflicting


def test_the_sentence_about_the_event_outweighs_the_sentence_beside_it() -> None:
    """The sentence about the deal says February; the next one, about a match, says March: the
    claim's "in March" is stated differently, not stated."""
    text = (
        "Chelsea signed a sponsorship deal with Japanese company Yokohama Rubber in February. "
        "Muto brings the ball forward against Albirex Niigata in March."
    )
    result = aligned(
        "Chelsea signed a sponsorship deal with Japanese company Yokohama Rubber in March.", text
    )
    assert "March" not in result.matched
    assert [(c.claim, c.evidence) for c in result.conflicting] == [("March", "February")]


def test_small_numbers_and_fractions() -> None:
    """ "two thirds" is a fraction, not two of anything ("Two officers" against "Three
    officers" is among the changed facts above); "two" in "two-component" states "two"."""
    assert not any(f.text.startswith("two") for f in facts("More than two thirds were destroyed."))
    result = aligned(
        "Phosphotransfer rates govern fidelity in two component systems.",
        "Phosphotransfer rates govern fidelity in two-component systems.",
    )
    assert result.states_facts(), result


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures rose by 2-3 degrees after the win.",
        "Children aged 5-12 won the most prizes.",
        "Values rose 2.5-3 after the defeat.",
        "The trial ran 10-12 weeks.",
    ],
)
def test_a_range_is_no_score(text: str) -> None:
    assert not any(f.anchor == "score" for f in facts(text))


def test_a_date_of_reporting_does_not_contradict_the_date_of_the_event() -> None:
    result = aligned(
        "Three Russian military police officers were injured on November 30.",
        "Three Russian military police officers were injured, the ministry said on December 2.",
    )
    assert not result.conflicting, result


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "Three Russian military police officers were hurt by an IED in northeastern Syria.",
            IED,
        ),
        ("3 Russian military police officers received light injuries in Syria.", IED),
        ("Moscow's defence ministry said an improvised explosive device went off.", IED),
        ("The Russian Defense Ministry reported the incident on December 2.", IED),
        ("Patrols are conducted under the memorandum signed in Sochi on October 22.", SOCHI),
        ("Asayish apologized on November 20 for the throwing of petrol bombs.", ASAYISH),
        ("The Syrian Democratic Forces include the YPG.", YPG),
        ("Russia backs the forces of Assad.", ASSAD),
        ("Clashes continued near Istablat in Idlib.", CLASHES),
        (
            "The YPG militia holds territory in northeastern Syria.",
            "Turkish forces fought the YPG militia, which holds swathes of northern and eastern "
            "Syria.",
        ),
        (
            "Global sea level rose about 8 inches in the last century.",
            "Between 1900 and 2016, the sea level rose by 16–21 cm (6.3–8.3 in).",
        ),
        (
            "The convoy travelled 300 km in two days.",
            "The convoy travelled 186 miles in two days.",
        ),
        (
            "The 2007 report gives the likely range as 2 to 4.5 °C.",
            "In its 2007 Fourth Assessment Report, the IPCC gave a likely range of 2 to 4.5 °C.",
        ),
        (
            "The Fourth Assessment Report (AR4) gives a best estimate of 3 °C.",
            "In its 2007 Fourth Assessment Report, the IPCC gave a best estimate of about 3 °C.",
        ),
        (
            "Alligators once lived in Spitzbergen.",
            "Fossils show that alligators once lived in Spitsbergen.",
        ),
        (
            "Peruvian police arrested the two suspects on Friday.",
            "Police in Peru arrested the two suspects on Friday.",
        ),
        (
            "Côte d'Ivoire sent troops into Liberia.",
            "Ivory Coast sent troops into Liberia.",
        ),
        (
            "Sri Lankan police arrested the two suspects.",
            "Police in Sri Lanka arrested the two suspects.",
        ),
        (
            "Chelsea beat Arsenal 2-0 on Sunday.",
            "Arsenal lost 0-2 to Chelsea on Sunday.",
        ),
        (
            "The 2nd law of thermodynamics is consistent with the greenhouse effect.",
            "The second law of thermodynamics is consistent with the greenhouse effect.",
        ),
        (
            "The airstrike on the village killed twelve civilians on Tuesday.",
            "The airstrike on the village killed 12 civilians on Tuesday.",
        ),
        (
            "Hundreds of civilians fled the town after the shelling.",
            "After the shelling, hundreds of civilians fled the town.",
        ),
        (
            "The car blasts killed dozens of soldiers in the town.",
            "The car blasts killed dozens of people in the town, among them soldiers.",
        ),
        (
            "Fighting continued in northern Syria on Monday.",
            "Fighting continued in the north of Syria on Monday.",
        ),
        (
            "Fighting continued in northern Syria on Monday.",
            "Fighting continued in north-eastern Syria on Monday.",
        ),
        (
            "The YPG militia holds territory in northern Syria.",
            "The YPG militia holds swathes of northern and eastern Syria.",
        ),
        (
            "Fighting continued in Northeast Syria on Monday.",
            "Fighting continued in Syria on Monday.",
        ),
        (
            "The hospital was hit for the 3rd time in a week.",
            "The hospital was hit in an air strike for the third time in a week.",
        ),
        (
            "Cuadrilla suspended drilling after a 1.5 magnitude tremor.",
            "Cuadrilla said drilling was suspended after the 1.5 magnitude tremor.",
        ),
        (
            "The earlier tremor happened on 1 April.",
            "A tremor centred on Poulton-le-Fylde on 1 April shared a similar mechanism.",
        ),
        (
            "Russia denies that its planes were involved in the aid convoy strike.",
            "Moscow strongly denies involvement of its own or Syrian planes in the deadly aid "
            "convoy strike.",
        ),
        (
            "Durst, 71, is accused of possessing a revolver.",
            "In this week's indictment, Durst, 71, is accused of possessing a .38 caliber "
            "revolver.",
        ),
        (
            "Copeland left the hospital 2 days after the incident.",
            "Copeland was released from the hospital two days after the incident.",
        ),
        (
            "Ipswich Town beat Queens Park Rangers 3-0.",
            "Match ends, Ipswich Town 3, Queens Park Rangers 0.",
        ),
        (
            "The win lifted Ipswich to 14th in the table.",
            "The win lifted Mick McCarthy's Ipswich up four places to 14th.",
        ),
        (
            "Humans emit about 29 billion tonnes of carbon dioxide each year.",
            "Human activities emit about 29 billion tons of carbon dioxide per year.",
        ),
        (
            "Police interrogated Hernandez for 7.5 hours before he confessed.",
            "Police interrogated Hernandez for 7½ hours before he confessed.",
        ),
        (
            "Ellie's favorite singer is Taylor Swift.",
            "Trey's poster was a reference to the latest album by Taylor Swift, Ellie's "
            "favorite singer.",
        ),
        (
            "Garth Gayle is the general secretary of the JAAA.",
            "JAAA General Secretary Garth Gayle commented on the selection.",
        ),
        (
            "Mark Wolper is the son of the original's producer, David L. Wolper.",
            "Executive producer Mark Wolper, son of the original's producer David L. Wolper, "
            "added a comment.",
        ),
        (
            "Christopher Lawler said the attempted abuse happened in January 1978, when he was 27.",
            "Mr Lawler, now 64, said the attempted abuse at the Queen Mother's London residence "
            "happened in January 1978 when he was 27.",
        ),
        (
            "1.5 million people were killed in the war.",
            "Officials said 1.5 million had been killed in the war.",
        ),
        (
            "The two men were not charged.",
            "The two men arrested on Sunday were released without charge on Monday.",
        ),
        (
            "Jordan ended its moratorium by putting 11 prisoners to death.",
            "Jordan ended an eight-year moratorium in December, putting 11 murder convicts to "
            "death.",
        ),
        (
            "Scottish Labour MSP Duncan McNeil is standing down at the election.",
            "Veteran Scottish Labour MSP Duncan McNeil is standing down at the election in May, "
            "as Conservative MSP Annabel Goldie is.",
        ),
        (
            "Southampton moved up to fifth in the table.",
            "Southampton moved to fifth in the table ahead of Tottenham, who lost to Aston Villa.",
        ),
        (
            "Surrey begin their campaign at Glamorgan on April 19.",
            "The batsman joked with photographers, with Surrey set to begin their campaign at "
            "Glamorgan on April 19.",
        ),
        (
            "Nabil Dirar said Falcao was not happy in Monaco.",
            "Dirar has revealed that Falcao was not happy in France but thinks he would have been "
            "better off staying at Monaco.",
        ),
        (
            "Three military police officers were injured.",
            "Three Russian police officers were injured.",
        ),
        (
            "Williams prevailed against Errani in the Fed Cup.",
            "World No 1 Williams eventually prevailed against Errani in the Fed Cup.",
        ),
    ],
    ids=[
        "IED / improvised explosive device",
        "3 / Three",
        "Moscow's defence ministry / Russian Defense Ministry",
        "same date",
        "same place and date, other words",
        "apologized, same date",
        "SDF spelled out",
        "surname only",
        "same verb",
        "a country as a place, after 'of'",
        "a measure inside a range, in another unit",
        "a distance converted",
        "the same range",
        "a name with its abbreviation in brackets",
        "a long name spelled one letter apart",
        "a demonym / the country",
        "a country's name in French / in English",
        "a demonym / the country, both of two words",
        "a score from the other side",
        "an ordinal in digits / in words",
        "as many people in words / in digits",
        "a vague number of people",
        "a vague number of people of no kind",
        "a part of a country / the same part in other words",
        "a part of a country / a part that overlaps it",
        "a part of a country / parts of it, one of them the claim's",
        "a part of a country / the country",
        "an ordinal in digits / in words, counting the same noun",
        "a number before a noun that modifies another, the same",
        "the date of what happened, the same, the text naming it without the verb",
        "the speaker denies what the same speaker denies",
        "an age beside a name, the same",
        "a span of time in words / in digits",
        "a final score / as a match report writes it",
        "a rank with no noun, the same",
        "a noun spelled as its alias (carbon dioxide / CO2), tonnes / tons",
        "a number with a fraction sign / in decimals",
        "a role one person holds, in apposition",
        "an office written before the name",
        "a role in apposition, the same holder",
        "an age when something happened, the same, beside the age now",
        "a count in millions standing alone on the claim's verb, the same",
        "a negated act / 'without' and its noun",
        "as many of no sort named / of a sort",
        "a party for a person, another party for another person beside",
        "a place in the table moved to / moved up to",
        "a date the small model runs a name on into ('Glamorgan on April 19', one facility)",
        "a state enclaved in a country / the country",
        "as many of a sort / of no sort named",
        "'No 1' before a name is a rank, no negation",
    ],
)
def test_paraphrases_and_aliases_match(claim: str, evidence: str) -> None:
    result = aligned(claim, evidence)
    assert result.conflicting == [], result
    assert result.missing == [] and result.states_facts(), result


def test_short_names_one_letter_apart_are_other_names() -> None:
    """Only long words may be spelled otherwise: "M5" is not "M4", "Iran" is not "Iraq"."""
    result = aligned("Battles erupted near Iran.", "Battles erupted near Iraq.")
    assert [c.evidence for c in result.conflicting] == ["Iraq"]


def test_a_name_that_holds_the_other_is_not_another_thing_in_its_place() -> None:
    result = aligned(
        "Sildenafil helps men who take SSRI antidepressants.",
        "Sildenafil helps men who take SRI antidepressants.",
    )
    assert result.conflicting == [], result
    assert aligned(
        "Traffic stopped on the M5 highway.", "Traffic stopped on the M4 highway."
    ).conflicting


def test_a_name_that_owns_the_claims_noun_is_replaced_by_another_owner() -> None:
    """ "after Jermain Defoe's dismissal" / "following Steven Pienaar's dismissal", though the
    sentence names Defoe elsewhere; not when the claim's own owner owns it too."""
    sentence = (
        "Bournemouth were stunned by goals for Sunderland from Victor Anichebe and a Jermain "
        "Defoe penalty and they were unable to find an equaliser, even against 10 men following "
        "Steven Pienaar's dismissal."
    )
    result = aligned("Sunderland played with 10 men after Jermain Defoe's dismissal.", sentence)
    assert [(c.claim, c.evidence) for c in result.conflicting] == [
        ("Jermain Defoe", "Steven Pienaar")
    ]
    kept = aligned("Sunderland played with 10 men after Steven Pienaar's dismissal.", sentence)
    assert kept.conflicting == []
    both = aligned(
        "The drug slows Alzheimer's disease in mice.",
        "The drug slows Parkinson's disease and Alzheimer's disease in mice.",
    )
    assert both.conflicting == []
    other_noun = aligned(  # "Wesley York's shot" beside "Jordan Preston's effort": a swap
        "Gateshead defender Liam Hogan superbly blocked Wesley York's effort.",
        "Gateshead defender Liam Hogan superbly blocked Jordan Preston's effort and Guiseley "
        "keeper Jonny Maxted then saved well from Wesley York's shot just before the break.",
    )
    assert [(c.claim, c.evidence) for c in other_noun.conflicting] == [
        ("Wesley York", "Jordan Preston")
    ]


@pytest.mark.parametrize(
    ("claim", "evidence", "says", "instead"),
    [
        (
            "Jesse learned the news after reading a tag Melissa placed on their cat.",
            "Jesse learned the news after reading a tag Melissa placed on their dog, which "
            "indicated a baby was on the way.",
            "cat",
            "dog",
        ),
        (
            "She was injured in her knee in the crash.",
            "She was injured in her ankle in the crash.",
            "knee",
            "ankle",
        ),
        (
            "His mother said he was a quiet boy.",
            "His father said he was a quiet boy.",
            "mother",
            "father",
        ),
        ("She won gold in the 100m.", "She won silver in the 100m.", "gold", "silver"),
    ],
    ids=["animal", "body part", "family", "medal"],
)
def test_another_noun_of_the_same_kind_in_the_claims_place(
    claim: str, evidence: str, says: str, instead: str
) -> None:
    result = aligned(claim, evidence)
    assert [(c.claim, c.evidence) for c in result.conflicting] == [(says, instead)]


def test_a_word_for_the_whole_kind_or_both_nouns_named_is_no_swap() -> None:
    dog = "Jesse learned the news after reading a tag Melissa placed on their dog."
    assert aligned(dog.replace("dog", "pet"), dog).conflicting == []
    both = "Melissa placed a tag on their dog and on their cat."
    assert aligned("Melissa placed a tag on their cat.", both).conflicting == []


def test_a_score_is_not_part_of_the_team_name_before_it() -> None:
    """spaCy reads "Chile 1-0" as one name, and "Chile" as an adverb of "beat"."""
    evidence = (
        "Neymar helped Brazil beat Chile 1-0 at the Emirates Stadium on Sunday in a feisty contest."
    )
    result = aligned("Neymar helped Brazil beat Argentina 1-0 at the Emirates Stadium.", evidence)
    assert [(c.claim, c.evidence) for c in result.conflicting] == [("Argentina", "Chile")]
    assert (
        aligned("Neymar helped Brazil beat Chile 1-0 at the Emirates.", evidence).conflicting == []
    )
    basketball = aligned(
        "Barcelona beat Real Madrid 95-80 in the Euro League.",
        "Barcelona beat Real Madrid with a narrow 85-80 victory in the Euro League.",
    )
    assert [(c.claim, c.evidence) for c in basketball.conflicting] == [("95-80", "85-80")]


@pytest.mark.parametrize(
    ("claim", "evidence", "says", "instead"),
    [
        (
            "Five of the militants were killed by Iranian forces in the fighting.",
            "Three of the militants were killed by Iranian forces in the fighting Monday in the "
            "town of Negur.",
            "Five of the militants",
            "Three of the militants",
        ),
        (
            "In October 2013, 14 Iranian border guards were killed near the city of Zahedan.",
            "One of the deadliest was in October 2013, when 14 Iranian border guards were killed "
            "near the city of Saravan.",
            "Zahedan",
            "Saravan",
        ),
        (
            "Bradley Wiggins will attempt cycling's hour record on July 7 at London's Olympic "
            "Velodrome.",
            "Sir Bradley Wiggins will bid for cycling's hour record on June 7 at London's Olympic "
            "Velodrome.",
            "July 7",
            "June 7",
        ),
        (
            "The Pakistani government praised Monday's attack.",
            "The Pakistani government condemned Monday's attack, calling it an act of terrorism.",
            "praise",
            "condemn",
        ),
    ],
    ids=[
        "a count of part of a group ('three of the militants')",
        "a town spaCy typed a nationality, after 'near the city of'",
        "a date on each sentence's main verb, the verbs not the same word",
        "praised / condemned",
    ],
)
def test_changes_found_in_the_cnn5_set(claim: str, evidence: str, says: str, instead: str) -> None:
    result = aligned(claim, evidence)
    found = [(c.claim, c.evidence) for c in result.conflicting]
    assert any(says in a and instead in b for a, b in found), found
    same = aligned(claim.replace(says, instead), evidence) if says[0].isupper() else None
    assert same is None or same.conflicting == [], same


def test_a_passive_claim_and_a_participle_name_the_same_doer() -> None:
    """ "Don Draper is played by Jon Hamm" is what "Don Draper, the creative director played by
    Jon Hamm" says: the doer of both is Jon Hamm (the claim's once read as Don Draper)."""
    sentence = "Don Draper, the creative director played by Jon Hamm, has become a symbol."
    claim = "Don Draper, the creative director on Mad Men, is played by Jon Hamm."
    assert aligned(claim, sentence).conflicting == []
    other = aligned("Don Draper is played by Brad Pitt.", sentence)
    assert ("Brad Pitt", "Jon Hamm") in [(c.claim, c.evidence) for c in other.conflicting]


def test_the_one_done_to_is_not_another_doer() -> None:
    """ "The US were beaten" does not make the US another winner of "Serena Williams beat Sara
    Errani"; "a billboard, paid for by the association" is passive however spaCy hangs it."""
    beaten = (
        "The US were beaten 3-2 as Williams and Alison Riske were thrashed 6-0 6-3 in the "
        "doubles rubber by Errani and Flavia Pennetta."
    )
    claim = "Serena Williams beat Sara Errani 4-6 7-6(3) 6-3 in the Fed Cup on Sunday."
    assert aligned(claim, beaten).conflicting == []
    billboard = (
        "In the meantime a billboard, paid for by the Kenosha Professional Police Association, "
        "has been erected featuring a photograph of Torres and his dog."
    )
    paid = "The billboard was paid for by the Kenosha Professional Police Association."
    assert aligned(paid, billboard).conflicting == []
    turned = "The Kenosha Professional Police Association was paid for by the billboard."
    assert aligned(turned, billboard).conflicting


def test_a_title_of_someones_before_a_name_is_held_by_one() -> None:
    """ "Herod's steward Lazarus" / "Herod's steward Chuza"."""
    sentence = "Joanna, the wife of Herod's steward Chuza, provided for them."
    result = aligned("Joanna was the wife of Herod's steward Lazarus.", sentence)
    assert [(c.claim, c.evidence) for c in result.conflicting] == [("Lazarus", "Chuza")]
    assert aligned("Joanna was the wife of Herod's steward Chuza.", sentence).conflicting == []


def test_a_place_in_a_table_is_compared_with_the_same_teams_place() -> None:
    """ "who are fifth" contradicts "are third"; "third-placed Chinnor" is Chinnor's place."""
    table = (
        "The Reds, who are fifth in National Two South, beat third-placed Chinnor 29-12 for a "
        "second win in a row."
    )
    result = aligned("The Reds are third in National Two South.", table)
    assert [(c.claim, c.evidence) for c in result.conflicting] == [("third", "fifth")]
    assert aligned("The Reds are fifth in National Two South.", table).conflicting == []
    assert aligned("Chinnor are third in National Two South.", table).conflicting == []


def test_a_count_in_a_claim_without_a_verb_is_compared_and_ends() -> None:
    """No verb above the counted noun: the search for it stops at the root (it once looped)."""
    result = aligned("A rise of 2 degrees in the Arctic.", "A rise of 3 degrees in the Arctic.")
    assert [(c.claim, c.evidence) for c in result.conflicting] == [("2 degrees", "3 degrees")]


def test_a_number_of_another_span_of_time_does_not_state_it() -> None:
    """ "two days of leave" is not stated by "a two-year-old boy"."""
    result = aligned(
        "The guard was given two days of leave after the fall.",
        "A two-year-old boy is recovering after falling into a cheetah exhibit.",
    )
    assert "two days" in [f.text for f in result.unstated]


def test_the_nations_of_britain_are_apart_from_each_other_not_from_britain() -> None:
    """ "Scotland's Danny Willett" is not "England's"; "London" and "Britain" hold England."""
    result = aligned(
        "Scotland's Danny Willett won the Masters.", "England's Danny Willett won the Masters."
    )
    assert [c.evidence for c in result.conflicting] == ["England"]
    assert aligned("The talks were in Scotland.", "The talks were in Wales.").conflicting
    for claim, evidence in [
        ("The summit was held in England.", "The summit was held in London."),
        ("The summit was held in England.", "The summit was held in Britain."),
        ("The UK government said it would act.", "The British government said it would act."),
    ]:
        assert aligned(claim, evidence).conflicting == [], (claim, evidence)


@pytest.mark.parametrize(
    ("claim", "evidence", "missing"),
    [
        ("A convoy was ambushed near Kobani in January.", AIN_ISSA, {"Kobani", "January"}),
        ("The UN condemned the attack on the patrol.", IED, {"UN"}),
        ("Russia sent more military police to the Idlib area.", PATROLS, {"Idlib"}),
    ],
    ids=["place and month", "organisation", "place"],
)
def test_facts_the_evidence_does_not_mention_are_missing(
    claim: str, evidence: str, missing: set[str]
) -> None:
    result = aligned(claim, evidence)
    assert missing <= set(result.missing), result
    assert not result.states_facts()


def test_an_organisation_the_passage_names_nowhere_is_absent() -> None:
    result = aligned(
        "Wiggins will ride a bike built by Pinarello for the attempt.",
        "Wiggins will ride a bike built for the attempt at the Lee Valley VeloPark.",
    )
    assert result.absent == ["Pinarello"]
    code = aligned(  # technical text names genes by other codes ("PPM1D" / "Wip1")
        "WAT is expressed in some skin tumors.",
        "AIRE is expressed in some skin tumors. The regulator was found in 40% of samples.",
    )
    assert code.absent == []
    describing = aligned(  # "the virus" may stand for "the Zika virus"
        "Warming speeds the spread of the Zika virus.",
        "Warming speeds the spread of the virus, the study found.",
    )
    assert describing.absent == []
    spelled = aligned(
        "The Syrian Democratic Forces are led by Kurds.",
        "The SDF, led by Kurdish fighters, holds the town.",
    )
    assert spelled.absent == []


def test_a_name_absent_from_a_chunk_but_named_in_its_source_is_not_absent() -> None:
    claim = "Wiggins will ride a bike built by Pinarello for the attempt."
    chunk = "Wiggins will ride a bike built for the attempt, he said."
    result = aligned(claim, chunk)
    assert result.absent == ["Pinarello"]
    source = "Wiggins has signed with Pinarello for the hour record. " + chunk
    assert still_absent(claim, result.absent, source) == []
    assert still_absent(claim, result.absent, "Wiggins rides for Sky. " + chunk) == ["Pinarello"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("It would cut by two-thirds its number of centrifuges.", "fraction:2/3"),
        ("Half of the votes were counted.", "fraction:1/2"),
        ("The price fell to a third of its peak.", "fraction:1/3"),
        ("He scored early in the second half.", None),
        ("Temperatures declined in the second half of the 20th century.", None),
        ("He was injured just before half-time.", None),
    ],
)
def test_a_fraction_in_words_is_a_share(text: str, key: str | None) -> None:
    """A fraction in words is a number of its own form: compared with another fraction, not
    with a percentage ("a third" may be 34%); halves of a match are no fractions."""
    keys = [f.key for f in facts(text) if f.key.startswith("fraction:")]
    assert keys == ([key] if key else [])


def test_an_amount_of_another_period_does_not_contradict() -> None:
    result = aligned(
        "Global sea level rose about 8 inches in the last century.",
        "A number of later studies have concluded that a global sea level rise of 200 to 270 cm "
        '(6.6 to 8.9 ft) this century is "physically plausible".',
    )
    assert result.conflicting == [], result
    same = aligned(
        "Global sea level rose about 8 inches in the last century.",
        "Global sea level rose about 20 inches in the past century, the study found.",
    )
    assert [c.evidence for c in same.conflicting] == ["20 inches"], same


def test_a_number_elsewhere_in_the_passage_does_not_contradict() -> None:
    """A number for the same noun, but in a sentence about another event, is no conflict."""
    text = f"{AIN_ISSA} Two officers of the town council resigned on Monday."
    result = aligned("Five Russian military police officers patrolled the M4 highway.", text)
    assert result.same_event < 0.5 or not result.conflicting


def test_words_that_only_vouch_for_the_claim_need_no_repeating_nor_contradict() -> None:
    """An "as confirmed by ..." clause says who vouches for the claim: the text need not repeat
    it to be about the claim's event, and a place in it is not where the event happened."""
    vouched = (
        "Greenland on the whole is not losing ice, as confirmed by multiple satellite and on the "
        "ground field measurements."
    )
    result = aligned(vouched, "The Greenland ice sheet is losing ice.")
    assert [c.evidence for c in result.conflicting] == ["The Greenland ice sheet lose"]
    assert result.same_event >= 0.7
    measured = aligned(
        "Greenland is losing ice, as confirmed by measurements in Tbilisi.",
        "The Greenland ice sheet is losing ice, measurements in Antarctica show.",
    )
    assert not measured.conflicting
    assert "Tbilisi" in measured.missing


def test_the_place_a_story_opens_in_states_where_its_event_happened() -> None:
    """News names the place once and tells what happened there a few sentences on; a name
    that does something there is still not stated by it."""
    text = (
        "There's a booming black market in Hong Kong, but it's not for fake Apple Watches. "
        "Instead, people are going crazy for tins of butter cookies. Tourists and locals line up "
        "around the block for several hours just to get their hands on Jenny's cookies. Its "
        "popularity has spurred bakeries to make knockoffs."
    )
    claim = "People line up for hours in Hong Kong to buy Jenny's butter cookies."
    assert "Hong Kong" in aligned(claim, text).matched
    before = (
        "Italy sent observers. The talks ended early. Russian and Turkish troops patrol the M4 "
        "highway. The patrols began in March."
    )
    assert "Italy" in aligned("Italy patrols the M4 highway.", before).missing


@pytest.mark.parametrize(
    ("claim", "key", "negated"),
    [
        ("Sea levels are likely to rise this century.", "rise", False),
        ("Sea levels are unlikely to rise this century.", "rise", True),
        ("He was unable to establish a link.", "establish", True),
    ],
)
def test_the_event_of_likely_to_is_its_verb(claim: str, key: str, negated: bool) -> None:
    event = next(f for f in facts(claim) if f.kind is FactKind.EVENT)
    assert (event.key, event.negated) == (key, negated)


def test_who_stands_for_the_name_it_follows() -> None:
    """ "West Brom, who conceded a goal": West Brom conceded, not anyone the claim names."""
    text = (
        "Another Midlands club looking over their shoulder is West Brom, who conceded an injury "
        "time goal to lose 3-2 against bottom club Leicester City."
    )
    assert "West Brom concede" in aligned("West Brom conceded an injury time goal.", text).matched
    assert "Burnley concede" not in aligned("Burnley conceded an injury time goal.", text).matched


def test_a_fact_named_far_from_the_event_is_not_stated() -> None:
    """A name in an unrelated sentence of the passage does not state that it did the thing."""
    text = (
        "Russian and Turkish troops patrol the M4 highway. The patrols began in March. "
        "Officials met in Ankara. The talks ended early. Italy sent observers."
    )
    assert "Italy" in aligned("Italy patrols the M4 highway.", text).missing


@pytest.mark.parametrize(
    "evidence",
    [AIN_ISSA, "Patrols run under a memorandum signed between Russia and Turkey."],
    ids=["adjective", "a party to something"],
)
def test_locative_country_needs_the_country_as_a_place(evidence: str) -> None:
    result = aligned("Kurdish forces in northern Turkey are targeted.", evidence)
    assert "northern Turkey" in result.missing


def test_locative_country_is_not_stated_by_the_country_as_actor() -> None:
    """ "fighters backed by Turkey" does not say that anything happens in Turkey; the sentence's
    own place for the event, northern Syria, is another place in the same role."""
    result = aligned("Kurdish forces in northern Turkey are the target of Turkish forces.", PATROLS)
    assert "Turkey" not in result.matched
    assert any(
        c.kind is FactKind.PLACE and c.evidence == "northern Syria" for c in result.conflicting
    )


@pytest.mark.parametrize(
    "evidence",
    [
        "Moscow said it had sent more military police to Syria's north.",
        "Moscow sent more military police to Damascus on Sunday.",
    ],
    ids=["the capital as actor, the country's north", "the capital as place"],
)
def test_a_capital_stands_for_its_country(evidence: str) -> None:
    result = aligned("Russia sent more military police to Syria.", evidence)
    assert result.conflicting == [] and result.states_facts(), result


@pytest.mark.parametrize(
    ("text", "value"),
    [("three", 3.0), ("Three hundred", 300.0), ("1,500", 1500.0), ("1.5", 1.5), ("dozens", None)],
)
def test_number_values(text: str, value: float | None) -> None:
    assert number_value(text) == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("December 2", "d=2 m=12"),
        ("October 22, 2019", "d=22 m=10 y=2019"),
        ("2019", "y=2019"),
        ("Sunday", "w=sunday"),
        ("this month", ""),
    ],
)
def test_date_keys_keep_only_the_parts_written(text: str, key: str) -> None:
    assert date_key(text) == key


def test_claim_facts_have_kinds_and_what_a_number_counts() -> None:
    found = facts("Three hundred Russian military police officers were killed by an IED in Syria.")
    kinds = {f.kind for f in found}
    assert {FactKind.NUMBER, FactKind.GROUP, FactKind.PLACE, FactKind.EVENT} <= kinds
    number = next(f for f in found if f.kind is FactKind.NUMBER)
    assert (number.key, number.anchor) == ("300", "officer")


GREENLAND = (
    "The Greenland, and possibly the Antarctic, ice sheets have been losing mass recently, "
    "because losses by ablation including outlet glaciers exceed accumulation of snowfall."
)
SEA_ICE = (
    "The amount of multi-year sea ice in the Arctic has declined considerably in recent decades."
)


@pytest.mark.parametrize(
    ("claim", "evidence", "says", "instead"),
    [
        (
            "Greenland on the whole is not losing ice, as confirmed by multiple satellite and "
            "on the ground field measurements.",
            GREENLAND,
            "not lose",
            "lose",
        ),
        (
            "Both the extent and thickness of Arctic sea ice has not declined rapidly over the "
            "last several decades.",
            SEA_ICE,
            "not decline",
            "decline",
        ),
        ("Greenland is gaining ice.", GREENLAND, "gain", "lose"),
    ],
    ids=["negation added", "negation added, actor named with an of-phrase", "opposite verb"],
)
def test_the_claims_event_reversed_by_the_same_actor_is_a_reversal(
    claim: str, evidence: str, says: str, instead: str
) -> None:
    """Whatever share of the claim the sentence holds, the claim's own event said the other way
    by the same actor is recorded, so that the text cannot count as support."""
    result = aligned(claim, evidence)
    assert [(c.claim.endswith(says), instead in c.evidence) for c in result.reversals] == [
        (True, True)
    ], result


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        ("Greenland on the whole is losing ice, as measured by satellites.", GREENLAND),
        ("The extent of Arctic sea ice has declined over the last several decades.", SEA_ICE),
        ("Emperor penguins are not losing weight.", GREENLAND),
    ],
    ids=["same polarity", "same polarity, of-phrase", "another actor"],
)
def test_no_reversal_without_the_same_event_said_the_other_way(claim: str, evidence: str) -> None:
    assert aligned(claim, evidence).reversals == []


ADHD_CLAIM = (
    "In young and middle-aged adults, current or remote uses of ADHD medications do not increase "
    "the risk of serious cardiovascular events."
)


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            ADHD_CLAIM,
            "OBJECTIVE To examine whether current use of medications prescribed to treat ADHD is "
            "associated with increased risk of serious cardiovascular events in adults.",
        ),
        (
            ADHD_CLAIM,
            "Among young and middle-aged adults, current use of ADHD medications was not "
            "associated with an increased risk of serious cardiovascular events.",
        ),
        (
            "Thigh-length graduated compression stockings did not reduce deep vein thrombosis "
            "after stroke.",
            "Effectiveness of thigh-length graduated compression stockings to reduce the risk of "
            "deep vein thrombosis after stroke: a randomised controlled trial",
        ),
        (
            "Compression stockings did not reduce deep vein thrombosis after stroke.",
            "Compression stockings failed to reduce deep vein thrombosis after stroke.",
        ),
        (
            "Compression stockings did not reduce deep vein thrombosis after stroke.",
            "Did compression stockings reduce deep vein thrombosis after stroke?",
        ),
        (
            "Visual impairment screening in elderly populations does not lead to improved vision.",
            "OBJECTIVE To assess whether population screening for impaired vision among older "
            "people in the community leads to improvements in vision.",
        ),
    ],
    ids=[
        "under 'whether'",
        "a participle under a negated verb",
        "an infinitive of purpose after a noun",
        "the infinitive of a negating verb",
        "a question",
        "'whether' split off its clause by the parser",
    ],
)
def test_a_verb_the_text_does_not_assert_does_not_reverse_a_negated_claim(
    claim: str, evidence: str
) -> None:
    """Objectives, titles and questions name the event without saying it happened; they
    neither contradict a negated claim nor count as its reversal."""
    result = aligned(claim, evidence)
    assert result.reversals == [] and result.conflicting == [], result


def test_a_negating_verb_still_reverses_the_plain_claim() -> None:
    result = aligned(
        "Compression stockings reduced deep vein thrombosis after stroke.",
        "Compression stockings failed to reduce deep vein thrombosis after stroke.",
    )
    assert [c.evidence for c in result.reversals] == ["Compression stockings not reduce"]


@pytest.mark.parametrize(
    ("claim", "evidence", "stated"),
    [
        (
            "Greenland is not losing ice.",
            "Water, not rock, lay beneath the ice of Greenland.",
            False,
        ),
        ("Greenland is not losing ice.", GREENLAND, False),
        ("Greenland is not losing ice.", "There was no loss of ice in Greenland.", True),
        ("Greenland is not losing ice.", "Greenland did not lose ice last year.", True),
        ("Greenland is not losing ice.", "Greenland gained ice in 2020.", True),
        ("Greenland is losing ice.", "Greenland gained ice in 2020.", None),
    ],
    ids=[
        "'not' on a noun is no negation",
        "the event said plainly",
        "a negative word",
        "a negated verb",
        "the opposite verb",
        "claim not negated",
    ],
)
def test_a_negated_claim_asks_whether_the_text_says_anything_is_not_so(
    claim: str, evidence: str, stated: bool | None
) -> None:
    assert aligned(claim, evidence).negation_stated is stated


@pytest.mark.parametrize(
    ("claim", "evidence", "other"),
    [
        ("Greenland on the whole is gaining ice.", GREENLAND, "losing"),
        ("Temperatures are declining relentlessly.", "Surface temperatures have risen.", "risen"),
        ("Greenland is not losing ice.", "There was a large loss of ice in Greenland.", "loss"),
        ("Greenland is gaining ice.", "Greenland is not losing ice.", None),
        ("Greenland is gaining ice.", "Greenland lost ice in 2012 but gained ice in 2013.", None),
        ("Greenland is covered by ice.", GREENLAND, None),
        ("Arctic sea ice is increasing.", "There was no decline in Arctic sea ice.", None),
        ("Statins increase the risk.", "Statins were not associated with a reduced risk.", None),
        ("Sea ice is increasing.", "We asked whether sea ice is declining.", None),
        ("Statins increase the risk.", "Is the risk reduced by statins?", None),
        ("Statins increase the risk.", "Statins failed to reduce the risk.", None),
    ],
    ids=[
        "only the other way",
        "a verb of the other way",
        "a negated claim goes the other way",
        "the other way negated",
        "both ways",
        "no way in the claim",
        "a noun of the other way under 'no'",
        "a participle under a negated verb",
        "the other way under 'whether'",
        "the other way in a question",
        "the other way under a negating verb",
    ],
)
def test_a_text_that_says_only_the_other_way_is_a_direction_clash(
    claim: str, evidence: str, other: str | None
) -> None:
    clash = aligned(claim, evidence).direction_clash
    assert (clash.evidence if clash else None) == other


@pytest.mark.parametrize(
    ("claim", "evidence", "stated"),
    [
        (
            "Water vapor in the stratosphere began global warming.",
            "Methane oxidation is a major source of water vapor in the dry stratosphere.",
            False,
        ),
        ("Scientists deny that the reef lost two thirds of its coral.", "Two thirds died.", False),
        ("Statins reduce the risk of stroke.", "Statins lowered the risk of stroke.", True),
        ("Statins reduce the risk of stroke.", "A reduction in stroke with statins.", True),
        ("Warming increases storms.", "Warming brings more storms.", True),
        ("Solar cycles cause global warming.", "Global warming is largely due to the sun.", True),
        ("The drug induced remission in most patients.", "Remission after induction.", True),
        ("Russia has police in Syria.", "Russian police patrol Syria.", None),
        ("Charlie Cox plays Matt Murdock.", "Charlie Cox is perfectly cast as Matt Murdock.", True),
    ],
    ids=[
        "another verb",
        "the verb left out",
        "another word for the same direction",
        "the verb's noun",
        "a comparative of the same direction",
        "another word for causing",
        "the verb's noun, another form",
        "a light verb",
        "another word for taking a part",
    ],
)
def test_the_claims_event_is_stated_by_its_verb_a_kin_word_or_not_at_all(
    claim: str, evidence: str, stated: bool | None
) -> None:
    assert aligned(claim, evidence).event_stated is stated


def test_a_reversal_by_the_claims_named_actor_is_told_from_a_verb_with_no_subject() -> None:
    named = aligned("Greenland is not losing ice.", GREENLAND)
    assert named.reversed_by_actor is not None and "lose" in named.reversed_by_actor.evidence
    anyone = aligned(
        "Cosmic ray counts have increased over the past 50 years.",
        "Although the temperature drops foreseen by this mechanism have now been discarded, "
        "aerosols contributed a cooling tendency.",
    )
    assert anyone.reversals and anyone.reversed_by_actor is None


def test_a_code_spacy_types_as_a_person_is_a_name_and_a_person_stays_a_person() -> None:
    """spaCy's small model types gene names such as "IP3R" as people; a person must be stated by
    a supporting passage, a name need not (organisations and codes are written in other words)."""
    kinds = {f.text: f.kind for f in facts("NFAT4 activation requires IP3R-mediated Ca2+ release.")}
    assert kinds["IP3R"] is FactKind.NAME
    kinds = {f.text: f.kind for f in facts("Phil Jones said he had used a trick.")}
    assert kinds["Phil Jones"] is FactKind.PERSON


@pytest.mark.parametrize(
    ("claim", "positive"),
    [
        (
            "Russia does not have military police in northern Syria.",
            "Russia has military police in northern Syria.",
        ),
        ("Greenland isn't losing ice.", "Greenland is losing ice."),
        ("Russia didn't send troops.", "Russia sent troops."),
        ("The SDF won't withdraw from Manbij.", "The SDF will withdraw from Manbij."),
        ("The drug cannot cross the barrier.", "The drug can cross the barrier."),
        ("Global warming is not caused by humans.", "Global warming is caused by humans."),
        ("Scientists have never observed it.", "Scientists have observed it."),
        ("Sea levels are rising.", None),  # nothing to take away
        ("No study found a link.", None),  # a negating subject: left alone
        ("He refused to apologize.", None),  # a negating verb: left alone
    ],
)
def test_a_negated_claim_is_affirmed_by_taking_its_negation_away(
    claim: str, positive: str | None
) -> None:
    assert affirmed(claim) == positive


def test_a_hedged_negation_is_not_affirmed_and_a_denial_reads_as_written() -> None:
    assert affirmed("The crisis does not necessarily mean extinction.") is None
    assert affirmed("CO2 is not only a pollutant.") is None
    assert denial("We didn't have global warming then.") == "We didn't have"
    assert denial("Russian troops do not patrol the M4.") == "Russian troops do not patrol"


@pytest.mark.parametrize(
    ("claim", "named"),
    [
        ("Townsend was fined by Tottenham after the Burnley game.", True),
        ("The Hawks fined Sefolosha for breaking the team's curfew.", True),
        ("Russia militarily supports the Syrian government's forces.", False),  # a place
        ("Global warming is causing sea levels to rise.", False),
        ("FoxO3a activation is mediated by ROS.", False),  # an acronym: a gene, a molecule
        ("Public Health Wales closed three schools in Swansea.", False),  # untyped
        ("Luna's lawyer said he would appeal the verdict.", True),  # whose lawyer; he: the lawyer
        ("Alex Salmond said he would stand for Westminster.", True),  # he: the speaker
        ("The minister said he would stand for Westminster.", False),  # no one named
        ("The helicopter's crew reported the incident to the Pentagon that day.", True),  # to whom
        ("The army's tanks reached the outskirts of the city.", False),  # no one named
        ("Morales was arrested by Washington police.", True),  # a person parsed as a noun
        ("Colina's lawyer said he would plead not guilty.", True),  # Colina typed a place
        ("Syria's president said he would stand for election.", False),  # a country's
    ],
)
def test_an_event_with_a_person_or_an_organisation_taking_part(claim: str, named: bool) -> None:
    result = aligned(claim, "Sefolosha and Antic said they will contest the charges.")
    assert result.event_named is named


def test_an_untagged_name_first_in_the_claim_takes_part_when_the_text_names_that_person() -> None:
    claim = "Pietersen scored a century for Surrey in the match against Oxford MCCU."
    named = aligned(claim, "In March, Pietersen has rejoined Surrey in an attempt to return.")
    assert named.event_named, named
    assert not aligned(claim, "Surrey play Oxford MCCU on Sunday.").event_named
    announced = "Hitzlsperger announced he would become a coach at Bayern Munich."
    said = "Bayern Munich, the club where Hitzlsperger began his career, tweeted their support."
    assert aligned(announced, said).event_named  # he: the speaker


def test_a_sentence_sharing_only_the_claims_date_is_about_something_else() -> None:
    claim = "The dairy was robbed on Sunday."
    other = aligned(
        claim,
        "Sterling will lead Liverpool's line at Wembley on Sunday in the absence of the injured "
        "Daniel Sturridge.",
    )
    assert other.counts_only, other
    robbed = aligned(claim, "A dairy in Christchurch was robbed on Sunday by a masked man.")
    assert not robbed.counts_only, robbed


def test_close_as_near_states_no_closing() -> None:
    """ "no close family member has it" says nothing closed; "closed the road" does."""
    claim = "Public Health Wales closed three schools in Swansea after the death."
    near = aligned(claim, "No close family member of the man in Swansea has measles.")
    assert near.event_stated is False
    shut = aligned(claim, "Public Health Wales closed three schools in Swansea on Friday.")
    assert shut.event_stated is True


def test_a_win_states_a_claim_that_one_side_beat_the_other() -> None:
    result = aligned(
        "Ipswich Town beat Queens Park Rangers 3-0.",
        "The win lifted Ipswich up four places. Match ends, Ipswich Town 3, Queens Park Rangers 0.",
    )
    assert result.event_stated is True
    assert result.states_facts(), result


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        ("Putin met Erdogan in Sochi.", "Erdogan met Putin in Sochi on Tuesday."),
        ("The police arrested the protesters.", "The protesters were arrested by the police."),
        ("Russia accused Turkey of shooting down the jet.", "Russia accused Turkey of lying."),
        ("Russia did not accuse Turkey.", "Turkey accused Russia of shooting down the jet."),
        ("Once he arrived, twice as many came.", "He arrived and four times as many came."),
    ],
    ids=[
        "a verb whose sides may trade places",
        "the same roles, in the passive",
        "the same roles",
        "a negated claim",
        "'once' as a conjunction and 'twice as' as a ratio",
    ],
)
def test_roles_and_how_often_that_say_the_same_are_no_conflict(claim: str, evidence: str) -> None:
    assert not aligned(claim, evidence).conflicting


def test_a_bracket_run_into_a_word_hides_no_number() -> None:
    """News datelines glue the bracket to the next word: "(CNN)Nine British citizens"."""
    found = facts("(CNN)Nine British citizens were arrested in Turkey on Wednesday.")
    assert any(f.kind is FactKind.NUMBER and f.key == "9" for f in found)


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "Steve McIntyre noticed a discontinuity in US temperature data.",
            "McIntyre discovered a discontinuity in some U.S. records.",
        ),
        ("The crash killed all 150 people on board.", "All 150 people on board died."),
        (
            "Aaron Ramsey scored the only goal as Arsenal beat Burnley.",
            "A first half goal from Welsh international Aaron Ramsey was enough to beat Burnley.",
        ),
    ],
    ids=["finding out", "a death", "a goal"],
)
def test_a_kin_word_states_finding_and_dying(claim: str, evidence: str) -> None:
    assert aligned(claim, evidence).event_stated is True


def test_vetoing_a_bill_is_the_opposite_of_signing_it() -> None:
    result = aligned(
        "Gov. Nathan Deal vetoed a bill that would legalize low-THC cannabis oil.",
        "Gov. Nathan Deal signed a bill Thursday that will legalize low-THC cannabis oil.",
    )
    assert result.reversed_by_actor is not None, result


def test_two_days_of_a_month_hold_no_year() -> None:
    """ "May 9 and 10": the 10 is a day, not 2010."""
    assert date_key("May 9 and 10") == "d=9 m=5"
    assert date_key("2 May 2013") == "d=2 m=5 y=2013"


def test_reopening_is_the_opposite_of_closing() -> None:
    result = aligned(
        "The exhibit was reopened following the child's fall.",
        "The exhibit was closed following the child's fall.",
    )
    assert result.reversals, result


def test_a_sum_belongs_to_what_was_sold_for_it() -> None:
    """One sentence lists three sales: the claim's sum is there, but as another item's price."""
    listed = (
        "Other top selling items were a straw hat worn by Leigh that sold for $52,500; the "
        "trousers and jacket from a suit worn by Clark Gable, selling for $55,000; and a black "
        "bonnet, which fetched $30,000."
    )
    wrong = aligned("A straw hat worn by Leigh sold for $55,000.", listed)
    assert [(c.claim, c.evidence) for c in wrong.conflicting] == [("$55,000", "$52,500")]
    right = aligned("A straw hat worn by Leigh sold for $52,500.", listed)
    assert not right.conflicting and "$52,500" in right.matched


def test_the_earth_need_not_be_named_by_a_support() -> None:
    result = aligned(
        "During ice ages, caused by wobbles in the Earth's orbit, sea levels dropped.",
        "During glaciation, water was taken from the oceans, so global sea level dropped.",
    )
    assert "Earth" not in result.missing


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        ("Jane Doe is a member of the committee.", "John Smith, a member of the committee, spoke."),
        ("The ceasefire began on Monday.", "The offensive began on Friday."),
        (
            "Humans emit about 29 billion tonnes of carbon dioxide a year.",
            "Carbon dioxide is emitted by volcanoes.",
        ),
    ],
    ids=[
        "a role many hold ('a member') given to another",
        "a weekday on the same verb, nothing else of the claim on it",
        "the same noun, named in the other text",
    ],
)
def test_what_does_not_tie_a_name_or_a_date_to_the_claim_is_no_conflict(
    claim: str, evidence: str
) -> None:
    assert aligned(claim, evidence).conflicting == []


def test_an_age_belongs_to_the_person_named_with_it() -> None:
    """Two ages in one story are two people's: the claim's "Mayweather, 40" is stated by
    "Mayweather, 40" however the parser hangs it, and not contradicted by "McGregor, 29"; a
    claim giving Mayweather McGregor's age is not stated by it."""
    text = (
        "McGregor, 29, will make his boxing debut in what could be the richest fight in history. "
        "The UFC lightweight champion's move from the octagon to the ring to face Mayweather, 40, "
        "has prompted criticism."
    )
    both = aligned(
        "Conor McGregor, 29, will make his boxing debut against Floyd Mayweather, 40.", text
    )
    assert "Mayweather, 40" in both.matched and both.conflicting == [], both
    swapped = aligned("Floyd Mayweather, 29, will fight Conor McGregor.", text)
    assert "Mayweather, 29" not in swapped.matched, swapped


@pytest.mark.parametrize(
    ("claim", "evidence", "same"),
    [
        ("Arsenal paid £32 million for Sanchez.", "Arsenal paid £32m for Sanchez.", True),
        ("Arsenal paid £32million for Sanchez.", "Arsenal paid £32 million for Sanchez.", True),
        ("The deal is worth $2 billion.", "The deal is worth $2bn.", True),
        ("Arsenal paid £42million for Sanchez.", "Arsenal paid £32m for Sanchez.", False),
        ("Arsenal signed Sanchez for £42million.", "The £32million Chile forward joined.", False),
    ],
    ids=[
        "'m' after a sum",
        "'million' run into the number",
        "'bn'",
        "another sum",
        "a sum as a noun's modifier",
    ],
)
def test_a_sum_is_read_with_its_scale_however_it_is_written(
    claim: str, evidence: str, same: bool
) -> None:
    """News writes "£32m", "£32million" and "£32 million" for one sum; "£32m" is not £32."""
    number = next(f for f in facts(claim) if f.kind is FactKind.NUMBER)
    stated = next(f for f in facts(evidence) if f.kind is FactKind.NUMBER)
    assert (number.key == stated.key) is same, (number, stated)
    assert number.anchor == stated.anchor == "pound" or "$" in claim


def test_a_bare_m_after_a_number_is_no_scale() -> None:
    """Without a currency sign, "100m" is a distance, not a hundred million."""
    number = next(f for f in facts("He won the 100m in 9.58 seconds.") if f.kind is FactKind.NUMBER)
    assert number.key == "100"


def test_an_age_written_as_a_noun_states_the_same_age() -> None:
    result = aligned("Sanchez, 26, joined Arsenal.", "The 26-year-old Sanchez joined Arsenal.")
    assert "Sanchez, 26" in result.matched and result.conflicting == [], result


def test_the_passive_of_a_verb_of_beating_states_a_loss() -> None:
    result = aligned(
        "Williams and Alison Riske lost the doubles rubber to Errani and Flavia Pennetta.",
        "The US were beaten 3-2 as Williams and Alison Riske were thrashed 6-0 6-3 in the "
        "doubles rubber by Errani and Flavia Pennetta.",
    )
    assert result.conflicting == [] and "Williams and Alison Riske lose" in result.matched


def test_the_noun_a_name_was_given_to_stands_for_it_once_named() -> None:
    """ "The refinery" after "the Baiji oil refinery": the sentence is about the claim's
    refinery, so the distance it gives is the claim's."""
    result = aligned(
        "The Baiji refinery is 80 kilometers from Tikrit.",
        "ISIS launched an assault on the Baiji oil refinery late Saturday. The refinery is 40 "
        "kilometers (25 miles) from Tikrit.",
    )
    assert [(c.claim, c.evidence) for c in result.conflicting] == [
        ("80 kilometers", "40 kilometers")
    ], result


def test_he_stands_for_the_claims_subject_named_before() -> None:
    result = aligned(
        "Antonio Inoki fought Muhammad Ali in 1976.",
        "Inoki is the founder of the New Japan Pro Wrestling organization. He entered Japan's "
        "Upper House in 2013. He also famously fought Muhammad Ali in 1976.",
    )
    assert "Antonio Inoki" in result.matched and result.conflicting == [], result


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The match kicks off at 3pm on Saturday.", "t=15:00"),
        ("He was pronounced dead at 06:00 local time.", "t=06:00"),
        ("The ratio was 1:10 in the trial.", None),
        ("He ran 3:59.4 for the mile.", None),
    ],
    ids=["3pm", "a 24-hour time", "a ratio", "a race time"],
)
def test_a_time_of_day_is_a_date_part_only_where_it_is_one(text: str, key: str | None) -> None:
    clocks = [f.key for f in facts(text) if f.key.startswith("t=")]
    assert clocks == ([key] if key else [])


@pytest.mark.parametrize(
    ("claim", "evidence", "conflict"),
    [
        (
            "Recovered Fuels Shipping Limited has until 7 September to appeal the decision.",
            "Recovered Fuels Shipping Limited, whose site was run by Asset and Land Group, could "
            "not be contacted for a comment. It has until 7 August to appeal the decision.",
            ("7 September", "7 August"),
        ),
        (
            "The Churches Advertising Network's video has been viewed about 2.5 million times.",
            "The Churches Advertising Network also had a respectable go with a video of a couple "
            "in a living room. So far, it has been viewed about 250,000 times.",
            ("2.5 million times", "250,000 times"),
        ),
        (
            "Recovered Fuels Shipping Limited has until 7 August to appeal the decision.",
            "Recovered Fuels Shipping Limited, whose site was run by Asset and Land Group, could "
            "not be contacted for a comment. It has until 7 August to appeal the decision.",
            None,
        ),
        (
            "Recovered Fuels Shipping Limited has until 7 September to appeal the decision.",
            "Recovered Fuels Shipping Limited could not be contacted for a comment. It is thought "
            "that the council has until 7 August to appeal the decision.",
            None,
        ),
    ],
    ids=["it: a date", "it: a count", "it: the same date", "a dummy it, another actor"],
)
def test_a_pronoun_subject_stands_for_the_thing_named_just_before(
    claim: str, evidence: str, conflict: tuple[str, str] | None
) -> None:
    """ "It has until 7 August" after the company is named: what it states is stated of the
    company, so another date in the claim is contradicted; "It is thought that" stands for
    nothing before it."""
    result = aligned(claim, evidence)
    found = [(c.claim, c.evidence) for c in result.conflicting]
    assert found == ([conflict] if conflict else []), result


def test_a_verb_of_occurring_adds_nothing_but_its_date() -> None:
    """ "The blaze broke out on 2 May" says only when the blaze was: "the blaze on 2 March"
    states its date otherwise, though the text never says "broke out"."""
    text = (
        "Firefighters spent several days at the site in Duncan Street following the blaze on 2 "
        "March, which reduced train services and caused travel delays."
    )
    changed = aligned("The blaze at the site in Duncan Street broke out on 2 May.", text)
    assert [(c.claim, c.evidence) for c in changed.conflicting] == [("2 May", "2 March")]
    same = aligned("The blaze at the site in Duncan Street broke out on 2 March.", text)
    assert same.conflicting == [] and "2 March" in same.matched, same


def test_another_country_describing_the_same_person_is_in_its_place() -> None:
    text = (
        "Their first decade, following the team's establishment by the New Zealand F1 driver "
        "Bruce McLaren, was spent building up the team."
    )
    changed = aligned("The team was founded by the Australian F1 driver Bruce McLaren.", text)
    assert [(c.claim, c.evidence) for c in changed.conflicting] == [
        ("Australian", "New Zealand")
    ], changed
    same = aligned("The team was founded by the New Zealand F1 driver Bruce McLaren.", text)
    assert same.conflicting == [], same


@pytest.mark.parametrize(
    ("claim", "evidence", "conflict"),
    [
        (
            "Investigators found 41 videos from the hidden camera, 14 of which showed victims.",
            "Investigators found 41 videos from the hidden camera that included footage of the "
            "girl, 34 of which showed victims as they showered.",
            ("14 of which showed", "34 of which showed"),
        ),
        (
            "Ella Henderson rose to fame in the 2010 series of The X Factor.",
            "It may have been her vocals that propelled her to fame in 2012's series of The X "
            "Factor. It's now been revealed that X Factor finalist Ella Henderson has joined "
            "forces with Batiste.",
            ("2010", "2012"),
        ),
        (
            "The campaign features the singer's latest single, Ghost.",
            "The campaign launched with a TV advertising campaign, featuring the singer's latest "
            "single, Mirror Man.",
            ("Ghost", "Mirror Man"),
        ),
        (
            "Mark Hargreaves is the CEO of Syco Entertainment, which manages Ella.",
            "Mark Hargreaves, the CEO of Crown Talent & Media Group - who manage Ella - has "
            "commented.",
            ("Syco Entertainment", "Crown Talent & Media Group"),
        ),
        (
            "In each picture the father looks into the camera smiling while his daughter pulls a "
            "dramatic pose.",
            "In each picture the daughter looks into the camera smiling while her father pulls a "
            "dramatic pose.",
            ("the father looks", "the daughter looks"),
        ),
        (
            "In 2008, Rowling donated the same amount to the Conservative party.",
            "Rowling faced criticism after she had donated £1m to the campaign. In 2008, she "
            "donated the same amount to the Labour party.",
            ("Conservative", "Labour"),
        ),
        (
            "McKenzie has a record of eight wins and one defeat from his nine fights.",
            "McKenzie has a record of eight wins and one draw from his nine fights.",
            ("defeat", "draw"),
        ),
    ],
    ids=[
        "of which",
        "the same noun dated",
        "the same words before",
        "another firm",
        "swapped",
        "a capitalised adjective names the noun",
        "a result for another",
    ],
)
def test_a_fact_stated_otherwise_in_the_claims_slot(
    claim: str, evidence: str, conflict: tuple[str, str]
) -> None:
    """A part counted by "of which", a date of the same noun, a name after the same words, a
    person's office at another organisation, two subjects given the other way round."""
    result = aligned(claim, evidence)
    assert [(c.claim, c.evidence) for c in result.conflicting] == [conflict], result


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "Investigators found 41 videos from the hidden camera, 34 of which showed victims.",
            "Investigators found 41 videos from the hidden camera, 34 of which showed victims as "
            "they showered.",
        ),
        (
            "Ella Henderson rose to fame in the 2012 series of The X Factor.",
            "Ella Henderson's vocals propelled her to fame in 2012's series of The X Factor.",
        ),
        ("Hamilton won the 2008 season.", "Hamilton won in the 2008 season and the 2012 season."),
        (
            "The campaign features the singer's latest single, Mirror Man.",
            "The campaign launched featuring the singer's latest single, Mirror Man.",
        ),
        (
            "Mark Hargreaves is the CEO of Crown Talent, which manages Ella.",
            "Mark Hargreaves, the CEO of Crown Talent - who manage Ella - has commented.",
        ),
        (
            "In each picture the daughter looks into the camera while her father pulls a pose.",
            "In each picture the daughter looks into the camera while her father pulls a pose.",
        ),
        (
            "In 2008, Rowling donated the same amount to the Labour party.",
            "In 2008, Rowling donated the same amount to the Labour party.",
        ),
        (
            "U.S. naval intelligence did not see the aircraft again for 14 days.",
            "But after the recent incident, U.S. naval intelligence did not see it again for two "
            "weeks.",
        ),
        (
            "The shooting took place in August 2013.",
            "Luna was found guilty of first-degree murder Friday for his role in the August 2013 "
            "drive-by shooting of Christopher Lane.",
        ),
    ],
    ids=[
        "of which",
        "dated",
        "two seasons",
        "same words before",
        "same firm",
        "same subjects",
        "same party",
        "a span of time in other units",
        "the date of the noun the claim's verb of occurring dates",
    ],
)
def test_the_same_fact_in_the_claims_slot_is_no_conflict(claim: str, evidence: str) -> None:
    assert aligned(claim, evidence).conflicting == []


def test_a_surname_typed_a_place_is_a_person_taking_part() -> None:
    """The small model types "Henderson" a place; the text names Ella Henderson, so a person
    takes part in the claim's event, and a passage must name the event to support it."""
    result = aligned(
        "Henderson will donate her fee from the campaign to charity.",
        "X Factor finalist, Ella Henderson, has been revealed as the face of Batiste.",
    )
    assert result.event_named and result.event_stated is False, result


@pytest.mark.parametrize(
    ("claim", "evidence", "conflict"),
    [
        (
            "Lynch is exiting Showtime's twelve-episode revival over a salary dispute.",
            "Lynch announced Sunday that he was exiting Showtime's nine-episode revival over a "
            "salary dispute.",
            ("twelve episode revival", "nine episode revival"),
        ),
        (
            "Gricar was 49 when he disappeared.",
            "No one has been able to find the veteran district attorney, who was 59 when he "
            "disappeared.",
            ("Gricar was 49", "who was 59"),
        ),
        (
            "Prosecutor Ray Gricar went missing on April 15, 2005.",
            "In 2014, the state police took over, but that was nine years after Gricar went "
            "missing.",
            None,
        ),
    ],
    ids=["a number in words joined to its noun", "an age when", "a date of another time"],
)
def test_numbers_ages_and_dates_written_around_the_event(
    claim: str, evidence: str, conflict: tuple[str, str] | None
) -> None:
    """ "nine-episode" counts episodes (digits so joined are names: "3-kinase"); "who was 59
    when he disappeared" is an age then; "In 2014 ... nine years after Gricar went missing"
    dates another event than the disappearance."""
    result = aligned(claim, evidence)
    assert [(c.claim, c.evidence) for c in result.conflicting] == (
        [conflict] if conflict else []
    ), result


def test_his_stands_for_the_owner_named_before() -> None:
    """ "His red Mini Cooper" after Ray Gricar is named states "Gricar's red Mini Cooper"; not
    Smith's."""
    text = (
        "Since then, the case of Ray Gricar has become one of the most talked about stories. "
        "When he went missing, he left behind a girlfriend. His red Mini Cooper was found "
        "abandoned near a bridge on the Susquehanna River."
    )
    gricar = aligned("Gricar's red Mini Cooper was found near the Susquehanna River.", text)
    assert "Gricar" in gricar.matched and gricar.missing == [], gricar
    smith = aligned("Smith's red Mini Cooper was found near the Susquehanna River.", text)
    assert smith.missing == ["Smith's"], smith


def test_a_currency_sign_read_back_in_the_wrong_encoding_is_still_a_sum() -> None:
    """Web text often carries "Â£1m" for "£1m" (UTF-8 read as Windows-1252)."""
    result = aligned(
        "Rowling donated £1m to the campaign for a No vote.",
        "It emerged she had donated Â£1m to the campaign for a No vote, Rowling said.",
    )
    assert "£1 million" in result.matched and result.missing == [], result


@pytest.mark.parametrize(
    ("claim", "details", "bare"),
    [
        (
            "Russian military police operate in northern Syria in 1923.",
            ["1923"],
            "Russian military police operate in northern Syria.",
        ),
        ("In 1923, Russia sent police to Ain Issa.", ["1923"], "Russia sent police to Ain Issa."),
        (
            "The SDF is led by Kurds in Reykjavik in 1887.",
            ["Reykjavik", "1887"],
            "The SDF is led by Kurds.",
        ),
        ("It rained in Tbilisi.", ["Tbilisi"], None),  # too little left
        ("Russia sent police.", ["1923"], None),  # not in the claim as written
    ],
)
def test_without_details(claim: str, details: list[str], bare: str | None) -> None:
    from verify.judge.align import without_details

    assert without_details(claim, details) == bare


def test_agreeing_to_do_a_thing_clashes_with_refusing_to_do_it() -> None:
    """ "agreed to cooperate" is *cooperate*, as "refused to cooperate" is *cooperate* negated:
    the two state the event both ways for the same actor."""
    result = aligned(
        "Police said Jackie agreed to cooperate, so they could pursue the case.",
        "In both cases, police said Jackie refused to cooperate and so they could not pursue the "
        "case.",
    )
    found = [c for c in result.conflicting if c.kind is FactKind.EVENT]
    assert found and "cooperate" in found[0].claim and "not cooperate" in found[0].evidence, result


def test_refraining_from_doing_a_thing_is_not_doing_it() -> None:
    """ "refrain from attacking" is *attack*, negated, as "refused to attack" is."""
    result = aligned(
        "O'Malley directly attacked Clinton in his speech in Des Moines.",
        "O'Malley, like other Democrats, appears to refrain from directly attacking Clinton.",
    )
    found = [c for c in result.conflicting if c.kind is FactKind.EVENT]
    assert found and "not attack" in found[0].evidence, result


def test_one_off_and_one_time_are_no_counts() -> None:
    """ "One-off events" and "a one-time payment" count nothing ("one events" was a number the
    evidence had to state); "a two-time champion" still counts."""
    for text in (
        "The Earth has been changing, with cycles and one-off events such as a supernova.",
        "It was a one-time payment and a one-sided game.",
    ):
        assert not [f for f in facts(text) if f.kind is FactKind.NUMBER], text
    assert [f.key for f in facts("He is a two-time champion.") if f.kind is FactKind.NUMBER] == [
        "2"
    ]


@pytest.mark.parametrize(
    ("claim", "evidence", "stated", "clash"),
    [
        (
            "Greenland on the whole is losing ice.",
            "Satellite measurements of Greenland's ice cover reveal a trend of increased melting.",
            False,
            False,
        ),
        (
            "Greenland on the whole is gaining ice.",
            "Satellite measurements of Greenland's ice cover reveal a trend of increased melting.",
            False,
            False,
        ),
        (
            "Sea level rise is now slowing.",
            'Sea level rise. "Antarctica ice melt has accelerated by 280% in the last 4 decades".',
            False,
            True,
        ),
        (
            "Arctic sea ice loss is accelerating.",
            "The Arctic has seen an increase in sea ice loss since 1979.",
            True,
            False,
        ),
        (
            "Arctic sea ice is declining.",
            "Arctic sea ice loss rose sharply after 1979.",
            True,
            False,
        ),
        ("Arctic sea ice is growing.", "Arctic sea ice loss rose sharply after 1979.", False, True),
    ],
    ids=[
        "more melting does not state losing ice",
        "more melting does not state gaining ice",
        "faster ice melt is no way of sea level",
        "an increase in loss, for a claim on loss, read as written",
        "loss is a way down, its rising no way",
        "loss is a way down, against growth",
    ],
)
def test_a_way_of_a_way_down_is_no_way(
    claim: str, evidence: str, stated: bool, clash: bool
) -> None:
    """ "Increased melting" says an ice sheet goes down, but "ice melt has accelerated" says sea
    level goes up: a word for a way that qualifies a noun for a way down says no way of the
    claim's thing, unless the claim is such a pair itself ("ice loss is accelerating")."""
    result = aligned(claim, evidence)
    assert bool(result.event_stated) is stated
    assert (result.direction_clash is not None) is clash


@pytest.mark.parametrize(
    ("claim", "clash"),
    [
        ("The man who died in the crash was 42.", True),
        ("The man who died in the crash was 32.", False),
        ("The victim, aged 42, died in a crash near the Hindhead tunnel.", True),
        ("The man who died in the crash was 42 years old.", True),
    ],
    ids=["was 42", "was 32, the same", "aged 42", "42 years old"],
)
def test_a_bare_number_a_person_was_is_an_age(claim: str, clash: bool) -> None:
    """ "The man who died was 42" states an age, which the small model tags a date: against
    "a 32-year-old man died" it is another age."""
    result = aligned(claim, "A 32-year-old man died in a crash near the Hindhead tunnel.")
    assert bool(result.conflicting) is clash, result
    if not clash:
        assert any("32" in m for m in result.matched), result


def test_a_bare_number_a_thing_was_is_no_age() -> None:
    assert all(f.anchor != "age" for f in facts("The score was 42.") if f.kind is FactKind.NUMBER)
    assert all(f.anchor != "age" for f in facts("The company was 42.") if f.kind is FactKind.NUMBER)


def test_half_a_million_is_half_of_it() -> None:
    number = next(
        f for f in facts("It has been viewed half a million times.") if f.kind is FactKind.NUMBER
    )
    assert number.key == "500000" and number.text == "half a million times"
    result = aligned(
        "The video has been viewed more than 500,000 times.",
        "The video has been viewed more than half a million times online.",
    )
    assert result.conflicting == [] and "500,000 times" in result.matched, result


@pytest.mark.parametrize(("age", "clash"), [("41", True), ("31", False)])
def test_the_age_that_opens_a_sentence_is_the_named_persons(age: str, clash: bool) -> None:
    """ "The 31-year-old also altered ..." after a sentence that names Ian Guffick, and no one
    else, gives Guffick's age, though the claim's other words ("teacher") are not there."""
    result = aligned(
        f"Ian Guffick is a {age}-year-old teacher.",
        "Ian Guffick asked pupils at Mitton Manor Primary School to make changes to their SATs "
        "exam answers. The 31-year-old also altered a number of the pupil's exam answers "
        "himself before the papers were sent off.",
    )
    assert bool(result.conflicting) is clash, result


def test_an_age_of_a_noun_is_that_nouns() -> None:
    """ "The pupil was 16" is the pupil's age, not Granado's: another pupil's age in the
    sentence ("another pupil, also aged 15") is the one it is set against."""
    result = aligned(
        "The second pupil who accused Granado was 16.",
        "Now she has been arrested again after another pupil, also aged 15, also accused "
        "Granado of having sex with him on two consecutive nights in January this year.",
    )
    assert [(c.claim, c.evidence) for c in result.conflicting] == [
        ("the pupil was 16", "the pupil aged 15")
    ], result


def test_what_a_person_intends_to_do_is_not_done() -> None:
    """ "It is not known how Granado intends to plead" states no plea."""
    result = aligned(
        "Granado has pleaded not guilty to the charges.",
        "It is not known how Granado intends to plead to the second set of charges against her.",
    )
    assert not result.event_stated and "Granado plead" not in result.matched, result


def test_the_citys_stands_for_the_place_named_before() -> None:
    """ "one of the city's main shopping districts" after a sentence on Hong Kong states "one of
    Hong Kong's main shopping districts"; a city the passage never names is not stated."""
    claim = (
        "The original Jenny's shop is in Tsim Sha Tsui, one of Hong Kong's main shopping districts."
    )
    sentence = (
        "The original Jenny's shop is in Tsim Sha Tsui, one of the city's main shopping districts."
    )
    result = alignment_of(
        claim,
        f"There's a booming black market in Hong Kong for Jenny's butter cookies. {sentence}",
        sentences=[
            "There's a booming black market in Hong Kong for Jenny's butter cookies.",
            sentence,
        ],
    )
    assert result is not None and "Hong Kong's" in result.matched, result
    alone = alignment_of(
        claim,
        f"There's a booming black market for Jenny's butter cookies. {sentence}",
        sentences=["There's a booming black market for Jenny's butter cookies.", sentence],
    )
    assert alone is not None and "Hong Kong's" not in alone.matched, alone


@pytest.mark.parametrize(("age", "clash"), [("42", True), ("32", False)])
def test_the_age_of_the_same_noun_is_the_same_ones(age: str, clash: bool) -> None:
    """ "The man who died in the crash was 42" against "The 32-year-old man was pronounced dead"
    after the crash is named: the age of the one man the sentences give an age to."""
    sentences = [
        "The crash, involving several vehicles, happened on the southbound carriageway, near "
        "the Hindhead tunnel at Bramshott, at about 07:30 GMT on Thursday.",
        "The 32-year-old man was pronounced dead at the scene.",
        "Police said a 33-year-old man from Waterlooville had been arrested on suspicion of "
        "causing death by driving without due care and attention.",
    ]
    result = alignment_of(
        f"The man who died in the crash was {age}.", " ".join(sentences), sentences=sentences
    )
    assert result is not None and bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("team", "clash"), [("Sunderland", True), ("Crystal Palace", False)])
def test_a_goal_scored_for_a_team_is_that_teams(team: str, clash: bool) -> None:
    """ "scored a hat trick for Sunderland" against "scored Crystal Palace's first ever hat
    trick": the hat trick is another team's."""
    result = aligned(
        f"Yannick Bolasie scored a hat trick for {team}.",
        "Yannick Bolasie scored Crystal Palace's first ever hat trick in the Premier League to "
        "secure an easy victory.",
    )
    assert bool(result.conflicting) is clash, result


def test_aid_for_a_country_is_no_goal() -> None:
    """Only a thing scored is the team's: "sent aid for Syria" says nothing of whose aid."""
    result = aligned("Turkey sent aid for Syria.", "Turkey sent Russia's aid to the border.")
    assert not any(c.claim == "Syria" for c in result.conflicting), result


@pytest.mark.parametrize(
    ("evidence", "stated"),
    [
        ("Two other people were taken to hospital.", True),
        ("Two of the victim's brothers were in the car.", False),
    ],
)
def test_a_light_verbs_noun_is_asked_of_the_text(evidence: str, stated: bool) -> None:
    """ "were taken to hospital": what happened is the hospital, not the taking."""
    result = aligned("Two other people were taken to hospital with serious injuries.", evidence)
    assert result.complement_word == "hospital"
    assert result.complement_stated is stated, result


def test_what_one_would_become_is_asked_of_the_text() -> None:
    claim = "Hitzlsperger announced he would become a coach at Bayern Munich."
    result = aligned(claim, "Bayern Munich, where Hitzlsperger began his career, praised him.")
    assert result.complement_word == "coach" and result.complement_stated is False, result
    coach = aligned(claim, "Hitzlsperger will become a coach at Bayern Munich next season.")
    assert coach.complement_stated is True, coach


def test_a_copulas_complement_is_not_asked() -> None:
    result = aligned("The memorial is a tribute to the officers.", "The memorial honours them.")
    assert result.complement_stated is None and result.complement_word == ""


WEST_BROM = (
    "Another Midlands club looking over their shoulder is West Brom, who conceded an injury "
    "time goal to lose 3-2 against bottom club Leicester City."
)


@pytest.mark.parametrize(
    ("claim", "clash"),
    [
        ("West Brom beat Leicester City 3-2.", True),
        ("Leicester City beat West Brom 3-2.", False),
        ("West Brom lost 3-2 to Leicester City.", False),
    ],
)
def test_a_side_that_lost_by_the_score_did_not_win(claim: str, clash: bool) -> None:
    """ "conceded an injury time goal to lose 3-2": the loss is West Brom's, though the
    infinitive hangs on the goal and its subject is "who"."""
    result = aligned(claim, WEST_BROM)
    clashes = [c for c in result.conflicting if c.kind is FactKind.EVENT]
    assert bool(clashes) is clash, result
    if clash:
        assert clashes[0].evidence == "West Brom lose"


def test_a_win_without_a_score_is_not_set_against_a_loss() -> None:
    """Without a score the two may be different matches (a doubles rubber lost, the tie won)."""
    result = aligned("Arsenal beat Burnley.", "Arsenal lost 1-0 at Turf Moor.")
    assert not any(c.kind is FactKind.EVENT for c in result.conflicting), result


@pytest.mark.parametrize(("place", "clash"), [("Florida", True), ("Texas", False)])
def test_a_place_of_the_same_ones_noun_is_where_it_is(place: str, clash: bool) -> None:
    """ "her home in Florida" against "her Texas home": where the same one's home is, though
    the sentence calls Rebekah Gregory "she"."""
    result = aligned(
        f"Rebekah Gregory spoke to reporters outside her home in {place}.",
        '"I don\'t believe that there will ever be justice brought to this," she said, crying as '
        "she spoke to reporters outside her Texas home.",
    )
    assert bool(result.conflicting) is clash, result
    if clash:
        assert (result.conflicting[0].claim, result.conflicting[0].evidence) == ("Florida", "Texas")


@pytest.mark.parametrize(("count", "clash"), [("five", True), ("three", False)])
def test_a_bare_count_is_set_against_the_bare_count_on_its_verb(count: str, clash: bool) -> None:
    """ "Three were sentenced to death", after the sentence on the 55 found guilty, counts the
    claim's "five were sentenced": the two sentences are read together, and two bare counts on
    one verb are the same count."""
    sentences = [
        "Armed soldiers guarded the exits.",
        "In the patently unfair, open air trial that followed, 55 people were found guilty of a "
        "range of offenses linked to violent attacks in the region and jailed.",
        "Three were sentenced to death.",
    ]
    result = alignment_of(
        f"In the trial, 55 people were found guilty and {count} were sentenced to death.",
        " ".join(sentences),
        sentences=sentences,
    )
    assert result is not None
    assert [(c.claim, c.evidence) for c in result.conflicting] == (
        [("five", "Three")] if clash else []
    ), result


def test_a_bare_count_on_another_verb_is_no_clash() -> None:
    result = aligned("Five were sentenced to death.", "Three were released on bail.")
    assert result.conflicting == [], result


def test_a_counted_noun_is_no_light_verbs_complement() -> None:
    """ "was given two days of leave": the count is a fact of its own, checked as such."""
    result = aligned("The guard was given two days of leave.", "The guard was suspended.")
    assert result.complement_stated is None, result


def test_a_name_ending_in_a_date_gives_up_the_date_only_for_a_real_one() -> None:
    """ "Glamorgan on April 19" (one facility to the small model) is a place and a date; "the
    Gospel of Mark" keeps its "Mark", which only begins like "March"."""
    campaign = facts("Surrey are set to begin their campaign at Glamorgan on April 19.")
    assert {(f.kind, f.text) for f in campaign} >= {
        (FactKind.PLACE, "Glamorgan"),
        (FactKind.DATE, "April 19"),
    }
    gospel = facts("According to the Gospel of Mark, women provided for him.")
    assert "the Gospel of Mark" in {f.text for f in gospel}


def test_the_years_of_a_range_are_two_dates() -> None:
    """ "between 2004 and 2012" is 2004 and 2012; a text's "between 2004 and 2009" states the
    first, not the second."""
    claim = "Iran built a centrifuge facility named Fordo between 2004 and 2012."
    assert {f.text for f in facts(claim) if f.kind is FactKind.DATE} == {"2004", "2012"}
    result = aligned(
        claim, "Between 2004 and 2009, the Iranian government built a facility named Fordo."
    )
    assert "2004" in result.matched and not result.states_facts(), result


OZIL = (
    "He has been doing the business on the pitch after returning from injury though, wracking "
    "up four assists and scoring three goals since January."
)


@pytest.mark.parametrize(
    ("claim", "stated"),
    [
        ("Ozil has scored three goals since January.", True),
        ("Ozil has scored four goals since January.", False),
    ],
)
def test_a_number_given_to_another_noun_does_not_state_the_claims_count(
    claim: str, stated: bool
) -> None:
    """ "four assists and three goals" gives four to the assists and another number to the
    goals: it states no "four goals"."""
    counted = next(f for f in facts(claim) if f.kind is FactKind.NUMBER)
    assert (counted.text in aligned(claim, OZIL).matched) is stated


GERRARD = (
    "Rodgers would not discuss whether he would give Gerrard, available after a three-match "
    "suspension, an immediate recall against Villa."
)


@pytest.mark.parametrize(("count", "clash"), [("five", True), ("three", False)])
def test_a_count_made_one_word_with_a_noun_is_the_same_things(count: str, clash: bool) -> None:
    """ "a five-match suspension" against the one "three-match suspension" of the named man,
    though the sentence says little else of the claim."""
    result = aligned(f"Gerrard is available after serving a {count}-match suspension.", GERRARD)
    clashes = [c for c in result.conflicting if c.kind is FactKind.NUMBER]
    assert bool(clashes) is clash, result
    assert clash or not result.conflicting


@pytest.mark.parametrize(
    ("evidence", "stated"),
    [
        ("Duffy was linked with Leeds but the two clubs could not agree on a price.", False),
        ("Duffy signed a contract for two years.", True),
        ("Duffy signed a two-year deal.", True),
    ],
)
def test_a_count_of_years_is_stated_only_by_a_count_of_years(evidence: str, stated: bool) -> None:
    result = aligned("Duffy signed a two-year contract.", evidence)
    assert ("two year contract" in result.matched) is stated, result


@pytest.mark.parametrize(("reason", "clash"), [("suspension", True), ("illness", False)])
def test_why_a_player_missed_a_game_is_one_reason(reason: str, clash: bool) -> None:
    result = aligned(
        f"Ozil missed Arsenal's last game against Newcastle through {reason}.",
        "Ozil missed Arsenal's last game against Newcastle through illness, but will be "
        "expected to start against Liverpool.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("club", "clash"), [("FC Copenhagen", True), ("FC Midtjylland", False)])
def test_a_name_whose_initials_are_its_own_first_word_is_not_an_acronym(
    club: str, clash: bool
) -> None:
    """ "FC Copenhagen" has the initials "FC": "FC Midtjylland" does not state it."""
    result = aligned(
        f"Lindegaard was linked with a move to {club} in January.",
        "Lindegaard, who has been told he can leave United, was linked with a move to FC "
        "Midtjylland in January but the two clubs could not agree on a price.",
    )
    assert bool(result.conflicting) is clash, result
    assert clash or result.states_facts(), result


@pytest.mark.parametrize(
    ("claim", "clash"),
    [
        ("Arsenal lost 2-1 at St James' Park.", True),
        ("Arsenal won 2-1 at St James' Park.", False),
        ("Newcastle lost 2-1 at St James' Park.", False),
    ],
)
def test_a_sides_own_result_noun_is_its_result(claim: str, clash: bool) -> None:
    result = aligned(
        claim, "Ozil missed Arsenal's 2-1 win at St James' Park through illness, his manager said."
    )
    clashes = [c for c in result.conflicting if c.kind is FactKind.EVENT]
    assert bool(clashes) is clash, result


LINDEGAARD = (
    "Danish international Lindegaard posted a link to Beqiri's Instagram account. The Swedish "
    "beauty likes to flaunt her good looks on Instagram. The 31-year-old moved to the Premier "
    "League in 2010 after signing from Norwegian side Aalesunds but has failed to make an impact."
)


@pytest.mark.parametrize(("nation", "clash"), [("Swedish", True), ("Norwegian", False)])
def test_a_names_nation_is_its_own_fact(nation: str, clash: bool) -> None:
    """ "Swedish side Aalesunds" against "Norwegian side Aalesunds", though the sentence does
    not say where he went and another sentence says "Swedish" of someone else."""
    result = aligned(f"Lindegaard signed for United from {nation} side Aalesunds.", LINDEGAARD)
    clashes = [c for c in result.conflicting if c.kind is FactKind.GROUP]
    assert bool(clashes) is clash, result


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "Arsene Wenger dismissed claims that Ozil was seen in a Berlin nightclub.",
            "Ozil was said to have been spotted in a Berlin nightclub, though manager Arsene "
            "Wenger rubbished those claims.",
        ),
        (
            "Lindegaard married Misse Beqiri.",
            "Lindegaard and Misse Beqiri had a beach wedding in Mauritius last year.",
        ),
    ],
)
def test_other_words_for_the_same_event_state_it(claim: str, evidence: str) -> None:
    assert aligned(claim, evidence).event_stated, aligned(claim, evidence)


EXPOSURE = (
    "The level of exposure was less than 1% of the level at which it is reportable to the "
    "Health and Safety Executive."
)


@pytest.mark.parametrize(("bound", "clash"), [("more than", True), ("less than", False)])
def test_a_number_given_as_the_opposite_bound_is_stated_otherwise(bound: str, clash: bool) -> None:
    result = aligned(
        f"The level of exposure was {bound} 1% of the level at which it is reportable.", EXPOSURE
    )
    assert bool(result.conflicting) is clash, result
    if clash:
        assert result.conflicting[0].evidence == "less than 1"


def test_a_passive_denial_of_the_claims_object_is_a_clash() -> None:
    """ "no investigation has been carried out" names no one who did not: it denies the claim's
    "carried out an investigation" of anyone."""
    result = aligned(
        "The Health and Safety Executive carried out an investigation into the incident.",
        "It was not reportable and no staff raised the issue with the Health and Safety "
        "Executive, so no investigation has been carried out.",
    )
    clashes = [c for c in result.conflicting if c.kind is FactKind.EVENT]
    assert clashes and clashes[0].evidence == "no investigation carry", result


@pytest.mark.parametrize(("count", "clash"), [("Eight", True), ("Six", False)])
def test_workers_and_personnel_count_the_same_people(count: str, clash: bool) -> None:
    result = aligned(
        f"{count} Wood Group workers were exposed to radioactive material on the Thistle platform.",
        "During planned shutdown activities on its Thistle platform, six personnel employed by "
        "Wood Group were removing a piece of pipework when they were exposed to radioactive "
        "material.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "George North was knocked out for the third time in two months.",
            "It was the third time that the Wales and Lions winger had been knocked out in the "
            "space of two months.",
        ),
        (
            "Ozil missed Arsenal's last game against Newcastle through illness.",
            "The midfielder, who was signed from Real Madrid in 2013, missed Arsenal's last game "
            "against Newcastle through illness.",
        ),
    ],
)
def test_a_person_described_by_a_name_is_no_other_actor(claim: str, evidence: str) -> None:
    """ "the Wales and Lions winger" is someone Wales describes, not Wales in George North's
    place; "the midfielder" may be Ozil."""
    assert not aligned(claim, evidence).conflicting


@pytest.mark.parametrize(("low", "high", "clash"), [("135", "138", False), ("135", "140", True)])
def test_a_range_of_sums_written_with_a_dash_holds_both_sums(
    low: str, high: str, clash: bool
) -> None:
    result = aligned(
        f"Furious 7 was expected to open to between ${low} million and ${high} million in North "
        "America.",
        'Universal\'s "Furious 7" continues to build momentum at the Friday box office for a '
        "weekend debut in the $135 million-$138 million range, the largest opening in North "
        "America since fall 2013.",
    )
    assert bool(result.conflicting) is clash, result
    assert not result.missing, result


@pytest.mark.parametrize(
    ("claim", "evidence", "says"),
    [
        (
            "The crossing to Djibouti took Qassim's family eight hours.",
            "Qassim and her family fled Birim at first light. Twenty-five of them squeezed into "
            "one boat. The women were violently ill. It took them five hours to cross into the "
            "north of Djibouti.",
            "five hours",
        ),
        (
            "Production of Furious 7 resumed in April 2015.",
            'Universal intended to open "Furious 7" in July, but production was halted in November '
            "2013. After the script was tweaked, production resumed in April 2014.",
            "April 2014",
        ),
    ],
)
def test_a_phrase_written_short_in_the_same_place_holds_the_phrase(
    claim: str, evidence: str, says: str
) -> None:
    """ "them" for "Qassim's family", "production" for "Production of Furious 7": news names a
    thing once, then writes it short."""
    result = aligned(claim, evidence)
    assert [c.evidence for c in result.conflicting] == [says], result


@pytest.mark.parametrize(("nation", "clash"), [("Armenian", True), ("Georgian", False)])
def test_a_nation_swapped_inside_a_name_is_a_clash(nation: str, clash: bool) -> None:
    result = aligned(
        f"Nigalidze won the 2013 and 2014 {nation} Chess Championships.",
        "Nigalidze's resume includes victories in the 2013 and 2014 Georgian Chess Championships.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("order", "clash"), [("after", True), ("before", False)])
def test_before_and_after_the_same_thing_clash(order: str, clash: bool) -> None:
    result = aligned(
        f"Rockstar said online heists are coming to consoles {order} the PC release date.",
        "The company announced that eagerly-awaited online heists are coming to consoles before "
        "the PC release date.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("party", "clash"), [("Fianna Fail", True), ("Fine Gael", False)])
def test_another_title_for_the_same_person_is_a_clash(party: str, clash: bool) -> None:
    result = aligned(
        f"James Bannon, the local {party} TD, is confident the venture will be a success.",
        "Nevertheless, James Bannon, the local Fine Gael TD, is confident the venture will be a "
        "success.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("year", "clash"), [("2014", True), ("2012", False)])
def test_a_date_of_another_verb_in_the_sentence_does_not_state_the_claims(
    year: str, clash: bool
) -> None:
    result = aligned(
        f"A hologram of Tupac Shakur performed at Coachella in {year}.",
        "A Michael Jackson hologram appeared at the Billboard Music Awards in 2014, and a "
        "hologram of Tupac Shakur performed at Coachella in 2012.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "In-store displays with a 12-inch-diameter hole will rule out anything too large.",
            "In-store displays with a 10-inch-diameter hole will rule out anything too "
            "ridiculously large for Slurpee consumption.",
        ),
        (
            "Henderson's new deal is worth around £120,000 a week and runs until 2020.",
            "Henderson's new deal is worth around £100,000-a-week and will run until the summer "
            "of 2020.",
        ),
        (
            "The strongest tremor last May was magnitude-5.",
            "Last May, two earthquakes in the same area left more than 20 people dead. The "
            "strongest tremor was magnitude-6 and caused significant damage.",
        ),
    ],
)
def test_numbers_written_as_one_word_with_a_unit_are_read(claim: str, evidence: str) -> None:
    """ "10-inch-diameter", "£100,000-a-week", "magnitude-6": one word to the tokenizer."""
    assert aligned(claim, evidence).conflicting


def test_a_span_of_time_is_not_stated_by_a_count_of_something_else() -> None:
    result = aligned(
        "The sentencing phase is expected to last six weeks.",
        "The 44-year-old took charge of the club last summer and is only six games away from "
        "winning the title.",
    )
    assert "six weeks" in result.missing, result


@pytest.mark.parametrize(("cause", "clash"), [("a car crash", True), ("a shootout", False)])
def test_ways_of_being_killed_are_of_one_kind(cause: str, clash: bool) -> None:
    result = aligned(
        f"Tsarnaev's brother, Tamerlan, was killed in {cause} two years ago.",
        "Tsarnaev was convicted last week, while his brother, Tamerlan, was killed in a shootout "
        "with police two years ago.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("age", "clash"), [("32", True), ("30", False)])
def test_an_age_of_a_noun_for_the_person_is_the_subjects(age: str, clash: bool) -> None:
    """ "The former Manchester City man, 30," is the age of whoever won the caps."""
    result = aligned(
        f"Milner, {age}, won 61 caps for England.",
        "The former Manchester City man, 30, won 61 caps for England after making his senior "
        "debut in 2009.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("age", "clash"), [("52", True), ("46", False)])
def test_an_age_of_a_name_read_as_a_common_noun_is_an_age(age: str, clash: bool) -> None:
    """The small model reads "Southgate" at the start of the claim as a common noun."""
    result = aligned(
        f"Southgate, {age}, has a World Cup qualifier against Scotland at Wembley.",
        "Former England international Southgate, 46, has a World Cup qualifier against "
        "Scotland at Wembley on 11 November.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("amount", "clash"), [("300 million", True), ("200 million", False)])
def test_the_amount_of_a_change_is_a_count_on_its_verb(amount: str, clash: bool) -> None:
    result = aligned(
        f"The Department for Environment, Food and Rural Affairs found the number had gone up by "
        f"{amount} since 2013.",
        "The Department for Environment, Food and Rural Affairs found the number had gone up by "
        "200 million since 2013.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("way", "clash"), [("an increase", True), ("a decrease", False)])
def test_the_way_a_witnessing_verbs_object_goes(way: str, clash: bool) -> None:
    result = aligned(
        f"Supermarkets in Wales have seen {way} in bags used.",
        "Supermarkets in Wales, Scotland and Northern Ireland, where people are charged for "
        "carrier bags, have all seen a decrease in bags used.",
    )
    assert (result.direction_clash is not None) is clash, result


@pytest.mark.parametrize(("team", "clash"), [("Slovenia", True), ("Malta", False)])
def test_a_verb_tagged_as_a_name_is_read_as_the_verb(team: str, clash: bool) -> None:
    """The small model tags "oversaw" in the long sentence as a proper noun."""
    result = aligned(
        f"Southgate oversaw England's 2-0 win against {team}.",
        "Southgate succeeded Sam Allardyce in September and oversaw England's 2-0 win against "
        "Malta as well the disappointing 0-0 draw with Slovenia on Tuesday.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("doer", "clash"), [("lightning", True), ("farmers", False)])
def test_another_doer_of_the_same_passive_event(doer: str, clash: bool) -> None:
    result = aligned(
        f"The fires in Siberia were started by {doer}.",
        "The fires were started in southeastern Siberia, by farmers burning grass in their fields.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("area", "clash"), [("2,000", True), ("12,000", False)])
def test_a_person_named_beside_a_sentence_that_names_no_one_is_whom_it_is_about(
    area: str, clash: bool
) -> None:
    result = aligned(
        f"The search for Ron Ingraham covered {area} square miles.",
        "Ron Ingraham set off around last Thanksgiving solo from the Hawaiian island of "
        "Molokai. A distress call went out, prompting a search that would cover 12,000 square "
        "miles.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("asked", "clash"), [("sign", True), ("veto", False)])
def test_the_opposite_of_what_was_asked_on_the_same_object(asked: str, clash: bool) -> None:
    result = aligned(
        f"Hours after Walmart's CEO called on Gov. Asa Hutchinson to {asked} the bill, the "
        "governor held a news conference.",
        "Hours after the company's CEO, Doug McMillon, called on Republican Gov. Asa Hutchinson "
        "to veto the bill, the governor held a news conference and announced he would not sign "
        "the legislation unless its language was fixed.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("heirs", "clash"), [("grandchildren", True), ("children", False)])
def test_children_are_not_grandchildren(heirs: str, clash: bool) -> None:
    result = aligned(
        f"Last year Sullivan said he and Gold intended the ownership to pass on to their {heirs}.",
        "Last year Sullivan said it was possible a minority shareholding could be sold to clear "
        "debts but that he and Gold intended the ownership to pass on to their children.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("day", "clash"), [("Sunday", True), ("Saturday", False)])
def test_a_verb_parsed_as_the_head_noun_between_two_names_dates_the_event(
    day: str, clash: bool
) -> None:
    """The small model parses "St Mirren host Falkirk on Saturday" as one noun phrase."""
    result = aligned(
        f"Championship bottom side St Mirren host Falkirk on {day}.",
        "Championship bottom side St Mirren host Falkirk on Saturday.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("team", "clash"), [("United", True), ("City", False)])
def test_an_untyped_name_in_the_claims_team_place(team: str, clash: bool) -> None:
    """The small model gives "City" no type; it stands where the claim's "United" does."""
    result = aligned(
        f"Marcus Wood came closest for {team} in the first half with an audacious chip.",
        "In an even first-half the impressive Marcus Wood, from just down the road in Sale, came "
        "closest for City with an audacious chip. United manager Paul McGuinness saw his side "
        "claim victory.",
    )
    assert bool(result.conflicting) is clash, result


def test_labelled_states_called() -> None:
    result = aligned(
        "Joe Hart called Gianluigi Buffon a 'legend of the game' after the Italian won his 147th "
        "cap.",
        "England ace Joe Hart labelled fellow goalkeeper Gianluigi Buffon a 'legend of the game' "
        "after seeing the Italian veteran claim his 147th cap.",
    )
    assert result.event_stated, result


@pytest.mark.parametrize(("score", "clash"), [("2-0", True), ("1-0", False)])
def test_a_score_beside_saw_off_is_the_results(score: str, clash: bool) -> None:
    result = aligned(
        f"Manchester United's Under 18s beat City {score} in the 'mini-derby'.",
        "First blood to United after their Under 18s saw off City 1-0 in the 'mini-derby'.",
    )
    assert bool(result.conflicting) is clash and (clash or "1-0" in result.matched), result


def test_saw_off_states_beat() -> None:
    result = aligned(
        "Manchester United's Under 18s beat City 1-0 in the 'mini-derby'.",
        "First blood to United after their Under 18s saw off City 1-0 in the 'mini-derby'.",
    )
    assert result.event_stated and "1-0" in result.matched, result


@pytest.mark.parametrize(("pages", "clash"), [("24", True), ("16", False)])
def test_digits_hyphened_to_a_part_of_a_whole_count_it(pages: str, clash: bool) -> None:
    result = aligned(
        f"Christie's sold the {pages}-page handwritten manuscript of the song's lyrics.",
        "On Tuesday, Christie's sold the 16-page handwritten manuscript of the song's lyrics for "
        "$1.2 million to an unnamed buyer.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("text", "absent"), [("a photo of herself", True), ("her account", False)])
def test_an_organisation_describing_a_noun_the_text_never_writes_is_absent(
    text: str, absent: bool
) -> None:
    result = aligned(
        "P!nk later deleted the photo from her Instagram account.",
        f"The singer P!nk posted {text} this past weekend.",
    )
    assert ("Instagram" in result.absent) is absent, result


def test_an_untyped_name_describing_a_noun_may_be_written_otherwise() -> None:
    """Climate-FEVER's evidence names neither Zika nor a virus, and supports the claim."""
    result = aligned(
        "Global warming leads to much quicker spread of the Zika virus because the increased "
        "temperature makes mosquitoes mature faster.",
        "Higher temperatures make mosquitoes mature faster and bite more often.",
    )
    assert not result.absent, result


@pytest.mark.parametrize(("doer", "clash"), [("Serco Northlink", True), ("Seatruck", False)])
def test_another_named_doer_of_the_passive_whatever_its_type(doer: str, clash: bool) -> None:
    """The small model types "Seatruck" a person and "Serco Northlink" a place."""
    result = aligned(
        f"The freight vessels Hellier and Hildasay have been operated by {doer}.",
        "The freight vessels Hellier and Hildasay have been operated by Seatruck, which is "
        "contracted to run the service by Serco Northlink.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("order", "clash"), [("last", False), ("first", True)])
def test_another_of_a_series_is_not_dated_for_the_claims(order: str, clash: bool) -> None:
    """ "Their maiden title" is the first, not the last: its year does not date the last."""
    result = aligned(
        f"McLaren's {order} constructors' title came in 2007.",
        "Their first decade, following the team's establishment by the New Zealand F1 driver "
        "Bruce McLaren was spent building up the team. Their maiden title came in 1974, with the "
        "Brazilian Emerson Fittipaldi.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("year", "clash"), [("1971", True), ("1967", False)])
def test_wed_is_a_verb_not_we_would(year: str, clash: bool) -> None:
    """The tokenizer split "wed" as "we'd" written without its apostrophe."""
    result = aligned(
        f"Priscilla Presley wed Elvis in {year}.",
        "While Priscilla agreed to make an appearance, the woman who wed Elvis in 1967 made one "
        "thing clear.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("factor", "clash"), [("ten", True), ("a hundred", False)])
def test_a_bare_number_of_the_same_noun(factor: str, clash: bool) -> None:
    result = aligned(
        f"Musk says reusing rockets could cut the cost of access to space by as much as a factor "
        f"of {factor}.",
        "He says that if anyone can figure out how to reuse rockets just like airplanes, the cost "
        "of access to space will be reduced by as much as a factor of a hundred.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("nights", "clash"), [("three", True), ("two", False)])
def test_nights_are_a_span_of_time(nights: str, clash: bool) -> None:
    result = aligned(
        f"The winning couple will win a free hotel suite for {nights} nights.",
        "Along with the singer's former wife in the audience, the winning couple will win a free "
        "wedding reception and hotel suite for two nights.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(
    ("text", "stated"),
    [("the singer's former wife will be a guest", False), ("she will sing", True)],
)
def test_a_noun_for_the_doer_does_not_state_the_verb(text: str, stated: bool) -> None:
    result = aligned(
        "Priscilla Presley will sing at the wedding reception.",
        f"Priscilla Presley will serve as a witness at the first wedding. At the reception {text}.",
    )
    assert result.event_stated is stated, result


@pytest.mark.parametrize(
    ("claim", "sentence", "written"),
    [
        (
            "Hanan and the others decided not to escape.",
            "Hanan and the others decided they had to try to escape.",
            True,
        ),
        (
            "The spokesman confirmed there were plans to include the camera in Wellington Road.",
            "A spokesman confirmed there were no plans to include the camera in Wellington Road.",
            True,
        ),
        (
            "Hanan and the others decided to escape.",
            "Hanan and the others decided they had to try to escape.",
            False,
        ),
    ],
)
def test_a_negation_anywhere_in_the_claim_or_its_sentence_is_noted(
    claim: str, sentence: str, written: bool
) -> None:
    assert aligned(claim, sentence).negation_written is written


@pytest.mark.parametrize(("bound", "clash"), [("fewer", True), ("more", False)])
def test_a_dozen_is_twelve_and_its_bound_is_read(bound: str, clash: bool) -> None:
    result = aligned(
        f"Records show there were {bound} than a dozen storms off the Carolinas while he was "
        "missing.",
        "Records show there were more than a dozen storms off the coast of the Carolinas during "
        "the time he was missing.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("century", "clash"), [("18th", True), ("19th", False)])
def test_a_century_dates_its_own_verb(century: str, clash: bool) -> None:
    """The 18th century is in the passage, as the date of another verb ("sealed up")."""
    result = aligned(
        f"The underground city was rediscovered in the late {century} century.",
        "The underground city actually dates back centuries but was sealed up in the 18th "
        "century. It was rediscovered in the late 19th century.",
    )
    assert bool(result.conflicting) is clash, result
    assert bool(result.missing) is False, result


@pytest.mark.parametrize(("state", "clash"), [("Missouri", True), ("Kansas", False)])
def test_the_same_noun_by_its_relative_clause_placed_otherwise(state: str, clash: bool) -> None:
    result = aligned(
        f"The listeria outbreak was at a hospital in {state} that served the company's ice cream.",
        "It is the third time Blue Bell has taken action in light of a listeria outbreak at a "
        "Kansas hospital that served the company's ice cream.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("job", "clash"), [("a dentist", True), ("an ER doctor", False)])
def test_the_same_verb_in_another_capacity(job: str, clash: bool) -> None:
    result = aligned(
        f"Jeff Gusky works as {job} in East Texas.",
        '"This is a treasure trove," he said Monday night from his home in East Texas, where he '
        "works as an ER doctor.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("count", "clash"), [("3,000", True), ("2,000", False)])
def test_a_number_in_apposition_counts_its_noun(count: str, clash: bool) -> None:
    result = aligned(
        f"The writings of almost {count} soldiers were found underneath battlefields.",
        "They were World War I soldiers, four of almost 2,000, whose writings have recently been "
        "found underneath battlefields near Naours, France, about 120 miles north of Paris.",
    )
    assert bool(result.conflicting) is clash, result
    assert not clash or result.conflicting[0].evidence == "2,000 soldiers", result


@pytest.mark.parametrize(("claimed", "clash"), [("to pursue", True), ("to not pursue", False)])
def test_a_decision_to_do_it_negated(claimed: str, clash: bool) -> None:
    result = aligned(
        f"The medics made a decision {claimed} further treatment.",
        "On 23 January, Jak and his family found out from doctors that his cancer had spread "
        "throughout his body. The medics made a decision to not pursue any other treatment.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("part", "clash"), [("hair", True), ("neck", False)])
def test_another_noun_after_by_of_the_passive_done_to_a_pronoun(part: str, clash: bool) -> None:
    result = aligned(
        f"Police say the woman had been dragged by the {part} through several streets.",
        "Police say she had been dragged by the neck through several streets.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("age", "clash"), [("45", True), ("38", False)])
def test_a_number_standing_alone_for_what_someone_is_described_as(age: str, clash: bool) -> None:
    result = aligned(
        f"The man now in custody is described as {age} and from nearby Bad Muender.",
        "The man now in custody is described as 38 and from nearby Bad Muender.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("cup", "clash"), [("Champions League", True), ("World Cup", False)])
def test_another_name_of_the_same_noun_tagged_an_adjective(cup: str, clash: bool) -> None:
    """The small model tags "final" an adjective, the object of "officiated"."""
    result = aligned(
        f"Referee Nicola Rizzoli officiated last year's {cup} final.",
        "There wasn't much of a protest to referee Nicola Rizzoli, who officiated last year's "
        "World Cup final.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("added", "clash"), [("added", True), ("removed", False)])
def test_opposites_the_perturbation_suite_does_not_draw_on(added: str, clash: bool) -> None:
    result = aligned(
        f"Giroux {added} two other fish to the tank when he noticed they were bullying his pet.",
        "According to Mr Giroux, the blood parrot cichlid used to share its tank with two other "
        "fish. But he was forced to remove the other two from the tank when he noticed that they "
        "were bullying his prized pet.",
    )
    assert bool(result.conflicting) is clash, result


def test_the_suite_draws_its_verb_changes_from_its_own_table() -> None:
    assert "remove" in OPPOSITES["add"]
    assert "add" not in SUITE_OPPOSITES
    assert SUITE_OPPOSITES["win"] == OPPOSITES["win"]


@pytest.mark.parametrize(("score", "clash"), [("1-1", True), ("0-0", False)])
def test_a_goalless_draw_played_by_the_two_sides(score: str, clash: bool) -> None:
    result = aligned(
        f"Doncaster drew {score} with Fleetwood at the Keepmoat Stadium.",
        "Saturday's visit of Fleetwood Town hardly promised to be a thriller. And so it proved "
        "as the two sides played out a goalless draw at the Keepmoat Stadium.",
    )
    assert bool(result.conflicting) is clash, result
    assert "Fleetwood" in result.matched, result


@pytest.mark.parametrize(("minute", "clash"), [("74th", True), ("64th", False)])
def test_an_ordinal_in_a_match_report_with_its_minute_left_out(minute: str, clash: bool) -> None:
    result = aligned(
        f"De Sanctis made a leaping save on a shot from Manolo Gabbiadini in the {minute} minute.",
        "In the second half, De Sanctis was superb in denying Dries Mertens on several occasions. "
        "The 38-year-old goalkeeper also made a leaping save on a shot from Manolo Gabbiadini in "
        "the 64th.",
    )
    assert bool(result.conflicting) is clash, result
    assert clash or f"{minute} minute" in result.matched, result


@pytest.mark.parametrize(("share", "clash"), [("six", True), ("four", False)])
def test_a_number_as_a_share_of_another(share: str, clash: bool) -> None:
    result = aligned(
        f"Only {share} in 10 Ferguson residents hit the polls in November.",
        "Yet with all the hubbub about the face of civic leadership, only four in 10 city "
        "residents hit the polls in November to cast ballots.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("doer", "clash"), [("Ted Cruz", True), ("the Senate", False)])
def test_a_body_doing_what_one_of_its_members_did_is_no_other_doer(doer: str, clash: bool) -> None:
    """ "The Senate is voting" names no other voter than Rand Paul, who may be one of it."""
    result = aligned(
        "Rand Paul voted for the Medicare bill.",
        f"Tonight, {doer} voted for the Medicare bill, just before the final vote.",
    )
    assert bool(result.conflicting) is clash, result


def test_a_name_typed_an_organisation_is_no_body_of_a_person() -> None:
    """The small model types "Dmitry Muratov" an organisation and "Alvi Karimov" a person."""
    result = aligned(
        "Kadyrov's spokesman Dmitry Muratov said there were no gay people in Chechnya.",
        "His spokesman Alvi Karimov said there were no gay people in Chechnya.",
    )
    assert result.conflicting, result


@pytest.mark.parametrize(("portfolio", "clash"), [("housing", True), ("leisure", False)])
def test_the_same_title_for_another_portfolio(portfolio: str, clash: bool) -> None:
    result = aligned(
        f"Linda Smith, board member for {portfolio}, said the council has been searching for a "
        "new burial site.",
        "Linda Smith, board member for leisure, parks and sport, said the council has been "
        '"searching for a suitable new burial site for many years".',
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("month", "clash"), [("July", True), ("June", False)])
def test_a_verb_the_small_model_tagged_a_noun_dates_its_event(month: str, clash: bool) -> None:
    """ "meet" is tagged a noun, with "sides" its subject: its date is the meeting's."""
    result = aligned(
        f"Wales and Belgium meet at the Cardiff City Stadium on {month} 12.",
        "Wales' crunch Euro 2016 qualifier with Belgium this summer has been declared a 33,000 "
        "sell-out. The top two sides in Group B meet at the Cardiff City Stadium on June 12 with "
        "Wales in their best position to qualify for a major tournament since the 1958 World Cup "
        "finals in Sweden.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("size", "clash"), [("54,500", True), ("74,500", False)])
def test_a_number_after_a_measure_and_of_counts_the_measure(size: str, clash: bool) -> None:
    result = aligned(
        f"The Millennium Stadium has a capacity of {size}.",
        "There had been speculation that Wales would play Belgium at the 74,500 capacity "
        "Millennium Stadium with so much interest in the match.",
    )
    assert bool(result.conflicting) is clash, result
    assert clash or "capacity of 74,500" in result.matched, result


STOKES = (
    "Stokes is back. I like Stokes and I like his character at a time when the game can be "
    "perceived as producing robots. He has something about him, as he showed when he was in "
    "Mitchell Johnson's face during the Ashes series. He was not worried about the bombardment "
    "he would get in return. But I do believe he will need careful man-managing. Peter Moores, "
    "England's coach, dragged him to one side after his clash in the second Test and had a "
    "long chat with him."
)


@pytest.mark.parametrize(("who", "stated"), [("Stokes", True), ("Mitchell Johnson", False)])
def test_him_on_the_claims_verb_is_the_person_the_passage_is_about(who: str, stated: bool) -> None:
    """ "him" stands for the person named most up to there, not for one named once."""
    result = aligned(f"Peter Moores had a long chat with {who} after the second Test.", STOKES)
    assert (who in result.matched) is stated, result


@pytest.mark.parametrize(
    ("claim", "clash"),
    [
        ("England lost to Romania in the Elite Round last month.", True),
        ("England lost to Italy in the Elite Round last month.", False),
        ("England beat Romania in the Elite Round last month.", False),
    ],
)
def test_a_result_reversed_between_the_same_two_sides_without_a_score(
    claim: str, clash: bool
) -> None:
    result = aligned(
        claim,
        "Kane and Arnold have earned a recall after missing the Elite Round of qualifiers last "
        "month, in which England beat Romania, Norway and Slovenia to reach the finals.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(
    ("claim", "clash"),
    [
        ("Sandretto, who is from Spain, focuses on the crumbling solares.", True),
        ("Sandretto, who is from Madrid, focuses on the crumbling solares.", True),
        ("Sandretto, who is from Italy, focuses on the crumbling solares.", False),
        ("Sandretto, who is from Rome, focuses on the crumbling solares.", False),
        ("Rossi, who is from Spain, focuses on the crumbling solares.", False),
    ],
)
def test_a_person_from_another_country_however_far_the_rest_of_the_claim(
    claim: str, clash: bool
) -> None:
    result = aligned(
        claim,
        "Instead Sandretto focuses on solares, the crumbling buildings that many Cubans divide. "
        "Cubans were forced to adapt by dividing and re-dividing up homes to make room. "
        '"It ends up to be a very interesting habitat," said Sandretto, who is from Italy.',
    )
    assert bool(result.conflicting) is clash, result


def test_a_person_of_another_nationality_than_the_country_claimed() -> None:
    result = aligned(
        "Sandretto, who is from Spain, focuses on the crumbling solares.",
        "Instead Sandretto focuses on solares, the crumbling buildings that many Cubans divide. "
        "Cubans were forced to adapt by dividing and re-dividing up homes to make room. "
        "Carolina Sandretto is an Italian photographer based in New York.",
    )
    assert result.conflicting, result


@pytest.mark.parametrize(
    ("claim", "clash"),
    [
        ("Netanyahu praised the deal that the United States struck with Iran.", True),
        ("Netanyahu criticized the deal that the United States struck with Iran.", False),
        ("Obama praised the deal that the United States struck with Iran.", False),
    ],
)
def test_the_opposite_act_written_as_a_noun_of_the_same_actor(claim: str, clash: bool) -> None:
    result = aligned(
        claim,
        "His comments to The New York Times, published on Sunday, come amid criticism from "
        "Israeli Prime Minister Benjamin Netanyahu of the deal that the United States and five "
        "other world powers struck with Iran.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("before", "clash"), [("3,400", True), ("2,400", False)])
def test_a_figure_compared_with_is_set_against_the_figure_compared_to(
    before: str, clash: bool
) -> None:
    result = aligned(
        "Childline counselled more than 4,500 children in the past year, compared with about "
        f"{before} in 2011-12.",
        "The NSPCC's Childline service said it counselled more than 4,500 children in the past "
        "year compared to about 2,400 in 2011-12.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("age", "clash"), [("five", True), ("seven", False)])
def test_as_young_as_another_age(age: str, clash: bool) -> None:
    result = aligned(
        f"Some children as young as {age} told Childline how they were tormented.",
        "Some children as young as seven told Childline how they were tormented, abused and "
        "scared to go to school.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("title", "clash"), [("chief executive", True), ("president", False)])
def test_another_office_of_the_same_body_before_the_name_in_apposition(
    title: str, clash: bool
) -> None:
    result = aligned(
        f"Childline's {title} Dame Esther Rantzen said the figures should be a wake-up call.",
        "Childline's president Dame Esther Rantzen said the figures should be a wake-up call.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("leader", "clash"), [("Ed Miliband", True), ("Jeremy Corbyn", False)])
def test_an_office_of_a_named_body_held_by_another(leader: str, clash: bool) -> None:
    result = aligned(
        f"David Cameron and Labour leader {leader} said they were looking forward to wishing "
        "the Queen a happy birthday.",
        "Prime Minister David Cameron and Labour leader Jeremy Corbyn were among the political "
        "leaders who said they were looking forward to wishing the Queen a happy birthday.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("gardens", "clash"), [("Victoria", True), ("Alexandra", False)])
def test_gardens_of_another_name(gardens: str, clash: bool) -> None:
    result = aligned(
        f"The royals opened a new bandstand in {gardens} Gardens.",
        "The royals then headed to Alexandra Gardens in the town for a ceremony to officially "
        "open a new bandstand and met pupils from the six schools involved in its decoration.",
    )
    assert bool(result.conflicting) is clash, result


@pytest.mark.parametrize(("first", "clash"), [("Sarah", True), ("Rebecca", False)])
def test_a_namesake_of_another_first_name(first: str, clash: bool) -> None:
    """ "Reeves" alone would state "Sarah Reeves"; "Rebecca Reeves" does not."""
    result = aligned(
        f"Detective Chief Inspector {first} Reeves leads the investigation.",
        "Detective Chief Inspector Rebecca Reeves, who leads the investigation, said: 'We want "
        "to speak to anyone who saw Vanessa on Friday or Saturday.'",
    )
    assert bool(result.conflicting) is clash, result


def test_a_surname_alone_still_states_the_full_name() -> None:
    result = aligned(
        "Detective Chief Inspector Sarah Reeves leads the investigation.",
        "Detective Chief Inspector Reeves, who leads the investigation, said she wanted to speak "
        "to anyone who saw Vanessa.",
    )
    assert not result.conflicting, result
    assert "Sarah Reeves" in result.matched, result


@pytest.mark.parametrize(("host", "clash"), [("Graham Norton", True), ("Jeremy Kyle", False)])
def test_a_name_before_a_noun_after_its_article_tells_the_noun_apart(
    host: str, clash: bool
) -> None:
    """ "The Jeremy Kyle show": the name hangs on "show" by "Kyle", not by "The"."""
    result = aligned(
        f"Dawn was appearing on The {host} show.",
        "The bereaved mother, named Dawn, was appearing on The Jeremy Kyle show and accused "
        "long-term chum, convicted burglar Jamie, of making off with the cash.",
    )
    assert bool(result.conflicting) is clash, result


PATOULIDIS = (
    "Manchester City are keen to sign Anderlecht teenager Evangelos Patoulidis. The 14-year-old "
    "playmaker is regarded as one of the best talents to emerge from Anderlecht's youth set-up. "
    "Barcelona and Arsenal have watched him. The Belgian starlet rejected a move to Barcelona's "
    "La Masia academy when he was 12 as his family wanted him to continue his studies."
)


@pytest.mark.parametrize(
    ("claim", "reversed_"),
    [
        ("Patoulidis accepted a move to Barcelona's La Masia academy.", True),
        ("Patoulidis rejected a move to Barcelona's La Masia academy.", False),
        ("Pellegrini accepted a move to Barcelona's La Masia academy.", False),  # not named
    ],
)
def test_the_opposite_act_of_a_description_of_the_person_named(claim: str, reversed_: bool) -> None:
    result = aligned(claim, PATOULIDIS)
    assert bool(result.reversals) is reversed_, result


@pytest.mark.parametrize(("text", "missing"), [(PATOULIDIS, False), (IED, True)])
def test_an_untyped_name_first_in_the_claim_is_missing_where_never_written(
    text: str, missing: bool
) -> None:
    """The small model types neither "Patoulidis" nor "Webb": a passage that never names them
    does not state the claim."""
    result = aligned("Patoulidis has been capped by Belgium's under-17 side.", text)
    assert ("Patoulidis" in result.missing) is missing, result


def test_a_capitalised_common_noun_first_in_the_claim_is_no_name_matched() -> None:
    """ "Autophagy" (no English word to lemminflect) is written by passages on it, where it
    stays no fact: a claim whose only fact is its event stays so."""
    result = aligned(
        "Autophagy accepts in aged organisms.", "Autophagy declines in aged organisms."
    )
    assert "Autophagy" not in result.matched, result


def test_an_untyped_name_first_in_the_claim_stays_absent_from_a_source_that_never_names_it() -> (
    None
):
    claim = "Patoulidis has been capped by Belgium's under-17 side."
    assert still_absent(claim, ["Patoulidis"], IED) == ["Patoulidis"]
    assert still_absent(claim, ["Patoulidis"], PATOULIDIS) == []
