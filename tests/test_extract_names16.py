"""Names cut, merged or mistyped for their form, read whole and typed (round sixteen):

- a name the model read as an organisation, of one or two capitalised words, that a
  preposition of place governs ("officials in Varnakh said", "a camp near Tolumbe") is a
  place, as a person's name there already was; not after "the" ("in the Senate"), nor
  a body's word ("in Varnakh Police");
- a state's one-word name between a title and a one-word name the model read as a
  person's ("Defence Minister Israel Tamir") is the person's given name: one name, the
  person's, not the state; without the title the state stays the state;
- "the mayor of Dorvani, Amadou Kane, said" read as one entity is the place (or body)
  the office is of and its holder, a known given name opening the holder's name; a list
  of places ("the provinces of Dajana, Elias Pino and Rosa") is left as read;
- a person's name, at most two capitalised words and a capitalised unit head ("Front",
  "Bloc", "Column", "Brigade", "Battalion") name a guerrilla unit named after the person
  ("its Mateo Arias Castro War Front"), an armed group; a "Column" closing a body's name
  ("the Dario Lenis Mobile Column") types it armed;
- a "National Park" closing a name is land, a place ("the Kasungu Lake National Park"),
  and a capitalised "Hospital" closing one a facility ("the Mbale Teaching Hospital");
- a code name of letters and a number ("the K-45") before a noun of a unit's men ("K-45
  commandos") or set off by an apposition whose head is one ("the K-45, the anti-rebel
  commando force of ...") is an armed unit; a weapon's code ("J-17 jets", "an R-55, a
  cruise missile") is not; a name the model read as an event or a product whose last
  word is a force's ("the Tarvo Police") is a force;
- a fighters' plural possessive opening a name the model read whole ("the Maoists'
  Tarvo Division Committee") is its owner's, not part of the name; a name's own first
  word ("the Peoples' Equality and Liberty Party") stays;
- the curated gazetteer knows Tren de Aragua (a gang the model reads as a person), the UN's
  humanitarian office (OCHA, whose long name the model cut at "Office"), Port
  Sudan (a city the state's name cut in two) and Lake Chad (a lake the state's name took).

Sentences of our own with invented names from several regions, short and inside long
wire sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params
from .test_extract_names15 import Case

PLACE_SLOTS: list[Case] = [
    ("officials-in",
     "Four protesters died when police opened fire in Tesmar, officials in Varnakh said "
     "on Thursday.",
     [("Varnakh", "LOCATION")], [("Varnakh", "ORGANIZATION")], [], []),
    ("village-in-district",
     "The commandos came under fire near the village of Kolwande in Bhamrasur, the "
     "district police chief said.",
     [("Bhamrasur", "LOCATION")], [("Bhamrasur", "ORGANIZATION")], [], []),
    # must-not: a body named with its "the", a body's word in the name
    ("the-body",
     "The bill was debated for three days in the Senate before the vote.",
     [], [("Senate", "LOCATION")], [], []),
    ("police-in-name",
     "Two officers serving in Varnakh Police were suspended after the raid.",
     [], [("Varnakh Police", "LOCATION")], [], []),
]

STATE_GIVEN_NAMES: list[Case] = [
    ("minister-israel",
     "Defence Minister Israel Tamir said the army would keep its positions along the "
     "border for as long as needed.",
     [("Israel Tamir", "PERSON")], [("Tamir", "*")], [], []),
    ("governor-jordan",
     "Governor Jordan Mbeki told reporters the curfew would be lifted on Friday.",
     [("Jordan Mbeki", "PERSON")], [("Jordan", "STATE")], [], []),
    # must-not: no title before the state's name: the state and a person apart
    ("no-title",
     "Talks between Israel and Tamir's party broke down on Monday.",
     [("Israel", "STATE")], [("Israel Tamir", "*")], [], []),
]

OFFICERS_SET_OFF: list[Case] = [
    ("mayor-of",
     "The mayor of Dorvani, Amadou Kane, said many traders had not reopened their "
     "stalls since the attack.",
     [("Amadou Kane", "PERSON"), ("Dorvani", "*")], [("Dorvani, Amadou Kane", "*")],
     [], []),
    ("governor-of-long",
     "Gunmen abducted 14 farmers near the border, and the governor of Tessana, Ibrahim "
     "Moussa, said troops had been sent to the area.",
     [("Ibrahim Moussa", "PERSON")], [("Tessana, Ibrahim Moussa", "*")], [], []),
    # must-not: a list of places after "of"
    ("list-of-places",
     "Troops were sent to the provinces of Dajana, Elias Pino and Rosa on Monday.",
     [], [("Elias Pino", "PERSON")], [], []),
]

PERSON_UNITS: list[Case] = [
    ("war-front",
     "The rebels operate in the north through their Mateo Arias Castro War Front, a unit "
     "based in the hills.",
     [("Mateo Arias Castro War Front", "ARMED_GROUP")], [("Mateo Arias Castro War", "*")],
     [], []),
    ("mobile-column",
     "The Dario Lenis Mobile Column attacked a police post near Toribio on Sunday.",
     [("Dario Lenis Mobile Column", "ARMED_GROUP")], [], [], []),
    # must-not: a person's name before a capitalised word that heads no unit
    ("person-then-verb",
     "Mateo Arias Castro Said the talks had failed.",
     [], [("Mateo Arias Castro Said", "*")], [], []),
    ("front-of",
     "He joined the Ruben Lenis Front for the Liberation of the Coast in 1999.",
     [], [("Ruben Lenis Front", "*")], [], []),
]

PLACE_KINDS: list[Case] = [
    ("national-park",
     "Gunmen have taken over much of the Kasungu Lake National Park since 2024.",
     [("Kasungu Lake National Park", "LOCATION")], [], [], []),
    ("hospital",
     "Shells hit the Mbale Teaching Hospital on Sunday, killing four patients.",
     [("Mbale Teaching Hospital", "FACILITY")], [("Mbale Teaching Hospital", "ORGANIZATION")],
     [], []),
    # must-not: a park that is no national park, a body named after a hospital
    ("business-park",
     "Police raided the Tolumbe Business Park on Sunday.",
     [], [("Tolumbe Business Park", "LOCATION")], [], []),
    ("hospital-board",
     "The Mbale Hospital Board met on Sunday to discuss the strike.",
     [], [("Mbale Hospital Board", "FACILITY")], [], []),
]

GAZETTEER: list[Case] = [
    ("tren-de-aragua",
     "Prosecutors charged six members of a Tren de Aragua cell with extortion in Lima.",
     [("Tren de Aragua", "ARMED_GROUP")], [("Tren de Aragua", "PERSON")], [], []),
    ("port-sudan",
     "Drones struck a fuel depot in Port Sudan on Tuesday, officials said.",
     [("Port Sudan", "LOCATION")], [("Port", "*")], [], []),
    ("lake-chad",
     "Fishermen on Lake Chad said the militants had taxed their catch for a year.",
     [("Lake Chad", "LOCATION")], [], [], []),
    ("ocha-long-name",
     "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said "
     "aid convoys had been blocked for a week.",
     [("United Nations Office for the Coordination of Humanitarian Affairs", "ORGANIZATION")],
     [("United Nations Office", "*")], [], []),
    # must-not: the state alone stays the state
    ("chad-state",
     "Chad said on Monday it would send troops to the border.",
     [("Chad", "STATE")], [("Lake Chad", "*")], [], []),
]

CODE_AND_EVENT_FORCES: list[Case] = [
    ("code-apposition",
     "Four rebels died when a patrol from the K-45, the anti-rebel commando force of the "
     "Tarvo Police, came under fire near the village of Molu.",
     [("K-45", "ARMED_GROUP"), ("Tarvo Police", "ARMED_GROUP")], [], [], []),
    ("code-before-men",
     "A roadside bomb killed three K-45 commandos near Molu in 2023.",
     [("K-45", "ARMED_GROUP")], [], [], []),
    # must-not: a weapon's code before its own noun, or set off as a weapon
    ("code-weapon",
     "Two J-17 jets struck the depot near Molu on Sunday.",
     [], [("J-17", "ARMED_GROUP")], [], []),
    ("code-missile",
     "Officials said an R-55, a cruise missile, hit the plant on Sunday.",
     [], [("R-55", "ARMED_GROUP")], [], []),
]

FIGHTERS_OWNING: list[Case] = [
    ("maoists-committee",
     "Among the dead was Sunil Mandavi, the secretary of the Maoists' Tarvo Division "
     "Committee, police said.",
     [("Tarvo Division Committee", "*")], [("Maoists' Tarvo Division Committee", "*")],
     [], []),
    ("rebels-brigade",
     "Villagers said the rebels' Kolu Hills Brigade had set up checkpoints on the road.",
     [("Kolu Hills Brigade", "ARMED_GROUP")], [("rebels' Kolu Hills Brigade", "*")], [], []),
    # must-not: a name whose own first word is a plural possessive
    ("peoples-party",
     "The Peoples' Equality and Liberty Party won four seats in Tarvo.",
     [], [("Equality and Liberty Party", "*")], [], []),
]

_NOT_YET: dict[str, str] = {}
_CASES = PLACE_SLOTS + STATE_GIVEN_NAMES + OFFICERS_SET_OFF + PERSON_UNITS + PLACE_KINDS + (
    GAZETTEER + CODE_AND_EVENT_FORCES + FIGHTERS_OWNING)


@pytest.mark.parametrize(("text", "read", "not_read", "asserted", "not_asserted"),
                         name_params(_CASES, _NOT_YET))
def test_names_read(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                    asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)
