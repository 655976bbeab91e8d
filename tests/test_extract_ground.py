"""Ground won and lost, and truces between named sides, in the ways wire copy tells them.

Ground: "lost X to Y", "X fell to Y", "Y overran (retook, recaptured, regained, reclaimed,
wrested) X (from Z)", "Y drove Z out of X", "Y now holds X", "Y's capture of X", "Y handed X
over to Z" -> CONTROLS; "Z pulled out of (withdrew its fighters from, retreated from,
evacuated) X" -> WITHDRAWS_FROM. Must-nots: attempts, plans, threats, denials, "lost 40
soldiers", "lost contact with X", a person as the held thing; and fighters who "pushed
into" a town, who entered it: no holding is told until the town is said to be taken.

Truces: "X and Y agreed (announced, signed, declared, reached) a truce", "a truce between X
and Y", "X agreed to a ceasefire with Y", "X and Y, which announced a truce", "the two groups"
for the two sides named just before, a truce that collapsed or ended. Must-nots: a truce
called for, urged, rejected, proposed or only hoped for; the broker of a truce between
others; "if they agree to a truce".

Own sentences, with invented groups and towns, so each case shows the construction."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

C, W, CW = "CONTROLS", "WITHDRAWS_FROM", "CEASEFIRE_WITH"
GLM, LB = "Gourma Liberation Movement", "Liptako Brigade"

GROUND: list[tuple[str, str, list[Triple]]] = [
    ("lost-town-of-to",
     "Government troops lost the town of Karsala to the Gourma Liberation Movement in March.",
     [(GLM, C, "Karsala")]),
    ("fell-to",
     "The town of Mbirika fell to the Liptako Brigade on Sunday, a local official said.",
     [(LB, C, "Mbirika")]),
    ("fell-into-the-hands-of",
     "The town of Garoumbi fell into the hands of the Gourma Liberation Movement late on "
     "Tuesday.",
     [(GLM, C, "Garoumbi")]),
    ("overran",
     "Fighters of the Gourma Liberation Movement overran the town of Tanvoro on Friday, "
     "forcing hundreds to flee.",
     [(GLM, C, "Tanvoro")]),
    ("retook-from",
     "The Liptako Brigade retook the town of Mbirika from the Gourma Liberation Movement on "
     "Monday.",
     [(LB, C, "Mbirika")]),
    ("recaptured-demonym-troops",
     "Nigerien troops recaptured the town of Karsala on Tuesday after a week-long siege.",
     [("Nigerien forces", C, "Karsala")]),
    ("regained-town",
     "The Liptako Brigade regained the town of Tanvoro after a week of heavy fighting.",
     [(LB, C, "Tanvoro")]),
    ("wrested-from",
     "The Liptako Brigade wrested the town of Mbirika from the Gourma Liberation Movement in "
     "May.",
     [(LB, C, "Mbirika")]),
    ("drove-out-of",
     "The Gourma Liberation Movement drove the Liptako Brigade out of the town of Tanvoro on "
     "Monday.",
     [(GLM, C, "Tanvoro")]),
    ("now-holds",
     "The Gourma Liberation Movement now holds the town of Tanvoro and two nearby villages.",
     [(GLM, C, "Tanvoro")]),
    ("possessive-capture-of",
     "The Gourma Liberation Movement's capture of the town of Tanvoro cut the main road north.",
     [(GLM, C, "Tanvoro")]),
    ("handed-over-to",
     "The Liptako Brigade handed the town of Mbirika over to the Gourma Liberation Movement on"
     " Monday.",
     [(GLM, C, "Mbirika")]),
    ("pulled-out-of",
     "The Liptako Brigade pulled out of the town of Tanvoro on Sunday, residents said.",
     [(LB, W, "Tanvoro")]),
    ("withdrew-its-fighters-from",
     "The Gourma Liberation Movement withdrew its fighters from the town of Garoumbi "
     "overnight.",
     [(GLM, W, "Garoumbi")]),
    ("retreated-from",
     "The Liptako Brigade retreated from the town of Mbirika after heavy shelling.",
     [(LB, W, "Mbirika")]),
    ("evacuated-town",
     "The Gourma Liberation Movement evacuated the town of Karsala before the Liptako Brigade "
     "arrived.",
     [(GLM, W, "Karsala")]),
    ("which-seized",
     "The Gourma Liberation Movement, which seized the town of Tanvoro in May, freed 30 "
     "prisoners on Sunday.",
     [(GLM, C, "Tanvoro")]),
    ("army-recaptured-dateline",
     "GAO, Mali (AP) - The army recaptured the town of Karsala on Tuesday, officials said.",
     [("Malian forces", C, "Karsala")]),
    ("lost-control-of-to",
     "The army lost control of the town of Karsala to the Liptako Brigade in March.",
     [(LB, C, "Karsala")]),
    ("which-fell-to",
     "The town of Mbirika, which fell to the Liptako Brigade in May, is now empty.",
     [(LB, C, "Mbirika")]),
    ("was-handed-over-to",
     "The town of Mbirika was handed over to the Gourma Liberation Movement on Monday.",
     [(GLM, C, "Mbirika")]),
    ("handed-over-the-town-to",
     "The Liptako Brigade handed over the town of Mbirika to the Gourma Liberation Movement "
     "on Monday.",
     [(GLM, C, "Mbirika")]),
    ("changed-hands-falling-to",
     "The town of Karsala changed hands on Friday, falling to the Liptako Brigade after a "
     "week of shelling.",
     [(LB, C, "Karsala")]),
]

GROUND_NOT: list[tuple[str, str, list[Triple]]] = [
    ("tried-to-retake",
     "The Liptako Brigade tried to retake the town of Mbirika on Sunday.",
     [("*", C, "*")]),
    ("plans-to-recapture",
     "The Liptako Brigade plans to recapture the town of Karsala before the rains.",
     [("*", C, "*")]),
    ("threatened-to-retake",
     "The Gourma Liberation Movement threatened to retake the town of Tanvoro within a week.",
     [("*", C, "*")]),
    ("denied-capture",
     "The Liptako Brigade denied that the Gourma Liberation Movement had captured the town of "
     "Tanvoro.",
     [(GLM, C, "*")]),
    ("lost-soldiers-to",
     "The Liptako Brigade lost 40 fighters to the Gourma Liberation Movement in the town of "
     "Tanvoro.",
     [("*", C, "*")]),
    ("lost-contact-with",
     "The Liptako Brigade lost contact with the town of Karsala on Monday.",
     [("*", C, "*")]),
    ("lost-a-person-to",
     "The Gourma Liberation Movement lost its founder, Amadou Kelani, to an illness in March.",
     [("*", C, "*")]),
    ("did-not-lose",
     "The Liptako Brigade did not lose the town of Karsala to the Gourma Liberation Movement, "
     "its spokesman said.",
     [("*", C, "*")]),
    ("could-retake",
     "Officials fear the Gourma Liberation Movement could retake the town of Tanvoro.",
     [("*", C, "*")]),
    ("if-it-retakes",
     "If the Gourma Liberation Movement retakes the town of Tanvoro, aid deliveries will stop.",
     [("*", C, "*")]),
    ("failed-to-push-into",
     "The Gourma Liberation Movement failed to push into the town of Garoumbi on Sunday.",
     [("*", C, "*")]),
    ("handed-prisoners-over",
     "The Gourma Liberation Movement handed 12 prisoners over to the Red Cross in the town of "
     "Tanvoro.",
     [("*", C, "*")]),
    ("urged-to-pull-out",
     "Mediators urged the Gourma Liberation Movement to pull out of the town of Tanvoro.",
     [("*", W, "*")]),
    ("evacuated-civilians-from",
     "The Red Cross evacuated 200 civilians from the town of Tanvoro on Monday.",
     [("*", W, "*")]),
    ("pulled-out-of-talks",
     "The Gourma Liberation Movement pulled out of the talks with the Liptako Brigade on "
     "Monday.",
     [("*", W, "*")]),
    ("not-fell-to-a-task",
     "The task of rebuilding the town of Tanvoro fell to the Liptako Brigade.",
     [("*", C, "*")]),
    ("asked-if-it-fell",
     "Did the town of Tanvoro fall to the Gourma Liberation Movement?",
     [("*", C, "*")]),
    ("denied-it-had-fallen",
     "The army denied that the town of Tanvoro had fallen to the Gourma Liberation Movement.",
     [("*", C, "*")]),
    ("could-lose-to",
     "The Liptako Brigade could lose the town of Tanvoro to the Gourma Liberation Movement "
     "within days.",
     [("*", C, "*")]),
    ("threatened-to-drive-out",
     "The Gourma Liberation Movement threatened to drive the Liptako Brigade out of the town "
     "of Tanvoro.",
     [("*", C, "*"), (GLM, "TARGETS", LB)]),
    ("lost-control-without-a-taker",
     "The army lost control of the town of Karsala in March.",
     [("*", C, "*")]),
    ("drove-trucks-out-of",
     "The Liptako Brigade drove its trucks out of the town of Tanvoro at dawn.",
     [("*", C, "*")]),
    ("pushed-into-is-no-holding",
     "Fighters of the Gourma Liberation Movement pushed into the town of Garoumbi on "
     "Saturday, residents said.",
     [("*", C, "*")]),
]

TRUCES: list[tuple[str, str, list[Triple]]] = [
    ("announced-a-truce",
     "The Gourma Liberation Movement and the Liptako Brigade announced a truce on Friday.",
     [(GLM, CW, LB)]),
    ("agreed-a-ceasefire",
     "The Gourma Liberation Movement and the Liptako Brigade agreed a ceasefire on Sunday "
     "after a month of clashes.",
     [(GLM, CW, LB)]),
    ("signed-a-peace-deal",
     "The Gourma Liberation Movement and the Liptako Brigade signed a peace deal in Niamey on "
     "Monday.",
     [(GLM, CW, LB)]),
    ("declared-a-truce",
     "The Gourma Liberation Movement and the Liptako Brigade declared a truce after weeks of "
     "fighting.",
     [(GLM, CW, LB)]),
    ("reached-a-ceasefire-agreement",
     "The Gourma Liberation Movement and the Liptako Brigade reached a ceasefire agreement "
     "late on Monday.",
     [(GLM, CW, LB)]),
    ("truce-between-took-effect",
     "A truce between the Gourma Liberation Movement and the Liptako Brigade took effect at "
     "midnight.",
     [(GLM, CW, LB)]),
    ("agreed-to-a-ceasefire-with",
     "The Gourma Liberation Movement agreed to a ceasefire with the Liptako Brigade on Friday.",
     [(GLM, CW, LB)]),
    ("which-announced-a-truce",
     "The Gourma Liberation Movement and the Liptako Brigade, which announced a truce in May, "
     "met in Niamey on Friday.",
     [(GLM, CW, LB)]),
    ("the-two-groups-next-sentence",
     "The Gourma Liberation Movement and the Liptako Brigade fought for months over the gold "
     "mines around Dori. The two groups agreed a ceasefire on Friday.",
     [(GLM, CW, LB)]),
    ("the-two-sides-same-sentence",
     "After talks between the Gourma Liberation Movement and the Liptako Brigade in Niamey, "
     "the two sides signed a truce on Friday.",
     [(GLM, CW, LB)]),
    ("the-two-factions-after-clashes",
     "Clashes between the Gourma Liberation Movement and the Liptako Brigade killed 30 people "
     "in March. The two factions declared a ceasefire in June.",
     [(GLM, CW, LB)]),
    ("truce-between-collapsed",
     "A truce between the Gourma Liberation Movement and the Liptako Brigade collapsed on "
     "Monday.",
     [(GLM, CW, LB)]),
    ("brokered-between",
     "Qatar brokered a truce between the Gourma Liberation Movement and the Liptako Brigade in"
     " May.",
     [(GLM, CW, LB)]),
    ("ceasefire-was-agreed-between",
     "A ceasefire was agreed between the Gourma Liberation Movement and the Liptako Brigade on"
     " Friday.",
     [(GLM, CW, LB)]),
    ("have-observed-since",
     "The Gourma Liberation Movement and the Liptako Brigade have observed a ceasefire since "
     "March.",
     [(GLM, CW, LB)]),
    ("ended-its-truce-with",
     "The Gourma Liberation Movement ended its truce with the Liptako Brigade on Sunday.",
     [(GLM, CW, LB)]),
    ("truce-between-ended",
     "The truce between the Gourma Liberation Movement and the Liptako Brigade broke down in "
     "June.",
     [(GLM, CW, LB)]),
    ("both-groups-next-sentence",
     "The Gourma Liberation Movement and the Liptako Brigade fought for months over the gold "
     "mines around Dori. Both groups signed a truce in June.",
     [(GLM, CW, LB)]),
    ("agreed-by-the-pair",
     "A ceasefire agreed by the Gourma Liberation Movement and the Liptako Brigade in May "
     "held on Sunday.",
     [(GLM, CW, LB)]),
]

TRUCES_NOT: list[tuple[str, str, list[Triple]]] = [
    ("called-for-a-truce-between",
     "The African Union called for a truce between the Gourma Liberation Movement and the "
     "Liptako Brigade.",
     [("*", CW, "*")]),
    ("urged-to-agree-a-ceasefire",
     "The envoy urged the Gourma Liberation Movement and the Liptako Brigade to agree a "
     "ceasefire.",
     [("*", CW, "*")]),
    ("rejected-a-truce-with",
     "The Gourma Liberation Movement rejected a truce with the Liptako Brigade on Friday.",
     [("*", CW, "*")]),
    ("proposed-a-truce-with",
     "The Gourma Liberation Movement proposed a truce with the Liptako Brigade on Friday.",
     [("*", CW, "*")]),
    ("broker-is-no-party",
     "Qatar brokered a truce between the Gourma Liberation Movement and the Liptako Brigade in"
     " May.",
     [("Qatar", CW, "*"), ("*", CW, "Qatar")]),
    ("if-they-agree-to-a-truce",
     "Aid will resume if the Gourma Liberation Movement and the Liptako Brigade agree to a "
     "truce.",
     [("*", CW, "*")]),
    ("have-not-agreed",
     "The Gourma Liberation Movement and the Liptako Brigade have not agreed a ceasefire.",
     [("*", CW, "*")]),
    ("denied-agreeing",
     "The Gourma Liberation Movement denied that it had agreed a truce with the Liptako "
     "Brigade.",
     [("*", CW, "*")]),
    ("hope-they-will-sign",
     "Diplomats hope the Gourma Liberation Movement and the Liptako Brigade will sign a truce.",
     [("*", CW, "*")]),
    ("talks-on-a-truce",
     "The Gourma Liberation Movement and the Liptako Brigade held talks on a truce in Niamey.",
     [("*", CW, "*")]),
    ("the-two-sides-of-three",
     "The Gourma Liberation Movement, the Liptako Brigade and the Nafada Resistance Army met "
     "in Niamey. The two sides agreed a truce on Friday.",
     [("*", CW, "*")]),
    ("offered-a-truce-to",
     "The Gourma Liberation Movement offered a truce to the Liptako Brigade.",
     [("*", CW, "*")]),
    ("could-agree-this-week",
     "The Gourma Liberation Movement and the Liptako Brigade could agree a ceasefire this "
     "week, mediators said.",
     [("*", CW, "*")]),
    ("the-two-groups-one-named",
     "Mali accused the Gourma Liberation Movement of attacks on its troops. The two groups "
     "signed a truce in June.",
     [("*", CW, "*")]),
    ("broke-off-truce-talks",
     "The Gourma Liberation Movement broke off its truce talks with the Liptako Brigade on "
     "Sunday.",
     [("*", CW, "*")]),
]


# Cases not read yet, and why.
NOT_YET = {
    "changed-hands-falling-to": "the taker hangs on a participle ('falling to Y') whose "
                                "subject is the place of the clause before the comma",
}


def _cases(table: list[tuple[str, str, list[Triple]]]) -> list[Any]:
    """The table's cases, those in NOT_YET marked as expected failures."""
    return [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(
        strict=True, reason=NOT_YET[p.id])) if p.id in NOT_YET else p for p in cases(table)]


@pytest.mark.parametrize(("text", "expected"), _cases(GROUND + TRUCES))
def test_ground_and_truces_are_read(nlp: Language, text: str,
                                    expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(GROUND_NOT + TRUCES_NOT))
def test_ground_and_truce_must_nots(nlp: Language, text: str,
                                    forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_a_collapsed_truce_is_ended(nlp: Language) -> None:
    """A truce that collapsed keeps its parties, with the state "ended"."""
    text = f"A truce between the {GLM} and the {LB} collapsed on Monday."
    ex = extract_document(nlp, text, "t.txt")
    states = {r.state for r in ex.relations if r.type.value == CW}
    assert states == {"ended"}
