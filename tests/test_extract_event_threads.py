"""One violent event told over several sentences: the killing in one, its dead named in
another ("Among the dead was X", "police identified one of the dead as X", "the dead
commander was X"), its doers acted on under their common noun ("troops pursued the
attackers and killed four of them"). The doer is the one the article named for the
event, or credited after it by a claim or a blame (a blame stays the blamer's claim, as
in test_extract_attributed_attacks). Own sentences in wire style, invented groups,
people and towns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- the dead named after the killing, its doer named in the killing
    ("among-the-dead-was", "Gunmen of the Tessalit Liberation Front ambushed an army convoy "
     "near Anefis on Monday, killing five soldiers. Among the dead was Colonel Amadou Kessa, "
     "the commander of the garrison, the army said.",
     [("Tessalit Liberation Front", "KILLED", "Amadou Kessa")]),
    ("among-those-killed", "Fighters of the Red Valley Army attacked a police post in the "
     "town of Marba on Tuesday, killing three officers. Among those killed was Sergeant "
     "Paolo Ruiz, police said.",
     [("Red Valley Army", "KILLED", "Paolo Ruiz")]),
    ("was-among-the-dead", "The Kuvo River Brigade raided the village of Sendo on Friday, "
     "killing eleven people. A local chief, Omar Dalla, was among the dead, residents said.",
     [("Kuvo River Brigade", "KILLED", "Omar Dalla")]),
    ("identified-the-dead-soldier", "Militants of the Northern Crescent Front attacked an "
     "army camp near Tolva on Saturday, killing one soldier and wounding two. A spokesman "
     "identified the dead soldier as Private Tomas Kerr.",
     [("Northern Crescent Front", "KILLED", "Tomas Kerr")]),
    ("identified-one-of-the-dead", "Soldiers of the 45th Infantry Battalion shot dead two "
     "suspected rebels in the hills above Lurano on Sunday. Police identified one of the "
     "dead as Jonas Pell, a former courier for the group.",
     [("45th Infantry Battalion", "KILLED", "Jonas Pell")]),
    ("the-doer-names-its-dead", "Soldiers of the Varen Defence Forces killed three rebels "
     "in a raid on a camp near Ostra on Monday. The Varen Defence Forces identified one of "
     "the dead as Peter Okello, a rebel commander.",
     [("Varen Defence Forces", "KILLED", "Peter Okello")]),
    ("dead-commander-was", "The Varen Defence Forces killed a rebel commander in an air "
     "strike on a camp near Ostra on Tuesday. A ministry spokesman said the dead commander "
     "was Ilya Marsh, who had led the unit since 2021.",
     [("Varen Defence Forces", "KILLED", "Ilya Marsh")]),
    ("named-the-commander-as", "Varen jets killed a commander of the Ostra Liberation "
     "Front in a strike on his car near Belo on Monday. The group named the commander as "
     "Peter Okello and said he had been travelling to a meeting.",
     [("Varen", "KILLED", "Peter Okello")]),
    ("dead-commander-of-two-killings", "The Varen Defence Forces killed the commander of "
     "the Ostra Liberation Front in an air strike on Tuesday, two days after a landmine "
     "planted by the group killed two soldiers. A spokesman said the dead commander was "
     "Peter Okello.",
     [("Varen Defence Forces", "KILLED", "Peter Okello")]),
    ("among-the-victims-two-sentences", "Gunmen from the Black Lagoon gang killed four bus "
     "drivers in the port city of Calveras on Wednesday. The drivers had refused to pay "
     "protection money. Among the victims was Luis Ortega, 44, a father of three.",
     [("Black Lagoon", "KILLED", "Luis Ortega")]),
    ("killing-in-after-clause-retold", "The governor sent troops into the city of Marba "
     "on Wednesday after gunmen of the Red Valley Army killed three police officers in an "
     "ambush. The officers were shot dead late on Tuesday at a checkpoint. Among the dead "
     "was Sergeant Paolo Ruiz.",
     [("Red Valley Army", "KILLED", "Paolo Ruiz")]),
    # --- the doer credited after the killing, the dead named before or after the claim
    ("dead-then-claim", "Gunmen ambushed a police patrol near Kolda on Monday, killing three "
     "officers. Among the dead was Inspector Mamadou Ndao. The Casa Forest Movement later "
     "claimed the attack.",
     [("Casa Forest Movement", "KILLED", "Mamadou Ndao")]),
    ("claim-then-dead", "Gunmen ambushed a police patrol near Kolda on Monday, killing three "
     "officers. The Casa Forest Movement claimed the attack in a statement. Among the dead "
     "was Inspector Mamadou Ndao.",
     [("Casa Forest Movement", "KILLED", "Mamadou Ndao")]),
    ("blame-then-dead", "Gunmen killed four soldiers at a checkpoint near Ebira on Friday, "
     "the army said, blaming the Delta Ring Movement. Among the dead was Captain Femi Ako.",
     [("Delta Ring Movement", "KILLED", "Femi Ako")]),
    # --- the doers acted on under their common noun
    ("pursued-the-attackers", "Gunmen attacked a police station in the town of Melka on "
     "Tuesday, killing two officers, the army said, blaming the Oda Hills Front. Soldiers of "
     "the Third Rapid Battalion pursued the attackers and killed four of them.",
     [("Third Rapid Battalion", "KILLED", "Oda Hills Front")]),
    ("killed-two-of-the-gunmen", "Fighters of the Sela Ridge Army raided an army post near "
     "Dunmo on Monday, killing three soldiers. Troops of the Kemba Mountain Brigade killed "
     "two of the gunmen as they fled.",
     [("Kemba Mountain Brigade", "KILLED", "Sela Ridge Army")]),
    ("killed-the-attackers-after-claim", "Militants stormed a hotel in the capital of the "
     "island state of Corvo on Saturday, killing nine guests. The Sea Wolves Brigade claimed "
     "the attack. The Corvo Coast Guard killed the attackers after a siege of ten hours.",
     [("Corvo Coast Guard", "KILLED", "Sea Wolves Brigade")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # two killings told last by different doers: whose dead is not known
    ("two-killings-one-sentence", "The Tessalit Liberation Front ambushed an army convoy "
     "near Anefis on Monday, killing five soldiers, and the army killed three rebels of the "
     "Gao Freedom Movement near Gao. Among the dead was Amadou Kessa.",
     [("*", "KILLED", "Amadou Kessa")]),
    # a commander named who was not told killed
    ("named-commander-not-dead", "Varen jets killed three fighters of the Ostra Liberation "
     "Front in a strike near Belo on Monday. The group named the commander as Peter Okello.",
     [("*", "KILLED", "Peter Okello")]),
    # the dead of the second attack told are not the first attack's
    ("two-attacks-the-later-one", "Fighters of the Red Valley Army attacked a police post "
     "in Marba on Tuesday, killing three officers. On Wednesday, fighters of the Ashen Hill "
     "Front raided a market in Tolo, killing six traders. Among the dead was Mira Sanko, a "
     "cloth seller.",
     [("Red Valley Army", "KILLED", "Mira Sanko")]),
    # the dead told as the doer's own man: another killing than the doer's
    ("dead-of-the-doers-side", "Gunmen of the Iron Hand gang shot dead a police sergeant "
     "in the port of Varos on Monday. Police raided the district on Tuesday. Among those "
     "killed was Dino Ferro, whom officers described as the Iron Hand gang's local chief.",
     [("Iron Hand", "KILLED", "Dino Ferro"), ("Iron Hand gang", "KILLED", "Dino Ferro")]),
    # a killing told with a doer of its own is no retelling
    ("second-killing-own-doer", "Gunmen of the Red Valley Army killed three police officers "
     "in Marba on Tuesday. Two farmers were shot dead by soldiers near Tolo the same day. "
     "Among the dead was Abel Sumo.", [("Red Valley Army", "KILLED", "Abel Sumo")]),
    # a killing only planned, in a clause of time
    ("killing-before-clause", "The governor sent troops into the city of Marba on Wednesday "
     "before gunmen of the Red Valley Army could kill more officers. Among the dead was "
     "Sergeant Paolo Ruiz.", [("Red Valley Army", "KILLED", "Paolo Ruiz")]),
    # the wounded and the arrested are no dead
    ("among-the-wounded", "Gunmen of the Tessalit Liberation Front ambushed an army convoy "
     "near Anefis on Monday, killing five soldiers. Among the wounded was Colonel Amadou "
     "Kessa.", [("*", "KILLED", "Amadou Kessa")]),
    ("among-those-arrested", "Fighters of the Red Valley Army attacked a police post in "
     "Marba on Tuesday, killing three officers. Among those arrested later was Paolo Ruiz.",
     [("*", "KILLED", "Paolo Ruiz")]),
    # no doer named or credited: the dead are only remembered
    ("no-doer", "Gunmen ambushed a police patrol near Kolda on Monday, killing three "
     "officers. Among the dead was Inspector Mamadou Ndao.",
     [("*", "KILLED", "Mamadou Ndao")]),
    # a denial credits no one
    ("denial", "Gunmen ambushed a police patrol near Kolda on Monday, killing three "
     "officers. Among the dead was Inspector Mamadou Ndao. The Casa Forest Movement denied "
     "any role in the attack.", [("Casa Forest Movement", "KILLED", "*")]),
    # a claim of another, older attack
    ("claim-of-other-attack", "Gunmen ambushed a police patrol near Kolda on Monday, killing "
     "three officers. Among the dead was Inspector Mamadou Ndao. The Casa Forest Movement "
     "claimed an attack on a bank last year.", [("Casa Forest Movement", "KILLED", "*")]),
    # the killing told long before
    ("killing-long-before", "Fighters of the Red Valley Army attacked a police post in "
     "Marba on Tuesday, killing three officers. The town lies on the main road north. Its "
     "market opens on Fridays. Farmers sell maize there. Traders come from the coast. Among "
     "the dead was Paolo Ruiz.", [("*", "KILLED", "Paolo Ruiz")]),
    # the dead not named among the killing's: a person named otherwise
    ("mourned-not-dead", "Fighters of the Red Valley Army attacked a police post in Marba "
     "on Tuesday, killing three officers. Governor Lena Oduya visited the wounded in "
     "hospital.", [("*", "KILLED", "Lena Oduya")]),
    # the attackers killed when no doer was named or credited
    ("attackers-unknown", "Gunmen attacked a police station in the town of Melka on "
     "Tuesday, killing two officers. Soldiers of the Third Rapid Battalion pursued the "
     "attackers and killed four of them.",
     [("Third Rapid Battalion", "KILLED", "*")]),
    # the attackers kill: they are no dead
    ("attackers-as-subject", "Fighters of the Sela Ridge Army raided an army post near "
     "Dunmo on Monday. The attackers killed two soldiers of the Kemba Mountain Brigade.",
     [("Kemba Mountain Brigade", "KILLED", "Sela Ridge Army")]),
    # a killing only threatened
    ("attackers-vowed", "Fighters of the Sela Ridge Army raided an army post near Dunmo on "
     "Monday, killing three soldiers. The Kemba Mountain Brigade vowed to kill the attackers.",
     [("Kemba Mountain Brigade", "KILLED", "Sela Ridge Army")]),
    # a denied killing of the attackers
    ("attackers-not-killed", "Fighters of the Sela Ridge Army raided an army post near "
     "Dunmo on Monday, killing three soldiers. The Kemba Mountain Brigade did not kill any "
     "of the attackers.",
     [("Kemba Mountain Brigade", "KILLED", "Sela Ridge Army")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in POSITIVE],
                         ids=[c[0] for c in POSITIVE])
def test_event_thread_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize("text,forbidden", [c[1:] for c in NEGATIVE],
                         ids=[c[0] for c in NEGATIVE])
def test_event_thread_must_not(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_blame_stays_the_blamers_claim(nlp: Language) -> None:
    """The dead named after a blame are killed in the blamer's word, not the article's."""
    text = ("BAMAKO, Mali — Gunmen killed four soldiers at a checkpoint near Ebira on "
            "Friday, the army "
            "said, blaming the Delta Ring Movement. Among the dead was Captain Femi Ako.")
    ex = extract_document(nlp, text, "blame")
    names = {a.id: a.name for a in ex.actors}
    found = [r for r in ex.relations if names[r.source] == "Delta Ring Movement"
             and names[r.target] == "Femi Ako" and r.type.value == "KILLED"]
    assert found
    assert all(r.source_actor is not None for r in found), found

