"""Posts and memberships: "X, who police said led a faction of Y" (the relative word,
not the sayer inside the clause, does what is said); "the government's spokesman, X"
speaks for the article's state when several states are named; "who commanded the Y's
battalion" is one of Y's people; "the chief administrator of Y, X" heads Y and is not
read as one of its people as well.

Must-nots: "the raiders, who he said belonged to Y" makes no member of the sayer; "a
young Kurdish woman" (an adjective naming a people) joins no body; "the Turkish Cypriot
leader X" (two peoples' words, a community) heads no state; "Y's representative at the
Z" is no member of Z, "Y's commander in Z" heads no Z; "a ring based in the town of Z
that is run by X": X runs the ring, not the town; "directed the police to restore order"
gives an order and holds no post; "the coup that toppled President X", "ousted
President X" leads no state; "President X threatened to send US troops into Y" heads the
US, not the dateline's Y; "In Damascus, Interior Minister X" serves no dateline state
but Syria's. A head whose phrase names only the dateline state's own capital ("who flew back to
Asunción") still heads it; "signed by the air force's director of public relations,
Air Commodore X": the name set off after the title's phrase, past ranks read as a body.
"X, whose Y party has governed": X is one of Y's people; "a force that was folded
into Y and that was led by Z" (the second relative joined by the parser to the main
verb): Z leads the force; "who heads the UNHCR office in Z": one of UNHCR's people.
Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

POSITIVE: list[Row] = [
    # the relative word is the doer of the verb under "police said"
    ("relative-police-said-led", "KINGSTON, Jamaica — Police shot dead Dwayne Ellis on "
     "Monday. Ellis, who police said led a faction of the Shower Posse gang, had been "
     "wanted since March.",
     [("Dwayne Ellis", "MEMBER_OF", "Shower Posse")]),
    # "the government's spokesman" with other states named in the article
    ("government-spokesman-several-states", "BANGUI, Central African Republic, 14 "
     "November 2025 — Militiamen attacked a base in Obo on Thursday.\n\nThe attack was "
     "repelled with the help of instructors sent by Russia's defence ministry, who "
     "replaced Turkish advisers last year.\n\nHenri Dologuele, the government's "
     "spokesman, condemned the attack and said reinforcements had been sent.",
     [("Henri Dologuele", "SPOKESPERSON_FOR", "Central African Republic")]),
    # a battalion read as its owner: the commander is one of the owner's people
    ("commanded-owners-battalion", "Among the dead was Major Reza Tavakoli, who "
     "commanded the Revolutionary Guards' battalion in Zahedan, state media said.",
     [("Reza Tavakoli", "MEMBER_OF", "Islamic Revolutionary Guard Corps")]),
    ("chief-administrator-heads", "Dario Velez, the chief administrator of the Upper "
     "Nile Special Territory, condemned the raid.",
     [("Dario Velez", "LEADS", "Upper Nile Special Territory")]),
    # a region led by its head stays led (a town is not)
    ("member-state-led-by", "Puntland, the northern member state led by Said Deni, "
     "rejected the vote.",
     [("Said Deni", "LEADS", "Puntland")]),
    # the leading verb without an order
    ("directs-body", "General Ibou Ndiaye directs the National Gendarmerie, the force "
     "that patrols Kolda.",
     [("Ibou Ndiaye", "LEADS", "National Gendarmerie")]),
    # a people's word is no body, a name still is
    ("name-before-job-still-member", "Ali Saleh, a Hamas politician, was killed in the "
     "strike.",
     [("Ali Saleh", "MEMBER_OF", "Hamas")]),
    # one demonym alone before a title still names the state's service
    ("one-demonym-still-state", "The Iraqi military spokesman Ali Hassan said his men "
     "had held the ridge.",
     [("Ali Hassan", "SPOKESPERSON_FOR", "Iraqi security forces")]),
    # the owned title still gives its owner
    ("owned-representative-owner", "The Ogaden Liberation Front's representative at the "
     "United Nations, Hassan Warsame, said the movement was open to talks.",
     [("Hassan Warsame", "MEMBER_OF", "Ogaden Liberation Front")]),
    # a head sending his state's forces heads that state, whatever the dateline
    ("sends-own-state-troops", "ABUJA, Nigeria — President John Carver threatened in "
     "November to send US troops into Nigeria over the killings, a charge Abuja "
     "rejected.",
     [("John Carver", "LEADS", "United States")]),
    # the dateline state's own capital in the head's phrase keeps him its head
    ("own-capital-in-phrase", "ASUNCIÓN, Paraguay, 3 May 2026 — Gunmen attacked a "
     "police post near the border on Sunday.\n\nPresident Ramón Acosta, who flew back to "
     "Asunción from the northern border on Sunday, told reporters that the attackers "
     "would be hunted down.",
     [("Ramón Acosta", "LEADS", "Paraguay")]),
    # a title's phrase closing before the comma, the name after it ranks read as a body
    ("signed-by-title-of-phrase", "ACCRA, Ghana — Jets of the Ghana Air Force struck a "
     "camp on Friday. The statement, signed by the air force's director of public "
     "relations, Air Commodore Kwesi Mensah, did not say whether the leader had been hit.",
     [("Kwesi Mensah", "SPOKESPERSON_FOR", "Ghana Air Force")]),
    # "whose Y party": the person's own party
    ("whose-party", "TBILISI, Georgia — Prime Minister Levan Gelashvili, whose Georgian "
     "Unity party has governed since 2012, called the shooting an unacceptable tragedy.",
     [("Levan Gelashvili", "MEMBER_OF", "Georgian Unity")]),
    # a second relative clause the parser joined to the sentence's verb
    ("second-relative-led-by", "YANGON, Myanmar — The mines had been held by the Kachin "
     "Defence Army (KDA), a former rebel force that was folded into the military in 2009 "
     "and that was led by Zau Seng, a long-time ally of the generals.",
     [("Zau Seng", "LEADS", "Kachin Defence Army")]),
    # "heads the Y office in Z": one of Y's people
    ("heads-named-office", "GOMA, Democratic Republic of Congo — Marie Dupont, who heads "
     "the UNHCR office in Goma, said the camps were overcrowded.",
     [("Marie Dupont", "MEMBER_OF", "UNHCR")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[Row] = [
    ("relative-he-said-belonged", "Mwangi said the raiders, who he said belonged to the "
     "Oromo Liberation Army, had stolen 300 goats.",
     [("Mwangi", "MEMBER_OF", "*")]),
    ("relative-police-said-not-police", "KINGSTON, Jamaica — Police shot dead Dwayne "
     "Ellis on Monday. Ellis, who police said led a faction of the Shower Posse gang, "
     "had been wanted since March.",
     [("Jamaican police", "MEMBER_OF", "*"), ("Jamaican police", "LEADS", "*")]),
    ("people-adjective-no-member", "Kurdish militants attacked a border post last "
     "week. Protests followed the death of Leyla Rahimi, a young Kurdish woman from "
     "Mahabad, in police custody.",
     [("Leyla Rahimi", "MEMBER_OF", "*")]),
    ("community-leader-no-state", "The envoy met the Greek Cypriot leader, Andreas "
     "Mavros, on Tuesday.",
     [("Andreas Mavros", "LEADS", "*")]),
    ("community-commander-no-state", "The Iraqi Kurdish commander Rebaz Salih said his "
     "men had held the ridge.",
     [("Rebaz Salih", "LEADS", "Iraq"), ("Rebaz Salih", "LEADS", "Iraqi security forces")]),
    ("chief-administrator-not-member", "Dario Velez, the chief administrator of the "
     "Upper Nile Special Territory, condemned the raid.",
     [("Dario Velez", "MEMBER_OF", "Upper Nile Special Territory")]),
    ("representative-at-not-member", "The Ogaden Liberation Front's representative at "
     "the United Nations, Hassan Warsame, said the movement was open to talks.",
     [("Hassan Warsame", "MEMBER_OF", "United Nations")]),
    ("town-that-is-run-by", "Customs officers said the fuel had been bought from a "
     "trafficking ring based in the Chadian town of Faya that is run by a man identified "
     "as Ahmat Zakaria.",
     [("Ahmat Zakaria", "LEADS", "*")]),
    ("commanded-battalion-not-head", "Among the dead was Major Reza Tavakoli, who "
     "commanded the Revolutionary Guards' battalion in Zahedan, state media said.",
     [("Reza Tavakoli", "LEADS", "*")]),
    ("directed-to-order", "President Amadou Sall said on Friday he had directed the "
     "National Gendarmerie to restore order in Kolda.",
     [("Amadou Sall", "LEADS", "National Gendarmerie")]),
    ("directed-two-bodies-to-order", "Officials said President Kofi Adeyemi had "
     "directed the Mobile Police Force and the National Guard to \"restore order\" in Jos "
     "and had dispatched the interior minister to the city.",
     [("Kofi Adeyemi", "LEADS", "Mobile Police Force"), ("Kofi Adeyemi", "LEADS",
                                                         "National Guard")]),
    # a head put out of office heads the state no longer
    ("toppled-president", "NIAMEY, Niger — General Omar Tchiani, who heads the junta "
     "and seized power in a coup that toppled President Mahamadou Issa, declared three "
     "days of mourning.",
     [("Mahamadou Issa", "LEADS", "Niger")]),
    ("ousted-president", "NIAMEY, Niger — Supporters of ousted President Mahamadou Issa "
     "marched in the capital on Friday.",
     [("Mahamadou Issa", "LEADS", "Niger")]),
    ("sends-own-state-troops-not-dateline", "ABUJA, Nigeria — President John Carver "
     "threatened in November to send US troops into Nigeria over the killings, a charge "
     "Abuja rejected.",
     [("John Carver", "LEADS", "Nigeria")]),
    # another state's capital in the sentence: the title may be that state's
    ("minister-in-other-capital", "AMMAN, Jordan — In Damascus, Interior Minister Karim "
     "Haddad said his ministry was working closely with Jordan.",
     [("Karim Haddad", "MEMBER_OF", "Jordan"), ("Karim Haddad", "LEADS", "Jordan")]),
    # "whose" on a kin noun names no party
    ("whose-brother-no-party", "The ruling Georgian Unity party named Tamar Beridze, "
     "whose brother was killed in the war, as its candidate.",
     [("Tamar Beridze", "LEADS", "*")]),
    ("heads-named-office-not-head", "GOMA, Democratic Republic of Congo — Marie Dupont, "
     "who heads the UNHCR office in Goma, said the camps were overcrowded.",
     [("Marie Dupont", "LEADS", "UNHCR")]),
]


@pytest.mark.parametrize(("text", "absent"), rows(NEGATIVE))
def test_absent_triples(nlp: Language, text: str, absent: list[Triple]) -> None:
    assert_absent(nlp, text, absent)
