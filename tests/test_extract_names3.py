"""Names the model cuts, drops or leaves unread, of kinds fresh news showed often:

- a group's branch named by the group, a place and "Province" that the model labelled
  only in part ("[Islamic State] Central Africa Province");
- a body named by a name and the plain noun "group" ("the Tarvel group"), the name the
  actor and "the Tarvel group" its alias, as "the Tarvel clan" already was;
- Romance bands opened by a plural noun of fighters and a joining word ("Guardiões do
  Sertão", "Guerreros del Valle");
- a name the model cut after "and" ("[the Saint Kitts and] [Nevis Defence Force]": no
  name ends on "and");
- a body's name the model read as a title, headed by a plural of a body's word ("the
  Four Federations of the Lowlands");
- an officer's office: "the Attorney General's Office", "the Special State Prosecutor's
  Office" (a government body, whatever the model read in the words), and "the Tolam
  prosecutor's office" (a place's own office, the place named too);
- a ministry or a department "of the" portfolio ("the Ministry of the Interior", "the
  United States Department of the Treasury"), the model's pieces made one body;
- a state's body named with its owner ("Zambia's Ministry of Defence") is the body its
  bare name ("the Ministry of Defence") names later in the document, unless two states'
  bodies of that name were named;
- a police or army rank of French, Spanish or Portuguese news before a person's name
  ("Commissaire X", "Teniente X"), no part of the name;
- a state under its own spelling ("Guinea-Bissau", not a compiled "Guinea Bissau").

Must-nots: lower-case words between a group and a province ("fighters in X Province"),
a plural of fighters with no joining word after it, a person's possessive office, a book
title headed by no body's word, prosecutors with no office, a state's "and" with no body
after it. Sentences of our own with invented names from several regions.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params

Case = tuple[str, str, list[Named], list[Named], list[Triple], list[Triple]]

# (id, text, actors that must be read, actors that must not, triples that must,
#  triples that must not); a symmetric relation matches either way round.
BRANCHES: list[Case] = [
    ("branch-unlabelled-place",
     "The Islamic State Central Africa Province said its men struck the village of Kalunga.",
     [("Islamic State Central Africa Province", "ARMED_GROUP")], [], [], []),
    ("branch-after-its",
     "The group said fighters of its Islamic State Lakes Province had carried out the raid "
     "on Mbeya Road.",
     [("Islamic State Lakes Province", "ARMED_GROUP")], [], [], []),
    ("branch-not-over-lowercase",
     "Islamic State fighters in Nkhata Province burned a church.",
     [("Islamic State", "ARMED_GROUP")],
     [("Islamic State fighters in Nkhata Province", "*"),
      ("Islamic State Nkhata Province", "*")], [], []),
]

GROUPS: list[Case] = [
    ("group-noun-gang",
     "Police in Antwerp said the Tarvel group had shot at a rival's flat, and the Tarvel "
     "group denied it.",
     [("Tarvel", "ORGANIZATION")], [], [], []),
    ("group-noun-balkan",
     "The Drakovo clan's partnership with the Ruskovic group, a gang based in Novi Sad, "
     "lasted a decade.",
     [("Ruskovic", "ORGANIZATION"), ("Drakovo", "ORGANIZATION")], [], [], []),
    ("group-noun-known-group",
     "The Islamic State group claimed the ambush near Palma.",
     [("Islamic State", "ARMED_GROUP")], [("Islamic State group", "*")], [], []),
    ("pro-group-named-after",
     "Soldiers from Lanao killed seven members of the pro-Islamic State group Dawlah "
     "Bantay in a gunbattle, the Philippine army said.",
     [("Dawlah Bantay", "ARMED_GROUP")], [("Islamic State group", "*")],
     [], [("*", "KILLED", "Islamic State"), ("*", "TARGETS", "Islamic State")]),
    ("group-of-people",
     "A group of Nakuru students marched to the governor's office.",
     [], [("Nakuru", "ORGANIZATION"), ("Nakuru group", "*")], [], []),
]

ROMANCE_BANDS: list[Case] = [
    ("guardioes-do",
     "Guardiões do Sertão, a faction founded in Juazeiro, attacked its rivals last week.",
     [("Guardiões do Sertão", "ARMED_GROUP")], [("Sertão", "LOCATION")], [], []),
    ("guerreros-del",
     "Police said the Guerreros del Valle had killed two men in Tlaxiaco.",
     [("Guerreros del Valle", "ARMED_GROUP")], [("Valle", "*")], [], []),
    ("combattants-de",
     "The Combattants de la Savane claimed the attack on the convoy near Birao.",
     [("Combattants de la Savane", "ARMED_GROUP")], [], [], []),
    ("guerreros-no-joiner",
     "Two guerreros were seen in Tlaxiaco, a farmer said.",
     [], [("guerreros", "*")], [], []),
]

CUT_AT_AND: list[Case] = [
    ("state-and-defence-force",
     "The Saint Kitts and Nevis Defence Force patrolled the coast.",
     [("Saint Kitts and Nevis Defence Force", "ARMED_GROUP")],
     [("Nevis Defence Force", "*"), ("Saint Kitts", "FACILITY")], [], []),
]

TITLE_READ: list[Case] = [
    ("plural-federations",
     "The Four Federations of the Lowlands of Tarabuco called a blockade of the highway.",
     [("Four Federations of the Lowlands of Tarabuco", "ORGANIZATION")], [], [], []),
    ("book-title",
     "He read The Chronicles of Karvonia aloud to the class.",
     [], [("Chronicles of Karvonia", "*")], [], []),
]

OFFICES: list[Case] = [
    ("attorney-general-office",
     "The Attorney General's Office opened an investigation into the killings in Kasese.",
     [("Attorney General's Office", "GOVERNMENT_BODY")], [], [], []),
    ("special-prosecutor-office",
     "Jelena Markovic heads the Special State Prosecutor's Office, which brought the case "
     "against the Drakovo clan.",
     [("Special State Prosecutor's Office", "GOVERNMENT_BODY"),
      ("Jelena Markovic", "PERSON")], [], [], []),
    ("prime-minister-office",
     "Officials at the Prime Minister's Office declined to comment on Tuesday.",
     [("Prime Minister's Office", "GOVERNMENT_BODY")], [], [], []),
    ("demonym-before-office",
     "The Kenyan Attorney General's Office said it would appeal the ruling.",
     [("Attorney General's Office", "GOVERNMENT_BODY"), ("Kenya", "STATE")],
     [("Kenyan Attorney General's Office", "*")], [], []),
    ("place-prosecutor-office",
     "A spokeswoman for the Lille prosecutor's office said four people were arrested.",
     [("Lille prosecutor's office", "GOVERNMENT_BODY"), ("Lille", "LOCATION")], [], [], []),
    ("place-public-prosecutor-office",
     "The Kandi public prosecutor's office charged the three men on Monday.",
     [("Kandi public prosecutor's office", "GOVERNMENT_BODY")], [], [], []),
    ("prosecutors-no-office",
     "Prosecutors in Lyon said the men were held overnight.",
     [("Lyon", "LOCATION")], [("Lyon prosecutor's office", "*"), ("Prosecutors", "*")],
     [], []),
    ("department-of-the-treasury",
     "In May the United States Department of the Treasury sanctioned the Drakovo clan.",
     [("United States Department of the Treasury", "GOVERNMENT_BODY")],
     [("Treasury", "*")], [], []),
    ("ministry-of-the-interior-demonym",
     "The Zambian Ministry of the Interior banned the rally in Ndola.",
     [("Ministry of the Interior", "GOVERNMENT_BODY")], [("Interior", "*")], [], []),
    ("ministry-of-the-armed-forces",
     "Officials at the Ministry of the Armed Forces said two soldiers died in Bouaké.",
     [("Ministry of the Armed Forces", "GOVERNMENT_BODY")],
     [("Ministry of the Armed Forces", "ARMED_GROUP")], [], []),
    ("person-office-no-body",
     "Amina Yusuf's office in Kano was searched by the police.",
     [], [("Amina Yusuf's office", "*")], [], []),
]

OWNED_BODIES: list[Case] = [
    ("owned-then-bare",
     "Zambia's Ministry of Defence accused rebels of shelling Mpulungu. The Ministry of "
     "Defence said one soldier was hurt.",
     [("Zambian Ministry of Defence", "GOVERNMENT_BODY")],
     [("Ministry of Defence", "GOVERNMENT_BODY")], [], []),
    ("two-owners-bare-is-neither",
     "Zambia's Ministry of Defence accused Malawi's Ministry of Defence of lying. The "
     "Ministry of Defence said one soldier was hurt.",
     [("Zambian Ministry of Defence", "GOVERNMENT_BODY"),
      ("Malawian Ministry of Defence", "GOVERNMENT_BODY")], [], [], []),
]

FOREIGN_RANKS: list[Case] = [
    ("commissaire",
     "Commissaire Julien Moreau of the Anti-Narcotics Office said six men were held in "
     "Toulon.",
     [("Julien Moreau", "PERSON")], [("Commissaire Julien Moreau", "PERSON")], [], []),
    ("teniente",
     "Teniente Carlos Mejía was killed in the ambush near Tumaco, the navy said.",
     [("Carlos Mejía", "PERSON")], [("Teniente Carlos Mejía", "PERSON")], [], []),
    ("rank-word-in-town",
     "Police in Coronel Oviedo arrested two men linked to the rebels.",
     [("Coronel Oviedo", "LOCATION")], [("Oviedo", "*")], [], []),
    ("rank-word-as-surname",
     "Emma Coronel was released from prison in Texas.",
     [("Emma Coronel", "PERSON")], [("Emma", "*")], [], []),
]

STATE_SPELLINGS: list[Case] = [
    ("guinea-bissau-hyphen",
     "Soldiers loyal to the president said Guinea-Bissau would hold the vote in November.",
     [("Guinea-Bissau", "STATE")], [("Guinea", "STATE")], [], []),
    ("guinea-alone",
     "Guinea closed its border with Sierra Leone on Monday.",
     [("Guinea", "STATE")], [("Guinea-Bissau", "*")], [], []),
]

_ARGS = ("text", "read", "not_read", "asserted", "not_asserted")


@pytest.mark.parametrize(_ARGS, name_params(
    BRANCHES + GROUPS + ROMANCE_BANDS + CUT_AT_AND + TITLE_READ + OFFICES
    + OWNED_BODIES + FOREIGN_RANKS + STATE_SPELLINGS, {}))
def test_names_fresh_news_shapes(nlp: Language, text: str, read: list[Named],
                                 not_read: list[Named], asserted: list[Triple],
                                 not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


@pytest.mark.parametrize(("text", "name", "alias"), [
    ("Police in Antwerp said the Tarvel group had shot at a rival's flat.", "Tarvel",
     "Tarvel group"),
    ("The Drakovo clan's partnership with the Ruskovic group, a gang based in Novi Sad, "
     "lasted a decade.", "Ruskovic", "Ruskovic group"),
])
def test_group_noun_is_alias(nlp: Language, text: str, name: str, alias: str) -> None:
    """"the Tarvel group": the name is the actor, the name and its noun an alias of it."""
    ex = extract_document(nlp, text, "t.txt")
    actor = next((a for a in ex.actors if a.name == name), None)
    assert actor is not None, sorted(a.name for a in ex.actors)
    assert alias in actor.aliases, actor.aliases


def test_bare_name_of_owned_body_is_its_alias(nlp: Language) -> None:
    """The bare name is one of the owned body's names; with two owners, neither's."""
    one = extract_document(nlp, "Zambia's Ministry of Defence accused rebels of shelling "
                           "Mpulungu. The Ministry of Defence said one soldier was hurt.",
                           "t.txt")
    body = next(a for a in one.actors if a.name == "Zambian Ministry of Defence")
    assert "Ministry of Defence" in body.aliases
    two = extract_document(nlp, "Zambia's Ministry of Defence accused Malawi's Ministry of "
                           "Defence of lying.", "t.txt")
    assert not any("Ministry of Defence" in a.aliases for a in two.actors), [
        (a.name, a.aliases) for a in two.actors]
