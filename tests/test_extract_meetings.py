"""Meetings, calls and demands in diplomatic and UN prose, in short sentences and in the
long ones releases print (a title before the name, an acronym, a date, a list of
interlocutors, a call relayed from someone else).

Meetings: "met with the Chairman of X, NAME, and with senior officials of Y", "held talks
with Omani officials" (a demonym's officials stand for the state), "discussed the truce
with X", "received a delegation of X", "spoke by telephone with X" -> MEETS_WITH. Titles
before the name: "the Chairman of X, NAME" -> LEADS, "the chief negotiator of X, NAME" ->
MEMBER_OF. Calls: "urged X to", "called on X to", "reiterated the Secretary-General's call
on X to", "renewed his call for X to" -> DEMANDS X. Concern: "expressed deep concern at X's
offensive", "deplored the shelling by X" -> CRITICIZES the doer.

Must-nots: a meeting only planned or due ("plans to meet", "was due to meet", "is
expected to meet", "will hold talks"), an invitation, "met with resistance", "met the
deadline", "called on Monday", "called for calm", a phone call, calls on "all parties",
a welcome, concern for a side's safety, a truce only discussed.

Own sentences, with invented people, groups and towns, so each case shows the
construction."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

M, D, C, L, MO = "MEETS_WITH", "DEMANDS", "CRITICIZES", "LEADS", "MEMBER_OF"
TC, NLM, SPF = "Transitional Council", "Northern Liberation Movement", "Southern Patriotic Front"

MEETINGS: list[tuple[str, str, list[Triple]]] = [
    # a title before the name, then "and with" a state's officials
    ("met-chairman-and-officials",
     "The Special Envoy, Tomas Lindqvist, met with the Chairman of the Transitional Council, "
     "Yusuf Haddan, and with senior officials of Jordan.",
     [("Tomas Lindqvist", M, "Yusuf Haddan"), ("Tomas Lindqvist", M, "Jordan")]),
    ("met-chairman-and-officials-long",
     "The Special Envoy, Tomas Lindqvist, met in Amman on 12 April with the Chairman of the "
     "Transitional Council (TC), Dr. Yusuf Haddan, and with senior officials of Jordan, "
     "according to a statement issued by his office.",
     [("Tomas Lindqvist", M, "Yusuf Haddan"), ("Tomas Lindqvist", M, "Jordan")]),
    ("chairman-of-named-leads",
     "The Chairman of the Transitional Council, Yusuf Haddan, arrived in Amman on Monday.",
     [("Yusuf Haddan", L, TC)]),
    ("chairman-of-named-leads-long",
     "The Chairman of the Transitional Council (TC), Dr. Yusuf Haddan, who took office in "
     "March after the collapse of the previous cabinet, arrived in Amman on Monday, "
     "according to state television.",
     [("Yusuf Haddan", L, TC)]),
    ("met-chairman-leads",
     "The Special Envoy, Tomas Lindqvist, met with the Chairman of the Transitional Council, "
     "Yusuf Haddan, and with senior officials of Jordan.",
     [("Yusuf Haddan", L, TC)]),
    ("surname-talks-with-officials-and-with-negotiator",
     "In Muscat, Lindqvist held talks with Omani officials and with the chief negotiator of "
     "the Valley Front, Idris Kamal.",
     [("Lindqvist", M, "Oman"), ("Lindqvist", M, "Idris Kamal"),
      ("Idris Kamal", MO, "Valley Front")]),
    ("met-head-of-named",
     "Tomas Lindqvist met with the head of the Sahel Unity Front, Moussa Ag Ibrahim.",
     [("Tomas Lindqvist", M, "Moussa Ag Ibrahim"), ("Moussa Ag Ibrahim", L, "Sahel Unity Front")]),
    ("met-commander-of-named-long",
     "The Special Representative, Rafael Ortega, met with the commander of the Southern "
     "Patriotic Front (SPF), Julian Castano, in the southern port of Tumaco on Saturday, "
     "two days after the group freed four soldiers, according to residents.",
     [("Rafael Ortega", M, "Julian Castano"), ("Julian Castano", L, SPF)]),
    # a demonym's officials stand for the state
    ("talks-with-demonym-officials",
     "Tomas Lindqvist held talks with Ethiopian officials in Addis Ababa.",
     [("Tomas Lindqvist", M, "Ethiopia")]),
    ("talks-with-demonym-officials-and-negotiator-long",
     "The Special Envoy for the Horn of Africa, Amina Diallo, held talks in Addis Ababa on "
     "Thursday with senior Ethiopian officials and with the chief negotiator of the Northern "
     "Liberation Movement (NLM), Dawit Bekele, her office said in a statement.",
     [("Amina Diallo", M, "Ethiopia")]),
    ("negotiator-named-before-speaker-long",
     "The Special Envoy for the Horn of Africa, Amina Diallo, held talks in Addis Ababa on "
     "Thursday with senior Ethiopian officials and with the chief negotiator of the Northern "
     "Liberation Movement (NLM), Dawit Bekele, her office said in a statement.",
     [("Amina Diallo", M, "Dawit Bekele"), ("Dawit Bekele", MO, NLM)]),
    ("met-demonym-officials",
     "Amina Diallo met Kenyan officials in Nairobi on Monday.",
     [("Amina Diallo", M, "Kenya")]),
    ("talks-with-group-and-with-officials",
     "Amina Diallo held talks with the Northern Liberation Movement and with Ethiopian "
     "officials.",
     [("Amina Diallo", M, NLM), ("Amina Diallo", M, "Ethiopia")]),
    ("met-officials-of-group",
     "Amina Diallo met with officials of the Northern Liberation Movement.",
     [("Amina Diallo", M, NLM)]),
    # a matter discussed with someone
    ("discussed-truce-with",
     "Amina Diallo discussed the ceasefire with the Northern Liberation Movement.",
     [("Amina Diallo", M, NLM)]),
    ("discussed-truce-with-long",
     "The envoy, Amina Diallo, discussed the humanitarian truce with leaders of the Northern "
     "Liberation Movement (NLM), a coalition of armed factions that controls much of the "
     "highlands, in Mekelle on Friday, according to a UN statement.",
     [("Amina Diallo", M, NLM)]),
    ("discussed-situation-with",
     "Nguyen Van Tho discussed the situation in Hpakant with the Kachin Freedom Army.",
     [("Nguyen Van Tho", M, "Kachin Freedom Army")]),
    ("met-demonym-diplomats-long",
     "The chief of the Baloch Unity Council (BUC), Sardar Mir Baqir, met with Afghan "
     "diplomats in the border town of Chaman on Saturday, two days after clashes that left "
     "at least nine people dead, according to local officials.",
     [("Sardar Mir Baqir", M, "Afghanistan"), ("Sardar Mir Baqir", L, "Baloch Unity Council")]),
    ("spoke-by-telephone-with",
     "Amina Diallo spoke by telephone with Dawit Bekele on Sunday.",
     [("Amina Diallo", M, "Dawit Bekele")]),
    # receiving a delegation, talks in a town
    ("received-delegation-of",
     "Amina Diallo received a delegation of the Northern Liberation Movement in Nairobi.",
     [("Amina Diallo", M, NLM)]),
    ("talks-with-in-town",
     "Tomas Lindqvist held talks with the Valley Front in Khartoum on Sunday.",
     [("Tomas Lindqvist", M, "Valley Front")]),
    ("talks-with-in-town-long",
     "Tomas Lindqvist, the Norwegian diplomat who has led mediation efforts since 2023, held "
     "talks with the Valley Front (VF), an alliance of armed factions, in Khartoum on Sunday, "
     "according to two officials.",
     [("Tomas Lindqvist", M, "Valley Front")]),
]

MEETINGS_NOT: list[tuple[str, str, list[Triple]]] = [
    ("plans-to-meet",
     "Amina Diallo plans to meet Dawit Bekele next week.",
     [("*", M, "*")]),
    ("was-due-to-meet",
     "Amina Diallo was due to meet Dawit Bekele in Nairobi on Monday.",
     [("*", M, "*")]),
    ("was-due-to-meet-long",
     "The UN Special Envoy, Amina Diallo, was due to meet the chief negotiator of the Northern "
     "Liberation Movement (NLM), Dawit Bekele, in Nairobi on Monday, a UN spokesman said.",
     [("*", M, "*")]),
    ("is-expected-to-meet",
     "Amina Diallo is expected to meet Dawit Bekele in Nairobi on Monday.",
     [("*", M, "*")]),
    ("scheduled-to-hold-talks",
     "Amina Diallo is scheduled to hold talks with the Northern Liberation Movement on "
     "Monday.",
     [("*", M, "*")]),
    ("will-hold-talks",
     "Amina Diallo will hold talks with the Northern Liberation Movement in Nairobi.",
     [("*", M, "*")]),
    ("invited-to-talks",
     "Amina Diallo invited the Northern Liberation Movement to talks in Nairobi.",
     [("*", M, "*")]),
    ("denied-meeting",
     "Amina Diallo denied meeting Dawit Bekele.",
     [("*", M, "*")]),
    ("met-with-resistance",
     "The Northern Liberation Movement met with fierce resistance near Kaboro.",
     [("*", M, "*")]),
    ("met-the-deadline",
     "The Northern Liberation Movement met the deadline on Monday.",
     [("*", M, "*")]),
    ("discussed-truce-is-no-truce",
     "Amina Diallo discussed the ceasefire with the Northern Liberation Movement.",
     [("*", "CEASEFIRE_WITH", "*")]),
    ("met-lawyers-of",
     "Amina Diallo met with Dawit Bekele's lawyers.",
     [("*", M, "*")]),
]

DEMANDS: list[tuple[str, str, list[Triple]]] = [
    ("urged-to-release",
     "The envoy, Tomas Lindqvist, urged the Valley Front to release the detained staff.",
     [("Tomas Lindqvist", D, "Valley Front")]),
    ("urged-to-release-long",
     "The Special Representative of the Secretary-General, Rafael Ortega, on Tuesday urged "
     "the Southern Patriotic Front (SPF), a dissident faction that rejected the 2016 peace "
     "accord, to release the kidnapped engineers without conditions, according to a statement.",
     [("Rafael Ortega", D, SPF)]),
    ("called-on-to-free",
     "Rafael Ortega called on the Southern Patriotic Front to free the hostages.",
     [("Rafael Ortega", D, SPF)]),
    ("called-on-to-free-long",
     "In a statement issued in Bogota on Wednesday, the UN envoy, Rafael Ortega, called on the "
     "Southern Patriotic Front (SPF), which has held the engineers since March, to free the "
     "hostages, according to his office.",
     [("Rafael Ortega", D, SPF)]),
    ("reiterated-relayed-call",
     "Tomas Lindqvist reiterated the Secretary-General's call on the Valley Front to free the "
     "detained aid workers.",
     [("Tomas Lindqvist", D, "Valley Front")]),
    ("renewed-his-call-for",
     "Tomas Lindqvist renewed his call for the Valley Front to lift the siege of Tawila.",
     [("Tomas Lindqvist", D, "Valley Front")]),
    ("renewed-his-call-for-long",
     "The Special Envoy, Tomas Lindqvist, renewed his call for the Valley Front (VF) to lift "
     "its siege of the northern town of Tawila, where at least 40,000 people are trapped, "
     "according to aid agencies.",
     [("Tomas Lindqvist", D, "Valley Front")]),
]

DEMANDS_NOT: list[tuple[str, str, list[Triple]]] = [
    ("called-on-all-parties",
     "Rafael Ortega called on all parties to protect civilians.",
     [("*", D, "*")]),
    ("urged-all-sides-long",
     "The Special Envoy, Tomas Lindqvist, on Sunday urged all sides in the northern district "
     "of Swat, where fighting has displaced some 20,000 people, to respect the truce, "
     "according to a statement.",
     [("*", D, "*")]),
    ("called-on-all-armed-groups",
     "Rafael Ortega called on all armed groups to respect the truce.",
     [("*", D, "*")]),
    ("called-on-monday",
     "Amina Diallo called on Monday for an end to the fighting.",
     [("*", D, "*")]),
    ("called-for-calm",
     "Amina Diallo called for calm.",
     [("*", D, "*")]),
    ("phoned",
     "Amina Diallo called Dawit Bekele on Monday.",
     [("*", D, "*")]),
]

CONCERN: list[tuple[str, str, list[Triple]]] = [
    ("concern-at-owned-offensive",
     "Rafael Ortega expressed deep concern at the Southern Patriotic Front's offensive on "
     "Tumaco.",
     [("Rafael Ortega", C, SPF)]),
    ("concern-at-offensive-by-long",
     "The Special Representative, Rafael Ortega, expressed deep concern at the offensive by "
     "the Southern Patriotic Front (SPF) on the port town of Tumaco, which has forced more "
     "than 3,000 people to flee since Friday, according to residents.",
     [("Rafael Ortega", C, SPF)]),
    ("concern-over-attack-by",
     "Rafael Ortega expressed concern over the attack by the Southern Patriotic Front on "
     "Tumaco.",
     [("Rafael Ortega", C, SPF)]),
    ("concern-over-attack-on-by",
     "Rafael Ortega expressed concern over the attack on Tumaco by the Southern Patriotic "
     "Front.",
     [("Rafael Ortega", C, SPF)]),
    ("deplored-shelling-by-of",
     "Rafael Ortega deplored the shelling by the Southern Patriotic Front of the town of "
     "Tumaco.",
     [("Rafael Ortega", C, SPF)]),
    ("deplored-shelling-of-by",
     "Rafael Ortega deplored the shelling of Tumaco by the Southern Patriotic Front.",
     [("Rafael Ortega", C, SPF)]),
    ("condemned-in-strongest-terms",
     "Rafael Ortega condemned in the strongest terms the attack by the Southern Patriotic "
     "Front on Tumaco.",
     [("Rafael Ortega", C, SPF)]),
]

CONCERN_NOT: list[tuple[str, str, list[Triple]]] = [
    ("concern-for-safety-of",
     "Rafael Ortega expressed concern for the safety of the Southern Patriotic Front's "
     "detained fighters.",
     [("*", C, "*")]),
    ("concern-at-attack-on",
     "Rafael Ortega expressed concern at the attack on the Southern Patriotic Front.",
     [("*", C, SPF)]),
    ("welcomed-statement-by",
     "Rafael Ortega welcomed the statement by the Southern Patriotic Front.",
     [("*", C, "*")]),
    ("welcomed-release-by",
     "Rafael Ortega welcomed the release of the engineers by the Southern Patriotic Front.",
     [("*", C, "*")]),
    ("shelling-by-is-no-seat",
     "Rafael Ortega deplored the shelling by the Southern Patriotic Front of the town of "
     "Tumaco.",
     [(SPF, "LOCATED_IN", "*")]),
]


# Cases not read yet, and why.
NOT_YET: dict[str, str] = {
    "negotiator-named-before-speaker-long": "the parser hangs the name before 'her office "
                                            "said' on the speech verb, not on the title",
    "concern-over-attack-by": "the model's name runs on over 'on Tumaco' (one group 'Southern "
                              "Patriotic Front on Tumaco')",
    "condemned-in-strongest-terms": "the model's name runs on over 'on Tumaco' (one group "
                                    "'Southern Patriotic Front on Tumaco')",
}


def _cases(table: list[tuple[str, str, list[Triple]]]) -> list[Any]:
    """The table's cases, those in NOT_YET marked as expected failures."""
    return [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(
        strict=True, reason=NOT_YET[p.id])) if p.id in NOT_YET else p for p in cases(table)]


@pytest.mark.parametrize(("text", "expected"), _cases(MEETINGS + DEMANDS + CONCERN))
def test_meetings_calls_and_concern_are_read(nlp: Language, text: str,
                                             expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"),
                         _cases(MEETINGS_NOT + DEMANDS_NOT + CONCERN_NOT))
def test_meetings_calls_and_concern_must_nots(nlp: Language, text: str,
                                              forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
