"""Violence (KILLED, TARGETS) in the many forms a wire report or an NGO update uses.

Each row is a sentence written for this table (invented or real-but-different names, several
conflicts): active and passive, nouns, compounds, relative clauses, appositions, reported
speech, long sentences with a date, a place and a toll, and a doer carried from the sentence
before. The must-nots hold the same shapes denied, threatened, asked, accused or reversed.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases


def killed(killer: str, victim: str) -> Triple:
    return (killer, "KILLED", victim)


def targets(doer: str, target: str) -> Triple:
    return (doer, "TARGETS", target)


def never(case_id: str, text: str, *forbidden: Triple) -> Any:
    """A must-not case: a sentence and what it must not assert ("*" matches anything)."""
    return pytest.param(text, list(forbidden), id=case_id)


def each_other(a: str, b: str) -> list[Triple]:
    """Two sides that fought: each targets the other."""
    return [targets(a, b), targets(b, a)]


READ: list[tuple[str, str, list[Triple]]] = [
    # KILLED
    (
        "x37-kill-active-ambush",
        "Al-Shabaab fighters killed Abdirahman Warsame, a district commissioner, in an ambush "
        "outside Baidoa on Thursday, police said.",
        [killed("al-Shabaab", "Abdirahman Warsame")],
    ),
    (
        "x37-kill-shot-dead",
        "Gunmen from the National Liberation Army shot dead Hernando Rojas, a community leader, "
        "in Arauca province late on Sunday, the ombudsman's office said.",
        [killed("National Liberation Army", "Hernando Rojas")],
    ),
    (
        "x37-kill-executed",
        "Islamic State militants executed Yusuf Adamu, an aid worker seized near Monguno in "
        "March, according to a video the group posted online.",
        [killed("Islamic State", "Yusuf Adamu")],
    ),
    (
        "x37-kill-beheaded",
        "Ansar al-Sunna insurgents beheaded Joaquim Mussa, a village chief, near Macomia last "
        "week, a local official told reporters.",
        [killed("Ansar al-Sunna", "Joaquim Mussa")],
    ),
    (
        "x37-kill-passive",
        "Colonel Idris Bako was killed by Boko Haram fighters when his convoy drove into an "
        "ambush near Damboa on Saturday, two security sources said.",
        [killed("Boko Haram", "Idris Bako")],
    ),
    (
        "x37-kill-passive-in-attack-by",
        "Five soldiers and Lieutenant Moussa Diarra were killed in an attack by JNIM on a "
        "checkpoint near Mopti, the Malian army said in a statement.",
        [killed("Jama'at Nusrat al-Islam wal-Muslimin", "Moussa Diarra")],
    ),
    (
        "x37-kill-died-in-raid-by",
        "Khalil Aweidah, a senior Hamas commander, died in a raid by Israeli forces on the "
        "Nur Shams camp early on Wednesday, Palestinian health officials said.",
        [killed("Israeli forces", "Khalil Aweidah")],
    ),
    (
        "x37-kill-noun-of-by",
        "The killing of Nkosana Dube by Zimbabwean soldiers during the fuel protests drew "
        "sharp condemnation from rights groups in Harare.",
        [killed("Zimbabwean forces", "Nkosana Dube")],
    ),
    (
        "x37-kill-noun-possessive",
        "Russia's assassination of Dzhokhar Baysarov in a Vienna park strained relations "
        "with Austria for more than a year.",
        [killed("Russia", "Dzhokhar Baysarov")],
    ),
    (
        "x37-kill-claimed-responsibility",
        "The Pakistani Taliban claimed responsibility for the killing of police inspector "
        "Tariq Mehmood in Peshawar on Friday.",
        [killed("Tehrik-i-Taliban Pakistan", "Tariq Mehmood")],
    ),
    (
        "x37-kill-said-it-killed",
        "The Arakan Army said it killed Major Thant Zin during a raid on an outpost in "
        "Rakhine State on Tuesday.",
        [killed("Arakan Army", "Thant Zin")],
    ),
    (
        "x37-kill-participle-by",
        "Soldiers recovered the body of Marcos Pinto, killed by ELN rebels in May, near the "
        "Venezuelan border on Monday.",
        [killed("National Liberation Army", "Marcos Pinto")],
    ),
    (
        "x37-kill-drone-strike-modifier",
        "A Turkish drone strike killed Ferhat Demir, a local commander, near Qamishli on "
        "Monday, a war monitor said.",
        [killed("Turkey", "Ferhat Demir")],
    ),
    (
        "x37-kill-assassinated",
        "Sinaloa Cartel gunmen assassinated Ricardo Lugo, a federal prosecutor, "
        "outside his home in Culiacan.",
        [killed("Sinaloa Cartel", "Ricardo Lugo")],
    ),
    (
        "x37-kill-toll-long",
        "At least 23 villagers, among them the local chief Jean-Pierre Kasongo, were killed "
        "by ADF rebels in Mamove in North Kivu on Wednesday night, local officials said.",
        [killed("ADF", "Jean-Pierre Kasongo")],
    ),
    (
        "x37-kill-group-said",
        "Boko Haram released a new video on Monday. The group said it had executed Ibrahim "
        "Musa, a pastor seized in Borno State in January.",
        [killed("Boko Haram", "Ibrahim Musa")],
    ),
    (
        "x37-kill-died-in-strike",
        "Hassan Dahir, a senior al-Shabaab financier, died in a US air strike near Jilib on "
        "Friday, the Somali government said.",
        [killed("United States", "Hassan Dahir")],
    ),
    (
        "x37-kill-possessive-execution",
        "Iran's execution of Farid Karimi, a Kurdish activist, set off protests in several "
        "European capitals.",
        [killed("Iran", "Farid Karimi")],
    ),
    (
        "x37-kill-relative-shot-dead",
        "Amina Yusuf, who was shot dead by Boko Haram gunmen in 2020, had run a girls' school "
        "in Gwoza for a decade.",
        [killed("Boko Haram", "Amina Yusuf")],
    ),
    (
        "x37-kill-claimed-killing",
        "The Islamic State claimed the killing of Daniel Okoro in a statement on its Amaq news "
        "agency on Sunday.",
        [killed("Islamic State", "Daniel Okoro")],
    ),
    (
        "x37-kill-ambush-killed",
        "A Taliban ambush killed Abdul Qadir Zaki, a provincial police chief, and three of "
        "his guards in Kunduz on Tuesday.",
        [killed("Taliban", "Abdul Qadir Zaki")],
    ),
    (
        "x37-kill-gunned-down",
        "Pedro Alvarado, a coca farmer who led a local council, was gunned down by FARC "
        "guerrillas in Cauca on Sunday, the army said.",
        [killed("Revolutionary Armed Forces of Colombia", "Pedro Alvarado")],
    ),
    (
        "x37-kill-participle-killing",
        "Al-Shabaab fighters attacked a police station in Mandera on Monday, killing "
        "Inspector Peter Otieno and two constables, the county commissioner said.",
        [killed("al-Shabaab", "Peter Otieno")],
    ),
    (
        "x37-kill-relative-attack-that",
        "Relatives gathered in Kibbutz Nir Oz to mourn Yosef Levi, who was among those "
        "killed in the Hamas attack that struck the village in October.",
        [killed("Hamas", "Yosef Levi")],
    ),
    (
        "x37-kill-in-ambush-compound",
        "Captain Ali Farah was killed in an al-Shabaab ambush on the road between Afgoye "
        "and Mogadishu, the Somali army said.",
        [killed("al-Shabaab", "Ali Farah")],
    ),
    (
        "x37-kill-whose-fighters",
        "The Lord's Resistance Army, whose fighters killed Father Emmanuel Okello in 2003, "
        "has dwindled to a few dozen men.",
        [killed("Lord's Resistance Army", "Emmanuel Okello")],
    ),
    (
        "x37-kill-possessive-doer-noun",
        "Hezbollah's fighters killed Avi Cohen, a reservist, in a cross-border raid in 2006, "
        "the Israeli army said.",
        [killed("Hezbollah", "Avi Cohen")],
    ),
    (
        "x37-kill-soldiers-of-state",
        "JNIM fighters killed 15 Burkinabe soldiers in an attack on a post near Djibo on "
        "Saturday, security sources said.",
        [killed("Jama'at Nusrat al-Islam wal-Muslimin", "Burkinabe forces")],
    ),
    # TARGETS: attacks, fire, abductions
    (
        "x37-attack-base",
        "Al-Shabaab fighters attacked a Kenyan army base in Lamu County before dawn on "
        "Sunday, killing at least eight soldiers.",
        [targets("al-Shabaab", "Kenyan forces")],
    ),
    (
        "x37-attack-stormed-camp",
        "Hundreds of JNIM fighters stormed a Malian army camp in Boulkessi on Monday, "
        "the army said.",
        [targets("Jama'at Nusrat al-Islam wal-Muslimin", "Malian forces")],
    ),
    (
        "x37-attack-shelled",
        "Russian forces shelled Ukrainian positions near Kupiansk overnight, the Ukrainian "
        "general staff said on Friday.",
        [targets("Russian forces", "Ukraine")],
    ),
    (
        "x37-attack-struck-positions",
        "Israeli aircraft struck Hezbollah positions in southern Lebanon after rockets were "
        "fired across the border.",
        [targets("Israeli forces", "Hezbollah")],
    ),
    (
        "x37-attack-raided-camp",
        "Nigerian troops raided an ISWAP camp near Lake Chad and freed 40 hostages, a "
        "military spokesman said.",
        [targets("Nigerian forces", "Islamic State West Africa Province")],
    ),
    (
        "x37-attack-overran",
        "M23 rebels overran a Congolese army position in Rutshuru territory after two days "
        "of heavy fighting.",
        [targets("March 23 Movement", "Democratic Republic of the Congo")],
    ),
    (
        "x37-attack-ambushed-convoy",
        "Taliban fighters ambushed an Afghan army convoy in Helmand province on Thursday, "
        "killing six soldiers and wounding four.",
        [targets("Taliban", "Afghan forces")],
    ),
    (
        "x37-attack-launched-attack-on",
        "The Kachin Independence Army launched an attack on Myanmar army positions near "
        "Laiza on Friday, a spokesman for the group said.",
        [targets("Kachin Independence Army", "Tatmadaw")],
    ),
    (
        "x37-attack-carried-out-on",
        "Kataib Hezbollah carried out a drone attack on a US base in eastern Syria, the "
        "Pentagon said on Sunday.",
        [targets("Kataib Hezbollah", "United States")],
    ),
    (
        "x37-attack-mounted-assault",
        "ISWAP mounted a pre-dawn assault on Nigerian army barracks in Borno State, "
        "residents said.",
        [targets("Islamic State West Africa Province", "Nigerian forces")],
    ),
    (
        "x37-attack-noun-by-on",
        "An attack by al-Shabaab on an African Union base in Lower Shabelle left dozens of "
        "soldiers dead.",
        [targets("al-Shabaab", "African Union")],
    ),
    (
        "x37-attack-offensive-against",
        "Ethiopia's offensive against the Tigray People's Liberation Front entered its third "
        "week on Monday.",
        [targets("Ethiopia", "Tigray People's Liberation Front")],
    ),
    (
        "x37-attack-fired-rockets-at",
        "Hezbollah fired dozens of rockets at Israeli army posts along the border on "
        "Wednesday.",
        [targets("Hezbollah", "Israeli forces")],
    ),
    (
        "x37-attack-fired-missiles-at",
        "The Houthis fired two anti-ship missiles at a US Navy destroyer in the Red Sea, "
        "the Pentagon said.",
        [targets("Houthis", "US forces")],
    ),
    (
        "x37-attack-came-under-fire",
        "A United Nations convoy came under fire from M23 rebels near Goma on Thursday.",
        [targets("March 23 Movement", "United Nations")],
    ),
    (
        "x37-attack-targeted-by",
        "Fighters of the YPG were targeted by Turkish drones near Kobani on Sunday, a "
        "Kurdish spokesman said.",
        [targets("Turkish forces", "People's Protection Units")],
    ),
    (
        "x37-attack-led-raid-on",
        "A US-led raid on an Islamic State hideout in Idlib province killed a senior leader "
        "of the group.",
        [targets("United States", "Islamic State")],
    ),
    (
        "x37-attack-possessive-attack-on",
        "Hamas's attack on Israel in October set off the deadliest war in Gaza in decades.",
        [targets("Hamas", "Israel")],
    ),
    (
        "x37-attack-relative-clause",
        "The Malian army post, which JNIM fighters attacked in May, was abandoned a week later.",
        [targets("Jama'at Nusrat al-Islam wal-Muslimin", "Malian forces")],
    ),
    (
        "x37-attack-according-to",
        "Russian forces attacked Ukrainian positions near Avdiivka 40 times on Tuesday, "
        "according to Ukraine's general staff.",
        [targets("Russian forces", "Ukraine")],
    ),
    (
        "x37-attack-group-carried",
        "Al-Shabaab has stepped up its campaign in central Somalia. On Friday the group "
        "attacked a Somali army base in Hiran region, killing 11 soldiers.",
        [targets("al-Shabaab", "Somali forces")],
    ),
    (
        "x37-attack-clashes-between",
        "Clashes between the Sudanese army and the Rapid Support Forces killed at least 50 "
        "civilians in Omdurman over the weekend.",
        [targets("Sudanese forces", "Rapid Support Forces")],
    ),
    (
        "x37-abduct-active",
        "Gunmen from the ELN kidnapped Claudia Restrepo, a radio journalist, on a rural "
        "road in Arauca on Saturday.",
        [targets("National Liberation Army", "Claudia Restrepo")],
    ),
    (
        "x37-abduct-passive",
        "Marco Bellini, an Italian aid worker, was abducted by JNIM militants in southern "
        "Burkina Faso in 2022, his employer said.",
        [targets("Jama'at Nusrat al-Islam wal-Muslimin", "Marco Bellini")],
    ),
    (
        "x37-attack-opened-fire-on",
        "Indian troops opened fire on Pakistani army posts along the Line of Control on "
        "Saturday, officials in Islamabad said.",
        [targets("Indian forces", "Pakistani forces")],
    ),
    (
        "x37-attack-noun-bombing-by",
        "The bombing of a Syrian army convoy by Israeli jets near Damascus killed nine "
        "soldiers, state media said.",
        [targets("Israeli forces", "Syrian forces")],
    ),
    (
        "x37-attack-possessive-shelling",
        "Azerbaijan's shelling of Armenian positions near the border ended a month of calm.",
        [targets("Azerbaijan", "Armenia")],
    ),
    (
        "x37-attack-compound-noun-on",
        "A Houthi drone attack on a Saudi oil facility in Jizan set fire to a storage tank.",
        [targets("Houthis", "Saudi Arabia")],
    ),
    (
        "x37-attack-relative-subject",
        "Ansar al-Sunna, which attacked Mozambican troops near Palma in March, has since "
        "moved south.",
        [targets("Ansar al-Sunna", "Mozambican forces")],
    ),
    (
        "x37-attack-said-it-targeted",
        "The Houthis said they had targeted a British cargo ship in the Gulf of Aden with "
        "two missiles.",
        [targets("Houthis", "United Kingdom")],
    ),
    (
        "x37-abduct-noun-by",
        "The abduction of Claudia Restrepo by the ELN was condemned by press groups.",
        [targets("National Liberation Army", "Claudia Restrepo")],
    ),
    (
        "x37-attack-claimed-attack-on",
        "The Islamic State claimed responsibility for the attack on a Nigerian army "
        "patrol near Bama, in a statement on Telegram.",
        [targets("Islamic State", "Nigerian forces")],
    ),
    (
        "x37-attack-participle-claimed-by",
        "The bombing, claimed by the Pakistani Taliban, targeted a Pakistani army convoy in "
        "Bannu on Sunday.",
        [targets("Tehrik-i-Taliban Pakistan", "Pakistani forces")],
    ),
    (
        "x37-attack-air-strikes-against",
        "Turkish jets carried out air strikes against PKK positions in the Qandil "
        "mountains on Thursday, the defence ministry said.",
        [targets("Turkish forces", "Kurdistan Workers' Party")],
    ),
    (
        "x37-attack-battled",
        "Sudanese troops battled Rapid Support Forces fighters for control of the bridge "
        "on Saturday, witnesses said.",
        [targets("Sudanese forces", "Rapid Support Forces")],
    ),
    (
        "x37-attack-abducted-soldiers",
        "Ansar al-Sunna insurgents abducted three Mozambican soldiers at a checkpoint near "
        "Mueda last week.",
        [targets("Ansar al-Sunna", "Mozambican forces")],
    ),
    (
        "x37-attack-struck-back-at",
        "Hours later, Israel struck back at Hezbollah with a wave of air strikes across "
        "southern Lebanon.",
        [targets("Israel", "Hezbollah")],
    ),
    (
        "x37-abduct-took-hostage",
        "Hamas took Ofer Kalderon hostage during the October raid on the kibbutz, his "
        "family said on Sunday.",
        [targets("Hamas", "Ofer Kalderon")],
    ),
    (
        "x37-attack-clashed-together",
        "Kachin Independence Army fighters and Myanmar troops clashed near Hpakant for a "
        "third day on Monday, the group said.",
        each_other("Kachin Independence Army", "Myanmarese forces"),
    ),
    (
        "x37-attack-demonym-strike-on",
        "An Israeli strike on a Hezbollah weapons depot in the Bekaa Valley set off a chain "
        "of explosions late on Friday, Lebanese media reported.",
        [targets("Israel", "Hezbollah")],
    ),
    (
        "x37-attack-demonym-missile-attack",
        "A Russian missile attack on Ukrainian positions near Pokrovsk killed four soldiers, "
        "the brigade said.",
        [targets("Russia", "Ukraine")],
    ),
    (
        "x37-attack-claimed-compound",
        "A JNIM-claimed attack on a Burkinabe army convoy near Djibo left 30 soldiers dead, "
        "security sources said.",
        [targets("Jama'at Nusrat al-Islam wal-Muslimin", "Burkinabe forces")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_violence_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


MUST_NOT = [
    never(
        "x37-not-denied-killing",
        "The Rapid Support Forces denied killing Adam Yagoub, a tribal leader, in El Geneina "
        "last month.",
        killed("Rapid Support Forces", "*"),
    ),
    never(
        "x37-not-accused-of-killing",
        "The Sudanese army accused the Rapid Support Forces of killing Adam Yagoub, a tribal "
        "leader, in El Geneina.",
        killed("Rapid Support Forces", "*"),
    ),
    never(
        "x37-not-clashed-denied",
        "The Sudanese army denied that its troops and the Rapid Support Forces had clashed "
        "near the bridge.",
        *each_other("Sudanese forces", "Rapid Support Forces"),
    ),
    never(
        "x37-not-threatened-attack",
        "Al-Shabaab threatened to attack Kenyan army bases along the border in the coming "
        "weeks.",
        targets("al-Shabaab", "*"),
    ),
    never(
        "x37-not-planned-strike",
        "ISWAP had planned to strike Nigerian army barracks in Borno State, the military "
        "said.",
        targets("Islamic State West Africa Province", "*"),
    ),
    never(
        "x37-not-would-attack-if",
        "Hezbollah would attack Israeli positions if the shelling of southern villages "
        "continued, its deputy leader said.",
        targets("Hezbollah", "*"),
    ),
    never(
        "x37-not-toll-without-doer",
        "At least 30 people, including Ibrahim Sani, were killed in Borno State on Sunday, "
        "officials said.",
        killed("*", "Ibrahim Sani"),
    ),
    never(
        "x37-not-clashes-direction",
        "Ten M23 fighters were killed in clashes with the Congolese army near Goma on Monday.",
        killed("March 23 Movement", "Congolese forces"),
    ),
    never(
        "x37-not-raid-direction",
        "Two al-Shabaab commanders were killed in a Somali army raid near Jilib on Friday.",
        killed("al-Shabaab", "*"),
    ),
    never(
        "x37-not-negated-attack",
        "The Taliban did not attack the Pakistani border post, a spokesman for the group "
        "said on Monday.",
        targets("Taliban", "*"),
    ),
    never(
        "x37-not-question",
        "Did Hezbollah fire the rockets at Israeli army posts, or was it a Palestinian group?",
        targets("Hezbollah", "*"),
    ),
    never(
        "x37-not-place-in-target",
        "Hezbollah fired rockets from Lebanon at an empty field on Wednesday.",
        targets("Hezbollah", "Lebanon"),
    ),
    never(
        "x37-not-place-killed",
        "Islamic State gunmen killed 12 worshippers in Kabul on Friday.",
        killed("Islamic State", "Kabul"),
    ),
    never(
        "x37-not-denied-abduction",
        "The ELN denied that it had kidnapped Claudia Restrepo, a radio journalist.",
        targets("National Liberation Army", "*"),
    ),
    never(
        "x37-not-victim-noun-reversed",
        "The killing of Nkosana Dube by Zimbabwean soldiers drew condemnation.",
        killed("Nkosana Dube", "*"),
    ),
    never(
        "x37-not-passive-reversed",
        "Marco Bellini was abducted by JNIM militants in southern Burkina Faso.",
        targets("Marco Bellini", "*"),
    ),
    never(
        "x37-not-clashed-together",
        "The Sudanese army and the Rapid Support Forces clashed in Omdurman on Friday.",
        ("Sudanese forces", "COOPERATES_WITH", "*"),
        ("*", "COOPERATES_WITH", "Sudanese forces"),
    ),
    never(
        "x37-not-denied-involvement",
        "The Pakistani Taliban denied any role in the bombing of a police convoy in Bannu.",
        targets("Tehrik-i-Taliban Pakistan", "*"),
    ),
    never(
        "x37-not-accused-of-attack",
        "Kenya accused al-Shabaab of the attack on a police station in Mandera on Monday.",
        targets("al-Shabaab", "Kenya"),
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), MUST_NOT)
def test_violence_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
