"""Threats, demands and criticism (THREATENS, DEMANDS, CRITICIZES) in the forms wire
services and NGO reports use: active and passive, nouns, possessives, relative clauses,
reported speech, long sentences with a date and a toll, a speaker carried from the
sentence before. Own sentences, several conflicts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- THREATENS ---
    ("threat-expand-attacks-to", "Al-Shabaab threatened on Sunday to expand its attacks to "
     "Kenya after Nairobi sent another 2,000 soldiers across the border into the Gedo region.",
     [("al-Shabaab", "THREATENS", "Kenya")]),
    ("threat-warned-that", "Iran warned Azerbaijan on Tuesday that any Israeli military "
     "presence on its soil would be treated as a hostile act and met with force.",
     [("Iran", "THREATENS", "Azerbaijan")]),
    ("threat-vowed-retaliate-against", "Hezbollah vowed to retaliate against Israel for the "
     "killing of one of its senior field commanders in a drone strike near Tyre on Tuesday.",
     [("Hezbollah", "THREATENS", "Israel")]),
    ("threat-vowed-revenge-on", "The Islamic State vowed revenge on the Taliban after a raid "
     "in Kunar province killed at least 12 of its fighters, the group's news agency reported.",
     [("Islamic State", "THREATENS", "Taliban")]),
    ("threat-pay-heavy-price", "North Korea said on Friday that South Korea would pay a heavy "
     "price for the live-fire drills it held near the maritime border last week.",
     [("North Korea", "THREATENS", "South Korea")]),
    ("threat-would-strike-if", "The Tigray People's Liberation Front said it would strike "
     "Eritrea if Eritrean troops crossed the border into western Tigray again.",
     [("Tigray People's Liberation Front", "THREATENS", "Eritrea")]),
    ("threat-gave-hours-to", "The M23 rebels gave the Congolese army 48 hours to leave the "
     "town of Sake or face an assault, a spokesman for the group said on Wednesday.",
     [("March 23 Movement", "THREATENS",
      "Democratic Republic of the Congo forces")]),
    ("threat-told-leave-or-face", "Russia told Ukraine to withdraw its troops from the "
     "Kursk region or face a new offensive, the Kremlin spokesman said on Friday.",
     [("Russia", "THREATENS", "Ukraine")]),
    ("threat-passive", "Moldova was threatened by Russia with a halt to gas supplies after "
     "the parliament in Chisinau voted to leave the Commonwealth of Independent States.",
     [("Russia", "THREATENS", "Moldova")]),
    ("threat-possessive-against", "Iran's threat against Israel came hours after an air "
     "strike on its consulate in Damascus killed two generals of the Revolutionary Guards.",
     [("Iran", "THREATENS", "Israel")]),
    ("threat-relative-clause", "Hezbollah, which has threatened Israel with a wider war, "
     "fired dozens of rockets at the town of Metula on Monday, the Israeli army said.",
     [("Hezbollah", "THREATENS", "Israel")]),
    ("threat-carried-the-group", "Al-Shabaab said it carried out the bombing in Mogadishu. "
     "The group warned Kenya that more attacks would follow unless its troops left Somalia.",
     [("al-Shabaab", "THREATENS", "Kenya")]),
    ("threat-would-attack-if", "In a statement on Telegram, the Houthis said they would "
     "attack the United States and Britain if the air strikes on Yemen continued.",
     [("Houthis", "THREATENS", "United States")]),
    ("threat-threatened-to-launch-against", "Turkey threatened on Wednesday to launch a new "
     "ground operation against the YPG in northern Syria after a bomb attack in Istanbul.",
     [("Turkey", "THREATENS", "People's Protection Units")]),
    ("threat-warned-of-response", "Pakistan warned the Taliban of a forceful response after "
     "militants killed 23 soldiers in an attack on a police compound in Dera Ismail Khan.",
     [("Pakistan", "THREATENS", "Taliban")]),
    ("threat-long-dated", "On March 3, two days after a car bomb killed 14 people in "
     "Kismayo, Kenya warned al-Shabaab that its forces would pursue the group's fighters deep "
     "into Somalia.", [("Kenya", "THREATENS", "al-Shabaab")]),
    ("threat-demonym-noun", "Diplomats in Bucharest played down a Russian threat against "
     "Moldova over the transit of gas through Transnistria.",
     [("Russia", "THREATENS", "Moldova")]),
    ("threat-ultimatum-to", "Hamas issued an ultimatum to Israel on Saturday, saying the "
     "captives would not be freed unless the bombardment of Rafah stopped.",
     [("Hamas", "THREATENS", "Israel")]),
    ("threat-vowed-to-crush", "The Nigerian army vowed to crush Boko Haram in the Sambisa "
     "forest after the group abducted more than 80 students from a school in Borno state.",
     [("Nigerian forces", "THREATENS", "Boko Haram")]),
    ("threat-warnings-by-of-strikes", "Repeated warnings by Israel of strikes on Hezbollah "
     "have emptied dozens of villages south of the Litani river since October.",
     [("Israel", "THREATENS", "Hezbollah")]),
    ("threat-would-resume-if", "The ELN said it would resume its attacks if the Colombian "
     "government broke the truce agreed in Caracas in August.",
     [("National Liberation Army", "THREATENS", "Colombia")]),
    ("threat-said-would-retaliate-against", "Iran said on Saturday it would retaliate "
     "against Israel for the strike on its embassy compound in Damascus.",
     [("Iran", "THREATENS", "Israel")]),
    ("threat-will-respond-to", "Pakistan will respond to India's missile strikes on Punjab "
     "at a time and place of its choosing, the army's spokesman told reporters.",
     [("Pakistan", "THREATENS", "India")]),
    ("threat-vowed-retaliate-for", "Hamas vowed to retaliate for Israel's raid on the Jenin "
     "refugee camp, in which 12 Palestinians were killed.", [("Hamas", "THREATENS", "Israel")]),
    # --- DEMANDS ---
    ("demand-demanded-that", "Israel demanded that Hamas release all remaining hostages "
     "before any further pause in the fighting in the Gaza Strip, officials said.",
     [("Israel", "DEMANDS", "Hamas")]),
    ("demand-called-on-to-withdraw", "The African Union called on Rwanda to withdraw its "
     "troops from eastern Congo and to stop supporting the M23 rebels.",
     [("African Union", "DEMANDS", "Rwanda")]),
    ("demand-urged-to", "The European Union urged Serbia to de-escalate tensions with "
     "Kosovo after a gunfight at a monastery in the north left four people dead.",
     [("European Union", "DEMANDS", "Serbia")]),
    ("demand-possessive-for-withdrawal", "Mali's demand for France's withdrawal came months "
     "after the junta in Bamako expelled the French ambassador.",
     [("Mali", "DEMANDS", "France")]),
    ("demand-passive-urged", "Rwanda was urged by the United States to pull its soldiers "
     "out of eastern Congo, where the M23 rebels captured Goma in January.",
     [("United States", "DEMANDS", "Rwanda")]),
    ("demand-called-for-withdrawal-of", "The United Nations called for the withdrawal of "
     "Eritrean troops from Tigray, where thousands of civilians were killed in 2021.",
     [("United Nations", "DEMANDS", "Eritrean forces")]),
    ("demand-told-to-withdraw", "Burkina Faso told France to withdraw its special forces "
     "within a month, state television reported on Monday.",
     [("Burkina Faso", "DEMANDS", "France")]),
    ("demand-relative-pressed", "Qatar, which has pressed Hamas to accept the truce, hosted "
     "a new round of talks in Doha on Sunday.", [("Qatar", "DEMANDS", "Hamas")]),
    ("demand-carried-it", "The Arab League met in Cairo on Sunday. It called on Israel to "
     "lift the siege of the Gaza Strip immediately.", [("Arab League", "DEMANDS", "Israel")]),
    ("demand-participle-demanding", "Turkey, demanding that Sweden extradite dozens of "
     "Kurdish activists, held up its bid to join NATO for almost two years.",
     [("Turkey", "DEMANDS", "Sweden")]),
    ("demand-according-to", "According to the statement, Saudi Arabia urged the Houthis to "
     "halt their attacks on merchant ships in the Red Sea.",
     [("Saudi Arabia", "DEMANDS", "Houthis")]),
    ("demand-insisted-that", "Armenia insisted that Azerbaijan pull its troops back from the "
     "border villages they occupied in 2021.", [("Armenia", "DEMANDS", "Azerbaijan")]),
    ("demand-demanded-of-noun", "The demand by Ukraine that Russia return the deported "
     "children was repeated at the Security Council on Thursday.",
     [("Ukraine", "DEMANDS", "Russia")]),
    ("demand-renewed-call-for-to", "The United Nations renewed its call for Israel to allow "
     "aid convoys into northern Gaza, where aid agencies say famine has set in.",
     [("United Nations", "DEMANDS", "Israel")]),
    ("demand-calls-by-for", "Calls by the African Union for Rwanda to withdraw its troops "
     "from North Kivu have gone unanswered since the fall of Bukavu.",
     [("African Union", "DEMANDS", "Rwanda")]),
    # --- CRITICIZES ---
    ("crit-denounced-decision", "The Palestinian Authority denounced Israel's decision to "
     "build 3,000 new homes in settlements across the occupied West Bank.",
     [("Palestinian Authority", "CRITICIZES", "Israel")]),
    ("crit-slammed-for", "Russia slammed NATO on Thursday for stationing troops in Finland, "
     "calling the deployment a provocation that would not go unanswered.",
     [("Russia", "CRITICIZES", "NATO")]),
    ("crit-blamed-for", "Pakistan blamed the Pakistani Taliban for the suicide bombing at a "
     "mosque in Peshawar that killed 84 people, most of them police officers.",
     [("Pakistan", "CRITICIZES", "Tehrik-i-Taliban Pakistan")]),
    ("crit-accused-of", "The Sudanese army accused the Rapid Support Forces of looting "
     "hospitals and banks in Khartoum during the first weeks of the war.",
     [("Sudanese forces", "CRITICIZES", "Rapid Support Forces")]),
    ("crit-possessive-condemnation", "Turkey's condemnation of Israel followed the strike "
     "on an aid convoy in central Gaza that killed seven relief workers.",
     [("Turkey", "CRITICIZES", "Israel")]),
    ("crit-lashed-out-at", "Venezuela lashed out at Guyana over the oil concessions it "
     "granted in the disputed Essequibo region.", [("Venezuela", "CRITICIZES", "Guyana")]),
    ("crit-criticised-decision", "Germany criticised Hungary's decision to block a new "
     "package of European aid for Ukraine at the summit in Brussels.",
     [("Germany", "CRITICIZES", "Hungary")]),
    ("crit-passive", "Israel was condemned by Jordan after a raid on the Al-Aqsa compound "
     "in Jerusalem left dozens of worshippers injured.", [("Jordan", "CRITICIZES", "Israel")]),
    ("crit-relative-accused", "Amnesty International, which has accused the Nigerian army "
     "of killing civilians in Borno, published a new report on Tuesday.",
     [("Amnesty International", "CRITICIZES", "Nigerian forces")]),
    ("crit-carried-the-group", "Human Rights Watch published its annual report on Thursday. "
     "The group criticized Ethiopia for blocking food aid to Tigray for most of the year.",
     [("Human Rights Watch", "CRITICIZES", "Ethiopia")]),
    ("crit-according-to-condemned", "According to the statement, Iran strongly condemned "
     "the United States for the air strikes on militia bases in western Iraq.",
     [("Iran", "CRITICIZES", "United States")]),
    ("crit-noun-by", "Criticism of the Taliban by Pakistan has grown since the attacks on "
     "police posts in Khyber Pakhtunkhwa last month.",
     [("Pakistan", "CRITICIZES", "Taliban")]),
    ("crit-demonym-criticism-of", "Russian criticism of NATO grew louder after Finland "
     "joined the alliance in April.", [("Russia", "CRITICIZES", "NATO")]),
    ("crit-in-a-statement-denounced", "In a statement, Hamas denounced the Palestinian "
     "Authority's arrest of its members in Jenin.",
     [("Hamas", "CRITICIZES", "Palestinian Authority")]),
    ("crit-reduced-accused-by", "The Wagner Group, accused by the United Nations of killing "
     "hundreds of civilians in central Mali, left the country in 2025.",
     [("United Nations", "CRITICIZES", "Wagner Group")]),
    ("crit-rebuked", "China rebuked the Philippines on Monday over a collision between their "
     "coast guard vessels near the Second Thomas Shoal.",
     [("China", "CRITICIZES", "Philippines")]),
    ("crit-held-responsible", "Iran holds the United States responsible for the attack on "
     "its consulate, the foreign ministry said in a statement on Tuesday.",
     [("Iran", "CRITICIZES", "United States")]),
    ("crit-held-object-responsible", "Kenya held al-Shabaab responsible for the bombing of a "
     "bus in Garissa that killed 11 passengers.", [("Kenya", "CRITICIZES", "al-Shabaab")]),
    ("crit-came-under-criticism-from", "Israel came under fierce criticism from France over "
     "the raid on Rafah, in which dozens of displaced people died.",
     [("France", "CRITICIZES", "Israel")]),
    ("crit-condemned-attack-by", "France condemned the attack by Boko Haram on a camp for "
     "displaced people near Maiduguri that killed at least 30 people.",
     [("France", "CRITICIZES", "Boko Haram")]),
    ("crit-blamed-it-carried", "A blast hit a market in Kandahar on Friday. The Taliban "
     "blamed the Islamic State for the bombing, which killed nine people.",
     [("Taliban", "CRITICIZES", "Islamic State")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # THREATENS: denied, a warning about another, a question, a claim, a place
    ("threat-denied", "The Houthis denied that they had threatened Saudi Arabia, saying "
     "their statement had been mistranslated.", [("Houthis", "THREATENS", "Saudi Arabia")]),
    ("threat-warned-of-offensive", "The United Nations warned of an Israeli offensive on "
     "Rafah, where more than a million people are sheltering.",
     [("United Nations", "THREATENS", "*")]),
    ("threat-warned-about-another", "Jordan warned Iraq about Islamic State cells "
     "regrouping along their shared border.", [("Jordan", "THREATENS", "Islamic State")]),
    ("threat-warned-that-other-would", "Ukraine warned that Russia would attack the "
     "Kharkiv region again within weeks.", [("Ukraine", "THREATENS", "*")]),
    ("threat-question", "Would Iran retaliate against Israel if the consulate strike went "
     "unanswered?", [("Iran", "THREATENS", "Israel")]),
    ("threat-negated", "Hezbollah has not threatened Cyprus, the group's deputy leader told "
     "reporters in Beirut.", [("Hezbollah", "THREATENS", "Cyprus")]),
    ("threat-place-slot", "Hezbollah vowed on Tuesday to keep fighting from southern "
     "Lebanon.", [("Hezbollah", "THREATENS", "*")]),
    ("threat-vowed-to-protect", "Kenya vowed to protect Somalia's border towns from "
     "al-Shabaab.", [("Kenya", "THREATENS", "Somalia")]),
    ("threat-claim-rejected", "Israel claimed that Hezbollah had threatened Cyprus, an "
     "accusation the group rejected.", [("Hezbollah", "THREATENS", "Cyprus")]),
    ("threat-condition-no-actor", "Hezbollah said it would hold its fire if the talks in "
     "Doha succeeded, and Qatar welcomed the remark.", [("Hezbollah", "THREATENS", "*")]),
    ("threat-announced-is-no-attack", "Iran said on Saturday it would retaliate against "
     "Israel for the strike on its embassy compound in Damascus.",
     [("Iran", "TARGETS", "Israel")]),
    ("threat-responded-to-questions", "Pakistan responded to India's questions about the "
     "missile tests at a briefing on Monday.", [("Pakistan", "THREATENS", "*")]),
    # DEMANDS: a third party, negation, a question, a place
    ("demand-third-party", "The United States urged China to pressure North Korea to stop "
     "its missile tests.", [("United States", "DEMANDS", "North Korea")]),
    ("demand-negated", "Turkey did not demand that Sweden extradite anyone, the foreign "
     "minister said.", [("Turkey", "DEMANDS", "Sweden")]),
    ("demand-question", "Will Egypt call on Israel to open the Rafah crossing?",
     [("Egypt", "DEMANDS", "Israel")]),
    ("demand-calm-in-place", "The United Nations called for calm in Lebanon after the "
     "clashes on Sunday.", [("United Nations", "DEMANDS", "Lebanon")]),
    ("demand-denied", "Iran denied that it had urged the Houthis to attack ships in the Red "
     "Sea.", [("Iran", "DEMANDS", "Houthis")]),
    ("demand-told-reporters", "Qatar told reporters that Hamas had accepted the truce.",
     [("Qatar", "DEMANDS", "*")]),
    ("crit-came-under-fire", "A Sudanese army convoy came under fire from the Rapid Support "
     "Forces near El Obeid.", [("Rapid Support Forces", "CRITICIZES", "*")]),
    ("crit-held-in-custody", "Kenya held al-Shabaab fighters in custody for a year after the "
     "bombing in Garissa.", [("Kenya", "CRITICIZES", "*")]),
    # CRITICIZES: the place of an accused act, negation, the place of an attack
    ("crit-accused-of-fact-about-other", "Azerbaijan accused Armenia of shelling villages "
     "in Nakhchivan.", [("Azerbaijan", "CRITICIZES", "Nakhchivan")]),
    ("crit-accused-of-blocking-aid-to", "Egypt accused Israel of blocking aid to Gaza.",
     [("Egypt", "CRITICIZES", "Gaza")]),
    ("crit-negated", "India did not condemn Russia over the invasion of Ukraine.",
     [("India", "CRITICIZES", "Russia")]),
    ("crit-place-of-attack", "France condemned the bombing in Mogadishu on Saturday.",
     [("France", "CRITICIZES", "*")]),
    ("crit-passive-direction", "Armenia was criticised by France over the closure of the "
     "Lachin corridor.", [("Armenia", "CRITICIZES", "France")]),
    ("crit-question", "Why has the African Union not condemned the junta in Niger?",
     [("African Union", "CRITICIZES", "*")]),
]


# Readings must give their triples; must-nots must give none of theirs.
CASES = [pytest.param(text, want, True, id=f"reads-{cid}") for cid, text, want in POSITIVE] + [
    pytest.param(text, bad, False, id=f"not-{cid}") for cid, text, bad in NEGATIVE]


@pytest.mark.parametrize(("text", "triples", "asserted"), CASES)
def test_reading(nlp: Language, text: str, triples: list[Triple], asserted: bool) -> None:
    (assert_found if asserted else assert_absent)(nlp, text, triples)
