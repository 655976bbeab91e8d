"""Posts and memberships in shapes the earlier readings missed: a spokesman for a person
("X, a spokesman for President Y"); the head of a region named as the title's own object
("X, the head of Y"); the leader of a part of a body ("the leader of a local cell of Y")
one of the body's people, not its head; a body "under" a person set off by commas ("the
Y, under General X,"); "the Commander-in-Chief of Y, X"; a member "described as" one
after a nickname; a member of a body's armed group; "a group that called itself Y"; the
head of a body's office in a country or region ("Y's Kenya director X", "Y's regional
director X") or of a part named after its name ("the head of the Y media centre") one
of its people; a region's Chief (or First) Minister heads it; "Led by X, the Y ...".
Own sentences, invented names.

Must-nots: a spokesman for a person's family (the family's, not the person's); a lawyer
for a person; the head of a service in a place ("head of security in Y"); the leader of
a part of a body is not the body's head; "under pressure from X"; a person under
another; the wife of a title's holder; "a group that called for ..."; a country
director heads neither body nor country; a governor heads no continent; a body that
founds or helps create another does not head it; "Led by X, troops of Y ...".
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

POSITIVE: list[Row] = [
    # a spokesman for a person
    ("spokesman-for-person", "Ilya Sorokin, a spokesman for Viktor Lebedev, said the "
     "talks would resume next week.",
     [("Ilya Sorokin", "SPOKESPERSON_FOR", "Viktor Lebedev")]),
    ("spokesman-for-titled-person", "Karim Nasser, a spokesman for President Hassan "
     "Mahmoud, said the border crossing would stay shut.",
     [("Karim Nasser", "SPOKESPERSON_FOR", "Hassan Mahmoud")]),
    ("spokeswoman-of-person", "Leila Amrani, spokeswoman of Prime Minister Youssef "
     "Benali, said the decree had been signed.",
     [("Leila Amrani", "SPOKESPERSON_FOR", "Youssef Benali")]),
    # the head of a region
    ("head-of-region", "Timur Aliev, the head of Dagestan, visited the wounded officers "
     "in Makhachkala.",
     [("Timur Aliev", "LEADS", "Dagestan")]),
    ("leader-of-region", "Ruslan Batov, the leader of Chechnya, said the gunmen had been "
     "killed.",
     [("Ruslan Batov", "LEADS", "Chechnya")]),
    # the leader of a part of a body: one of its people
    ("leader-of-cell-of", "Police said the dead man was Jamal Idris, whom they described "
     "as the leader of a local cell of the Kivu Liberation Front.",
     [("Jamal Idris", "MEMBER_OF", "Kivu Liberation Front")]),
    ("commander-of-faction-of", "Soldiers detained Jamal Idris, the commander of a "
     "breakaway faction of the Kivu Liberation Front.",
     [("Jamal Idris", "MEMBER_OF", "Kivu Liberation Front")]),
    # a body "under" a person, set off by commas
    ("under-rank-set-off", "The Tana Defence Force, under General Omar Haddad, has "
     "answered with air strikes on the hills.",
     [("Omar Haddad", "LEADS", "Tana Defence Force")]),
    ("under-command-of", "The Free Hills Brigade, under the command of Omar Haddad, "
     "seized the ridge on Tuesday.",
     [("Omar Haddad", "LEADS", "Free Hills Brigade")]),
    ("under-leadership", "The Free Hills Brigade, under Omar Haddad's leadership, seized "
     "the ridge on Tuesday.",
     [("Omar Haddad", "LEADS", "Free Hills Brigade")]),
    # "Commander-in-Chief of Y, X" among other titles set off
    ("commander-in-chief-set-off", "The envoy wrote to the Commander-in-Chief of the "
     "Ruvan Armed Forces, General Salim Oduya, and to the commander of the Kivu "
     "Liberation Front, Jamal Idris.",
     [("Salim Oduya", "LEADS", "Ruvan Armed Forces"),
      ("Jamal Idris", "LEADS", "Kivu Liberation Front")]),
    ("talks-with-leader-set-off", "The envoy held talks with the leader of the Kivu "
     "Liberation Front, Omar Kaya, on Monday.",
     [("Omar Kaya", "LEADS", "Kivu Liberation Front")]),
    # "X, known as "N", whom police described as a member of Y"
    ("nickname-then-described-as", "Police said they had shot Pedro Alves, known as "
     "\"Tatu\", whom they described as a member of the Red Sierra Front in charge of "
     "its finances.",
     [("Pedro Alves", "MEMBER_OF", "Red Sierra Front")]),
    # a member of a body's armed group: one of its people
    ("member-of-armed-group", "The gunman was Pedro Alves, 31, a member of the Tana "
     "Freedom Party's armed group.",
     [("Pedro Alves", "MEMBER_OF", "Tana Freedom Party")]),
    # "a group that called itself X"
    ("group-that-called-itself", "Police said Pedro Alves led a group that called "
     "itself the Red Sierra Front until his arrest.",
     [("Pedro Alves", "LEADS", "Red Sierra Front")]),
    # the head of a body's office in a country or region: one of its people
    ("country-director", "The Lakes Human Rights Centre said the raids were unlawful. \"This "
     "must stop,\" the group's Tanzania director Amina Juma said.",
     [("Amina Juma", "MEMBER_OF", "Lakes Human Rights Centre")]),
    ("regional-director", "\"This must stop,\" said Amina Juma, the Lakes Human "
     "Rights Centre's Deputy Regional Director for East Africa.",
     [("Amina Juma", "MEMBER_OF", "Lakes Human Rights Centre")]),
    # a region's own regional president still heads it
    ("region-regional-president", "Oromia regional president Omar Kaya said the talks "
     "had failed.",
     [("Omar Kaya", "LEADS", "Oromia")]),
    # a person who founds a body heads it
    ("person-founded-body", "Omar Haddad founded the Free Hills Brigade in 2009 after "
     "leaving the army.",
     [("Omar Haddad", "LEADS", "Free Hills Brigade")]),
    # the head of a body's media centre speaks for the body (not leads it)
    ("head-of-body-media-centre", "Omar Kaya, the head of the Tana Liberation Front media "
     "centre, said the drones had also hit a grain silo.",
     [("Omar Kaya", "SPOKESPERSON_FOR", "Tana Liberation Front")]),
    ("leader-of-body-kind-noun", "Omar Kaya, the leader of the Tana Liberation Front "
     "movement, said the drones had also hit a grain silo.",
     [("Omar Kaya", "LEADS", "Tana Liberation Front")]),
    # a region's chief minister heads it; a governor of a place named with "state"
    ("chief-minister-of-region", "Kerala Chief Minister Omar Kaya said the police would "
     "stay in the district.",
     [("Omar Kaya", "LEADS", "Kerala")]),
    ("governor-of-place-state", "\"The town will not fall,\" said Omar Kaya, the "
     "governor of Kassala state.",
     [("Omar Kaya", "LEADS", "Kassala")]),
    # a fronted participle said of the main verb's subject
    ("fronted-led-by", "Led by Omar Haddad, the Free Hills Brigade seized the ridge on "
     "Tuesday.",
     [("Omar Haddad", "LEADS", "Free Hills Brigade")]),
    ("fronted-headed-by-since", "Headed by Omar Haddad since 2019, the Free Hills Brigade "
     "seized the ridge.",
     [("Omar Haddad", "LEADS", "Free Hills Brigade")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[Row] = [
    # a spokesman for a family, a lawyer: not the person's voice
    ("spokesman-for-family-of", "Karim Nasser, a spokesman for the family of Hassan "
     "Mahmoud, said the body had been returned.",
     [("Karim Nasser", "SPOKESPERSON_FOR", "*")]),
    ("lawyer-for-person", "Karim Nasser, a lawyer for Hassan Mahmoud, said the trial "
     "had been delayed.",
     [("Karim Nasser", "SPOKESPERSON_FOR", "*"), ("Karim Nasser", "MEMBER_OF", "*")]),
    # the head of a service in a place leads no place
    ("head-of-security-in", "Timur Aliev, the head of security in Makhachkala, said the "
     "gunmen had been killed.",
     [("Timur Aliev", "LEADS", "*")]),
    # the leader of a part of a body is not the body's head
    ("leader-of-cell-not-head", "Police said the dead man was Jamal Idris, whom they "
     "described as the leader of a local cell of the Kivu Liberation Front.",
     [("Jamal Idris", "LEADS", "*")]),
    ("commander-of-faction-not-head", "Soldiers detained Jamal Idris, the commander of a "
     "breakaway faction of the Kivu Liberation Front.",
     [("Jamal Idris", "LEADS", "*")]),
    # "under" no person, or not set off: no head
    ("under-pressure-from", "The Free Hills Brigade, under pressure from Omar Haddad, "
     "withdrew on Tuesday.",
     [("Omar Haddad", "LEADS", "*")]),
    ("person-under-person", "Omar Haddad, under Karim Nasser, ran the ministry.",
     [("Karim Nasser", "LEADS", "*")]),
    # a title another's phrase holds
    ("wife-of-commander-in-chief", "The envoy met the wife of the Commander-in-Chief of "
     "the Ruvan Armed Forces, Amina Oduya.",
     [("Amina Oduya", "LEADS", "*")]),
    ("aide-to-head-of", "He met an aide to the head of the Kivu Council, Omar Kaya.",
     [("Omar Kaya", "LEADS", "*")]),
    # a group that called for something: no name given
    ("group-that-called-for", "Pedro Alves led a group that called for the release of "
     "the Red Sierra Front prisoners.",
     [("Pedro Alves", "LEADS", "*")]),
    # a country director heads neither the body nor the country
    ("country-director-not-head", "The Lakes Human Rights Centre said the raids were "
     "unlawful. \"This must stop,\" the group's Tanzania director Amina Juma said.",
     [("Amina Juma", "LEADS", "*")]),
    ("regional-director-not-head", "\"This must stop,\" said Amina Juma, the Lakes "
     "Human Rights Centre's Deputy Regional Director for East Africa.",
     [("Amina Juma", "LEADS", "*")]),
    # a governor heads no continent the article names
    ("governor-not-of-continent", "RECIFE - Governor Paulo Andrade, who took office in "
     "2023, increased spending on the police. Gangs ship cocaine from the port to Europe.",
     [("Paulo Andrade", "LEADS", "Europe")]),
    # a body that founds another does not head it
    ("body-created-body", "The Tana Liberation Army created the Free Hills Brigade in "
     "2009, and the two remain allies.",
     [("Tana Liberation Army", "LEADS", "*")]),
    ("body-helped-create-body", "Its instructors trained the Kivu Defence Force, and the "
     "Tana Liberation Army helped create the Free Hills Brigade in 2009.",
     [("*", "LEADS", "Free Hills Brigade")]),
    ("head-of-media-centre-not-head", "Omar Kaya, the head of the Tana Liberation Front "
     "media centre, said the drones had also hit a grain silo.",
     [("Omar Kaya", "LEADS", "*")]),
    ("chief-minister-no-member", "Kerala Chief Minister Omar Kaya said the police "
     "would stay in the district.",
     [("Omar Kaya", "MEMBER_OF", "*")]),
    ("fronted-led-troops-of", "Led by Omar Haddad, troops of the Free Hills Brigade "
     "seized the ridge.",
     [("Omar Haddad", "LEADS", "*")]),
]


@pytest.mark.parametrize(("text", "absent"), rows(NEGATIVE))
def test_absent_triples(nlp: Language, text: str, absent: list[Triple]) -> None:
    assert_absent(nlp, text, absent)
