"""Roles as wire services and NGO reports phrase them, written before the readings: who
leads, belongs to or speaks for a body, and which unit is part of which, said actively,
passively, as a noun, a compound title, a relative clause, an apposition, in reported
speech and carried over from the sentence before. Own sentences, invented names; each
form has must-nots (a rival, a critic, a defector, another body's spokesman)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # LEADS: relative clauses, active
    ("who-heads", "Tomas Varga, who heads the Drina Valley Defence Council, told reporters "
     "in the town on Tuesday that 14 of his fighters had been killed since the weekend.",
     [("Tomas Varga", "LEADS", "Drina Valley Defence Council")]),
    ("who-commands", "Oumar Tall, who commands the Liptako Self-Defence Front, said his men "
     "had retaken two villages near the border after a week of heavy fighting.",
     [("Oumar Tall", "LEADS", "Liptako Self-Defence Front")]),
    ("who-has-led-since", "Ramon Aguilar, who has led the Sierra Madre Peasant Army since "
     "2015, denied on Friday that his fighters had burned the polling stations.",
     [("Ramon Aguilar", "LEADS", "Sierra Madre Peasant Army")]),
    # LEADS: passive and participle
    ("is-headed-by", "The Rakhine Salvation Council is headed by Kyaw Min Tun, a former "
     "army officer who fled to the border after the 2021 crackdown.",
     [("Kyaw Min Tun", "LEADS", "Rakhine Salvation Council")]),
    # LEADS: titles before and after the name
    ("body-chief-name", "Sahel Liberation Front chief Moussa Ag Inalla told a local radio "
     "station that the group would free the hostages if the army left Kidal.",
     [("Moussa Ag Inalla", "LEADS", "Sahel Liberation Front")]),
    ("possessive-commander-set-off", "The Northern Hawks Brigade's commander, Andriy "
     "Sokil, said on Friday that the unit had lost 11 men in the shelling near the river.",
     [("Andriy Sokil", "LEADS", "Northern Hawks Brigade")]),
    ("the-head-of-set-off", "The head of the Kachin Relief Council, Naw Seng Bawk, said "
     "300 families had fled the fighting around the town since Sunday.",
     [("Naw Seng Bawk", "LEADS", "Kachin Relief Council")]),
    ("founder-of", "Hamadoun Barry, the founder of the Macina Defence Movement, was "
     "arrested at a checkpoint outside the city on Monday, a security source said.",
     [("Hamadoun Barry", "LEADS", "Macina Defence Movement")]),
    ("secretary-general-of", "Nabil Haddad, the secretary-general of the Gulf Cooperation "
     "Council, called on both sides to return to talks within a week.",
     [("Nabil Haddad", "LEADS", "Gulf Cooperation Council")]),
    ("chairman-of-title-first", "The chairman of the Patriotic Salvation Party, Elias "
     "Mwangi, said the party would boycott the vote in protest at the arrests.",
     [("Elias Mwangi", "LEADS", "Patriotic Salvation Party")]),
    # LEADS: carried from the sentence before
    ("the-groups-leader", "The Red Hand Brigades claimed the ambush on the convoy. The "
     "group's leader, Salvador Ortiz, said in a video that more attacks would follow.",
     [("Salvador Ortiz", "LEADS", "Red Hand Brigades")]),
    ("its-leader-prenominal", "The Ogaden Freedom Army said it had seized two wells. Its "
     "leader Abdi Farah told reporters that the fighters would stay until the rains.",
     [("Abdi Farah", "LEADS", "Ogaden Freedom Army")]),
    # more forms: a compound "-led", "took over", a long title, "of Y", a party tag
    ("surname-led", "Kwame Darko returned from exile in March. The Darko-led People's "
     "Renewal Alliance has since won three of the four by-elections in the north.",
     [("Kwame Darko", "LEADS", "People's Renewal Alliance")]),
    ("took-over", "Amadou Sow took over the Macina Defence Movement in 2019 after its "
     "founder was killed in a drone strike near the river, officials said.",
     [("Amadou Sow", "LEADS", "Macina Defence Movement")]),
    ("comma-of-body", "Peter Kamau, of the Horn Crisis Group, said both armies had moved "
     "heavy weapons closer to the disputed town over the past week.",
     [("Peter Kamau", "MEMBER_OF", "Horn Crisis Group")]),
    ("possessive-unit-of-group", "The Coastal Front's Ember Brigade shelled the ferry "
     "terminal on Sunday, killing four people, the port authority said.",
     [("Ember Brigade", "PART_OF", "Coastal Front")]),
    # a post given or taken, with "its" reading back to the body that gives it
    ("named-as-its-leader", "The Zambezi People's Army named Tendai Moyo as its new "
     "leader on Saturday, two weeks after his predecessor died in a clash near the dam.",
     [("Tendai Moyo", "LEADS", "Zambezi People's Army")]),
    ("succeeded-as-commander", "Tendai Moyo succeeded Joseph Banda as commander of the "
     "Zambezi People's Army in 2023, according to a report by a panel of experts.",
     [("Tendai Moyo", "LEADS", "Zambezi People's Army")]),
    ("assumed-command-of", "In 2022 Tendai Moyo assumed command of the Zambezi People's "
     "Army, which had lost most of its officers in a government offensive.",
     [("Tendai Moyo", "LEADS", "Zambezi People's Army")]),
    ("group-possessive-unit", "Hamas's Qassam Brigades said on Tuesday they had fired "
     "a barrage of rockets at the coastal city in response to the raids.",
     [("Qassam Brigades", "PART_OF", "Hamas")]),
    # "whose" titles, "Y under X", "one of", "from", "affiliated with"
    ("whose-commander", "The Lowland Resistance Front, whose commander, Jonas Mbeki, "
     "was captured in a raid last month, said on Monday that it would keep fighting.",
     [("Jonas Mbeki", "LEADS", "Lowland Resistance Front")]),
    ("body-under-person", "The Lowland Resistance Front under Jonas Mbeki has grown to "
     "some 3,000 fighters and now controls most of the roads around the lake.",
     [("Jonas Mbeki", "LEADS", "Lowland Resistance Front")]),
    ("one-of-its-commanders", "Jonas Mbeki, one of the Lowland Resistance Front's "
     "commanders, was captured in a raid on a farm outside the town last month.",
     [("Jonas Mbeki", "MEMBER_OF", "Lowland Resistance Front")]),
    ("militant-from", "The soldiers shot dead Jonas Mbeki, a militant from the Lowland "
     "Resistance Front, at a roadblock on the main highway late on Sunday.",
     [("Jonas Mbeki", "MEMBER_OF", "Lowland Resistance Front")]),
    ("one-of-the-factions-of", "The Tana Lions, one of the factions of the Lowland "
     "Resistance Front, said they had shot down a drone near the lake on Friday.",
     [("Tana Lions", "PART_OF", "Lowland Resistance Front")]),
    ("group-affiliated-with", "The Tana Lions, a group affiliated with the Lowland "
     "Resistance Front, said they had shot down a drone near the lake on Friday.",
     [("Tana Lions", "PART_OF", "Lowland Resistance Front")]),
    ("person-affiliated-with", "Jonas Mbeki, who is affiliated with the Lowland "
     "Resistance Front, was detained at the airport on his return from exile.",
     [("Jonas Mbeki", "MEMBER_OF", "Lowland Resistance Front")]),
    ("party-in-brackets", "Two opposition lawmakers, Grace Wanjiru (Orange Democratic "
     "Movement) and Peter Otieno (Jubilee Party), voted against extending the deployment.",
     [("Grace Wanjiru", "MEMBER_OF", "Orange Democratic Movement"),
      ("Peter Otieno", "MEMBER_OF", "Jubilee Party")]),
    ("who-was-elected-leader", "Jonas Mbeki, who was elected leader of the Lowland "
     "Resistance Front at a congress last year, rejected the government's offer.",
     [("Jonas Mbeki", "LEADS", "Lowland Resistance Front")]),
    ("hyphenated-title", "Lowland Resistance Front commander-in-chief Jonas Mbeki told "
     "a rally in the hills that his fighters would not disarm before the elections.",
     [("Jonas Mbeki", "LEADS", "Lowland Resistance Front")]),
    # MEMBER_OF
    ("a-senior-commander", "Yusuf Baraka, a senior Southern Jihad Army commander, was "
     "detained at the port on Wednesday along with three of his bodyguards, police said.",
     [("Yusuf Baraka", "MEMBER_OF", "Southern Jihad Army")]),
    ("body-official-appos", "Hamid Noori, a Hazara Unity Party official, said at least "
     "nine people had been wounded when gunmen opened fire on the rally.",
     [("Hamid Noori", "MEMBER_OF", "Hazara Unity Party")]),
    ("member-of-appos", "Grace Achieng, a member of the Lakes Peace Commission, said the "
     "two sides had agreed to meet again in the capital next month.",
     [("Grace Achieng", "MEMBER_OF", "Lakes Peace Commission")]),
    ("body-fighter-appos", "Abdi Warsame, a 24-year-old Jubba Liberation Front fighter, "
     "surrendered to soldiers in the town on Monday, the regional governor said.",
     [("Abdi Warsame", "MEMBER_OF", "Jubba Liberation Front")]),
    ("body-lawmaker", "Elena Vossberg, a Green Future Party lawmaker, said the bill would "
     "give the army sweeping powers to detain suspects without charge.",
     [("Elena Vossberg", "MEMBER_OF", "Green Future Party")]),
    ("joined-in-year", "Kamal Saidi joined the Atlas Islamic Front in 2014 and rose to "
     "become one of its regional commanders, according to court papers.",
     [("Kamal Saidi", "MEMBER_OF", "Atlas Islamic Front")]),
    ("analyst-at", "The ceasefire is fragile, said Sarah Lindqvist, an analyst at the "
     "Nordic Conflict Institute, noting that neither side had pulled back its guns.",
     [("Sarah Lindqvist", "MEMBER_OF", "Nordic Conflict Institute")]),
    ("who-belongs-to", "Farid Mansour, who belongs to the Cedar Resistance Movement, was "
     "released on bail after three months in custody in the capital.",
     [("Farid Mansour", "MEMBER_OF", "Cedar Resistance Movement")]),
    ("researcher-with", "Lucia Ferro, a researcher with the Andean Rights Observatory, "
     "said at least 37 activists had been killed in the region this year.",
     [("Lucia Ferro", "MEMBER_OF", "Andean Rights Observatory")]),
    ("recruited-into", "Prosecutors say Daniel Mutua was recruited into the Coastal "
     "Brotherhood Militia at the age of 15 and fought for it for six years.",
     [("Daniel Mutua", "MEMBER_OF", "Coastal Brotherhood Militia")]),
    # SPOKESPERSON_FOR
    ("according-to-spokesman", "The convoy was hit near the coast on Sunday, according to "
     "Saleh Amer, a spokesman for the Southern Resistance Forces.",
     [("Saleh Amer", "SPOKESPERSON_FOR", "Southern Resistance Forces")]),
    ("speaking-for", "Ruth Alema, speaking for the Lakes Aid Consortium, said 12,000 "
     "people had fled their homes since the clashes began on Saturday.",
     [("Ruth Alema", "SPOKESPERSON_FOR", "Lakes Aid Consortium")]),
    ("body-spokesperson-prenominal", "Northern Alliance Council spokesperson Mariam "
     "Bello told reporters that the council had not been consulted on the deal.",
     [("Mariam Bello", "SPOKESPERSON_FOR", "Northern Alliance Council")]),
    ("its-spokesman-told", "The Ogaden Freedom Army said it would release the prisoners, "
     "its spokesman Hassan Dirie told reporters by phone on Tuesday.",
     [("Hassan Dirie", "SPOKESPERSON_FOR", "Ogaden Freedom Army")]),
    ("who-speaks-for", "Nadia Karam, who speaks for the Cedar Resistance Movement, said "
     "the group had no part in the bombing that killed four soldiers.",
     [("Nadia Karam", "SPOKESPERSON_FOR", "Cedar Resistance Movement")]),
    ("said-spokeswoman-after", "Three aid workers were freed on Friday, said Ingrid "
     "Solberg, a spokeswoman for the Nordic Relief Council, without giving details.",
     [("Ingrid Solberg", "SPOKESPERSON_FOR", "Nordic Relief Council")]),
    # PART_OF
    ("an-affiliate-of", "The Hamza Brigade, an affiliate of the Sahel Salvation Front, "
     "claimed responsibility for the attack that killed nine soldiers near the border.",
     [("Hamza Brigade", "PART_OF", "Sahel Salvation Front")]),
    ("a-branch-of", "The Tana River Battalion, a branch of the Coastal Liberation Army, "
     "has carried out at least a dozen raids on police posts this year.",
     [("Tana River Battalion", "PART_OF", "Coastal Liberation Army")]),
    ("the-armed-wing-of", "The Iron Valley Battalions, the armed wing of the Popular "
     "Renewal Movement, said they fired the rockets in response to the raids.",
     [("Iron Valley Battalions", "PART_OF", "Popular Renewal Movement")]),
    ("a-faction-within", "The Dawn Brigades, a faction within the Syrian Liberation "
     "Alliance, withdrew from the front line after a dispute over pay.",
     [("Dawn Brigades", "PART_OF", "Syrian Liberation Alliance")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # fought, criticised, met, defected: no role
    ("who-fought", "Tomas Varga, who fought the Drina Valley Defence Council for years, "
     "told reporters in the town on Tuesday that 14 fighters had been killed.",
     [("Tomas Varga", "LEADS", "*"), ("Tomas Varga", "MEMBER_OF", "*")]),
    ("a-critic-of", "Hamid Noori, a critic of the Hazara Unity Party, said at least nine "
     "people had been wounded when gunmen opened fire on the rally.",
     [("Hamid Noori", "MEMBER_OF", "*"), ("Hamid Noori", "LEADS", "*")]),
    ("met-the-leader", "Oumar Tall met the Liptako Self-Defence Front leader in the "
     "village on Monday to negotiate the release of the hostages.",
     [("Oumar Tall", "LEADS", "*"), ("Oumar Tall", "MEMBER_OF", "*")]),
    ("defected-from", "Kamal Saidi, who defected from the Atlas Islamic Front in 2019, "
     "now advises the army on how to persuade fighters to surrender.",
     [("Kamal Saidi", "MEMBER_OF", "Atlas Islamic Front"),
      ("Kamal Saidi", "LEADS", "Atlas Islamic Front")]),
    ("refused-to-join", "Kamal Saidi refused to join the Atlas Islamic Front in 2014, "
     "according to court papers seen by reporters.",
     [("Kamal Saidi", "MEMBER_OF", "*")]),
    ("denied-heading", "Ramon Aguilar denied that he heads the Sierra Madre Peasant Army, "
     "telling the court he was a farmer.",
     [("Ramon Aguilar", "LEADS", "*")]),
    ("led-by-question", "Is the Karenni Unity Council led by Saw Ler Htoo or by the "
     "generals in the hills? Nobody in the camps could say.",
     [("Saw Ler Htoo", "LEADS", "*")]),
    ("arrested-by-led", "Kyaw Min Tun, arrested by the Rakhine Salvation Council in "
     "March, was freed in an exchange of prisoners on Monday.",
     [("Kyaw Min Tun", "*", "Rakhine Salvation Council")]),
    # a place or a date in the slot
    ("commander-in-place", "Ibrahim Dauda, the army's top commander in Maiduguri, said "
     "the Lake Chad Jihad Movement had lost dozens of fighters.",
     [("Ibrahim Dauda", "LEADS", "*"), ("Ibrahim Dauda", "MEMBER_OF", "*")]),
    # a spokesman of one body quoted about another
    ("spokesman-about-another", "Jonas Berg, a spokesman for the Nordic Relief Council, "
     "said the Free Kivu Movement had blocked the aid convoy for three days.",
     [("Jonas Berg", "*", "Free Kivu Movement")]),
    ("according-to-about-another", "The convoy was hit by the Southern Resistance Forces, "
     "according to Saleh Amer, a spokesman for the coastal governor's office.",
     [("Saleh Amer", "*", "Southern Resistance Forces")]),
    # the title in the next sentence names someone else
    ("title-next-sentence-unnamed", "Lina Haddad fled across the border. The Red Hand "
     "Brigades commander said she had been arrested at a checkpoint.",
     [("Lina Haddad", "LEADS", "*"), ("Lina Haddad", "MEMBER_OF", "*")]),
    ("leader-then-he-said", "The Ogaden Freedom Army's leader was not available. Abdi "
     "Farah, a farmer, said the fighters had taken his goats.",
     [("Abdi Farah", "LEADS", "*")]),
    # PART_OF: a rival, a breakaway, an enemy
    ("a-rival-of", "The Hamza Brigade, a rival of the Sahel Salvation Front, claimed "
     "responsibility for the attack that killed nine soldiers near the border.",
     [("Hamza Brigade", "PART_OF", "*")]),
    ("broke-away-from", "The Black Banner Battalions, which broke away from the Islamic "
     "Sahel Movement in 2020, said they had shot down a government drone.",
     [("Black Banner Battalions", "PART_OF", "*")]),
    ("which-fought", "The Fatah Brigade, which fought the Northern Liberation Coalition "
     "last year, said its fighters had repelled an attack on the airport.",
     [("Fatah Brigade", "PART_OF", "*")]),
    ("not-part-of", "The Dawn Brigades are not part of the Syrian Liberation Alliance, "
     "its commanders insist.",
     [("Dawn Brigades", "PART_OF", "*")]),
    # a post given to someone else, a body described, a body's rival unit
    ("named-another-as-leader", "The Zambezi People's Army named its new leader on "
     "Saturday; Tendai Moyo, a rival, called the choice a mistake.",
     [("Tendai Moyo", "LEADS", "*")]),
    ("described-as-its-enemy", "The Zambezi People's Army described Tendai Moyo as its "
     "worst enemy in a statement on Saturday.",
     [("Tendai Moyo", "LEADS", "*"), ("Tendai Moyo", "MEMBER_OF", "*")]),
    ("took-over-a-town", "Fighters loyal to Tendai Moyo took over the town of Kariba "
     "on Saturday after a week of clashes.",
     [("Tendai Moyo", "LEADS", "*")]),
    ("group-fighters-shelled-unit", "Hamas's fighters fired on the Qassam Brigades "
     "near the crossing, witnesses said.",
     [("Qassam Brigades", "PART_OF", "*")]),
    # hostages, defectors, a body's fighters against another, critics among its factions
    ("one-of-its-hostages", "Jonas Mbeki, one of the hostages of the Lowland Resistance "
     "Front, was freed in an exchange of prisoners on Sunday.",
     [("Jonas Mbeki", "MEMBER_OF", "*")]),
    ("defector-from", "The soldiers questioned Jonas Mbeki, a defector from the Lowland "
     "Resistance Front, at a camp near the lake on Sunday.",
     [("Jonas Mbeki", "MEMBER_OF", "*")]),
    ("one-of-the-critics-of", "The Tana Lions, one of the fiercest critics of the "
     "Lowland Resistance Front, said they had shot down a drone on Friday.",
     [("Tana Lions", "PART_OF", "*")]),
    ("whose-fighters-killed", "The Lowland Resistance Front, whose fighters killed Jonas "
     "Mbeki in May, said on Monday that it would keep fighting.",
     [("Jonas Mbeki", "*", "Lowland Resistance Front")]),
    ("under-fire-from", "The Lowland Resistance Front came under fire from Jonas Mbeki's "
     "men near the lake on Friday, witnesses said.",
     [("Jonas Mbeki", "LEADS", "*")]),
    ("who-was-elected-by", "Jonas Mbeki, who was elected by the Lowland Resistance "
     "Front's enemies as mayor, rejected the government's offer.",
     [("Jonas Mbeki", "LEADS", "*"), ("Jonas Mbeki", "MEMBER_OF", "*")]),
    ("agency-in-brackets", "Grace Wanjiru (Reuters) and Peter Otieno reported from the "
     "front line near the lake.", [("Grace Wanjiru", "MEMBER_OF", "*")]),
    ("handle-in-brackets", "Follow the minister on Twitter (@Gwanjiru) for updates from "
     "the talks.", [("*", "MEMBER_OF", "*")]),
    # a member's fighter, a speaker's audience
    ("fighter-captured-by", "Abdi Warsame, a 24-year-old farmer captured by Jubba "
     "Liberation Front fighters, escaped on Monday, the regional governor said.",
     [("Abdi Warsame", "MEMBER_OF", "*")]),
    ("spoke-to-spokesman", "Ruth Alema spoke to a spokesman for the Lakes Aid Consortium "
     "about the 12,000 people who had fled their homes.",
     [("Ruth Alema", "SPOKESPERSON_FOR", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
