"""Leaders as news names them in side phrases: a title put before its holder with the
state or place it belongs to ("the president of Kenya, X", "the governor of Borno, X",
"the mayor of Kharkiv, X"), a region's title run into its name ("Borno State Governor
X"), a relative clause the parser often misreads ("Y, which X heads", "Y, which X has
commanded since 2019"), and the head of a body's delegation, who is one of its people,
not its head ("X, head of the Y delegation", "the Y delegation, led by X", "X led a Y
delegation to the talks").

Must-nots next to each: a former holder (a member), a prospect ("which X could lead"),
"led to", "led by example", talks or an offensive "led by" a state or group, "led troops
into" a town, the kin or aide of a titled person ("the wife of the president of Y, X"),
a meeting with another's leader, and the other state's title in the same sentence.

Own sentences, invented people and bodies from several regions, each short and inside a
long wire sentence (a dateline, "on Tuesday", "according to ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

L, MO = "LEADS", "MEMBER_OF"
SLF, KDF = "Sahel Liberation Front", "Kivu Defence Forces"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # the title of a state before its holder's name
    ("president-of-state-fronted", "The president of Kenya, William Koros, said the vote "
     "would go ahead.", [("William Koros", L, "Kenya")]),
    ("president-of-state-fronted-long", "NAIROBI (Reuters) - The president of Kenya, "
     "William Koros, told a rally in Kisumu on Saturday that the election would go ahead "
     "in August despite the floods, according to a statement from his office.",
     [("William Koros", L, "Kenya")]),
    ("prime-minister-of-state-fronted", "The prime minister of Nepal, Bishnu Thapa, "
     "resigned on Friday.", [("Bishnu Thapa", L, "Nepal")]),
    ("leader-of-state-fronted", "The leader of Belarus, Anatol Rusak, ordered troops to "
     "the border, state media reported.", [("Anatol Rusak", L, "Belarus")]),
    ("two-states-fronted", "The foreign minister of Kenya, Alice Wambui, met the "
     "president of Uganda, John Okello, in Kampala on Monday.",
     [("John Okello", L, "Uganda"), ("Alice Wambui", MO, "Kenya")]),
    # a former holder is one of the state's people
    ("former-president-fronted", "The former president of Peru, Luis Cardenas, was "
     "arrested in Lima.", [("Luis Cardenas", MO, "Peru")]),
    # a governor or mayor heads a place
    ("governor-of-place-fronted", "The governor of Borno, Babagana Kolo, imposed a curfew "
     "on Tuesday.", [("Babagana Kolo", L, "Borno")]),
    ("governor-of-place-fronted-long", "MAIDUGURI, Nigeria - The governor of Borno, "
     "Babagana Kolo, said on Tuesday that the curfew would stay in force until the army "
     "had cleared the roads, after gunmen killed nine farmers near the town.",
     [("Babagana Kolo", L, "Borno")]),
    ("mayor-of-city-fronted", "The mayor of Kharkiv, Ivan Petrenko, said the city had been "
     "shelled overnight.", [("Ivan Petrenko", L, "Kharkiv")]),
    ("mayor-of-city-fronted-long", "The mayor of Kherson, Oksana Lytvyn, told reporters "
     "on Thursday that at least four people had been killed when drones struck the market, "
     "according to a post on her channel.", [("Oksana Lytvyn", L, "Kherson")]),
    # a region's title run into its name
    ("state-governor-compound", "Borno State Governor Babagana Kolo said the camp would "
     "close.", [("Babagana Kolo", L, "Borno")]),
    ("state-governor-compound-long", "Speaking in Maiduguri on Sunday, Borno State "
     "Governor Babagana Kolo said more than 3,000 families had returned to their farms "
     "since the army reopened the road.", [("Babagana Kolo", L, "Borno")]),
    ("province-governor-compound", "Kandahar Province Governor Abdul Rahimi ordered the "
     "markets closed.", [("Abdul Rahimi", L, "Kandahar Province")]),
    # "Y, which X heads": the parser reads "X heads" as a noun phrase
    ("which-heads", f"The {SLF}, which Amadou Diallo heads, attacked the base.",
     [("Amadou Diallo", L, SLF)]),
    ("which-commands", f"The {KDF}, which Jean-Pierre Mbala commands, shelled the camp.",
     [("Jean-Pierre Mbala", L, KDF)]),
    ("which-has-headed-since-long", f"The {SLF}, which Amadou Diallo has headed since "
     "2017, said on Tuesday that it had seized two army posts near the border with Niger, "
     "a claim officials in Bamako denied.", [("Amadou Diallo", L, SLF)]),
    ("which-now-leads-acronym", f"The {KDF} (KDF), which Jean-Pierre Mbala now leads, "
     "denied the killings.", [("Jean-Pierre Mbala", L, KDF)]),
    ("which-runs-long", "GOMA, Congo (AP) - The Ituri Patriotic Militia, which Bosco "
     "Kahindo runs from the hills west of Bunia, has been blamed for a string of raids on "
     "gold mines, the United Nations said in a report on Wednesday.",
     [("Bosco Kahindo", L, "Ituri Patriotic Militia")]),
    # a clause and participle on a named body, in long wire sentences
    ("led-by-participle-long", "The Ansar Valley Brigade, led by Tariq Hamdan since its "
     "founder was killed in 2019, claimed the ambush on an army convoy near Hama on "
     "Tuesday, according to a statement posted online.",
     [("Tariq Hamdan", L, "Ansar Valley Brigade")]),
    ("whose-leader-long", "In a statement on Monday, the Arakan Freedom Army, whose "
     "leader Aung Myat has been in hiding since March, said it would free the hostages.",
     [("Aung Myat", L, "Arakan Freedom Army")]),
    ("who-heads-long", "Carlos Ibarra, who heads the Sierra Madre Cartel, was arrested in "
     "Culiacan on Friday after a shootout with soldiers, prosecutors said.",
     [("Carlos Ibarra", L, "Sierra Madre Cartel")]),
    ("who-also-leads", "Dawit Bekele, who also leads the Oromo Unity Party, denied the "
     "charges on Tuesday.", [("Dawit Bekele", L, "Oromo Unity Party")]),
    ("its-commander-said", "The Sahel Liberation Front said on Sunday that its commander, "
     "Amadou Diallo, had been wounded in a drone strike.", [("Amadou Diallo", L, SLF)]),
    ("bodys-chief-comma", "The Kivu Defence Forces' chief, Jean-Pierre Mbala, denied the "
     "killings.", [("Jean-Pierre Mbala", L, KDF)]),
    # a state's title with the state named once, by the dateline
    ("dateline-president", "ABUJA, Nigeria - President Musa Garba said on Tuesday that "
     "the army would stay in the north until the rains.", [("Musa Garba", L, "Nigeria")]),
    # the head of a delegation is one of the body's people
    ("head-of-delegation", f"Amadou Diallo, head of the {SLF} delegation, spoke in "
     "Algiers.", [("Amadou Diallo", MO, SLF)]),
    ("delegation-led-by", f"The {SLF} delegation, led by Amadou Diallo, arrived in "
     "Algiers on Monday.", [("Amadou Diallo", MO, SLF)]),
    ("led-a-delegation", f"Amadou Diallo led a {SLF} delegation to the talks in Algiers "
     "on Monday.", [("Amadou Diallo", MO, SLF)]),
    ("leader-of-delegation-fronted", "The leader of the Tana River Front delegation, "
     "Joseph Wambua, said the talks had been useful.",
     [("Joseph Wambua", MO, "Tana River Front")]),
    ("demonym-delegation-led-by", "The Ukrainian delegation, led by Oleksiy Marchenko, "
     "arrived in Istanbul on Tuesday.", [("Oleksiy Marchenko", MO, "Ukraine")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # the kin or aide of a titled person holds no title
    ("spokesman-for-governor", "A spokesman for the governor of Borno, Usman Tar, said "
     "the camp would close.", [("Usman Tar", L, "*")]),
    ("wife-of-president", "The wife of the president of Kenya, Grace Koros, opened the "
     "clinic.", [("Grace Koros", L, "*")]),
    ("son-of-mayor", "Ivan Petrenko, the son of the mayor of Kharkiv, was arrested.",
     [("Ivan Petrenko", L, "*")]),
    ("president-of-states-party", "The president of Kenya's ruling party, William Koros, "
     "said the vote would go ahead.", [("William Koros", L, "Kenya")]),
    # one counted in a line of holders: the post's history, not who holds it
    ("counted-president", "In 1961, the ninth president of Kenya, Daniel Mwangi, was "
     "born in a farming village near Nyeri.", [("Daniel Mwangi", L, "*")]),
    ("counted-mayor", "The first mayor of Kherson, Oksana Lytvyn, died in 1992.",
     [("Oksana Lytvyn", L, "*")]),
    # an envoy "for" a state works on it, not for it
    ("envoy-for-state", "The special envoy for Sudan, Lena Hartmann, arrived in Port "
     "Sudan on Monday.", [("Lena Hartmann", MO, "Sudan"), ("Lena Hartmann", L, "*")]),
    # a former holder, in front of the name
    ("former-president-not-leads", "The former president of Peru, Luis Cardenas, was "
     "arrested in Lima.", [("Luis Cardenas", L, "*")]),
    # each state's title is its own
    ("two-states-fronted-not-crossed", "The foreign minister of Kenya, Alice Wambui, met "
     "the president of Uganda, John Okello, in Kampala on Monday.",
     [("Alice Wambui", L, "*"), ("John Okello", "*", "Kenya")]),
    ("two-presidents-of", "President Musa Garba of Nigeria met President Jean Mbemba of "
     "Congo in Luanda on Friday.",
     [("Musa Garba", L, "Congo"), ("Jean Mbemba", L, "Nigeria")]),
    # "which X ..." that is no post held
    ("which-could-lead", f"The {SLF}, which Amadou Diallo could lead after the vote, "
     "attacked the base.", [("Amadou Diallo", L, "*")]),
    ("which-once-led", f"The {SLF}, which Amadou Diallo once led, attacked the base.",
     [("Amadou Diallo", L, "*")]),
    ("which-led-to", "The Kivu Defence Forces, which Jean-Pierre Mbala led to victory at "
     "Rutshuru, shelled the camp.", [("Jean-Pierre Mbala", "*", "Rutshuru")]),
    ("which-did-not-lead", f"The {SLF}, which Amadou Diallo did not lead, attacked the "
     "base.", [("Amadou Diallo", L, "*")]),
    ("which-town-not-body", "Gao, which Amadou Diallo visited on Sunday, was shelled "
     "overnight.", [("Amadou Diallo", L, "*")]),
    ("which-person-said", f"The {SLF}, which Amadou Diallo said had no role, denied "
     "the attack.", [("Amadou Diallo", L, "*")]),
    # "led" that names no post
    ("led-by-example", "Amadou Diallo led by example, officers said.",
     [("Amadou Diallo", L, "*")]),
    ("talks-led-by-state", "The talks led by Qatar ended on Sunday without a deal.",
     [("Qatar", L, "*"), ("*", L, "Qatar")]),
    ("mediation-led-by-state", "The mediation led by Algeria stalled on Sunday, "
     "diplomats said.", [("*", L, "*")]),
    ("offensive-led-by-group", f"The offensive led by the {SLF} stalled near Gao.",
     [("*", L, "*")]),
    ("strikes-led-to", "The strikes led to protests in Kano on Monday.", [("*", L, "*")]),
    ("led-troops-into-town", "Amadou Diallo led troops into Gao on Sunday.",
     [("Amadou Diallo", L, "*")]),
    ("met-the-leader", f"Amadou Diallo, who met the leader of the {SLF}, denied the "
     "attack.", [("Amadou Diallo", L, "*")]),
    ("could-lead-clause", f"Amadou Diallo, who could lead the {SLF}, denied the attack.",
     [("Amadou Diallo", L, "*")]),
    # the head of a delegation does not lead the body that sent it
    ("head-of-delegation-not-leads", f"Amadou Diallo, head of the {SLF} delegation, "
     "spoke in Algiers.", [("Amadou Diallo", L, "*")]),
    ("headed-delegation-not-leads", f"Amadou Diallo, who headed the {SLF} delegation, "
     "spoke in Algiers on Monday.", [("Amadou Diallo", L, "*")]),
    ("delegation-led-by-not-leads", f"The {SLF} delegation, led by Amadou Diallo, "
     "arrived in Algiers on Monday.", [("Amadou Diallo", L, "*")]),
    ("led-a-delegation-not-leads", f"Amadou Diallo led a {SLF} delegation to the talks "
     "in Algiers on Monday.", [("Amadou Diallo", L, "*")]),
    ("leads-delegation-of-not-leads", f"Amadou Diallo, who leads the delegation of the "
     f"{SLF} to the talks in Algiers, denied the attack.", [("Amadou Diallo", L, "*")]),
    ("leader-of-delegation-not-leads", "The leader of the Tana River Front delegation, "
     "Joseph Wambua, said the talks had been useful.", [("Joseph Wambua", L, "*")]),
    ("demonym-delegation-not-leads", "The Ukrainian delegation, led by Oleksiy "
     "Marchenko, arrived in Istanbul on Tuesday.", [("Oleksiy Marchenko", L, "*")]),
    # the state named again beside the delegation: its leader still leads it
    ("leader-and-delegation", "Musa Garba, the president of Nigeria, said the Nigerian "
     "delegation would stay in Geneva.", [("Musa Garba", MO, "Nigeria")]),
    # a region's title does not lead the state the region is in
    ("chief-minister-dateline", "LAHORE, Pakistan - Chief Minister Sana Qureshi said on "
     "Monday that schools would reopen.", [("Sana Qureshi", L, "Pakistan")]),
    ("state-governor-not-state", "ABUJA, Nigeria - Borno State Governor Babagana Kolo said "
     "the camp would close.", [("Babagana Kolo", L, "Nigeria")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_leaders_found(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_leaders_absent(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
