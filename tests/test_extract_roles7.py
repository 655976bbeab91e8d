"""Leaders, members, units and their bodies in the shapes of articles nobody had developed
on: an office's head named by a two-word title ("the director general of Y", "the
Secretary-General of Y, X", "the Chief Administrator of Y, X"); one commander among many
("a sub-zonal commander of Y", "a Y commander") a member, not the head; "serving with
Y"; a title or a unit told by "is" ("Its leader is X", "Its principal unit there is the
Y Front") or set off after the unit ("the Y Brigade, the group's largest unit"); "the
body of which Y is the armed wing"; "X, the director of Y, who also chairs Z" (X chairs
Z); fellow members only beside a verb of joining. Own sentences, invented names.

Must-nots: a former holder of a state's post; a deputy; a breakaway faction, a split,
a defection; a tie "until" a past date; a spokesman of no body, one who speaks about a
group; "Its former leader is X", "Its leader was X", "Its main rival is Y"; "police
identified the men as members of Y" (the men's tie, not the police's); "X will join
Y", "X joined Y in patrolling Z" (no member); "broke with A", "sided with A" (no fellow
member); the body the director runs is not the chair of what he chairs.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

POSITIVE: list[Row] = [
    # an office's head by a two-word title
    ("director-general-lower", "Salim Oduya, the director general of the National Water "
     "Agency, said the dam was safe.",
     [("Salim Oduya", "LEADS", "National Water Agency")]),
    ("director-general-long", "\"Those who did this will be found,\" said Salim Oduya, "
     "director general of the Ruvan Coast Guard, who flew to the port on Friday morning.",
     [("Salim Oduya", "LEADS", "Ruvan Coast Guard")]),
    ("secretary-general-set-off", "The Secretary-General of the Sahel Lakes Commission, "
     "Omar Kaya, condemned the attack.",
     [("Omar Kaya", "LEADS", "Sahel Lakes Commission")]),
    ("chief-administrator-set-off", "He later met the Chief Administrator of the Kivu "
     "Special Administrative Area, Omar Kaya, to discuss the return of displaced families.",
     [("Omar Kaya", "LEADS", "Kivu Special Administrative Area")]),
    # one commander among many
    ("sub-zonal-commander", "Police identified one of the dead as Omar Kaya, a sub-zonal "
     "commander of the Ruvan People's Army who carried a large reward.",
     [("Omar Kaya", "MEMBER_OF", "Ruvan People's Army")]),
    ("a-group-commander", "Omar Kaya, a Ruvan People's Army commander, was killed in "
     "the raid.",
     [("Omar Kaya", "MEMBER_OF", "Ruvan People's Army")]),
    # serving with a body
    ("serving-with", "Omar Kaya, a sergeant serving with the Ruvan Defence Force, was "
     "killed at a checkpoint.",
     [("Omar Kaya", "MEMBER_OF", "Ruvan Defence Force")]),
    ("who-serves-in", "Investigators blamed the gang for the death of Omar Kaya, a "
     "traffic officer who serves in the Kasai Provincial Police, in January.",
     [("Omar Kaya", "MEMBER_OF", "Kasai Provincial Police")]),
    # a title or a unit told by "is"
    ("its-leader-is", "The Tana Freedom Front was formed in 2019 by deserters. Its "
     "leader is Salim Oduya, a former teacher.",
     [("Salim Oduya", "LEADS", "Tana Freedom Front")]),
    ("its-principal-unit-is", "The Tana Freedom Front controls the hills. Its principal "
     "unit there is the Kivu Brigade, which lives off gold.",
     [("Kivu Brigade", "PART_OF", "Tana Freedom Front")]),
    ("groups-main-unit-is", "The Tana Freedom Front controls the hills. The group's main "
     "unit in the south is the Kivu Brigade.",
     [("Kivu Brigade", "PART_OF", "Tana Freedom Front")]),
    ("named-owners-unit-is", "The Tana Freedom Front's main unit in the south is the "
     "Kivu Brigade.",
     [("Kivu Brigade", "PART_OF", "Tana Freedom Front")]),
    ("unit-set-off-after", "The Tana Freedom Front split in 2020. Its leader, Salim "
     "Oduya, also commands the Kivu Brigade, the group's largest unit.",
     [("Kivu Brigade", "PART_OF", "Tana Freedom Front")]),
    # the body of which Y is the armed wing
    ("of-which-armed-wing", "Villagers fled from the Kasai People's Council, the "
     "political body of which the Kasai Defence Army is the armed wing.",
     [("Kasai Defence Army", "PART_OF", "Kasai People's Council")]),
    ("of-which-wing-set-off", "The Sunrise Council, of which the Corvo Brigades are the "
     "armed wing, condemned the raid.",
     [("Corvo Brigades", "PART_OF", "Sunrise Council")]),
    # "who" after a title set off: the person
    ("who-after-title-of-body", "Omar Kaya, the director of the Federal Intelligence "
     "Agency, who also chairs the National Defence Board, spoke on Monday.",
     [("Omar Kaya", "LEADS", "National Defence Board")]),
    # a body named again by its name's head noun, or "the faction"
    ("spokeswoman-for-the-association", "The Ruvan Guards' Association accused the "
     "government of abandoning officers. \"We have warned for years,\" said Ana Lopes, a "
     "spokeswoman for the association.",
     [("Ana Lopes", "SPOKESPERSON_FOR", "Ruvan Guards' Association")]),
    # a deputy minister is one of the ministry's people
    ("deputy-minister-ministry", "HANOI, Vietnam - Ana Lopes, spokeswoman for Vietnam's "
     "Ministry of Foreign Affairs, said Deputy Foreign Minister Tran Quoc Thang had met the "
     "ambassador.",
     [("Tran Quoc Thang", "MEMBER_OF", "Vietnamese Ministry of Foreign Affairs")]),
    # a post after "as" said of the subject: a passive, or the subject itself
    ("was-described-as-member", "Omar Kaya, who was described as a member of the Red "
     "Sierra Front, was arrested.",
     [("Omar Kaya", "MEMBER_OF", "Red Sierra Front")]),
    ("identifies-as-member", "Omar Kaya, who identifies as a member of the Red Sierra "
     "Front, was arrested.",
     [("Omar Kaya", "MEMBER_OF", "Red Sierra Front")]),
    ("describes-himself-as-member", "Omar Kaya, who describes himself as a member of the "
     "Red Sierra Front, was arrested.",
     [("Omar Kaya", "MEMBER_OF", "Red Sierra Front")]),
    ("leader-of-breakaway-faction", "Salim Oduya, leader of the breakaway faction Kivu "
     "Front, spoke on Monday.",
     [("Salim Oduya", "LEADS", "Kivu Front")]),
    # fellow members beside a verb of joining
    ("joined-along-with", "In 2019 the Kivu Brigade joined the Ruvan Patriotic Alliance, "
     "along with the Tana Lions.",
     [("Tana Lions", "MEMBER_OF", "Ruvan Patriotic Alliance")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[Row] = [
    # a general's rank, a deputy: no head
    ("a-general-of", "Omar Kaya, a general of the Ruvan Defence Force, was killed.",
     [("Omar Kaya", "LEADS", "*")]),
    ("deputy-director-general", "Omar Kaya, the deputy director general of the National "
     "Water Agency, said the dam was safe.",
     [("Omar Kaya", "LEADS", "*")]),
    ("a-sub-zonal-commander", "Omar Kaya, a sub-zonal commander of the Ruvan People's "
     "Army, was shot dead.",
     [("Omar Kaya", "LEADS", "*")]),
    # a former holder of a state's post
    ("former-chief-of-forces", "The talks are moderated by Omar Kaya, a former chief of "
     "the Zambian armed forces.",
     [("Omar Kaya", "MEMBER_OF", "*"), ("Omar Kaya", "LEADS", "*")]),
    ("former-minister-of-state", "Omar Kaya, a former Ruvan minister who holds wide "
     "powers under the accord, condemned the blockade.",
     [("Omar Kaya", "MEMBER_OF", "*")]),
    # a serving that is past, or a place
    ("served-in-place", "Omar Kaya, a sergeant serving in Kasai, was killed by the "
     "Ruvan Defence Force.",
     [("Omar Kaya", "MEMBER_OF", "*")]),
    # a title told by "is" that is no holder's now, or no title
    ("its-former-leader-is", "The Tana Freedom Front was formed in 2019. Its former "
     "leader is Salim Oduya.",
     [("Salim Oduya", "LEADS", "*")]),
    ("its-leader-was", "The Tana Freedom Front was formed in 2019. Its leader was Salim "
     "Oduya.",
     [("Salim Oduya", "LEADS", "*")]),
    ("its-main-rival-is", "The Tana Freedom Front controls the hills. Its main rival is "
     "the Kivu Brigade.",
     [("Kivu Brigade", "PART_OF", "*")]),
    ("of-which-critic", "Villagers fled from the Kasai People's Council, the political "
     "body of which the Kasai Defence Army is the fiercest critic.",
     [("Kasai Defence Army", "PART_OF", "*")]),
    # the men's tie, not the police's
    ("identified-as-members", "Kenyan police identified the two men as members of the "
     "Red Sierra Front.",
     [("*", "MEMBER_OF", "Red Sierra Front")]),
    ("men-police-identified-as", "Gunmen killed two men the Kenyan police identified as "
     "members of the Red Sierra Front.",
     [("Kenyan police", "MEMBER_OF", "*")]),
    ("whom-police-describe-as", "Omar Kaya, whom Kenyan police describe as a member of "
     "the Red Sierra Front, was arrested.",
     [("Kenyan police", "MEMBER_OF", "*")]),
    # joining to come, or acting together
    ("will-join-in-patrolling", "The Kivu Brigade will join the Ruvan Patriotic Army in "
     "patrolling Kasai.",
     [("Kivu Brigade", "MEMBER_OF", "*")]),
    ("joined-in-patrolling", "The Kivu Brigade joined the Ruvan Patriotic Army in "
     "patrolling Kasai.",
     [("Kivu Brigade", "MEMBER_OF", "*")]),
    ("will-join-body", "Ruvania will join the Sahel Lakes Commission next year.",
     [("Ruvania", "MEMBER_OF", "*")]),
    # a split, a side taken: no fellow member
    ("broke-with-sided-with", "Omar Kaya, the deputy chairman of the Tana Council and a "
     "former leader of the Kivu Front who broke with the Ruvan Patriotic Alliance years "
     "ago and sided with the army, issued a warning.",
     [("Ruvan Patriotic Alliance", "MEMBER_OF", "*")]),
    ("heads-with-deputy", "Salim Oduya heads the Tana Council, with the Kivu Front as "
     "its partner.",
     [("Kivu Front", "MEMBER_OF", "*")]),
    # a former deputy minister heads nothing and is no member now
    ("former-deputy-minister", "KAMPALA, Uganda - The former deputy foreign minister "
     "Omar Kaya criticised Uganda's Ministry of Foreign Affairs.",
     [("Omar Kaya", "MEMBER_OF", "Ugandan Ministry of Foreign Affairs"),
      ("Omar Kaya", "LEADS", "*")]),
    # a split or a defection is no part or membership; a tie that ended
    ("breakaway-faction-of", "The Kivu Front, a breakaway faction of the Tana Lions, "
     "attacked the port.",
     [("Kivu Front", "PART_OF", "*"), ("Kivu Front", "MEMBER_OF", "*")]),
    ("faction-split-from", "The Kivu Front, a faction that split from the Tana Lions in "
     "2019, attacked the port.",
     [("Kivu Front", "PART_OF", "*"), ("Kivu Front", "MEMBER_OF", "*")]),
    ("defected-from", "Omar Kaya, who defected from the Tana Lions last year, was "
     "arrested.",
     [("Omar Kaya", "MEMBER_OF", "*")]),
    ("spoke-for-until", "Omar Kaya, who spoke for the Tana Lions until 2019, now farms.",
     [("Omar Kaya", "SPOKESPERSON_FOR", "*")]),
    # a spokesman with no body; one who speaks about a group
    ("spokesman-no-body", "\"The attack was a crime,\" a spokesman said. The Tana Lions "
     "denied it.",
     [("*", "SPOKESPERSON_FOR", "*")]),
    ("speaks-about-group", "Omar Kaya, who often speaks about the Tana Lions on radio, "
     "said the group was weak.",
     [("Omar Kaya", "SPOKESPERSON_FOR", "*")]),
    # the body the director runs does not chair what he chairs
    ("body-not-chair", "Omar Kaya, the director of the Federal Intelligence Agency, who "
     "also chairs the National Defence Board, spoke on Monday.",
     [("Federal Intelligence Agency", "LEADS", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), rows(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
