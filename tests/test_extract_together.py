"""Working together: forces that join another in a fight or on patrols, work with it,
deepen their cooperation with it, fight beside it, are its allies, or act under its
patronage.

"X joined Y in the offensive", "X's men joined police on patrols" is acting side by side
(COOPERATES_WITH), not joining Y as a member; "the army" or "police" with no owner are the
article's state's. Every row is a sentence written for this table, with invented groups in
several regions, once short and once inside a long wire sentence. The must-nots hold the
same words negated or denied, on terms ("would only work with X if"), refused, planned,
ended ("a former ally of", "suspended its cooperation with"), reported as an accusation,
a membership ("joined X in 2019") or a place ("joined the protest in Y").
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases


def coop(a: str, b: str) -> Triple:
    return (a, "COOPERATES_WITH", b)


def allied(a: str, b: str) -> Triple:
    return (a, "ALLIED_WITH", b)


def backs(a: str, b: str) -> Triple:
    return (a, "BACKS", b)


def never(case_id: str, text: str, *forbidden: Triple) -> Any:
    """A must-not case: a sentence and what it must not assert ("*" matches anything)."""
    return pytest.param(text, list(forbidden), id=case_id)


MOGADISHU = "MOGADISHU, Somalia (AP) - "
KAMPALA = "KAMPALA, Uganda (Reuters) - "
MANILA = "MANILA, Philippines (AFP) - "

READ: list[tuple[str, str, list[Triple]]] = [
    # "X joined Y in the offensive / on patrols": side by side, not a member
    (
        "y5-joined-troops-in-offensive",
        "Fighters of the Gedo Brigade joined Somali troops in the offensive against "
        "al-Shabaab.",
        [coop("Gedo Brigade", "Somali forces")],
    ),
    (
        "y5-joined-government-troops-long",
        MOGADISHU + "Fighters of the Gedo Brigade joined government troops in the offensive "
        "against al-Shabaab near Kismayo on Sunday, a local official said.",
        [coop("Gedo Brigade", "Somali forces")],
    ),
    (
        "y5-its-fighters-joined-army-units",
        MOGADISHU + "The Gedo Brigade said its fighters had joined army units in the "
        "counter-attack.",
        [coop("Gedo Brigade", "Somali forces")],
    ),
    (
        "y5-joined-police-on-patrols",
        KAMPALA + "Soldiers of the Rwenzori Front joined police on joint patrols in Kasese "
        "on Tuesday, the regional commander said.",
        [coop("Rwenzori Front", "Ugandan police")],
    ),
    (
        "y5-joined-group-in-fight",
        "The Tierra Caliente Cartel joined the Balsas Cartel in the fight against the Sierra "
        "Madre Cartel, police said.",
        [coop("Tierra Caliente Cartel", "Balsas Cartel")],
    ),
    (
        "y5-joined-marines-in-assault-long",
        MANILA + "Fighters of the Lanao Liberation Brigade joined Philippine marines in the "
        "assault on the last rebel camp near Marawi on Friday, according to a military "
        "spokesman.",
        [coop("Lanao Liberation Brigade", "Philippine forces")],
    ),
    (
        "y5-joined-army-for-push",
        "Militiamen of the Tana Delta Guard joined the Kenyan army for the push on Kipini.",
        [coop("Tana Delta Guard", "Kenyan forces")],
    ),
    # "X conducted joint patrols (a joint offensive) with Y", "X and Y carried out a joint
    # raid"
    (
        "y5-conducted-joint-patrols-with",
        "The Nigerien army conducted joint patrols with Chadian troops along Lake Chad.",
        [coop("Nigerien forces", "Chadian forces")],
    ),
    (
        "y5-carried-out-joint-operation-long",
        MOGADISHU + "The Gedo Brigade carried out a joint operation with government troops "
        "near Kismayo on Sunday, killing at least six al-Shabaab fighters, according to a "
        "regional official.",
        [coop("Gedo Brigade", "Somali forces")],
    ),
    (
        "y5-launched-joint-offensive-with-on-verb",
        "The Kayin Peace Army launched a joint offensive on Monday with the Karenni Defence "
        "Force.",
        [coop("Kayin Peace Army", "Karenni Defence Force")],
    ),
    (
        "y5-pair-carried-out-joint-raid",
        "The Gedo Brigade and Kenyan troops carried out a joint raid near Kismayo.",
        [coop("Gedo Brigade", "Kenyan forces")],
    ),
    # "X coordinated (partnered) with Y"
    (
        "y5-coordinated-with",
        "The Gedo Brigade coordinated with Somali troops near Kismayo.",
        [coop("Gedo Brigade", "Somali forces")],
    ),
    (
        "y5-partnered-with-long",
        "The Jubaland Defence Force, which has partnered with the Gedo Brigade since 2020, "
        "took the airstrip at Bardera on Thursday, residents said.",
        [coop("Jubaland Defence Force", "Gedo Brigade")],
    ),
    # "X works (will work, continues working) with Y"
    (
        "y5-will-work-with",
        "The Rwenzori Front will work with the Kasese Brigade.",
        [coop("Rwenzori Front", "Kasese Brigade")],
    ),
    (
        "y5-continues-working-with-long",
        KAMPALA + "The Rwenzori Front continues working with the police and the army in "
        "the Rwenzori mountains, a spokesman for the group said on Tuesday.",
        [coop("Rwenzori Front", "Ugandan police"), coop("Rwenzori Front", "Ugandan forces")],
    ),
    # "X deepened (expanded) its cooperation with Y"
    (
        "y5-deepened-cooperation",
        "Kazakhstan has deepened its military cooperation with Mongolia.",
        [coop("Kazakhstan", "Mongolia")],
    ),
    (
        "y5-deepened-cooperation-with-on-verb",
        "Turkmenistan has deepened military cooperation with Azerbaijan.",
        [coop("Turkmenistan", "Azerbaijan")],
    ),
    (
        "y5-expanded-cooperation-long",
        "Peru expanded its security cooperation with Bolivia along their shared border on "
        "Monday, the foreign ministry in Lima said, after a string of attacks by smugglers.",
        [coop("Peru", "Bolivia")],
    ),
    (
        "y5-stepped-up-collaboration",
        "Ghana has stepped up its collaboration with Togo against the smuggling gangs.",
        [coop("Ghana", "Togo")],
    ),
    # "X fought alongside Y"
    (
        "y5-owners-troops-fought-alongside",
        "The Zarqa Brigade's troops fought alongside the Nineveh Front against the Islamic "
        "State.",
        [allied("Zarqa Brigade", "Nineveh Front")],
    ),
    (
        "y5-fought-alongside-long",
        "Fighters of the Zarqa Brigade, a Sunni tribal force raised in 2015, fought "
        "alongside the Nineveh Front in the villages south of Mosul last week, according to "
        "two local officials.",
        [allied("Zarqa Brigade", "Nineveh Front")],
    ),
    (
        "y5-fought-side-by-side",
        "Fighters of the Moro Islamic Front fought side by side with the Sulu Brigade.",
        [allied("Moro Islamic Front", "Sulu Brigade")],
    ),
    (
        "y5-fought-shoulder-to-shoulder-long",
        MANILA + "The Sulu Brigade, a clan militia formed in the 1990s, fought shoulder to "
        "shoulder with the army against the Abu Sayyaf in the hills above Jolo last year, "
        "a provincial official said.",
        [allied("Sulu Brigade", "Philippine forces")],
    ),
    # "X is an ally of Y", "X, which is allied with Y", "X, an ally of Y's"
    (
        "y5-is-ally-of",
        "The Zarqa Brigade is an ally of the Nineveh Front.",
        [allied("Zarqa Brigade", "Nineveh Front")],
    ),
    (
        "y5-is-close-ally-of-long",
        "The Zarqa Brigade, which has held the road to Tal Afar since 2017, is a close ally "
        "of the Nineveh Front, according to local officials.",
        [allied("Zarqa Brigade", "Nineveh Front")],
    ),
    (
        "y5-which-is-allied-with",
        "The Ituri Patriotic Front, which is allied with the Kivu Defence Brigades, shelled "
        "the market in Bunia on Thursday.",
        [allied("Ituri Patriotic Front", "Kivu Defence Brigades")],
    ),
    (
        "y5-ally-of-owners",
        "The Sagaing Defence Army, an ally of the Chin Brotherhood's, took the bridge.",
        [allied("Sagaing Defence Army", "Chin Brotherhood")],
    ),
    # "Y, X's main backer"; "under the patronage (protection) of X"
    (
        "y5-owners-main-backer-long",
        "Rwanda, the Kivu Defence Brigades' main backer, denied on Friday that its troops "
        "had crossed the border, a day after a United Nations report was published.",
        [backs("Rwanda", "Kivu Defence Brigades")],
    ),
    (
        "y5-operated-under-patronage",
        "The Kivu Defence Brigades have operated for years under the patronage of Rwanda.",
        [backs("Rwanda", "Kivu Defence Brigades")],
    ),
    (
        "y5-which-operate-under-protection",
        "The Kivu Defence Brigades, which operate under the protection of Rwanda, attacked "
        "a camp near Bunia.",
        [backs("Rwanda", "Kivu Defence Brigades")],
    ),
    (
        "y5-remains-under-sponsorship",
        "The Ayacucho Front remains under the sponsorship of Salvador Quispe, a wealthy "
        "landowner.",
        [backs("Salvador Quispe", "Ayacucho Front")],
    ),
]

MUST_NOT: list[Any] = [
    # joining: refused, negated, denied, planned, an accusation, a membership, a place
    never(
        "y5-not-refused-to-join",
        "The Ituri Patriotic Front refused to join the Kivu Defence Brigades in the assault "
        "on Bunia.",
        coop("*", "*"), ("*", "MEMBER_OF", "*"),
    ),
    never(
        "y5-not-would-not-join",
        MOGADISHU + "The Gedo Brigade said its fighters would not join army units in the "
        "counter-attack.",
        coop("*", "*"), ("*", "MEMBER_OF", "*"),
    ),
    never(
        "y5-not-denied-joining",
        MOGADISHU + "The Gedo Brigade denied that its fighters had joined army units in the "
        "counter-attack.",
        coop("*", "*"), ("*", "MEMBER_OF", "*"),
    ),
    never(
        "y5-not-plans-to-join",
        "The Tana Delta Guard plans to join the Kenyan army in the offensive on Kipini.",
        coop("*", "*"), ("*", "MEMBER_OF", "*"),
    ),
    never(
        "y5-not-accused-of-joining",
        "The Ituri Patriotic Front was accused of joining the Kivu Defence Brigades in the "
        "assault on Bunia.",
        coop("*", "*"), ("*", "MEMBER_OF", "*"),
    ),
    never(
        "y5-not-joined-as-member-in-year",
        "Fighters of the Gedo Brigade joined al-Shabaab in 2019.",
        coop("*", "*"),
    ),
    never(
        "y5-not-joined-protest-in-town",
        "The Gedo Brigade joined the protest in Kismayo.",
        coop("*", "*"), ("*", "MEMBER_OF", "*"),
    ),
    never(
        "y5-not-joined-march-in-city",
        "Supporters of the Rwenzori Front joined the march in Kampala on Saturday.",
        coop("*", "*"), ("*", "MEMBER_OF", "*"),
    ),
    # working with: on terms, denied
    never(
        "y5-not-work-with-only-if",
        "The Rwenzori Front would only work with the Kasese Brigade if the army withdrew.",
        coop("*", "*"),
    ),
    never(
        "y5-not-will-work-with-if",
        "The Lanao Liberation Brigade will work with the Philippine army if the peace talks "
        "succeed, its chairman said.",
        coop("*", "*"),
    ),
    never(
        "y5-not-denied-working-with",
        "The Tierra Caliente Cartel denied working with the Balsas Cartel.",
        coop("*", "*"),
    ),
    # joint acts: refused, denied, on terms, called off
    never(
        "y5-not-refused-joint-patrols",
        "Ghanaian troops refused to conduct joint patrols with the Togolese army.",
        coop("*", "*"),
    ),
    never(
        "y5-not-denied-joint-patrols",
        "The Gedo Brigade denied conducting joint patrols with Somali troops.",
        coop("*", "*"),
    ),
    never(
        "y5-not-joint-patrols-if",
        "The Gedo Brigade would hold joint patrols with Somali troops if the government "
        "paid its men.",
        coop("*", "*"),
    ),
    never(
        "y5-not-called-off-raid",
        "The Gedo Brigade and Kenyan troops called off a planned raid near Kismayo.",
        coop("*", "*"),
    ),
    never(
        "y5-not-refused-to-coordinate",
        "The Gedo Brigade refused to coordinate with the Jubaland Defence Force.",
        coop("*", "*"),
    ),
    never(
        "y5-not-side-by-side-no-partner",
        "Fighters of the Moro Islamic Front fought side by side in Jolo.",
        allied("*", "*"),
    ),
    # cooperation ended, cut or denied
    never(
        "y5-not-suspended-cooperation",
        "Kazakhstan has suspended its military cooperation with Mongolia.",
        coop("*", "*"),
    ),
    never(
        "y5-not-cut-cooperation-long",
        "Peru cut its security cooperation with Bolivia on Monday after a row over the "
        "border, the foreign ministry in Lima said.",
        coop("*", "*"),
    ),
    never(
        "y5-not-ended-collaboration",
        "Ghana ended its collaboration with Togo on the smuggling cases.",
        coop("*", "*"),
    ),
    never(
        "y5-not-denied-deepening-cooperation",
        "Kazakhstan denied that it had deepened its military cooperation with Mongolia.",
        coop("*", "*"),
    ),
    # allies: a past alliance, a rival
    never(
        "y5-not-former-ally",
        "The Nineveh Front, a former ally of the Zarqa Brigade, shelled the town.",
        allied("*", "*"),
    ),
    never(
        "y5-not-is-former-ally",
        "The Nineveh Front is a former ally of the Zarqa Brigade.",
        allied("*", "*"),
    ),
    never(
        "y5-not-once-an-ally",
        "The Nineveh Front, once an ally of the Zarqa Brigade, shelled the town on Monday.",
        allied("*", "*"),
    ),
    never(
        "y5-not-once-allies",
        "The Nineveh Front and the Zarqa Brigade were once allies.",
        allied("*", "*"),
    ),
    never(
        "y5-not-no-longer-ally",
        "The Sagaing Defence Army is no longer an ally of the Chin Brotherhood.",
        allied("*", "*"),
    ),
    never(
        "y5-not-fought-against",
        "The Zarqa Brigade's troops fought against the Nineveh Front near Mosul.",
        allied("*", "*"), coop("*", "*"),
    ),
    # patronage: other things one is "under"
    never(
        "y5-not-under-the-nose",
        "The Kivu Defence Brigades have operated for years under the nose of Rwanda.",
        backs("*", "*"),
    ),
    never(
        "y5-not-under-pressure",
        "The Kivu Defence Brigades have come under pressure from Rwanda.",
        backs("*", "*"),
    ),
    never(
        "y5-not-former-backer",
        "Rwanda, the Kivu Defence Brigades' former backer, closed the border.",
        backs("*", "*"),
    ),
    # "state-backed": the state may be a province ("the state of Jalisco"): nobody is read
    never(
        "y5-not-state-backed-no-state",
        "The Gedo Brigade, a state-backed militia, ambushed fighters near the river.",
        backs("*", "*"),
    ),
    never(
        "y5-not-state-backed-not-backed",
        MOGADISHU + "The Gedo Brigade, which is not state-backed, ambushed al-Shabaab "
        "fighters near Kismayo.",
        backs("*", "Gedo Brigade"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_together_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "forbidden"), MUST_NOT)
def test_together_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden, both_ways=True)
