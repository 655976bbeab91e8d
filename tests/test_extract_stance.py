"""Stance in official statements: who backs whom, who fights whom through the party
backed, and what a coalition does through its members. Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases, triples

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # support named by its giver: the doer of the clause is the one helped
    ("with-the-support-of", "The Peshmerga recaptured Sinjar with the support of the "
     "United States.", [("United States", "BACKS", "Peshmerga")]),
    ("with-help-from", "The Syrian army recaptured Palmyra with help from Russia.",
     [("Russia", "BACKS", "Syrian forces")]),
    ("aided-by-support-from", "The Peshmerga, aided by air support from the United States, "
     "retook Sinjar.", [("United States", "BACKS", "Peshmerga")]),
    ("clause-aided-by-support-from", "I welcome the news that the Peshmerga freed the town of "
     "Sinjar from ISIL control, helped by heavy air support from the United States.",
     [("United States", "BACKS", "Peshmerga")]),
    ("received-support-from", "The Houthis received support from Iran.",
     [("Iran", "BACKS", "Houthis")]),
    ("passive-with-the-help-of", "Omar Haddad was captured by the Peshmerga with the help of "
     "US forces.", [("US forces", "BACKS", "Peshmerga")]),
    # violence by another name, and "whose"
    ("whose-acts-of-terror", "Ministers swore to beat ISIL, whose acts of terror in Europe "
     "shocked the world.", [("Islamic State", "TARGETS", "Europe")]),
    # the party backed is the one fighting
    ("backs-to-defeat", "Britain backs the Peshmerga to degrade and defeat ISIL.",
     [("United Kingdom", "BACKS", "Peshmerga"), ("Peshmerga", "TARGETS", "Islamic State")]),
    ("supports-in-defeating", "The UK supports Iraq in defeating ISIL.",
     [("Iraq", "TARGETS", "Islamic State")]),
    ("supports-against", "Turkey is committed to supporting the Syrian National Army against "
     "the brutality of ISIL.", [("Syrian National Army", "TARGETS", "Islamic State")]),
    ("stands-with-to-defeat", "The UK stands with Iraq to defeat Daesh.",
     [("Iraq", "TARGETS", "Islamic State"), ("United Kingdom", "TARGETS", "Islamic State")]),
    # a body named with its leader or representative set off by commas
    ("led-by-set-off", "Talks between the Federal Government of Somalia, led by Prime "
     "Minister Adel Karim, and the Puntland State Government, represented by Prime Minister "
     "Omar Hakim, resumed.", [("Adel Karim", "LEADS", "Federal Government of Somalia"),
                              ("Omar Hakim", "MEMBER_OF", "Puntland State Government")]),
    ("headed-by", "The Free Syrian Army, headed by Salim Idris, rejected the plan.",
     [("Salim Idris", "LEADS", "Free Syrian Army")]),
    # the owner of a plan or effort named in front of it
    ("named-efforts-to-support", "This shows the value of Coalition efforts to support the "
     "Peshmerga.", [("Global Coalition against ISIS", "BACKS", "Peshmerga")]),
    ("named-efforts-to-defeat", "Britain remains committed to the Global Coalition efforts to "
     "degrade and defeat Daesh.", [("Global Coalition against ISIS", "TARGETS", "Islamic State")]),
    # criticism of an attack falls on its author
    ("condemned-attacks-on", "Saudi Arabia condemned the Houthi attacks on Riyadh.",
     [("Saudi Arabia", "CRITICIZES", "Houthis")]),
    # a commitment owned by the subject ("its") or by the one named
    ("reaffirmed-its-commitment-to-defeating", "Britain reaffirmed its commitment to defeating "
     "ISIL.", [("United Kingdom", "TARGETS", "Islamic State")]),
    ("its-determination-to-defeat", "Jordan reaffirmed its determination to defeat ISIL.",
     [("Jordan", "TARGETS", "Islamic State")]),
    ("named-commitment", "Britain reiterated the Coalition's commitment to defeating ISIL.",
     [("Global Coalition against ISIS", "TARGETS", "Islamic State")]),
    # asking is not doing, but the demand itself is an edge
    ("urged-another", "The UK urged Iraq to defeat ISIL.", [("United Kingdom", "DEMANDS", "Iraq")]),
    ("asked-to-join-oneself", "Hezbollah asked to join the fight against ISIL.",
     [("Hezbollah", "TARGETS", "Islamic State")]),
    ("attacks-by-in-town", "The United States condemns the attacks by ISIL in Tikrit.",
     [("Islamic State", "TARGETS", "Tikrit")]),
    # a claim of responsibility names the attacker of the target last named
    ("claimed-responsibility-for", "The Peshmerga came under attack. Hezbollah claimed "
     "responsibility for the attacks.", [("Hezbollah", "TARGETS", "Peshmerga")]),
    # a coalition acts through its members
    ("working-as-part-of", "Canada has worked as part of the Global Coalition to defeat ISIL.",
     [("Global Coalition against ISIS", "TARGETS", "Islamic State"),
      ("Canada", "MEMBER_OF", "Global Coalition against ISIS")]),
    ("as-a-member-of", "Jordan, as a member of the Global Coalition, struck ISIL positions.",
     [("Global Coalition against ISIS", "TARGETS", "Islamic State"),
      ("Jordan", "MEMBER_OF", "Global Coalition against ISIS")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("sought-support-is-not-given", "Hezbollah sought support from Iran.",
     [("*", "BACKS", "*")]),
    ("denied-receiving-support", "The Houthis denied receiving support from Iran.",
     [("*", "BACKS", "*")]),
    ("acts-of-kindness", "Leaders praised Hamas, whose acts of kindness in Gaza were filmed.",
     [("*", "TARGETS", "*")]),
    ("backer-does-not-fight", "Britain backs the Peshmerga to degrade and defeat ISIL.",
     [("United Kingdom", "TARGETS", "*")]),
    ("backed-to-rebuild", "The UK supports Iraq to rebuild Mosul.", [("*", "TARGETS", "*")]),
    ("refused-backing-in-attack", "Britain does not support the Peshmerga in attacking Kirkuk.",
     [("*", "TARGETS", "*")]),
    ("leader-of-the-next-body", "We welcome the agreement between the Federal Government of "
     "Somalia, led by Prime Minister Adel Karim, and the Puntland State Government, represented "
     "by Prime Minister Omar Hakim, on budget shares.",
     [("Adel Karim", "LEADS", "Puntland State Government")]),
    ("state-represented-by-state", "Syria, represented by Russia, objected to the text.",
     [("*", "MEMBER_OF", "*")]),
    ("welcomer-of-named-efforts", "The Coalition welcomed Peshmerga efforts to defeat ISIL.",
     [("Global Coalition against ISIS", "TARGETS", "*")]),
    ("victim-is-not-criticised", "Iran condemned the killing of Qasem Soleimani in Baghdad.",
     [("Iran", "CRITICIZES", "*")]),
    ("town-of-the-attack-is-not-criticised", "The United States condemns ISIL's suicide bombings "
     "in the village of Tel Tamer in Hasaka Province.",
     [("United States", "CRITICIZES", "Tel Tamer")]),
    ("discussing-support-is-not-giving-it", "Antony Blinken will meet Iraqi officials to "
     "discuss support for the Popular Mobilization Forces.", [("*", "BACKS", "*")]),
    ("ended-support", "The United States ended its support for the Free Syrian Army.",
     [("*", "BACKS", "*")]),
    ("backer-and-backed-not-joint-doers", "The UK stands with Iraq to defeat Daesh.",
     [("*", "COOPERATES_WITH", "*")]),
    ("urged-another-to-attack", "The UK urged Iraq to defeat ISIL.", [("*", "TARGETS", "*")]),
    ("called-on-another-to-attack", "Iran called on Hezbollah to attack Israel.",
     [("*", "TARGETS", "*")]),
    ("asked-another-to-stop", "The US asked Turkey to stop attacking the SDF.",
     [("*", "TARGETS", "*")]),
    ("reporter-of-named-commitment", "Britain reiterated the Coalition's commitment to "
     "defeating ISIL.", [("United Kingdom", "TARGETS", "*")]),
    ("a-duty-is-no-claim", "There were rocket attacks on the Peshmerga. Russia has a special "
     "responsibility to press the Syrian army to end its attacks.", [("Russia", "*", "*")]),
    ("pressed-to-end-is-no-truce", "There were rocket attacks on the Peshmerga. Iran pressed "
     "Hezbollah to end its attacks.", [("*", "CEASEFIRE_WITH", "*")]),
    ("strikes-by-in-a-state", "The strikes by the Coalition in Syria in support of the SDF "
     "continued.", [("*", "TARGETS", "Syria")]),
    ("part-of-a-deal", "As part of the deal, Hamas freed two hostages.",
     [("*", "MEMBER_OF", "*")]),
    ("member-in-apposition-only", "Jordan, a member of the Global Coalition, condemned ISIL.",
     [("Global Coalition against ISIS", "*", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_ended_support_is_kept_as_denied(nlp: Language) -> None:
    ex = extract_document(nlp, "The United States ended its support for the Free Syrian Army.",
                          "t.txt")
    assert ("United States", "BACKS", "Free Syrian Army") in triples(ex, negated=True)
