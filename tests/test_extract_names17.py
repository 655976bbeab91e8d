"""Names cut, merged or mistyped for their form, read whole and typed (round seventeen):

- "the Government of the X" before a state's name the ruler found without its "the"
  ("the Government of the Central African Republic") is one name, as "the Government of
  Chad" was;
- a ministry's, a department's, a secretariat's or an agency's capitalised head, "of"
  or "for" and its capitalised portfolio are one government body whatever pieces the
  model read ("the Secretariat of Public Security", "the Agency for Financial
  Monitoring"), as "of the" already was; a place after "of" is no portfolio, and the
  model's whole name with a demonym stands ("the Ruritanian Ministry of Defence");
- capitalised words or an ordinal, then a capitalised "Fleet", "Flotilla" or "Command",
  name one armed force whatever place or state the ruler read in them ("the Coral Sea
  Fleet", "the US Ninth Fleet", "the Western Tamu Security Command"); a demonym the
  ruler read before it is the state's, not the force's; a known force inside keeps its reading;
- a state's body after its possessive and a lower-case level of government ("Kenya's
  federal Ministry of Defence") is the state's own, named with its demonym;
- "[US] Labour [Department's] office": the model's lone head word joins the capitalised
  words the institution reading runs over from the state's name;
- "gendarmerie", "health" and "medical" say a facility's kind, and "centre"/"center" is a
  facility's noun after a kind ("the Tamu gendarmerie post", "the Berek health centre");
  a "Center" closing an organisation's name stays the organisation's.

Sentences of our own with invented names, short and inside long wire sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params
from .test_extract_names15 import Case

GOVERNMENT_OF_THE: list[Case] = [
    ("of-the-car",
     "The envoy urged the Government of the Central African Republic to protect the "
     "displaced families near Bria.",
     [("Government of the Central African Republic", "*")], [("Government", "*")], [], []),
    ("of-the-drc-long",
     "In a statement on Friday the mission called on the Government of the Democratic "
     "Republic of the Congo to ensure that its troops respect the ceasefire.",
     [("Government of the Democratic Republic of the Congo", "*")], [("Government", "*")],
     [], []),
    # must-not: no state after "of the"
    ("of-the-people",
     "The Government of the People said the vote would go ahead.",
     [], [("People", "STATE")], [], []),
]

BODY_OF_PORTFOLIO: list[Case] = [
    ("secretariat-of",
     "The rural police have been part of the Secretariat of Public Security since 2021, "
     "the governor said.",
     [("Secretariat of Public Security", "GOVERNMENT_BODY")], [("Secretariat", "*")],
     [], []),
    ("agency-for",
     "Valdoria's Agency for Financial Monitoring said it had frozen the accounts of two "
     "exchange houses in Tarsk.",
     [("Agency for Financial Monitoring", "GOVERNMENT_BODY")],
     [("Financial Monitoring", "*"), ("Agency", "*")], [], []),
    ("secretariat-of-inside-list",
     "Officers of the National Guard and the Secretariat of Citizen Security were sent to "
     "the port after the riot.",
     [("Secretariat of Citizen Security", "GOVERNMENT_BODY")], [("Citizen Security", "*")],
     [], []),
    # must-not: the model's whole name with a demonym stands
    ("demonym-whole",
     "The Ruritanian Ministry of Defence said two soldiers were wounded near the border.",
     [("Ruritanian Ministry of Defence", "GOVERNMENT_BODY")], [("Ruritanian", "*")],
     [], []),
]

COMMANDS: list[Case] = [
    ("place-fleet",
     "Sailors of the Coral Sea Fleet rescued eleven fishermen on Tuesday.",
     [("Coral Sea Fleet", "ARMED_GROUP")], [("Coral Sea", "*")], [], []),
    ("state-ordinal-fleet",
     "The minister warned the US Ninth Fleet that any patrol near the islands would be "
     "met with force.",
     [("US Ninth Fleet", "ARMED_GROUP")], [], [], []),
    ("possessive-flotilla",
     "A drone struck a patrol boat of Russia's Caspian Flotilla near the port on Sunday.",
     [("Caspian Flotilla", "ARMED_GROUP")], [("Caspian Flotilla", "ORGANIZATION")], [], []),
    ("place-command",
     "The Western Tamu Security Command said it had stopped a boat carrying twelve "
     "suspected smugglers.",
     [("Western Tamu Security Command", "ARMED_GROUP")], [], [], []),
    ("demonym-not-in-name",
     "Analysts said the Russian Black Sea Fleet had moved two corvettes to the port.",
     [("Black Sea Fleet", "ARMED_GROUP")], [("Russian Black Sea Fleet", "*")], [], []),
    # must-not: a known command inside a longer phrase keeps its own reading
    ("known-inside",
     "The US Naval Forces Central Command said it was watching the strait.",
     [], [("US Naval Forces Central Command", "*")], [], []),
]

OWNED_BODIES: list[Case] = [
    ("federal-ministry",
     "A spokesman for Kenya's federal Ministry of Defence said the convoy was ambushed.",
     [("Kenyan Ministry of Defence", "GOVERNMENT_BODY")], [], [], []),
    # must-not: a capitalised "National" is the name's own word
    ("national-in-name",
     "Officials said Valdoria's National Security Council would meet on Monday.",
     [], [("Valdorian Security Council", "*")], [], []),
]

DEPARTMENT_HEAD: list[Case] = [
    ("head-before-possessive",
     "The US Labor Department's inspector said the contractor had broken the rules.",
     [("US Labor Department", "GOVERNMENT_BODY")], [("Department", "*")], [], []),
]

FACILITY_KINDS: list[Case] = [
    ("gendarmerie-post",
     "Gunmen opened fire on the Tamu gendarmerie post before dawn on Sunday.",
     [("Tamu gendarmerie post", "FACILITY")], [("Tamu", "PERSON")], [], []),
    ("health-centre",
     "Militiamen looted the Berek health centre and burned the maternity ward.",
     [("Berek health centre", "FACILITY")], [], [], []),
    ("medical-center",
     "Three patients died when shells hit the Dorvani medical center on Friday.",
     [("Dorvani medical center", "FACILITY")], [], [], []),
    # must-not: a "Center" closing an organisation's name, a "centre" with no kind
    ("center-org",
     "The Mandela Peace Center said the vote had been fair.",
     [], [("Mandela Peace Center", "FACILITY")], [], []),
    ("centre-no-kind",
     "Protesters gathered in the Berek centre on Monday.",
     [], [("Berek centre", "FACILITY")], [], []),
]

_NOT_YET: dict[str, str] = {}
_CASES = GOVERNMENT_OF_THE + BODY_OF_PORTFOLIO + COMMANDS + OWNED_BODIES + DEPARTMENT_HEAD + (
    FACILITY_KINDS)


@pytest.mark.parametrize(("text", "read", "not_read", "asserted", "not_asserted"),
                         name_params(_CASES, _NOT_YET))
def test_names_read(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                    asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)
