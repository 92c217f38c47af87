"""Hand-written changes to the facts of news articles outside the seeds' topic, checked as
`verify check` checks a claim: how the alignment's rules carry to another kind of text.

    python eval/news_changes.py --data ../shared/data --home DIR [--set NAME] [--json]

`--set` (one of the names below) ingests 12 distinct articles of one of SummaC's subsets (the
first 12, the second twelve, the third, the fourth or the fifth, as each set says) into a store
under `--home` (once; a second run reuses it; one `--home` per subset and dozen) and checks 22
claims written by hand from three of them:
* `cnn` (the default): SummEval (`summac-subset/summeval.json`, CNN/DailyMail), articles 0-2 (a
  football pundit's row, a transfer bid, a study of antibiotics in infancy);
* `bbc`: XSumFaith (`xsumfaith.json`, BBC), articles 3, 6 and 11 (the US suspending talks with
  Russia over Aleppo, a fracking tremor in Lancashire, a radio frequency for tracking aircraft
  after MH370);
* `factcc`: FactCC (`factcc.json`, CNN), articles 1, 4 and 9 (Robert Durst charged with a
  firearm offence, an NBA player injured in an arrest, a Russian jet intercepting a US plane);
* `bbc2`: XSumFaith again (the `bbc` store will do), articles 1, 4 and 7 (a conductor's
  obituary, a death in a measles epidemic, a football match report);
* `factcc2`: FactCC again (the `factcc` store will do), articles 5, 6 and 10 (the Germanwings
  crash site, Georgia's cannabis oil law, nine Britons arrested on the Syrian border);
* `cnn2`: SummEval again (the `cnn` store will do), articles 7, 8 and 10 (a Gone With the Wind
  dress at auction, a boy who fell into a cheetah exhibit, Usain Bolt at the World Relays);
* `factcc3`: FactCC again (the `factcc` store will do), articles 2, 0 and 3 (the Etan Patz case,
  a prom invitation, the Star Wars films in digital HD);
* `cnn3`: SummEval again (the `cnn` store will do), articles 4, 5 and 9 (a remake of Roots, a
  former royal footman's complaint, a speed camera pointed at a house);
* `bbc3`: XSumFaith again (the `bbc` store will do), articles 0, 2 and 10 (McIlroy at the
  Turkish Open, Bournemouth beaten at Sunderland, a rugby league coach's move);
* `cnn4`: SummEval again (the `cnn` store will do), articles 3, 6 and 11 (a guard slipping at
  Buckingham Palace, a pregnancy announced in a rap video, Neymar at a basketball game);
* `bbc4`: XSumFaith again (the `bbc` store will do), articles 5, 8 and 9 (a National League
  draw, a rugby union win, a video on why we change what we buy);
* `factcc4`: FactCC again (the `factcc` store will do), articles 7, 8 and 11 (the last season
  of Mad Men, how Jesus' ministry was paid for, a cat on the stairs going up or down);
* `cnn5`: SummEval's next 12 articles (12-23, a store of their own: another `--home`), articles
  12, 14 and 19 (migrants rescued off Italy, Bradley Wiggins and the hour record, Iranian border
  guards killed near Pakistan);
* `cnn6`: the same twelve (the `cnn5` store will do), articles 13, 15 and 18 (Wenger on Alexis
  Sanchez, Serena Williams in the Fed Cup, a billboard of a police officer who shot a man);
* `bbc5`: XSumFaith's next 12 articles (12-23, a store of their own), articles 15, 17 and 20
  (Chechen clerics against Novaya Gazeta, Mayweather and McGregor's gloves, a knitwear firm's
  production);
* `factcc5`: FactCC's next 12 articles (12-23, a store of their own), articles 17, 18 and 21
  (Kim Richards arrested, ISIS at the Baiji refinery, the death of the singer Kayahan);
* `cnn7`: SummEval's second twelve again (the `cnn5` store will do), articles 16, 20 and 21
  (River Plate and Falcao, Japan's defence minister on UFOs, a passenger who broke a toilet);
* `bbc6`: XSumFaith's second twelve again (the `bbc5` store will do), articles 16, 19 and 23
  (GB beaten at basketball, a killing in Kilkee, a man shot dead in Sheffield);
* `factcc6`: FactCC's second twelve again (the `factcc5` store will do), articles 12, 13 and 14
  (Tomasz Lazar's portraits of Siberian exiles, the Iran framework agreement, Daredevil);
* `bbc7`: XSumFaith's second twelve again (the `bbc5` store will do), articles 12, 13 and 14
  (a fire at a waste site, McLaren's slump and history, Christmas online);
* `cnn8`: SummEval's second twelve again (the `cnn5` store will do), articles 17, 22 and 23
  (Ella Henderson and Batiste, a man arrested over a hidden camera, fathers leaping beside their
  daughters);
* `factcc7`: FactCC's second twelve again (the `factcc5` store will do), articles 15, 16 and 19
  (Rolling Stone's discredited campus story, the Twin Peaks cast backing David Lynch, the
  disappearance of the prosecutor Ray Gricar);
* `bbc8`: XSumFaith's second twelve again (the `bbc5` store will do), articles 18, 21 and 22
  (J.K. Rowling and abuse on Twitter, a Nato exercise hunting a submarine, Leon McKenzie's title
  fight);
* `factcc8`: FactCC's second twelve again (the `factcc5` store will do), articles 20, 22 and 23
  (Rolling Stone's retracted story and UVA's handling of sexual assault, the Tulsa reserve deputy
  who shot a man instead of using his Taser, Martin O'Malley on Clinton's inevitability);
* `factcc9`: FactCC's third twelve (24-35, a store of their own), articles 25, 27 and 28 (Houthi
  rebels killed in the Saudi-led campaign, an Iranian aircraft passing a U.S. Navy helicopter, the
  teenager convicted of shooting Christopher Lane);
* `bbc9`: XSumFaith's third twelve (24-35, a store of their own), articles 25, 29 and 30 (a feed
  maker's profits, Glaad's count of LGBT characters on television, a Texas police officer charged
  with murder);
* `cnn9`: SummEval's third twelve (24-35, a store of their own), articles 25, 27 and 33 (a
  Romanian club sacking its coach twice in a week, a dairy robbed by a man in a cartoon mask, the
  Yankee Stadium letters unsold at auction);
* `factcc10`: FactCC's third twelve again (the `factcc9` store will do), articles 24, 26 and 35
  (Hong Kong's queues for Jenny's cookies, Arsenal beating Burnley, a Secret Service supervisor
  accused of assault);
* `bbc10`: XSumFaith's third twelve again (the `bbc9` store will do), articles 26, 27 and 35 (the
  IMF's deputy on a weakening global economy, a fatal crash near the Hindhead tunnel, an appeal
  for a national police memorial);
* `cnn10`: SummEval's third twelve again (the `cnn9` store will do), articles 28, 29 and 31 (a
  Texas teacher arrested a second time, a crocodile with a dog in its jaws in a Mexican marina, a
  teacher banned after pupils changed their SATs answers);
* `factcc11`: FactCC's third twelve again (the `factcc9` store will do), articles 29, 32 and 34
  (Amnesty's review of the death penalty, a Yazidi woman who escaped ISIS, Boston after the
  Tsarnaev verdict);
* `bbc11`: XSumFaith's third twelve again (the `bbc9` store will do), articles 24, 28 and 31
  (farewell speeches at Holyrood, Gloucester beating Cardiff Blues, an inquiry into the police
  response to a man's call in Inverness);
* `cnn11`: SummEval's third twelve again (the `cnn9` store will do), articles 24, 26 and 30
  (Kevin Pietersen at Surrey's team photo, a former team-mate on Falcao's loan to Manchester
  United, Steve Bruce on keeping Hull City up);
* `bbc12`: XSumFaith's third twelve again (the `bbc9` store will do), articles 32, 33 and 34
  (Sheffield Giants against Nottingham Panthers, Thomas Hitzlsperger coming out, Blackpool
  drawing with Colchester);
* `factcc12`: FactCC's third twelve again (the `factcc9` store will do), articles 30 and 33 (two
  opinion pieces on the Iran nuclear deal and Congress);
* `cnn12`: SummEval's third twelve again (the `cnn9` store will do), articles 32, 34 and 35
  (Anders Lindegaard's marriage and his time at Manchester United, Brendan Rodgers on Sterling
  and Ibe, Mesut Ozil at home after Germany's win over Georgia);
* `bbc13`: XSumFaith's fourth twelve (its own store), articles 36, 43 and 44 (Google's chairman
  on tax, workers exposed to radiation on the Thistle platform, an earthquake near Lucca);
* `cnn13`: SummEval's fourth twelve (its own store), articles 39, 41 and 45 (Nathan Hughes's ban
  overturned, a stolen car returned with red rims, Chipotle delivering through Postmates);
* `factcc13`: FactCC's fourth twelve (its own store), articles 37, 38 and 45 (a Yemeni family's
  crossing to Djibouti, "Furious 7" at the box office, a chess grandmaster's phone in the toilet);
* `bbc14`: XSumFaith's fourth twelve again (the `bbc13` store will do), articles 37, 45 and 46
  (Longford's traders after the crash, GTA V's PC release delayed, two Turkish papers attacked);
* `cnn14`: SummEval's fourth twelve again (the `cnn13` store will do), articles 37, 42 and 46
  (Jordan Henderson's new contract, Manchester City's bonuses, the Richards' plea on Tsarnaev);
* `factcc14`: FactCC's fourth twelve again (the `factcc13` store will do), articles 39, 43 and 44
  (a hologram of Selena, 7-Eleven's Bring-Your-Own-Cup day, counting killings by police);
* `bbc15`: XSumFaith's fourth twelve again (the `bbc13` store will do), articles 38, 40 and 47
  (England's plastic bag charge, James Milner's England retirement, Wenger on Southgate);
* `cnn15`: SummEval's fourth twelve again (the `cnn13` store will do), articles 36, 38 and 40
  (Barcelona's president on Luis Enrique, Filipe Luis at Chelsea, red sunsets from Siberian
  fires);
* `factcc15`: FactCC's fourth twelve again (the `factcc13` store will do), articles 36, 40 and 41
  (Walmart against Arkansas's religious freedom law, castaways who survived at sea, Brett
  McGurk on ISIS's foreign fighters);
* `bbc16`: XSumFaith's fourth twelve again (the `bbc13` store will do), articles 39, 41 and 42
  (Michael B Jordan joining Black Panther, West Ham's owners, Cammy Smith's loan to St Mirren);
* `cnn16`: SummEval's fourth twelve again (the `cnn13` store will do), articles 43, 44 and 47
  (a Manchester derby of Under 18s, Joe Hart on Gianluigi Buffon, a Boeing 747 made a home);
* `factcc16`: FactCC's fourth twelve again (the `factcc13` store will do), articles 42, 46 and 47
  (the manuscript of "American Pie" sold, a lawsuit over the Guatemala experiments, P!nk's
  answer to her critics);
* `bbc17`: XSumFaith's fifth twelve (its own store), articles 48, 50 and 52 (the Northern Isles
  ferry crews' pay, Nick Kyrgios in Shanghai, a railway station for Skelmersdale);
* `cnn17`: SummEval's fifth twelve (its own store), articles 48, 49 and 50 (SpaceX's landing on
  a drone ship, Priscilla Presley and a Graceland wedding chapel, Henderson on catching City);
* `factcc17`: FactCC's fifth twelve (its own store), articles 48, 49 and 51 (Louis Jordan found
  at sea, Blue Bell's listeria shutdown, soldiers' graffiti under the Somme);
* `bbc18`: XSumFaith's fifth twelve again (the `bbc17` store will do), articles 49, 51 and 53
  (Rod Temperton's death, Jak Trueman's prom, an attack in Hamelin);
* `cnn18`: SummEval's fifth twelve again (the `cnn17` store will do), articles 51, 52 and 53
  (Roma beat Napoli, Doncaster's 27-second highlights, a man who strokes his fish);
* `factcc18`: FactCC's fifth twelve again (the `factcc17` store will do), articles 50, 52 and 53
  (a day of trials and elections, Sweden's fathers on leave, the Senate's "doc fix" vote);
* `bbc19`: XSumFaith's fifth twelve again (the `bbc17` store will do), articles 54, 55 and 56
  (Oxford's search for a burial site, Many Clouds's death, Djokovic's doubles defeat in Rio);
* `cnn19`: SummEval's fifth twelve again (the `cnn17` store will do), articles 54, 55 and 56
  (Ben Stokes's temper, Wales and Belgium's sold-out qualifier, England's Under-17 squad);
* `factcc19`: FactCC's fifth twelve again (the `factcc17` store will do), articles 54, 55 and 56
  (Obama on Israel and the Iran deal, a murder charge in Cambridge, Cuba's solares);
* `bbc20`: XSumFaith's fifth twelve again (the `bbc17` store will do), articles 57, 58 and 59
  (Rhys Webb's return from injury, Childline's cyber-bullying figures, the Queen at 90);
* `cnn20`: SummEval's fifth twelve again (the `cnn17` store will do), articles 57, 58 and 59
  (City's interest in Evangelos Patoulidis, Vanessa Santillan's death, Dawn on Jeremy Kyle).
Each set holds faithful paraphrases (expected SUPPORTED), one fact changed (a number, a city, a
date, a country, an organisation, a negation, a verb, a noun: expected REFUTED or CONFLICTING, at
least not SUPPORTED) and a fact added that no article states (expected NOT_ENOUGH_EVIDENCE). Each
set was written, and committed, before any of its claims was checked (cnn on 2026-12-03; bbc,
then factcc, then bbc2, on 2026-12-03 in the next session; factcc2, then cnn2, in the session
after; factcc3, then cnn3, then bbc3, in the session after that; cnn4, then bbc4, then factcc4,
then cnn5, then cnn6, in the session after that; bbc5, then factcc5, then cnn7, then bbc6, in the
session after that; factcc6 in the session after that; bbc7, then cnn8, then factcc7, then
bbc8, on 2026-12-04; factcc8 in the session after; factcc9 in the session after that; bbc9, then
cnn9, in the session after that; factcc10, then bbc10, on 2026-12-05; cnn10, then factcc11,
in the session after; bbc11, then cnn11, then bbc12, then factcc12, in the session after that;
cnn12, then bbc13, then cnn13, in the session after that; factcc13, then bbc14, then cnn14,
then factcc14, in the session after that; bbc15, then cnn15, then factcc15, then bbc16, then
cnn16, then factcc16, then bbc17, then cnn17, then factcc17, in the session after that; bbc18,
then cnn18, then factcc18, then bbc19, in the session after that; cnn19, then factcc19,
then bbc20, then cnn20, in the session after that),
and no rule was changed because of it before its first figures were recorded (eval/README.md):
those first figures are held out.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from seeds_changes import check_all  # eval/ is this script's folder

ARTICLES = 12

CNN: list[tuple[str, str]] = [
    ("same", "Townsend was brought on in the 83rd minute as Tottenham drew 0-0 with Burnley."),
    (
        "same",
        "Merson admitted his mistake after Townsend scored a stunning equaliser for England "
        "against Italy.",
    ),
    (
        "same",
        "FC Tokyo president Naoki Ogane said Chelsea had made a formal offer for Yoshinori Muto.",
    ),
    ("same", "Muto has earned 11 caps for Japan."),
    (
        "same",
        "Finnish researchers compared the weight and height of more than 12,000 healthy two year "
        "olds with records on antibiotic prescription.",
    ),
    ("same", "The study of antibiotics and weight gain was published in the journal Pediatrics."),
    ("changed", "Townsend was brought on in the 63rd minute as Tottenham drew 0-0 with Burnley."),
    (
        "changed",
        "Andros Townsend scored England's equaliser in their 1-1 friendly draw with Italy in Rome.",
    ),
    ("changed", "Tottenham beat Burnley 2-0 on Sunday."),
    ("changed", "Merson criticised Townsend's call-up to the England squad in his BBC column."),
    (
        "changed",
        "Muto would join Chelsea's Belgian partner club Vitesse Arnhem on loan next season.",
    ),
    (
        "changed",
        "Chelsea signed a £200million sponsorship deal with Japanese company Yokohama Rubber in "
        "March.",
    ),
    ("changed", "Muto scored 18 times in his debut season with FC Tokyo."),
    ("changed", "Muto graduated from Keio University in Tokyo with a law degree."),
    (
        "changed",
        "By two years old, one in five girls and one in ten boys was overweight or obese.",
    ),
    (
        "changed",
        "Swedish researchers compared the weight and height of more than 12,000 healthy two year "
        "olds with records on antibiotic prescription.",
    ),
    ("changed", "Lead author Dr Antti Saari works at Helsinki University Hospital."),
    ("changed", "The study proved that antibiotics were causing weight gain."),
    (
        "changed",
        "Babies given antibiotics in the first six months of life are less likely to be fat as "
        "toddlers.",
    ),
    ("added", "Townsend was fined by Tottenham after the Burnley game."),
    ("added", "Muto's agent travelled to London to meet Chelsea officials in April."),
    ("added", "The antibiotics study was funded by the Finnish Medical Foundation."),
]

BBC: list[tuple[str, str]] = [
    (
        "same",
        "The United States suspended its participation in bilateral channels with Russia set up "
        "to sustain the cessation of hostilities.",
    ),
    ("same", "Some 250,000 people are trapped in eastern Aleppo."),
    ("same", "Cuadrilla suspended drilling as a precaution after a 1.5 magnitude tremor."),
    ("same", "The April tremor took place about 2km from the drilling site."),
    (
        "same",
        "Representatives from more than 160 countries agreed to set aside a radio frequency for "
        "satellite tracking of planes.",
    ),
    ("same", "MH370 disappeared in March 2014 with 239 people on board."),
    ("changed", "Some 25,000 people are trapped in eastern Aleppo."),
    (
        "changed",
        "The main trauma hospital in eastern Aleppo was hit in an air strike for the second time "
        "in a week.",
    ),
    (
        "changed",
        "Russian foreign ministry spokeswoman Maria Zakharova said Moscow welcomed the decision "
        "by Washington.",
    ),
    ("changed", "Russia admits that its planes were involved in the aid convoy strike."),
    (
        "changed",
        "Russia and the US were due to meet in Vienna to co-ordinate air strikes against "
        "jihadist groups.",
    ),
    ("changed", "Cuadrilla suspended drilling after a 3.5 magnitude tremor."),
    (
        "changed",
        "There have been two small earthquakes in Yorkshire since fracking began in the county "
        "in March.",
    ),
    ("changed", "The earlier tremor, centred on Poulton-le-Fylde, happened on 1 May."),
    (
        "changed",
        "The Commons energy select committee called on ministers to ban fracking in the UK.",
    ),
    (
        "changed",
        "Dr Brian Baptie, head of seismology at Cuadrilla, said the earthquake was felt by at "
        "least one person.",
    ),
    ("changed", "MH370 disappeared in March 2015 with 239 people on board."),
    ("changed", "The current system leaves around 30% of the world's airspace uncovered."),
    (
        "changed",
        "The Malaysia Airlines flight was en route from Kuala Lumpur to Shanghai when contact "
        "was lost.",
    ),
    ("added", "The US imposed new sanctions on Russia after the talks collapsed."),
    ("added", "Protesters blocked the entrance to the Preese Hall site after the tremor."),
    ("added", "The ITU decision was opposed by the United States delegation."),
]

FACTCC: list[tuple[str, str]] = [
    (
        "same",
        "Robert Durst faces a maximum of 10 years in prison if found guilty of the firearm charge.",
    ),
    ("same", "Susan Berman was shot in the head in her Beverly Hills home in December 2000."),
    ("same", "Sefolosha suffered a fractured fibula and ligament damage when he was arrested."),
    ("same", "Sefolosha averaged 5.3 points per game this season."),
    ("same", "A Russian SU-27 intercepted a U.S. RC-135U over the Baltic Sea on Tuesday."),
    (
        "same",
        "The Pentagon said the incident occurred in international airspace north of Poland.",
    ),
    ("changed", "Durst, 81, is accused of possessing a .38 caliber revolver."),
    ("changed", "A Texas judge ruled last month that Durst will be held without bail."),
    (
        "changed",
        "The package was intercepted by the CIA and contained more than $100,000 in cash.",
    ),
    ("changed", "Durst was convicted of killing his neighbor at a 2003 trial."),
    ("changed", "Durst's first wife, Kathleen McCormack Durst, disappeared in 1992."),
    (
        "changed",
        "Sefolosha suffered a fractured ankle when he was arrested near a nightclub in New York.",
    ),
    ("changed", "Sefolosha is in his tenth NBA season and his first with the Hawks."),
    ("changed", "Police said Sefolosha and Antic were involved in the stabbing incident."),
    ("changed", "Antic played in the April 8 game against the Brooklyn Nets."),
    ("changed", "Copeland was released from the hospital five days after the incident."),
    (
        "changed",
        "The Pentagon said the incident occurred in international airspace south of Poland.",
    ),
    (
        "changed",
        "A year ago, a Russian jet flew within 500 feet of a RC-135U over the Sea of Okhotsk.",
    ),
    (
        "changed",
        "Russian state news agency Sputnik reported the U.S. plane was flying away from the "
        "Russian border.",
    ),
    ("added", "Durst's attorney asked the court to move the trial to Houston."),
    ("added", "The Hawks fined Sefolosha for breaking the team's curfew."),
    ("added", "NATO sent two fighter jets to escort the U.S. plane after the interception."),
]

BBC2: list[tuple[str, str]] = [
    ("same", "Hogwood founded the Academy of Ancient Music in 1973."),
    (
        "same",
        "The AAM made more than 200 CDs, including the first complete cycle of Mozart "
        "symphonies on period instruments.",
    ),
    ("same", "Gareth Colfer-Williams, 25, died at his home in Swansea."),
    ("same", "Since the outbreak began in November, 83 people have needed hospital treatment."),
    ("same", "Ipswich Town beat Queens Park Rangers 3-0."),
    ("same", "The win lifted Ipswich up four places to 14th."),
    ("changed", "Hogwood founded the Academy of Ancient Music in 1983."),
    ("changed", "Hogwood died at his home in Oxford after an illness lasting several months."),
    ("changed", "Richard Egarr joined the AAM as music director in 2010."),
    ("changed", "Hogwood was honorary professor of music at the University of Oxford."),
    (
        "changed",
        "BBC Music Magazine named the 1980 Messiah recording one of the top 50 recordings of all "
        "time.",
    ),
    ("changed", "The Swansea measles epidemic has reached 1,942 cases."),
    ("changed", "Gareth Colfer-Williams, 35, died last week at his home in Swansea."),
    (
        "changed",
        "The post-mortem examination established that measles was the main cause of his death.",
    ),
    ("changed", "He went to see an out-of-hours GP on 27 April with a rash."),
    ("changed", "His three-year-old daughter has not been vaccinated."),
    ("changed", "Ipswich Town beat Queens Park Rangers 3-1."),
    ("changed", "The win lifted Ipswich up four places to 12th."),
    ("changed", "It was Ian Holloway's third game in charge of QPR."),
    ("added", "Hogwood was knighted in 2012 for services to music."),
    ("added", "Public Health Wales closed three schools in Swansea after the death."),
    ("added", "Ipswich manager Mick McCarthy was sent to the stands for arguing with the referee."),
]

FACTCC2: list[tuple[str, str]] = [
    # FactCC article 5: the Germanwings crash site
    (
        "same",
        "The flight data recorder of Germanwings Flight 9525 was found on Thursday by a member "
        "of the recovery team.",
    ),
    (
        "same",
        "Lab workers isolated 150 DNA profiles from more than 2,000 DNA samples collected at the "
        "crash site.",
    ),
    (
        "changed",
        "Lab workers isolated 250 DNA profiles from the samples collected at the crash site.",
    ),
    ("changed", "The plane crashed about 6 miles from the town of Barcelonnette."),
    ("changed", "The crash killed all 144 people on board."),
    ("changed", "Authorities found 470 personal effects at the site, including 60 cell phones."),
    ("changed", "Authorities say the flight's captain locked the co-pilot out of the cockpit."),
    ("changed", "The flight data recorder was found by a member of the recovery team on Monday."),
    ("added", "Andreas Lubitz had been treated for depression at a clinic in Dusseldorf."),
    # article 6: Georgia's cannabis oil law
    (
        "same",
        "Governor Nathan Deal signed a bill legalizing low-THC cannabis oil for certain "
        "epilepsies.",
    ),
    ("same", "Janea Cox moved her daughter Haleigh to Colorado, where medical marijuana is legal."),
    ("changed", "Gov. Nathan Deal vetoed a bill that would legalize low-THC cannabis oil."),
    ("changed", "In Colorado, Haleigh began a regimen of cannabis oil twice a day."),
    ("changed", "Janea Cox moved her daughter to California, where medical marijuana is legal."),
    ("changed", "Under the Controlled Substances Act, marijuana is listed on Schedule 2."),
    ("added", "The bill passed the Georgia Senate by a vote of 50 to 2."),
    # article 10: nine Britons arrested on the Syrian border
    ("same", "Nine British citizens were arrested at the Turkey-Syria border."),
    ("same", "The group of nine British citizens included four children."),
    ("changed", "The group included four children, the youngest of them born in 2011."),
    ("changed", "The nine British citizens were arrested in Turkey on Friday."),
    ("changed", "The British Foreign Office said it was not aware of reports of the arrests."),
    ("added", "The nine Britons were flown back to London on Thursday."),
]

CNN2: list[tuple[str, str]] = [
    # SummEval article 7: a Gone With the Wind dress at auction
    ("same", "A dress worn by Vivien Leigh in Gone With the Wind sold for $137,000 at auction."),
    (
        "same",
        "James Tumblin bought the Scarlett O'Hara dress for $20 after learning it was about to "
        "be thrown away.",
    ),
    ("changed", "A dress worn by Vivien Leigh in Gone With the Wind sold for $173,000 at auction."),
    ("changed", "The auction was held on Saturday in Santa Monica, California."),
    ("changed", "Tumblin amassed a collection of more than 30,000 pieces of memorabilia."),
    ("changed", "A straw hat worn by Leigh sold for $55,000."),
    ("changed", "Gone With the Wind was based on Margaret Mitchell's 1946 best-selling book."),
    ("added", "The dress was bought by an anonymous collector from London."),
    # article 8: a boy who fell into a cheetah exhibit
    (
        "same",
        "The two-year-old boy was rescued from the cheetah pit by his parents before "
        "firefighters arrived.",
    ),
    ("same", "The cheetahs did not approach the boy or his parents in the pit."),
    ("changed", "The boy fell between 20 and 25 feet into the pit."),
    ("changed", "The boy was attacked by the cheetahs after falling into the pit."),
    ("changed", "The boy fell into a lion exhibit at the Cleveland Metroparks Zoo."),
    ("changed", "The exhibit was reopened following the child's fall."),
    ("added", "The boy's father was arrested at the zoo on Sunday."),
    # article 10: Usain Bolt at the World Relays
    ("same", "Usain Bolt will run for Jamaica at the World Relays in the Bahamas on May 2 and 3."),
    ("same", "Bolt won 4x100m gold at the London Olympics in 2012."),
    ("changed", "Usain Bolt will compete at the World Relays in Jamaica next month."),
    ("changed", "The relay championship will take place on May 9 and 10."),
    ("changed", "Bolt is a four-time Olympic gold medallist."),
    ("changed", "Garth Gayle is the president of the JAAA."),
    ("added", "Bolt will also run the 200m at the Diamond League meeting in Doha."),
]

FACTCC3: list[tuple[str, str]] = [
    # FactCC article 2: Etan Patz
    ("same", "Etan Patz disappeared in New York City in May 1979, at the age of 6."),
    (
        "same",
        "Pedro Hernandez told police he lured Etan Patz into a basement as the boy was on his way "
        "to a bus stop.",
    ),
    ("changed", "Police interrogated Hernandez for 12 hours before he confessed."),
    ("changed", "Etan's parents sued Jose Antonio Ramos in 2005."),
    ("changed", "A judge ordered Ramos to pay the Patz family $5 million."),
    ("changed", "Ramos served a 20-year prison sentence in Ohio for molesting another boy."),
    (
        "changed",
        "Former President Jimmy Carter opened the National Center for Missing & Exploited "
        "Children in 1984.",
    ),
    ("changed", "Jose Antonio Ramos was charged with killing Etan Patz."),
    ("added", "Pedro Hernandez was arrested at his home in New Jersey in 2012."),
    # article 0: a prom invitation
    (
        "same",
        "Trey Moses asked Ellie Meredith, a freshman with Down syndrome, to be his prom date.",
    ),
    ("same", "Trey is headed to play college basketball at Ball State next year."),
    (
        "changed",
        "Trey is a star on the basketball team of Eastern High School in Louisville, Tennessee.",
    ),
    ("changed", "Trey asked Ellie to be his prom date on Tuesday."),
    ("changed", "Ellie's favorite singer is Katy Perry."),
    (
        "changed",
        "Trey's future coach at Ball State, James Whitford, said he felt bad about the prom-posal.",
    ),
    ("changed", "Trey is looking to take up engineering as a college major."),
    ("added", "Trey and Ellie will arrive at the prom in a limousine."),
    # article 3: Star Wars in digital HD
    ("same", "The first six Star Wars movies come to digital HD on Friday."),
    (
        "same",
        "Sound designer Ben Burtt explains which animals were used to capture the sounds of the "
        "Geonosians.",
    ),
    ("changed", "The first six Star Wars movies come to digital HD on Monday."),
    (
        "changed",
        "Sound designer John Williams explains which animals were used to capture the sounds of "
        "the Geonosians.",
    ),
    ("added", "The digital collection of the six films costs $89.99."),
]

CNN3: list[tuple[str, str]] = [
    # SummEval article 4: a remake of Roots
    (
        "same",
        "The original Roots miniseries had an audience of over 100 million viewers in 1977.",
    ),
    (
        "same",
        "LeVar Burton, who played Kunta Kinte in the original, will co-executive produce the new "
        "miniseries.",
    ),
    ("changed", "The Roots remake is set to air in 2018."),
    (
        "changed",
        "A&E, Lifetime and History announced on Monday that they would simulcast a remake of "
        "Roots.",
    ),
    ("changed", "Kunta Kinte was sold into slavery to work on a Georgia plantation."),
    (
        "changed",
        "Executive producer Mark Wolper is the son of the original's producer, Alex Haley.",
    ),
    ("changed", "Roots had a staggering audience of over 10 million viewers back in 1977."),
    ("added", "The Roots remake will be filmed in South Africa."),
    # article 5: a former royal footman's complaint
    (
        "same",
        "Christopher Lawler said the attempted abuse at Clarence House happened in January 1978, "
        "when he was 27.",
    ),
    ("same", "Mr Lawler is a former Port of Liverpool police officer."),
    (
        "changed",
        "Christopher Lawler said the attempted abuse happened in January 1978, when he was 37.",
    ),
    (
        "changed",
        "Mr Lawler worked at Buckingham Palace when the Queen Mother used it as her London "
        "residence.",
    ),
    ("changed", "The complaint was finally passed to Greater Manchester Police."),
    ("changed", "A retired royal aide, now in his 80s, admitted he was involved."),
    ("added", "Mr Lawler has written a book about his time at Clarence House."),
    # article 9: a speed camera pointed at a house
    (
        "same",
        "Around 300 speed and traffic cameras were turned off across the West Midlands in March "
        "2013.",
    ),
    ("same", "A speed camera in Birmingham has been turned round and is pointing at a house."),
    ("changed", "The camera had previously enforced the 40mph speed limit along the road."),
    (
        "changed",
        "Around 300 speed and traffic cameras were turned off across the region in March 2015.",
    ),
    (
        "changed",
        "A spokesman for Birmingham City Council said they were not aware of the re-pointed "
        "camera.",
    ),
    (
        "changed",
        "The spokesman confirmed there were plans to include the camera in Wellington Road in the "
        "new pilot.",
    ),
    ("added", "The camera was re-pointed by a local teenager as a prank."),
]

BBC3: list[tuple[str, str]] = [
    # XSumFaith article 0: McIlroy at the Turkish Open
    ("same", "Dubuisson carded a 67 to tie with overnight leader Van Zyl on 16 under par."),
    (
        "same",
        "McIlroy ruptured a ligament in his left ankle during a game of football with friends in "
        "July.",
    ),
    (
        "changed",
        "McIlroy ruptured a ligament in his right ankle during a game of football with friends in "
        "July.",
    ),
    ("changed", "McIlroy moved to 12 under par with Thailand's Kiradech Aphibarnrat."),
    ("changed", "A four iron from 229 yards on the 13th set up an eagle from just 14 feet."),
    ("changed", "McIlroy unsuccessfully defended his US PGA title at Whistling Straits in June."),
    ("changed", "McIlroy leads Scotland's Danny Willett in the Race to Dubai."),
    ("changed", "McIlroy is a three-time major winner."),
    ("added", "McIlroy's caddie is J.P. Fitzgerald."),
    # article 2: Bournemouth beaten at Sunderland
    ("same", "Bournemouth lost 2-1 at Sunderland on Saturday."),
    ("same", "Dan Gosling's goal gave Bournemouth the lead."),
    ("changed", "Bournemouth won 2-1 at Sunderland on Saturday."),
    (
        "changed",
        "Sunderland's goals came from Victor Anichebe and a Jermain Defoe free kick.",
    ),
    ("changed", "Bournemouth scored six goals against Swansea prior to these two games."),
    ("changed", "Sunderland played with 10 men after Jermain Defoe's dismissal."),
    ("added", "Bournemouth manager Eddie Howe was sent to the stands in the second half."),
    # article 10: Duffy joins Featherstone
    ("same", "Duffy has joined Featherstone on a one-year contract after leaving Swinton Lions."),
    ("same", "Duffy played for Leigh, Widnes and Salford during his playing career."),
    ("changed", "Duffy, 47, has joined Featherstone on a one-year contract."),
    ("changed", "Duffy has joined Featherstone on a two-year contract."),
    ("changed", "Duffy has been replaced at Swinton by his former assistant Mark Campbell."),
    ("added", "Featherstone sacked their previous coach after a run of six defeats."),
]

CNN4: list[tuple[str, str]] = [
    # SummEval article 3: a guard slips at Buckingham Palace
    (
        "same",
        "A Queen's Guard slipped on a manhole cover during the Changing of the Guard at "
        "Buckingham Palace.",
    ),
    ("same", "Tourist David Meadwell, 50, from Newcastle-upon-Tyne, filmed the guard's fall."),
    (
        "changed",
        "Holidaymaker David Meadwell recorded the fall outside Buckingham Palace on Tuesday "
        "afternoon.",
    ),
    ("changed", "Mr Meadwell, 35, from Newcastle-upon-Tyne, recorded the guard's fall."),
    (
        "changed",
        "The guard slipped on a manhole cover during the Changing of the Guard at Windsor Castle.",
    ),
    (
        "changed",
        "The Guard comprises three detachments, one each for Buckingham Palace and St James's "
        "Palace.",
    ),
    ("changed", "The guards are purely ceremonial and are not operational soldiers."),
    ("added", "The guard was given two days of leave after the fall."),
    # article 6: a pregnancy announced in a rap video
    (
        "same",
        "Jesse and Melissa Meek announced they are expecting a child in a rap video set to the "
        "theme from The Fresh Prince of Bel-Air.",
    ),
    ("same", "It took the couple five takes to film the clip, they told KPTV."),
    ("changed", "The Meeks' video has been viewed over 17 million times on YouTube."),
    (
        "changed",
        "An Ohio couple announced they are expecting a child in a rap video set to the Fresh "
        "Prince theme.",
    ),
    ("changed", "Jesse Meek is the great-great-grandson of Oregon pioneer Kit Carson."),
    ("changed", "Jesse learned the news after reading a tag Melissa placed on their cat."),
    ("added", "The Meeks are expecting a girl in September."),
    # article 11: Neymar at a basketball game
    (
        "same",
        "Neymar and Dani Alves watched Barcelona's basketball side beat Real Madrid 85-80 on "
        "Thursday night.",
    ),
    ("same", "Neymar captained Brazil to a 1-0 win over Chile at the Emirates Stadium on Sunday."),
    ("changed", "Barcelona beat Real Madrid 95-80 in the Euro League basketball contest."),
    ("changed", "Neymar helped Brazil beat Argentina 1-0 at the Emirates Stadium on Sunday."),
    ("changed", "Barcelona take on Celta Vigo in La Liga on Saturday."),
    ("changed", "Before the international break, Barcelona had lost their El Clasico contest."),
    ("added", "Neymar scored the only goal of the game against Chile."),
]

BBC4: list[tuple[str, str]] = [
    # XSumFaith article 5: Gateshead against Guiseley
    ("same", "Gateshead and Guiseley drew 1-1 in the National League."),
    ("same", "Jake Lawlor gave Guiseley the lead on 15 minutes."),
    ("changed", "Guiseley went ahead on 25 minutes when James Hurst squared to Jake Lawlor."),
    ("changed", "Gateshead won 1-0 against Guiseley in the National League."),
    ("changed", "Wes York levelled for Gateshead on 72 minutes."),
    ("changed", "Neil Aspin's side have not lost in five National League matches."),
    ("changed", "Gateshead defender Liam Hogan superbly blocked Wesley York's effort."),
    ("added", "A crowd of 1,200 watched the match."),
    # article 8: the Reds beat Chinnor
    ("same", "The Reds beat third-placed Chinnor 29-12 for a second win in a row."),
    (
        "same",
        "Churcher said Tommy Phillips, Ben Priddey and Craig Williams led the team from the front.",
    ),
    ("changed", "The Reds, who are fifth in National Two South, beat Chinnor 39-12."),
    ("changed", "The Reds are third in National Two South."),
    (
        "changed",
        "'Tommy Phillips, Ben Priddey and Craig Williams really led the team from the front,' "
        "Churcher told BBC Devon.",
    ),
    ("changed", "Churcher believes his side has little room for improvement."),
    ("added", "The Reds scored four tries against Chinnor."),
    # article 9: why we change what we buy
    ("same", "Robert Opie founded the Museum of Brands, Packaging and Advertising in London."),
    (
        "same",
        "The arrival of the domestic freezer, washing powder and cheaper imports affected the "
        "items popular among UK consumers.",
    ),
    (
        "changed",
        "Robert Opie founded the Museum of Brands, Packaging and Advertising in Manchester.",
    ),
    ("changed", "Robert Opie is the curator of the Museum of Brands, Packaging and Advertising."),
    ("changed", "An annual survey ranks the top 50 consumer brands in the UK."),
    (
        "changed",
        "The video explores how ownership and ranking of the biggest brands in France is changing.",
    ),
    ("added", "Robert Opie began collecting packaging in 1963."),
]

FACTCC4: list[tuple[str, str]] = [
    # FactCC article 7: the last season of Mad Men
    ("same", "Don Draper, the creative director on Mad Men, is played by Jon Hamm."),
    (
        "same",
        "In March, a Mad Men bench was unveiled in front of New York's Time & Life Building.",
    ),
    (
        "changed",
        "In May, a Mad Men bench was unveiled in front of New York's Time & Life Building.",
    ),
    ("changed", "The last season of Mad Men ended with the moon landing in July 1968."),
    ("changed", "Roger Sterling, the wisecracking executive, is played by Jon Hamm."),
    ("changed", "Roger Sterling has suffered three heart attacks."),
    ("changed", "Mad Men creator Matthew Weiner is from Chicago."),
    ("added", "The final season of Mad Men has 14 episodes."),
    # article 8: how Jesus' ministry was paid for
    ("same", "In the New Testament, money gets 37 mentions."),
    ("same", "Rabbi Joshua Garroway is a professor at Hebrew Union College in Los Angeles."),
    ("changed", "In the New Testament, gold gets 28 citations."),
    ("changed", "Judas Iscariot praised the woman's act of anointing Jesus' feet."),
    ("changed", "Joanna was the wife of Herod's steward Lazarus."),
    (
        "changed",
        "According to the Gospel of Mark, women whom Jesus had healed provided for him out of "
        "their resources.",
    ),
    ("added", "Jesus' ministry received a donation of 500 denarii from Joanna."),
    # article 11: a cat on the stairs, going up or down
    (
        "same",
        "A photo of a cat on some stairs has social media asking whether it is going up or down.",
    ),
    ("same", "The picture was apparently uploaded on Imgur a few days ago."),
    ("changed", "The picture was apparently uploaded on Reddit a few days ago."),
    ("changed", "The photo caught fire thanks to a post on the website Buzzfeed.com."),
    ("changed", "The picture shows a dog coming down some stairs."),
    ("changed", "Nobody is commenting about the construction of the stairs."),
    ("added", "The photo was taken in a house in Brazil."),
]

CNN5: list[tuple[str, str]] = [
    # SummEval article 12 (of the second twelve): migrants rescued off Italy
    (
        "same",
        "From Friday to Monday, a total of 8,480 migrants were rescued, according to the Italian "
        "coast guard.",
    ),
    (
        "same",
        "Save the Children fears 400 migrants could be missing after a ship carrying 550 people "
        "capsized.",
    ),
    (
        "changed",
        "From Friday to Monday, a total of 4,480 migrants were rescued, according to the Italian "
        "coast guard.",
    ),
    (
        "changed",
        "Survivors said their ship capsized in the Mediterranean Sea about 80 miles off the "
        "Tunisian coast.",
    ),
    (
        "changed",
        "The Italian coast guard confirmed that a migrant boat carrying about 550 people had "
        "capsized.",
    ),
    (
        "changed",
        "Italy registered more than 10,000 migrants arriving in the first six months of 2015.",
    ),
    ("changed", "Coast Guard official Filippo Marini said the operation found several bodies."),
    ("added", "The Italian navy sent three warships to patrol the Channel of Sicily."),
    # article 14: Bradley Wiggins and the hour record
    (
        "same",
        "Bradley Wiggins will attempt cycling's hour record on June 7 at the Lee Valley VeloPark.",
    ),
    (
        "same",
        "The current hour record of 52.491km was set by Australian Rohan Dennis in February.",
    ),
    (
        "changed",
        "Bradley Wiggins will attempt cycling's hour record on July 7 at London's Olympic "
        "Velodrome.",
    ),
    ("changed", "The current hour record of 52.491km was set by German Jens Voigt in February."),
    ("changed", "Alex Dowsett will make his attempt on May 2 in Birmingham."),
    ("changed", "Wiggins has won five Olympic gold medals."),
    ("added", "Wiggins will ride a bike built by Pinarello for the attempt."),
    # article 19: Iranian border guards killed
    (
        "same",
        "Eight Iranian border guards were killed in clashes with militants near the border with "
        "Pakistan.",
    ),
    ("same", "A militant group called Jaish al Adal claimed responsibility for the attack."),
    (
        "changed",
        "Eight Iranian border guards were killed in clashes with militants near the border with "
        "Afghanistan.",
    ),
    ("changed", "Five of the militants were killed by Iranian forces in the fighting."),
    (
        "changed",
        "In October 2013, 14 Iranian border guards were killed near the city of Zahedan.",
    ),
    ("changed", "The Pakistani government praised Monday's attack."),
    ("added", "Iran closed its border crossings with Pakistan after the attack."),
]

CNN6: list[tuple[str, str]] = [
    # SummEval article 13 (of the second twelve): Wenger on Alexis Sanchez
    ("same", "Alexis Sanchez has scored 19 goals so far this season for Arsenal."),
    ("same", "Arsene Wenger said only Sanchez can explain why he chose Arsenal."),
    ("changed", "Alexis Sanchez has scored 29 goals so far this season."),
    ("changed", "Arsenal signed the Chile forward Alexis Sanchez for £42million."),
    ("changed", "Sanchez, 28, was convinced to continue his career under Wenger."),
    ("changed", "Arsenal face Liverpool on Sunday."),
    ("changed", "Raheem Sterling has accepted a new contract offer from Liverpool."),
    ("added", "Sanchez scored twice in Arsenal's last match against Newcastle."),
    # article 15: Serena Williams in the Fed Cup
    ("same", "Serena Williams beat Sara Errani 4-6 7-6(3) 6-3 in the Fed Cup on Sunday."),
    ("same", "The US were beaten 3-2 and relegated to World Group II."),
    ("changed", "Williams took her career record over Errani to 9-0."),
    (
        "changed",
        "Williams and Alison Riske won the doubles rubber against Errani and Flavia Pennetta.",
    ),
    ("changed", "Williams won the French Open in 2002 and 2012."),
    ("changed", "US captain Billie Jean King said: 'We have to work harder.'"),
    ("added", "Williams will play in the Madrid Open next month."),
    # article 18: a billboard of the officer who shot Aaron Siler
    (
        "same",
        "Aaron Siler, 26, was fatally shot after being confronted by officer Pablo Torres on "
        "March 14.",
    ),
    ("same", "The billboard was paid for by the Kenosha Professional Police Association."),
    ("changed", "Aaron Siler, 36, was fatally shot by officer Pablo Torres."),
    (
        "changed",
        "Aaron Siler was fatally shot after being confronted by officer Pablo Torres on March 24.",
    ),
    ("changed", "The billboard features a photograph of Torres and his horse."),
    (
        "changed",
        "Ten days before, Torres shot 66-year-old Terry Knight, who was armed with a gun.",
    ),
    ("added", "The billboard was taken down after two days."),
]

BBC5: list[tuple[str, str]] = [
    # XSumFaith article 15 (of the second twelve): Chechen clerics and Novaya Gazeta
    ("same", "Chechen Muslim clerics met in Grozny on 3 April."),
    (
        "same",
        "More than 100 people were detained in Chechnya on suspicion of being homosexual, "
        "Novaya Gazeta reported.",
    ),
    ("changed", "Novaya Gazeta reported on 1 April that at least 13 people had been killed."),
    (
        "changed",
        "Detainees were tortured at a prison near Argun, 20km from the city of Makhachkala.",
    ),
    ("changed", "Kadyrov's spokesman Dmitry Muratov said there were no gay people in Chechnya."),
    ("changed", "Ramzan Kadyrov has confirmed the allegations."),
    ("changed", "Boris Nemtsov was shot dead in Moscow in 2012."),
    ("added", "The International Criminal Court has opened an investigation into the detentions."),
    # article 17: Mayweather, McGregor and the gloves
    ("same", "Conor McGregor, 29, will make his boxing debut against Floyd Mayweather, 40."),
    ("same", "Mayweather posted on Instagram that he would wear 8oz Grant gloves."),
    ("changed", "Nevada rules state that fights at 154 lbs require 12oz gloves."),
    ("changed", "The Nevada Athletic Commission will debate the gloves on 16 September."),
    (
        "changed",
        "McGregor floored Paulie Malignaggi three times on his way to a points win in August 2016.",
    ),
    ("changed", "McGregor has used 6oz gloves during his UFC career."),
    ("changed", "McGregor lost to Nate Diaz on points in August 2016."),
    ("added", "The Nevada Athletic Commission fined Mayweather for submitting his waiver late."),
    # article 20: Hawick Knitwear
    ("same", "Hawick Knitwear now makes 9,500 sweaters each week to keep up with demand."),
    ("same", "Benny Hartop bought Hawick Knitwear in November last year."),
    ("changed", "Hawick Knitwear employs more than 530 staff."),
    ("changed", "Hawick Knitwear dates back to 1910."),
    ("changed", "Hawick Knitwear made about 5,500 sweaters a week last year."),
    ("added", "Hawick Knitwear plans to open a second factory in the Scottish Borders next year."),
]

FACTCC5: list[tuple[str, str]] = [
    # FactCC article 17 (of the second twelve): Kim Richards arrested
    ("same", "Kim Richards was taken into custody at the Beverly Hills Hotel."),
    ("same", "Richards kicked one of the officers in the leg, but the officer was not injured."),
    ("changed", "Police took Kim Richards into custody at the Chateau Marmont hotel."),
    ("changed", "Kim Richards reportedly entered rehab in 2014."),
    (
        "changed",
        "Richards is expected to face misdemeanor charges, according to Lt. Paul Ramirez of the "
        "Beverly Hills Police Department.",
    ),
    ("changed", "Kim Richards has not been released from custody."),
    ("changed", "Kim Richards had a significant role in the 2009 film Black Snake Moan."),
    ("added", "Kim Richards was fined $500 for public intoxication."),
    # article 18: ISIS at the Baiji refinery
    ("same", "ISIS launched an assault on the Baiji oil refinery late Saturday."),
    ("same", "The additional troops came from Camp Speicher, a fortified Iraqi base near Tikrit."),
    ("changed", "The Baiji refinery is 80 kilometers from Tikrit."),
    (
        "changed",
        "The additional troops came from Camp Speicher, a fortified Iraqi base near the city of "
        "Mosul.",
    ),
    ("changed", "ISIS launched an assault on the Baiji oil refinery late Friday."),
    (
        "changed",
        "Iraqi government security officials confirmed that ISIS fighters controlled several "
        "buildings of the refinery.",
    ),
    ("changed", "The reinforcements include four federal police regiments."),
    ("added", "The United States carried out air strikes near the Baiji refinery on Monday."),
    # article 21: the singer Kayahan
    ("same", "Kayahan, one of Turkey's best-loved singers, died of cancer at the age of 66."),
    ("same", "Kayahan competed in the Eurovision Song Contest in 1990."),
    ("changed", "Kayahan finished 7th in the Eurovision Song Contest in 1990."),
    ("changed", "Kayahan was born in Antalya province, in western Turkey."),
    ("changed", "Kayahan's final album was released in 2012."),
    ("added", "Kayahan won a lifetime achievement award in 2010."),
]

CNN7: list[tuple[str, str]] = [
    # SummEval article 16 (of the second twelve): River Plate and Radamel Falcao
    (
        "same",
        "Radamel Falcao spent eight years with River Plate before leaving for Porto in 2009.",
    ),
    ("same", "Falcao scored 34 goals in 90 appearances for River Plate."),
    (
        "changed",
        "Falcao has scored just six Premier League goals during his loan at Manchester United.",
    ),
    ("changed", "Falcao left River Plate for Benfica in 2009."),
    (
        "changed",
        "River Plate vice president Rodolfo D'Onofrio said the club dream of Falcao.",
    ),
    ("changed", "Falcao joined River Plate at the age of 13 in 2001."),
    ("changed", "Falcao joined River Plate at the age of 15 in 2004."),
    ("added", "River Plate have made a formal offer of £5million for Falcao."),
    # article 20: Japan's defence minister on UFOs, and Antonio Inoki
    (
        "same",
        "Defense Minister Gen Nakatani told the Diet that Japan's jets had never come across any "
        "UFOs from outer space.",
    ),
    ("same", "Antonio Inoki fought Muhammad Ali in 1976."),
    ("changed", "Antonio Inoki fought Muhammad Ali in 1978."),
    (
        "changed",
        "Inoki traveled to Iran in 1990 to try to secure the release of Japanese hostages.",
    ),
    (
        "changed",
        "Nakatani said the Air Self Defense Force had encountered an extraterrestrial "
        "unidentified flying object.",
    ),
    ("changed", "Inoki fought Joe Frazier in 1976."),
    ("changed", "Inoki entered Japan's Upper House for a second stint in politics in 2010."),
    ("added", "Inoki plans to stage a second wrestling tournament in North Korea next year."),
    # article 21: a passenger who broke an airport toilet
    ("same", "Passenger Jin Pai, 35, was standing on the rim of a toilet when it collapsed."),
    ("same", "The toilet was in Hefei Xinqiao International Airport."),
    ("changed", "Passenger Jin Pai, 45, was standing on the rim of a toilet when it collapsed."),
    ("changed", "Hefei is the capital city of eastern China's Jiangsu Province."),
    (
        "changed",
        "Police spokesman Li Wei said the toilets are for sitting on, not for standing on.",
    ),
    ("added", "The airport has since replaced all its toilets with squat toilets."),
]

BBC6: list[tuple[str, str]] = [
    # XSumFaith article 16 (of the second twelve): GB beaten by the Netherlands at basketball
    ("same", "Andrew Lawrence scored 14 points while Ben Gordon added 13."),
    ("same", "The Netherlands were led by 18 points from Worthy De Jong."),
    ("changed", "Ben Gordon scored 23 points for GB."),
    ("changed", "GB begin their Eurobasket qualifying campaign with a game in Poland in midweek."),
    ("changed", "The Netherlands were led by 18 points from Andrew Lawrence."),
    ("changed", "GB led 45-24 on Lawrence's three in the second quarter."),
    ("changed", "GB held on to win despite the Netherlands' comeback in the last six minutes."),
    ("added", "Ben Gordon signed a two-year contract with GB Basketball."),
    # article 19: the killing of Karl Haugh in Kilkee
    ("same", "Robbie Walsh was charged with assault causing serious harm to Mr Haugh."),
    ("same", "Mr Haugh was pronounced dead at Limerick University Hospital at 06:00."),
    ("changed", "Mr Haugh, 35, was stabbed in a laneway in the Marian estate."),
    ("changed", "Mr Haugh was brought by ambulance to Galway University Hospital."),
    ("changed", "Two other men arrested over the killing were charged."),
    ("changed", "A judge remanded Mr Walsh in custody until 14 September."),
    (
        "changed",
        "Three people entered the Marian Estate in Kilkee shortly after 03:00 on Sunday.",
    ),
    ("added", "Mr Haugh's family have set up a fund to pay for his funeral."),
    # article 23: a man shot dead in Upperthorpe, Sheffield
    ("same", "The victim was taken to Northern General hospital but died from his injuries."),
    ("same", "Officers found the man with a gunshot wound to his chest."),
    ("changed", "Officers were called to the scene at about 15:35 GMT."),
    (
        "changed",
        "On Monday, a 25-year-old man was seriously injured when he was shot in the street in "
        "the Parson Cross area.",
    ),
    (
        "changed",
        "On Monday, a 45-year-old man was seriously injured when he was shot in the Shiregreen "
        "area.",
    ),
    ("added", "Police have arrested two men on suspicion of murder."),
]

# Written on 2026-12-03 (eighteenth session), after every rule above and before any of its claims
# was checked: three more of FactCC's second twelve articles, on the factcc5 store.
FACTCC6: list[tuple[str, str]] = [
    # FactCC article 12 (of the second twelve): Tomasz Lazar's portraits of Siberian exiles
    ("same", "Lazar began his professional photography career in 2006."),
    (
        "same",
        "Soviet authorities invaded Poland during World War II and deported hundreds of thousands "
        "of Poles.",
    ),
    ("changed", "Lazar began his professional photography career in 2016."),
    ("changed", "Lazar heard 74-year-old Boguslaw Dokurno recall his grandfather's dying wish."),
    (
        "changed",
        "Soviet authorities invaded Hungary during World War II and deported hundreds of "
        "thousands of Poles.",
    ),
    (
        "changed",
        "Dokurno's grandfather asked his grandson to return home to Ukraine after his death.",
    ),
    ("added", "Lazar's portraits of the exiles were exhibited in Warsaw in 2015."),
    # article 13: the framework agreement with Iran
    (
        "same",
        "The framework agreement with Iran was reached in Lausanne, Switzerland, on Thursday.",
    ),
    ("same", "47 senators sent a letter to the Iranian leadership warning them away from a deal."),
    (
        "changed",
        "The framework agreement with Iran was reached in Geneva, Switzerland, on Thursday.",
    ),
    (
        "changed",
        "52 senators sent a letter to the Iranian leadership warning them away from a deal.",
    ),
    (
        "changed",
        "Senate leader Mitch McConnell invited Israeli Prime Minister Benjamin Netanyahu to blast "
        "the agreement before Congress.",
    ),
    ("changed", "The framework would cut by half Iran's number of installed centrifuges."),
    ("changed", "Iran ended its cooperation with International Atomic Energy Agency inspections."),
    ("added", "The final agreement must be signed by June 30."),
    # article 14: Marvel's Daredevil on Netflix
    ("same", "Charlie Cox plays blind attorney Matt Murdock in Marvel's Daredevil."),
    ("same", "94% of critics gave Daredevil positive reviews on Rotten Tomatoes."),
    ("changed", "Daredevil streamed its entire first season on Hulu on Friday morning."),
    ("changed", "84% of critics gave Daredevil positive reviews on Rotten Tomatoes."),
    ("changed", "Charlie Cox is cast as Wilson Fisk, a.k.a. the Kingpin."),
    ("changed", "Early risers on Twitter praised a fight scene in episode 5."),
    ("added", "Netflix has already renewed Daredevil for a second season."),
]

# Written on 2026-12-04 (nineteenth session), after every rule above and before any of its claims
# was checked: three more of XSumFaith's second twelve articles, on the bbc5 store.
BBC7: list[tuple[str, str]] = [
    # XSumFaith article 12 (of the second twelve): a fire at a waste site in Duncan Street
    (
        "same",
        "The Environment Agency suspended Recovered Fuels Shipping Limited from accepting waste "
        "after the fire.",
    ),
    (
        "same",
        "Greater Manchester Fire and Rescue Service visited the premises nine times in the last "
        "12 months.",
    ),
    ("changed", "The blaze at the site in Duncan Street broke out on 2 May."),
    (
        "changed",
        "Greater Manchester Fire and Rescue Service visited the premises four times in the last "
        "12 months.",
    ),
    ("changed", "Recovered Fuels Shipping Limited has until 7 September to appeal the decision."),
    (
        "changed",
        "The Environment Agency raised concerns to the fire service in February over the impact a "
        "fire could have on nearby residents.",
    ),
    ("added", "Around 40 residents were evacuated from nearby homes during the blaze."),
    # article 13: McLaren's slump and its history
    ("same", "McLaren have won 182 grands prix and eight constructors' titles."),
    ("same", "In 1988, with Ayrton Senna and Alain Prost, McLaren won 15 of the 16 races."),
    ("changed", "In 1988, with Ayrton Senna and Alain Prost, McLaren won 12 of the 16 races."),
    (
        "changed",
        "McLaren were fined $50m after being found guilty of possessing Ferrari technical "
        "information.",
    ),
    ("changed", "McLaren's maiden title came in 1974, with the Brazilian Nelson Piquet."),
    ("changed", "The team was founded by the Australian F1 driver Bruce McLaren."),
    ("changed", "McLaren's last constructors' title came in 2007."),
    ("added", "McLaren will switch to Mercedes engines next season."),
    # article 14: five ways to enjoy Christmas online
    ("same", "Everyday Church Online launched in the UK in September."),
    (
        "same",
        "Viral.de's 2010 video The Digital Story of Nativity has been viewed almost six million "
        "times.",
    ),
    ("changed", "People from 16 different countries have logged on to Everyday Church Online."),
    ("changed", "Guardians of Ancora is aimed at 14 to 18-year-olds."),
    ("changed", "Everyday Church Online runs virtual services every Saturday."),
    (
        "changed",
        "The Churches Advertising Network's video has been viewed about 2.5 million times.",
    ),
    ("added", "Everyday Church Online plans to hold a live carol service on Christmas Eve."),
]

# Written on 2026-12-04 (nineteenth session), after the rules found on bbc7 and before any of its
# claims was checked: the last three of SummEval's second twelve articles, on the cnn5 store.
CNN8: list[tuple[str, str]] = [
    # SummEval article 17 (of the second twelve): Ella Henderson and Batiste
    (
        "same",
        "X Factor finalist Ella Henderson has been announced as the face of dry shampoo brand "
        "Batiste.",
    ),
    ("same", "The campaign was brought together by the MILES agency."),
    ("changed", "The 21-year-old Ella Henderson has been announced as the face of Batiste."),
    ("changed", "Ella Henderson rose to fame in the 2010 series of The X Factor."),
    ("changed", "The campaign features the singer's latest single, Ghost."),
    ("changed", "Mark Hargreaves is the CEO of Syco Entertainment, which manages Ella."),
    ("added", "Henderson will donate her fee from the campaign to charity."),
    # article 22: Kevin Rebbie arrested over a hidden camera
    (
        "same",
        "Kevin Rebbie, 56, of Limerick Township, Pennsylvania, was arrested after a girl found a "
        "hidden camera in her bathroom.",
    ),
    ("same", "Investigators found 41 videos from the hidden camera."),
    (
        "changed",
        "Kevin Rebbie, 46, of Limerick Township, was arrested after a girl found a hidden camera "
        "in her bathroom.",
    ),
    (
        "changed",
        "Investigators found 41 videos from the hidden camera, 14 of which showed victims as they "
        "showered.",
    ),
    ("changed", "Rebbie is being held on a $50,000 bail."),
    ("changed", "Rebbie's preliminary hearing is on June 1."),
    ("changed", "Rebbie denied filming any of the victims."),
    (
        "changed",
        "The investigation began when a 15-year-old girl found a hidden camera in her bathroom in "
        "January.",
    ),
    ("added", "Rebbie's lawyer said his client would plead not guilty."),
    # article 23: Yuki Aoyama's fathers leaping beside their daughters
    (
        "same",
        "Japanese photographer Yûki Aoyama's images show fathers leaping into the air next to "
        "their daughters.",
    ),
    ("same", "The pictures show the families posing in front of various Japanese landmarks."),
    (
        "changed",
        "The 47-year-old photographer's latest book roughly translates as Daughter and Salaryman.",
    ),
    (
        "changed",
        "In each picture the father looks directly into the camera smiling while his daughter "
        "pulls a dramatic pose.",
    ),
    ("changed", "The pictures show the families posing in front of various Chinese landmarks."),
    ("added", "Aoyama's book will be published in English next year."),
]

# Written on 2026-12-04 (nineteenth session), after the rules found on cnn8 and before any of its
# claims was checked: three more of FactCC's second twelve articles, on the factcc5 store.
FACTCC7: list[tuple[str, str]] = [
    # FactCC article 15 (of the second twelve): Rolling Stone's discredited campus story
    (
        "same",
        "Before it was pulled, the Rolling Stone story registered 2.7 million hits following its "
        "publication in November.",
    ),
    (
        "same",
        "Rolling Stone requested a review by the Columbia University Graduate School of "
        "Journalism.",
    ),
    (
        "changed",
        "Before it was pulled, the Rolling Stone story registered 7.2 million hits following its "
        "publication in November.",
    ),
    (
        "changed",
        "Jackie said she had been invited to a party thrown by Phi Kappa Psi fraternity in 2014.",
    ),
    ("changed", "Jackie said she was attacked by five boys at the party."),
    ("changed", "New York Times reporter T. Rees Shapiro took a closer look at the story."),
    ("added", "Rolling Stone's managing editor resigned after the review was published."),
    # article 16: the Twin Peaks cast backing David Lynch
    (
        "same",
        "Lynch announced Sunday that he was exiting Showtime's nine-episode revival over a salary "
        "dispute.",
    ),
    ("same", "Kyle MacLachlan is the only cast member currently confirmed for the reboot."),
    (
        "changed",
        "Lynch announced Sunday that he was exiting Showtime's twelve-episode revival over a "
        "salary dispute.",
    ),
    (
        "changed",
        "Lynch announced Friday that he was exiting Showtime's revival over a salary dispute.",
    ),
    (
        "changed",
        "Showtime said it has given up hope that Twin Peaks can be brought back with both its "
        "creators.",
    ),
    (
        "changed",
        "Showtime had a deal with Lynch and co-creator Mark Frost to bring back the show for a run "
        "in 2017.",
    ),
    ("added", "HBO has offered to produce the revival if Showtime drops it."),
    # article 19: the disappearance of the prosecutor Ray Gricar
    ("same", "Prosecutor Ray Gricar went missing on April 15, 2005."),
    (
        "same",
        "Gricar's red Mini Cooper was found abandoned near a bridge on the Susquehanna River.",
    ),
    ("changed", "Prosecutor Ray Gricar went missing on April 15, 2007."),
    (
        "changed",
        "Gricar's red Mini Cooper was found abandoned near a bridge on the Delaware River.",
    ),
    ("changed", "Investigators chased more than 30 reported sightings of Gricar."),
    ("changed", "Gricar was 49 when he disappeared."),
    (
        "changed",
        "NamUs has compared Gricar's DNA to unidentified bodies nine times since 2012.",
    ),
    ("added", "Gricar's daughter has hired a private investigator to find him."),
]

# Written on 2026-12-04 (nineteenth session), after the rules found on factcc7 and before any of
# its claims was checked: the last three of XSumFaith's second twelve articles, on the bbc5 store.
BBC8: list[tuple[str, str]] = [
    # XSumFaith article 18 (of the second twelve): J.K. Rowling and abuse on Twitter
    (
        "same",
        "Rowling donated £1m to the campaign for a No vote in the Scottish independence "
        "referendum.",
    ),
    ("same", "The SNP took 56 of the 59 seats in Scotland in Thursday's election."),
    ("changed", "The SNP took 46 of the 59 seats in Scotland in Thursday's election."),
    ("changed", "In 2010, Rowling donated the same amount to the Labour party."),
    ("changed", "The 52-year-old author revealed she had responded to nice SNP supporters."),
    ("changed", "In 2008, Rowling donated the same amount to the Conservative party."),
    ("added", "Rowling has since deleted her Twitter account."),
    # article 21: a Nato exercise hunting a submarine
    (
        "same",
        "U33's commander Kai Nicklesdorf and his 28 crew are trying to avoid detection by 10 Nato "
        "warships.",
    ),
    ("same", "Russia now has a fleet of around 60 submarines."),
    (
        "changed",
        "U33's commander Kai Nicklesdorf and his 48 crew are trying to avoid detection by 10 Nato "
        "warships.",
    ),
    ("changed", "Russia now has a fleet of around 160 submarines."),
    ("changed", "The French U-boat is acting as the unseen enemy below the waves."),
    (
        "changed",
        "Up on the bridge of HMS Portland, Rear Admiral Brad Williamson prepares his fleet of 10 "
        "warships.",
    ),
    ("added", "The exercise is being held off the coast of Norway."),
    # article 22: the former footballer Leon McKenzie's boxing title fight
    ("same", "McKenzie will take on Jahmaine Smyle at York Hall on 12 November."),
    (
        "same",
        "McKenzie is trained by his uncle, former three-time world champion Duke McKenzie.",
    ),
    ("changed", "McKenzie will take on Jahmaine Smyle at York Hall on 12 December."),
    ("changed", "McKenzie, 36, will take on Jahmaine Smyle at York Hall."),
    (
        "changed",
        "McKenzie became a professional boxer in 2015 having quit football two years previously.",
    ),
    ("changed", "McKenzie has a record of eight wins and one defeat from his nine fights."),
    (
        "changed",
        "McKenzie is trained by his uncle, former four-time world champion Duke McKenzie.",
    ),
    ("added", "McKenzie has signed a promotional deal with Matchroom Boxing."),
]

# FactCC's second twelve, articles 20, 22 and 23 (Rolling Stone's retracted story and UVA's
# handling of sexual assault, the Tulsa reserve deputy who shot a man instead of using his Taser,
# Martin O'Malley on Hillary Clinton's inevitability), written 2026-12-04 and committed before
# any was checked.
FACTCC8: list[tuple[str, str]] = [
    ("same", "The University of Virginia has never expelled a student for sexual assault."),
    (
        "same",
        "The Virginia attorney general asked the law firm O'Melveny & Myers to review how the "
        "university handled sexual assault allegations.",
    ),
    ("changed", "The alleged gang rape at a fraternity house took place in 2013."),
    ("changed", "Since 1998, 283 people have been expelled from UVA for honor-code violations."),
    (
        "changed",
        "There is an open Title IX investigation into UVA by the U.S. Department of Justice.",
    ),
    ("changed", "Police said Jackie agreed to cooperate, so they could pursue the case."),
    ("added", "The University of Virginia hired a new Title IX coordinator in March."),
    ("same", "Reserve Deputy Robert Bates was charged with second-degree manslaughter."),
    ("same", "Bates posted bail of $25,000 after surrendering at the Tulsa County Jail."),
    ("changed", "Bates posted bail of $50,000 after surrendering at the Tulsa County Jail."),
    ("changed", "The 63-year-old Bates is the CEO of an insurance company."),
    ("changed", "Bates had been a reserve deputy since 2010."),
    ("changed", "Bates contributed $2,500 to the re-election of Sheriff Steve Kunzweiler."),
    ("added", "Bates resigned from the Tulsa County Sheriff's Office on Wednesday."),
    ("same", "Martin O'Malley is a former Governor of Maryland."),
    ("same", "In a March CNN/ORC poll of national Democrats, 1% picked O'Malley."),
    ("changed", "O'Malley gave a speech to the Polk County Democrats in Cedar Rapids."),
    (
        "changed",
        "In a January poll by Bloomberg Politics and the Des Moines Register, O'Malley was at 5% "
        "among Iowa Democrats.",
    ),
    ("changed", "Clinton lost the 2008 nomination to Joe Biden."),
    ("changed", "O'Malley directly attacked Clinton in his speech in Des Moines."),
    (
        "changed",
        "Clinton planned to launch her presidential candidacy on Monday through a video message "
        "on social media.",
    ),
    ("added", "O'Malley announced his candidacy at the Iowa State Fair."),
]

# FactCC's third twelve (articles 24-35, a store of their own), articles 25, 27 and 28 (Houthi
# rebels killed in the Saudi-led campaign, an Iranian aircraft passing a U.S. Navy helicopter, the
# teenager convicted of shooting Christopher Lane), written 2026-12-04 and committed before any
# was checked.
FACTCC9: list[tuple[str, str]] = [
    (
        "same",
        "More than 500 Houthi rebels have been killed since the start of the Saudi-led military "
        "operations, a Saudi Defense Ministry official said.",
    ),
    ("same", "Three Saudi soldiers were killed in shelling near the Saudi-Yemeni border."),
    ("changed", "The nine-nation coalition has carried out 2,100 airstrikes since March 26."),
    ("changed", "The coalition's airstrikes began on March 16."),
    ("changed", "Clashes took place Friday near the Saudi-Yemeni border, in the Jizan region."),
    ("changed", "Houthi rebels forced Yemeni President Ali Abdullah Saleh from power in January."),
    ("added", "The coalition's airstrikes destroyed the international airport in Sanaa."),
    (
        "same",
        "An Iranian observation aircraft flew within 50 yards of a U.S. Navy helicopter over the "
        "Persian Gulf.",
    ),
    (
        "same",
        "The Navy helicopter was flying from the deck of the USS Carl Vinson on a routine patrol.",
    ),
    ("changed", "The Iranian aircraft made three passes at the helicopter."),
    ("changed", "Shots were fired during the encounter."),
    (
        "changed",
        "The U.S. and other world powers were meeting with Iran in Austria to negotiate a nuclear "
        "deal.",
    ),
    ("changed", "U.S. naval intelligence did not see the aircraft again for two months."),
    ("added", "The helicopter's crew reported the incident to the Pentagon the same day."),
    (
        "same",
        "Chancey Allen Luna was found guilty of first-degree murder for the drive-by shooting of "
        "Christopher Lane.",
    ),
    ("same", "Luna was 16 at the time of the shooting."),
    ("changed", "Lane was a 32-year-old college student."),
    ("changed", "Duncan is about 80 miles south of Tulsa."),
    ("changed", "The shooting took place in August 2012."),
    (
        "changed",
        "The vehicle's driver, Michael Jones, pleaded guilty in March to first-degree murder.",
    ),
    ("changed", "Jones will be eligible for parole starting in 2015."),
    ("added", "Luna's lawyer said he would appeal the verdict."),
]

# XSumFaith's third twelve (articles 24-35, a store of their own), articles 25, 29 and 30 (a feed
# maker's profits, Glaad's count of LGBT characters on television, a Texas police officer charged
# with murder), written 2026-12-04 and committed before any was checked.
BBC9: list[tuple[str, str]] = [
    ("same", "Harbro Group's pre-tax profit rose by £800,000 to £3.5m in the year to June 2016."),
    ("same", "Harbro's turnover fell by £1m to just over £100m."),
    (
        "same",
        "Glaad counted 278 regular and recurring LGBT characters in shows seen or to be shown "
        "between June 2016 and May 2017.",
    ),
    ("same", "The number of transgender characters on television rose from seven to 16."),
    (
        "same",
        "Roy Oliver fired a rifle into a car leaving a party in Balch Springs, killing 15-year-old "
        "Jordan Edwards.",
    ),
    ("same", "Footage showed the car driving forward, away from the officer."),
    (
        "changed",
        "Harbro Group's pre-tax profit rose by £800,000 to £5.3m in the year to June 2016.",
    ),
    ("changed", "Harbro has a network of 19 shops across Wales."),
    ("changed", "Harbro said its international sales fell over the year."),
    ("changed", "Harbro has a network of 29 shops operating under the Country Store brand."),
    ("changed", "Harbro filed its accounts with the Bank of England."),
    ("changed", "Glaad counted 287 regular and recurring LGBT characters."),
    ("changed", "The number of transgender characters has risen from seven to 26 this year."),
    (
        "changed",
        "Glaad's president Ellen Page said it was heartening to see progress being made.",
    ),
    (
        "changed",
        "The report found a record low percentage of black characters on broadcast television.",
    ),
    ("changed", "Roy Oliver, 47, fired a rifle into a car that was driving away from a party."),
    ("changed", "The shooting happened in the Houston suburb of Balch Springs."),
    ("changed", "Roy Oliver shot Jordan Edwards in Balch Springs in June."),
    ("changed", "The policeman was not sacked after the shooting."),
    ("added", "Harbro plans to open five new shops in England next year."),
    ("added", "Netflix responded to the report by promising more LGBT characters."),
    ("added", "Roy Oliver had been a police officer for six years."),
]

# SummEval's third twelve (articles 24-35, a store of their own), articles 25, 27 and 33 (a
# Romanian club sacking its coach twice in a week, a dairy robbed by a man in a cartoon mask, the
# Yankee Stadium letters unsold at auction), written 2026-12-04 and committed before any was
# checked.
CNN9: list[tuple[str, str]] = [
    (
        "same",
        "Ceahlaul Piatra Neamt sacked their Brazilian coach Ze Maria for the second time in a "
        "week.",
    ),
    ("same", "Ze Maria will be replaced by the Serbian Vanya Radinovic."),
    ("same", "The robber took the till drawer and up to $1,500 from the Christchurch dairy."),
    ("same", "The masked robber was described as very tall."),
    ("same", "The Yankee Stadium letters failed to find a buyer at Sotheby's."),
    ("same", "Reggie Jackson is the current owner of the Yankee Stadium letters."),
    ("changed", "Ceahlaul were beaten 3-0 by FC Botosani on Saturday."),
    ("changed", "Ze Maria replaced Gheorghe Hagi in January."),
    ("changed", "Ze Maria will be replaced by the Croatian Vanya Radinovic."),
    ("changed", "The result left Ceahlaul 14th in the standings."),
    ("changed", "Ze Maria was capped 35 times by Brazil."),
    ("changed", "The robbery happened at a dairy in Auckland."),
    ("changed", "The dairy was robbed on Sunday."),
    ("changed", "The dairy owner's 40-year-old daughter ran out of the shop screaming."),
    ("changed", "Police say the robber used a weapon."),
    ("changed", "The only bid, for $360,000, came from a Sotheby's employee."),
    ("changed", "The letters were installed at Yankee Stadium in 1986."),
    ("changed", "The letters were auctioned at Christie's on Wednesday."),
    ("changed", "The Mets bullpen car sold for $12,500."),
    ("added", "Ceahlaul's next match is against Steaua Bucharest."),
    ("added", "The robber was caught on camera fleeing in a silver car."),
    ("added", "Jackson plans to donate the letters to a museum."),
]

FACTCC10: list[tuple[str, str]] = [
    ("same", "People line up for hours in Hong Kong to buy Jenny's butter cookies."),
    (
        "same",
        "The original Jenny's shop is in Tsim Sha Tsui, one of Hong Kong's main shopping "
        "districts.",
    ),
    ("same", "Aaron Ramsey scored the only goal as Arsenal beat Burnley 1-0 at Turf Moor."),
    ("same", "Christian Benteke scored the only goal in Aston Villa's 1-0 win over Tottenham."),
    (
        "same",
        "Xavier Morales was placed on administrative leave and his security clearance was "
        "suspended.",
    ),
    ("same", "Joe Clancy called the allegations very disturbing."),
    ("changed", "A tin of Jenny's cookies costs $19."),
    ("changed", "Resellers sell the cookies at a 40% mark-up."),
    ("changed", "The original Jenny's store is located in Causeway Bay."),
    ("changed", "The bakery encourages people to resell its cookies."),
    ("changed", "Arsenal beat Burnley 2-0 at Turf Moor."),
    ("changed", "The win took Arsenal to within six points of Chelsea."),
    ("changed", "Arsenal have won ten games in a row."),
    ("changed", "West Brom beat Leicester City 3-2."),
    ("changed", "Yannick Bolasie scored a hat trick for Sunderland."),
    ("changed", "The party took place on March 21."),
    (
        "changed",
        "Morales was celebrating his new assignment as head of the Denver field office.",
    ),
    ("changed", "Julia Pierson resigned in November."),
    ("changed", "Clancy is a 17-year veteran of the agency."),
    ("added", "Jenny's opened its first shop in 2005."),
    ("added", "Ramsey was substituted with an injury in the second half."),
    ("added", "Morales was arrested by Washington police."),
]

BBC10: list[tuple[str, str]] = [
    ("same", "David Lipton, the IMF's second in command, gave a speech in Washington on Tuesday."),
    ("same", "A 32-year-old man died in a crash near the Hindhead tunnel at Bramshott."),
    (
        "same",
        "A 33-year-old man from Waterlooville was arrested on suspicion of causing death by "
        "careless driving.",
    ),
    (
        "same",
        "The UK Police Memorial Trust appealed for £1.5m towards the memorial's construction.",
    ),
    ("same", "The memorial is expected to be completed by 2019."),
    ("same", "The memorial will bear the names of more than 1,400 officers and staff."),
    (
        "changed",
        "David Lipton spoke to the National Association for Business Economics in New York.",
    ),
    ("changed", "Chinese exports plunged by a third from a year ago."),
    ("changed", "The IMF's current forecast for global growth is 2.4%."),
    ("changed", "The IMF said it is likely to upgrade its forecast for global growth."),
    ("changed", "The crash happened on the northbound carriageway."),
    ("changed", "The crash happened at about 09:30 GMT on Thursday."),
    ("changed", "The road was closed between Thursley and Haslemere."),
    (
        "changed",
        "A 35-year-old man from Waterlooville was arrested on suspicion of causing death by "
        "careless driving.",
    ),
    ("changed", "The man who died in the crash was 42."),
    ("changed", "The government has committed £2m towards the memorial."),
    ("changed", "The memorial will cost £6m."),
    ("changed", "PC Keith Palmer was murdered in an attack outside Buckingham Palace."),
    (
        "changed",
        "Home Secretary Theresa May said the government had committed £1m towards the memorial.",
    ),
    ("added", "Lipton said China's central bank should cut interest rates."),
    ("added", "Two other people were taken to hospital with serious injuries."),
    ("added", "The memorial was designed by a sculptor from Staffordshire."),
]

CNN10: list[tuple[str, str]] = [
    (
        "same",
        "Kaitlyn Granado, a maths teacher at MacArthur High School in Irving, was arrested for "
        "a second time.",
    ),
    ("same", "Granado was released after posting a $50,000 bail."),
    (
        "same",
        "A video of a crocodile carrying a dead dog in its jaws has been viewed more than "
        "500,000 times.",
    ),
    (
        "same",
        "Tim Weston was on holiday in Puerto Vallarta with his wife when he saw the crocodile.",
    ),
    ("same", "Ian Guffick was banned from the classroom for at least two years."),
    ("same", "The Department for Education annulled the school's SATs results for 2014."),
    ("changed", "Kaitlyn Granado was first arrested on March 12."),
    ("changed", "The second pupil who accused Granado was 16."),
    ("changed", "Granado was booked into Dallas County Jail for the second time."),
    ("changed", "The sexual relationship took place in her car on February 18 and 19."),
    ("changed", "Granado was released after posting a $5,000 bail."),
    ("changed", "The crocodile was filmed in a marina in Cancun."),
    ("changed", "The dog belonged to the owner of a local surf shop."),
    ("changed", "The video was posted on the Bogged Instagram page."),
    ("changed", "American Crocodiles in Mexico can reach lengths of 9 meters."),
    ("changed", "Ian Guffick is a 41-year-old teacher."),
    ("changed", "Guffick denied the allegations."),
    ("changed", "The panel was run by the Department for Education."),
    ("changed", "Guffick was given 14 days to appeal to the High Court."),
    ("added", "Granado has pleaded not guilty to the charges."),
    ("added", "The crocodile was later captured by wildlife officials."),
    ("added", "Guffick now works as a private tutor."),
]

FACTCC11: list[tuple[str, str]] = [
    (
        "same",
        "Some 7,000 people gathered in a stadium in Xinjiang for a public mass sentencing in "
        "May 2014.",
    ),
    ("same", "Jordan ended an eight-year moratorium on executions in December."),
    ("same", "Hanan was held with 50 others for the first week and fed just a bowl of rice."),
    ("same", "Hanan and the other girls escaped through the bedroom window at night."),
    ("same", "Jurors found Dzhokhar Tsarnaev guilty on all 30 counts he faced."),
    ("same", "Sean Collier was a 26-year-old police officer shot dead in his patrol car at MIT."),
    (
        "changed",
        "In the Xinjiang trial, 55 people were found guilty and five were sentenced to death.",
    ),
    ("changed", "Pakistan lifted its moratorium after a Taliban attack on a school in Lahore."),
    ("changed", "Indonesia has executed ten people this year."),
    ("changed", "Jordan ended its moratorium by putting 11 drug traffickers to death."),
    ("changed", "In 1945, only 18 countries had abolished the death penalty."),
    ("changed", "Amnesty recorded executions in 32 countries last year."),
    (
        "changed",
        "Most of the Shariya camp's occupants fled the ISIS assault on Sinjar in October.",
    ),
    ("changed", "Hanan was taken to a sex slave warehouse in Raqqa."),
    ("changed", "Hanan is 23."),
    ("changed", "Hanan and the others decided not to escape."),
    ("changed", "Rebekah Gregory spoke to reporters outside her home in Florida."),
    ("changed", "The Boston Marathon bombings took place in 2012."),
    (
        "changed",
        "Richard Donohue was wounded in a shootout with the Tsarnaevs in Cambridge.",
    ),
    ("added", "Saudi Arabia carried out the most executions of any country last year."),
    ("added", "Hanan's family paid a smuggler to get her out of ISIS territory."),
    ("added", "Tsarnaev's lawyers said they would appeal the verdict."),
]


BBC11: list[tuple[str, str]] = [
    ("same", "Alex Salmond served as first minister between 2007 and 2014."),
    ("same", "Tricia Marwick was visibly emotional after Alex Salmond's farewell speech."),
    (
        "same",
        "Duncan McNeil has served in the Scottish Parliament since it was established in 1999.",
    ),
    ("same", "Gloucester won the competition in 2015."),
    (
        "same",
        "Second-half tries from Jonny May, Tom Marshall, Mark Atkinson and Henry Purdy sealed "
        "Gloucester's win.",
    ),
    (
        "same",
        "The 72-year-old man was later found dead at a sheltered housing complex in Inverness.",
    ),
    ("changed", "Alex Salmond served as first minister between 2007 and 2016."),
    ("changed", "Duncan McNeil has served in the parliament since it was established in 2001."),
    (
        "changed",
        "Ms Marwick, Mr Salmond and Mr McNeil are standing down as MSPs ahead of the election on "
        "5 June.",
    ),
    ("changed", "Mr McNeil warned that Holyrood had nothing to learn from Westminster."),
    ("changed", "Former Scottish Labour MSP Annabel Goldie is also bowing out of Holyrood."),
    (
        "changed",
        "A Gareth Anscombe drop-goal edged Blues 23-20 ahead after Gloucester's Josh Hohneck was "
        "red carded.",
    ),
    ("changed", "Gloucester progress to play Toulon in the next round."),
    ("changed", "Marshall's first try put Gloucester 23-13 up."),
    ("changed", "England coach Eddie Jones watched the match from the stands at Twickenham."),
    (
        "changed",
        "The Blues have failed to progress beyond the last eight of any European competition "
        "since winning the second-tier title in 2012.",
    ),
    ("changed", "The man died in Aberdeen on 27 October this year."),
    ("changed", "The man died in Inverness on 27 September this year."),
    ("changed", "The call came from a 62-year-old man who was later found dead."),
    ("added", "Alex Salmond said he would stand for Westminster at the next general election."),
    ("added", "Gloucester's head coach praised the performance of Henry Purdy."),
    ("added", "The officers who responded to the man's call have been suspended."),
]

CNN11: list[tuple[str, str]] = [
    ("same", "Kevin Pietersen posed for the Surrey team photo at the KIA Oval."),
    ("same", "Surrey begin their County Championship campaign at Glamorgan on April 19."),
    ("same", "United will have to pay £46million to make Falcao's transfer permanent."),
    ("same", "Nabil Dirar said Falcao was not happy in Monaco."),
    ("same", "Hull were beaten 2-0 by Southampton and are two points clear of the drop zone."),
    ("same", "Mohamed Diame returned from five months out at St Mary's Stadium."),
    ("changed", "Downton's sacking on Friday paved the way for Pietersen to return."),
    ("changed", "Pietersen was axed by the former managing director in 2012."),
    ("changed", "Surrey play Oxford MCCU in a MCC University match on Saturday."),
    (
        "changed",
        "Pietersen has rejoined Kent in an attempt to force his way back into the Test set-up.",
    ),
    ("changed", "Falcao has scored 14 goals for Manchester United this season."),
    ("changed", "United will have to pay £56million to make Falcao's transfer permanent."),
    ("changed", "Dirar told L'Equipe that Falcao must be regretting his move."),
    ("changed", "Steve Bruce was targeting 12 wins to survive at the start of the campaign."),
    ("changed", "Hull beat Southampton 2-0."),
    (
        "changed",
        "A James Ward-Prowse penalty and a late strike from Sadio Mane meant Hull left with "
        "nothing.",
    ),
    ("changed", "Southampton moved up to fourth in the table."),
    ("changed", "Liverpool play Newcastle on Tuesday."),
    ("changed", "James Chester returned from six months out."),
    ("added", "Pietersen scored a century for Surrey in the match against Oxford MCCU."),
    ("added", "Falcao's agent said the striker wants to stay at Manchester United."),
    ("added", "Koeman fined Sadio Mane for trying to take the penalty."),
]

BBC12: list[tuple[str, str]] = [
    ("same", "Derrick Walser scored a short-handed opener for the Giants."),
    ("same", "Nottingham lead the league on 28 points."),
    ("same", "Hitzlsperger gave an interview to the newspaper Die Zeit."),
    ("same", "Lukas Podolski praised Hitzlsperger's decision on Twitter."),
    ("same", "Jamille Matt turned the ball home from three yards after 12 minutes."),
    ("same", "Colchester finished the game with 10 men."),
    ("changed", "Nottingham lead the league on 30 points."),
    ("changed", "Sheffield Steelers are on 25 points."),
    ("changed", "James Desmarais made it 4-1."),
    ("changed", "The teams meet again on Sunday night in the second match of their double-header."),
    ("changed", "Hitzlsperger gave an interview to the newspaper Der Spiegel."),
    ("changed", "Arne Friedrich played with Hitzlsperger at Euro 2012."),
    ("changed", "Philipp Lahm created controversy in 2013 with his autobiography."),
    ("changed", "Bayern Munich criticised Hitzlsperger's announcement."),
    ("changed", "Theo Zwanziger is the former president of the Spanish Football Association."),
    ("changed", "Jamille Matt turned the ball home from three yards after 22 minutes."),
    ("changed", "Colchester finished the game with nine men."),
    ("changed", "Sam Slocombe denied Matthew Briggs with a sensational save after 27 minutes."),
    ("changed", "Tom Aldred headed wide from six yards."),
    ("added", "Hitzlsperger announced he would become a coach at Bayern Munich."),
    ("added", "Nottingham's coach praised David Ling after the match."),
    ("added", "Blackpool's manager said the point keeps them out of the relegation zone."),
]

FACTCC12: list[tuple[str, str]] = [
    (
        "same",
        "The Corker legislation would give Congress 52 days to review and approve the Iran "
        "agreement.",
    ),
    (
        "same",
        "The Senate ratified the Panama Canal Treaties by one vote more than the required "
        "two-thirds majority.",
    ),
    ("same", "Howard Baker predicted Carter wouldn't even get 20 votes."),
    ("same", "The sanctions bill passed the House in a 400-20 vote."),
    ("same", "367 Members of Congress sent the President a letter on Iran's nuclear program."),
    (
        "same",
        "Iran built a centrifuge facility named Fordo under a mountain between 2004 and 2009.",
    ),
    ("changed", "The Corker legislation would give Congress 60 days to review the agreement."),
    ("changed", "Carter asked the Senate to ratify the Panama Canal Treaties of 1977."),
    ("changed", "Howard Baker, a Tennessee Democrat, predicted Carter wouldn't get 20 votes."),
    ("changed", "Carter helped secure the vote of Sen. Richard Stone of Georgia."),
    ("changed", "The Senate ratified the SALT II treaties in the late 1970s."),
    ("changed", "Corker told CNN on Tuesday that negotiators had reached a bipartisan agreement."),
    ("changed", "The sanctions bill passed the House in a 380-20 vote."),
    ("changed", "The strictest restrictions on Iran's enrichment will expire in only 15 years."),
    ("changed", "267 Members of Congress sent the President a letter on Iran's nuclear program."),
    ("changed", "In 1996, President Bill Clinton said he had struck a deal with North Korea."),
    (
        "changed",
        "Twenty years after these assurances, North Korea detonated its first nuclear bomb.",
    ),
    (
        "changed",
        "Iran built a centrifuge facility named Fordo under a mountain between 2004 and 2012.",
    ),
    ("changed", "The sanctions bill was blocked in the House last year."),
    ("added", "Bob Corker said the White House had agreed to the review bill."),
    ("added", "Iran's foreign minister called the sanctions bill an act of war."),
    ("added", "Howard Baker later became Senate majority leader."),
]

CNN12: list[tuple[str, str]] = [
    (
        "same",
        "Anders Lindegaard married Swedish model Misse Beqiri in a beach wedding in Mauritius.",
    ),
    (
        "same",
        "Lindegaard has made only 19 league appearances in five seasons at Manchester United.",
    ),
    ("same", "Brendan Rodgers spoke to Sterling and Ibe in his office on Thursday."),
    (
        "same",
        "Steven Gerrard is available for the FA Cup semi-final after serving a three-match "
        "suspension.",
    ),
    ("same", "Germany beat Georgia 2-0 in a Euro 2016 qualifier on Sunday."),
    ("same", "Arsene Wenger dismissed claims that Ozil was seen in a Berlin nightclub."),
    ("changed", "Lindegaard married Misse Beqiri in a beach wedding in the Maldives."),
    ("changed", "Lindegaard moved to the Premier League in 2012 after signing from Aalesunds."),
    ("changed", "Lindegaard signed for Manchester United from Swedish side Aalesunds."),
    ("changed", "Lindegaard was linked with a move to FC Copenhagen in January."),
    ("changed", "Beqiri has over 70,000 followers on Instagram."),
    ("changed", "Sterling was exposed for inhaling nitrous oxide on Wednesday."),
    ("changed", "Rodgers has disciplined Sterling and Ibe for the incident."),
    ("changed", "Liverpool face Chelsea in the FA Cup semi-final at Wembley."),
    ("changed", "Gerrard is available after serving a five-match suspension."),
    ("changed", "Ozil was signed for £42.5million from Barcelona in 2013."),
    ("changed", "Ozil missed Arsenal's last game against Newcastle through suspension."),
    ("changed", "Ozil has scored four goals and made three assists since January."),
    ("changed", "Arsenal lost 2-1 at St James' Park."),
    ("added", "Lindegaard has agreed a new two-year contract with Manchester United."),
    ("added", "Rodgers fined Sterling two weeks' wages for the shisha pictures."),
    ("added", "Ozil's dog was a gift from Arsenal team-mate Per Mertesacker."),
]

BBC13: list[tuple[str, str]] = [
    (
        "same",
        "Six Wood Group workers were exposed to low levels of naturally occurring radioactive "
        "material on the Thistle platform.",
    ),
    ("same", "The Thistle platform lies 125 miles north east of Shetland."),
    ("same", "The earthquake had a magnitude of 4.8 and struck 35km north of Lucca."),
    ("same", "The tremor was felt as far away as Milan and Florence."),
    ("same", "Google paid £10m in UK corporate taxes between 2006 and 2011."),
    (
        "same",
        "Margaret Hodge suggested a new committee to oversee the tax arrangements of major firms.",
    ),
    (
        "changed",
        "Eight Wood Group workers were exposed to radioactive material on the Thistle platform.",
    ),
    ("changed", "The incident on the Thistle platform happened in December 2015."),
    ("changed", "The Thistle platform lies 125 miles north east of Orkney."),
    (
        "changed",
        "Steve Innes, a rigging supervisor from Newcastle, said the workers faced cancer fears.",
    ),
    (
        "changed",
        "The level of exposure was more than 1% of the level at which it is reportable to the HSE.",
    ),
    ("changed", "The Health and Safety Executive carried out an investigation into the incident."),
    ("changed", "The magnitude-4.8 quake struck at a depth of 25km."),
    ("changed", "The quake struck 35km south of the city of Lucca."),
    ("changed", "In 2009 almost 300 people died in a quake in Naples."),
    (
        "changed",
        "Six scientists and an ex-official were acquitted of multiple manslaughter in October "
        "2012.",
    ),
    ("changed", "The strongest tremor last May was magnitude-5."),
    ("changed", "Mr Schmidt told ITV that Google did what was legally required to pay its taxes."),
    ("changed", "Google's UK sales are routed through Luxembourg."),
    ("added", "EnQuest was fined £50,000 by the Health and Safety Executive over the incident."),
    ("added", "Rescue teams from Rome were sent to the Garfagnana area."),
    ("added", "Eric Schmidt will step down as Google chairman next year."),
]

CNN13: list[tuple[str, str]] = [
    (
        "same",
        "Nathan Hughes had his three-match ban for knocking out George North overturned on appeal.",
    ),
    ("same", "George North was knocked out for the third time in two months."),
    ("same", "Becky Schoenig's 2015 Ford Fusion was stolen from her driveway on Monday night."),
    ("same", "Mick Sexton located Schoenig's car and notified police."),
    ("same", "Chipotle will work with the Postmates app to offer delivery in 67 cities."),
    ("same", "Hillary Clinton ordered a meal at a Chipotle in Maumee, Ohio."),
    ("changed", "Nathan Hughes was initially suspended for five matches."),
    ("changed", "The incident happened at Franklin's Gardens on March 29."),
    ("changed", "Hughes missed Wasps' Champions Cup quarter-final loss against Clermont."),
    ("changed", "North has been advised to take a minimum of three months off from playing."),
    (
        "changed",
        "Hughes is unlikely to play again until the visit of Exeter to Coventry on April 28.",
    ),
    ("changed", "Becky Schoenig of Kansas City, Missouri had her car stolen."),
    ("changed", "Police found the car after receiving a tip from a woman who recognized it."),
    ("changed", "The thieves had spray painted the rims of the car blue."),
    ("changed", "Schoenig owns a restaurant called The Hot Plate."),
    ("changed", "Chipotle plans to add a 12 per cent service charge to deliveries."),
    ("changed", "Delivery fees for Postmates begin at $10."),
    ("changed", "Marco Rubio told MailOnline that he never tips staff."),
    (
        "changed",
        "Starbucks, which will deliver coffee in parts of Chicago and New York, has also "
        "partnered with Postmates.",
    ),
    ("added", "Wasps will appeal to World Rugby over the original ban."),
    ("added", "The car thieves were arrested by St. Louis police a week later."),
    ("added", "Chipotle's shares rose 4 per cent after the Postmates announcement."),
]

# Written on 2026-12-05 (twenty-eighth session), after the rules found on cnn13 and before any of
# its claims was checked: three of FactCC's fourth twelve articles, on a store of their own.
FACTCC13: list[tuple[str, str]] = [
    ("same", "Qassim and her family fled the Yemeni island of Birim by boat to Djibouti."),
    ("same", "Twenty-five people squeezed into one boat to cross the Bab al-Mandab Strait."),
    (
        "same",
        "Furious 7 was expected to open to between $135 million and $138 million in North America.",
    ),
    ("same", "Furious 7 earned $60 million internationally on Wednesday and Thursday."),
    (
        "same",
        "Gaioz Nigalidze was banned from the Dubai Open Chess Tournament for consulting his "
        "smartphone in the toilet.",
    ),
    ("same", "Officials found the smartphone hidden in toilet paper in the bathroom stall."),
    ("changed", "The crossing to Djibouti took Qassim's family eight hours."),
    ("changed", "Qassim's two sons are trapped back in Yemen, in Taiz."),
    (
        "changed",
        "The Djibouti government is housing the refugees in an unfinished school in Obock.",
    ),
    ("changed", "Qassim and her family fled Birim with five other families."),
    ("changed", "Furious 7 has booked more than 10,500 screens in 36 territories."),
    ("changed", "Furious 7 opens in China and Japan this weekend."),
    ("changed", "Paul Walker died in a plane crash in November 2013."),
    ("changed", "Production of Furious 7 resumed in April 2015."),
    (
        "changed",
        "Fast & Furious 6 debuted to a franchise-best $117 million over the four-day Labor Day "
        "weekend.",
    ),
    ("changed", "Nigalidze's opponent, Tigran Petrosian of Azerbaijan, grew suspicious."),
    (
        "changed",
        "Players found guilty of cheating will be suspended for five years from all sanctioned "
        "tournaments.",
    ),
    ("changed", "In 2008, a Russian player was banned from the Dubai Open for cheating by text."),
    ("changed", "Nigalidze won the 2013 and 2014 Armenian Chess Championships."),
    ("added", "The U.N. has sent 50 tonnes of food aid to the refugees in Obock."),
    ("added", "Vin Diesel will return for an eighth Furious film in 2017."),
    ("added", "Nigalidze has appealed the ban to the International Chess Federation."),
]

# Written on 2026-12-05 (twenty-eighth session), after the rules found on factcc13 and before
# any of its claims was checked: three more of XSumFaith's fourth twelve, on the bbc13 store.
BBC14: list[tuple[str, str]] = [
    (
        "same",
        "Matt O'Brien runs a family-owned men's clothing shop in Longford town centre.",
    ),
    (
        "same",
        "Center Parcs hopes to employ about 1,000 people at its planned development in Ballymahon.",
    ),
    ("same", "Rockstar delayed the PC release of GTA V until 24 March."),
    ("same", "Grand Theft Auto V took just three days to generate $1bn in revenue."),
    ("same", "Four masked assailants attacked the Yeni Safak building."),
    ("same", "The Yeni Akit offices are 20km away from the Yeni Safak building."),
    ("changed", "Matt O'Brien's business has been 50% down on the boom in recent years."),
    (
        "changed",
        "James Bannon, the local Fianna Fail TD, is confident the venture will be a success.",
    ),
    ("changed", "The proposed Center Parcs centre will cover 430 acres of wooded area."),
    ("changed", "Center Parcs hopes to open its development in Ballymahon in 2021."),
    (
        "changed",
        "The IDA has not brought one potential client to Longford in over ten years.",
    ),
    ("changed", "The game was originally due to go on sale on 27 February."),
    ("changed", "Rockstar said online heists are coming to consoles after the PC release date."),
    ("changed", "GTA V will run in 1080p at 30fps on PC."),
    ("changed", "Grand Theft Auto V was released on 17 September 2012."),
    ("changed", "Five masked assailants attacked the Yeni Safak building."),
    ("changed", "The attacks on the two newspapers happened early on Friday."),
    ("changed", "The two papers support the opposition Republican People's Party."),
    (
        "changed",
        "Last September, pro-government protesters attacked the offices of the daily Zaman.",
    ),
    ("added", "Longford County Council has agreed to scrap parking charges in the town."),
    ("added", "Rockstar has cut the price of GTA V for PC pre-orders."),
    ("added", "Two men have been arrested over the attacks on the Yeni Safak building."),
]

# Written on 2026-12-05 (twenty-eighth session), after the rules found on bbc14 and before any
# of its claims was checked: three more of SummEval's fourth twelve, on the cnn13 store.
CNN14: list[tuple[str, str]] = [
    ("same", "Jordan Henderson has agreed a new long-term contract with Liverpool."),
    ("same", "Henderson's new deal is worth around £100,000 a week and runs until 2020."),
    (
        "same",
        "Manchester City players will lose £500,000 each in bonuses if they fail to qualify for "
        "the Champions League.",
    ),
    (
        "same",
        "Manchester United beat Manchester City in the 169th Manchester derby at Old Trafford.",
    ),
    ("same", "Dzhokhar Tsarnaev was found guilty on all 30 charges he faced."),
    ("same", "Bill and Denise Richard wrote an opinion piece in The Boston Globe."),
    ("changed", "Henderson had 18 months remaining on his current contract."),
    (
        "changed",
        "Henderson was signed by Kenny Dalglish in June 2011 for £16million from Newcastle.",
    ),
    ("changed", "Henderson has contributed 13 goals and seven assists from midfield this season."),
    ("changed", "Steven Gerrard is moving to New York City FC."),
    (
        "changed",
        "Henderson, 27, is the third big player in Rodgers' squad to agree a contract extension.",
    ),
    ("changed", "Raheem Sterling has accepted a new deal at Liverpool."),
    ("changed", "City are in third place in the Premier League."),
    (
        "changed",
        "In total, the City squad have around £20million resting on reaching their European "
        "target.",
    ),
    ("changed", "City started 2015 joint-top with Arsenal."),
    (
        "changed",
        "Joe Hart and James Milner look dejected after City's defeat to Everton last week.",
    ),
    ("changed", "Martin Richard was 10 years old when he died."),
    ("changed", "The sentencing phase is expected to last six weeks."),
    ("changed", "Tsarnaev's brother, Tamerlan, was killed in a car crash two years ago."),
    (
        "added",
        "Liverpool's owners approved Henderson's new deal at a board meeting in Boston.",
    ),
    ("added", "Pellegrini has been told he will be sacked if City finish fifth."),
    ("added", "Tsarnaev's lawyers have asked for the trial to be moved out of Boston."),
]

# Written on 2026-12-05 (twenty-eighth session), after the rules found on cnn14 and before any
# of its claims was checked: three more of FactCC's fourth twelve, on the factcc13 store.
FACTCC14: list[tuple[str, str]] = [
    ("same", "Selena's family is creating a hologram-like figure of the singer."),
    ("same", "The technology is being handled by Acrovirt LLC, a Nevada-based tech company."),
    (
        "same",
        "Customers at participating 7-Eleven stores can fill a cup of their choice for $1.49.",
    ),
    (
        "same",
        "Michael Slager was arrested on murder charges after a video showed him shooting Walter "
        "Scott.",
    ),
    (
        "same",
        "The Las Vegas Review-Journal found 378 police shootings over a 20-year period, 142 of "
        "which were fatal.",
    ),
    ("same", "The Death in Custody Reporting Act was passed in 2000 and renewed in 2014."),
    ("changed", "Selena died 25 years ago."),
    ("changed", "Selena was killed by her manager."),
    ("changed", "Selena's Facebook page has recorded 5 million likes."),
    ("changed", "Selena the One aims to go on tour in 2019."),
    ("changed", "A hologram of Tupac Shakur performed at Coachella in 2014."),
    ("changed", "The Indiegogo campaign hopes to raise $250,000."),
    ("changed", "7-Eleven's Bring-Your-Own-Cup Slurpee Day runs from 11 a.m. to 9 p.m. Saturday."),
    (
        "changed",
        "In-store displays with a 12-inch-diameter hole will rule out anything too large.",
    ),
    ("changed", "Free Slurpee Day is traditionally celebrated each July 4."),
    ("changed", "Walter Scott was shot after a traffic stop in Charleston, West Virginia."),
    (
        "changed",
        "The Violent Crime Control and Law Enforcement Act of 1994 was signed by President "
        "George Bush.",
    ),
    (
        "changed",
        "MappingPoliceViolence.org estimates that at least 304 black people were killed by police "
        "in 2013.",
    ),
    ("changed", "The State newspaper examined 290 instances in which officers shot at suspects."),
    ("added", "Selena's hologram will debut at the Fiesta de la Flor in Corpus Christi."),
    ("added", "7-Eleven sold more than 10 million Slurpees on Free Slurpee Day last year."),
    ("added", "Michael Slager has pleaded not guilty to the murder charge."),
]

# Written on 2026-12-05 (twenty-ninth session), before any of its claims was checked: three more
# of XSumFaith's fourth twelve, on the bbc13 store.
BBC15: list[tuple[str, str]] = [
    ("same", "From October, shoppers in England will be charged 5p for plastic bags."),
    (
        "same",
        "Wales, Scotland and Northern Ireland, where carrier bags are charged for, have all seen "
        "fewer bags used.",
    ),
    ("same", "Milner won 61 caps for England after making his senior debut in 2009."),
    ("same", "Milner played just three minutes at Euro 2016."),
    ("same", "Southgate succeeded Sam Allardyce in September."),
    (
        "same",
        "Hector Bellerin joined Arsenal in 2011 after coming through Barcelona's La Masia academy.",
    ),
    (
        "changed",
        "The Department for Environment, Food and Rural Affairs found the number had gone up by "
        "300 million since 2013.",
    ),
    ("changed", "From October people in Scotland will have to pay 5p for their plastic bags."),
    ("changed", "From January people in England will have to pay 5p for their plastic bags."),
    ("changed", "Supermarkets in Wales have seen an increase in bags used."),
    ("changed", "Milner, 32, won 61 caps for England."),
    ("changed", "Milner made his senior England debut in 2011."),
    (
        "changed",
        "Milner scored his only international goal in England's 5-0 victory over Malta.",
    ),
    (
        "changed",
        "Milner holds the record for the most capped England Under-21 player, with 36 caps.",
    ),
    ("changed", "Southgate oversaw England's 2-0 win against Slovenia."),
    ("changed", "Southgate, 52, has a World Cup qualifier against Scotland at Wembley."),
    ("changed", "England play Scotland at Wembley on 11 December."),
    (
        "changed",
        "Aaron Ramsey injured a hamstring during Arsenal's opening-day Premier League win over "
        "Liverpool.",
    ),
    ("changed", "Wenger said 21-year-old defender Hector Bellerin would be sold by the club."),
    ("added", "The 5p charge in England will also apply to paper bags."),
    ("added", "Milner will now concentrate on his club career with Liverpool."),
    ("added", "Wenger has been offered the England job by the Football Association."),
]

# Written on 2026-12-05 (twenty-ninth session), after the rules found on bbc15 and before any of
# its claims was checked: three more of SummEval's fourth twelve, on the cnn13 store.
CNN15: list[tuple[str, str]] = [
    (
        "same",
        "Barcelona president Josep Maria Bartomeu says the club is very happy with Luis Enrique.",
    ),
    ("same", "Luis Suarez opened the scoring for Barcelona after one minute against Valencia."),
    ("same", "Filipe Luis says he wants to stay at Chelsea until the end of his contract."),
    (
        "same",
        "The red sunsets in the Pacific Northwest were caused by smoke from wildfires in Siberia.",
    ),
    ("same", "Seattle native Tim Durkan shared aerial shots of the sunset on CNN iReport."),
    (
        "same",
        "The fires were started in southeastern Siberia by farmers burning grass in their fields.",
    ),
    ("changed", "Luis Enrique, 44, signed a three-year deal when he took charge last summer."),
    ("changed", "Luis Enrique has a contract with Barcelona until 2018."),
    (
        "changed",
        "Lionel Messi opened the scoring for Barcelona after just one minute against Valencia.",
    ),
    ("changed", "The Champions League game against PSG was played in Barcelona on Wednesday."),
    ("changed", "Barcelona beat Valencia with goals from Luis Suarez and Neymar."),
    (
        "changed",
        "Filipe Luis signed a four-year contract when he moved from Atletico Madrid last July.",
    ),
    ("changed", "Luis played in Brazil's friendly wins against France and Argentina."),
    ("changed", "Filipe Luis says Chelsea have eleven really difficult games left."),
    ("changed", "A fiery sunset greeted people in Washington on Saturday."),
    ("changed", "The fires in Siberia were started by lightning."),
    ("changed", "The winds carried the smoke from Siberia across the Atlantic Ocean."),
    ("changed", "On April 24, the flames grew out of control because of strong winds."),
    ("changed", "Rescue crews were unable to put out the flames."),
    ("added", "Bartomeu said talks on a new contract for Enrique will begin in May."),
    ("added", "Filipe Luis has made 15 Premier League appearances for Chelsea this season."),
    ("added", "Air quality warnings were issued in Portland on Monday."),
]

# Written on 2026-12-05 (twenty-ninth session), after the rules found on cnn15 and before any of
# its claims was checked: three more of FactCC's fourth twelve, on the factcc13 store.
FACTCC15: list[tuple[str, str]] = [
    (
        "same",
        "Walmart said in February it would raise pay for about 500,000 workers above the federal "
        "minimum wage.",
    ),
    (
        "same",
        "In 2011, Walmart added protections for gender identity to its nondiscrimination policies.",
    ),
    (
        "same",
        "Louis Jordan was spotted about 200 miles off the North Carolina coast by crew members of "
        "a German-flagged container ship.",
    ),
    ("same", "Ron Ingraham was picked up about 64 miles south of Honolulu."),
    ("same", "The United States now lists 62 countries in the coalition against ISIS."),
    (
        "same",
        "Iraqi Prime Minister Haider al-Abadi handed out more than 1,000 AK-47s to tribal fighters "
        "in Anbar province.",
    ),
    ("changed", "Walmart employs more than 80,000 people in Arkansas."),
    ("changed", "In 2004, the Walmart PAC gave around $5 million to Republicans."),
    (
        "changed",
        "Hours after Walmart's CEO called on Gov. Asa Hutchinson to sign the bill, the governor "
        "held a news conference.",
    ),
    (
        "changed",
        "Former Texas Gov. Tim Pawlenty said Walmart's actions foreshadow where the Republican "
        "Party will need to move.",
    ),
    ("changed", "Louis Jordan set off on his 35-foot sailboat from Florida in late January."),
    (
        "changed",
        "Alvarenga says his partner, 32-year-old Ezequiel Cordova, died four weeks into the "
        "journey.",
    ),
    (
        "changed",
        "After 13 or 14 months adrift, Alvarenga arrived on the Ebon Atoll in the Solomon Islands.",
    ),
    ("changed", "The search for Ron Ingraham covered 2,000 square miles."),
    (
        "changed",
        "In February 2012, two friends asked 18-year-old Adrian Vasquez to join a fishing trip "
        "from the Colombian town of San Carlos.",
    ),
    ("changed", "Hiromitsu Shinkawa was at home on March 11, 2012, when the earthquake struck."),
    (
        "changed",
        "Brett McGurk said the 20,000 foreign fighters who have gone into Syria are about three "
        "times the number that went into Afghanistan in the 1980s.",
    ),
    (
        "changed",
        "Last week, Australia became the latest nation to conduct airstrikes against ISIS over "
        "Syria.",
    ),
    ("changed", "McGurk ruled out expanding U.S. military action beyond Iraq and Syria."),
    ("added", "Walmart's board voted unanimously to oppose the Arkansas religious freedom bill."),
    ("added", "Louis Jordan was flown to a hospital in Norfolk, Virginia, after his rescue."),
    ("added", "McGurk met Jordan's King Abdullah during the coalition summit in Amman."),
]

# Written on 2026-12-05 (twenty-ninth session), after the rules found on factcc15 and before any
# of its claims was checked: the last three of XSumFaith's fourth twelve, on the bbc13 store.
BBC16: list[tuple[str, str]] = [
    ("same", "The film will see Jordan reunite with Ryan Coogler, who directed him in Creed."),
    ("same", "Nyong'o won a best supporting actress Oscar for 12 Years a Slave in 2014."),
    ("same", "Sullivan and Gold bought a majority stake in West Ham in 2010."),
    ("same", "Between them, Sullivan and Gold now own more than 85% of West Ham."),
    ("same", "Smith made his Aberdeen debut in 2012."),
    ("same", "The Dons loaned Smith to United in July."),
    ("changed", "Black Panther will be released in February 2019."),
    ("changed", "Jordan played the Human Torch in last year's Spider-Man reboot."),
    ("changed", "Nyong'o also played CGI character Maz Kanata in Star Trek Beyond."),
    ("changed", "Jordan told Variety he was super excited."),
    (
        "changed",
        "It had been reported that the energy drinks giant was considering a £300m offer for the "
        "club.",
    ),
    (
        "changed",
        "Sullivan and Gold bought West Ham in a deal that valued the club at £150m.",
    ),
    ("changed", "Sullivan and Gold bought a majority stake in West Ham in 2012."),
    ("changed", "West Ham have been linked with takeovers from Qatari and Russian groups."),
    (
        "changed",
        "Last year Sullivan said he and Gold intended the ownership to pass on to their "
        "grandchildren.",
    ),
    ("changed", "Smith has scored six times in 89 appearances for Aberdeen."),
    ("changed", "Smith, 23, was loaned to United in July."),
    ("changed", "Championship bottom side St Mirren host Falkirk on Sunday."),
    (
        "changed",
        "Jack Ross told Aberdeen's official website that Smith was a brilliant acquisition.",
    ),
    ("added", "Black Panther will be filmed in Atlanta."),
    ("added", "Red Bull has denied making an offer for West Ham."),
    ("added", "Smith will wear the number 9 shirt at St Mirren."),
]

# Written on 2026-12-05 (twenty-ninth session), after the rules found on bbc16 and before any of
# its claims was checked: the last three of SummEval's fourth twelve, on the cnn13 store.
CNN16: list[tuple[str, str]] = [
    ("same", "Manchester United's Under 18s beat City 1-0 in the 'mini-derby'."),
    ("same", "Close to 1,000 fans watched the match at Moss Lane, where entry was free."),
    (
        "same",
        "Joe Hart called Gianluigi Buffon a 'legend of the game' after the Italian won his 147th "
        "cap.",
    ),
    ("same", "Hart represented England for the 50th time in the 1-1 draw with Italy."),
    (
        "same",
        "The custom-built Boeing 747 is believed to have cost its owner £400million.",
    ),
    ("same", "The 'aeroloft' on the top deck of the plane has eight full beds."),
    ("changed", "Callum Gribbin scored the winner for Manchester United with a penalty."),
    ("changed", "No less than 15 of the 22 players on show at kick-off were English."),
    ("changed", "The match at Moss Lane kicked off at 3pm on Sunday."),
    ("changed", "Altrincham's home at Moss Lane has a capacity of 8,000."),
    ("changed", "Marcus Wood came closest for United in the first half with an audacious chip."),
    (
        "changed",
        "In March, United tweeted a clip of Gribbin tricking four Everton players.",
    ),
    ("changed", "Hart said Buffon was still playing at 39 years old."),
    ("changed", "Hart received his 50th cap at the San Siro."),
    ("changed", "Hart is 12 years younger than Buffon."),
    ("changed", "The Boeing 747 was customised to fit its owner's specifications over five years."),
    ("changed", "The jumbo jet would normally carry as many as 400 passengers."),
    ("changed", "The plan of the Boeing 747 was published by Airbus."),
    ("changed", "The traditional rows of seats have been kept in the lounge."),
    ("added", "Gribbin has signed a new three-year contract with Manchester United."),
    ("added", "Buffon said Hart was the best goalkeeper in the Premier League."),
    ("added", "The Boeing 747 was delivered to its owner in Dubai last month."),
]

# Written on 2026-12-05 (twenty-ninth session), after the rules found on cnn16 and before any of
# its claims was checked: the last three of FactCC's fourth twelve, on the factcc13 store.
FACTCC16: list[tuple[str, str]] = [
    (
        "same",
        "Christie's sold the 16-page handwritten manuscript of the lyrics of American Pie for $1.2 "
        "million.",
    ),
    ("same", "American Pie was released in November 1971."),
    (
        "same",
        "The lawsuit alleges Johns Hopkins University and the Rockefeller Foundation helped "
        "conduct a study in Guatemala from 1945 to 1956.",
    ),
    ("same", "The suit seeks more than $1 billion in damages and has 774 plaintiffs."),
    ("same", "The new lawsuit was filed in the Baltimore City Circuit Court."),
    (
        "same",
        "P!nk posted a photo of herself in a black dress she wore to a cancer benefit.",
    ),
    ("changed", "Christie's sold the manuscript of the lyrics of American Pie on Thursday."),
    ("changed", "Christie's sold the 24-page handwritten manuscript of the song's lyrics."),
    (
        "changed",
        "On February 3, 1959, Buddy Holly, Ritchie Valens and the Big Bopper were killed in an "
        "airplane crash in Clear Lake, Minnesota.",
    ),
    ("changed", "McLean recorded his first album, Tapestry, in 1972 in Berkeley, California."),
    ("changed", "McLean was a paperboy when he saw that Elvis Presley had been killed."),
    (
        "changed",
        "When American Pie was released, it replaced Neil Young's The Times They Are A Changin "
        "as the Peoples Almanac of the new decade.",
    ),
    ("changed", "The lawsuit has 1,774 plaintiffs."),
    (
        "changed",
        "A lawsuit alleges Johns Hopkins University helped conduct a similar study in Honduras.",
    ),
    ("changed", "In 2010, a class-action federal lawsuit was filed against the U.S. government."),
    ("changed", "A judge upheld the 2012 lawsuit against the U.S. government."),
    (
        "changed",
        "The lawsuit alleges the Ford Foundation funded Johns Hopkins' research into public "
        "health issues.",
    ),
    ("changed", "P!nk wore a white dress to a cancer benefit this past weekend."),
    ("changed", "P!nk's husband is Travis Barker."),
    ("added", "McLean will donate the proceeds of the sale to a music school."),
    ("added", "Johns Hopkins has offered to settle the lawsuit for $10 million."),
    ("added", "P!nk later deleted the photo from her Instagram account."),
]

# Written on 2026-12-05 (twenty-ninth session), after the rules found on factcc16 and before any
# of its claims was checked: three of XSumFaith's fifth twelve (a store of their own).
BBC17: list[tuple[str, str]] = [
    (
        "same",
        "The RMT union had claimed some workers on two freight boats were paid less than £4 an "
        "hour.",
    ),
    ("same", "Serco Northlink was awarded the six-year £243m Northern Isles contract in 2012."),
    ("same", "Kyrgios beat Querrey 6-4 6-4 in 53 minutes."),
    ("same", "Kyrgios won the Japan Open on Sunday."),
    ("same", "Skelmersdale's original railway station closed to passengers in 1956."),
    ("same", "Lancashire County Council owns Glenburn Sports College."),
    ("changed", "The RMT union had claimed some workers were paid less than £6 an hour."),
    ("changed", "Serco Northlink was awarded the ten-year £243m Northern Isles contract in 2012."),
    ("changed", "Serco Northlink was awarded the Northern Isles contract in 2014."),
    (
        "changed",
        "Serco Northlink operates three ferries and four cargo boats to the Northern Isles.",
    ),
    ("changed", "The freight vessels Hellier and Hildasay have been operated by Serco Northlink."),
    ("changed", "Kyrgios beat world number 19 Querrey."),
    ("changed", "Kyrgios, 23, beat Querrey to progress to the second round."),
    ("changed", "Kyrgios won the Japan Open on Saturday."),
    (
        "changed",
        "At the Shanghai Masters last year Kyrgios was fined $2,500 for a foul-mouthed outburst.",
    ),
    ("changed", "The Qi Zhong Stadium is two hours from Shanghai city centre."),
    ("changed", "Skelmersdale's original railway station closed to passengers in 1965."),
    ("changed", "Skelmersdale could get four direct trains to Liverpool per hour under the plans."),
    ("changed", "Skelmersdale was designated a new town on 9 October 1971."),
    ("added", "Seatruck has been fined £50,000 for underpaying its crew."),
    ("added", "Kyrgios will face Andy Murray in the second round."),
    ("added", "The new station is expected to open in 2020."),
]

# Written on 2026-12-05 (twenty-ninth session), after the rules found on bbc17 and before any of
# its claims was checked: three of SummEval's fifth twelve (a store of their own).
CNN17: list[tuple[str, str]] = [
    (
        "same",
        "SpaceX launched a Falcon 9 rocket carrying an uncrewed cargo spacecraft called Dragon "
        "from Cape Canaveral on Tuesday.",
    ),
    (
        "same",
        "The Dragon will deliver more than 4,300 pounds of supplies to the International Space "
        "Station.",
    ),
    (
        "same",
        "Priscilla Presley will be a witness at the first wedding in Elvis Presley's Graceland "
        "Wedding Chapel.",
    ),
    ("same", "Elvis performed more than 830 sold-out shows at the Westgate."),
    (
        "same",
        "Henderson and Mignolet both played their 47th game of the season in the 2-0 win over "
        "Newcastle.",
    ),
    ("same", "Raheem Sterling opened the scoring in the ninth minute at Anfield."),
    ("changed", "SpaceX launched the Falcon 9 rocket from Vandenberg, California, on Tuesday."),
    ("changed", "SpaceX tried to land a Falcon 9 on the drone ship in March."),
    ("changed", "The space station crew will spend about two weeks unpacking the Dragon."),
    (
        "changed",
        "Musk says reusing rockets could cut the cost of access to space by as much as a factor "
        "of ten.",
    ),
    ("changed", "The 72-year-old Priscilla Presley launched a contest with NBC's Today show."),
    (
        "changed",
        "The winning couple will marry at the Graceland Wedding Chapel on Thursday, April 30.",
    ),
    ("changed", "Priscilla Presley wed Elvis in 1971."),
    ("changed", "The winning couple will win a free hotel suite for three nights."),
    ("changed", "Liverpool beat Newcastle United 3-0 on Monday night."),
    ("changed", "Manchester City sit six points above Liverpool."),
    ("changed", "Joe Allen scored his first Anfield goal with 10 minutes to go."),
    ("changed", "Manchester City lost 4-2 at Arsenal."),
    ("changed", "Raheem Sterling opened the scoring in the ninth minute at St James' Park."),
    ("added", "The rocket cost SpaceX $60 million to build."),
    ("added", "Priscilla Presley will sing at the wedding reception."),
    ("added", "Henderson signed a new five-year contract with Liverpool last week."),
]

# Written on 2026-12-05 (twenty-ninth session), after the rules found on cnn17 and before any of
# its claims was checked: three of FactCC's fifth twelve (a store of their own). No rule was
# written on it: its first figures are the session's last held-out measure.
FACTCC17: list[tuple[str, str]] = [
    ("same", "The crew of the 1,000-foot long container ship thought it was a wrecked yacht."),
    ("same", "Louis Jordan, 37, had been drifting on his sailboat for more than two months."),
    (
        "same",
        "Blue Bell temporarily shut down its Broken Arrow, Oklahoma, plant over listeria "
        "contamination.",
    ),
    (
        "same",
        "The contaminated cup was produced at the Broken Arrow plant in April 2014, Blue Bell "
        "said.",
    ),
    (
        "same",
        "The soldiers' writings were found underneath battlefields near Naours, about 120 miles "
        "north of Paris.",
    ),
    ("same", "The underground city was sealed up in the 18th century."),
    ("changed", "Capt. Thomas Grenz told CNN by phone on Sunday that the man was moving."),
    ("changed", "Louis Jordan, 42, had been drifting on his sailboat for more than two months."),
    ("changed", "Jordan had been drifting on the 40-foot Pearson sailboat."),
    ("changed", "Jordan set off from Charleston, South Carolina, to fish in the ocean."),
    (
        "changed",
        "Records show there were fewer than a dozen storms off the Carolinas while he was missing.",
    ),
    (
        "changed",
        "Public health officials warned consumers not to eat Blue Bell products made at its "
        "Brenham, Texas, plant.",
    ),
    ("changed", "The contaminated cup was produced at the Broken Arrow plant in April 2013."),
    ("changed", "It is the fifth time Blue Bell has taken action over the listeria outbreak."),
    (
        "changed",
        "The listeria outbreak was at a hospital in Missouri that served the company's ice cream.",
    ),
    ("changed", "The writings of almost 3,000 soldiers were found underneath battlefields."),
    ("changed", "The underground city was rediscovered in the late 18th century."),
    ("changed", "The land changed hands in 2010."),
    ("changed", "Jeff Gusky works as a dentist in East Texas."),
    ("added", "Louis Jordan was treated for dehydration at a hospital in Norfolk."),
    ("added", "Blue Bell has laid off 300 workers at the Broken Arrow plant."),
    ("added", "The underground city will open to tourists next summer."),
]

# Written on 2026-12-05 (thirtieth session), after the rules found on factcc17 and before any of
# its claims was checked: three more of XSumFaith's fifth twelve (the bbc17 store will do).
BBC18: list[tuple[str, str]] = [
    ("same", "Rod Temperton died in London at the age of 66 after a brief battle with cancer."),
    ("same", "Temperton won a Grammy Award in 1990 for his work on Birdland."),
    ("same", "Jak Trueman, 15, was suffering from a rare form of blood cancer."),
    ("same", "The Jak's Journey page attracted more than 28,000 Likes."),
    ("same", "The woman's former partner later turned himself in to the authorities in Hamelin."),
    ("same", "The 28-year-old woman was found lying on a pavement late on Sunday."),
    ("changed", "Temperton died in Paris last week at the age of 66."),
    ("changed", "Temperton was nominated for three Oscars in 1986."),
    ("changed", "Temperton penned five songs for Off The Wall."),
    ("changed", "Temperton left the band Heatwave in 1982."),
    (
        "changed",
        "Thriller is the best-selling album of all time in the UK, with 32 million copies sold.",
    ),
    ("changed", "Temperton was born in Grimsby, North East Lincolnshire."),
    ("changed", "Jak Trueman, 17, was suffering from a rare form of blood cancer."),
    ("changed", "On Saturday, Jak made it along to his prom for 40 minutes."),
    ("changed", "Jak was greeted at the prom by former Celtic captain Barry Ferguson."),
    ("changed", "Jak was diagnosed with cancer last March."),
    ("changed", "The medics made a decision to pursue further treatment."),
    ("changed", "Police say the woman had been dragged by the hair through several streets."),
    ("changed", "The man now in custody is described as 45 and from nearby Bad Muender."),
    ("added", "Temperton's funeral was held in Cleethorpes."),
    ("added", "Jak's school raised £10,000 for Leukaemia & Lymphoma Research."),
    ("added", "The suspect had previously been convicted of assault."),
]

# Written on 2026-12-05 (thirtieth session), after the rules found on bbc18 and before any of its
# claims was checked: three more of SummEval's fifth twelve (the cnn17 store will do).
CNN18: list[tuple[str, str]] = [
    ("same", "Miralem Pjanic scored for Roma in the 25th minute against Napoli."),
    ("same", "Roma had gone seven matches since their last home win."),
    ("same", "Doncaster and Fleetwood played out a goalless draw at the Keepmoat Stadium."),
    ("same", "Doncaster's highlights video lasted 27 seconds, with 14 seconds of match action."),
    ("same", "Roland Giroux strokes his blood parrot cichlid with his hand inside the tank."),
    ("same", "The blood parrot cichlid was first bred in Taiwan around 1986."),
    ("changed", "Roma's last home win had been a 4-2 victory over Inter Milan on December 30."),
    ("changed", "Roma moved provisionally six points ahead of Lazio."),
    ("changed", "2,000 police officers were called in to maintain order."),
    (
        "changed",
        "De Sanctis made a leaping save on a shot from Manolo Gabbiadini in the 74th minute.",
    ),
    ("changed", "Referee Nicola Rizzoli officiated last year's Champions League final."),
    ("changed", "Roma was without injured captain Daniele de Rossi."),
    ("changed", "Napoli's winless streak was extended to seven matches."),
    ("changed", "Doncaster drew 1-1 with Fleetwood at the Keepmoat Stadium."),
    ("changed", "The highlights video was posted on the club's Facebook page."),
    ("changed", "Fleetwood Town visited Doncaster on Sunday."),
    ("changed", "The man massages his fish for at least 30 minutes each day."),
    ("changed", "The blood parrot cichlid was first bred in Japan around 1986."),
    (
        "changed",
        "Giroux added two other fish to the tank when he noticed they were bullying his pet.",
    ),
    ("added", "Roma's next match is against Juventus."),
    ("added", "Doncaster's manager apologised to fans for the performance."),
    ("added", "Giroux's video has been viewed more than a million times."),
]

# Written on 2026-12-05 (thirtieth session), after the rules found on cnn18 and before any of its
# claims was checked: three more of FactCC's fifth twelve (the factcc17 store will do).
FACTCC18: list[tuple[str, str]] = [
    ("same", "Rand Paul announced in Louisville, Kentucky, that he will run for president."),
    ("same", "Prosecutors presented 131 witnesses in the Hernandez trial."),
    ("same", "Sweden grants a total of 480 calendar days of parental leave."),
    ("same", "Only 12% of Swedish couples equally share the leave, Bavman said."),
    ("same", "The Senate passed the Medicare reform bill 92 to 8."),
    ("same", "Rand Paul voted for the Medicare bill."),
    ("changed", "Rand Paul announced in Lexington, Kentucky, that he will run for president."),
    ("changed", "Tsarnaev faces 23 capital counts."),
    (
        "changed",
        "Odin Lloyd's body was found in a Massachusetts industrial park in the summer of 2012.",
    ),
    (
        "changed",
        "Chicago voters will choose between Mayor Rahm Emanuel and challenger Scott Walker.",
    ),
    ("changed", "Only six in 10 Ferguson residents hit the polls in November."),
    ("changed", "Sweden has mandated that 90 of the 480 days be daddy months."),
    ("changed", "The gender equality bonus could total up to 3,000 euros."),
    ("changed", "Bavman has found 45 fathers worthy of his lens so far."),
    ("changed", "Johan Bavman is a freelance photographer based in Stockholm."),
    ("changed", "From 2008 to 2011 Bavman worked as a staff photographer at Aftonbladet."),
    (
        "changed",
        "The bill also includes a five-year extension of a children's health insurance program.",
    ),
    ("changed", "Marco Rubio voted for the bill."),
    ("changed", "The House rejected the same bill more than two weeks ago."),
    ("added", "Tsarnaev's lawyers asked for the trial to be moved out of Boston."),
    ("added", "Bavman's exhibition will open in Stockholm next year."),
    ("added", "Obama signed the bill on Wednesday."),
]

# Written on 2026-12-05 (thirtieth session), after the rules found on factcc18 and before any of
# its claims was checked: three more of XSumFaith's fifth twelve (the bbc17 store will do).
BBC19: list[tuple[str, str]] = [
    (
        "same",
        "Oxford's two remaining cemeteries, in Wolvercote and Botley, are expected to be full by "
        "2018 and 2021.",
    ),
    ("same", "The last increase in burial space in Oxford was in 1932."),
    (
        "same",
        "Many Clouds collapsed after narrowly beating Thistlecrack to win the Cotswold Chase.",
    ),
    ("same", "Many Clouds was ridden by Leighton Aspell."),
    ("same", "Djokovic and his partner lost 6-4 6-4 to Marcelo Melo and Bruno Soares in Rio."),
    ("same", "Djokovic was knocked out of the singles by Juan Martin del Potro."),
    ("changed", "The last increase in burial space in Oxford was in 1952."),
    ("changed", "Two cemeteries still have space, in Wolvercote and Headington."),
    (
        "changed",
        "Linda Smith, board member for housing, said the council has been searching for a new "
        "burial site.",
    ),
    ("changed", "The council said it had given up exploring options."),
    ("changed", "The 12-year-old Irish-bred horse collapsed after the Cotswold Chase."),
    ("changed", "Many Clouds suffered from a severe cardiac haemorrhage, the BHA confirmed."),
    ("changed", "Many Clouds had previously won the Hennessy Gold Cup in 2016."),
    ("changed", "Trainer Paul Nicholls described Many Clouds as the horse of a lifetime."),
    ("changed", "Many Clouds had collapsed several times before."),
    ("changed", "The Serbs lost 6-3 6-4 to Marcelo Melo and Bruno Soares."),
    ("changed", "Djokovic was knocked out of the singles by Argentine Rafael Nadal."),
    ("changed", "Djokovic lost to American Sam Querrey in the fourth round at Wimbledon."),
    ("changed", "Djokovic claimed his 30th Masters title in Montreal before the Olympics."),
    ("added", "Oxford City Council spent £200,000 on the search."),
    ("added", "Many Clouds will be buried at Aintree."),
    ("added", "Djokovic will play in the Davis Cup final in November."),
]

# Written on 2026-12-05 (thirty-first session), after the rules found on bbc19 and before any of
# its claims was checked: three more of SummEval's fifth twelve (the cnn17 store will do).
CNN19: list[tuple[str, str]] = [
    (
        "same",
        "Ben Stokes broke his wrist punching a locker at the Kensington Oval after being "
        "dismissed last year.",
    ),
    (
        "same",
        "Peter Moores had a long chat with Stokes after his clash with Marlon Samuels in the "
        "second Test.",
    ),
    (
        "same",
        "The Euro 2016 qualifier between Wales and Belgium has been declared a 33,000 sell-out.",
    ),
    ("same", "Belgium and Wales both have 11 points from five games."),
    ("same", "England beat Holland on penalties in last year's Under-17 final."),
    ("same", "England will open their campaign against Italy in Burgas on May 7."),
    ("changed", "Stokes broke his ankle punching a locker after being dismissed last year."),
    ("changed", "Stokes clashed with Chris Gayle during the second Test."),
    ("changed", "Stokes congratulated captain Alastair Cook after England lost the second Test."),
    ("changed", "Wales' qualifier with Belgium has been declared a 43,000 sell-out."),
    ("changed", "Wales and Belgium meet at the Cardiff City Stadium on July 12."),
    ("changed", "Wales beat Israel 2-0 in Euro 2016 qualifying last weekend."),
    ("changed", "The Millennium Stadium has a capacity of 54,500."),
    (
        "changed",
        "Wales have not played at the Millennium Stadium since meeting Scotland in March 2011.",
    ),
    (
        "changed",
        "Wales are in their best position to qualify since the 1958 World Cup finals in Brazil.",
    ),
    (
        "changed",
        "John Peacock has named his squad for the UEFA European Under-19 Championship in Bulgaria.",
    ),
    ("changed", "England have been placed in Group D alongside Holland, Spain and Ireland."),
    ("changed", "Stephy Mavididi of Chelsea has been called up for the first time."),
    ("changed", "England lost to Romania in the Elite Round of qualifiers last month."),
    ("added", "Stokes was fined for his clash with Marlon Samuels."),
    ("added", "General admission tickets for the match cost £25 each."),
    ("added", "John Peacock has coached England's Under-17 side since 2008."),
]

# Written on 2026-12-05 (thirty-first session), after the rules found on cnn19 and before any of
# its claims was checked: three more of FactCC's fifth twelve (the factcc17 store will do).
FACTCC19: list[tuple[str, str]] = [
    ("same", "Under the framework, Iran would reduce its centrifuges from 19,000 to 5,060."),
    ("same", "The talks over a final draft are scheduled to continue until June 30."),
    ("same", "Carlos Colina, 32, will be arraigned on April 14 for murder."),
    ("same", "The victim was identified Monday as Jonathan Camilien, 26."),
    ("same", "Carolina Sandretto first visited Cuba three years ago."),
    ("same", "Sandretto uses a 30-year-old Hasselblad 500cm camera."),
    ("changed", "Obama's comments to The Washington Post were published on Sunday."),
    ("changed", "The deal was struck by the United States and four other world powers."),
    ("changed", "Iran would reduce its centrifuges from 19,000 to 6,000."),
    ("changed", "Netanyahu praised the deal that the United States struck with Iran."),
    ("changed", "Carlos Colina, 32, will be arraigned on April 24 for murder."),
    ("changed", "The remains were discovered Saturday in Boston."),
    ("changed", "The victim was identified Monday as Jonathan Camilien, 28."),
    ("changed", "Police found human remains in a suitcase along a walkway in Cambridge."),
    ("changed", "Camilien and Colina did not know each other, according to authorities."),
    ("changed", "Sandretto, who is from Spain, focuses on the crumbling solares."),
    (
        "changed",
        "Following Fidel Castro's 1969 revolution, houses were redistributed throughout Cuba.",
    ),
    ("changed", "Carolina Sandretto is an Italian photographer based in London."),
    ("changed", "Sandretto first visited Cuba five years ago."),
    ("added", "Obama spoke to Netanyahu by phone on Saturday."),
    ("added", "Colina's lawyer said he would plead not guilty."),
    ("added", "Sandretto's photographs were exhibited in Havana in 2014."),
]

# Written on 2026-12-05 (thirty-first session), after the rules found on factcc19 and before any
# of its claims was checked: three more of XSumFaith's fifth twelve (the bbc17 store will do).
BBC20: list[tuple[str, str]] = [
    (
        "same",
        "Webb has not played since suffering a serious foot injury in a World Cup warm-up "
        "against Italy in September.",
    ),
    ("same", "Wales begin their Six Nations campaign against Ireland in Dublin on 7 February."),
    (
        "same",
        "Childline counselled more than 4,500 children in the past year, compared with about "
        "2,400 in 2011-12.",
    ),
    (
        "same",
        "Childline's president Dame Esther Rantzen said the figures should be a wake-up call.",
    ),
    (
        "same",
        "The Queen and the Duke of Edinburgh visited Windsor's Royal Mail delivery office.",
    ),
    ("same", "The visit marked the 500th anniversary of the postal service."),
    ("changed", "Webb suffered a serious knee injury in a World Cup warm-up with Italy."),
    ("changed", "Webb has been capped 26 times by Wales."),
    ("changed", "Webb made his debut for the Ospreys in 2009."),
    ("changed", "Wales begin their Six Nations campaign away to Ireland in Belfast."),
    (
        "changed",
        "Childline counselled more than 4,500 children in the past year, compared with about "
        "3,400 in 2011-12.",
    ),
    ("changed", "Some children as young as five told Childline how they were tormented."),
    (
        "changed",
        "Childline's chief executive Dame Esther Rantzen said the figures should be a wake-up "
        "call.",
    ),
    ("changed", "Anti-Bullying Week is coordinated by the NSPCC."),
    ("changed", "The visit marked the 400th anniversary of the postal service."),
    ("changed", "Prince William paid tribute to the Queen on the eve of her 80th birthday."),
    ("changed", "The royals opened a new bandstand in Victoria Gardens."),
    (
        "changed",
        "David Cameron and Labour leader Ed Miliband said they were looking forward to wishing "
        "the Queen a happy birthday.",
    ),
    ("changed", "Prince William gave the interview to BBC royal correspondent Sarah Campbell."),
    ("added", "Webb will captain Wales in the Six Nations."),
    ("added", "Esther Rantzen founded Childline in 1986."),
    ("added", "The birthday stamps were photographed by Annie Leibovitz."),
]

# Written on 2026-12-05 (thirty-first session), after the rules found on bbc20 and before any of
# its claims was checked: three more of SummEval's fifth twelve (the cnn17 store will do).
CNN20: list[tuple[str, str]] = [
    (
        "same",
        "Anderlecht teenager Evangelos Patoulidis has attracted attention from Arsenal and "
        "Barcelona.",
    ),
    ("same", "Patoulidis rejected a move to Barcelona's La Masia academy when he was 12."),
    ("same", "Vanessa Santillan's body was found in a flat in Fulham, south west London."),
    ("same", "A 23-year-old man was arrested in connection with her death but has been bailed."),
    ("same", "Dawn discovered that £207 set aside for a £500 grave stone had disappeared."),
    ("same", "A lie detector test showed that Jamie had taken the cash."),
    ("changed", "The 16-year-old playmaker Evangelos Patoulidis plays for Anderlecht."),
    ("changed", "Manchester United are keen to sign Anderlecht teenager Evangelos Patoulidis."),
    ("changed", "City have held discussions with Anderlecht chairman Marc Coucke."),
    ("changed", "Patoulidis accepted a move to Barcelona's La Masia academy when he was 12."),
    ("changed", "Vanessa Santillan's body was found in a £600,000 flat in Fulham."),
    ("changed", "The 35-year-old Mexican national worked as a transgender escort."),
    ("changed", "London Ambulance Service was called to a flat in Romily Court on March 18."),
    ("changed", "Detective Chief Inspector Sarah Reeves leads the investigation."),
    (
        "changed",
        "According to her website, Miss Santillan worked in London, Paris and Madrid as an escort.",
    ),
    ("changed", "Dawn, who has had five miscarriages, was furious."),
    ("changed", "Dawn discovered that £270 set aside for a gravestone had disappeared."),
    ("changed", "Dawn was appearing on The Graham Norton show."),
    ("changed", "In a Facebook message, Jamie blamed the theft on his girlfriend Tina."),
    ("added", "Patoulidis has been capped by Belgium's under-17 side."),
    ("added", "Police found CCTV footage of the man leaving the flat."),
    ("added", "Jamie has since repaid the £207."),
]

SETS: dict[str, tuple[str, list[tuple[str, str]], int]] = {
    "cnn": ("summeval.json", CNN, 0),
    "bbc": ("xsumfaith.json", BBC, 0),
    "factcc": ("factcc.json", FACTCC, 0),
    "bbc2": ("xsumfaith.json", BBC2, 0),
    "factcc2": ("factcc.json", FACTCC2, 0),
    "cnn2": ("summeval.json", CNN2, 0),
    "factcc3": ("factcc.json", FACTCC3, 0),
    "cnn3": ("summeval.json", CNN3, 0),
    "bbc3": ("xsumfaith.json", BBC3, 0),
    "cnn4": ("summeval.json", CNN4, 0),
    "bbc4": ("xsumfaith.json", BBC4, 0),
    "factcc4": ("factcc.json", FACTCC4, 0),
    "cnn5": ("summeval.json", CNN5, ARTICLES),
    "cnn6": ("summeval.json", CNN6, ARTICLES),
    "bbc5": ("xsumfaith.json", BBC5, ARTICLES),
    "factcc5": ("factcc.json", FACTCC5, ARTICLES),
    "cnn7": ("summeval.json", CNN7, ARTICLES),
    "bbc6": ("xsumfaith.json", BBC6, ARTICLES),
    "factcc6": ("factcc.json", FACTCC6, ARTICLES),
    "bbc7": ("xsumfaith.json", BBC7, ARTICLES),
    "cnn8": ("summeval.json", CNN8, ARTICLES),
    "factcc7": ("factcc.json", FACTCC7, ARTICLES),
    "bbc8": ("xsumfaith.json", BBC8, ARTICLES),
    "factcc8": ("factcc.json", FACTCC8, ARTICLES),
    "factcc9": ("factcc.json", FACTCC9, 2 * ARTICLES),
    "bbc9": ("xsumfaith.json", BBC9, 2 * ARTICLES),
    "cnn9": ("summeval.json", CNN9, 2 * ARTICLES),
    "factcc10": ("factcc.json", FACTCC10, 2 * ARTICLES),
    "bbc10": ("xsumfaith.json", BBC10, 2 * ARTICLES),
    "cnn10": ("summeval.json", CNN10, 2 * ARTICLES),
    "factcc11": ("factcc.json", FACTCC11, 2 * ARTICLES),
    "bbc11": ("xsumfaith.json", BBC11, 2 * ARTICLES),
    "cnn11": ("summeval.json", CNN11, 2 * ARTICLES),
    "bbc12": ("xsumfaith.json", BBC12, 2 * ARTICLES),
    "factcc12": ("factcc.json", FACTCC12, 2 * ARTICLES),
    "cnn12": ("summeval.json", CNN12, 2 * ARTICLES),
    "bbc13": ("xsumfaith.json", BBC13, 3 * ARTICLES),
    "cnn13": ("summeval.json", CNN13, 3 * ARTICLES),
    "factcc13": ("factcc.json", FACTCC13, 3 * ARTICLES),
    "bbc14": ("xsumfaith.json", BBC14, 3 * ARTICLES),
    "cnn14": ("summeval.json", CNN14, 3 * ARTICLES),
    "factcc14": ("factcc.json", FACTCC14, 3 * ARTICLES),
    "bbc15": ("xsumfaith.json", BBC15, 3 * ARTICLES),
    "cnn15": ("summeval.json", CNN15, 3 * ARTICLES),
    "factcc15": ("factcc.json", FACTCC15, 3 * ARTICLES),
    "bbc16": ("xsumfaith.json", BBC16, 3 * ARTICLES),
    "cnn16": ("summeval.json", CNN16, 3 * ARTICLES),
    "factcc16": ("factcc.json", FACTCC16, 3 * ARTICLES),
    "bbc17": ("xsumfaith.json", BBC17, 4 * ARTICLES),
    "cnn17": ("summeval.json", CNN17, 4 * ARTICLES),
    "factcc17": ("factcc.json", FACTCC17, 4 * ARTICLES),
    "bbc18": ("xsumfaith.json", BBC18, 4 * ARTICLES),
    "cnn18": ("summeval.json", CNN18, 4 * ARTICLES),
    "factcc18": ("factcc.json", FACTCC18, 4 * ARTICLES),
    "bbc19": ("xsumfaith.json", BBC19, 4 * ARTICLES),
    "cnn19": ("summeval.json", CNN19, 4 * ARTICLES),
    "factcc19": ("factcc.json", FACTCC19, 4 * ARTICLES),
    "bbc20": ("xsumfaith.json", BBC20, 4 * ARTICLES),
    "cnn20": ("summeval.json", CNN20, 4 * ARTICLES),
}
"""Each set: its SummaC subset, its claims, and the first of the subset's articles its store
holds (`ARTICLES` of them)."""


def _articles(data: Path, name: str, start: int = 0) -> list[str]:
    rows = json.loads((data / "summac-subset" / name).read_text(encoding="utf-8"))
    seen: list[str] = []
    for row in rows.values():
        if row["document"] not in seen:
            seen.append(row["document"])
    return seen[start : start + ARTICLES]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="The shared data folder.")
    parser.add_argument("--home", type=Path, required=True, help="VERIFY_HOME for the store.")
    parser.add_argument("--set", choices=tuple(SETS), default="cnn", help="Which articles.")
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    args = parser.parse_args()
    source, claims, start = SETS[args.set]
    os.environ["VERIFY_HOME"] = str(args.home)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    folder = args.home / "news-articles"
    if not folder.exists():
        folder.mkdir(parents=True)
        for number, text in enumerate(_articles(args.data, source, start), start):
            (folder / f"{Path(source).stem}_{number:02d}.txt").write_text(text, encoding="utf-8")
        # through the real CLI, as a user ingests; a second run finds the store filled
        subprocess.run(
            [sys.executable, "-m", "verify", "ingest", str(folder)], check=True, stdout=sys.stderr
        )
    check_all(claims, args.json)


if __name__ == "__main__":
    main()
