"""DEMANDS (CAMEO 10) as statements, press releases and UN texts put them: "demanded that
X withdraw", "demanded X's withdrawal", "insisted that X ...", "called on (urged) X to ..."
after a dateline and "today", "urged X's government to:" and a list, "appealed to X to",
"pressed X to", "asked X to hand over", "told X to leave"; another's demand repeated
("reiterated the call of P for X to", "echoed P's call on X to": P and the one repeating
it); the one asked named as its authorities ("the authorities in X", "the Congolese
authorities", "X's government", "the de facto authorities in Sanaa": the group the
gazetteer says holds them); the release of people held by X ("the release of the staff
detained by X": X, not the staff's own body); a demand as a noun ("X's demand that Y
withdraw", "rejected X's demand for Y to ...": the demand stands, and "it" is the one who
rejects it).

Must-nots: a call with no one asked (calm, dialogue, restraint, international protection,
"the international community"), the speaker's own people ("his supporters", "their
fighters", a people by its plural), a demand made of the speaker read backwards, demand
as economics ("demand for gold"), negated, denied, conditional or future demands, "X
called Y" (a telephone call), "appealed to the court", "asked X about", "told X that".

Every sentence is written for this table, with invented people and groups in several
regions, short and inside a long wire sentence.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

D = "DEMANDS"

READ: list[tuple[str, str, list[Triple]]] = [
    ("demanded-that-withdraw",
     "Kenya demanded that Somalia withdraw its troops from Mandera.",
     [("Kenya", D, "Somalia")]),
    ("demanded-that-withdraw-long",
     "NAIROBI, 12 March - The Kenyan government on Tuesday demanded that Somalia pull its "
     "troops back from the border town of Mandera, where clashes killed six people last week, "
     "according to a statement.",
     [("Kenya", D, "Somalia")]),
    ("demanded-possessive-withdrawal",
     "Armenia demanded Azerbaijan's withdrawal from the occupied villages.",
     [("Armenia", D, "Azerbaijan")]),
    ("demanded-possessive-withdrawal-long",
     "In a letter to the Security Council on Friday, Guatemala demanded Belize's immediate "
     "withdrawal of its police from the disputed islets, which both countries claim.",
     [("Guatemala", D, "Belize")]),
    ("insisted-that",
     "The Kasai Liberation Front insisted that Angola release its detained commanders.",
     [("Kasai Liberation Front", D, "Angola")]),
    ("insisted-that-long",
     "Speaking in Kinshasa on Sunday, the spokesman of the Kasai Liberation Front, Didier "
     "Mbuyi, insisted that Angola free the commanders it arrested near the border in May, "
     "according to local radio.",
     [("Didier Mbuyi", D, "Angola")]),
    ("called-on-today",
     "Ukraine today called on Russia to return the deported children.",
     [("Ukraine", D, "Russia")]),
    ("called-on-after-dateline",
     "NEW YORK, 14 March 2024 - The Security Council today called on the Rapid Support Forces "
     "to lift the siege of El Fasher, where aid agencies say hundreds of thousands of people "
     "are trapped.",
     [("UN Security Council", D, "Rapid Support Forces")]),
    ("urged-after-dateline",
     "MANILA, 8 May - The Philippines today urged China to stop harassing its fishing boats "
     "near Scarborough Shoal.",
     [("Philippines", D, "China")]),
    ("urged-government-list",
     "Norway urged Ethiopia's government to: release the detained journalists; lift the curfew "
     "in Gondar; and allow aid convoys into Tigray.",
     [("Norway", D, "Ethiopia")]),
    ("urged-authorities-list",
     "The Special Rapporteur, Rafael Ortega, urged the authorities in Myanmar to: free all "
     "political prisoners; end the air strikes in Sagaing; and allow aid into Rakhine State.",
     [("Rafael Ortega", D, "Myanmar")]),
    ("appealed-to",
     "Ecuador appealed to Peru to close the border crossings near Huaquillas.",
     [("Ecuador", D, "Peru")]),
    ("appealed-to-long",
     "In a televised address on Thursday, President Mariela Soto appealed to the Northern "
     "Liberation Movement, which has held the highway since March, to reopen the road to "
     "Tarija, her office said.",
     [("Mariela Soto", D, "Northern Liberation Movement")]),
    ("pleaded-with",
     "Tomas Lindqvist pleaded with the Valley Front to let the aid convoy through.",
     [("Tomas Lindqvist", D, "Valley Front")]),
    ("pressed-to-long",
     "Pakistan, which hosted the talks in Islamabad last month, pressed the Taliban to act "
     "against the militants sheltering along the border, officials said on Monday.",
     [("Pakistan", D, "Taliban")]),
    ("asked-to-hand-over",
     "Egypt asked Hamas to hand over the bodies of the remaining hostages.",
     [("Egypt", D, "Hamas")]),
    ("asked-to-hand-over-long",
     "Ethiopia on Wednesday asked Sudan to hand over the rebel commanders who fled across the "
     "border after the fighting in Metema, the foreign ministry said in a statement.",
     [("Ethiopia", D, "Sudan")]),
    ("told-mission-to-leave",
     "Sudan told the UN peacekeeping mission to leave the country.",
     [("Sudan", D, "United Nations")]),
    ("reiterated-call-of",
     "Amina Diallo reiterated the call of the Security Council for Israel to allow aid into "
     "Gaza.",
     [("UN Security Council", D, "Israel"), ("Amina Diallo", D, "Israel")]),
    ("echoed-call-on",
     "Norway echoed the African Union's call on Rwanda to withdraw its troops from North Kivu.",
     [("African Union", D, "Rwanda"), ("Norway", D, "Rwanda")]),
    ("echoed-call-on-unnamed-author",
     "Norway echoed the Secretary-General's call on Myanmar to release the detained aid "
     "workers.",
     [("Norway", D, "Myanmar")]),
    ("authorities-in-state",
     "Amnesty International called on the authorities in Myanmar to release all political "
     "prisoners.",
     [("Amnesty International", D, "Myanmar")]),
    ("authorities-by-adjective",
     "Human Rights Watch called on the Congolese authorities to release the detained "
     "journalists.",
     [("Human Rights Watch", D, "Democratic Republic of the Congo")]),
    ("state-government",
     "Qatar urged Israel's government to allow aid into Gaza.",
     [("Qatar", D, "Israel")]),
    ("de-facto-authorities-in-capital",
     "Rafael Ortega called on the de facto authorities in Sanaa to release the detained staff.",
     [("Rafael Ortega", D, "Houthis")]),
    ("de-facto-authorities-in-state",
     "Rafael Ortega urged the de facto authorities in Afghanistan to reopen schools for girls.",
     [("Rafael Ortega", D, "Taliban")]),
    ("de-facto-authorities-long",
     "In a statement issued in Amman on Monday, the Special Envoy, Rafael Ortega, called on the "
     "de facto authorities in Sanaa, who have held the staff since June, to release them "
     "without conditions.",
     [("Rafael Ortega", D, "Houthis")]),
    ("release-of-staff-detained-by",
     "Rafael Ortega called for the immediate release of all United Nations staff detained by "
     "the Houthis.",
     [("Rafael Ortega", D, "Houthis")]),
    ("release-of-hostages-held-by-long",
     "Qatar, which has mediated between the two sides since October, called on Sunday for the "
     "release of the Israeli hostages held by Hamas in Gaza, the foreign ministry said.",
     [("Qatar", D, "Hamas")]),
    ("release-of-journalists-held-by",
     "The European Union called for the release of the Kenyan journalists held by al-Shabaab.",
     [("European Union", D, "al-Shabaab")]),
    ("return-of-children-deported-by",
     "Ukraine called for the return of the children deported by Russia.",
     [("Ukraine", D, "Russia")]),
    ("demand-noun-subject-of-passive",
     "Russia's demand that Ukraine withdraw from four regions was rejected in Kyiv.",
     [("Russia", D, "Ukraine")]),
    ("rejected-demand-for-to",
     "Hamas rejected Israel's demand for Hamas to disarm.",
     [("Israel", D, "Hamas")]),
    ("rejected-demand-that-it",
     "Serbia rejected Kosovo's demand that it withdraw its police from the north.",
     [("Kosovo", D, "Serbia")]),
    ("rejected-demand-withdrawal-of-its",
     "Israel rejected Hamas's demand for a full withdrawal of its troops from Gaza.",
     [("Hamas", D, "Israel")]),
    ("rejected-demand-long",
     "Australia on Thursday rejected Indonesia's demand that it return the seized fishing "
     "boats, saying the vessels had been fishing illegally in its waters off Darwin.",
     [("Indonesia", D, "Australia")]),
    ("joined-calls-for",
     "Norway joined calls for Rwanda to withdraw its troops from North Kivu.",
     [("Norway", D, "Rwanda")]),
    ("echoed-call-on-long",
     "GENEVA, 2 June (Reuters) - The UN human rights chief, Rafael Ortega, echoed the African "
     "Union's call on the Rapid Support Forces to lift the siege of El Fasher, where thousands "
     "of people are trapped, his office said.",
     [("African Union", D, "Rapid Support Forces"), ("Rafael Ortega", D, "Rapid Support Forces")]),
    ("reiterated-call-of-long",
     "Rafael Ortega, the UN envoy for Yemen, on Tuesday reiterated the call of the Security "
     "Council for the Houthis to free the detained staff, according to a statement from his "
     "office.",
     [("UN Security Council", D, "Houthis"), ("Rafael Ortega", D, "Houthis")]),
    ("demand-noun-subject",
     "The Gourma Liberation Front's demand that Mali free its fighters went unanswered.",
     [("Gourma Liberation Front", D, "Mali")]),
    ("demand-noun-repeated-by-another",
     "Colombia's demand that the Southern Patriotic Front free the engineers was repeated by "
     "the church.",
     [("Colombia", D, "Southern Patriotic Front")]),
    ("called-for-to",
     "Britain called for Israel to allow more aid into Gaza.",
     [("United Kingdom", D, "Israel")]),
    ("called-for-to-long",
     "In a statement on Monday, the African Union called for Rwanda to withdraw its troops "
     "from North Kivu, where the M23 rebels hold the city of Goma.",
     [("African Union", D, "Rwanda")]),
    ("withdrawal-of-from-state",
     "The Security Council demanded the withdrawal of Rwandan troops from eastern Congo.",
     [("UN Security Council", D, "Rwandan forces")]),
]

NOT_READ: list[tuple[str, str, list[Triple]]] = [
    ("called-for-calm",
     "The Arab League called for calm in Khartoum after the clashes.",
     [("*", D, "*")]),
    ("called-for-dialogue",
     "The African Union called for dialogue between the parties in Juba.",
     [("*", D, "*")]),
    ("called-for-restraint-long",
     "Kenya, which borders both countries, called on Tuesday for restraint after the shelling "
     "near Mandera, the foreign ministry said.",
     [("*", D, "*")]),
    ("called-for-international-protection",
     "The Rohingya Solidarity Organisation called for international protection for the refugees "
     "in Cox's Bazar.",
     [("*", D, "*")]),
    ("demand-of-speaker-direction",
     "Somalia said Kenya had demanded that it withdraw its troops.",
     [("Somalia", D, "Kenya")]),
    ("rejected-demand-direction",
     "Serbia rejected Kosovo's demand that it withdraw its police from the north.",
     [("Serbia", D, "Kosovo")]),
    ("passive-asked-direction",
     "Sudan was asked by Egypt to expel the rebel leaders.",
     [("Sudan", D, "Egypt")]),
    ("demand-for-gold",
     "The demand for gold in Sudan has fuelled the war.",
     [("*", D, "*")]),
    ("demand-for-food",
     "Rising demand for food in Gaza has pushed up prices.",
     [("*", D, "*")]),
    ("owned-demand-for-commodity",
     "Niger's demand for uranium has risen.",
     [("*", D, "*")]),
    ("not-called-on",
     "Turkey did not call on Sweden to extradite the activists.",
     [("*", D, "*")]),
    ("never-urged",
     "Qatar never urged Hamas to accept the deal.",
     [("*", D, "*")]),
    ("denied-asking",
     "Egypt denied that it had asked Hamas to hand over the hostages.",
     [("*", D, "*")]),
    ("phoned",
     "President Kagame called Felix Tshisekedi on Tuesday to discuss the fighting.",
     [("*", D, "*")]),
    ("own-supporters",
     "The opposition leader, Bobi Wine, called on his supporters to stay at home.",
     [("*", D, "*")]),
    ("own-supporters-named-city",
     "Raila Odinga called on his supporters to march on Nairobi.",
     [("*", D, "*")]),
    ("may-demand",
     "Serbia may demand that Kosovo withdraw its police.",
     [("*", D, "*")]),
    ("will-urge",
     "Serbia will urge Kosovo to withdraw its police.",
     [("*", D, "*")]),
    ("if-calls-on",
     "If Israel calls on Hamas to disarm, the talks will collapse.",
     [("*", D, "*")]),
    ("appealed-to-court",
     "Spain appealed to the court against the ruling on Morocco.",
     [("*", D, "*")]),
    ("asked-about",
     "Egypt asked Hamas about the fate of the hostages.",
     [("*", D, "*")]),
    ("asked-to-join-oneself",
     "Hamas asked to join the talks in Cairo.",
     [("*", D, "*")]),
    ("told-that",
     "Chad told France that its troops had left.",
     [("*", D, "*")]),
    ("release-of-person",
     "Amnesty International called for the release of Aung San Suu Kyi.",
     [("*", D, "Aung San Suu Kyi")]),
    ("release-of-staff-not-their-body",
     "Rafael Ortega called for the immediate release of all United Nations staff detained by "
     "the Houthis.",
     [("*", D, "United Nations")]),
    ("claim-of-demand-rejected",
     "Kosovo rejected the claim that Serbia had demanded its withdrawal.",
     [("*", D, "*")]),
    ("condemned-release-by",
     "France condemned the release of the Hezbollah commander by Israel.",
     [("*", "CRITICIZES", "Hezbollah")]),
    ("authorities-in-capital-not-de-facto",
     "Rafael Ortega urged the authorities in Kabul to reopen schools for girls.",
     [("*", D, "Taliban")]),
    ("people-by-plural",
     "Hamas called on Palestinians in the West Bank to join the protests.",
     [("*", D, "*")]),
    ("own-fighters",
     "The Rapid Support Forces called on their fighters to protect civilians.",
     [("*", D, "*")]),
    ("did-not-demand-long",
     "The Houthis did not demand that Saudi Arabia withdraw from Yemen, the group's spokesman "
     "said.",
     [("*", D, "*")]),
    ("dismissed-reports-of-urging",
     "Egypt dismissed reports that it had urged Hamas to release the hostages.",
     [("*", D, "*")]),
    ("called-on-international-community",
     "The Arab League called on the international community to protect civilians in Gaza.",
     [("*", D, "*")]),
    ("waited-for-to",
     "Britain waited for Israel to allow more aid into Gaza.",
     [("*", D, "*")]),
    ("withdrawal-from-state-is-the-place",
     "The Security Council demanded the withdrawal of Rwandan troops from eastern Congo.",
     [("*", D, "Congo")]),
    ("called-on-to-withdraw-is-not-done",
     "The Ogaden Freedom Front called on Ethiopia to withdraw its troops from Dolo.",
     [("*", "WITHDRAWS_FROM", "*")]),
    ("called-for-to-withdraw-is-not-done",
     "The African Union called for Rwanda to withdraw its troops from North Kivu.",
     [("*", "WITHDRAWS_FROM", "*")]),
    ("joined-calls-withdraw-is-not-done",
     "Norway joined calls for Rwanda to withdraw its troops from North Kivu.",
     [("*", "WITHDRAWS_FROM", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_demands_are_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NOT_READ))
def test_demands_must_nots(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
