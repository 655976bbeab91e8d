"""Violence and threats told by a shape around the act:

- a threat to send or use force "into" or "against" another ("X threatened to send troops
  into Y", "to use force against Y"): X THREATENS Y, never the forces X would send;
- a blame laid on the doer with the act as a gerund ("X was blamed for shooting down a Y
  helicopter", "for killing Z"): X TARGETS Y (the owner of the thing struck), X KILLED Z;
- homes, huts or shops burned, torched or looted in a town or village: the doer TARGETS
  the town (never the region or state it lies in, nor a rebuilding);
- a vow of retaliation after another's attack ("X vowed retaliation after Y drones hit
  Z"): X THREATENS Y;
- an attack renamed by an apposition ("X claimed its first attack on Y soil, an ambush on
  a Z patrol"): the ambush is X's, and X TARGETS Z; not when the attack is only to come;
- "would answer for" a killing as "would pay for" it: a threat.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T, TH = "KILLED", "TARGETS", "THREATENS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a threat to send force into another
    ("threatened-send-into",
     "President Karl Brenner threatened on Monday to send troops into Moldova over the "
     "arrests.",
     [("Karl Brenner", TH, "Moldova")]),
    ("threatened-deploy-into-state",
     "Ghana threatened to deploy its army into Togo if the border stayed closed.",
     [("Ghana", TH, "Togo")]),
    ("threatened-use-force-against",
     "Ghana threatened to use force against the Kora Liberation Front.",
     [("Ghana", TH, "Kora Liberation Front")]),
    # --- blamed for the act
    ("blamed-for-shooting-down",
     "In May the Tarvo Front was blamed for shooting down a Peruvian army helicopter near "
     "Iquitos, killing six soldiers.",
     [("Tarvo Front", T, "Peruvian forces")]),
    ("blamed-for-killing",
     "The Tarvo Front was blamed for killing Rosa Quispe Mamani, a union leader, in "
     "Iquitos.",
     [("Tarvo Front", K, "Rosa Quispe Mamani")]),
    # --- homes burned in a village
    ("burned-homes-in-village",
     "Witnesses said fighters of the Kordofan Shield Brigade, an armed group that fights "
     "alongside the army, killed nine civilians and burned homes in the village of Um "
     "Badr, in West Kordofan, on 3 May.",
     [("Kordofan Shield Brigade", T, "Um Badr")]),
    ("looted-shops-in-towns",
     "The Kordofan Shield Brigade looted shops in Um Badr and Kadugli on Sunday.",
     [("Kordofan Shield Brigade", T, "Um Badr"), ("Kordofan Shield Brigade", T, "Kadugli")]),
    # --- retaliation vowed after another's attack
    ("vowed-retaliation-after-drones",
     "Chad's army vowed retaliation on Monday after Tibesti Front drones hit a power plant "
     "in Faya.",
     [("Chadian forces", TH, "Tibesti Front")]),
    ("vows-revenge-after-kill",
     "Chad vows revenge after Tibesti Front fighters kill 12 soldiers.",
     [("Chad", TH, "Tibesti Front")]),
    # --- an attack renamed by an apposition
    ("claimed-attack-appos-ambush",
     "In March, the Tarvo Front claimed its first attack on Bolivian soil, an ambush on a "
     "Bolivian Army patrol in Pando.",
     [("Tarvo Front", T, "Bolivian Army")]),
    ("claimed-attack-appos-raid",
     "The Sanaag Brigade claimed the attack, a raid on a Puntland Dervish Force camp near "
     "Erigavo.",
     [("Sanaag Brigade", T, "Puntland Dervish Force")]),
    # --- would answer for
    ("would-answer-for",
     "The Kavali Zonal Committee vowed that the Tarvo Front would answer for the killings.",
     [("Kavali Zonal Committee", TH, "Tarvo Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # the forces a threat would send are not threatened
    ("threatened-send-own-troops",
     "President Karl Brenner threatened on Monday to send German troops into Moldova over "
     "the arrests.",
     [("Karl Brenner", TH, "German forces")]),
    ("promised-send-into",
     "President Karl Brenner promised on Monday to send troops into Moldova after the "
     "floods.",
     [("Karl Brenner", TH, "*")]),
    # a blame for a failing, or denied
    ("blamed-for-failing",
     "The Tarvo Front was blamed for failing to protect Rosa Quispe Mamani, a union leader, "
     "in Iquitos.",
     [("Tarvo Front", K, "*"), ("Tarvo Front", T, "*")]),
    ("not-blamed-for-killing",
     "The Tarvo Front was not blamed for killing Rosa Quispe Mamani, a union leader, in "
     "Iquitos.",
     [("Tarvo Front", K, "*")]),
    # homes rebuilt, or burned in a state
    ("rebuilt-homes",
     "Fighters of the Kordofan Shield Brigade rebuilt homes in the village of Um Badr, in "
     "West Kordofan, on 3 May.",
     [("Kordofan Shield Brigade", T, "*")]),
    ("burned-homes-in-state",
     "The Kordofan Shield Brigade burned homes in Sudan.",
     [("Kordofan Shield Brigade", T, "Sudan")]),
    # retaliation ruled out
    ("ruled-out-retaliation",
     "Chad's army ruled out retaliation on Monday after Tibesti Front drones hit a power "
     "plant in Faya.",
     [("Chadian forces", TH, "*")]),
    # an attack renamed that is only to come, or denied, or another's
    ("would-launch-attack-appos",
     "The Tarvo Front said it would launch its first attack on Bolivian soil, an ambush on "
     "a Bolivian Army patrol, within weeks.",
     [("Tarvo Front", T, "Bolivian Army")]),
    ("did-not-claim-attack-appos",
     "The Tarvo Front did not claim its first attack on Bolivian soil, an ambush on a "
     "Bolivian Army patrol in Pando.",
     [("Tarvo Front", T, "Bolivian Army")]),
    ("condemned-attack-appos",
     "The Tarvo Front condemned the attack, an ambush on a Bolivian Army patrol in Pando.",
     [("Tarvo Front", T, "*")]),
    # answering to a court is no threat
    ("answer-for-conduct",
     "The Kavali Zonal Committee said that the Tarvo Front would answer for its conduct to "
     "the court.",
     [("Kavali Zonal Committee", TH, "*")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_violence_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                  read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
