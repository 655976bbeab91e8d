"""Names cut, merged or mistyped for their form, read whole and typed (round nineteen):

- "Los Halcones del Sur": a gang's name opened by a Spanish plural article goes on over
  "del"/"de" (and an article) and the one or two capitalised words of the place it is
  named for;
- "Lieutenant Ángel Darío Mejía Sosa": a long name whose given names modify each other
  (not the surname straight) is read whole, its first given name kept;
- "the Unión Nacional de ... (Unacam)": a short form built from the name's syllables in
  brackets is the name's acronym, no faction read into the name;
- "the Ministry of Energy and Mines": a body named by its portfolio goes on over "and"
  and one or two capitalised words of a portfolio.

Sentences of our own with invented names where the reading allows.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params
from .test_extract_names15 import Case

SPANISH_GANGS: list[Case] = [
    ("gang-del-place",
     "Prosecutors say Los Halcones del Sur killed Tomás Vera Llanos, a trader who refused "
     "to pay.",
     [("Los Halcones del Sur", "ARMED_GROUP")], [("Los Halcones", "*")],
     [("Los Halcones del Sur", "KILLED", "Tomás Vera Llanos")], []),
    ("gang-de-la-place",
     "Police said Las Garzas de la Quebrada had taken over two mine shafts near Tayabamba.",
     [("Las Garzas de la Quebrada", "*")], [("Las Garzas", "*")], [], []),
    # must-not: no joining word after the gang's name
    ("gang-then-in",
     "Los Halcones clashed with soldiers in Tayabamba on Sunday.",
     [("Los Halcones", "ARMED_GROUP")], [("Los Halcones in Tayabamba", "*")], [], []),
]

LONG_NAMES: list[Case] = [
    ("rank-four-part-name",
     "The cartel killed Lieutenant Ángel Darío Mejía Sosa of the Mexican Army in an "
     "ambush near Reynosa.",
     [("Ángel Darío Mejía Sosa", "PERSON")], [("Darío Mejía Sosa", "*")],
     [("Ángel Darío Mejía Sosa", "MEMBER_OF", "Mexican Army")], []),
    # must-not: the rank stays out of the name
    ("rank-kept-out",
     "The cartel killed Lieutenant Ángel Darío Mejía Sosa of the Mexican Army.",
     [], [("Lieutenant Ángel Darío Mejía Sosa", "*")], [], []),
]

SYLLABLE_ACRONYMS: list[Case] = [
    ("syllable-acronym",
     "The Unión Nacional de Cafetaleros y Productores Agrarios del Norte (Unacap), which "
     "speaks for small growers, called on the government to act.",
     [("Unión Nacional de Cafetaleros y Productores Agrarios del Norte", "ORGANIZATION")],
     [("Unión Nacional de Cafetaleros y Productores Agrarios del Norte (Unacap)", "*")],
     [], []),
    # must-not: a faction named after its leader stays a faction in the party's name
    ("leaders-faction",
     "The Communist Party of Nepal (Kelang) attacked a police post.",
     [("Communist Party of Nepal (Kelang)", "*")], [], [], []),
]

PORTFOLIOS: list[Case] = [
    ("ministry-energy-and-mines",
     "The Andean Miners Federation has criticised the Ministry of Energy and Mines for "
     "delaying the permits.",
     [("Ministry of Energy and Mines", "GOVERNMENT_BODY")], [("Ministry of Energy", "*")],
     [("*", "CRITICIZES", "Ministry of Energy and Mines")], []),
    ("department-two-words",
     "The Department of Lands and Rural Affairs said the settlers would be moved.",
     [("Department of Lands and Rural Affairs", "GOVERNMENT_BODY")], [], [], []),
    # must-not: a name after "and" is an actor of its own
    ("ministry-and-group",
     "The Ministry of Defence and Hezbollah traded accusations on Monday.",
     [("Ministry of Defence", "GOVERNMENT_BODY"), ("Hezbollah", "ARMED_GROUP")],
     [("Ministry of Defence and Hezbollah", "*")], [], []),
    ("ministry-and-firm",
     "The villagers blamed the Ministry of Energy and Vale Mining for the spill.",
     [("Ministry of Energy", "GOVERNMENT_BODY")],
     [("Ministry of Energy and Vale", "*"), ("Ministry of Energy and Vale Mining", "*")],
     [], []),
]

_NOT_YET: dict[str, str] = {}
_CASES = SPANISH_GANGS + LONG_NAMES + SYLLABLE_ACRONYMS + PORTFOLIOS


@pytest.mark.parametrize(("text", "read", "not_read", "asserted", "not_asserted"),
                         name_params(_CASES, _NOT_YET))
def test_names_read(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                    asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)
