"""Precision of general readings, third round: an actor inside the clause of a charge is not
the one charged ("accused the guards of helping Y", engine.not_criticised); a later "parts
of Y" the parser hung on an earlier name puts nothing in Y, nor does "the town of X and
nearby Y" put Y in X (links._prep_link); a "Y-led" noun set off after a name is that name's
(rules._compound_backing); "the anti-X movement" is no name of X (resolve.actor_of); a
passive's place is its own subject's and its agents', not another verb's subject's
(links._where_done); a region's minister heads no ministry of the state
(ministers.note_ministers). Own
sentences; each must-not has a must beside it that keeps the reading's output."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # actors inside the object criticised are the ones criticised
    ("criticised-inside-object", "Tanzania criticised Kenya's relationship with Uganda.",
     [("Tanzania", "CRITICIZES", "Kenya")]),
    # "the X district of Y": X is in Y
    ("district-of", "Police say the gang controls much of Eastleigh and the Pangani district "
     "of Nairobi, where it taxes traders.", [("Pangani", "LOCATED_IN", "Nairobi")]),
    # "the Y province town of X": X is in Y (the province named by its name, "Lualaba
    # province" its alias)
    ("province-town-of", "The rebels pulled their fighters out of the Lualaba province town "
     "of Kolwezi and nearby Likasi.", [("Kolwezi", "LOCATED_IN", "Lualaba")]),
    # a "Y-led" noun in apposition to a name: Y leads the name
    ("led-noun-set-off", "Velmar Unity, the Kenya-backed party that dominates politics in "
     "the north, called on UNMISS, the UN-led peacekeeping force, to take over security in "
     "the villages.", [("United Nations", "LEADS", "UNMISS"),
                       ("Kenya", "BACKS", "Velmar Unity")]),
    # "the X movement led by Y": Y leads X
    ("movement-led-by", "The tribesmen joined the Houthi movement led by Abdul-Malik "
     "al-Houthi last year.", [("Abdul-Malik al-Houthi", "LEADS", "Houthis")]),
    # a passive said of the subject itself places it
    ("passive-of-subject", "The Ravine Liberation Front has guarded the road since it was "
     "deployed in Kalemie.", [("Ravine Liberation Front", "LOCATED_IN", "Kalemie")]),
    ("passive-of-members", "The Ravine Liberation Front, a militia whose fighters were "
     "tried in Kalemie, denied the charges.",
     [("Ravine Liberation Front", "LOCATED_IN", "Kalemie")]),
    # the country's minister heads its one ministry of the portfolio
    ("country-minister", "Chad's Interior Ministry closed the border crossings on Monday. "
     "The country's interior minister, Omar Dalil, told reporters the roads would reopen.",
     [("Omar Dalil", "LEADS", "Chadian Interior Ministry")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_precision_keeps(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # whom the charged helped is not charged
    ("accused-of-helping", "Tanzania accused the border guards of helping Uganda.",
     [("Tanzania", "CRITICIZES", "Uganda")]),
    # "much of X and parts of Y": X is not in Y
    ("parts-of-listed", "Police say the gang controls much of Eastleigh and parts of "
     "Mombasa, where it taxes traders.", [("Eastleigh", "LOCATED_IN", "Mombasa")]),
    # "the town of X and nearby Y": Y is not in X
    ("town-of-and-nearby", "The rebels pulled out of the town of Goma and nearby Rutshuru "
     "in March.", [("Rutshuru", "LOCATED_IN", "Goma")]),
    # the "Y-led" force is the name set off before it, not an earlier name
    ("led-noun-not-earlier-name", "Velmar Unity, the Kenya-backed party that dominates "
     "politics in the north, called on UNMISS, the UN-led peacekeeping force, to take over "
     "security in the villages.", [("United Nations", "LEADS", "Velmar Unity")]),
    # a foe of X's led by Y: Y does not lead X
    ("anti-movement-led-by", "The tribesmen joined the anti-Houthi movement led by Tariq "
     "Saleh last year.", [("Tariq Saleh", "LEADS", "Houthis")]),
    # a passive said of another thing places not the subject of the verb it hangs on
    ("passive-of-other", "The Ravine Liberation Front has guarded the road since a truce "
     "was signed in Kalemie.", [("Ravine Liberation Front", "LOCATED_IN", "Kalemie")]),
    # a region's minister heads no ministry of the state's
    ("region-minister", "Chad's Interior Ministry closed the border crossings on Monday. "
     "The province's interior minister, Omar Dalil, told reporters the roads would reopen.",
     [("Omar Dalil", "LEADS", "*")]),
    ("named-region-minister", "Nigeria's Interior Ministry closed the border crossings on "
     "Monday. Borno's interior minister, Omar Dalil, told reporters the roads would reopen.",
     [("Omar Dalil", "LEADS", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_precision_drops(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
