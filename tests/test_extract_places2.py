"""Where a body or person is, and ground held, named with the place in one sentence:
"Mount X, the main base of Y", "the prison at X, where Y is serving a sentence", "Y,
which operates in X", "the Z market on the outskirts of X", "areas under Y's control,
including X". Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("appos-main-base-of", "Jets struck Mount Kerel, the main base of the Tarai Front, "
     "overnight.",
     [("Tarai Front", "LOCATED_IN", "Mount Kerel")]),
    ("appos-owners-headquarters", "Jets struck Mount Kerel, the Tarai Front's headquarters, "
     "overnight.",
     [("Tarai Front", "LOCATED_IN", "Mount Kerel")]),
    ("where-serving-a-sentence", "The prison at Orlu, where Tomas Brandt is serving a life "
     "sentence, was locked down.",
     [("Tomas Brandt", "LOCATED_IN", "Orlu")]),
    ("where-serving-named-after-kin", "Tomas Brandt was held at the prison in Merkovo, where "
     "his brother Ivan Brandt is also serving a sentence.",
     [("Ivan Brandt", "LOCATED_IN", "Merkovo")]),
    ("which-operates-in-province", "The Tarai Front, which operates in eastern Mahavira "
     "province, denied the attack.",
     [("Tarai Front", "LOCATED_IN", "Mahavira")]),
    ("has-long-operated-in", "The Tarai Front has long operated in northern Borgu, officials "
     "say.",
     [("Tarai Front", "LOCATED_IN", "Borgu")]),
    ("which-after-a-short-form", "Weapons could reach armed groups active in the Sahel, "
     "including the Liptako Brigade (LB), which operates in eastern Mahavira province.",
     [("Liptako Brigade", "LOCATED_IN", "Mahavira")]),
    ("based-across-the-border-in", "The Tarai Front is based across the border in Kesh "
     "province.",
     [("Tarai Front", "LOCATED_IN", "Kesh")]),
    ("place-is-owners-main-base", "Karsala, the capital of Kesh province, is the Tarai "
     "Front's main base and the seat of its council.",
     [("Tarai Front", "LOCATED_IN", "Karsala")]),
    ("place-is-a-stronghold-of", "Karsala is a stronghold of the Tarai Front.",
     [("Tarai Front", "CONTROLS", "Karsala")]),
    ("whose-stronghold-is", "The Liptako Brigade, whose stronghold is the town of Karsala, "
     "denied the attack.",
     [("Liptako Brigade", "CONTROLS", "Karsala")]),
    ("owners-main-base-is", "The Liptako Brigade's main base is Karsala, officials say.",
     [("Liptako Brigade", "LOCATED_IN", "Karsala")]),
    ("whose-headquarters-are-in", "The Liptako Brigade, whose headquarters are in Karsala, "
     "denied the attack.",
     [("Liptako Brigade", "LOCATED_IN", "Karsala")]),
    ("has-a-presence-in", "The Liptako Brigade has a presence in Karsala.",
     [("Liptako Brigade", "LOCATED_IN", "Karsala")]),
    ("who-comes-from", "Dana Hale, who comes from Tanvoro, joined the Liptako Brigade in 2010.",
     [("Dana Hale", "LOCATED_IN", "Tanvoro")]),
    ("hails-from", "Dana Hale hails from Tanvoro.",
     [("Dana Hale", "LOCATED_IN", "Tanvoro")]),
    ("overrun-by", "Karsala was overrun by the Liptako Brigade.",
     [("Liptako Brigade", "CONTROLS", "Karsala")]),
    # a compass adjective makes the name after it a region
    ("posts-across-northern-region", "Turkish troops hold dozens of posts across the "
     "mountains of northern Kandor.",
     [("Turkish forces", "LOCATED_IN", "Kandor")]),
    # "the Y State city of X": the town after the noun is in the region before it
    ("region-city-of-town", "Fighters seized the Kandor State city of Tanvoro on Sunday.",
     [("Tanvoro", "LOCATED_IN", "Kandor State")]),
    ("district-of-region", "Gunmen raided Tanvoro, a village in the Kesh district of "
     "Mahavira, on Sunday.",
     [("Tanvoro", "LOCATED_IN", "Kesh"), ("Kesh", "LOCATED_IN", "Mahavira")]),
    ("market-on-the-outskirts", "Gunmen attacked the Dalu market on the outskirts of Tamsi on "
     "Friday.",
     [("Dalu market", "LOCATED_IN", "Tamsi")]),
    ("under-its-control-including", "Aid workers remain detained by the Tarai Front in areas "
     "under its control, including the capital, Karsala.",
     [("Tarai Front", "CONTROLS", "Karsala")]),
    ("under-the-control-of-including", "Civilians fled areas under the control of the Kaya "
     "Defence Forces, including the town of Tanvoro.",
     [("Kaya Defence Forces", "CONTROLS", "Tanvoro")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a base the body no longer holds
    ("former-base", "Jets struck Mount Kerel, the former base of the Tarai Front, overnight.",
     [("Tarai Front", "LOCATED_IN", "*")]),
    # what was done there places nobody
    ("where-killed", "The town of Merkovo, where Tomas Brandt was killed, was quiet.",
     [("Tomas Brandt", "LOCATED_IN", "*")]),
    ("where-attacked", "The town of Merkovo, where the Tarai Front attacked a convoy, was "
     "quiet.",
     [("Tarai Front", "LOCATED_IN", "*")]),
    # an operation on something is no seat
    ("operates-something-in", "The Orlu Mining Company operates two gold mines in eastern "
     "Mahavira province.",
     [("Orlu Mining Company", "LOCATED_IN", "Mahavira")]),
    ("place-was-once-the-base", "Karsala was once the main base of the Tarai Front.",
     [("Tarai Front", "*", "Karsala")]),
    ("direction-from-a-town", "Gunmen attacked the Dalu market, 40 kilometres east of Tamsi, "
     "on Friday.",
     [("Dalu market", "LOCATED_IN", "Tamsi")]),
    ("denied-areas-under-control", "The Kaya Defence Forces denied that any areas remain "
     "under their control, including Tanvoro.",
     [("Kaya Defence Forces", "CONTROLS", "Tanvoro")]),
    ("captured-a-stronghold-of", "The Kaya Defence Forces captured Karsala, the last "
     "stronghold of the Tarai Front, in June.",
     [("Tarai Front", "*", "Karsala")]),
    ("overran-the-main-base-of", "The Kaya Defence Forces overran Mount Kerel, the main base "
     "of the Tarai Front, on Sunday.",
     [("Tarai Front", "*", "Mount Kerel")]),
    ("whose-former-stronghold", "The Liptako Brigade, whose former stronghold is the town "
     "of Karsala, denied the attack.",
     [("Liptako Brigade", "CONTROLS", "*")]),
    ("headquarters-once-in", "The Liptako Brigade, whose headquarters was once in Karsala, "
     "denied the attack.",
     [("Liptako Brigade", "LOCATED_IN", "*")]),
    ("no-presence-in", "The Liptako Brigade has no presence in Karsala.",
     [("Liptako Brigade", "LOCATED_IN", "*")]),
    ("said-it-had-no-presence-in", "The Kachari National Army said it had no presence in "
     "Dimaram.",
     [("Kachari National Army", "LOCATED_IN", "*")]),
    ("hopes-for-a-presence-in", "The Liptako Brigade hopes to establish a presence in "
     "Karsala.",
     [("Liptako Brigade", "LOCATED_IN", "*")]),
    ("came-from-a-journey", "Dana Hale came from Tanvoro to join the talks.",
     [("Dana Hale", "LOCATED_IN", "*")]),
    # goods come from places too
    ("goods-come-from", "Rice comes from Tanvoro, traders say.",
     [("*", "LOCATED_IN", "Tanvoro")]),
    ("overrun-by-a-feeling", "Dana Hale was overrun by grief in Tanvoro.",
     [("*", "CONTROLS", "*")]),
    ("region-city-of-town-not-reversed", "Fighters seized the Kandor State city of Tanvoro "
     "on Sunday.",
     [("Kandor State", "LOCATED_IN", "Tanvoro")]),
    ("district-of-region-not-reversed", "Gunmen raided Tanvoro, a village in the Kesh "
     "district of Mahavira, on Sunday.",
     [("Mahavira", "LOCATED_IN", "Kesh")]),
    # a journey across a border is no seat
    ("travelled-across-the-border", "Dana Hale travelled across the border to Kesh province.",
     [("Dana Hale", "LOCATED_IN", "*")]),
    # an event at the edge of a town places none of its actors
    ("clash-on-the-outskirts", "Fighters of the Tarai Front attacked soldiers on the "
     "outskirts of Tamsi.",
     [("Tarai Front", "LOCATED_IN", "*"), ("*", "CONTROLS", "*")]),
    # an aim, and ground no longer held, are no control
    ("hope-to-bring-under-control", "The Kaya Defence Forces hope to bring more areas under "
     "their control, including Tanvoro.",
     [("Kaya Defence Forces", "CONTROLS", "Tanvoro")]),
    ("no-areas-under-control", "The army said no areas remain under the control of the Kaya "
     "Defence Forces, including Tanvoro.",
     [("Kaya Defence Forces", "CONTROLS", "Tanvoro")]),
    # attacking, fleeing to or a failed capture is not holding
    ("attacked-towns-including", "The Kaya Defence Forces attacked several towns, including "
     "Tanvoro, in the offensive.",
     [("*", "CONTROLS", "*")]),
    ("fled-from-towns-including", "Civilians fled from several towns, including Tanvoro, to "
     "the capital.",
     [("*", "CONTROLS", "*")]),
    ("tried-to-seize-towns-including", "The Kaya Defence Forces tried to seize several towns, "
     "including Tanvoro, in the offensive.",
     [("*", "CONTROLS", "*")]),
    # a list of places is no containment, nor is a place in itself
    ("list-of-towns-including", "Aid workers remain detained by the Tarai Front in areas "
     "under its control, including Karsala and Tanvoro.",
     [("Karsala", "LOCATED_IN", "Tanvoro"), ("Tanvoro", "LOCATED_IN", "Karsala"),
      ("Karsala", "LOCATED_IN", "Karsala")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_where_a_body_is_and_what_it_holds(nlp: Language, text: str,
                                           expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_seat_or_holding_read_from_an_act(nlp: Language, text: str,
                                            forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
