"""Precision of general readings, fourth round: "which" never stands for a person, and
after "the largest militia in Y" it stands for the militia, not Y (resolve.actor_of); an
act asked of a passive's subject ("X and Y are urged to support Z") is not done
(filters.asked_of_another); a participle joined to a passive verb is passive too ("X was
captured and handed over to Z": X handed nobody over; rules._verbs); a party to a deal
rejected, or an actor inside what a rejected remark says, is not opposed
(engine.not_criticised); a body's own mission or forces in a place do not put the body
there, nor does one's critic there (links._where_done); a verb joined to one under "would"
shares it (filters.demand_to_come); ", with Y acting as mediator" names no side of the
talks (events._with_objects); "fought X together with Y" fights beside Y
(engine._named_ally); "Brazil's X, the prison gang ..." is no unit of Brazil
(rules._outside_noun). Own sentences; each must-not has a must beside it that keeps the
reading's output."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # "whom" after a person's name is that person
    ("whom-person", "Tension rose after the murder of a Movimiento Verde commander, Tomas "
     "Reyna, whom the Movimiento Verde blamed for the defeat.",
     [("Movimiento Verde", "CRITICIZES", "Tomas Reyna")]),
    # acting together, said of the doers themselves
    ("joint-act-done", "The Sahel Union and the Gulf Council supported talks between Niger "
     "and Benin.", [("Sahel Union", "COOPERATES_WITH", "Gulf Council")]),
    # an active hand-over: the one who hands over works with the receiver
    ("handed-over-active", "The rebel leader Omar Dalo captured two soldiers, handed them "
     "over to Niger and fled.", [("Omar Dalo", "COOPERATES_WITH", "Niger")]),
    # rejecting a group itself is opposing it
    ("rejected-group", "The Lake Front, a splinter unit that rejected the Kivu Patriots, has "
     "grown since 2021.", [("Lake Front", "OPPOSES", "Kivu Patriots")]),
    # the teller of a rejected remark is opposed
    ("rejected-remark-teller", "The Kenyan president rejected remarks by Ugandan officials "
     "suggesting Tanzanian troops could cross the border.", [("Kenya", "OPPOSES", "Uganda")]),
    # "which" after a place stands for the place when the noun before names no body
    ("which-place", "The talks followed a wave of attacks in Chad, which has worked with "
     "France since 2015.", [("Chad", "COOPERATES_WITH", "France")]),
    # ... and for the body the noun before names
    ("which-body-before-place", "Smugglers buy their fuel from the Kufra Brigade, the "
     "largest militia in Chad, which has worked with the Tebu Front since 2015.",
     [("Kufra Brigade", "COOPERATES_WITH", "Tebu Front")]),
    # a request made now, after another act
    ("asked-joined", "Ruto, a former minister, sent more troops to the region and asked the "
     "Kenyan Parliament to widen the powers of the army.",
     [("Ruto", "DEMANDS", "Kenyan Parliament")]),
    # talks with another
    ("talks-with", "Ghana has held talks with Nigeria since 2019.",
     [("Ghana", "MEETS_WITH", "Nigeria")]),
    # clashing with another is fighting it
    ("clashed-with", "Kenyan troops, who have fought the Garissa Front in Lamu since 2021, "
     "clashed with the Somali army near Kolbio on Saturday.",
     [("Kenyan forces", "TARGETS", "Somali forces")]),
    # a state's named unit is part of it
    ("state-unit", "Police say the traffickers buy rifles from Brazil's Special Border "
     "Brigade, the army unit that guards the river.",
     [("Special Border Brigade", "PART_OF", "Brazil")]),
    # an armed group's own fighters somewhere are the group there
    ("group-fighters-in", "The Ogaden Liberation Front said its fighters in Kismayo had "
     "repelled the raid.", [("Ogaden Liberation Front", "LOCATED_IN", "Kismayo")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_precision_keeps(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # "which" hung on a person's name stands for the murder, not the person
    ("which-not-person", "Tension rose after the murder of a Movimiento Verde commander, "
     "Tomas Reyna, which the Movimiento Verde blamed on the Sierra Brigade.",
     [("Movimiento Verde", "CRITICIZES", "Tomas Reyna")]),
    # the place a body is in is not the body a clause after them speaks of
    ("which-not-place", "Smugglers buy their fuel from the Kufra Brigade, the largest "
     "militia in Chad, which has worked with the Tebu Front since 2015.",
     [("Chad", "COOPERATES_WITH", "Tebu Front")]),
    # a request still to come: "would" is shared by the joined verb
    ("would-ask-joined", "Ruto, a former minister, said he would send more troops to the "
     "region and ask the Kenyan Parliament to widen the powers of the army.",
     [("Ruto", "DEMANDS", "Kenyan Parliament")]),
    # ", with Y acting as mediator": Y helps the talks, it is not the other side
    ("with-acting-as", "Ghana and Togo have held talks since 2019, with Nigeria, which "
     "borders both, acting as mediator.",
     [("Ghana", "MEETS_WITH", "Nigeria"), ("Togo", "MEETS_WITH", "Nigeria")]),
    # "fought Y together with Z": Z fought beside, not against
    ("together-with", "Kenyan troops, who have fought the Garissa Front in Lamu together "
     "with the Somali army since 2021, shelled its positions near Kolbio on Saturday.",
     [("Kenyan forces", "TARGETS", "Somali forces")]),
    # a gang set beside a state's possessive is no part of the state
    ("state-gang", "Police say the traffickers buy rifles through networks linked to "
     "Brazil's Terceiro Comando Norte, the prison gang whose influence has spread along the "
     "border.", [("Terceiro Comando Norte", "PART_OF", "Brazil")]),
    # asked to act, not acting
    ("urged-passive", "The Sahel Union and the Gulf Council are urged to support talks "
     "between Niger and Benin.", [("Sahel Union", "COOPERATES_WITH", "Gulf Council")]),
    # the one handed over hands over nobody
    ("handed-over-passive", "The Sierra Front is led by Omar Dalo, who was captured by "
     "Malian troops in 2019 and handed over to Niger.",
     [("Omar Dalo", "COOPERATES_WITH", "Niger")]),
    # a party to a rejected deal is not opposed
    ("rejected-deal-with", "The Lake Front, a splinter unit that rejected the 2019 peace "
     "agreement with the Kivu Patriots, has grown since 2021.",
     [("Lake Front", "OPPOSES", "Kivu Patriots")]),
    # those a rejected remark speaks of are not opposed
    ("rejected-remark-content", "The Kenyan president rejected remarks by Ugandan officials "
     "suggesting Tanzanian troops could cross the border.",
     [("Kenya", "OPPOSES", "Tanzanian forces"), ("Kenya", "OPPOSES", "Tanzania")]),
    # a ministry's troops, a union's mission: the body sent is there, not its owner
    ("ministry-troops-in", "The Defence Ministry said its troops in Kismayo had repelled the "
     "raid.", [("Defence Ministry", "LOCATED_IN", "Kismayo")]),
    ("union-mission-in", "The African Union's observer mission in Bamako has about 200 "
     "staff.", [("African Union", "LOCATED_IN", "Bamako")]),
    # one's critic somewhere is there, not the one criticised
    ("critic-in", "Marta Silva was for years the Ogaden Liberation Front's harshest critic "
     "in Djibouti.", [("Ogaden Liberation Front", "LOCATED_IN", "Djibouti")]),
]


@pytest.mark.parametrize(("text", "absent"), cases(NEGATIVE))
def test_precision_rejects(nlp: Language, text: str, absent: list[Triple]) -> None:
    assert_absent(nlp, text, absent)
