"""Names cut, merged or mistyped for their form, read whole and typed (round eighteen):

- a country's Red Cross or Red Crescent society ("the Kenya Red Cross", "the Ruritanian
  Red Cross Society") is a body of its own, not the Geneva committee the movement's
  words alone stand for;
- "Somali pirates": a demonym before "pirates" names a band of its own, an armed group
  (no forces of the state); "the pirates" after it are that band, bare "pirates" no one;
- "the Somali regional government": a demonym then "regional" or "provincial" before
  "government" is the region's government named after the people, not the state's;
- "the Foreign Office in Islamabad": a state's own office (foreign, home, cabinet,
  presidential) in a capital is the office, the city no part of its name (a mission's
  or a delegation's place stays in its name);
- "the Joint Task Force Tamaria": a country's name straight after a force's head word
  "Force", ending the phrase, is part of the force's name;
- "killed Mohamed Aden Farole": a place's one-word name the ruler read between a known
  given name and a capitalised surname is the person's middle name, the three one name;
- a hyphened name the text wrote with a dash ("the Varno–Tesk crossing") keeps the
  dashed form among its aliases, as a reader copies it.

Sentences of our own with invented names where the reading allows.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params
from .test_extract_names15 import Case

SOCIETIES: list[Case] = [
    ("national-society",
     "Omar Dulane, a volunteer of the Ethiopian Red Cross Society, was killed when gunmen "
     "fired on his ambulance near Semera.",
     [("Ethiopian Red Cross Society", "ORGANIZATION")],
     [("International Committee of the Red Cross", "*")],
     [("Omar Dulane", "MEMBER_OF", "Ethiopian Red Cross Society")], []),
    ("country-name-society",
     "The Kenya Red Cross said nine people had drowned in the floods near Hola.",
     [("Kenya Red Cross", "ORGANIZATION")],
     [("International Committee of the Red Cross", "*")], [], []),
    # must-not: the movement's words alone are the committee's
    ("movement-alone",
     "The Red Cross said it had visited the detainees held in Tamu.",
     [("International Committee of the Red Cross", "ORGANIZATION")], [], [], []),
    ("movement-after-date",
     "On Monday Red Cross staff reached the camp at Dorvani.",
     [("International Committee of the Red Cross", "ORGANIZATION")], [], [], []),
]

BANDS: list[Case] = [
    ("demonym-pirates",
     "Somali pirates hijacked a Yemeni fishing boat off Hobyo on Friday.",
     [("Somali pirates", "ARMED_GROUP")], [("Somalia", "*")], [], []),
    ("pirates-after",
     "Nigerian pirates boarded the tanker Carla Rose on Monday. The pirates later killed "
     "Peter Odu, the ship's cook, the company said.",
     [("Nigerian pirates", "ARMED_GROUP")], [],
     [("Nigerian pirates", "KILLED", "Peter Odu")], []),
    # must-not: "pirates" no demonym names, nor the police who caught some
    ("bare-pirates",
     "Pirates boarded the ship near Eyl before dawn.",
     [], [("pirates", "*"), ("Pirates", "*")], [], []),
    ("caught-pirates",
     "Ruritanian police arrested five pirates in Port Velan.",
     [], [("Ruritanian pirates", "*")], [], []),
]

REGION_GOVERNMENTS: list[Case] = [
    ("people-regional-government",
     "Envoys of the Afar regional government and the Somali regional government met in "
     "Semera on Sunday.",
     [("Somali regional government", "GOVERNMENT_BODY")], [],
     [("Afar regional government", "MEETS_WITH", "Somali regional government")], []),
    # must-not: the state's own government
    ("state-government",
     "The Somali government condemned the bombing in Baidoa.",
     [("Somalia", "STATE")], [("Somali government", "GOVERNMENT_BODY")], [], []),
    # a federal state's central government is a body of its own, as "the Federal
    # Government of Somalia" is (the demonym still names the state)
    ("state-federal-government",
     "The Somali federal government condemned the bombing in Baidoa.",
     [("Somalia", "STATE"), ("Somali federal government", "GOVERNMENT_BODY")], [], [], []),
]

SEATED_OFFICES: list[Case] = [
    ("foreign-office-in-capital",
     "The Foreign Office in Islamabad criticised the Taliban for failing to condemn the "
     "bombing.",
     [("Foreign Office", "GOVERNMENT_BODY")], [("Foreign Office in Islamabad", "*")],
     [("Foreign Office", "CRITICIZES", "Taliban")], []),
    ("cabinet-office",
     "The Cabinet Office in Tokyo said the missile fell into the sea.",
     [("Cabinet Office", "GOVERNMENT_BODY")], [("Cabinet Office in Tokyo", "*")], [], []),
    # must-not: an international office's place stays in its name
    ("un-office-in",
     "The UN Human Rights Office in Kabul criticised the Taliban.",
     [("UN Human Rights Office in Kabul", "*")], [("UN Human Rights Office", "*")], [], []),
]

THEATRE_FORCES: list[Case] = [
    ("force-country-acronym",
     "According to the European Union Naval Force Somalia (EUNAVFOR), eight armed men "
     "boarded the dhow.",
     [("European Union Naval Force Somalia", "ARMED_GROUP")],
     [("European Union Naval Force", "*")], [], []),
    ("task-force-country",
     "The Joint Task Force Philippines arrested three suspects in Basilan.",
     [("Joint Task Force Philippines", "ARMED_GROUP")], [("Philippines", "*")], [], []),
    # must-not: "in" between, or the country's name running on into another name
    ("force-in-country",
     "The Rapid Reaction Force in Mali attacked a convoy near Gao.",
     [("Rapid Reaction Force", "ARMED_GROUP")], [("Rapid Reaction Force in Mali", "*")],
     [], []),
    ("force-runs-on",
     "The African Union Force Somalia Army clashed with militants.",
     [], [("African Union Force Somalia", "*")], [], []),
]

MIDDLE_NAMES: list[Case] = [
    ("place-middle-name",
     "Gunmen ambushed a convoy near Dinsor and killed Mohamed Aden Farole, the district "
     "commissioner, along with two guards.",
     [("Mohamed Aden Farole", "PERSON")], [("Aden", "*"), ("Farole", "*")], [], []),
    ("town-middle-name",
     "Police arrested Ali Kismayo Dheere in Eldoret on Tuesday.",
     [("Ali Kismayo Dheere", "PERSON")], [("Kismayo", "*")], [], []),
    # must-not: the place after a given name and before a facility's word, or alone
    ("place-then-facility",
     "Mohamed flew from Aden Airport to Cairo.",
     [], [("Mohamed Aden Airport", "*")], [], []),
    ("place-at-end",
     "The militia shelled ships near Aden on Monday.",
     [("Aden", "LOCATION")], [], [], []),
]

_NOT_YET: dict[str, str] = {}
_CASES = SOCIETIES + BANDS + REGION_GOVERNMENTS + SEATED_OFFICES + THEATRE_FORCES + MIDDLE_NAMES


@pytest.mark.parametrize(("text", "read", "not_read", "asserted", "not_asserted"),
                         name_params(_CASES, _NOT_YET))
def test_names_read(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                    asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


@pytest.mark.parametrize(("text", "name", "dashed"), [
    ("Tamarian troops withdrew from two posts above the Varno\u2013Tesk crossing on Monday.",
     "Varno-Tesk crossing", "Varno\u2013Tesk crossing"),
    ("Saboteurs struck the Tarno\u2014Velsk railway line near Ulo.",
     "Tarno-Velsk railway line", "Tarno\u2014Velsk railway line"),
])
def test_dashed_name_kept_as_alias(nlp: Language, text: str, name: str, dashed: str) -> None:
    ex = extract_document(nlp, text, "t.txt")
    actor = next(a for a in ex.actors if a.name == name)
    assert dashed in actor.aliases


def test_hyphened_name_gets_no_dashed_alias(nlp: Language) -> None:
    # must-not: a name written with a hyphen has no dashed form to keep
    ex = extract_document(nlp, "Troops withdrew from the Varno-Tesk crossing on Monday.",
                          "t.txt")
    actor = next(a for a in ex.actors if a.name == "Varno-Tesk crossing")
    assert all("\u2013" not in a and "\u2014" not in a for a in actor.aliases)
