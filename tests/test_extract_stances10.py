"""Stances and dealings read from news developed on in the batches 184-199: envoys of two
named sides who met ("officials from X and Y met"); two sides who said they would act
together ("X and Y announced that they would coordinate their operations", "shared
intelligence"); the act a side is judged for is the side's ("X criticised Y for pulling
its units out of Z": Y withdrew); those picked out of the ones a sanction named ("Among
the companies designated was Z"). And what is not read: a sanction on a group's leaders
is none on the group; the critic of a withdrawal did not withdraw; a border shared is
no cooperation; men killed are no meeting. Own sentences, with invented or generic
names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("officials-from-pair-met", "Ali Moussa said army officers from Ghana and Togo had met "
     "in the border town of Aflao on Monday.", [("Ghana", "MEETS_WITH", "Togo")]),
    ("pair-said-they-would-coordinate", "In May the Karen National Union and the Chin "
     "National Front announced that they would coordinate their attacks on the army.",
     [("Karen National Union", "COOPERATES_WITH", "Chin National Front")]),
    ("pair-shared-intelligence", "Ghana and Togo have shared intelligence on the smuggling "
     "gangs since 2021.", [("Ghana", "COOPERATES_WITH", "Togo")]),
    ("pair-said-they-would-attack", "The Tolo Liberation Front and the Kidal Patriotic "
     "Movement said they would attack the Malian Army.",
     [("Tolo Liberation Front", "THREATENS", "Malian Army"),
      ("Kidal Patriotic Movement", "THREATENS", "Malian Army")]),
    ("criticised-for-pulling-out", "Amadou Kessel criticised the Malian Army for pulling "
     "its units out of Kidal in August.",
     [("Amadou Kessel", "CRITICIZES", "Malian Army"), ("Malian Army", "WITHDRAWS_FROM", "Kidal")]),
    ("praised-for-withdrawing", "The mayor praised the Malian Army for withdrawing from "
     "Gao.", [("Malian Army", "WITHDRAWS_FROM", "Gao")]),
    ("was-criticised-for-withdrawing", "The Malian Army was criticised for withdrawing from "
     "Kidal.", [("Malian Army", "WITHDRAWS_FROM", "Kidal")]),
    ("among-the-companies-designated", "The Office of Foreign Assets Control also sanctioned "
     "Tarik Mansour, who commands the Kidal Brigade. Among the companies designated was "
     "Baro Gold Trading Ltd, a haulage firm based in Kidal.",
     [("Office of Foreign Assets Control", "SANCTIONS", "Baro Gold Trading Ltd")]),
    ("sanctions-on-group", "Britain on Wednesday imposed sanctions on the Tolo Liberation "
     "Front.", [("United Kingdom", "SANCTIONS", "Tolo Liberation Front")]),
    ("demanded-that-subjunctive", "Algeria demanded that Mali return the drone's wreckage.",
     [("Algeria", "DEMANDS", "Mali")]),
    ("truce-between-pair-brokered", "In January Qatar brokered a truce between the Tolo "
     "Liberation Front and the Kidal Patriotic Movement.",
     [("Tolo Liberation Front", "CEASEFIRE_WITH", "Kidal Patriotic Movement")]),
    ("deepened-cooperation-with", "The European Union deepened its cooperation with Togo.",
     [("European Union", "COOPERATES_WITH", "Togo")]),
    ("reiterated-his-call-on", "Ali Moussa said Ivo Marek reiterated his call on the Tolo "
     "Liberation Front to withdraw from Kidal.",
     [("Ivo Marek", "DEMANDS", "Tolo Liberation Front")]),
    ("backed-by-countrys-cartel", "US officials say the Tolo Front is backed by Mexico's "
     "Sinaloa Cartel, which moves cocaine to Europe.",
     [("Sinaloa Cartel", "BACKS", "Tolo Front")]),
    ("condemned-violence-by", "Ghana condemned the violence by Togolese soldiers.",
     [("Ghana", "CRITICIZES", "Togolese forces")]),
    ("group-in-place-which-is-allied", "The Tolo Front, the main armed group in northern "
     "Mali, which is allied with Algeria, attacked Gao.",
     [("Tolo Front", "ALLIED_WITH", "Algeria")]),
    ("force-set-off-after-its-head", "Ali Moussa, the leader of the Tolo Front, the armed "
     "group in northern Mali with which the Kidal Patriotic Movement is aligned, spoke in Gao.",
     [("Kidal Patriotic Movement", "ALLIED_WITH", "Tolo Front")]),
    ("last-of-pair-which-fights", "Fighting has intensified near Tina between the Malian Army "
     "and the Tolo Front, which fights alongside the Kidal Patriotic Movement.",
     [("Tolo Front", "ALLIED_WITH", "Kidal Patriotic Movement")]),
    ("we-demanded-said-member", "Amina Duale, a member of the Kidal regional council, said "
     "the army plan must be applied to Gao first. \"We have demanded that the Tolo Front "
     "hand its checkpoints to the army and leave our towns,\" she said.",
     [("Kidal regional council", "DEMANDS", "Tolo Front"),
      ("Amina Duale", "DEMANDS", "Tolo Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("officials-from-pair-killed", "Army officers from Ghana and Togo were killed in the "
     "border town of Aflao on Monday.", [("Ghana", "MEETS_WITH", "Togo")]),
    ("pair-said-they-would-stop", "In May the Karen National Union and the Chin National "
     "Front said they would stop their attacks on the army.",
     [("Karen National Union", "COOPERATES_WITH", "Chin National Front")]),
    ("pair-shared-border", "Ghana and Togo have shared a border since 1957.",
     [("Ghana", "COOPERATES_WITH", "Togo")]),
    ("one-said-they-would-attack", "The Tolo Liberation Front said they would attack the "
     "Malian Army.", [("Malian Army", "THREATENS", "*")]),
    # the critic of a withdrawal did not withdraw
    ("critic-did-not-withdraw", "Amadou Kessel criticised the Malian Army for pulling its "
     "units out of Kidal in August.", [("Amadou Kessel", "WITHDRAWS_FROM", "*")]),
    ("among-the-companies-questioned", "The Office of Foreign Assets Control also sanctioned "
     "Tarik Mansour, who commands the Kidal Brigade. Among the companies questioned was "
     "Baro Gold Trading Ltd, a haulage firm based in Kidal.",
     [("*", "SANCTIONS", "Baro Gold Trading Ltd")]),
    # a sanction on a group's leaders is on them, not on the group
    ("sanctions-on-leaders-of", "Britain on Wednesday imposed sanctions on two senior "
     "leaders of the Tolo Liberation Front and five companies.",
     [("United Kingdom", "SANCTIONS", "Tolo Liberation Front")]),
    # an insistence on a fact is no demand; nor a relative clause on "demands"
    ("insisted-that-indicative", "Algeria insisted that Mali has no troops near the border.",
     [("Algeria", "DEMANDS", "Mali")]),
    ("demands-that-were-rejected", "Algeria has called for talks, demands that Mali has "
     "rejected.", [("Algeria", "DEMANDS", "Mali")]),
    # the broker of a truce between two sides is no party to it
    ("truce-broker-not-party", "In January Qatar brokered a truce between the rebels and "
     "the Kidal Patriotic Movement.", [("Qatar", "CEASEFIRE_WITH", "*")]),
    # cooperation urged on another is not done
    ("urged-to-strengthen-cooperation", "The European Union urges the Government of Ghana "
     "to strengthen cooperation with Togo against smuggling networks.",
     [("European Union", "COOPERATES_WITH", "Togo")]),
    # a call reported by a spokesman is its author's; the act called for is not done
    ("reported-call-not-speakers", "Ali Moussa said Ivo Marek reiterated his call on the "
     "Tolo Liberation Front to withdraw from Kidal.",
     [("Ali Moussa", "DEMANDS", "*"), ("*", "WITHDRAWS_FROM", "Kidal")]),
    # the backer's country is not backed
    ("backed-by-countrys-cartel-not-country", "US officials say the Tolo Front is backed "
     "by Mexico's Sinaloa Cartel, which moves cocaine to Europe.",
     [("Sinaloa Cartel", "BACKS", "Mexico")]),
    # the wronged are not criticised
    ("condemned-violence-against", "Ghana condemned all violence against civilians and "
     "Togolese soldiers.", [("Ghana", "CRITICIZES", "*")]),
    # a relative clause after a place is the group's, not the place's
    ("place-not-allied", "The Tolo Front, the main armed group in northern Mali, which is "
     "allied with Algeria, attacked Gao.", [("Mali", "ALLIED_WITH", "*")]),
    ("person-not-the-force", "Ali Moussa, the leader of the Tolo Front, the armed group in "
     "northern Mali with which the Kidal Patriotic Movement is aligned, spoke in Gao.",
     [("Kidal Patriotic Movement", "ALLIED_WITH", "Ali Moussa")]),
    # the clause set off after the last of a pair is not the first's
    ("first-of-pair-not-ally", "Fighting has intensified near Tina between the Tolo Front and "
     "the Joint Forces of the Kidal armed movements, which fight alongside the Malian Army.",
     [("Tolo Front", "ALLIED_WITH", "Malian Army")]),
    # a member's "we" in a quotation: the body's and the member's, not the members' own act
    ("we-demanded-said-member-no-act", "Amina Duale, a member of the Kidal regional council, "
     "spoke in Gao. \"We have demanded that the Tolo Front leave our towns,\" she said.",
     [("Tolo Front", "WITHDRAWS_FROM", "*"), ("Amina Duale", "DEMANDS", "Kidal regional council")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_stance_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_stance_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden, both_ways=True)
