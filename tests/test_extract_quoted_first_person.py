"""First person inside quotes: "our positions", "we call on", "our forces responded" read
as the side the speaker speaks for.

A quote's "we", "us" and "our" stand for the body its speaker speaks for, leads or serves:
a spokesman of an army for the army, a president or prime minister of a state for the
state, a commander of a group for the group. The quote may come before or after its
attribution, in one sentence or running on into the next ('"...," said X. "..."', 'X said:
"... . ..."'). Read from it: an attack on "our positions" or "us" TARGETS that side; "we
call on Y" DEMANDS; "we will not allow Y to ...", "we will not tolerate attacks by Y", "we
warn Y" THREATENS; a side that "responded in self-defence" or "returned fire" TARGETS the
attacker named in the same quote; "the Y army has broken its word" is the speaker's
criticism of Y.

Every row is a sentence written for this table, with invented people and groups in several
regions, short and inside a long wire sentence. The must-nots: "we" in the words of a
resident, a survivor or an analyst (no body speaks through them); "our people", "our
territory" (no actor); a quote that reports what others told the speaker; a denial
("we did not fire on them"), a question, a condition ("if they attack, we will respond":
a threat at most, never an attack); a response with no attacker named, or one that is no
use of arms; a refusal that is no threat ("will not allow Y to take part in the talks").
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found


def read(case_id: str, text: str, *expected: Triple) -> Any:
    return pytest.param(text, list(expected), id=case_id)


def never(case_id: str, text: str, *forbidden: Triple) -> Any:
    """A must-not case: a sentence and what it must not assert ("*" matches anything)."""
    return pytest.param(text, list(forbidden), id=case_id)


THAI = "Major General Somchai Rattanakorn, spokesman of the Royal Thai Army"
JDF = "Major Abdi Farah, commander of the Jubaland Defence Forces"
MBEKI = "President Faustin Mbeki of Burundi"
VIREAK = "Prime Minister Hun Vireak of Cambodia"
TATMADAW = "Major General Kyaw Zin Oo, spokesman for the Myanmar military"
ANALYST = "Pierre Lemaire, an analyst at the Institute for Security Studies"

READ = [
    # --- "our positions", "us", "our soldiers": the side spoken for is struck ---
    read("positions-quote-first",
         f"\"Cambodian forces fired rockets at our positions,\" said {THAI}.",
         ("Cambodian forces", "TARGETS", "Royal Thai Army")),
    read("positions-speaker-first",
         f"{THAI}, said: \"Cambodian forces fired rockets at our positions.\"",
         ("Cambodian forces", "TARGETS", "Royal Thai Army")),
    read("positions-long-wire",
         "BANGKOK, July 25 (Wire) - \"Cambodian forces fired rockets and artillery shells at "
         "our positions near the Ta Muen temple on Thursday morning,\" said Major General "
         "Somchai Rattanakorn, a spokesman of the Royal Thai Army, adding that two soldiers "
         "had been wounded.",
         ("Cambodian forces", "TARGETS", "Royal Thai Army")),
    read("our-soldiers-passive",
         f"\"Our soldiers were attacked by the Arakan Dawn Army near Kyauktaw,\" said "
         f"{TATMADAW}.",
         ("Arakan Dawn Army", "TARGETS", "Tatmadaw")),
    read("attacked-us-spokesman",
         "\"The Azawad Liberation Front attacked us at night,\" said Colonel Idris Kante, a "
         "spokesman for the Malian army.",
         ("Azawad Liberation Front", "TARGETS", "Malian forces")),
    read("attacked-us-speaker-before",
         "Colonel Idris Kante, a spokesman for the Malian army, told reporters in Gao: \"The "
         "Azawad Liberation Front attacked us at night.\"",
         ("Azawad Liberation Front", "TARGETS", "Malian forces")),
    read("our-base-commander",
         f"\"Gedo Islamic Front fighters attacked our base at dawn,\" said {JDF}.",
         ("Gedo Islamic Front", "TARGETS", "Jubaland Defence Forces")),
    read("our-soldiers-president",
         f"{MBEKI} said: \"The Kivu Liberation Front attacked our soldiers in Cibitoke.\"",
         ("Kivu Liberation Front", "TARGETS", "Burundian forces")),
    read("continued-quote-our-positions",
         "Colonel Andres Mejia, a spokesman for the Colombian army, spoke to reporters in "
         "Popayan on Monday. \"The Cauca Liberation Front shelled our positions overnight,\" "
         "he said.",
         ("Cauca Liberation Front", "TARGETS", "Colombian forces")),
    read("unnamed-spokesman-of-army",
         "\"The Jubaland Front shelled our positions,\" a spokesman for the Kenyan army said "
         "on Monday.",
         ("Jubaland Front", "TARGETS", "Kenyan forces")),
    # --- our forces responded, returned fire: the side hits back at the named attacker ---
    read("responded-same-sentence",
         f"\"The Gedo Islamic Front attacked our base at dawn and our forces responded in "
         f"self-defence,\" said {JDF}.",
         ("Gedo Islamic Front", "TARGETS", "Jubaland Defence Forces"),
         ("Jubaland Defence Forces", "TARGETS", "Gedo Islamic Front")),
    read("responded-next-sentence-of-quote",
         f"{JDF}, told reporters in Kismayo on Tuesday: \"The Gedo Islamic Front attacked "
         "our base near Dhobley at dawn. Our forces responded in self-defence and pushed "
         "them back.\"",
         ("Jubaland Defence Forces", "TARGETS", "Gedo Islamic Front")),
    read("returned-fire-quote-goes-on",
         f"\"The Gedo Islamic Front attacked our base at dawn,\" said {JDF}. \"Our forces "
         "returned fire.\"",
         ("Jubaland Defence Forces", "TARGETS", "Gedo Islamic Front")),
    read("returned-fire-state-forces",
         f"{MBEKI} said: \"The Kivu Liberation Front attacked our soldiers in Cibitoke and "
         "our forces returned fire.\"",
         ("Burundi", "TARGETS", "Kivu Liberation Front")),
    read("fought-back",
         f"\"The Arakan Dawn Army attacked our convoy near Kyauktaw and our troops fought "
         f"back,\" said {TATMADAW}.",
         ("Tatmadaw", "TARGETS", "Arakan Dawn Army")),
    # --- we call on, we urge: the state of its head ---
    read("call-on-quote-first",
         f"\"We call on Thailand to respect the ceasefire,\" said {VIREAK}.",
         ("Cambodia", "DEMANDS", "Thailand")),
    read("call-on-speaker-first",
         f"{VIREAK} said: \"We call on Thailand to respect the ceasefire.\"",
         ("Cambodia", "DEMANDS", "Thailand")),
    read("call-on-demonym-title",
         "\"We call on Thailand to respect the ceasefire,\" Cambodian Prime Minister Hun "
         "Vireak said.",
         ("Cambodia", "DEMANDS", "Thailand")),
    read("call-on-long-wire",
         "PHNOM PENH, July 26 (Wire) - \"We call on Thailand to respect the ceasefire and "
         "withdraw its troops from the disputed temples,\" Cambodian Prime Minister Hun Vireak "
         "told reporters on Saturday after meeting the regional envoy.",
         ("Cambodia", "DEMANDS", "Thailand")),
    read("urge-president",
         "\"We urge Azerbaijan to pull its troops back from our border,\" said President Aram "
         "Petrosyan of Armenia.",
         ("Armenia", "DEMANDS", "Azerbaijan")),
    read("call-on-quote-goes-on",
         f"\"The shelling must stop,\" said {VIREAK}. \"We call on Thailand to pull its "
         "troops back from the temples.\"",
         ("Cambodia", "DEMANDS", "Thailand")),
    read("call-on-head-of-administration",
         "\"We call on Ethiopia to withdraw its troops from our region,\" said Gebre Tesfaye, "
         "the head of the Tigray Interim Administration.",
         ("Tigray Interim Administration", "DEMANDS", "Ethiopia")),
    read("call-on-group-spokesman-long",
         "\"We call on Colombia to stop bombing our camps,\" said Ivan Duarte, a spokesman for "
         "the Cauca Liberation Front, in a video posted on Sunday.",
         ("Cauca Liberation Front", "DEMANDS", "Colombia")),
    # --- we will not allow, we will not tolerate, we warn: threats of the side ---
    read("will-not-allow-enter",
         "\"We will not allow the Kalimba Army to enter Muko,\" said General Tomas Rivas, "
         "commander of the Andean Army.",
         ("Andean Army", "THREATENS", "Kalimba Army")),
    read("will-not-allow-group-commander",
         "\"We will not allow the Sudanese army to enter Jebel Marra,\" said Abdel Karim Nur, "
         "a commander of the Jebel Marra Liberation Movement.",
         ("Jebel Marra Liberation Movement", "THREATENS", "Sudanese forces")),
    read("will-never-let-set-up-camps",
         f"{MBEKI} said: \"We will never let the Kivu Liberation Front set up camps on our "
         "soil.\"",
         ("Burundi", "THREATENS", "Kivu Liberation Front")),
    read("would-not-allow-reported",
         "Kenya said on Friday that it would not allow the Jubaland Front to seize the border "
         "town of Mandera, a day after the group's fighters overran a police post nearby.",
         ("Kenya", "THREATENS", "Jubaland Front")),
    read("will-not-allow-quote-goes-on",
         f"\"Our patience has limits,\" said {VIREAK}. \"We will not allow the Thai army to "
         "occupy our temples.\"",
         ("Cambodia", "THREATENS", "Thai forces")),
    read("will-not-tolerate-attacks-by",
         "\"We will not tolerate attacks by the Tibesti Front,\" said President Idriss "
         "Mahamat of Chad.",
         ("Chad", "THREATENS", "Tibesti Front")),
    read("warn-spokesman",
         "\"We warn the Cauca Liberation Front,\" said Colonel Andres Mejia, a spokesman for "
         "the Colombian army.",
         ("Colombian forces", "THREATENS", "Cauca Liberation Front")),
    read("if-attack-we-respond-is-a-threat",
         f"\"If the Arakan Dawn Army attacks our posts again, we will respond with force,\" "
         f"said {TATMADAW}.",
         ("Tatmadaw", "THREATENS", "Arakan Dawn Army")),
    # --- broken its word: the speaker criticises the named actor ---
    read("broken-word-quote-first",
         "\"The Thai army has broken its word again,\" Prime Minister Hun Vireak said.",
         ("Hun Vireak", "CRITICIZES", "Thai forces")),
    read("violated-ceasefire-speaker-first",
         "Hun Vireak said: \"The Thai army has violated the ceasefire.\"",
         ("Hun Vireak", "CRITICIZES", "Thai forces")),
    read("broken-promise-minister",
         "\"India has broken every promise it made,\" Foreign Minister Bilal Rana said.",
         ("Bilal Rana", "CRITICIZES", "India")),
    read("breached-truce-long",
         "\"The Gedo Islamic Front breached the truce within hours,\" said Abdirahman Osman, "
         "a lawmaker from Baidoa, after a night of mortar fire on the town.",
         ("Abdirahman Osman", "CRITICIZES", "Gedo Islamic Front")),
]

MUST_NOT = [
    # --- "we" of those who speak for no body ---
    never("resident-we-attacked",
          "\"We were attacked by the Kivu Liberation Front at night,\" said Amina Bahati, a "
          "resident of Masisi.",
          ("*", "TARGETS", "Amina Bahati")),
    never("farmer-our-village",
          "\"The Arakan Dawn Army shelled our village,\" said Khin Aye, a farmer.",
          ("*", "TARGETS", "Khin Aye")),
    never("survivor-our-houses",
          "\"They burned our houses and took our cattle,\" said Mariam Dicko, a survivor of "
          "the raid on Ogossagou, speaking of the Azawad Liberation Front.",
          ("*", "TARGETS", "Mariam Dicko")),
    never("analyst-we-expect",
          f"\"We expect the Kalimba Army to attack Muko within weeks,\" said {ANALYST}.",
          ("Institute for Security Studies", "*", "*"), ("Pierre Lemaire", "THREATENS", "*")),
    never("analyst-we-warn-that",
          f"\"We warn that the Kalimba Army could attack Muko,\" said {ANALYST}.",
          ("Institute for Security Studies", "*", "*"), ("*", "THREATENS", "Kalimba Army")),
    never("analyst-our-forces",
          f"\"Our forces fought back after the Kalimba Army attacked Muko,\" said {ANALYST}.",
          ("Institute for Security Studies", "*", "*"), ("*", "TARGETS", "Kalimba Army")),
    never("researcher-at-a-centre-we",
          "\"We were attacked by the Kalimba Army on the road to Muko,\" said Jean Mutombo, a "
          "researcher at the Kivu Research Centre.",
          ("*", "TARGETS", "Kivu Research Centre"), ("*", "TARGETS", "Jean Mutombo")),
    never("colonel-with-no-body-us",
          "\"The Azawad Liberation Front attacked us,\" Colonel Idris Kante said.",
          ("*", "TARGETS", "Idris Kante")),
    # --- "our people", "our territory": no actor ---
    never("our-people",
          f"\"Our people are tired of the war with the Kivu Liberation Front,\" said {MBEKI}.",
          ("*", "TARGETS", "*"), ("*", "THREATENS", "*")),
    never("our-territory-occupied",
          f"\"Thai troops have occupied our territory,\" said {VIREAK}.",
          ("*", "CONTROLS", "Cambodia")),
    never("not-allow-anyone-divide-country",
          f"\"We will not allow anyone to divide our country,\" said {MBEKI}.",
          ("*", "THREATENS", "*")),
    never("ministry-not-where-our-positions-are",
          "\"Armenian forces shelled our positions in the Tovuz district overnight,\" "
          "Azerbaijani Defence Ministry spokesman Vagif Aliyev said.",
          ("Azerbaijani Defence Ministry", "LOCATED_IN", "*"), ("*", "TARGETS", "Vagif Aliyev")),
    # --- a quote of what others told the speaker ---
    never("villagers-told-us",
          "\"The villagers told us that the Kalimba Army attacked our positions,\" said "
          "General Tomas Rivas, commander of the Andean Army.",
          ("*", "TARGETS", "Andean Army"), ("*", "TARGETS", "Tomas Rivas")),
    never("they-told-us-they-would",
          "\"They told us they would attack the Kalimba Army,\" said General Tomas Rivas, "
          "commander of the Andean Army.",
          ("Andean Army", "*", "Kalimba Army")),
    # --- denial, question, condition ---
    never("did-not-fire-on",
          f"\"We did not fire on Cambodian troops,\" said {THAI}.",
          ("Royal Thai Army", "TARGETS", "*")),
    never("why-would-we-attack",
          "\"Why would we attack the Tihama Brigade?\" asked Brigadier Saad Malki, spokesman "
          "of the Joint Forces Command.",
          ("*", "TARGETS", "Tihama Brigade"), ("*", "THREATENS", "Tihama Brigade")),
    never("if-attack-we-respond-no-attack",
          f"\"If the Arakan Dawn Army attacks our posts again, we will respond with force,\" "
          f"said {TATMADAW}.",
          ("Tatmadaw", "TARGETS", "*"), ("Arakan Dawn Army", "TARGETS", "*")),
    never("will-respond-if-attacks",
          f"\"Our forces will respond in self-defence if the Gedo Islamic Front attacks "
          f"again,\" said {JDF}.",
          ("*", "TARGETS", "*")),
    # --- responses that are no attack, or with no attacker named in the quote ---
    never("responded-attacker-not-named",
          "The Gedo Islamic Front attacked a police post in Bardera on Monday. \"Our forces "
          f"responded in self-defence,\" said {JDF}.",
          ("Jubaland Defence Forces", "TARGETS", "*")),
    never("responded-by-calling-for-talks",
          f"\"The Gedo Islamic Front attacked our base and we responded by calling for "
          f"talks,\" said {JDF}.",
          ("Jubaland Defence Forces", "TARGETS", "*")),
    never("did-not-return-fire",
          f"\"The Gedo Islamic Front attacked our base, but our forces did not return fire,\" "
          f"said {JDF}.",
          ("Jubaland Defence Forces", "TARGETS", "*")),
    never("responded-to-questions",
          f"\"The Gedo Islamic Front attacked our base and we responded to questions from the "
          f"elders,\" said {JDF}.",
          ("Jubaland Defence Forces", "TARGETS", "*")),
    # --- refusals that are no threat ---
    never("not-allow-take-part",
          f"\"We will not allow the Kivu Liberation Front to take part in the talks,\" said "
          f"{MBEKI}.",
          ("*", "THREATENS", "*")),
    never("did-not-allow-past",
          f"\"We did not allow the Kivu Liberation Front to enter Bujumbura,\" said {MBEKI}.",
          ("*", "THREATENS", "*")),
    never("not-tolerate-attacks-on-civilians",
          f"\"We will not tolerate attacks on civilians,\" said {MBEKI}, referring to the "
          "Kivu Liberation Front.",
          ("*", "THREATENS", "*")),
    # --- broken, but no word broken; a denied breach ---
    never("broken-through-lines",
          f"\"The Thai army has broken through our lines near the temple,\" said {VIREAK}.",
          ("*", "CRITICIZES", "*")),
    never("not-broken-word",
          f"\"The Thai army has not broken its word,\" said {VIREAK}.",
          ("*", "CRITICIZES", "*")),
    never("denied-broken-word",
          "Prime Minister Hun Vireak of Cambodia denied that the Thai army had broken its "
          "word.",
          ("*", "CRITICIZES", "*")),
    # --- the speaker's own title is no tie to the side the quote tells of ---
    never("spokesman-not-member-of-attacker",
          f"\"Cambodian forces fired rockets at our positions,\" said {THAI}.",
          ("Somchai Rattanakorn", "MEMBER_OF", "Cambodian forces"),
          ("*", "TARGETS", "Somchai Rattanakorn")),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_quoted_first_person_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), MUST_NOT)
def test_quoted_first_person_not_read(nlp: Language, text: str,
                                      forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
