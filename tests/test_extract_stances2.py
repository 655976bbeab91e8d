"""Stances and diplomacy told across sentences or through a noun: who condemned an attack
told before, who sanctioned, met or made peace with whom. Own sentences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # "condemned the strike": the doer the strike was told with before
    ("condemned-the-strike-of-a-demonym", "A Russian missile strike hit a market in Kharkiv on "
     "Monday. Poland condemned the strike.", [("Poland", "CRITICIZES", "Russia")]),
    ("condemned-the-attack-carried-out-by", "Gunmen stormed the village of Tunga at dawn. The "
     "raid was carried out by Boko Haram, the police said. Governor Babagana Zulum condemned "
     "the attack.", [("Babagana Zulum", "CRITICIZES", "Boko Haram")]),
    ("condemned-the-claimed-attack-not-the-reply", "Gunmen attacked an army post near Gao. The "
     "Islamic State Sahel Province claimed the attack on Tuesday. The French army later struck "
     "the fighters near Menaka. The African Union condemned the attack.",
     [("African Union", "CRITICIZES", "Islamic State Sahel Province")]),
    ("condemned-the-attack-told-last", "Al-Shabaab claimed the raid on the base. In the "
     "north, fighters of the Lord's Resistance Army attacked a bus near Gulu. President "
     "Yoweri Museveni condemned the attack.",
     [("Yoweri Museveni", "CRITICIZES", "Lord's Resistance Army")]),
    # sanctions: a listing as terrorists, a decision by X to impose them
    ("listed-as-terrorist", "Australia and New Zealand list the Lord's Resistance Army as a "
     "terrorist group.", [("Australia", "SANCTIONS", "Lord's Resistance Army"),
                          ("New Zealand", "SANCTIONS", "Lord's Resistance Army")]),
    ("decision-by-to-impose", "The minister welcomed the decision by the African Union on "
     "Friday to impose sanctions on Guinea.", [("African Union", "SANCTIONS", "Guinea")]),
    # a peace deal is a truce; a truce that collapsed is the clause's doer's
    ("signed-a-peace-agreement-with", "The Karen National Union signed a peace agreement "
     "with Myanmar in 2015.", [("Karen National Union", "CEASEFIRE_WITH", "Myanmar")]),
    ("peace-deal-between-signed", "A peace deal between Armenia and Azerbaijan was signed "
     "in Washington.", [("Armenia", "CEASEFIRE_WITH", "Azerbaijan")]),
    ("since-a-truce-with-collapsed", "Al-Shabaab has stepped up attacks on Somali troops "
     "since a truce with Somalia collapsed in March.",
     [("al-Shabaab", "CEASEFIRE_WITH", "Somalia")]),
    ("its-after-the-described-group", "Fighters of al-Shabaab stormed a base near Kismayo. "
     "The outlawed group claimed the raid on Sunday. Its fighters have stepped up attacks "
     "since a truce with Somalia collapsed in March.",
     [("al-Shabaab", "CEASEFIRE_WITH", "Somalia")]),
    # "the decision", "the move": the act of the sentence before
    ("rejected-the-decision", "The Independent Electoral Commission revoked the "
     "registration of the Democratic Party in May. The Democratic Party rejected the "
     "decision.", [("Democratic Party", "OPPOSES", "Independent Electoral Commission")]),
    ("condemned-the-move", "In March the Ugandan parliament banned the Democratic Party. "
     "Amnesty International condemned the move.",
     [("Amnesty International", "CRITICIZES", "Ugandan parliament")]),
    # cooperation agreed; those sent to talk speak for who sent them
    ("agreed-to-joint-patrols", "Chad and Sudan agreed on Monday to set up joint patrols "
     "along their border.", [("Chad", "COOPERATES_WITH", "Sudan")]),
    ("agreed-with-to-joint", "Chad agreed with Sudan to set up joint patrols along the "
     "border.", [("Chad", "COOPERATES_WITH", "Sudan")]),
    ("a-named-delegation-met", "A Hamas delegation met Qatar's prime minister, Mohammed Al "
     "Thani, in Doha on Monday.", [("Hamas", "MEETS_WITH", "Mohammed Al Thani")]),
    ("a-delegation-from-met", "A delegation from the Arakan Army met Chinese envoy Deng "
     "Xijun in Kunming.", [("Arakan Army", "MEETS_WITH", "Deng Xijun")]),
    # an apposition the parser hung on a noun before the name
    ("militia-that-fights-alongside", "The governor has enlisted thousands of young men in "
     "the Civilian Joint Task Force (CJTF), a militia that fights alongside the Nigerian "
     "army and guards villages.",
     [("Civilian Joint Task Force", "ALLIED_WITH", "Nigerian forces")]),
    ("praised-for-helping-do", "The general praised Guinea for helping Sierra Leonean "
     "troops find the Revolutionary United Front.",
     [("Guinea", "COOPERATES_WITH", "Sierra Leonean forces")]),
    ("negotiators-from-held-talks", "Negotiators from the ELN held talks with Colombia in "
     "Havana.", [("National Liberation Army", "MEETS_WITH", "Colombia")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("condemned-a-threatened-strike", "Russia threatened a strike on the bridge. Poland "
     "condemned the strike.", [("Poland", "CRITICIZES", "*")]),
    ("did-not-condemn-the-strike", "A Russian missile strike hit a market in Kharkiv on "
     "Monday. Poland did not condemn the strike.", [("Poland", "CRITICIZES", "*")]),
    ("condemned-an-attack-with-no-doer", "Gunmen stormed the village of Tunga at dawn. "
     "Governor Babagana Zulum condemned the attack.", [("Babagana Zulum", "CRITICIZES", "*")]),
    ("listed-among-threats", "Australia and New Zealand list the Lord's Resistance Army "
     "among the threats to the region.", [("*", "SANCTIONS", "*")]),
    ("calls-by-to-impose", "The minister criticised calls by the African Union to impose "
     "sanctions on Guinea.", [("*", "SANCTIONS", "*")]),
    ("rejected-a-peace-agreement", "The Karen National Union rejected a peace agreement with "
     "Myanmar in 2015.", [("*", "CEASEFIRE_WITH", "*")]),
    ("talks-on-a-peace-deal", "Talks on a peace deal between Armenia and Azerbaijan resumed "
     "in Washington.", [("*", "CEASEFIRE_WITH", "*")]),
    ("refused-joint-patrols", "Chad and Sudan refused on Monday to set up joint patrols "
     "along their border.", [("*", "COOPERATES_WITH", "*")]),
    ("agreed-alone-to-joint-patrols", "Chad agreed to set up joint patrols along the border, "
     "angering Sudan.", [("*", "COOPERATES_WITH", "*")]),
    ("helped-to-find-is-not-cooperating-with-the-found", "The general praised Guinea for "
     "helping Sierra Leonean troops find the Revolutionary United Front.",
     [("Guinea", "COOPERATES_WITH", "Revolutionary United Front")]),
    ("blamed-for-letting", "Sierra Leone blamed Guinea for letting the Sierra Leonean army "
     "cross the border.", [("*", "COOPERATES_WITH", "*")]),
    ("a-delegation-did-not-meet", "A Hamas delegation did not meet Mohammed Al Thani in Doha "
     "on Monday.", [("*", "MEETS_WITH", "*")]),
    ("condemned-a-move-only-announced", "The Ugandan parliament said it would ban the "
     "Democratic Party. Amnesty International condemned the move.",
     [("Amnesty International", "CRITICIZES", "*")]),
    ("until-a-truce-is-signed", "Al-Shabaab said it would keep fighting until a truce with "
     "Somalia is signed.", [("*", "CEASEFIRE_WITH", "*")]),
]



def _checked(check: Callable[[Language, str, list[Triple]], None],
             table: list[tuple[str, str, list[Triple]]]) -> list[Any]:
    return [pytest.param(check, text, found, id=case_id) for case_id, text, found in table]


@pytest.mark.parametrize(("check", "text", "triples"),
                         _checked(assert_found, POSITIVE) + _checked(assert_absent, NEGATIVE))
def test_reading(nlp: Language, check: Callable[[Language, str, list[Triple]], None],
                 text: str, triples: list[Triple]) -> None:
    """Each positive case gives its triples; no negative case gives its forbidden ones."""
    check(nlp, text, triples)
