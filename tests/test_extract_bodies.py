"""Relations between bodies as wire services and NGO reports phrase them: alliances,
truces, meetings, backing and sanctions, in active, passive, noun, compound, relative,
apposition and reported forms, with what must not be read. Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import RelationType

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # ALLIED_WITH
    ("ally-formed-alliance-pair", "The Kachin Independence Army and the Arakan Army formed an "
     "alliance in 2019 to fight the military across northern Shan State, the groups said.",
     [("Kachin Independence Army", "ALLIED_WITH", "Arakan Army")]),
    ("ally-allied-with-appos", "Serbia, allied with Russia for decades, refused on Thursday to "
     "join the European measures against Moscow over the war in Ukraine.",
     [("Serbia", "ALLIED_WITH", "Russia")]),
    ("ally-owners-ally-named", "Russia's ally Belarus let thousands of troops cross its border "
     "into northern Ukraine in February 2022, officials in Kyiv said.",
     [("Russia", "ALLIED_WITH", "Belarus")]),
    ("ally-its-ally-named", "Saudi Arabia and its ally the United Arab Emirates launched a new "
     "push on the port of Hodeidah on Wednesday, residents said.",
     [("Saudi Arabia", "ALLIED_WITH", "United Arab Emirates")]),
    ("ally-teamed-up-with", "Hamas teamed up with Palestinian Islamic Jihad to fire more than "
     "200 rockets at towns in southern Israel overnight, the army said.",
     [("Hamas", "ALLIED_WITH", "Palestinian Islamic Jihad")]),
    ("ally-relcl-formed-alliance", "Burkina Faso, which formed an alliance with Mali in 2023, "
     "said on Sunday it would leave the regional bloc within a year.",
     [("Burkina Faso", "ALLIED_WITH", "Mali")]),
    ("ally-in-alliance-with", "The Tigray People's Liberation Front, fighting in alliance with "
     "the Oromo Liberation Army, advanced on the town of Kemise on Monday.",
     [("Tigray People's Liberation Front", "ALLIED_WITH", "Oromo Liberation Army")]),
    ("ally-copula-ally-of", "Armenia has long been an ally of Russia, which keeps a military "
     "base in the northern city of Gyumri.",
     [("Armenia", "ALLIED_WITH", "Russia")]),
    ("ally-pair-are-allies", "Azerbaijan and Turkey have been close allies since the 1990s, "
     "and Turkish drones helped Baku retake Nagorno-Karabakh in 2020.",
     [("Azerbaijan", "ALLIED_WITH", "Turkey")]),
    ("ally-alliance-between", "The alliance between Mali and Niger was sealed in Bamako on "
     "Saturday after both juntas broke with their western partners.",
     [("Mali", "ALLIED_WITH", "Niger")]),
    ("ally-allied-compound", "The Russia-allied government of Belarus hosted joint drills near "
     "the Polish border on Tuesday, the defence ministry in Minsk said.",
     [("Belarus", "ALLIED_WITH", "Russia")]),
    ("ally-joined-forces", "The Arakan Army joined forces with the Kachin Independence Army "
     "to storm a junta base near Lashio in January, killing at least 20 soldiers.",
     [("Arakan Army", "ALLIED_WITH", "Kachin Independence Army")]),
    ("ally-sided-with", "Eritrea sided with Ethiopia's federal government during the two-year "
     "war in Tigray, sending troops across the border.",
     [("Eritrea", "ALLIED_WITH", "Ethiopia")]),
    # CEASEFIRE_WITH
    ("truce-pair-agreed", "Armenia and Azerbaijan agreed a ceasefire on Saturday after two weeks "
     "of fighting that killed hundreds of people in and around Nagorno-Karabakh.",
     [("Armenia", "CEASEFIRE_WITH", "Azerbaijan")]),
    ("truce-pair-signed", "Thailand and Cambodia signed a truce in Kuala Lumpur on Monday, ending "
     "five days of border clashes that displaced some 300,000 people.",
     [("Thailand", "CEASEFIRE_WITH", "Cambodia")]),
    ("truce-brokered-between", "Qatar brokered a truce between Israel and Hamas in November, "
     "allowing the release of dozens of hostages.",
     [("Israel", "CEASEFIRE_WITH", "Hamas")]),
    ("truce-between-took-effect", "A truce between Colombia and the National Liberation Army took "
     "effect at midnight, the first in nearly a decade of sporadic talks.",
     [("Colombia", "CEASEFIRE_WITH", "National Liberation Army")]),
    ("truce-accepted-with", "The M23 accepted a ceasefire with the Congolese army after two days "
     "of talks in Luanda, a spokesman for the rebels said.",
     [("March 23 Movement", "CEASEFIRE_WITH", "Democratic Republic of the Congo forces")]),
    ("truce-passive-agreed-between", "A ceasefire was agreed between India and Pakistan on May 10 "
     "after four days of missile and drone strikes.",
     [("India", "CEASEFIRE_WITH", "Pakistan")]),
    ("truce-relcl-agreed-with", "Hezbollah, which agreed a ceasefire with Israel in November, "
     "said it had not fired across the border since.",
     [("Hezbollah", "CEASEFIRE_WITH", "Israel")]),
    ("truce-reported", "Ethiopia said on Wednesday it had signed a truce with the Tigray "
     "People's Liberation Front in Pretoria.",
     [("Ethiopia", "CEASEFIRE_WITH", "Tigray People's Liberation Front")]),
    ("truce-possessive", "Hezbollah's ceasefire with Israel has largely held since November, "
     "despite near-daily Israeli strikes in southern Lebanon.",
     [("Hezbollah", "CEASEFIRE_WITH", "Israel")]),
    ("truce-peace-deal-pair", "Ethiopia and Eritrea signed a peace deal in Jeddah in 2018, ending "
     "two decades of hostility over their shared border.",
     [("Ethiopia", "CEASEFIRE_WITH", "Eritrea")]),
    # MEETS_WITH
    ("meet-pair-held-talks", "The United States and the Taliban held talks in Doha on Sunday, "
     "their first since the fall of Kabul, a State Department official said.",
     [("United States", "MEETS_WITH", "Taliban")]),
    ("meet-met-active", "Volodymyr Zelensky met Donald Tusk in Warsaw on Tuesday to discuss air "
     "defence and grain shipments, the presidency said.",
     [("Volodymyr Zelensky", "MEETS_WITH", "Donald Tusk")]),
    ("meet-hosted", "Saudi Arabia hosted Volodymyr Zelensky in Jeddah on Friday for a summit of "
     "Arab leaders.",
     [("Saudi Arabia", "MEETS_WITH", "Volodymyr Zelensky")]),
    ("meet-meeting-between", "A meeting between Egypt and Ethiopia on the Nile dam took place in "
     "Cairo on Monday, officials said.",
     [("Egypt", "MEETS_WITH", "Ethiopia")]),
    ("meet-received-delegation", "Iran received a Saudi delegation in Tehran on Monday, the first "
     "such visit since the two restored ties.",
     [("Iran", "MEETS_WITH", "Saudi Arabia")]),
    ("meet-passive-received-by", "Nicolas Maduro was received by Vladimir Putin in the Kremlin on "
     "Wednesday, Russian state media reported.",
     [("Nicolas Maduro", "MEETS_WITH", "Vladimir Putin")]),
    ("meet-talks-with", "Israel held indirect talks with Hamas in Cairo on Thursday over a new "
     "exchange of hostages and prisoners.",
     [("Israel", "MEETS_WITH", "Hamas")]),
    ("meet-relcl", "Abiy Ahmed, who met Isaias Afwerki in Asmara in July, returned to Addis "
     "Ababa on Saturday.",
     [("Abiy Ahmed", "MEETS_WITH", "Isaias Afwerki")]),
    ("meet-sat-down-with", "Viktor Orban sat down with Vladimir Putin in Moscow on Friday, a "
     "visit that angered other European leaders.",
     [("Viktor Orban", "MEETS_WITH", "Vladimir Putin")]),
    # BACKS
    ("back-active", "Iran backs the Houthis in Yemen with missiles, drones and money, "
     "according to a report by United Nations experts.",
     [("Iran", "BACKS", "Houthis")]),
    ("back-compound", "The Rwanda-backed M23 seized the town of Sake on Thursday after fierce "
     "fighting with the army.",
     [("Rwanda", "BACKS", "March 23 Movement")]),
    ("back-appos-backed-by", "The Sudanese army, backed by Egypt, retook the capital in March "
     "after nearly two years of war.",
     [("Egypt", "BACKS", "Sudanese forces")]),
    ("back-with-owners-support", "The Syrian army recaptured eastern Aleppo with Russia's "
     "support in December 2016, ending a four-year siege.",
     [("Russia", "BACKS", "Syrian forces")]),
    ("back-arms", "Iran arms Hezbollah through Syria, Israeli officials have long said.",
     [("Iran", "BACKS", "Hezbollah")]),
    ("back-passive-armed-by", "The Houthis are funded and trained by Iran, the panel of "
     "experts found in its yearly report.",
     [("Iran", "BACKS", "Houthis")]),
    ("back-owners-support-for", "Russia's support for Mali has grown since the junta expelled "
     "French troops in 2022.",
     [("Russia", "BACKS", "Mali")]),
    ("back-relcl", "The March 23 Movement, which Rwanda has backed since 2021, has taken "
     "control of Goma and Bukavu this year.",
     [("Rwanda", "BACKS", "March 23 Movement")]),
    ("back-provided-support-to", "The United States provided air support to the Syrian "
     "Democratic Forces during the battle for Raqqa in 2017.",
     [("United States", "BACKS", "Syrian Democratic Forces")]),
    # SANCTIONS
    ("sanction-active", "The European Union sanctioned the Wagner Group on Monday over abuses in "
     "the Central African Republic and Mali.",
     [("European Union", "SANCTIONS", "Wagner Group")]),
    ("sanction-imposed-on", "Britain imposed sanctions on Iran on Monday over its supply of "
     "drones to Russia, the Foreign Office said.",
     [("United Kingdom", "SANCTIONS", "Iran")]),
    ("sanction-blacklisted", "Washington blacklisted the Rapid Support Forces in January, "
     "accusing the paramilitary of genocide in Darfur.",
     [("United States", "SANCTIONS", "Rapid Support Forces")]),
    ("sanction-designated", "Canada designated the Houthis a terrorist entity on Friday, freezing "
     "any assets the group holds in the country.",
     [("Canada", "SANCTIONS", "Houthis")]),
    ("sanction-noun-by-on", "New sanctions by the European Union on Russia took effect on "
     "Friday, targeting its shadow fleet of oil tankers.",
     [("European Union", "SANCTIONS", "Russia")]),
    ("sanction-froze-owners-assets", "Switzerland froze Russia's central bank assets in 2022, "
     "following the lead of the European Union.",
     [("Switzerland", "SANCTIONS", "Russia")]),
    ("sanction-expelled-diplomats", "Poland expelled Russia's diplomats on Wednesday after a fire "
     "at a Warsaw shopping centre was blamed on Moscow.",
     [("Poland", "SANCTIONS", "Russia")]),
    ("sanction-suspended-from", "The African Union suspended Niger from the bloc after the coup "
     "in July 2023.",
     [("African Union", "SANCTIONS", "Niger")]),
    ("sanction-passive", "Iran was sanctioned by the United Nations in 2006 over its nuclear "
     "programme.",
     [("United Nations", "SANCTIONS", "Iran")]),
    ("sanction-slapped", "The United States slapped sanctions on Venezuela in 2019, cutting off "
     "its oil sales to American refiners.",
     [("United States", "SANCTIONS", "Venezuela")]),
    ("sanction-arms-embargo-on", "The United Nations imposed an arms embargo on South Sudan in "
     "2018 after repeated truce violations.",
     [("United Nations", "SANCTIONS", "South Sudan")]),
    ("sanction-imposed-by", "The sanctions imposed by the United States on Iran in 2018 cut "
     "its oil exports to a trickle, according to tanker trackers.",
     [("United States", "SANCTIONS", "Iran")]),
    ("sanction-owners-sanctions-on", "Washington's sanctions on Venezuela cut its oil exports by "
     "nearly half last year, traders said.",
     [("United States", "SANCTIONS", "Venezuela")]),
    # the subject carried from the sentence before
    ("carried-the-group-allied", "The Arakan Army captured the town of Paletwa in January. The "
     "group is allied with the Kachin Independence Army, which holds much of the north.",
     [("Arakan Army", "ALLIED_WITH", "Kachin Independence Army")]),
    ("carried-he-met", "Emmanuel Macron flew to Kyiv on Monday. He met Volodymyr Zelensky at the "
     "presidential palace for three hours.",
     [("Emmanuel Macron", "MEETS_WITH", "Volodymyr Zelensky")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # ALLIED_WITH
    ("ally-alliance-ended", "The Kachin Independence Army and the Arakan Army ended their "
     "alliance in 2021 after a dispute over territory.",
     [("*", "ALLIED_WITH", "*")]),
    ("ally-denied", "Hamas denied on Monday that it was allied with Hezbollah.",
     [("*", "ALLIED_WITH", "*")]),
    ("ally-question", "Is Turkey still an ally of the United States?",
     [("*", "ALLIED_WITH", "*")]),
    ("ally-alliance-collapsed", "The alliance between Mali and Niger collapsed in 2024.",
     [("*", "ALLIED_WITH", "*")]),
    ("ally-no-longer", "Armenia is no longer an ally of Russia, its prime minister said on "
     "Thursday.",
     [("*", "ALLIED_WITH", "*")]),
    ("ally-refused-to-form", "Mali and Niger refused to form an alliance with the junta in "
     "Conakry.",
     [("*", "ALLIED_WITH", "*")]),
    ("ally-refused-to-team-up", "Hamas refused to team up with Fatah ahead of the vote.",
     [("*", "ALLIED_WITH", "*")]),
    # CEASEFIRE_WITH
    ("truce-rejected", "The M23 rejected a ceasefire with the Congolese army on Sunday and "
     "pressed on towards Uvira.",
     [("*", "CEASEFIRE_WITH", "*")]),
    ("truce-called-for", "The United Nations called for a ceasefire between Israel and Hamas.",
     [("*", "CEASEFIRE_WITH", "*")]),
    ("truce-refused-to-sign", "Ethiopia refused to sign a truce with Eritrea in 1999.",
     [("*", "CEASEFIRE_WITH", "*")]),
    ("truce-talks-collapsed", "Talks on a truce between Sudan and the Rapid Support Forces "
     "collapsed in Jeddah.",
     [("*", "CEASEFIRE_WITH", "*")]),
    ("truce-proposed", "A ceasefire was proposed between Israel and Hamas on Monday.",
     [("*", "CEASEFIRE_WITH", "*")]),
    ("truce-broker-is-not-party", "Qatar brokered a truce between Israel and Hamas in November.",
     [("Qatar", "CEASEFIRE_WITH", "*")]),
    # MEETS_WITH
    ("meet-cancelled", "Planned talks between Israel and Hamas in Cairo were cancelled on "
     "Monday.",
     [("*", "MEETS_WITH", "*")]),
    ("meet-did-not-hold-talks", "Serbia and Kosovo did not hold talks in Brussels on Tuesday.",
     [("*", "MEETS_WITH", "*")]),
    ("meet-hosting-a-group-is-shelter", "Pakistan hosted the Taliban leadership in Quetta for "
     "years, Afghan officials said.",
     [("*", "MEETS_WITH", "*")]),
    ("meet-received-a-letter", "The Kremlin received Nicolas Maduro's letter on Monday.",
     [("*", "MEETS_WITH", "*")]),
    ("meet-refused", "Volodymyr Zelensky refused to meet Viktor Orban in Budapest.",
     [("*", "MEETS_WITH", "*")]),
    ("meet-called-for-talks", "Egypt called for talks with Ethiopia on the Nile dam.",
     [("*", "MEETS_WITH", "*")]),
    ("meet-denied", "Iran denied meeting Saudi officials in Baghdad last week.",
     [("*", "MEETS_WITH", "*")]),
    # BACKS
    # ("X accused Y of backing Z" is Y BACKS Z as X's claim, as reported speech is:
    # tests/test_extract_stances4.py)
    ("back-denied-arming", "Iran denied arming the Houthis, calling the report false.",
     [("*", "BACKS", "*")]),
    ("back-ended-support", "The United States ended its support for the Syrian Democratic "
     "Forces in 2025.",
     [("*", "BACKS", "*")]),
    ("back-will-not-support", "Turkey said it would not support the Syrian Democratic Forces.",
     [("*", "BACKS", "*")]),
    ("back-called-on-to-stop", "Washington called on Rwanda to stop backing the M23.",
     [("Rwanda", "BACKS", "*")]),
    # SANCTIONS
    ("sanction-called-for", "Ukraine called for sanctions on Iran over its drones.",
     [("*", "SANCTIONS", "*")]),
    ("sanction-threatened", "The European Union threatened sanctions against Serbia.",
     [("*", "SANCTIONS", "*")]),
    ("sanction-lifted", "The United States lifted sanctions on Syria in June.",
     [("*", "SANCTIONS", "*")]),
    ("sanction-denied", "Switzerland denied freezing Russia's assets.",
     [("*", "SANCTIONS", "*")]),
    ("sanction-owners-lifted", "Washington's sanctions on Venezuela were lifted in October.",
     [("*", "SANCTIONS", "*")]),
    ("sanction-suspended-from-talks", "The African Union suspended Niger's envoy from a "
     "meeting on Friday, and Niger walked out.",
     [("African Union", "SANCTIONS", "Niger")]),
    ("sanction-weighing", "Britain is weighing sanctions on Israel's settler groups, a minister "
     "said.",
     [("*", "SANCTIONS", "*")]),
]



@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_bodies_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_bodies_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden, both_ways=True)


def test_table_covers_every_body_relation() -> None:
    wanted = {RelationType.ALLIED_WITH, RelationType.CEASEFIRE_WITH, RelationType.MEETS_WITH,
              RelationType.BACKS, RelationType.SANCTIONS}
    assert {RelationType(r) for _, _, exp in POSITIVE for _, r, _ in exp} == wanted
