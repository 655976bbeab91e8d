"""Posts and memberships in shapes the earlier readings missed: a party whose name opens
with a group's word and runs into an izafa over two words ("the party Jamaat Nasr-e-Islam,
led by Maulana X"); a body's name the model read as a law's ("the Federal Anti-Terrorism
Committee, which is chaired by X"); a region named only before "Chief Minister X"; the
head of a body's press or media office speaks for the body; the Inspector General of a
police force heads it, the force named after "of" whether the model read it or not; a
person "described as the boss who has led Y"; "the gang's leader, X" and "police named
the gang's leader as X"; "Its founding member is Y", "Its members are Y and Z"; "the Y
district governor, X"; a police named "the National Police Service" is the state's police
named generically. Own sentences, invented names.

Must-nots: a person's name with an izafa is no party; a law is no body; a people's
adjective before "First Minister" is no region; the head of a body's political office
is not its voice; an inspector general of a ministry, or a deputy inspector general of
the police, heads neither; a person "described as a man who fears Y"; "the gang" is no
police force nor gendarmerie; a title one could not name; a former member, a people.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

POSITIVE: list[Row] = [
    # a group's word, a name and an izafa: one party's name, not a person's
    ("izafa-two-words-led-by", "The religious party Jamaat Nasr-e-Islam, led by Maulana "
     "Tariq Hussain, called a strike across the district.",
     [("Tariq Hussain", "LEADS", "Jamaat Nasr-e-Islam")]),
    ("izafa-two-words-member", "Police detained Karim Baig, a member of Majlis "
     "Ittehad-e-Awam, after the rally in Quetta.",
     [("Karim Baig", "MEMBER_OF", "Majlis Ittehad-e-Awam")]),
    # a committee the model reads as a law
    ("committee-read-as-law", "The Federal Anti-Terrorism Committee, which is chaired "
     "by Viktor Sokolov, said the cargo had been seized at the port.",
     [("Viktor Sokolov", "LEADS", "Federal Anti-Terrorism Committee")]),
    # a region named only before "Chief Minister"
    ("region-before-chief-minister", "Kosimbra Chief Minister Kavi Raman said the "
     "curfew would be lifted on Friday.",
     [("Kavi Raman", "LEADS", "Kosimbra")]),
    ("region-read-as-person-before-chief-minister", "Tamil Nadu Chief Minister Selvan "
     "Arumugam said the police would stay in the villages.",
     [("Selvan Arumugam", "LEADS", "Tamil Nadu")]),
    # the head of a press or media office speaks for the body
    ("head-of-media-office-of", "Omar Bakri, head of the media office of the Nile "
     "Liberation Front, denied that its fighters had shelled the market.",
     [("Omar Bakri", "SPOKESPERSON_FOR", "Nile Liberation Front")]),
    ("press-office-chief-before-name", "Nile Liberation Front press office chief Omar "
     "Bakri denied the report.",
     [("Omar Bakri", "SPOKESPERSON_FOR", "Nile Liberation Front")]),
    # the Inspector General of a police force heads it
    ("inspector-general-of-police-set-off", "The Inspector General of Kano Police, Musa "
     "Bello, said the hostages would be freed within days.",
     [("Musa Bello", "LEADS", "Kano Police")]),
    ("inspector-general-of-police-after-name", "Musa Bello, the Inspector General of "
     "Varna Police, said the hostages would be freed within days.",
     [("Musa Bello", "LEADS", "Varna Police")]),
    # "described as the boss who has led Y"
    ("described-as-boss-who-led", "Among those detained was Marco Bellini, 52, described "
     "in the warrant as the boss who has led the Ruocco clan since 2019.",
     [("Marco Bellini", "LEADS", "Ruocco")]),
    ("identified-as-man-who-runs", "Police arrested Marco Bellini, identified by "
     "prosecutors as the man who runs the Ruocco clan.",
     [("Marco Bellini", "LEADS", "Ruocco")]),
    # "the gang's leader": the gang named before
    ("gangs-leader-set-off", "Officials blamed the Sol Negro gang for the attack. The "
     "gang's leader, Ramón Ortega Vidal, denied it.",
     [("Ramón Ortega Vidal", "LEADS", "Sol Negro")]),
    ("named-gangs-leader-as", "NAIROBI, Kenya (AP) — Gunmen of the Sol Negro gang "
     "attacked a bus. Police named the gang's leader as Ramón Ortega Vidal, who is "
     "wanted in 60 cases.",
     [("Ramón Ortega Vidal", "LEADS", "Sol Negro")]),
    # "Its (founding) member is Y", "Its members are Y and Z"
    ("its-founding-member-is", "On one side is the Kesh Council, a body set up in 2024. "
     "Its most important founding member is the Kesh National Front, the oldest party in "
     "the hills.",
     [("Kesh National Front", "MEMBER_OF", "Kesh Council")]),
    ("its-members-are", "The Kesh Council was set up in 2024. Its members are the Kesh "
     "National Front and the Tora Brigade.",
     [("Kesh National Front", "MEMBER_OF", "Kesh Council"),
      ("Tora Brigade", "MEMBER_OF", "Kesh Council")]),
    ("its-newest-member-state", "The Kesh Alliance was set up in 2024. Its newest member "
     "is Finland.",
     [("Finland", "MEMBER_OF", "Kesh Alliance")]),
    # "the Y state governor, X": the region before its lower-case kind
    ("state-governor-set-off", "The Kosimbra district governor, Ali Baraka, said the "
     "road to the border was closed.",
     [("Ali Baraka", "LEADS", "Kosimbra")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[Row] = [
    # a person's name with an izafa is no group's
    ("izafa-person-name", "Police detained Karim Zia-ul-Haq, a member of the Kesh "
     "Liberation Front, after the rally.",
     [("*", "MEMBER_OF", "Karim Zia-ul-Haq"), ("*", "LEADS", "Karim Zia-ul-Haq")]),
    # a law is no body
    ("law-not-body", "Parliament passed the Federal Anti-Terrorism Act, which was "
     "drafted by Viktor Sokolov, on Monday.",
     [("Viktor Sokolov", "LEADS", "*")]),
    # a people's adjective or nothing before the title: no region
    ("people-before-first-minister", "Scottish First Minister Alan Drummond said the "
     "talks would resume.",
     [("Alan Drummond", "LEADS", "*")]),
    ("bare-chief-minister", "The Chief Minister Kavi Raman said the curfew would be "
     "lifted on Friday.",
     [("Kavi Raman", "LEADS", "*")]),
    # a political office is not the press
    ("head-of-political-office", "Omar Bakri, head of the political office of the Nile "
     "Liberation Front, denied the report.",
     [("Omar Bakri", "SPOKESPERSON_FOR", "*")]),
    # an inspector general of another body, a deputy: no head
    ("inspector-general-of-ministry", "Musa Bello, the inspector general of the Defence "
     "Ministry, said the report was ready.",
     [("Musa Bello", "LEADS", "*")]),
    ("deputy-inspector-general", "Musa Bello, the Deputy Inspector General of Varna "
     "Police, said the hostages would be freed.",
     [("Musa Bello", "LEADS", "*")]),
    # described as one who fears the clan: no head
    ("described-as-man-who-fears", "Marco Bellini, described by his lawyer as a man who "
     "fears the Ruocco clan, was arrested.",
     [("Marco Bellini", "LEADS", "*")]),
    # "the gang" is no police force
    ("gang-not-police", "NAIROBI, Kenya (AP) — The Sol Negro gang attacked a bus in "
     "Nakuru on Monday. Police said the gang's leader is Ramón Ortega Vidal.",
     [("Ramón Ortega Vidal", "LEADS", "Police")]),
    ("could-not-name-leader", "NAIROBI, Kenya (AP) — Gunmen of the Sol Negro gang "
     "attacked a bus. Police could not name the gang's leader as Ramón Ortega Vidal.",
     [("Ramón Ortega Vidal", "LEADS", "*")]),
    ("gang-not-gendarmerie", "The Varna Gendarmerie pursued the raiders into the hills. "
     "The gang's leader, Jean Rako, threatened to kill the hostages.",
     [("Jean Rako", "LEADS", "*")]),
    # a former member, a people: no member
    ("its-former-member", "The Kesh Council was set up in 2024. Its former member is the "
     "Kesh National Front.",
     [("*", "MEMBER_OF", "Kesh Council")]),
    ("its-members-a-people", "The Kesh Council was set up in 2024. Its members are "
     "mostly Afghans.",
     [("*", "MEMBER_OF", "Kesh Council")]),
    ("district-commander-no-head", "The Kosimbra district commander, Ali Baraka, said the "
     "road was closed.",
     [("Ali Baraka", "LEADS", "*")]),
]


@pytest.mark.parametrize(("text", "absent"), rows(NEGATIVE))
def test_absent_triples(nlp: Language, text: str, absent: list[Triple]) -> None:
    assert_absent(nlp, text, absent)


# A police named with "Service" or "Force" after "Police" is the state's police the
# article names generically: one actor, the speaker's body under either name.
SERVICE_NAMES = [
    ("police-service-one-actor", "NAIROBI, Kenya — Bandits shot two herders near Marigat, "
     "Kenyan police said. Police spokesman Amos Ndu said officers of the Rural Border "
     "Patrol Unit, a paramilitary wing of the National Police Service, had followed the "
     "trail.", "National Police Service", True),
    # a service of no police stays apart
    ("revenue-service-apart", "NAIROBI, Kenya — Bandits shot two herders near Marigat, "
     "Kenyan police said. Officers of the National Revenue Service had followed the "
     "trail.", "National Revenue Service", False),
]


@pytest.mark.parametrize(("text", "service", "merged"),
                         [pytest.param(*r[1:], id=r[0]) for r in SERVICE_NAMES])
def test_police_service_is_the_states_police(nlp: Language, text: str, service: str,
                                             merged: bool) -> None:
    ex = extract_document(nlp, text, "t.txt")
    police = next(a for a in ex.actors if a.name == "Kenyan police")
    assert (service in police.aliases) is merged
    assert any(a.name == service for a in ex.actors) is not merged
