"""A capital standing for its government, as wire copy writes it: the capital as the
one who speaks or acts ("Juba accused Khartoum of ...", "Caracas expelled the Colombian
ambassador"), as the one acted on ("Washington imposed sanctions on Tehran", "Beijing
warned Taipei"), in pairs ("Juba and Khartoum signed a ceasefire"), and those who govern
from it ("officials in Luanda", "the government in Bamako", "the junta in Ouagadougou",
"urged the government in Mogadishu to ..."): each relation goes to the state itself, the
same actor as the state's own name, with no second node for the city.

Must-nots: the capital as a place (fighting in it, troops entering it, a rally in it, a
flight to it, its airport, a city held: "controls parts of Mogadishu"), rulers that are
someone else's ("US officials in Kabul", "UN officials in Juba", "city officials in
Nairobi", "the de facto authorities in Sanaa"), a city that is no capital ("officials in
Lagos", "the government in Mombasa"), the capital inside an accord's name, a denial, an
act only possible ("could expel ... if"), and the other direction.

Own sentences with invented incidents, in many regions."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

C, D, T, S, B, OP = "CRITICIZES", "DEMANDS", "THREATENS", "SANCTIONS", "BACKS", "OPPOSES"
CF, LOC, CTL = "CEASEFIRE_WITH", "LOCATED_IN", "CONTROLS"
DRC = "Democratic Republic of the Congo"

# The capital as the one who speaks or acts, and as the one acted on.
ACTS: list[tuple[str, str, list[Triple]]] = [
    ("accused-subject-object", "Juba accused Khartoum of supporting the rebels.",
     [("South Sudan", C, "Sudan")]),
    ("accused-two-words", "Addis Ababa has accused Khartoum of arming the rebels.",
     [("Ethiopia", C, "Sudan")]),
    ("accused-long",
     "Addis Ababa has accused Khartoum of arming the rebels in the border region, a charge "
     "the Sudanese government rejects, officials said on Wednesday.",
     [("Ethiopia", C, "Sudan")]),
    ("accused-apostrophe", "N'Djamena accused Khartoum of backing the rebels.",
     [("Chad", C, "Sudan")]),
    ("accused-caucasus", "Yerevan accused Baku of shelling its villages.",
     [("Armenia", C, "Azerbaijan")]),
    ("accused-andes", "Caracas accused Bogota of harbouring paramilitaries.",
     [("Venezuela", C, "Colombia")]),
    ("accused-gulf", "Tehran accused Baghdad of harbouring Kurdish rebels.",
     [("Iran", C, "Iraq")]),
    ("accused-peninsula", "Seoul accused Pyongyang of sending balloons across the border.",
     [("South Korea", C, "North Korea")]),
    ("accused-great-lakes-long",
     "KINSHASA, March 3 (Reuters) - Kinshasa accused Kigali on Tuesday of backing the "
     "rebels, according to a government statement.",
     [(DRC, C, "Rwanda")]),
    ("dateline-then-capital",
     "NAIROBI, Kenya — Nairobi has accused Mogadishu of failing to secure the border after "
     "a string of raids on police posts, the interior ministry said on Monday.",
     [("Kenya", C, "Somalia")]),
    # other spellings, and capitals the compiled dictionaries leave out
    ("older-spelling", "Kiev accused Moscow of shelling the plant.",
     [("Ukraine", C, "Russia")]),
    ("central-asia", "Astana urged Bishkek to reopen the border.",
     [("Kazakhstan", D, "Kyrgyzstan")]),
    ("myanmar-object", "Dhaka urged Naypyidaw to take back the refugees.",
     [("Bangladesh", D, "Myanmar")]),
    ("mongolia-deal", "Ulaanbaatar signed a trade deal with Beijing.",
     [("Mongolia", "COOPERATES_WITH", "China")]),
    ("passive-accused-by", "Kigali was accused by Kinshasa of backing the rebels.",
     [(DRC, C, "Rwanda")]),
    ("condemned", "Washington condemned Pyongyang for the missile launch.",
     [("United States", C, "North Korea")]),
    ("condemned-strait", "Taipei condemned Beijing for the military drills.",
     [("Taiwan", C, "China")]),
    ("condemned-caribbean", "Havana condemned Washington over the embargo.",
     [("Cuba", C, "United States")]),
    ("condemned-maghreb", "Algiers condemned Rabat for normalising ties with Israel.",
     [("Algeria", C, "Morocco")]),
    ("condemned-over-strikes",
     "Baghdad condemned Ankara over the air strikes in the Kurdistan region.",
     [("Iraq", C, "Turkey")]),
    ("warned", "Beijing warned Taipei against seeking independence.",
     [("China", T, "Taiwan")]),
    ("warned-subcontinent", "New Delhi warned Islamabad against supporting militants.",
     [("India", T, "Pakistan")]),
    ("threatened", "Moscow threatened Kyiv with a new offensive.",
     [("Russia", T, "Ukraine")]),
    ("urged", "Pretoria urged Harare to hold free elections.",
     [("South Africa", D, "Zimbabwe")]),
    ("urged-sahel", "Abuja urged Niamey to restore constitutional order.",
     [("Nigeria", D, "Niger")]),
    ("urged-long",
     "BRUSSELS, March 4 (Reuters) - Kyiv urged Budapest on Tuesday to drop its veto, "
     "according to a statement from the foreign ministry.",
     [("Ukraine", D, "Hungary")]),
    ("sanctions-on", "Washington imposed sanctions on Tehran.",
     [("United States", S, "Iran")]),
    ("expelled-envoy", "Bogota expelled the Venezuelan ambassador.",
     [("Colombia", S, "Venezuela")]),
    ("expelled-envoy-long",
     "Caracas expelled the Colombian ambassador on Friday after Bogota recognised the "
     "opposition leader as interim president.",
     [("Venezuela", S, "Colombia")]),
    ("supports", "Moscow supports Damascus in the war.", [("Russia", B, "Syria")]),
    ("backs-attributed", "Tehran backs the Houthis, according to Western officials.",
     [("Iran", B, "Houthis")]),
    ("rejected-claims", "Rabat rejected the claims made by Algiers on Monday.",
     [("Morocco", OP, "Algeria")]),
    ("sent-at-request", "Kampala sent troops to Juba at the request of Juba.",
     [("Uganda", B, "South Sudan")]),
    ("possessive-support", "Kigali's support for the M23 rebels angered Kinshasa.",
     [("Rwanda", B, "March 23 Movement")]),
    ("possessive-sanctions", "Washington's sanctions on Caracas hurt the economy.",
     [("United States", S, "Venezuela")]),
    # arms and aid given to a capital go to its state
    ("delivered-to", "China delivered drones to Addis Ababa.", [("China", B, "Ethiopia")]),
    ("provided-to-long",
     "Washington provided weapons to Kyiv on Monday, a Pentagon spokesman told reporters "
     "in a briefing.", [("United States", B, "Ukraine")]),
    ("sent-arms-to", "Moscow sent arms to Damascus.", [("Russia", B, "Syria")]),
    ("provided-to-government-in", "Cairo provided weapons to the government in Tripoli.",
     [("Egypt", B, "Libya")]),
    # pairs
    ("accused-pair-object",
     "Kinshasa has repeatedly accused Kigali and Kampala of backing the rebels.",
     [(DRC, C, "Rwanda"), (DRC, C, "Uganda")]),
    ("pair-subject-condemned", "Nairobi and Addis Ababa condemned the attack by al-Shabaab.",
     [("Kenya", C, "al-Shabaab"), ("Ethiopia", C, "al-Shabaab")]),
    ("pair-subject-backed", "Tehran and Moscow have backed Damascus throughout the war.",
     [("Iran", B, "Syria"), ("Russia", B, "Syria")]),
    ("pair-ceasefire", "Juba and Khartoum signed a ceasefire on Friday.",
     [("South Sudan", CF, "Sudan")]),
    ("pair-peace-deal", "Kigali and Kinshasa signed a peace deal on Tuesday.",
     [("Rwanda", CF, DRC)]),
]

# Those who govern from the capital stand for its state.
SEATS: list[tuple[str, str, list[Triple]]] = [
    ("officials-in-asked", "Officials in Luanda have asked Kinshasa to arrest the "
     "separatist leaders.", [("Angola", D, DRC)]),
    ("government-in-accused", "The government in Bamako accused Algiers of meddling in "
     "its affairs.", [("Mali", C, "Algeria")]),
    ("junta-in-condemned", "The junta in Ouagadougou condemned the sanctions imposed by "
     "ECOWAS.", [("Burkina Faso", C, "ECOWAS")]),
    ("leadership-in-warned", "The leadership in Tehran warned Washington against new "
     "sanctions.", [("Iran", T, "United States")]),
    ("government-in-urged", "The government in Khartoum urged Juba to expel the rebels.",
     [("Sudan", D, "South Sudan")]),
    ("urged-government-in", "Nairobi urged the government in Mogadishu to hold elections.",
     [("Kenya", D, "Somalia")]),
    ("senior-officials-in-long",
     "Senior officials in Islamabad on Thursday accused Kabul of sheltering the militants "
     "behind the border raids, according to a statement read on state television.",
     [("Pakistan", C, "Afghanistan")]),
    ("authorities-in-condemned-long",
     "The authorities in Tripoli on Sunday condemned Cairo for hosting the rival "
     "parliament, saying the move undermined the talks.",
     [("Libya", C, "Egypt")]),
    ("military-junta-in", "The military junta in Niamey accused Paris of plotting an "
     "intervention.", [("Niger", C, "France")]),
    ("officials-in-washington", "Officials in Washington accused Beijing of hacking the "
     "networks.", [("United States", C, "China")]),
    ("new-government-in", "The new government in Damascus urged Ankara to withdraw its "
     "troops.", [("Syria", D, "Turkey")]),
    ("regime-in-condemned", "The regime in Damascus condemned Ankara for the incursion.",
     [("Syria", C, "Turkey")]),
]

NOT: list[tuple[str, str, list[Triple]]] = [
    # the capital as a place
    ("fighting-in", "Fighting raged in Kinshasa between the army and the militia on "
     "Tuesday.", [("*", "*", DRC), (DRC, "*", "*")]),
    ("troops-entered", "Troops entered Tripoli after heavy fighting.",
     [("*", "*", "Libya")]),
    ("controls-parts-of", "Al-Shabaab controls parts of Mogadishu.",
     [("al-Shabaab", "*", "Somalia")]),
    ("seized-capital", "The rebels seized Bangui on Sunday.",
     [("*", CTL, "Central African Republic")]),
    ("flew-to", "The foreign minister flew to Moscow for talks.", [("*", "*", "Russia")]),
    ("capital-airport", "Gunmen attacked the Kabul airport on Monday.",
     [("*", "*", "Afghanistan")]),
    ("rally-in", "Thousands attended a rally in Dakar against the junta.",
     [("*", "*", "Senegal")]),
    ("accord-name", "Both sides signed the Algiers Accord in 2000.",
     [("Algeria", "*", "*"), ("*", "*", "Algeria")]),
    ("declaration-name", "The Khartoum Declaration was signed by the parties in 2019.",
     [("Sudan", "*", "*"), ("*", "*", "Sudan")]),
    ("troops-sent-to", "Paris sent troops to Bamako.", [("France", B, "Mali")]),
    ("backed-forces-foe", "Riyadh-backed forces attacked the Houthis on Tuesday.",
     [("Saudi Arabia", B, "Houthis")]),
    ("talks-named-for-capital", "The delegates met in Astana for a new round of the "
     "Astana talks.", [("*", "*", "Kazakhstan"), ("Kazakhstan", "*", "*")]),
    ("gathered-in-older-spelling", "Protesters gathered in Kiev on Sunday.",
     [("*", "*", "Ukraine")]),
    # rulers who are someone else's
    ("us-officials-in", "US officials in Kabul said Islamabad had closed the crossing.",
     [("Afghanistan", "*", "*")]),
    ("un-officials-in", "UN officials in Juba condemned the attack on the aid convoy.",
     [("South Sudan", "*", "*")]),
    ("city-officials-in", "City officials in Nairobi condemned the protesters.",
     [("Kenya", "*", "*")]),
    ("de-facto-authorities-in", "The de facto authorities in Sanaa accused Riyadh of "
     "blocking fuel shipments.", [("Yemen", C, "Saudi Arabia")]),
    ("group-officials-in", "Hamas officials in Doha accused Israel of stalling the talks.",
     [("Qatar", "*", "*")]),
    ("group-government-in", "The Taliban government in Kabul condemned Islamabad for the "
     "air strikes.", [("Afghanistan", "*", "*")]),
    ("former-government-in", "The former government in Kabul had accused Islamabad of "
     "sheltering militants.", [("Afghanistan", "*", "*")]),
    ("diplomats-in", "Western diplomats in Bamako condemned the expulsion of the envoy.",
     [("Mali", "*", "*")]),
    # a city that is no capital
    ("officials-in-not-capital", "Officials in Lagos said Abuja had ignored the warnings.",
     [("Lagos", "*", "*"), ("Nigeria", "*", "Nigeria")]),
    ("government-in-not-capital", "The government in Mombasa accused Nairobi of neglect.",
     [("Kenya", C, "Kenya"), ("Mombasa", LOC, "Kenya")]),
    # denial, an act only possible, the other direction
    ("not-condemned", "Abuja has not condemned Niamey over the coup.",
     [("Nigeria", C, "Niger")]),
    ("denied-backing", "Islamabad denied that it had backed the Taliban.",
     [("Pakistan", B, "Taliban")]),
    ("denies-backing", "Kigali denies backing the M23 rebels.",
     [("Rwanda", B, "*")]),
    ("could-expel-if", "Ankara could expel the Swedish ambassador if the protests continue.",
     [("Turkey", S, "Sweden")]),
    ("passive-direction", "Kigali was accused by Kinshasa of backing the rebels.",
     [("Rwanda", C, DRC)]),
    ("government-in-direction", "The government in Khartoum urged Juba to expel the rebels.",
     [("South Sudan", D, "Sudan")]),
]


def _cases(table: list[tuple[str, str, list[Triple]]]) -> list[Any]:
    return cases(table)


@pytest.mark.parametrize(("text", "expected"), _cases(ACTS + SEATS))
def test_a_capital_stands_for_its_state(nlp: Language, text: str,
                                        expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "forbidden"), _cases(NOT))
def test_a_capital_as_a_place_or_someone_elses_seat(nlp: Language, text: str,
                                                     forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


@pytest.mark.parametrize("text", [
    "Officials in Luanda have asked Kinshasa to arrest the separatist leaders.",
    "Nairobi urged the government in Mogadishu to hold elections.",
    "The junta in Ouagadougou condemned the sanctions imposed by ECOWAS.",
])
def test_the_seat_is_no_second_node(nlp: Language, text: str) -> None:
    """The capital those who govern sit in is the state, not a city beside it."""
    ex = extract_document(nlp, text, "t.txt")
    assert not [a.name for a in ex.actors if a.type.value == "LOCATION"]
