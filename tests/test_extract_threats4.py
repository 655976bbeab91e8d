"""Threats as officials and commanders voice them: vows to bring a group to justice, to
take the fight to it, to teach a state a lesson; "its days are numbered"; "will get the
same welcome as ..., Z warned"; vows to pursue "the killers" of a group named just
before; deadlines ("gave Y until Friday to leave"); a threat told as a noun ("its threat
to attack Y"). And what only looks like one: a threat taken back, a warning against
another's act (not the warner's attack), a measure with no threatening verb, protection,
aid, a forecast, a fear, a denial. Each phrasing short and inside a long wire sentence,
own sentences, invented names, several regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- vowed to bring a group to justice ---
    ("pledged-bring-to-justice", "Interior Minister Hamid Sarraf pledged to bring the "
     "Tawfiq Brigade to justice.", [("Hamid Sarraf", "THREATENS", "Tawfiq Brigade")]),
    ("pledged-bring-to-justice-long", "Interior Minister Hamid Sarraf pledged on Sunday to "
     "bring the Tawfiq Brigade to justice, hours after a car bomb claimed by the group "
     "killed 12 people at a bus station in the eastern city of Qasr, his office said.",
     [("Hamid Sarraf", "THREATENS", "Tawfiq Brigade")]),
    ("vowed-bring-commanders-to-book", "President Lucia Arango vowed to bring the "
     "commanders of the Cauca Liberation Front to book.",
     [("Lucia Arango", "THREATENS", "Cauca Liberation Front")]),
    ("promised-bring-leaders-to-justice", "Kenya promised to bring the Jubaland Liberation "
     "Front's leaders to justice after the raid on Mandera.",
     [("Kenya", "THREATENS", "Jubaland Liberation Front")]),
    # --- take the fight (war) to a group ---
    ("vowed-take-fight-to", "Prime Minister Shehbaz Akhtar vowed to take the fight to the "
     "Baloch Liberation Front.", [("Shehbaz Akhtar", "THREATENS", "Baloch Liberation Front")]),
    ("vowed-take-fight-to-long", "Prime Minister Shehbaz Akhtar, speaking at the funeral "
     "of 11 soldiers in Quetta on Thursday, vowed to take the fight to the Baloch Liberation "
     "Front in the mountains of Kalat, according to state television.",
     [("Shehbaz Akhtar", "THREATENS", "Baloch Liberation Front")]),
    ("army-vowed-take-war-to", "The Somali army vowed to take the war to al-Shabaab.",
     [("Somali forces", "THREATENS", "al-Shabaab")]),
    ("would-take-fight-to", "Kenya said its troops would take the fight to the Jubaland "
     "Liberation Front.", [("Kenya", "THREATENS", "Jubaland Liberation Front")]),
    # --- teach a lesson ---
    ("vowed-teach-lesson", "China vowed to teach Vietnam a lesson.",
     [("China", "THREATENS", "Vietnam")]),
    ("vowed-teach-lesson-long", "Beijing vowed on Tuesday to teach the Philippines a "
     "lesson after its coast guard rammed a Chinese fishing vessel near Scarborough Shoal, "
     "the foreign ministry said in a statement.", [("China", "THREATENS", "Philippines")]),
    ("would-teach-lesson", "Eritrea said it would teach Ethiopia a lesson it would never "
     "forget.", [("Eritrea", "THREATENS", "Ethiopia")]),
    # --- days numbered ---
    ("days-numbered-possessive", "General Peter Odhiambo said the Jubaland Liberation "
     "Front's days were numbered.",
     [("Peter Odhiambo", "THREATENS", "Jubaland Liberation Front")]),
    ("days-of-numbered", "General Peter Odhiambo said the days of the Oromo Liberation "
     "Army were numbered.", [("Peter Odhiambo", "THREATENS", "Oromo Liberation Army")]),
    ("days-of-numbered-long", "General Peter Odhiambo said on Monday that the days of the "
     "Jubaland Liberation Front in the forests along the Tana river were numbered, a week "
     "after its fighters ambushed a police convoy near Garissa.",
     [("Peter Odhiambo", "THREATENS", "Jubaland Liberation Front")]),
    ("warned-days-numbered", "The Iraqi defence ministry warned that the Islamic State's "
     "days in the Hamrin mountains were numbered.",
     [("Iraq", "THREATENS", "Islamic State")]),
    # --- the same welcome (treatment) as another ---
    ("same-welcome-as-warned-after", "The Jubaland Front will get the same welcome as "
     "al-Shabaab did, General Peter Odhiambo warned.",
     [("Peter Odhiambo", "THREATENS", "Jubaland Front")]),
    ("same-welcome-as-warned-that", "General Peter Odhiambo warned that the Jubaland "
     "Front would get the same welcome as al-Shabaab.",
     [("Peter Odhiambo", "THREATENS", "Jubaland Front")]),
    ("same-treatment-long", "Defence Minister Lena Sorokina said on Friday that the Donbas "
     "Volunteer Corps, which seized two villages east of Pokrovsk last month, would receive "
     "the same treatment as the Wagner Group.",
     [("Lena Sorokina", "THREATENS", "Donbas Volunteer Corps")]),
    # --- pursuing "the killers" of the group named just before ---
    ("pursue-the-killers", "The Kufra Brigade killed nine border guards near Ghat on "
     "Friday. President Omar Haddad vowed to pursue the killers wherever they hide.",
     [("Omar Haddad", "THREATENS", "Kufra Brigade")]),
    ("hunt-the-perpetrators-long", "The Arakan Dawn Army set fire to a police post in "
     "Maungdaw on Sunday, killing four officers, according to local media. Myanmar's "
     "military government vowed on Monday to hunt down the perpetrators.",
     [("Myanmar", "THREATENS", "Arakan Dawn Army")]),
    ("crush-the-kidnappers", "Gunmen of the Zamfara Liberation Front abducted 40 pupils "
     "from a school in Kaura Namoda. Governor Bello Matawalle vowed to crush the "
     "kidnappers.", [("Bello Matawalle", "THREATENS", "Zamfara Liberation Front")]),
    # --- deadlines and ultimatums ---
    ("gave-until-to-leave", "Congo gave the Kivu Liberation Front until Friday to leave "
     "Walikale.", [("Congo", "THREATENS", "Kivu Liberation Front")]),
    ("gave-until-to-leave-long", "The Congolese army on Wednesday gave the Kivu Liberation "
     "Front until the end of the month to withdraw from the mining town of Walikale, which "
     "the group captured in March, a military spokesman said in Goma.",
     [("Democratic Republic of the Congo forces", "THREATENS", "Kivu Liberation Front")]),
    ("gave-hours-to-surrender", "Ethiopia gave the Benishangul Front 72 hours to "
     "surrender.", [("Ethiopia", "THREATENS", "Benishangul Front")]),
    # --- a threat told as a noun with its act ---
    ("repeated-threat-to-attack", "The Kivu Liberation Front repeated its threat to attack "
     "Burundi.", [("Kivu Liberation Front", "THREATENS", "Burundi")]),
    ("threat-to-attack-subject-long", "The Houthis' threat to attack Saudi Arabia's oil "
     "terminals, made in a televised speech on Thursday, sent tanker rates in the Red Sea "
     "sharply higher.", [("Houthis", "THREATENS", "Saudi Arabia")]),
    ("pledge-to-crush-noun", "Pakistan's pledge to crush the Baloch Liberation Front came "
     "after the attack on a train in Bolan.",
     [("Pakistan", "THREATENS", "Baloch Liberation Front")]),
    ("threat-to-attack-possessive", "The Rojava Front's threat to attack Turkey's border "
     "posts alarmed NATO.", [("Rojava Front", "THREATENS", "Turkey")]),
    # --- swore revenge (the parser makes "swore" a modifier of "revenge") ---
    ("swore-revenge-on", "Hezbollah swore revenge on Israel.",
     [("Hezbollah", "THREATENS", "Israel")]),
    ("swore-revenge-on-person", "President Ivan Petrov swore revenge on the Donets "
     "Brigade.", [("Ivan Petrov", "THREATENS", "Donets Brigade")]),
    ("swore-revenge-against-long", "The Donets Brigade swore revenge against Ukraine on "
     "Sunday after a drone strike on its base near Horlivka killed six of its fighters.",
     [("Donets Brigade", "THREATENS", "Ukraine")]),
    # --- existing readings in new settings ---
    ("vowed-pursue-wherever-long", "President Omar Haddad vowed on Saturday to pursue the "
     "Kufra Brigade wherever its fighters hide, a day after the group killed nine border "
     "guards near the town of Ghat, state television reported.",
     [("Omar Haddad", "THREATENS", "Kufra Brigade")]),
    ("warned-that-met-with-force", "Ethiopia warned the Awash Front that any attack on "
     "Afar would be met with force.", [("Ethiopia", "THREATENS", "Awash Front")]),
    ("state-of-siege-then-crush", "The Azawad Liberation Front killed 30 soldiers near "
     "Tessit on Sunday. Malian President Amara Kone declared a state of siege in the north. "
     "He said the army would crush the militants.",
     [("Amara Kone", "THREATENS", "Azawad Liberation Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # --- near misses of bringing to justice ---
    ("bring-to-negotiating-table", "Interior Minister Hamid Sarraf pledged to bring the "
     "Tawfiq Brigade to the negotiating table.", [("*", "THREATENS", "*")]),
    ("bring-wounded-to-hospital", "Interior Minister Hamid Sarraf pledged to bring the "
     "Tawfiq Brigade's wounded to hospital.", [("*", "THREATENS", "*")]),
    ("brought-to-justice-told", "Interior Minister Hamid Sarraf said police had brought "
     "two members of the Tawfiq Brigade to justice in 2019.", [("*", "THREATENS", "*")]),
    # --- near misses of taking the fight ---
    ("take-wounded-to", "The Somali army vowed to take the wounded to Mogadishu.",
     [("*", "THREATENS", "*")]),
    ("took-fight-to-told", "Kenya said its troops had taken the fight to the Jubaland "
     "Liberation Front in 2019.", [("*", "THREATENS", "*")]),
    ("take-case-to-court", "Guyana vowed to take its case against Venezuela to the "
     "International Court of Justice.", [("Guyana", "THREATENS", "*")]),
    # --- near misses of a lesson ---
    ("teach-farmers", "China vowed to teach Vietnam's farmers a new way of growing rice.",
     [("*", "THREATENS", "*")]),
    ("taught-lesson-told", "Beijing said it had taught Vietnam a lesson in 1979.",
     [("*", "THREATENS", "*")]),
    ("learned-lesson", "Ethiopia said it had learned a lesson from the war in Tigray.",
     [("*", "THREATENS", "*")]),
    # --- days not numbered ---
    ("days-long-and-hot", "General Peter Odhiambo said the Jubaland Liberation Front's "
     "days in Mandera were long and hot.", [("*", "THREATENS", "*")]),
    ("days-counted-no-speaker", "The Jubaland Liberation Front's days are numbered.",
     [("*", "THREATENS", "*")]),
    # --- no same welcome ---
    ("got-same-welcome-told", "The Jubaland Front got the same welcome as al-Shabaab did, "
     "General Peter Odhiambo said.", [("*", "THREATENS", "*")]),
    ("same-welcome-visitors", "Delegates to the summit will get the same welcome as last "
     "year, Kenya said.", [("*", "THREATENS", "*")]),
    # --- the killers of nobody named, or a group that is the victim ---
    ("killers-unnamed", "Nine border guards were killed near Ghat on Friday. President "
     "Omar Haddad vowed to pursue the killers.", [("*", "THREATENS", "*")]),
    ("help-the-victims", "The Azawad Liberation Front killed 30 soldiers near Tessit. "
     "Defence Minister Musa Bello said the army would help the victims' families.",
     [("*", "THREATENS", "*")]),
    # --- revenge taken or sworn at nobody ---
    ("revenge-taken", "Hezbollah's revenge on Israel was limited to a volley of rockets.",
     [("*", "THREATENS", "*")]),
    ("swore-revenge-no-target", "Hezbollah swore revenge, saying the strike on Tyre would "
     "not go unanswered.", [("*", "THREATENS", "*")]),
    # --- a deadline for another's act is not the giver's act ---
    ("deadline-is-no-withdrawal", "Congo gave the Kivu Liberation Front 48 hours to leave "
     "Walikale.", [("Congo", "WITHDRAWS_FROM", "*")]),
    ("until-is-no-withdrawal", "Congo gave the Kivu Liberation Front until Friday to leave "
     "Walikale.", [("Congo", "WITHDRAWS_FROM", "*")]),
    ("gave-envoys-until-reply", "Congo gave the Kivu Liberation Front's envoys until "
     "Friday to reply to the offer.", [("*", "THREATENS", "*")]),
    # --- a warning against another's act is no attack by the warner ---
    ("warned-against-attacking", "Kenya warned the Jubaland Front against attacking "
     "Mandera.", [("Kenya", "TARGETS", "*")]),
    ("cautioned-against-attacking", "Kenya cautioned Somalia against attacking the "
     "Jubaland Front.", [("Kenya", "TARGETS", "*"), ("Kenya", "THREATENS",
                                                      "Jubaland Front")]),
    ("warned-residents-stay-indoors", "The Malian army warned residents of Tessit to stay "
     "indoors.", [("*", "THREATENS", "*")]),
    # --- a threat taken back, denied, feared ---
    ("withdrew-threat-against", "The Kivu Liberation Front withdrew its threat against "
     "Burundi.", [("*", "THREATENS", "*")]),
    ("dropped-threats-against-long", "The Kivu Liberation Front dropped its threats "
     "against Burundi on Tuesday after two days of talks in Arusha mediated by Tanzania.",
     [("*", "THREATENS", "*")]),
    ("withdrew-threat-to-attack", "The Kivu Liberation Front withdrew its threat to attack "
     "Burundi.", [("*", "THREATENS", "*"), ("*", "TARGETS", "*")]),
    ("threat-to-attack-is-no-attack", "The Kivu Liberation Front repeated its threat to "
     "attack Burundi.", [("*", "TARGETS", "*")]),
    ("denied-threatening", "The Jubaland Front denied threatening Kenya.",
     [("*", "THREATENS", "*")]),
    ("feared-attack-by", "Residents of Walikale feared an attack by the Kivu Liberation "
     "Front.", [("*", "THREATENS", "*")]),
    ("threat-to-no-threatener", "The Kivu Liberation Front is a threat to Burundi, "
     "analysts said.", [("*", "THREATENS", "*")]),
    # --- no target actor, or no threat at all ---
    ("warned-rising-violence", "Kenya warned of rising violence in Mandera.",
     [("*", "THREATENS", "*")]),
    ("met-with-force-no-actor", "Ethiopia warned that any attack on Afar would be met with "
     "force.", [("*", "THREATENS", "*")]),
    ("promised-aid-to", "Kenya promised aid to Somalia.", [("*", "THREATENS", "*")]),
    ("vowed-to-protect", "Kenya vowed to protect the Jubaland Front.",
     [("*", "THREATENS", "*")]),
    ("state-of-siege-alone", "President Amara Kone declared a state of siege in the north "
     "after the Azawad Liberation Front killed 30 soldiers.",
     [("Amara Kone", "THREATENS", "*")]),
    ("attack-told-is-no-threat", "The Kivu Liberation Front attacked Burundi on Monday.",
     [("*", "THREATENS", "*")]),
    ("forecast-by-analysts", "The Azawad Liberation Front killed 30 soldiers near Tessit. "
     "Analysts said the army would crush the rebels.", [("*", "THREATENS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_threat_voiced(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_threat_not_voiced(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
