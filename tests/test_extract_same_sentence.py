"""Relations whose two ends one sentence names, read from the structure that joins them:
working together told by a noun ("in cooperation with Y", "a joint patrol launched by X
and Y", "deployed alongside Y"), allies set off or told in a second predicate ("the mayor
and a close ally of Y", "another of Y's allies", "split from Z and is an ally of Y"),
threats told by what is threatened ("threatened to treat Y as enemies"), attacks told as
an answer or a series, ground held ("holds sway over"), where a body or a person is
("the Kumasi-based faction", "lives in exile in Y"). Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("in-cooperation-with", "The Tarsen Relief Agency handed out seed to farmers in "
     "cooperation with the Norvik Development Agency.",
     [("Tarsen Relief Agency", "COOPERATES_WITH", "Norvik Development Agency")]),
    ("in-partnership-with-state", "The Tarsen Relief Agency rebuilt the clinics in partnership "
     "with Ghana.", [("Tarsen Relief Agency", "COOPERATES_WITH", "Ghana")]),
    ("joint-patrol-launched-by-pair", "Villagers welcomed the joint patrol launched on Monday "
     "by the Tarsen Police Service and the Tarsen Defence Force.",
     [("Tarsen Police Service", "COOPERATES_WITH", "Tarsen Defence Force")]),
    ("joint-operation-by-pair", "A joint operation by the Tarsen Police Service and the "
     "Tarsen Defence Force freed the hostages.",
     [("Tarsen Police Service", "COOPERATES_WITH", "Tarsen Defence Force")]),
    ("deployed-alongside", "The ministry said soldiers of the Tarsen Defence Force would be "
     "deployed alongside the Tarsen Gendarmerie in the hills.",
     [("Tarsen Defence Force", "COOPERATES_WITH", "Tarsen Gendarmerie")]),
    ("patrolled-alongside", "The Tarsen Defence Force, which has patrolled in the region "
     "alongside the Tarsen Gendarmerie since March, set up checkpoints.",
     [("Tarsen Defence Force", "COOPERATES_WITH", "Tarsen Gendarmerie")]),
    ("second-apposition-ally", "Ivo Marek, the mayor of the port and a close ally of Lena "
     "Dovic, called for calm.", [("Ivo Marek", "ALLIED_WITH", "Lena Dovic")]),
    ("another-of-owners-allies", "Lena Dovic, another of Ivo Marek's allies, vetoed the "
     "measure.", [("Lena Dovic", "ALLIED_WITH", "Ivo Marek")]),
    ("second-predicate-ally", "The Varn Brigade broke away from the Kora Liberation Front in "
     "2019 and is an ally of the Tarsen Freedom Army.",
     [("Varn Brigade", "ALLIED_WITH", "Tarsen Freedom Army")]),
    ("threatened-to-treat-as-enemies", "The Kora Liberation Front has threatened to treat the "
     "Varn Brigade as enemies.", [("Kora Liberation Front", "THREATENS", "Varn Brigade")]),
    ("threatened-operations-against", "The Kora Liberation Front threatened to expand its "
     "operations against the Varn Brigade.",
     [("Kora Liberation Front", "THREATENS", "Varn Brigade")]),
    ("answered-with-strikes", "Military sources said the Tarsen Defence Force had responded "
     "with helicopter strikes on Kora Liberation Front positions in the hills.",
     [("Tarsen Defence Force", "TARGETS", "Kora Liberation Front")]),
    ("answered-with-strikes-on-held-towns", "The Tarsen Defence Force has answered with "
     "airstrikes on towns held by the Kora Liberation Front.",
     [("Tarsen Defence Force", "TARGETS", "Kora Liberation Front")]),
    ("series-of-assaults", "The Kora Liberation Front launched a series of ground assaults on "
     "positions of the Tarsen Defence Force in the east.",
     [("Kora Liberation Front", "TARGETS", "Tarsen Defence Force")]),
    ("would-answer-with-strikes-if", "The Tarsen Defence Force would respond with airstrikes "
     "on the Kora Liberation Front if its posts were attacked again.",
     [("Tarsen Defence Force", "THREATENS", "Kora Liberation Front")]),
    ("prompted-another-to-strike", "Ghana fired missiles at bases near Kumasi, prompting Togo "
     "to strike targets inside Ghana two days later.", [("Togo", "TARGETS", "Ghana")]),
    ("holds-sway-over", "The Kora Liberation Front still holds sway over much of rural Kandor "
     "province, where it collects taxes.", [("Kora Liberation Front", "CONTROLS", "Kandor")]),
    ("set-off-place-based", "Police arrested a lieutenant of the Kora Liberation Front, the "
     "Kumasi-based faction that smuggles gold.",
     [("Kora Liberation Front", "LOCATED_IN", "Kumasi")]),
    ("place-seized-by", "Kumasi, seized by the Kora Liberation Front in May, is now empty.",
     [("Kora Liberation Front", "CONTROLS", "Kumasi")]),
    ("owners-capture-of", "The Kora Liberation Front's capture of Marsa has cut the road to "
     "the coast.", [("Kora Liberation Front", "CONTROLS", "Marsa")]),
    ("capture-of-by", "The capture of Kumasi by the Kora Liberation Front cut the road to the "
     "coast.", [("Kora Liberation Front", "CONTROLS", "Kumasi")]),
    ("threat-by-against", "A threat by the Kora Liberation Front against the Varn Brigade "
     "alarmed diplomats.", [("Kora Liberation Front", "THREATENS", "Varn Brigade")]),
    ("owners-threats-against", "The Kora Liberation Front's threats against the Varn Brigade "
     "alarmed diplomats.", [("Kora Liberation Front", "THREATENS", "Varn Brigade")]),
    ("warned-officials-against", "The Kora Liberation Front warned officials of the Tarsen "
     "Election Board against holding the vote in its areas.",
     [("Kora Liberation Front", "THREATENS", "Tarsen Election Board")]),
    ("would-send-troops-if", "Ghana would send troops across the river if the Kora Liberation "
     "Front did not withdraw from Marsa, the minister said.",
     [("Ghana", "THREATENS", "Kora Liberation Front")]),
    ("set-off-two-word-place-based", "Police arrested a lieutenant of the Kora Liberation "
     "Front, the Cape Coast-based faction that smuggles gold.",
     [("Kora Liberation Front", "LOCATED_IN", "Cape Coast")]),
    ("based-in-camps-around", "The leadership of the Kora Liberation Front is based in the "
     "refugee camps around Kumasi.", [("Kora Liberation Front", "LOCATED_IN", "Kumasi")]),
    ("based-in-hills-near", "The Kora Liberation Front is based in the hills near Kumasi.",
     [("Kora Liberation Front", "LOCATED_IN", "Kumasi")]),
    ("mission-of-monitors-based-in", "The Norvik Monitoring Mission, an unarmed mission of "
     "about 200 monitors based in Kumasi, has no access to the hills.",
     [("Norvik Monitoring Mission", "LOCATED_IN", "Kumasi")]),
    ("lives-in-exile-in", "The front is led by Tomas Berg, a veteran politician who has lived "
     "in exile in Ghana for decades.", [("Tomas Berg", "LOCATED_IN", "Ghana")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("in-competition-with", "The Tarsen Relief Agency handed out seed to farmers in "
     "competition with the Norvik Development Agency.", [("*", "COOPERATES_WITH", "*")]),
    ("patrol-of-one-and-another-idle", "Villagers welcomed the patrol launched on Monday by "
     "the Tarsen Police Service, and the Tarsen Defence Force stayed in its barracks.",
     [("*", "COOPERATES_WITH", "*")]),
    ("deployed-against", "The ministry said soldiers of the Tarsen Defence Force would be "
     "deployed against the Tarsen Gendarmerie in the hills.",
     [("*", "COOPERATES_WITH", "*")]),
    ("second-apposition-rival", "Ivo Marek, the mayor of the port and a close rival of Lena "
     "Dovic, called for calm.", [("*", "ALLIED_WITH", "*")]),
    ("another-of-owners-critics", "Lena Dovic, another of Ivo Marek's critics, vetoed the "
     "measure.", [("*", "ALLIED_WITH", "*")]),
    ("second-predicate-other-subject", "The Varn Brigade broke away from the Kora Liberation "
     "Front in 2019 and the Tarsen Freedom Army is an ally of the Norvik Front.",
     [("Varn Brigade", "ALLIED_WITH", "*")]),
    ("promised-is-no-threat", "The Kora Liberation Front has promised to treat the Varn "
     "Brigade as friends.", [("*", "THREATENS", "*")]),
    ("denied-threatening", "The Kora Liberation Front denied that it had threatened to expel "
     "the Varn Brigade.", [("Kora Liberation Front", "THREATENS", "Varn Brigade")]),
    ("accused-of-threatening-is-not-the-accusers", "Ghana accused the Kora Liberation Front of "
     "threatening to expel the Varn Brigade.", [("Ghana", "THREATENS", "*")]),
    ("another-said-to-threaten", "The Kora Liberation Front said the Varn Brigade had "
     "threatened to burn the market.", [("Kora Liberation Front", "THREATENS", "*")]),
    ("refused-operations-against", "The Kora Liberation Front refused to expand its "
     "operations against the Varn Brigade.", [("*", "THREATENS", "*"), ("*", "TARGETS", "*")]),
    ("responded-with-a-statement", "Military sources said the Tarsen Defence Force had "
     "responded with a statement on Kora Liberation Front positions in the hills.",
     [("*", "TARGETS", "*")]),
    ("denied-responding-with-strikes", "The Tarsen Defence Force denied that it had responded "
     "with airstrikes on the Kora Liberation Front.",
     [("Tarsen Defence Force", "TARGETS", "Kora Liberation Front")]),
    ("planned-series-of-assaults", "The Kora Liberation Front planned a series of ground "
     "assaults on positions of the Tarsen Defence Force in the east.",
     [("*", "TARGETS", "*")]),
    ("could-prompt-another-to-strike", "The raid could prompt Togo to strike Kora Liberation "
     "Front camps.", [("*", "TARGETS", "*")]),
    ("once-held-sway", "The Kora Liberation Front once held sway over much of rural Kandor "
     "province, before the army came.", [("*", "CONTROLS", "*")]),
    ("place-based-of-another", "Police arrested a lieutenant of the Kora Liberation Front and "
     "a Kumasi-based smuggler.", [("*", "LOCATED_IN", "*")]),
    ("place-shelled-by", "Kumasi, shelled by the Kora Liberation Front in May, is now empty.",
     [("*", "CONTROLS", "*")]),
    ("owners-loss-of", "The Kora Liberation Front's loss of Marsa has cut the road to the "
     "coast.", [("*", "CONTROLS", "*")]),
    ("capture-of-a-person", "The capture of Tomas Berg by the Kora Liberation Front shocked "
     "the town.", [("*", "CONTROLS", "*")]),
    ("complaint-by-against", "A complaint by the Kora Liberation Front against the Varn "
     "Brigade alarmed diplomats.", [("*", "THREATENS", "*")]),
    ("denied-any-threat", "The Kora Liberation Front denied any threat against the Varn "
     "Brigade.", [("*", "THREATENS", "*")]),
    ("would-send-food-if", "Ghana would send food across the river if the Kora Liberation "
     "Front did not block the roads, the minister said.", [("*", "THREATENS", "*")]),
    ("based-far-from", "The leadership of the Kora Liberation Front is based in the refugee "
     "camps, far from Kumasi.", [("*", "LOCATED_IN", "*")]),
    ("mission-with-no-access-near", "The Norvik Monitoring Mission, an unarmed mission of "
     "about 200 monitors, has no access to the hills near Kumasi.",
     [("*", "LOCATED_IN", "*")]),
    ("exile-since-leaving", "The front is led by Tomas Berg, a veteran politician who has "
     "lived in exile since leaving Ghana.", [("Tomas Berg", "LOCATED_IN", "Ghana")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_reads_the_relation(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_does_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
