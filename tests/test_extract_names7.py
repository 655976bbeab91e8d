"""Long names of groups and bodies read whole, and a group's other names joined to it.

Wire copy prints armed groups and councils under long names with inner prepositions,
conjunctions and people's names ("the Military Council for the Salvation of X", "the
Sheikh Y Brigade"), and gives them an acronym in another language, a gloss or a nickname
("the Valley Resistance Units (YBD)", "Ansar al-Wadi (the Valley Partisans)", "X, better
known as Y"). Each such name is one actor, and what is said of it lands on the whole
name. Must-nots: a place after a name's fighters is no part of the name, a bracket that
holds a date, a place, a count or a clause is no alias, "known as a hardliner" is no
name, and two groups whose initials spell the same letters stay two. Most phrasings are
told short and again inside a long sentence. Sentences of our own with invented names.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from actorgraph.domain import Extraction
from actorgraph.extract import extract_document

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params

Case = tuple[str, str, list[Named], list[Named], list[Triple], list[Triple]]

# (id, text, actors that must be read, actors that must not, triples that must,
#  triples that must not); a symmetric relation matches either way round.
WHOLE: list[Case] = [
    ("state-in-a-region",
     "The Islamic State in the Sahel Belt claimed the attack on an army post near Tillia.",
     [("Islamic State in the Sahel Belt", "*")], [("Islamic State", "*")], [], []),
    ("state-in-a-region-long",
     "Fighters of the Islamic State in the Sahel Belt, an offshoot of the global jihadist "
     "network, attacked an army post near the western town of Tillia on Sunday, killing "
     "at least 17 soldiers, according to local officials.",
     [("Islamic State in the Sahel Belt", "*")], [("Islamic State", "*")],
     [("Islamic State in the Sahel Belt", "TARGETS", "*")], []),
    ("council-for-the-salvation-of",
     "The Military Council for the Salvation of Karoa imposed a curfew on Bansi.",
     [("Military Council for the Salvation of Karoa", "*")],
     [("Military Council", "*"), ("Karoa", "*")], [], []),
    ("council-for-the-salvation-of-long",
     "Colonel Idris Mahamat, the head of the Military Council for the Salvation of Karoa "
     "(CMSK), told reporters in the capital on Tuesday that elections would be held "
     "within two years, according to state radio.",
     [("Military Council for the Salvation of Karoa", "*"), ("Idris Mahamat", "PERSON")],
     [("Military Council", "*"), ("CMSK", "*")],
     [("Idris Mahamat", "LEADS", "Military Council for the Salvation of Karoa")], []),
    ("council-in-a-place-and-the-diaspora",
     "The Supreme Tribal Council in Karoa and the Diaspora rejected the deal on Monday.",
     [("Supreme Tribal Council in Karoa and the Diaspora", "*")],
     [("Supreme Tribal Council", "*"), ("Diaspora", "*")], [], []),
    ("council-in-a-place-and-the-diaspora-long",
     "A spokesman for the Supreme Tribal Council in Karoa and the Diaspora, Hamid Bashir, "
     "said on Monday that the body rejected the deal signed in the eastern city of Port "
     "Wadi, calling it a betrayal.",
     [("Supreme Tribal Council in Karoa and the Diaspora", "*"), ("Hamid Bashir", "PERSON")],
     [("Supreme Tribal Council", "*"), ("Diaspora", "*")],
     [("Hamid Bashir", "SPOKESPERSON_FOR", "Supreme Tribal Council in Karoa and the Diaspora")],
     []),
    ("sheikh-brigade",
     "The Sheikh Ayman Rahal Brigade shelled Kafr Dalil on Tuesday.",
     [("Sheikh Ayman Rahal Brigade", "ARMED_GROUP")],
     [("Ayman Rahal", "*"), ("Sheikh Ayman Rahal", "*")],
     [("Sheikh Ayman Rahal Brigade", "TARGETS", "Kafr Dalil")], []),
    ("sheikh-brigade-long",
     "Fighters of the Sheikh Ayman Rahal Brigade, a Turkish-backed faction of some 2,000 "
     "men, shelled the village of Kafr Dalil in the northern countryside on Tuesday, "
     "killing at least four civilians, according to residents.",
     [("Sheikh Ayman Rahal Brigade", "ARMED_GROUP")],
     [("Ayman Rahal", "*"), ("Sheikh Ayman Rahal", "*")], [], []),
    ("sultan-division",
     "The Sultan Omar Division withdrew from Tal Sabra on Friday.",
     [("Sultan Omar Division", "ARMED_GROUP")], [("Sultan Omar", "*")],
     [("Sultan Omar Division", "WITHDRAWS_FROM", "Tal Sabra")], []),
    ("sultan-division-long",
     "The commander of the Sultan Omar Division, Abu Hatem Zeidan, said on Friday that his "
     "men had withdrawn from the border village of Tal Sabra after three days of clashes "
     "with Kurdish-led forces.",
     [("Sultan Omar Division", "ARMED_GROUP"), ("Abu Hatem Zeidan", "PERSON")],
     [("Sultan Omar", "*")], [("Abu Hatem Zeidan", "LEADS", "Sultan Omar Division")], []),
    ("front-for-the-defence-of",
     "The Front for the Defence of the Mountains attacked Dembel on Monday.",
     [("Front for the Defence of the Mountains", "*")], [("Mountains", "*")],
     [("Front for the Defence of the Mountains", "TARGETS", "Dembel")], []),
    ("front-for-the-defence-of-long",
     "The Front for the Defence of the Mountains, an armed group formed by herders in "
     "2021, said on Monday it had attacked an army camp in the highland district of "
     "Dembel, killing at least 11 soldiers, according to a statement.",
     [("Front for the Defence of the Mountains", "*")], [("Mountains", "*")], [], []),
    ("union-of-patriots-for",
     "Britain imposed sanctions on the Union of Patriots for Change on Monday.",
     [("Union of Patriots for Change", "*")], [("Change", "*"), ("Patriots", "*")],
     [("United Kingdom", "SANCTIONS", "Union of Patriots for Change")], []),
    ("union-of-patriots-for-long",
     "The British government on Monday imposed sanctions on the Union of Patriots for "
     "Change (UPC), the rebel coalition that seized the northern town of Boda last month, "
     "freezing the assets of its leaders.",
     [("Union of Patriots for Change", "*")], [("Change", "*"), ("Patriots", "*")],
     [("United Kingdom", "SANCTIONS", "Union of Patriots for Change")], []),
    # must-nots: a title before a unit's name with a person between is no part of it;
    # "for" after a name that opens no aim
    ("title-before-a-person-not-a-unit",
     "The envoy met Sheikh Omar Dabo and the Tiger Brigade commander in Dalmora.",
     [("Tiger Brigade", "*")], [("Sheikh Omar Dabo and the Tiger Brigade", "*"),
                               ("Sheikh Tiger Brigade", "*")], [], []),
    ("for-with-no-aim",
     "The Kesh Council for years controlled the market in Dalmora.",
     [("Kesh Council", "*")], [("Kesh Council for years", "*")], [], []),
    ("head-before-a-list-not-an-aim",
     "The Council for Dalmora and Kessem residents met the governor on Monday.",
     [], [("Council for Dalmora and Kessem", "*"), ("Council", "*")], [], []),
    ("head-before-for-and-time",
     "The Front for the second time attacked Dalmora.",
     [], [("Front", "*"), ("Front for the second time", "*")], [], []),
    ("known-name-before-a-plea",
     "Calls by the Arab League for Sudan to withdraw its troops from the border grew on "
     "Monday.",
     [("Arab League", "*")], [("Arab League for Sudan", "*")], [], []),
    ("head-final-name-before-a-state",
     "The Kessem Military Council for Chad said on Monday it had freed two hostages.",
     [], [("Kessem Military Council for Chad", "*")], [], []),
    ("units-head",
     "The Valley Protection Units withdrew from Tal Hamra on Monday.",
     [("Valley Protection Units", "ARMED_GROUP")], [("Valley", "*")],
     [("Valley Protection Units", "WITHDRAWS_FROM", "Tal Hamra")], []),
    # a group's other name types a name the model took for a person's
    ("gloss-types-a-group",
     "Jund al-Karama (the Karamists) shelled Qasr Halim on Friday.",
     [("Jund al-Karama", "ARMED_GROUP")], [("Jund al-Karama", "PERSON"), ("Karamists", "*")],
     [("Jund al-Karama", "TARGETS", "Qasr Halim")], []),
    ("other-name-types-a-group",
     "Jamaat Nasr al-Din, or the Victory Group as it is known, claimed the attack in "
     "Menaka on Sunday, killing at least five soldiers, according to local officials.",
     [("Jamaat Nasr al-Din", "ORGANIZATION")],
     [("Jamaat Nasr al-Din", "PERSON"), ("Victory Group", "*")], [], []),
    # must-not: a person's nickname keeps a person a person
    ("nickname-keeps-a-person",
     "Abdullah Karim Hadi, better known as Abu Sayf, was killed in a drone strike near "
     "Dalmora on Sunday.",
     [("Abdullah Karim Hadi", "PERSON")], [("Abdullah Karim Hadi", "ARMED_GROUP"),
                                           ("Abu Sayf", "*")], [], []),
    # must-nots: a place after a name's fighters, or after a common noun, is no name's
    ("fighters-in-a-place",
     "Islamic State fighters in Niger attacked a checkpoint near Tillia on Sunday.",
     [("Islamic State", "*")],
     [("Islamic State fighters in Niger", "*"), ("Islamic State in Niger", "*")], [], []),
    ("common-council-in-a-place",
     "The council in Karoa said on Monday that the road to Bansi was open.",
     [], [("council in Karoa", "*")], [], []),
]

# (id, text, names that must be one actor, names that must not, triples that must,
#  triples that must not)
Joined = tuple[str, str]
AliasCase = tuple[str, str, list[Joined], list[Joined], list[Triple], list[Triple]]

ALIASES: list[AliasCase] = [
    ("foreign-acronym",
     "Fighters of the Valley Resistance Units (YBD) attacked Tal Hamra on Monday. The YBD "
     "later shelled Ain Dara.",
     [("Valley Resistance Units", "YBD")], [],
     [("Valley Resistance Units", "TARGETS", "Ain Dara")], []),
    ("foreign-acronym-long",
     "Fighters of the Kurdish-led Valley Resistance Units (YBD), the main force in an "
     "alliance backed by Ruritania, attacked the village of Tal Hamra in the northern "
     "province of Kessa on Monday, killing at least six people, according to residents. "
     "The YBD said it had targeted a rebel base.",
     [("Valley Resistance Units", "YBD")], [], [], []),
    ("acronym-letters-out-of-order",
     "The Movement for Justice (MPJ) rejected the talks on Monday. The MPJ later attacked "
     "Kurmuk.",
     [("Movement for Justice", "MPJ")], [], [("Movement for Justice", "TARGETS", "Kurmuk")],
     []),
    ("acronym-letters-out-of-order-long",
     "The rebel Movement for Justice (MPJ), which has fought the army in the Blue Hills "
     "region since 2011, said on Monday it had rejected the talks in the capital. The MPJ "
     "accused the army of shelling Kurmuk.",
     [("Movement for Justice", "MPJ")], [], [], []),
    ("spanish-acronym",
     "Fighters of the Northern Peasant Army (EPN) ambushed a patrol near Rio Verde. The EPN "
     "later freed two soldiers.",
     [("Northern Peasant Army", "EPN")], [], [], []),
    ("spanish-acronym-long",
     "Guerrillas of the Northern Peasant Army (EPN), a Marxist group that rejected the "
     "2016 peace deal, ambushed an army patrol near the mountain town of Rio Verde on "
     "Saturday, killing three soldiers, the defence ministry said.",
     [("Northern Peasant Army", "EPN")], [], [], []),
    ("gloss-in-brackets",
     "Ansar al-Wadi (the Valley Partisans) claimed the attack on Darkush.",
     [("Ansar al-Wadi", "Valley Partisans")], [], [], []),
    ("gloss-in-brackets-long",
     "The jihadist group Ansar al-Wadi (the Valley Partisans), which pledged allegiance to "
     "a wider network in 2019, claimed on Thursday the attack on an army post near the "
     "town of Darkush that killed at least nine soldiers.",
     [("Ansar al-Wadi", "Valley Partisans")], [], [], []),
    ("gloss-people-name",
     "Jund al-Karama (the Karamists) shelled Qasr Halim on Friday.",
     [("Jund al-Karama", "Karamists")], [], [], []),
    ("widely-known-as",
     "The Tiger Brigade, widely known as Nimr, retook Tal Sabra on Friday.",
     [("Tiger Brigade", "Nimr")], [], [], []),
    ("widely-known-as-long",
     "The Tiger Brigade, an elite unit widely known as Nimr, retook the hilltop village of "
     "Tal Sabra in the southern countryside on Friday after a week of fighting, state "
     "media reported.",
     [("Tiger Brigade", "Nimr")], [], [], []),
    ("better-known-as-the",
     "The Zanda Self-Defence Militia, better known as the Black Hats, burned three "
     "villages near Kiboga.",
     [("Zanda Self-Defence Militia", "Black Hats")], [], [], []),
    ("better-known-as-the-long",
     "The Zanda Self-Defence Militia, a pro-government force better known as the Black "
     "Hats, burned three villages near the eastern town of Kiboga on Saturday, killing at "
     "least 20 people, according to a local rights group.",
     [("Zanda Self-Defence Militia", "Black Hats")], [], [], []),
    ("also-known-as",
     "The Sword of the South, also known as Saif al-Janub, claimed the attack in Rada.",
     [("Sword of the South", "Saif al-Janub")], [], [], []),
    ("also-known-as-headed",
     "The Kessem Defence Force, also known as Jaysh Kessem, shelled Rada on Monday.",
     [("Kessem Defence Force", "Jaysh Kessem")], [], [], []),
    ("also-known-as-headed-long",
     "The Kessem Defence Force, also known as Jaysh Kessem, said on Monday that it had "
     "shelled army positions around the southern port of Rada, killing at least eight "
     "soldiers, according to a statement posted online.",
     [("Kessem Defence Force", "Jaysh Kessem")], [], [], []),
    ("known-locally-as",
     "The Tessel Patrol Force, known locally as the Green Berets, raided Anvari on Monday.",
     [("Tessel Patrol Force", "Green Berets")], [], [], []),
    ("known-locally-as-foreign",
     "The Sulu Freedom Movement, known locally as Gerakan Merdeka, freed two hostages on "
     "Jolo island on Monday, the Philippine army said.",
     [("Sulu Freedom Movement", "Gerakan Merdeka")], [], [], []),
    ("or-as-it-is-known",
     "Jamaat Nasr al-Din, or the Victory Group as it is known, claimed the attack in "
     "Menaka.",
     [("Jamaat Nasr al-Din", "Victory Group")], [], [], []),
    ("person-better-known-as",
     "Abdullah Karim Hadi, better known as Abu Sayf, leads the Kesh Front. Abu Sayf "
     "rejected the talks.",
     [("Abdullah Karim Hadi", "Abu Sayf")], [],
     [("Abdullah Karim Hadi", "LEADS", "Kesh Front")], []),
    ("person-better-known-as-long",
     "The Kesh Front's commander, Abdullah Karim Hadi, better known by his nom de guerre "
     "Abu Sayf, has led the group's fighters in the hills around Dalmora since 2018, "
     "according to officials.",
     [("Abdullah Karim Hadi", "Abu Sayf")], [], [], []),
    # must-nots: a bracket with a clause, a byline, a date, a place, a count or a state
    ("bracket-clause",
     "The Kesh Front accused the army (which denies it) of shelling Dalmora.",
     [], [("army", "which")], [], []),
    ("bracket-agency",
     "The Kesh Front (AFP) attacked Dalmora on Monday.",
     [], [("Kesh Front", "AFP")], [], []),
    ("bracket-pictured",
     "Omar Dabo (pictured) leads the Kesh Front.",
     [], [("Omar Dabo", "pictured")], [], []),
    ("bracket-date-place-count",
     "The Kesh Front (2019) and the Ogaden Guard (Dalmora) lost fighters (12) in clashes.",
     [], [("Kesh Front", "2019"), ("Ogaden Guard", "Dalmora")], [], []),
    ("bracket-state",
     "The Kesh Front (Velaria) attacked Dalmora on Monday.",
     [], [("Kesh Front", "Velaria")], [], []),
    ("bracket-real-state",
     "The Kesh Front (Sudan) and the Ogaden Guard (the Sudanese Army) clashed on Monday.",
     [], [("Kesh Front", "Sudan"), ("Ogaden Guard", "Sudanese Army")], [], []),
    ("known-as-a-hardliner",
     "Colonel Omar Dabo, known as a hardliner, rejected the talks with the Kesh Front.",
     [], [("Omar Dabo", "hardliner")], [], []),
    ("known-as-after-another-noun",
     "The Kesh Front is a group led by a man known as Abu Sayf.",
     [], [("Kesh Front", "Abu Sayf")], [], []),
    ("known-as-after-whose",
     "The Kesh Front, whose commander is known as Abu Sayf, attacked Dalmora.",
     [], [("Kesh Front", "Abu Sayf")], [], []),
    ("known-for-not-as",
     "The Kesh Front, known for its Raids on convoys, attacked Dalmora on Monday.",
     [], [("Kesh Front", "Raids")], [], []),
    ("bracket-gloss-of-a-place",
     "Fighters of the Kesh Front entered Dalmora (the Kessem Capital) on Monday.",
     [], [("Dalmora", "Kessem Capital")], [], []),
    ("bracket-owner-not-a-gloss",
     "Ansar al-Wadi (the Kesh Front's ally) attacked Darkush on Monday.",
     [], [("Ansar al-Wadi", "Kesh Front")], [], []),
    ("bracket-state-gloss",
     "The Kesh Front (the United States calls it a terrorist group) attacked Dalmora.",
     [], [("Kesh Front", "United States")], [], []),
    ("same-letters-two-groups",
     "The Kesh Liberation Front (KLF) attacked Dalmora on Monday. The Kordofan Liberation "
     "Front, a rival faction, condemned the attack.",
     [("Kesh Liberation Front", "KLF")],
     [("Kesh Liberation Front", "Kordofan Liberation Front")], [], []),
]


def _actor_of(ex: Extraction, name: str) -> str | None:
    """The id of the actor called `name`, by its name or one of its aliases."""
    for actor in ex.actors:
        if name == actor.name or name in actor.aliases:
            return actor.id
    return None


def check_aliases(nlp: Language, text: str, joined: list[Joined], apart: list[Joined],
                  asserted: list[Triple], not_asserted: list[Triple]) -> None:
    ex = extract_document(nlp, text, "t.txt")
    names = sorted((a.name, *a.aliases) for a in ex.actors)
    for one, other in joined:
        here = _actor_of(ex, one)
        assert here is not None and here == _actor_of(ex, other), (
            f"{one} and {other} not one actor: {names}")
    for one, other in apart:
        here = _actor_of(ex, one)
        assert here is None or here != _actor_of(ex, other), (
            f"{one} and {other} joined: {names}")
    check_names(nlp, text, [], [], asserted, not_asserted)


# Cases not read yet, and why.
_NOT_YET: dict[str, str] = {
    "state-in-a-region": "a known group's name then 'in the' and a region is as often the "
    "group's fighters in that region: nothing but the gazetteer tells a branch's name",
    "state-in-a-region-long": "as state-in-a-region",
    "council-in-a-place-and-the-diaspora": "'in X and the Y' after a body's name reads as "
    "its place and a second body; no cue but the reader's knowledge joins them",
    "council-in-a-place-and-the-diaspora-long": "as council-in-a-place-and-the-diaspora",
    "also-known-as": "the model reads 'The Sword of the South' as a work of art and the "
    "name has no body's head word to say it is a group",
}

_ARGS = ("text", "read", "not_read", "asserted", "not_asserted")


@pytest.mark.parametrize(_ARGS, name_params(WHOLE, _NOT_YET))
def test_names_kept_whole(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                          asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


def _alias_params() -> list[Any]:
    return name_params(ALIASES, _NOT_YET)


@pytest.mark.parametrize(("text", "joined", "apart", "asserted", "not_asserted"),
                         _alias_params())
def test_other_names_joined(nlp: Language, text: str, joined: list[Joined],
                            apart: list[Joined], asserted: list[Triple],
                            not_asserted: list[Triple]) -> None:
    check_aliases(nlp, text, joined, apart, asserted, not_asserted)
