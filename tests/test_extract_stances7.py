"""Stances read from news nobody developed on (the batches 160-175): a reaction to "the
raid" named as what it calls it ("condemned the raid as a war crime"), "condemned what it
called ... by Y", a relative clause after "a group led by X" (the group's, not X's), a
subject owned by "whose" (the relative clause's), "its treaty ally Y", a backer or an
ally by a copula ("X became Y's main backer"), an opponent or a critic set beside a name
after "and", a pair that signs an agreement (or the agreement signed by both), "directed
Y to", "we expect Y to", an accusation of paying or harbouring Y; and what is not read:
a side's leader or ally named in the description of the side condemned, what an act is
condemned as, a war fought by a pair, a rejection by two sides. Own sentences, with
invented or generic names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # "the raid" of the attack told before; "as a war crime" is what it is called
    ("condemned-raid-as", "Kenyan troops raided the village of Baro on Monday. The Tolo "
     "Liberation Front condemned the raid as a war crime.",
     [("Tolo Liberation Front", "CRITICIZES", "Kenyan forces")]),
    # the raid is the one "X killed ... in a raid on Y" told
    ("raid-in-which-killed", "Kenyan troops killed a farmer and detained six men in a "
     "raid on Baro village. The Tolo Liberation Front condemned the raid as a war crime.",
     [("Tolo Liberation Front", "CRITICIZES", "Kenyan forces")]),
    # the named thing's "by Y", hung by the parser on the naming verb
    ("condemned-what-it-called-by", "Amnesty International condemned what it called "
     "\"the reckless use of force against protesters\" by the Kenya Police.",
     [("Amnesty International", "CRITICIZES", "Kenyan police")]),
    ("denounced-what-it-described-as", "The Tolo Liberation Front denounced what it "
     "described as the massacre of civilians by the Kessel People's Army.",
     [("Tolo Liberation Front", "CRITICIZES", "Kessel People's Army")]),
    # "that" after "a group led by X" is the group's
    ("group-led-by-that-fights-alongside", "Witnesses said fighters of the Kessel Shield "
     "Forces, an armed group led by Abu Tomas that fights alongside the Kenya Defence "
     "Forces, burned the market.",
     [("Kessel Shield Forces", "ALLIED_WITH", "Kenya Defence Forces")]),
    # "whose" owns the relative clause's subject; the main verb's is the name before
    ("whose-pact-said-would-continue", "Kenya, whose defence pact with Uganda came into "
     "force in May, said it would continue joint patrols with the Uganda People's Defence "
     "Force.", [("Kenya", "COOPERATES_WITH", "Uganda People's Defence Force")]),
    ("stood-with-its-treaty-ally", "The United States stood with its treaty ally the "
     "Philippines.", [("United States", "ALLIED_WITH", "Philippines")]),
    ("became-owners-main-backer", "Since 2023 Qatar has become the Sahel Unity Front's "
     "main outside backer, supplying it with weapons.",
     [("Qatar", "BACKS", "Sahel Unity Front")]),
    ("is-main-backer-of", "Qatar has long been the main sponsor of the Sahel Unity Front.",
     [("Qatar", "BACKS", "Sahel Unity Front")]),
    ("remains-owners-ally", "Gabon remains Cameroon's closest ally in the region.",
     [("Gabon", "ALLIED_WITH", "Cameroon")]),
    ("officer-and-opponent-of", "Tomas Berg, a retired army colonel and an outspoken "
     "opponent of President Ivo Marek, was arrested in Nairobi.",
     [("Tomas Berg", "OPPOSES", "Ivo Marek")]),
    ("appos-critic-of", "Tomas Berg, a vocal critic of President Ivo Marek, was arrested "
     "on Monday.", [("Tomas Berg", "CRITICIZES", "Ivo Marek")]),
    ("pair-signed-agreement", "Gabon and Cameroon signed a border security agreement in "
     "2021.", [("Gabon", "COOPERATES_WITH", "Cameroon")]),
    ("agreement-signed-by-pair", "The clashes tested the agreement signed in May by "
     "President Ivo Marek and Tomas Berg, the rebels' commander.",
     [("Ivo Marek", "COOPERATES_WITH", "Tomas Berg")]),
    ("directed-to", "Governor Ali Musa directed the Garissa County Police to reopen the "
     "road within a day.", [("Ali Musa", "DEMANDS", "Garissa County Police")]),
    ("we-expect-to", "\"We expect Uganda to hand over the suspects without delay,\" "
     "Foreign Minister Ivo Marek said.", [("Ivo Marek", "DEMANDS", "Uganda")]),
    ("accused-of-paying-to-attack", "The Kenya National Intelligence Service has accused "
     "Somalia of paying the Kessel network to attack Kenyan targets in Nairobi.",
     [("Somalia", "BACKS", "Kessel")]),
    ("accused-of-harbouring", "Kenya has repeatedly accused Somalia of harbouring the Tolo "
     "Liberation Front.", [("Somalia", "BACKS", "Tolo Liberation Front")]),
    ("pulled-out-of-bases-in", "France pulled out of its last bases in Chad in January.",
     [("France", "WITHDRAWS_FROM", "Chad")]),
    ("withdrew-from-positions-in", "Kenyan troops withdrew from their positions in Baro on "
     "Monday.", [("Kenyan forces", "WITHDRAWS_FROM", "Baro")]),
    ("team-from-met-with", "A team from the African Union met with representatives of the "
     "Borana Council.", [("African Union", "MEETS_WITH", "Borana Council")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # the side's leader and ally describe it: the condemned acts are the side's
    ("condemned-side-led-by-allied-with", "Amnesty International condemned reports of "
     "summary executions carried out by the Kessel Shield Forces, an armed group led by "
     "Abu Tomas and allied with the Kenya Defence Forces.",
     [("Amnesty International", "CRITICIZES", "Abu Tomas"),
      ("Amnesty International", "CRITICIZES", "Kenya Defence Forces")]),
    ("condemned-side-which-is-backed-by", "Amnesty International condemned attacks by the "
     "Kessel People's Army, which is backed by Uganda.",
     [("Amnesty International", "CRITICIZES", "Uganda")]),
    # what the attack is called names no one criticised
    ("condemned-attack-as-violation-of", "The Kurdistan Regional Government condemned the "
     "attack as \"a flagrant violation of the sovereignty of Iraq\".",
     [("*", "CRITICIZES", "Iraq")]),
    ("condemned-what-it-called-attack-on", "Amnesty International condemned what it "
     "called \"a cowardly attack on the Kenya Police\".", [("*", "CRITICIZES", "*")]),
    # a person would be "who": "that" after "led by X" is not X's
    ("group-led-by-that-not-leader", "Witnesses said fighters of the Kessel Shield "
     "Forces, an armed group led by Abu Tomas that fights alongside the Kenya Defence "
     "Forces, burned the market.", [("Abu Tomas", "ALLIED_WITH", "*")]),
    ("whose-owned-subject-not-doer", "Japan, whose access agreement with Vietnam came into "
     "force in May, said it would continue joint training with the Vietnam Coast Guard.",
     [("*", "COOPERATES_WITH", "Japan")]),
    ("stood-with-its-neighbour", "Gabon said it stood with its neighbour the Central "
     "African Republic.", [("*", "ALLIED_WITH", "*")]),
    ("became-owners-target", "Since 2023 Qatar has become the Sahel Unity Front's main "
     "target.", [("*", "BACKS", "*")]),
    ("officer-and-aide-of", "Tomas Berg, a retired army colonel and a former aide of "
     "President Ivo Marek, was arrested.", [("*", "OPPOSES", "*")]),
    # a pair at war are foes; two sides each rejecting a truce are not partners
    ("pair-fought-a-war", "New Delhi and Islamabad fought a four-day conflict in May 2025 "
     "after an attack on tourists.", [("*", "COOPERATES_WITH", "*")]),
    ("pair-each-rejected", "Gabon and Cameroon rejected the plan.",
     [("*", "COOPERATES_WITH", "*")]),
    ("directed-operation", "Governor Ali Musa directed the Garissa County Police operation "
     "from a command post.", [("*", "DEMANDS", "*")]),
    ("they-expect-to", "\"They expect Uganda to hand over the suspects without delay,\" "
     "Foreign Minister Ivo Marek said.", [("*", "DEMANDS", "*")]),
    ("withdrew-from-bases-owner-stays", "France pulled out of its last bases in Chad in "
     "January.", [("France", "WITHDRAWS_FROM", "France")]),
    ("accused-of-paying-debts", "Kenya accused Somalia of paying its debts late.",
     [("*", "BACKS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_stance_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_stance_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
