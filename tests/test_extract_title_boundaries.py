"""Where an office ends and a person's name begins, as wire copy writes it.

A person named after an office with "of" and its portfolio ("Minister of Defence Kwame
Boateng", "Chief of Defence Staff Paul Okon", "President of the Council of Ministers Jean
Doe"), after a rank the small model reads into the name ("Chief Constable Jon Boutcher"),
with a first name the model reads as a body ("The UN envoy, Amanda Khozi Mukwashi,"), or
after "led by" as words the model takes for a title of a work, is one person under the
name alone; what is said of him is read.

Must-nots: a portfolio with no name after it ("the Minister of Foreign Affairs of Ghana
met"), a body named after the office ("the Ministry of Defence said"), a street or a
building named for a person ("Minister of Defence Kwame Boateng Street"), the portfolio's
words as a body ("State" in "Secretary of State"), a first name joined to a person only
in an apposition or after a rank.

Own sentences with invented people, in many regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

LEADS, MEETS, C, D = "LEADS", "MEETS_WITH", "CRITICIZES", "DEMANDS"

# (id, sentence, names that must be actors, names that must not)
NAMES: list[tuple[str, str, list[str], list[str]]] = [
    ("minister-of-portfolio", "Minister of Defence Kwame Asante Boateng visited the base.",
     ["Kwame Asante Boateng"], []),
    ("minister-of-two-portfolios",
     "Minister of Interior and Public Security Ousmane Garba said the attack was repelled.",
     ["Ousmane Garba"], []),
    ("minister-of-known-place-first-name",
     "Minister of Interior and Public Security Hama Idrissa said the attack was repelled.",
     ["Hama Idrissa"], ["Hama"]),
    ("minister-for", "Minister for Home Affairs Lindiwe Moyo told parliament the curfew "
     "would stay.", ["Lindiwe Moyo"], []),
    ("minister-of-the", "Minister of the Interior Jorge Salcedo Prieto ordered more patrols "
     "along the border on Tuesday.", ["Jorge Salcedo Prieto"], []),
    ("council-of-ministers", "President of the Council of Ministers Jean-Baptiste Kokou said "
     "the army would stay in the north.", ["Jean-Baptiste Kokou"],
     ["Council of Ministers Jean-Baptiste Kokou"]),
    ("chief-of-defence-staff", "The Chief of Defence Staff Emeka Nwosu said troops had "
     "cleared the camp.", ["Emeka Nwosu"], []),
    ("secretary-of-state", "Secretary of State Daniel Whitford met the foreign minister in "
     "Lima.", ["Daniel Whitford"], ["State"]),
    ("secretary-of-state-for", "Secretary of State for Defence Alan Pryce visited the "
     "garrison.", ["Alan Pryce"], []),
    ("secretary-general-of", "The Secretary-General of the Arab League Samir Haddad "
     "condemned the raid.", ["Samir Haddad"], []),
    ("governor-of-state", "Governor of Kaduna State Musa Danladi said 40 people were killed "
     "in the raid.", ["Musa Danladi"], []),
    ("speaker-of-parliament", "Speaker of Parliament Grace Atim criticised the opposition on "
     "Friday.", ["Grace Atim"], []),
    ("head-of-state", "Head of State Sekou Camara met the envoy in the capital.",
     ["Sekou Camara"], []),
    ("rank-after-portfolio", "President Kofi Mensah met Minister of Defence General Yaw "
     "Ofori on Monday.", ["Yaw Ofori"], []),
    ("chief-constable", "Chief Constable Ian Gallagher said the attack had been planned for "
     "weeks.", ["Ian Gallagher"], ["Constable Ian Gallagher"]),
    ("superintendent", "Superintendent Mark Hanley said the device was found near a school.",
     ["Mark Hanley"], ["Superintendent Mark Hanley"]),
    ("given-name-apposition", "The UN resident coordinator, Amanda Khozi Mwale, said the "
     "talks would resume next week.", ["Amanda Khozi Mwale"], ["Amanda"]),
    ("led-by-long-name", "The Chin Brotherhood, led by Twan Mrat Htoo, said it had taken "
     "the town.", ["Twan Mrat Htoo"], []),
    # must-nots
    ("no-name-after-portfolio", "The Minister of Foreign Affairs of Ghana met the envoy.",
     [], ["Foreign Affairs"]),
    ("street-named-for-person", "Gunmen attacked a shop on Minister of Defence Kwame Boateng "
     "Street in the capital.", [], ["Kwame Boateng"]),
]


def _names(nlp: Language, text: str) -> set[str]:
    return {a.name for a in extract_document(nlp, text, "t.txt").actors}


@pytest.mark.parametrize(("text", "present", "absent"),
                         [pytest.param(t, p, a, id=i) for i, t, p, a in NAMES])
def test_person_named_after_office(nlp: Language, text: str, present: list[str],
                                   absent: list[str]) -> None:
    names = _names(nlp, text)
    for name in present:
        assert name in names, f"{name!r} not in {sorted(names)}"
    for name in absent:
        assert name not in names, f"{name!r} in {sorted(names)}"


# What is said of a person named so is read.
FOUND: list[tuple[str, str, list[Triple]]] = [
    ("meets-minister-of", "President Kofi Mensah met Minister of Defence General Yaw Ofori "
     "in Accra on Monday.", [("Kofi Mensah", MEETS, "Yaw Ofori")]),
    ("meets-secretary-of-state", "Secretary of State Daniel Whitford met President Luis "
     "Arce Mora in La Paz on Tuesday.", [("Daniel Whitford", MEETS, "Luis Arce Mora")]),
    ("led-by-long-name", "The Chin Brotherhood, led by Twan Mrat Htoo, said it had taken "
     "the town.", [("Twan Mrat Htoo", LEADS, "Chin Brotherhood")]),
    ("criticises-after-office", "Minister of Information Bakary Sanneh criticised the "
     "Casamance Liberation Front for the attack on the market.",
     [("Bakary Sanneh", C, "Casamance Liberation Front")]),
    ("apposition-meets", "The UN resident coordinator, Amanda Khozi Mwale, met Police "
     "Commissioner Thabo Ramoeli in the capital on 24 August.",
     [("Amanda Khozi Mwale", MEETS, "Thabo Ramoeli")]),
    ("meets-two-titled", "The envoy, Amanda Khozi Mwale, met Police Commissioner Thabo "
     "Ramoeli and Minister of Local Government and Police Lineo Sekhesa in the capital on "
     "Friday.", [("Amanda Khozi Mwale", MEETS, "Thabo Ramoeli"),
                 ("Amanda Khozi Mwale", MEETS, "Lineo Sekhesa")]),
    ("constable-urges", "Chief Constable Ian Gallagher urged the Loyalist Volunteer Group "
     "to stand down.", [("Ian Gallagher", D, "Loyalist Volunteer Group")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_read_of_person_named_after_office(nlp: Language, text: str,
                                           expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("ministry-not-person", "The Ministry of Defence said on Monday that troops had killed "
     "12 militants.", [("*", LEADS, "*")]),
    ("portfolio-not-met", "The envoy, Amanda Khozi Mwale, met Police Commissioner Thabo "
     "Ramoeli and Minister of Local Government and Police Lineo Sekhesa in Maseru on Friday.",
     [("*", MEETS, "Lesotho"), ("*", MEETS, "Local Government and Police")]),
    ("portfolio-not-body", "Secretary of State Daniel Whitford met the foreign minister.",
     [("*", MEETS, "State"), ("State", "*", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_office_words_are_no_actor(nlp: Language, text: str,
                                   forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
