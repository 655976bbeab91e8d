"""Names cut or mistyped for their form, read whole and typed (round fifteen):

- a region's or a province's name straight before a lower-case "government" ("the
  Upper Varenga government", "the Kalvoria government") names the region's own
  government, a body, whatever the model read in the name (often nothing); a state's
  name, a capital's, a people's word ("the Kenyan government") or a person's name read
  elsewhere in the text ("the Ruto government") stay as they were read: the state;
- the name a group's own noun is "known as" or "called" may stand in quotes ('a cell
  known as "Los Cuervos"', 'a gang known as "Black Ants"'), and a gang's, a militia's or
  a cartel's noun types it; after another noun ('the smuggler, known as "Grey Fox"', 'a
  song known as "Red River"') the quoted words are left as read;
- two to five capitalised words the model left out of every entity after an honorific
  ("chaired by Padoh Saw Lay Htoo Moo", "ordered by Mufti Abdul Wali Kakar") are a
  person's name without the honorific, whatever the tagger read in them; not one word
  alone, nor a body's head word ("the Mufti Council");
- a capital's name before a lower-case "state", "province" or "region" names the region
  called after the city ("every village of Kinshasa province", "the Kabul province
  governor"), a place, not the country; the country's own organs stay its ("Tripoli
  state television": Libya's).

Sentences of our own with invented names from several regions, short and inside long
wire sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params

Case = tuple[str, str, list[Named], list[Named], list[Triple], list[Triple]]

# (id, text, actors that must be read, actors that must not, triples that must,
#  triples that must not); a symmetric relation matches either way round.
REGION_GOVERNMENTS: list[Case] = [
    ("spokesman-for",
     "Tomas Okelo, a spokesman for the Upper Varenga government, said the provincial "
     "police had arrested four suspects.",
     [("Upper Varenga government", "GOVERNMENT_BODY"), ("Tomas Okelo", "PERSON")], [],
     [("Tomas Okelo", "SPOKESPERSON_FOR", "Upper Varenga government")], []),
    ("object-of-criticism",
     "On Monday the teachers' union accused the Kalvoria government of withholding "
     "salaries for six months.",
     [("Kalvoria government", "GOVERNMENT_BODY")], [], [], []),
    ("model-read-a-place",
     "Farmers marched on the Sindh government offices, and the Sindh government promised "
     "compensation within a month.",
     [("Sindh government", "GOVERNMENT_BODY")], [], [], []),
    # must-not: a state's people, a state, a capital, a ruler named in the text
    ("demonym-is-the-state",
     "Rights groups urged the Angolan government to free the detained activists.",
     [("Angola", "STATE")], [("Angolan government", "*")], [], []),
    ("state-name",
     "The Myanmar government said the talks would resume in Bangkok.",
     [("Myanmar", "STATE")], [("Myanmar government", "*")], [], []),
    ("capital-stands-for-state",
     "Diplomats said the Kabul government had not replied to the request.",
     [("Afghanistan", "STATE")], [("Kabul government", "*")], [], []),
    ("ruler-named-elsewhere",
     "President William Ruto defended the Ruto government's tax plans in Nakuru on "
     "Friday.",
     [("William Ruto", "PERSON")], [("Ruto government", "*")], [], []),
]

CALLED_IN_QUOTES: list[Case] = [
    ("cell-known-as-quoted",
     'Investigators have charged five members of a cell known as "Los Cuervos" with the '
     'kidnapping of a trader in Arequipa.',
     [("Los Cuervos", "*")], [], [], []),
    ("gang-known-as-quoted",
     'Police in Durban arrested the leader of a gang known as "Black Ants" on Sunday.',
     [("Black Ants", "ARMED_GROUP")], [], [], []),
    ("militia-called-curly-quotes",
     "Villagers said a militia known as \u201cRed Lions\u201d had burned the market.",
     [("Red Lions", "ARMED_GROUP")], [], [], []),
    # must-not: a person's or a thing's quoted name
    ("smuggler-known-as",
     'The smuggler, known as "Grey Fox", was arrested near the border on Friday.',
     [], [("Grey Fox", "ARMED_GROUP"), ("Grey Fox", "ORGANIZATION")], [], []),
    ("song-known-as",
     'The crowd sang a song known as "Red River" outside the court.',
     [], [("Red River", "ARMED_GROUP"), ("Red River", "ORGANIZATION")], [], []),
]

HONORIFIC_NAMES: list[Case] = [
    ("padoh-karen",
     "The brigade, now commanded by Padoh Saw Lay Htoo Moo, said it had taken the camp.",
     [("Saw Lay Htoo Moo", "PERSON")], [("Padoh Saw Lay Htoo Moo", "*")], [], []),
    ("mufti-ordered-by",
     "Officials said the bombing was ordered by Mufti Abdul Wali Kakar, who fled to "
     "Kandahar.",
     [("Abdul Wali Kakar", "PERSON")], [("Mufti Abdul Wali Kakar", "*")], [], []),
    # must-not: a body's head word, one word alone
    ("mufti-council",
     "The Mufti Council of Tanga condemned the killing of the imam.",
     [], [("Council", "PERSON"), ("Tanga", "PERSON")], [], []),
    ("one-word-after",
     "Maulana Karimullah told the crowd to go home.",
     [], [("Maulana Karimullah", "ORGANIZATION")], [], []),
]

CAPITAL_REGIONS: list[Case] = [
    ("capital-governorate-object",
     "Gunmen killed four farmers in the north of Baghdad governorate on Sunday.",
     [("Baghdad", "LOCATION")], [("Iraq", "*")], [], []),
    ("capital-state-object",
     "The rebels say they now hold every village of Juba state.",
     [("Juba", "LOCATION")], [("South Sudan", "*")], [], []),
    ("capital-province-title",
     "The Kabul province governor, Mohammad Qasim Halimi, toured the flooded districts.",
     [("Kabul", "LOCATION")], [("Afghanistan", "*")], [], []),
    # must-not: the country's own organs, the capital speaking for its state
    ("capital-state-television",
     "Tripoli state television said the convoy had been stopped.",
     [("Libya", "STATE")], [("Tripoli", "LOCATION")], [], []),
    ("capital-speaks",
     "Kabul said on Monday it would not accept the new border post.",
     [("Afghanistan", "STATE")], [("Kabul", "LOCATION")], [], []),
]

_NOT_YET: dict[str, str] = {}
_CASES = REGION_GOVERNMENTS + CALLED_IN_QUOTES + HONORIFIC_NAMES + CAPITAL_REGIONS


@pytest.mark.parametrize(("text", "read", "not_read", "asserted", "not_asserted"),
                         name_params(_CASES, _NOT_YET))
def test_names_read(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                    asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)
