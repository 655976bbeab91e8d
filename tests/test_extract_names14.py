"""Names cut or mistyped for their form, read whole and typed (round fourteen):

- a person's name opened by a title or a rank as the text gives it ("General Tun Lwin",
  "Pol Gen Anan Srisuk", "Guard Lucía Ortega Vidal", "U Zaw Min Htet") is the person's
  name without it, the titled form kept as an alias; a ruler's title stays ("King
  Mswati III"), and a title before one word alone is left as it was;
- the honorifics of clerics and scholars ("Maulana", "Mufti", "Allama", "Mwalimu",
  "Mawlawi") open a person's name as a title does: the name after them is a person's,
  whatever the model labelled the whole;
- capitalised words the model read as a body's name right before a known body's name
  ("the Chin National Liberation Army", "Armenia's Supreme National Security Council")
  are one longer name with it, not the known body; a state's people before it ("the
  Colombian National Liberation Army") stay apart and the known body is read;
- a place followed by a lower-case noun of its kind ("in Gedaref state", "in the Korvash
  valley") keeps its name, and the name with the kind noun is one of its names; not when
  the noun runs on into another ("Kunar province authorities");
- a capitalised word the tagger read as a verb inside a sentence, right before a person's
  name ("Its commander, Saw Lah Eh Moo, said"), opens the name: no verb is capitalised
  there; in a headline, where every word is, it is left as read;
- a name of two or three capitalised words the model labelled a product or a title is a
  person's when a person's noun stands in apposition to it ('..." Paolo Ricci, the chief
  prosecutor, told') or it opens with a known given name; not a title set off by a
  thing's noun.

Sentences of our own with invented names from several regions, short and inside long
wire sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params

Case = tuple[str, str, list[Named], list[Named], list[Triple], list[Triple]]

# (id, text, actors that must be read, actors that must not, triples that must,
#  triples that must not); a symmetric relation matches either way round.
TITLED_PERSONS: list[Case] = [
    ("general-led-by",
     "A splinter faction led by General Tun Lwin Oo attacked the checkpoint on Monday.",
     [("Tun Lwin Oo", "PERSON")], [("General Tun Lwin Oo", "*")], [], []),
    ("thai-police-rank",
     "Pol Gen Anan Srisuk, the deputy police chief, said the suspects had fled to Laos.",
     [("Anan Srisuk", "PERSON")], [("Pol Gen Anan Srisuk", "*")], [], []),
    ("guard-rank-coordinated",
     "Corporal Diego Serrano Gil, 38, and Guard Lucía Ortega Vidal, 27, were wounded when "
     "the smugglers' boat rammed their patrol launch off Almería.",
     [("Diego Serrano Gil", "PERSON"), ("Lucía Ortega Vidal", "PERSON")],
     [("Guard Lucía Ortega Vidal", "*")], [], []),
    ("burmese-honorific",
     "U Zaw Min Htet, a spokesman for the Tanintharyi Defence Council, said the column "
     "had withdrawn.",
     [("Zaw Min Htet", "PERSON")], [("U Zaw Min Htet", "*")], [], []),
    ("maulana-heads",
     "In Upper Dir, Maulana Fazal Karim Swati, who heads Jamiat Ahl-e-Tauheed, condemned "
     "the raid.",
     [("Fazal Karim Swati", "PERSON")], [("Maulana Fazal Karim Swati", "*")], [], []),
    ("allama-led-by",
     "The party, led by Allama Zafar Hussain Naqvi, announced a sit-in outside the press "
     "club.",
     [("Zafar Hussain Naqvi", "PERSON")], [("Allama Zafar Hussain Naqvi", "*")], [], []),
    ("mwalimu-shot",
     "Mwalimu Hassan Juma Bakari, a teacher at a madrasa in Kilifi, was shot dead by "
     "unknown gunmen on Friday.",
     [("Hassan Juma Bakari", "PERSON")], [("Mwalimu Hassan Juma Bakari", "*")], [], []),
    ("mawlawi-commander",
     "Mawlawi Abdul Qadir Noorzai, a Taliban commander in Paktia, told reporters that the "
     "border post had been closed.",
     [("Abdul Qadir Noorzai", "PERSON")], [("Mawlawi Abdul Qadir Noorzai", "*")],
     [("Abdul Qadir Noorzai", "MEMBER_OF", "Taliban")], []),
    # must-not: a ruler's title stays; a title before one word is left as read
    ("ruler-keeps-title",
     "King Mswati III met President Duma Boko in Mbabane on Tuesday.",
     [("King Mswati III", "PERSON"), ("Duma Boko", "PERSON")], [("Mswati III", "*")],
     [], []),
    ("rank-before-one-word",
     "General Hemedti said his fighters would not leave the city.",
     [], [("Hemedti Said", "*")], [], []),
]

LONGER_THAN_KNOWN: list[Case] = [
    ("liberation-army-of-a-people",
     "Rebels of the Chin National Liberation Army seized two outposts near the border.",
     [("Chin National Liberation Army", "ARMED_GROUP")],
     [("National Liberation Army", "*"), ("Chin", "*")], [], []),
    ("liberation-army-place-word",
     "Fighters of the Naga National Liberation Army ambushed a patrol near Ukhrul on "
     "Sunday.",
     [("Naga National Liberation Army", "ARMED_GROUP")],
     [("National Liberation Army", "*"), ("Naga", "*")], [], []),
    ("state-security-council",
     "Vahe Martirosyan, secretary of Armenia's Supreme National Security Council, met the "
     "envoy in Yerevan on Thursday.",
     [("Armenian Supreme National Security Council", "GOVERNMENT_BODY")],
     [("UN Security Council", "*"), ("Armenian Supreme National", "*")],
     [("Armenian Supreme National Security Council", "PART_OF", "Armenia")], []),
    ("town-security-council",
     "The Tumaco Security Council met on Monday to discuss the curfew.",
     [("Tumaco Security Council", "GOVERNMENT_BODY")], [("UN Security Council", "*")],
     [], []),
    # must-not: a demonym before the known name is the state's, not the name's
    ("demonym-before-known",
     "The Colombian National Liberation Army attacked a base near Arauca.",
     [("National Liberation Army", "ARMED_GROUP")],
     [("Colombian National Liberation Army", "*")], [], []),
    ("state-owns-known",
     "ELN fighters, members of Colombia's National Liberation Army, attacked a base near "
     "Arauca.",
     [("National Liberation Army", "ARMED_GROUP")], [("Colombia National Liberation Army", "*")],
     [], []),
]

VERB_READ_NAMES: list[Case] = [
    ("apposition",
     "Its commander, Saw Lah Eh Moo, told reporters the column had withdrawn.",
     [("Saw Lah Eh Moo", "PERSON")], [("Lah Eh Moo", "*")], [], []),
    ("object",
     "The European Union sanctioned Saw Ba Nyunt in March for running scam compounds.",
     [("Saw Ba Nyunt", "PERSON")], [("Ba Nyunt", "*")],
     [("European Union", "SANCTIONS", "Saw Ba Nyunt")], []),
    # must-not: the verb in lower case, or a headline's capitalised words
    ("lower-case-verb",
     "Villagers saw Maung Tin Aung leave the camp before dawn.",
     [("Maung Tin Aung", "PERSON")], [("saw Maung Tin Aung", "*")], [], []),
    ("headline",
     "Villagers Saw Maung Tin Flee As Troops Advance",
     [], [("Saw Maung Tin", "*"), ("Saw Maung Tin Flee", "*")], [], []),
]

PERSONS_AS_TITLES: list[Case] = [
    ("quote-then-prosecutor",
     '"They believed the valley was theirs," Paolo Ricci, the chief prosecutor who heads '
     "the Bari District Attorney's Office, told a news conference.",
     [("Paolo Ricci", "PERSON")], [], [], []),
    # must-not: a film set off by a thing's noun is no one
    ("film-title",
     'The ministry banned "Silent Harbour", a documentary about the port, on Monday.',
     [], [("Silent Harbour", "PERSON")], [], []),
]

_NOT_YET: dict[str, str] = {}
_ARGS = ("text", "read", "not_read", "asserted", "not_asserted")


# Each table's rows, its name in the test's id ("titled-persons-maulana-heads").
_TABLES = {"titled-persons": TITLED_PERSONS, "longer-than-known": LONGER_THAN_KNOWN,
           "verb-read": VERB_READ_NAMES, "persons-as-titles": PERSONS_AS_TITLES}


@pytest.mark.parametrize(_ARGS, name_params(
    [(f"{table}-{row[0]}", *row[1:]) for table, rows in _TABLES.items() for row in rows],
    _NOT_YET))
def test_names(nlp: Language, text: str, read: list[Named], not_read: list[Named],
               asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


def _aliases_of(nlp: Language, text: str, name: str) -> tuple[str, ...]:
    ex = extract_document(nlp, text, "t.txt")
    return next(a.aliases for a in ex.actors if a.name == name)


@pytest.mark.parametrize(("text", "name", "alias"), [
    ("Drones struck a fuel depot in Gedaref state on Sunday, officials said.",
     "Gedaref", "Gedaref state"),
    ("Two shepherds were killed by a mine in the Korvash valley, police said.",
     "Korvash", "Korvash valley"),
    ("The navy escorted two tankers through the Bab al-Mandab strait on Monday.",
     "Bab el-Mandeb", "Bab al-Mandab strait"),
])
def test_place_named_with_its_kind(nlp: Language, text: str, name: str, alias: str) -> None:
    assert alias in _aliases_of(nlp, text, name)


def test_kind_noun_running_on_is_no_name(nlp: Language) -> None:
    aliases = _aliases_of(nlp, "Kunar province authorities said four soldiers were killed.",
                          "Kunar")
    assert "Kunar province" not in aliases


def test_titled_form_stays_an_alias(nlp: Language) -> None:
    ex = extract_document(nlp, "A faction led by General Tun Lwin Oo attacked the post.",
                          "t.txt")
    person = next(a for a in ex.actors if a.name == "Tun Lwin Oo")
    assert "General Tun Lwin Oo" in person.aliases
