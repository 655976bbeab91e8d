"""One actor told over several sentences (extract/coref.py, extract/context.py): a
relation whose end is "the group", "the rebels", "the government", "the ministry", "the
army", "it", "its forces", "he", "the group's spokesman" or "the two countries" resolves
to the most recent actor whose type the reference fits, across sentence and paragraph
breaks within a short window. When two actors fit as well as each other, when nothing
fitting was named before, when the reference is a place or a plural that names no one,
it stays unread.

Passages are invented, in the style of wire and NGO reports, several conflicts.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- "the group" and its kin: the nearest armed group before
    ("x39-group-also-claimed", "The Raya Liberation Front said on Monday it had overrun two "
     "army posts near Adigrat, killing at least nine soldiers. The group also claimed an "
     "attack on Ethiopian troops outside Mekelle on Sunday.",
     [("Raya Liberation Front", "TARGETS", "Ethiopian forces")]),
    ("x39-militia-after-a-day", "The Zamfara Defence Militia raided a crowded market "
     "in Gusau on Tuesday, residents said. The militia later ambushed Nigerian police "
     "officers on the road to Sokoto, killing four.",
     [("Zamfara Defence Militia", "TARGETS", "Nigerian police")]),
    ("x39-rebels-two-sentences-on", "The Arakan Liberation Army took control of a border "
     "post near Maungdaw in heavy fighting on Friday. Thousands of residents fled toward "
     "the river. The rebels later attacked Myanmar soldiers near Buthidaung.",
     [("Arakan Liberation Army", "TARGETS", "Myanmarese forces")]),
    ("x39-insurgents-ambushed", "The Rovuma Liberation Army burned dozens of homes "
     "in Macomia district last week, according to local officials. The insurgents "
     "ambushed Mozambican soldiers near Mocimboa da Praia on Thursday.",
     [("Rovuma Liberation Army", "TARGETS", "Mozambican forces")]),
    ("x39-fighters-attacked", "The Bangsamoro Freedom Front has been blamed for a string "
     "of bombings on Mindanao since January. On Saturday the fighters attacked Philippine "
     "soldiers guarding a bridge outside Cotabato, the army said.",
     [("Bangsamoro Freedom Front", "TARGETS", "Philippine forces")]),
    ("x39-militants-threatened", "The Kashmir Resistance Front claimed responsibility for "
     "the grenade blast in Srinagar. The militants also threatened Indian police officers "
     "in a statement posted online late on Wednesday.",
     [("Kashmir Resistance Front", "THREATENS", "Indian police")]),
    ("x39-jihadists-killed", "The Liptako Islamic Brigade seized three villages near "
     "Djibo in March. The jihadists killed six Burkinabe soldiers in an ambush on the "
     "Dori road on Monday, security sources said.",
     [("Liptako Islamic Brigade", "KILLED", "Burkinabe forces")]),
    ("x39-group-condemned", "The Hadramawt Liberation Front seized the port of Mukalla "
     "on Friday after two days of clashes. The United Nations condemned the group for "
     "shelling a camp for displaced families.",
     [("United Nations", "CRITICIZES", "Hadramawt Liberation Front")]),
    ("x39-group-as-object", "The Ansar Dine Brigade abducted five aid workers near Menaka "
     "last month. France imposed sanctions on the group on Wednesday.",
     [("France", "SANCTIONS", "Ansar Dine Brigade")]),
    ("x39-group-over-a-paragraph", "The Jubba Valley Liberation Front overran a Somali army "
     "base near Jilib on Sunday, killing at least twelve soldiers.\n\nOn Monday the group "
     "attacked Kenyan troops near the border town of Dhobley.",
     [("Jubba Valley Liberation Front", "TARGETS", "Kenyan forces")]),
    ("x39-group-with-a-state-between", "The Sinai Liberation Front fought Egyptian soldiers near "
     "Rafah. Egypt closed the crossing. The group later attacked Israeli troops near "
     "Kerem Shalom, a spokesman said.",
     [("Sinai Liberation Front", "TARGETS", "Israeli forces")]),
    ("x39-group-picked-by-type", "Colombia sent troops to Arauca after the National "
     "Patriotic Front attacked a pipeline there. The group later kidnapped two Colombian "
     "soldiers near Saravena.",
     [("National Patriotic Front", "TARGETS", "Colombian forces")]),
    # ---- "the government", "the ministry", "the army": the state or its body
    ("x39-government-sanctioned", "Canada said on Thursday it would review its aid to "
     "Haiti. The government also imposed sanctions on the Artibonite Liberation Army, "
     "accusing it of kidnappings.",
     [("Canada", "SANCTIONS", "Artibonite Liberation Army")]),
    ("x39-government-condemned", "Chad recalled its ambassador to Khartoum on Monday. The "
     "government condemned the Darfur Salvation Front for attacks on refugees near Adre.",
     [("Chad", "CRITICIZES", "Darfur Salvation Front")]),
    ("x39-government-the-object", "The Oromo Liberation Army seized two towns in western "
     "Ethiopia this week. The rebels accused the government of bombing civilians in "
     "Nekemte.",
     [("Oromo Liberation Army", "CRITICIZES", "Ethiopia")]),
    ("x39-ministry-condemned", "Mali's Defence Ministry said troops had retaken the town of "
     "Lere. The ministry condemned the Azawad Liberation Front for laying mines on the "
     "road to Timbuktu.",
     [("Malian Defence Ministry", "CRITICIZES", "Azawad Liberation Front")]),
    ("x39-army-of-the-state-named", "Sudan accused the Darfur Freedom Front of looting "
     "relief convoys. The army said it had attacked the group's positions near Tawila.",
     [("Sudanese forces", "TARGETS", "Darfur Freedom Front")]),
    ("x39-junta-rejected", "Niger expelled the French ambassador in August. The junta "
     "condemned the Sahel Liberation Front for the killing of six soldiers near Tillaberi.",
     [("Niger", "CRITICIZES", "Sahel Liberation Front")]),
    # ---- "it", "its": the body or group told of before
    ("x39-it-said-it-had", "The Shan State Progress Army said on Monday it had captured "
     "a junta outpost near Lashio. It also attacked Myanmar soldiers near Hsipaw, the "
     "group said in a statement.",
     [("Shan State Progress Army", "TARGETS", "Myanmarese forces")]),
    ("x39-its-fighters", "The Kivu Defence Front was founded in 2021 by former army "
     "officers. Its fighters attacked Congolese soldiers in Rutshuru on Saturday, "
     "killing three.",
     [("Kivu Defence Front", "TARGETS", "Democratic Republic of the Congo forces")]),
    ("x39-its-leader", "The Arakan People's Front seized a police station in Rathedaung on "
     "Tuesday. Its leader, Tun Myat Aung, said the fighters would not withdraw.",
     [("Tun Myat Aung", "LEADS", "Arakan People's Front")]),
    ("x39-its-leader-after-the-group", "The Ituri Patriotic Militia burned a clinic near "
     "Djugu, the United Nations said. The group denied it on Friday. Its commander, "
     "Justin Ngabo, said his men were not in the area.",
     [("Justin Ngabo", "LEADS", "Ituri Patriotic Militia")]),
    ("x39-its-forces-are-the-states", "The Armenian Defence Ministry said on Sunday that "
     "its forces had shelled Azerbaijani positions near Sotk.",
     [("Armenian forces", "TARGETS", "Azerbaijan")]),
    ("x39-it-a-state-before", "Iran test-fired two ballistic missiles from a base near "
     "Semnan on Tuesday. It also accused Israel of sabotage at its nuclear sites.",
     [("Iran", "CRITICIZES", "Israel")]),
    ("x39-the-ministry-its-forces", "Niger's Defence Ministry said on Monday that troops "
     "had retaken the town of Banibangou. The ministry said its forces had also attacked "
     "Tillaberi Liberation Front positions near Ayorou.",
     [("Nigerien forces", "TARGETS", "Tillaberi Liberation Front")]),
    ("x39-it-the-agency", "The World Food Programme suspended deliveries to Gaza City on "
     "Tuesday. It accused Israel of blocking its convoys at the Erez crossing.",
     [("World Food Program", "CRITICIZES", "Israel")]),
    # ---- "the group's spokesman", "the movement's commander", "the agency's head"
    ("x39-groups-spokesman", "The Ambazonia Defence Forces attacked a gendarmerie post in "
     "Bamenda overnight. The group's spokesman, Ebenezer Tabi, said the fighters had "
     "withdrawn by dawn.",
     [("Ebenezer Tabi", "SPOKESPERSON_FOR", "Ambazonia Defence Forces")]),
    ("x39-militias-commander", "The Nuer White Army Militia overran Nasir on Wednesday. "
     "The militia's commander, James Koang, told reporters his men held the town.",
     [("James Koang", "LEADS", "Nuer White Army Militia")]),
    ("x39-agencys-head", "The International Organization for Migration said 40,000 people "
     "had fled Kherson. The agency's director, Marta Lindqvist, condemned Russia for "
     "shelling the city.",
     [("Marta Lindqvist", "CRITICIZES", "Russia")]),
    ("x39-rebels-leader", "The Cauca Revolutionary Army kidnapped a mayor near Popayan on "
     "Friday. The rebels' leader, Arley Quintero, demanded a prisoner swap.",
     [("Arley Quintero", "LEADS", "Cauca Revolutionary Army")]),
    ("x39-spokesman-said-its", "A spokesman for the Karenni Liberation Army, Khu Reh, "
     "said on Wednesday that its fighters had attacked Myanmar soldiers near Loikaw.",
     [("Karenni Liberation Army", "TARGETS", "Myanmarese forces")]),
    ("x39-commander-said-its", "The commander of the Afar Liberation Front told reporters "
     "in Semera that its units had attacked Ethiopian troops near the salt flats.",
     [("Afar Liberation Front", "TARGETS", "Ethiopian forces")]),
    # ---- "he", "she": the person told of before
    ("x39-he-the-subject-before", "General Hamid Barre took command of the Somali army in "
     "January. He accused al-Shabaab of attacking civilians in Baidoa on Monday.",
     [("Hamid Barre", "CRITICIZES", "al-Shabaab")]),
    ("x39-she-the-subject-before", "Foreign Minister Anna Kovalenko arrived in Brussels on "
     "Tuesday for talks. She condemned Russia for the strike on a hospital in Sumy.",
     [("Anna Kovalenko", "CRITICIZES", "Russia")]),
    ("x39-he-leads", "Colonel Moussa Keita was arrested in Bamako in March. He commands the "
     "Mandé Defence Brigade, according to a United Nations report.",
     [("Moussa Keita", "LEADS", "Mandé Defence Brigade")]),
    ("x39-he-after-a-quote", "Rafael Ortega, a senior official of the National Liberation "
     "Army, spoke to reporters in Caracas. \"We are ready for talks,\" he said. He also "
     "accused Colombia of breaking the truce.",
     [("Rafael Ortega", "CRITICIZES", "Colombia")]),
    ("x39-his-fighters", "Commander Ali Gedi defected from al-Shabaab last year. His "
     "fighters attacked Somali soldiers near Beledweyne on Sunday.",
     [("Ali Gedi", "TARGETS", "Somali forces")]),
    ("x39-the-general", "General Abdel Fattah Mansour toured the front line near "
     "Omdurman on Tuesday. The general accused the Rapid Support Forces of shelling a "
     "maternity hospital in the city.",
     [("Abdel Fattah Mansour", "CRITICIZES", "Rapid Support Forces")]),
    ("x39-the-minister", "Foreign Minister Anna Kovalenko met General Petro Hrytsenko in "
     "Kyiv. The minister condemned Russia for the overnight strike on Odesa.",
     [("Anna Kovalenko", "CRITICIZES", "Russia")]),
    # ---- "the country", "the kingdom": the state told of before
    ("x39-the-country", "Iran test-fired a new cruise missile near the Strait of Hormuz on "
     "Monday. The country also accused the United States of piracy in the Gulf.",
     [("Iran", "CRITICIZES", "United States")]),
    ("x39-the-kingdom", "Saudi Arabia intercepted two drones over Jizan overnight, state "
     "media reported. The kingdom accused the Houthis of targeting civilian airports.",
     [("Saudi Arabia", "CRITICIZES", "Houthis")]),
    # ---- "they", "their": an armed group told of alone before
    ("x39-they-the-group", "The Ghazni Liberation Front seized a district centre south "
     "of the provincial capital on Friday. They also attacked Afghan police posts "
     "nearby, killing six officers.",
     [("Ghazni Liberation Front", "TARGETS", "Afghanistan")]),
    ("x39-their-fighters", "The Cabinda Liberation Army claimed the ambush near Buco-Zau. "
     "Their fighters also attacked Angolan soldiers in Necuto on Sunday.",
     [("Cabinda Liberation Army", "TARGETS", "Angolan forces")]),
    # ---- the two parties of the sentence before
    ("x39-two-countries-agreed", "Ethiopia and Eritrea held talks in Asmara on Saturday. "
     "The two countries signed a ceasefire on Sunday.",
     [("Ethiopia", "CEASEFIRE_WITH", "Eritrea")]),
    ("x39-both-sides-met", "Armenia accused Azerbaijan of shelling border villages on "
     "Monday. Both sides met in Geneva on Thursday.",
     [("Armenia", "MEETS_WITH", "Azerbaijan")]),
    ("x39-two-sides-truce", "The Sudanese army held talks with the Rapid Support Forces in "
     "Jeddah. The two sides signed a truce on Sunday.",
     [("Rapid Support Forces", "CEASEFIRE_WITH", "Sudanese forces")]),
    # ---- bodies: "the alliance", "the bloc", "the council", "the mission"
    ("x39-alliance", "The North Atlantic Treaty Organization met in Vilnius on Tuesday. "
     "The alliance condemned Russia for the attacks on Ukrainian ports.",
     [("NATO", "CRITICIZES", "Russia")]),
    ("x39-council", "The United Nations Security Council met in New York on Friday. The "
     "council condemned the Houthis for attacks on shipping in the Red Sea.",
     [("UN Security Council", "CRITICIZES", "Houthis")]),
    ("x39-mission", "The United Nations Mission in South Sudan sent peacekeepers to Malakal "
     "on Monday. The mission condemned the White Army for the attack on the camp.",
     [("United Nations Mission in South Sudan", "CRITICIZES", "White Army")]),
    ("x39-agency", "The UN Relief and Works Agency (UNRWA) said two of its schools had "
     "been hit. The agency accused Israel of striking the shelters.",
     [("UN Relief and Works Agency", "CRITICIZES", "Israel")]),
    ("x39-agency-a-un-body", "The World Health Organization said three hospitals in "
     "Khartoum had closed this month. The agency accused the Rapid Support Forces of "
     "looting medical stores in Omdurman.",
     [("World Health Organization", "CRITICIZES", "Rapid Support Forces")]),
    ("x39-bloc", "European Union foreign ministers met in Luxembourg on Monday. The bloc "
     "imposed sanctions on the Wagner Group over its operations in Mali and Libya.",
     [("European Union", "SANCTIONS", "Wagner Group")]),
    ("x39-ministry-its-spokesman", "Ukraine's Defence Ministry said on Friday that drones "
     "had hit a refinery in Tuapse. Its spokesman, Oleh Marchuk, accused Russia of "
     "targeting power plants.",
     [("Oleh Marchuk", "SPOKESPERSON_FOR", "Ukrainian Defence Ministry")]),
    # ---- reported speech and "according to": the doer still resolves
    ("x39-said-the-group-had", "The Baluch Liberation Front claimed the bombing in Quetta. "
     "According to police, the group attacked Pakistani soldiers near Turbat on Sunday.",
     [("Baluch Liberation Front", "TARGETS", "Pakistani forces")]),
    ("x39-the-group-said-it", "The Misrata Shield Brigade left Sirte on Monday. The group "
     "said it had attacked Libyan National Army positions near the city of Sabha.",
     [("Misrata Shield Brigade", "TARGETS", "Libyan National Army")]),
    # ---- a long sentence with a date, a place and a casualty count
    ("x39-long-sentence", "The Kanem Liberation Front was formed in 2019 by former "
     "Boko Haram commanders. In the early hours of Saturday, the group attacked Chadian "
     "soldiers at a base near Bol, killing at least 17 and wounding 30, the army said.",
     [("Kanem Liberation Front", "TARGETS", "Chadian forces")]),
    ("x39-passive-by-the-group", "The Ogaden National Front seized a police post near "
     "Degehabur on Sunday. Two Ethiopian soldiers were killed by the group near Kebri "
     "Dahar a day later.",
     [("Ogaden National Front", "KILLED", "Ethiopian forces")]),
    ("x39-group-seized-town", "The Kachin Independence Brigade has fought the military for "
     "decades. On Friday the group seized the town of Bhamo, residents said.",
     [("Kachin Independence Brigade", "CONTROLS", "Bhamo")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("x39-no-group-yet", "Gunmen attacked a market in Maiduguri on Tuesday. The group "
     "later ambushed Nigerian soldiers near Konduga.",
     [("*", "TARGETS", "Nigerian forces")]),
    ("x39-two-groups-tie", "The Tanganyika Liberation Front and the Lualaba Defence Militia "
     "clashed near Kalemie. The group later attacked Congolese soldiers near Moba.",
     [("*", "TARGETS", "Democratic Republic of the Congo forces")]),
    ("x39-generic-rebel-groups", "Rebel groups control much of eastern Congo. The rebels "
     "attacked Congolese soldiers near Beni on Monday, officials said.",
     [("*", "TARGETS", "*")]),
    ("x39-the-town-is-a-place", "The Sahel Dawn Front laid siege to Djibo last year. The "
     "town condemned the Burkinabe government for the lack of food.",
     [("Sahel Dawn Front", "CRITICIZES", "*")]),
    ("x39-group-denied", "The Kasai Liberation Front seized Tshikapa on Monday. The group "
     "denied attacking Congolese soldiers near Kananga.",
     [("Kasai Liberation Front", "TARGETS", "*")]),
    ("x39-group-in-a-question", "The Ruvuma Freedom Front has been quiet for months. Will "
     "the group attack Tanzanian soldiers again?",
     [("Ruvuma Freedom Front", "TARGETS", "*")]),
    ("x39-group-if", "The Kunar Salafi Front gathered fighters near Asadabad. If the group "
     "attacks Afghan soldiers, the ministry said, it will be met with force.",
     [("Kunar Salafi Front", "TARGETS", "*")]),
    ("x39-he-two-people", "General Omar Sheikh and Colonel Yusuf Dahir met in Kismayo. He "
     "condemned al-Shabaab for the bombing in Mogadishu.",
     [("*", "CRITICIZES", "al-Shabaab")]),
    ("x39-it-a-place-subject", "Goma fell to the Congo River Alliance in January. It "
     "later condemned Rwanda for the shelling.",
     [("Goma", "CRITICIZES", "*"), ("Congo River Alliance", "CRITICIZES", "*")]),
    ("x39-a-rival-group", "The Nyala Popular Front seized a market near Kas. A rival group "
     "later attacked Sudanese soldiers near Zalingei.",
     [("Nyala Popular Front", "TARGETS", "*")]),
    ("x39-government-of-another-state", "The Oromo Freedom Brigade seized Gimbi on Monday. "
     "Kenya and Sudan urged calm. The government condemned the group for the killings.",
     [("*", "CRITICIZES", "Oromo Freedom Brigade")]),
    ("x39-alliance-of-no-body", "The Macina Patriotic Front and the Gourma Defence Front "
     "met in Mopti last week. The alliance attacked Malian soldiers near Sevare.",
     [("*", "TARGETS", "Malian forces")]),
    ("x39-its-of-the-person-named", "Amina Diallo, a researcher at the Sahel Policy "
     "Institute, said its report had found that the Macina Liberation Front attacked "
     "villages.",
     [("Sahel Policy Institute", "TARGETS", "*")]),
    ("x39-it-the-deal-not-the-state", "The truce was signed by Ethiopia in Pretoria. It "
     "also condemned the Fano militia for the killings.",
     [("Ethiopia", "CRITICIZES", "*")]),
    ("x39-two-generals-tie", "General Omar Sheikh met General Yusuf Dahir in Kismayo on "
     "Monday. The general condemned al-Shabaab for the bombing in Mogadishu.",
     [("*", "CRITICIZES", "al-Shabaab")]),
    ("x39-they-after-two-groups", "The Sahel Liberation Front met leaders of the Dogon "
     "Militia in Bandiagara. They condemned Mali for the air strikes.",
     [("*", "CRITICIZES", "Mali")]),
    ("x39-they-residents", "Residents of Kidal said soldiers had searched their homes. They "
     "accused the Azawad Liberation Front of hiding weapons in the market.",
     [("*", "CRITICIZES", "Azawad Liberation Front")]),
    ("x39-two-sides-three-parties", "Somalia, Kenya and Ethiopia held talks in Nairobi. "
     "The two countries agreed to a ceasefire.",
     [("*", "CEASEFIRE_WITH", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_reference_resolves(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_reference_stays_unread(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
