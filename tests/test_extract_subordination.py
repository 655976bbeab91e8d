"""One body under another: a unit, wing, subsidiary or sworn affiliate of a larger body
("X, a force that answers to Y", "Y's armed wing, X", "X, which pledged allegiance to
Y") is PART_OF it; a person who swears allegiance is a MEMBER_OF. Own sentences, each
short and inside a longer wire sentence, with the near misses beside them: pressure or
fire from a body, a reporter's "told", a person, a tie that ended or never was, a split,
a backer, a withdrawn or denied pledge."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

_GAO = "GAO, Mali, 14 March 2026 - "
_MARAWI = "MARAWI, Philippines, 2 June 2026 (AP) - "
_KHARTOUM = "KHARTOUM, Sudan, 9 September 2026 - "

FOUND: list[tuple[str, str, list[Triple]]] = [
    # under, reports to, answers to, under the control of
    ("force-under", "The Ngoro Rapid Unit, a paramilitary force under the Interior Ministry, "
     "raided the market in Bakosi on Tuesday.",
     [("Ngoro Rapid Unit", "PART_OF", "Interior Ministry")]),
    ("force-reports-to", "The Ngoro Rapid Unit, a paramilitary force that reports to the "
     "Interior Ministry, raided the market in Bakosi.",
     [("Ngoro Rapid Unit", "PART_OF", "Interior Ministry")]),
    ("force-answers-to-long", "BAKOSI, Cameroon, 3 June 2026 - The Ngoro Rapid Unit, a "
     "paramilitary force which answers to the Cameroonian Interior Ministry, raided the "
     "market on Tuesday, according to residents.",
     [("Ngoro Rapid Unit", "PART_OF", "Cameroonian Interior Ministry")]),
    ("unit-under-control", "The Black Kite Battalion, a unit under the control of "
     "Velmoria's defence ministry, shelled Drava on Friday.",
     [("Black Kite Battalion", "PART_OF", "defence ministry")]),
    ("unit-under-army", "The Brigada Norte, a unit under the Honduran Army, arrested the "
     "smugglers near San Pedro Sula.",
     [("Brigada Norte", "PART_OF", "Honduran Army")]),
    ("which-answers-to", "The Lakeshore Guard, which answers to the Ministry of the Interior, "
     "patrols the islands.",
     [("Lakeshore Guard", "PART_OF", "Ministry of the Interior")]),
    ("operates-under", "The Black Kite Battalion, which operates under the Velmorian Armed "
     "Forces, shelled Drava.",
     [("Black Kite Battalion", "PART_OF", "Velmorian Armed Forces")]),
    ("under-command-of", "The Black Kite Battalion operates under the command of the "
     "Velmorian Armed Forces.",
     [("Black Kite Battalion", "PART_OF", "Velmorian Armed Forces")]),
    # part of, belong to, unit of, subsidiary of
    ("which-is-part-of", "The Black Kite Battalion, which is part of the Velmorian Armed "
     "Forces, shelled Drava on Friday.",
     [("Black Kite Battalion", "PART_OF", "Velmorian Armed Forces")]),
    ("who-belong-to", "The Hawks Brigade, who belong to the Popular Defence Forces, seized the "
     "bridge on Monday.",
     [("Hawks Brigade", "PART_OF", "Popular Defence Forces")]),
    ("specialist-unit-of", "The Azul Commando, a specialist unit of the Colombian Navy, "
     "intercepted the boat off Tumaco.",
     [("Azul Commando", "PART_OF", "Colombian Navy")]),
    ("elite-unit-of-army", "The Sahel Rapid Brigade, an elite unit of the Malian army, "
     "patrolled Gao.",
     [("Sahel Rapid Brigade", "PART_OF", "Malian forces")]),
    ("branch-of", "Cyber Unit 8200, a branch of the Israel Defense Forces, was blamed for "
     "the hack.",
     [("Cyber Unit 8200", "PART_OF", "Israel Defense Forces")]),
    ("subsidiary-appos", "Orinoco Logistics, a subsidiary of Petrosur Holdings, won the "
     "contract to rebuild the pipeline.",
     [("Orinoco Logistics", "PART_OF", "Petrosur Holdings")]),
    ("subsidiary-copula", "Orinoco Logistics is a subsidiary of Petrosur Holdings, the "
     "filing showed.",
     [("Orinoco Logistics", "PART_OF", "Petrosur Holdings")]),
    # wings
    ("armed-wing-appos", "The Martyr Nabil Brigades, the armed wing of the Popular "
     "Resistance Front, fired rockets at the border post.",
     [("Martyr Nabil Brigades", "PART_OF", "Popular Resistance Front")]),
    ("youth-wing-appos", "The Youth League, the youth wing of the African National "
     "Congress, marched in Durban.",
     [("Youth League", "PART_OF", "African National Congress")]),
    ("owners-armed-wing", "The Kachin Liberation Council's armed wing, the Kachin Defence "
     "Army, clashed with troops.",
     [("Kachin Defence Army", "PART_OF", "Kachin Liberation Council")]),
    ("whose-arm-calls-itself", "The Ruvuma Alliance, whose military arm calls itself the "
     "Ruvuma Defence Brigade, denied the attack.",
     [("Ruvuma Defence Brigade", "PART_OF", "Ruvuma Alliance")]),
    ("whose-wing-known-as", "The Ruvuma Alliance, whose armed wing is known as the Ruvuma "
     "Defence Brigade, denied the attack.",
     [("Ruvuma Defence Brigade", "PART_OF", "Ruvuma Alliance")]),
    ("whose-wing-called-long", "The Nyasa Freedom Alliance, whose armed wing calls itself "
     "the Mtwara Defence Brigade, said on Wednesday that it had not ordered the raid, "
     "according to a statement seen by reporters in Dodoma.",
     [("Mtwara Defence Brigade", "PART_OF", "Nyasa Freedom Alliance")]),
    # possessive appositives
    ("including-its-battalion", "The Tarlan Army, including its special operations "
     "battalion, the Steppe Wolves Battalion, moved north.",
     [("Steppe Wolves Battalion", "PART_OF", "Tarlan Army")]),
    ("owners-elite-unit", "The Tarlan Army's elite unit, the Steppe Wolves Battalion, moved "
     "north on Sunday.",
     [("Steppe Wolves Battalion", "PART_OF", "Tarlan Army")]),
    ("ministrys-special-unit", "The Mali Defence Ministry's special unit, the Sahel Rapid "
     "Brigade, patrolled Gao.",
     [("Sahel Rapid Brigade", "PART_OF", "Mali Defence Ministry")]),
    ("owners-contingent-in-place", "The Kenyan army's contingent in Somalia, the Jubaland "
     "Task Force, came under attack near Kismayo.",
     [("Jubaland Task Force", "PART_OF", "Kenyan forces")]),
    ("owners-branch-in-country", "Al-Qaeda's branch in Yemen, the Hadramawt Brigades, "
     "claimed the bombing.",
     [("Hadramawt Brigades", "PART_OF", "al-Qaeda")]),
    ("owners-operation-named", "The Nigerian Army's counter-insurgency operation, Operation "
     "Lake Shield, killed 20 fighters near Monguno.",
     [("Operation Lake Shield", "PART_OF", "Nigerian Army")]),
    ("states-operation-named-long", "MAIDUGURI, Nigeria, 4 April 2026 - Nigeria's military "
     "operation in the north-east, Operation Lake Shield, said on Sunday it had freed 40 "
     "hostages, according to a statement.",
     [("Operation Lake Shield", "PART_OF", "Nigeria")]),
    # allegiance: a group is a part of what it swears to; a person, a member
    ("pledged-allegiance-relcl", "The Sahel Martyrs Brigade, which pledged allegiance to the "
     "Sahara Islamic Front in 2017, ambushed the patrol.",
     [("Sahel Martyrs Brigade", "PART_OF", "Sahara Islamic Front")]),
    ("declared-allegiance-long", _GAO + "The Lake Chad Mujahideen Council declared "
     "allegiance to al-Qaeda in 2014, a security source said on Tuesday.",
     [("Lake Chad Mujahideen Council", "PART_OF", "al-Qaeda")]),
    ("sworn-loyalty", "The Mindanao Mujahideen Front has sworn loyalty to the Islamic State, "
     "the army said.",
     [("Mindanao Mujahideen Front", "PART_OF", "Islamic State")]),
    ("swore-allegiance", _MARAWI + "The Mindanao Mujahideen Front swore allegiance to the "
     "Islamic State last year.",
     [("Mindanao Mujahideen Front", "PART_OF", "Islamic State")]),
    ("pledged-loyalty-relcl", "The Mindanao Mujahideen Front, which has pledged loyalty to "
     "al-Shabaab, raided the village.",
     [("Mindanao Mujahideen Front", "PART_OF", "al-Shabaab")]),
    ("renewed-allegiance", "The Mindanao Mujahideen Front renewed its allegiance to al-Qaeda "
     "on Sunday.",
     [("Mindanao Mujahideen Front", "PART_OF", "al-Qaeda")]),
    ("pledged-publicly-to", "The Karoo Mujahideen Council has pledged its allegiance "
     "publicly to the Sahara Islamic Front.",
     [("Karoo Mujahideen Council", "PART_OF", "Sahara Islamic Front")]),
    ("person-pledged", "Abu Karim al-Sudani pledged allegiance to the Islamic State in 2016.",
     [("Abu Karim al-Sudani", "MEMBER_OF", "Islamic State")]),
    ("person-pledged-appos", "Ousmane Tall, a preacher from Kidal, pledged allegiance to the "
     "Sahara Islamic Front in 2019.",
     [("Ousmane Tall", "MEMBER_OF", "Sahara Islamic Front")]),
    ("person-pledged-misparsed", "Ousmane Tall pledged allegiance on Friday to the Sahara "
     "Islamic Front.",
     [("Ousmane Tall", "MEMBER_OF", "Sahara Islamic Front")]),
    ("swore-allegiance-relcl", "The Hawks Brigade, which swore allegiance to the Popular "
     "Defence Forces last year, seized the bridge.",
     [("Hawks Brigade", "PART_OF", "Popular Defence Forces")]),
    ("two-pledged", "The Hawks Brigade and the Lions Battalion pledged allegiance to the "
     "Popular Defence Forces.",
     [("Hawks Brigade", "PART_OF", "Popular Defence Forces"),
      ("Lions Battalion", "PART_OF", "Popular Defence Forces")]),
    ("leader-pledged", _KHARTOUM + "The Hawks Brigade's leader, Musa Adam, pledged "
     "allegiance to the Popular Defence Forces, witnesses said.",
     [("Musa Adam", "MEMBER_OF", "Popular Defence Forces"),
      ("Musa Adam", "LEADS", "Hawks Brigade")]),
    # a force led by a state or body: the leader LEADS it (as "the US-led coalition")
    ("kenyan-led-appos", "The Kivu Mission, a Kenyan-led peacekeeping force, deployed to "
     "Goma.",
     [("Kenya", "LEADS", "Kivu Mission")]),
    ("kenyan-led-before", "The Kenyan-led force, the Kivu Mission, deployed to Goma on "
     "Monday.",
     [("Kenya", "LEADS", "Kivu Mission")]),
    ("union-led-force", "The African Union-led force AMISOM withdrew from the town.",
     [("African Union", "LEADS", "AMISOM")]),
    ("french-led-operation", "The French-led Operation Sahel Shield withdrew from Gao in "
     "2022.",
     [("France", "LEADS", "Operation Sahel Shield")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_subordination_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("under-pressure-from", "The Ngoro Rapid Unit, under pressure from the Interior "
     "Ministry, withdrew from Bakosi.",
     [("Ngoro Rapid Unit", "PART_OF", "Interior Ministry")]),
    ("under-fire-from", "The Ngoro Rapid Unit, under fire from the Tana Liberation Front, "
     "withdrew from Bakosi.",
     [("Ngoro Rapid Unit", "PART_OF", "Tana Liberation Front")]),
    ("told-reporters", "The commander of the Ngoro Rapid Unit told reporters the Interior "
     "Ministry had approved the raid.",
     [("Ngoro Rapid Unit", "PART_OF", "Interior Ministry")]),
    ("person-answers-to", "Colonel Amadou Sarr, who answers to the Interior Ministry, "
     "ordered the raid.",
     [("Amadou Sarr", "PART_OF", "Interior Ministry")]),
    ("once-answered-to", "The Black Kite Battalion, which once answered to the Velmorian "
     "Armed Forces, shelled Drava.",
     [("Black Kite Battalion", "PART_OF", "Velmorian Armed Forces")]),
    ("formerly-part-of", "The Black Kite Battalion, formerly part of the Velmorian Armed "
     "Forces, shelled Drava.",
     [("Black Kite Battalion", "PART_OF", "Velmorian Armed Forces")]),
    ("not-part-of", "The Black Kite Battalion, which is not part of the Velmorian Armed "
     "Forces, shelled Drava.",
     [("Black Kite Battalion", "PART_OF", "Velmorian Armed Forces")]),
    ("broke-away", "The Black Kite Battalion broke away from the Velmorian Armed Forces in "
     "2019.",
     [("Black Kite Battalion", "PART_OF", "Velmorian Armed Forces")]),
    ("split-from", "The Black Kite Battalion, which split from the Velmorian Armed Forces, "
     "shelled Drava.",
     [("Black Kite Battalion", "PART_OF", "Velmorian Armed Forces")]),
    ("loyal-to", "The Black Kite Battalion, which is loyal to the Velmorian Armed Forces, "
     "shelled Drava.",
     [("Black Kite Battalion", "PART_OF", "Velmorian Armed Forces")]),
    ("backed-by", "The Sahel Martyrs Brigade, backed by the Islamic State, attacked the "
     "convoy.",
     [("Sahel Martyrs Brigade", "PART_OF", "Islamic State")]),
    ("withdrew-allegiance", "The Mindanao Mujahideen Front withdrew its allegiance to the "
     "Islamic State.",
     [("Mindanao Mujahideen Front", "PART_OF", "Islamic State")]),
    ("renounced-allegiance", "The Mindanao Mujahideen Front renounced its allegiance to "
     "al-Qaeda in 2019.",
     [("Mindanao Mujahideen Front", "PART_OF", "al-Qaeda")]),
    ("denied-pledge", "The Mindanao Mujahideen Front denied that it had pledged allegiance "
     "to the Islamic State.",
     [("Mindanao Mujahideen Front", "PART_OF", "Islamic State")]),
    ("denied-pledge-long", _MARAWI + "The Mindanao Mujahideen Front on Tuesday denied "
     "reports that it had sworn loyalty to the Islamic State, according to a statement.",
     [("Mindanao Mujahideen Front", "PART_OF", "Islamic State")]),
    ("may-pledge", "The Mindanao Mujahideen Front may pledge allegiance to the Islamic State, "
     "analysts said.",
     [("Mindanao Mujahideen Front", "PART_OF", "Islamic State")]),
    ("refused-to-pledge", "The Mindanao Mujahideen Front refused to pledge allegiance to the "
     "Islamic State.",
     [("Mindanao Mujahideen Front", "PART_OF", "Islamic State")]),
    ("never-pledged", "The Mindanao Mujahideen Front never pledged allegiance to the Islamic "
     "State.",
     [("Mindanao Mujahideen Front", "PART_OF", "Islamic State")]),
    ("would-pledge-if", "Officials said the Hawks Brigade would pledge allegiance to the "
     "Popular Defence Forces if paid.",
     [("Hawks Brigade", "PART_OF", "Popular Defence Forces")]),
    ("pledged-support", "The Hawks Brigade pledged support to the Popular Defence Forces "
     "on Monday.",
     [("Hawks Brigade", "PART_OF", "Popular Defence Forces")]),
    ("accepted-pledge-from", "The Popular Defence Forces rejected the pledge of allegiance "
     "from the Hawks Brigade.",
     [("Hawks Brigade", "PART_OF", "Popular Defence Forces")]),
    ("once-pledged", "The Mindanao Mujahideen Front, which once pledged allegiance to the "
     "Islamic State, now fights it.",
     [("Mindanao Mujahideen Front", "PART_OF", "Islamic State")]),
    ("person-pledged-not-part", "Abu Karim al-Sudani pledged allegiance to the Islamic "
     "State in 2016.",
     [("Abu Karim al-Sudani", "PART_OF", "Islamic State")]),
    ("pledged-to-state", "The Hawks Brigade pledged loyalty to Sudan on Friday.",
     [("Hawks Brigade", "PART_OF", "Sudan")]),
    ("pledged-aid", "The Karoo Mujahideen Council pledged money to the Sahara Islamic Front "
     "last year.",
     [("Karoo Mujahideen Council", "PART_OF", "Sahara Islamic Front")]),
    ("whose-rival-called", "The Ruvuma Alliance, whose main rival calls itself the Ruvuma "
     "Defence Brigade, denied the attack.",
     [("Ruvuma Defence Brigade", "PART_OF", "Ruvuma Alliance")]),
    ("owners-rival-named", "The Tarlan Army's old rival, the Steppe Wolves Battalion, moved "
     "north on Sunday.",
     [("Steppe Wolves Battalion", "PART_OF", "Tarlan Army")]),
    ("contingent-in-place-described", "The Kenyan army's contingent in Somalia, the "
     "country's largest, came under attack near Kismayo.",
     [("Somalia", "PART_OF", "Kenyan forces"), ("Kismayo", "PART_OF", "Kenyan forces")]),
    ("contingent-in-town-described", "The Kenyan army's contingent in Kismayo, the port "
     "city, came under attack.",
     [("Kismayo", "PART_OF", "Kenyan forces")]),
    ("operation-described-as-war", "Russia's special military operation, the war in "
     "Ukraine, entered its fifth year.",
     [("Ukraine", "PART_OF", "Russia")]),
    ("including-troops-from", "The Tarlan Army, including troops from Kazakhstan, moved "
     "north.",
     [("Kazakhstan", "PART_OF", "Tarlan Army"), ("Tarlan Army", "PART_OF", "Kazakhstan")]),
    ("led-force-not-part", "The Kivu Mission, a Kenyan-led peacekeeping force, deployed to "
     "Goma.",
     [("Kivu Mission", "PART_OF", "Kenya")]),
    ("fought-under-flag", _KHARTOUM + "The Hawks Brigade fought the Popular Defence Forces "
     "near Omdurman on Sunday, the army said.",
     [("Hawks Brigade", "PART_OF", "Popular Defence Forces")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_subordination_near_misses(nlp: Language, text: str,
                                   forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden, both_ways=True)
