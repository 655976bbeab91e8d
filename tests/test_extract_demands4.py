"""Demands and threats told in reported speech: a demand whose object sits inside a noun
("demanded the withdrawal of Y's troops"), a call on a place's authorities, "demanded that
Y hand over ..."; threats voiced for the speaker's forces ("said troops would pursue Y's
commanders", "promised the army would crush Y"), "any Y incursion would be met with
force", vows to keep up the pressure on Y's column; a condemnation and a demand in one
clause. And what only looks like one: another's demand reported, a threat denied or
held back on the speaker's own leave or means, a warning of violence with no target,
a promise of aid, a demand about one's own troops, hostages whose holder is not named.
Each phrasing short and inside a long wire sentence, own sentences, invented names,
several regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a demand whose object is inside a noun ---
    ("withdrawal-of-states-troops", "Pakistan has repeatedly demanded the withdrawal of "
     "India's troops from the glacier.", [("Pakistan", "DEMANDS", "India")]),
    ("withdrawal-of-states-troops-long", "ISLAMABAD, March 3 (Reuters) - Pakistan on "
     "Tuesday again demanded the withdrawal of India's troops from the Siachen glacier, "
     "according to a foreign ministry statement.", [("Pakistan", "DEMANDS", "India")]),
    ("disarmament-of-group", "Chad demanded the disarmament of the Union of Forces for "
     "Democracy, the foreign ministry said.",
     [("Chad", "DEMANDS", "Union of Forces for Democracy")]),
    ("withdrawal-of-demonym-forces", "The Arab League demanded the immediate withdrawal of "
     "Israeli forces from Rafah.", [("Arab League", "DEMANDS", "Israeli forces")]),
    ("withdrawal-of-groups-fighters", "Uganda called for the withdrawal of the Allied "
     "Democratic Forces' fighters from Ituri.",
     [("Uganda", "DEMANDS", "Allied Democratic Forces")]),
    ("release-of-hostages-held-by", "Colombia called for the immediate release of hostages "
     "held by the Magdalena Guerrilla Front.",
     [("Colombia", "DEMANDS", "Magdalena Guerrilla Front")]),
    # --- a call on a place's authorities ---
    ("urged-states-authorities", "The United Nations on Friday urged Ethiopia's "
     "authorities to restore internet access in Amhara.",
     [("United Nations", "DEMANDS", "Ethiopia")]),
    ("called-on-authorities-in", "GENEVA (AP) - Human Rights Watch called on the "
     "authorities in Eritrea to release the journalists detained since 2001, the group "
     "said in a report on Thursday.", [("Human Rights Watch", "DEMANDS", "Eritrea")]),
    ("urged-demonym-authorities", "The European Union urged the Sudanese authorities to "
     "allow monitors into Darfur.", [("European Union", "DEMANDS", "Sudan")]),
    ("urged-authorities-in-capital", "Amnesty International urged the authorities in Juba "
     "to free the two reporters.", [("Amnesty International", "DEMANDS", "South Sudan")]),
    # --- demanded that Y hand over ---
    ("demanded-hand-over-those-responsible", "Armenia demanded that Azerbaijan hand over "
     "those responsible for the killings.", [("Armenia", "DEMANDS", "Azerbaijan")]),
    ("demanded-hand-over-long", "Iraq on Sunday demanded that Turkey hand over the "
     "commanders behind the strike on Duhok, state television reported.",
     [("Iraq", "DEMANDS", "Turkey")]),
    ("demanded-hand-over-soldiers", "Moldova has demanded that Russia hand over the "
     "soldiers who shot a shepherd near Tighina.", [("Moldova", "DEMANDS", "Russia")]),
    ("insisted-hand-over-suspects", "Guatemala insisted that Belize hand over the suspects "
     "in the border shooting.", [("Guatemala", "DEMANDS", "Belize")]),
    ("demand-reported-by-other", "Mali said Algeria had demanded that Bamako hand over the "
     "drone's wreckage.", [("Algeria", "DEMANDS", "Mali")]),
    # --- threats for the speaker's forces, in reported speech ---
    ("troops-would-pursue-commanders", "General Tomas Rivas said troops would pursue the "
     "Cauca Liberation Front's commanders wherever they hide.",
     [("Tomas Rivas", "THREATENS", "Cauca Liberation Front")]),
    ("soldiers-would-hunt-down-long", "Defence Minister Amina Yusuf told reporters in Abuja "
     "on Monday that soldiers would hunt down the Sambisa Brigade's commanders wherever "
     "they hid.", [("Amina Yusuf", "THREATENS", "Sambisa Brigade")]),
    ("would-hunt-down-commanders-of", "General Tomas Rivas said troops would hunt down the "
     "commanders of the Cauca Liberation Front wherever they hide.",
     [("Tomas Rivas", "THREATENS", "Cauca Liberation Front")]),
    ("would-pursue-if-it-attacked", "General Tomas Rivas said troops would pursue the Cauca "
     "Liberation Front if it attacked again.",
     [("Tomas Rivas", "THREATENS", "Cauca Liberation Front")]),
    ("promised-army-would-crush", "President Ivan Petrov promised that the armed forces "
     "would crush the Donets Brigade.", [("Ivan Petrov", "THREATENS", "Donets Brigade")]),
    ("promised-army-would-crush-long", "President Ivan Petrov promised on state television "
     "on Sunday that the army would crush the Donets Brigade within weeks, according to the "
     "Kremlin.", [("Ivan Petrov", "THREATENS", "Donets Brigade")]),
    ("would-crush-if-rebels-refused", "Colonel Aung Min said the army would crush the "
     "Arakan Liberation Party if the rebels refused to disarm.",
     [("Aung Min", "THREATENS", "Arakan Liberation Party")]),
    # --- any Y incursion would be met with force ---
    ("any-group-incursion-met-with-force", "Kenya warned that any al-Shabaab incursion "
     "would be met with force.", [("Kenya", "THREATENS", "al-Shabaab")]),
    ("any-incursion-by-met-long", "NAIROBI, June 4 - Kenya warned on Wednesday that any "
     "incursion by the Jubaland Front into Lamu would be met with overwhelming force, a "
     "government spokesman said.", [("Kenya", "THREATENS", "Jubaland Front")]),
    ("any-provocation-answered", "Seoul warned that any provocation by North Korea would "
     "be answered with force.", [("South Korea", "THREATENS", "North Korea")]),
    ("any-aggression-met", "Venezuela said any aggression by Guyana would be met with a "
     "firm response.", [("Venezuela", "THREATENS", "Guyana")]),
    # --- vowed to keep up the pressure on Y ---
    ("vowed-keep-up-pressure-on-column", "Kenya vowed to keep up the pressure on the "
     "Jubaland Front's column until it surrendered.",
     [("Kenya", "THREATENS", "Jubaland Front")]),
    ("vowed-keep-up-pressure-long", "Myanmar's army vowed on Friday to keep up pressure on "
     "the Karenni National Army until its fighters laid down their arms, a spokesman said "
     "in Naypyidaw.", [("Myanmarese forces", "THREATENS", "Karenni National Army")]),
    ("pledged-increase-pressure-on", "Prime Minister Shehbaz Akhtar pledged to increase "
     "the pressure on the Baloch Liberation Front after the attack on the railway.",
     [("Shehbaz Akhtar", "THREATENS", "Baloch Liberation Front")]),
    ("vowed-keep-up-reported", "The Jubaland Front said Kenya had vowed to keep up the "
     "pressure on its fighters.", [("Kenya", "THREATENS", "Jubaland Front")]),
    ("insisted-hand-over-long", "PORT OF SPAIN, Aug 2 - Guyana's foreign minister "
     "Rohan Persaud insisted on Tuesday that Suriname hand over the suspects in the river "
     "shooting, according to a ministry statement.", [("Rohan Persaud", "DEMANDS", "Suriname")]),
    # --- a condemnation and a demand (threat) in one clause ---
    ("condemned-and-demanded-that", "Nigeria condemned the attack and demanded that the "
     "Sambisa Brigade release the schoolgirls.",
     [("Nigeria", "DEMANDS", "Sambisa Brigade")]),
    ("condemned-and-vowed-to-crush", "The Philippines condemned the bombing and vowed to "
     "crush the Abu Sayyaf.", [("Philippines", "THREATENS", "Abu Sayyaf")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # --- another's demand reported ---
    ("reported-demand-not-reporters", "Ukraine said Russia demanded that Kyiv abandon the "
     "Donbas.", [("Ukraine", "DEMANDS", "*")]),
    ("reported-demand-hand-over", "Mali said Algeria had demanded that Bamako hand over "
     "the drone's wreckage.", [("Mali", "DEMANDS", "*")]),
    ("reported-vow-not-reporters", "The Jubaland Front said Kenya had vowed to keep up the "
     "pressure on its fighters.", [("Jubaland Front", "THREATENS", "*")]),
    # --- a demand about one's own troops; hostages whose holder is not named ---
    ("withdrawal-of-own-troops", "Somalia has demanded the withdrawal of its own troops "
     "from the border posts.", [("*", "DEMANDS", "*")]),
    ("withdrawal-of-its-troops", "Burundi demanded the withdrawal of its troops from Kivu, "
     "a spokesman said.", [("*", "DEMANDS", "*")]),
    ("release-of-groups-hostages", "Colombia called for the immediate release of the "
     "Magdalena Guerrilla Front's hostages.", [("*", "DEMANDS", "*")]),
    ("release-of-states-detainees", "Mexico called for the release of Honduras's "
     "detainees.", [("*", "DEMANDS", "*")]),
    ("handed-over-told", "Armenia said Azerbaijan had handed over those responsible for "
     "the killings.", [("*", "DEMANDS", "*")]),
    ("authorities-urged-calm", "The envoy said the authorities in Kenya had urged calm.",
     [("*", "DEMANDS", "*")]),
    # --- a threat denied, or held back on the speaker's own leave or means ---
    ("denied-would-pursue", "General Tomas Rivas denied that troops would pursue the Cauca "
     "Liberation Front.", [("*", "THREATENS", "*")]),
    ("would-pursue-if-president-ordered", "General Tomas Rivas said troops would pursue "
     "the Cauca Liberation Front if the president ordered it.", [("*", "THREATENS", "*")]),
    ("would-pursue-if-ordered-to", "General Tomas Rivas said troops would pursue the Cauca "
     "Liberation Front if ordered to.", [("*", "THREATENS", "*")]),
    ("would-pursue-only-if-had-means", "General Tomas Rivas said troops would only pursue "
     "the Cauca Liberation Front if they had helicopters.", [("*", "THREATENS", "*")]),
    ("would-crush-if-parliament-approved", "Colonel Aung Min said the army would crush the "
     "Arakan Liberation Party if parliament approved the operation.",
     [("*", "THREATENS", "*")]),
    ("would-crush-if-we-got-long", "BANGKOK, May 9 - Colonel Aung Min told reporters on "
     "Thursday that the army would crush the Arakan Liberation Party if we got the "
     "reinforcements in time, according to a transcript.", [("*", "THREATENS", "*")]),
    ("would-not-keep-up-pressure", "Kenya said it would not keep up the pressure on the "
     "Jubaland Front.", [("*", "THREATENS", "*")]),
    # --- no target, no threat ---
    ("warned-of-more-violence", "Kenya warned of more violence in Mandera.",
     [("*", "THREATENS", "*")]),
    ("promised-aid-to", "Kenya promised aid to Somalia.", [("*", "THREATENS", "*")]),
    ("promised-army-would-protect", "President Ivan Petrov promised that the armed forces "
     "would protect the Donets Brigade's families.", [("*", "THREATENS", "*")]),
    ("any-incursion-into-place", "Kenya warned that any incursion into Lamu would be met "
     "with force.", [("*", "THREATENS", "*")]),
    ("incursion-told-not-warned", "Kenya said an incursion by the Jubaland Front was met "
     "with force on Tuesday.", [("Kenya", "THREATENS", "*")]),
    ("pressure-on-own-column", "Kenya vowed to keep up the pressure on its own column "
     "until it reached Kismayo.", [("*", "THREATENS", "*")]),
    ("pressure-on-donors", "The Kachin army vowed to keep up the pressure on donors until "
     "the aid arrived.", [("*", "THREATENS", "*")]),
    ("hand-is-noun-insisted", "Guyana insisted that Suriname's hand was behind the river "
     "shooting.", [("*", "DEMANDS", "*")]),
    ("hand-is-noun", "Moldova said that Russia's hand was behind the shooting near Tighina.",
     [("*", "DEMANDS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_demand_or_threat_voiced(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_demand_or_threat_not_voiced(nlp: Language, text: str,
                                     forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
