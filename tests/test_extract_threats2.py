"""Threats and condemnations told as speech: a warning whose condition names the other
side, "would be punished (made to pay, brought to justice)", "will face the full force of
the law", "told Y it would respond with force", a quoted warning or condemnation with its
speaker after the quote; and what only looks like one (a warning of weather, of a
collapse, to civilians to leave, a vow to rebuild, a denied threat, a conditional offer).
Every phrasing twice: short, and inside a long sentence of the kind wire copy prints.
Own sentences with invented names, several regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a warning whose condition names the other side ---
    ("march-on-unless", "The Kivu Liberation Front said its fighters would march on Bukavu "
     "unless Burundi withdrew its troops.", [("Kivu Liberation Front", "THREATENS", "Burundi")]),
    ("march-on-unless-long", "The Kivu Liberation Front (KLF) said on Tuesday its fighters "
     "would march on the provincial capital of Bukavu unless Burundi withdrew the 3,000 "
     "soldiers it deployed in South Kivu last year, according to a statement.",
     [("Kivu Liberation Front", "THREATENS", "Burundi")]),
    ("move-on-unless-person", "Army chief Kemal Aydin said his forces would move on Tal "
     "Rifat unless the Rojava Front disarmed.", [("Kemal Aydin", "THREATENS", "Rojava Front")]),
    ("threatened-action-if", "The Andean Army threatened military action if the Cauca "
     "Liberation Front did not leave Tumbes.",
     [("Andean Army", "THREATENS", "Cauca Liberation Front")]),
    ("threatened-action-if-long", "General Tomas Rivas, the commander of the Andean Army "
     "(AA), threatened military action on Monday if the Cauca Liberation Front did not "
     "withdraw from the northern town of Tumbes within a week.",
     [("Tomas Rivas", "THREATENS", "Cauca Liberation Front")]),
    ("take-up-arms-if", "The Arakan Dawn Army said it would take up arms again if Myanmar "
     "did not release its leader.", [("Arakan Dawn Army", "THREATENS", "Myanmar")]),
    ("take-up-arms-if-long", "The Arakan Dawn Army, an ethnic armed group that signed a "
     "truce in 2021, said on Sunday it would take up arms again in the western state of "
     "Rakhine if Myanmar did not free its leader, according to a spokesman.",
     [("Arakan Dawn Army", "THREATENS", "Myanmar")]),
    # --- punished, made to pay, brought to justice, the force of the law ---
    ("made-to-pay", "Interior Minister Hamid Sarraf said the Tawfiq Brigade would be made "
     "to pay.", [("Hamid Sarraf", "THREATENS", "Tawfiq Brigade")]),
    ("made-to-pay-long", "Interior Minister Hamid Sarraf said on Wednesday the Tawfiq "
     "Brigade would be made to pay for the massacre in the eastern town of Qasr, which "
     "killed at least 12 people, according to residents.",
     [("Hamid Sarraf", "THREATENS", "Tawfiq Brigade")]),
    ("would-be-punished-appos", "The Somali government vowed that those behind the "
     "bombing, the Dhulbahante Brigade, would be punished.",
     [("Somalia", "THREATENS", "Dhulbahante Brigade")]),
    ("would-be-punished", "Niger vowed that the Tuareg Youth Front would be punished.",
     [("Niger", "THREATENS", "Tuareg Youth Front")]),
    ("brought-to-justice-long", "Police chief Adil Musa vowed on Sunday that the Green "
     "Crescent Brigade, an alliance of armed factions blamed for the ambush near the border "
     "town of Kurmuk, would be brought to justice.",
     [("Adil Musa", "THREATENS", "Green Crescent Brigade")]),
    ("brought-to-justice", "Sudan said the Green Crescent Brigade would be brought to "
     "justice.", [("Sudan", "THREATENS", "Green Crescent Brigade")]),
    ("face-force-of-law", "President Amara Kone said the Sahel Freedom Movement would face "
     "the full force of the law.", [("Amara Kone", "THREATENS", "Sahel Freedom Movement")]),
    ("face-force-of-law-long", "President Amara Kone of Mali said on Friday that the Sahel "
     "Freedom Movement (SFM), which seized two army posts near the northern town of Tessit "
     "last week, would face the full force of the law, state television reported.",
     [("Amara Kone", "THREATENS", "Sahel Freedom Movement")]),
    ("pay-dearly", "Chad warned that the Tibesti Front would pay dearly for the raid.",
     [("Chad", "THREATENS", "Tibesti Front")]),
    ("would-be-punished-title-long", "Colombia's defence minister, Ivan Restrepo, said on "
     "Monday that the Cauca Liberation Front would be punished for the attack on a police "
     "station in the southwestern town of Suarez, which killed four officers.",
     [("Ivan Restrepo", "THREATENS", "Cauca Liberation Front")]),
    ("would-be-crushed", "The Philippine army vowed that the Sulu Liberation Movement would "
     "be crushed within a month.",
     [("Philippine forces", "THREATENS", "Sulu Liberation Movement")]),
    ("punished-unless", "Myanmar said the Arakan Dawn Army would be punished unless it laid "
     "down its arms.", [("Myanmar", "THREATENS", "Arakan Dawn Army")]),
    ("vowed-punished-reported", "Thailand said Malaysia had vowed that the Pattani Freedom "
     "Front would be punished.", [("Malaysia", "THREATENS", "Pattani Freedom Front")]),
    ("shell-if", "The Levant Brigade said it would shell the town of Qusair if Syria did not "
     "free its fighters.", [("Levant Brigade", "THREATENS", "Syria")]),
    ("warned-face-consequences-if-long", "Thailand warned the Pattani Freedom Front on "
     "Tuesday that it would face \"severe consequences\" if the bombings in the southern "
     "province of Yala, which have killed at least 30 people this year, continued.",
     [("Thailand", "THREATENS", "Pattani Freedom Front")]),
    ("warned-of-response-long", "Ecuador warned the Esmeraldas Front of a military response "
     "after gunmen killed six soldiers near the Colombian border.",
     [("Ecuador", "THREATENS", "Esmeraldas Front")]),
    # --- vowed revenge ---
    ("vowed-revenge-against", "The Dawa Front vowed revenge against the Kalimba Army.",
     [("Dawa Front", "THREATENS", "Kalimba Army")]),
    ("vowed-revenge-against-long", "The Dawa Front vowed revenge against the Kalimba Army "
     "on Wednesday after an ambush in the northern town of Gulu killed 14 of its fighters, "
     "according to residents.", [("Dawa Front", "THREATENS", "Kalimba Army")]),
    # --- warned Y of consequences; told Y it would respond ---
    ("warned-of-consequences", "Uganda warned the West Nile Bank Front of severe "
     "consequences.", [("Uganda", "THREATENS", "West Nile Bank Front")]),
    ("told-would-respond-with-force", "Kenya told the Jubaland Front it would respond with "
     "force.", [("Kenya", "THREATENS", "Jubaland Front")]),
    ("told-would-respond-with-force-long", "On Thursday Ethiopia told the Benishangul "
     "People's Army, an alliance of armed factions that has raided farms near the town of "
     "Assosa, that it would respond with force to any new attack, killing hopes of talks.",
     [("Ethiopia", "THREATENS", "Benishangul People's Army")]),
    ("told-would-hunt-down", "Pakistan told the Baloch Liberation Front that its army "
     "would hunt down the group's fighters.",
     [("Pakistan", "THREATENS", "Baloch Liberation Front")]),
    ("said-would-hunt-down", "Chad said it would hunt down the Tibesti Front.",
     [("Chad", "THREATENS", "Tibesti Front")]),
    # --- a quoted warning, the speaker after the quote ---
    ("quote-warned-crush", "\"We will crush the Tamasna Brigade,\" a spokesman for the "
     "Malian army warned.", [("Malian forces", "THREATENS", "Tamasna Brigade")]),
    ("quote-warned-crush-long", "\"We will crush the Tamasna Brigade wherever its fighters "
     "hide,\" a spokesman for the Malian army warned on Monday, two days after an ambush "
     "near the northern town of Tessit killed nine soldiers.",
     [("Malian forces", "THREATENS", "Tamasna Brigade")]),
    ("quote-warned-hunt", "\"We will hunt down the Tamasna Brigade,\" the Malian army "
     "warned on Monday.", [("Malian forces", "THREATENS", "Tamasna Brigade")]),
    ("quote-pay-dearly", "\"The Tamasna Brigade will pay dearly,\" a spokesman for the "
     "Malian army warned.", [("Malian forces", "THREATENS", "Tamasna Brigade")]),
    # --- a quoted condemnation, the speaker after the quote: the body spoken for ---
    ("quote-denounce-remarks-of", "\"We denounce the remarks of Peter Odhiambo,\" a "
     "spokesman for the Ogaden Front said.", [("Ogaden Front", "CRITICIZES", "Peter Odhiambo")]),
    ("quote-condemn-attack-by-long", "\"We strongly condemn the attack by the Kalimba Army "
     "on the village of Muko,\" a spokesman for the Dawa Front told reporters on Friday.",
     [("Dawa Front", "CRITICIZES", "Kalimba Army")]),
    ("quote-condemn-for", "\"We condemn the Tamasna Brigade for the massacre,\" a "
     "spokesman for the Ogaden Front said.", [("Ogaden Front", "CRITICIZES", "Tamasna Brigade")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("warned-could-face-shortage", "The United Nations warned that the Pattani Freedom "
     "Front could face a food shortage.", [("*", "THREATENS", "*")]),
    ("would-face-a-vote", "Thailand said the Pattani Freedom Front would face a vote in "
     "parliament.", [("*", "THREATENS", "*")]),
    ("did-not-say-punished", "Thailand did not say the Pattani Freedom Front would be "
     "punished.", [("*", "THREATENS", "*")]),
    ("feared-punished", "Residents feared the Pattani Freedom Front would be punished.",
     [("*", "THREATENS", "*")]),
    ("reported-vow-is-not-the-reporters", "Thailand said Malaysia had vowed that the "
     "Pattani Freedom Front would be punished.", [("Thailand", "THREATENS", "*")]),
    ("warned-about-landmines", "Ecuador warned the Esmeraldas Front about landmines on the "
     "road to San Lorenzo.", [("*", "THREATENS", "*")]),
    ("promised-aid-if", "Chad promised aid if the Tibesti Front laid down its arms.",
     [("*", "THREATENS", "*")]),
    ("vowed-support-if", "Chad vowed support for the talks if the Tibesti Front laid down "
     "its arms.", [("*", "THREATENS", "*")]),
    ("warned-of-rain", "Kenya warned of heavy rain in the Rift Valley.",
     [("Kenya", "THREATENS", "*")]),
    ("warned-of-rain-long", "Kenya warned on Monday of heavy rain in the Rift Valley, where "
     "floods killed 40 people last year, the meteorological department said.",
     [("Kenya", "THREATENS", "*")]),
    ("warned-y-of-floods", "Kenya warned the Jubaland Front of floods along the Tana river.",
     [("Kenya", "THREATENS", "*")]),
    ("warned-ceasefire-could-collapse", "Kenya warned that the ceasefire with the Jubaland "
     "Front could collapse.", [("Kenya", "THREATENS", "*")]),
    ("warned-civilians-to-leave", "The Malian army warned civilians to leave the town of "
     "Tessit before an offensive.", [("Malian forces", "THREATENS", "*")]),
    ("warned-civilians-to-leave-long", "The Malian army on Sunday warned civilians in the "
     "northern town of Tessit to leave before an offensive against the Sahel Freedom "
     "Movement, according to residents.", [("Malian forces", "THREATENS", "Tessit")]),
    ("vowed-to-rebuild", "The Kivu Liberation Front vowed to rebuild the town of Walikale.",
     [("Kivu Liberation Front", "THREATENS", "*")]),
    ("denied-threatening", "The Kivu Liberation Front denied threatening Burundi.",
     [("Kivu Liberation Front", "THREATENS", "Burundi")]),
    ("denied-threatening-long", "The Kivu Liberation Front denied that it had threatened "
     "Burundi, saying its statement had been mistranslated.",
     [("Kivu Liberation Front", "THREATENS", "Burundi")]),
    ("said-would-not-attack", "Salim Dabo said he would not attack the Ngala gang.",
     [("*", "THREATENS", "*")]),
    ("said-would-not-attack-group", "The Kivu Liberation Front said it would not attack "
     "Burundi.", [("*", "THREATENS", "*")]),
    ("said-would-not-hunt", "Kenya said it would not hunt down the Jubaland Front.",
     [("*", "THREATENS", "*")]),
    ("join-talks-if", "The Kivu Liberation Front said it would join talks if Burundi "
     "withdrew its troops.", [("*", "THREATENS", "*")]),
    ("join-talks-if-long", "The Kivu Liberation Front said on Monday it would join peace "
     "talks in Nairobi if Burundi withdrew the troops it deployed in South Kivu, a "
     "spokesman said.", [("*", "THREATENS", "*")]),
    ("march-on-unless-rain", "The Tibesti Front said it would march on Faya unless the "
     "rains came early.", [("*", "THREATENS", "*")]),
    ("victims-compensated", "The Somali government vowed that the victims of the bombing "
     "would be compensated.", [("*", "THREATENS", "*")]),
    ("had-been-punished", "Niger said that the Tuareg Youth Front had been punished by its "
     "own elders.", [("*", "THREATENS", "*")]),
    ("face-the-voters", "Niger said the Tuareg Youth Front would face the voters in the "
     "election.", [("*", "THREATENS", "*")]),
    ("told-would-respond-to-letter", "Kenya told the Jubaland Front it would respond to its "
     "letter.", [("*", "THREATENS", "*")]),
    ("told-would-not-respond", "Kenya told the Jubaland Front it would not respond with "
     "force.", [("*", "THREATENS", "*")]),
    ("had-hunted-down", "Chad said it had hunted down the Tibesti Front's leaders in 2019.",
     [("*", "THREATENS", "*")]),
    ("quote-will-protect", "\"We will protect the Tamasna Brigade,\" a spokesman for the "
     "Malian army vowed.", [("*", "THREATENS", "*")]),
    ("quote-will-rebuild", "\"We will rebuild the town of Tessit,\" a spokesman for the "
     "Malian army vowed.", [("*", "THREATENS", "*")]),
    ("quote-will-not-attack", "\"We will not attack the Tamasna Brigade,\" a spokesman for "
     "the Malian army warned.", [("*", "THREATENS", "*")]),
    ("quote-denounce-violence", "\"We denounce the violence,\" a spokesman for the Ogaden "
     "Front said.", [("*", "CRITICIZES", "*")]),
    ("quote-name-is-not-the-spokesman", "\"We denounce the remarks of Peter Odhiambo,\" a "
     "spokesman for the Ogaden Front said.",
     [("Peter Odhiambo", "SPOKESPERSON_FOR", "*")]),
]

XFAIL: list[tuple[str, str, list[Triple], str]] = [
    ("quote-warned-them-of", "\"We will crush them,\" a spokesman for the Malian army "
     "said of the Tamasna Brigade.", [("Malian forces", "THREATENS", "Tamasna Brigade")],
     "a pronoun inside the quote named by 'of' after the speech verb is not resolved"),
    ("quote-condemn-this-attack-by", "\"We condemn this cowardly attack by the Tamasna "
     "Brigade,\" the Hawd People's Front said in a statement on Friday.",
     [("Hawd People's Front", "CRITICIZES", "Tamasna Brigade")],
     "the possessive-looking name of the speaker is not recognised as one actor"),
]


CASES = [pytest.param(text, want, True, id=f"reads-{cid}") for cid, text, want in POSITIVE] + [
    pytest.param(text, bad, False, id=f"not-{cid}") for cid, text, bad in NEGATIVE] + [
    pytest.param(text, want, True, id=f"unread-{cid}",
                 marks=pytest.mark.xfail(strict=True, reason=why))
    for cid, text, want, why in XFAIL]


@pytest.mark.parametrize(("text", "triples", "asserted"), CASES)
def test_reading(nlp: Language, text: str, triples: list[Triple], asserted: bool) -> None:
    """Each positive case gives its triples; no negative case gives its forbidden ones."""
    (assert_found if asserted else assert_absent)(nlp, text, triples)
