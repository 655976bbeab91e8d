"""Stances read from news nobody developed on (the batches 136-151): backing laid on
another by an accuser, as the accuser's claim; a speaker's words in a quotation credited
in a later sentence ('"We demand that Y stop. ...," X said'). Own sentences, with
invented or generic names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("accused-of-backing", "Kenya accused Uganda of backing the Kalu Brotherhood in the "
     "north.", [("Uganda", "BACKS", "Kalu Brotherhood"), ("Kenya", "CRITICIZES", "Uganda")]),
    ("accused-of-arming-fighters", "Officials in Nairobi have long accused Uganda of "
     "arming Kalu Brotherhood fighters.", [("Uganda", "BACKS", "Kalu Brotherhood")]),
    ("accused-of-two-acts", "Kenya accused Uganda of financing and arming the Kalu "
     "Brotherhood, a charge the Ugandan government denied.",
     [("Uganda", "BACKS", "Kalu Brotherhood")]),
    ("accused-of-training-fighters-of", "Kenya has accused Uganda of training and arming "
     "fighters of the Kalu Brotherhood.", [("Uganda", "BACKS", "Kalu Brotherhood")]),
    ("accused-of-arming-a-sides-gunmen", "Kenya accused the Tolo Cartel of arming the Kalu "
     "Brotherhood's gunmen.", [("Tolo Cartel", "BACKS", "Kalu Brotherhood")]),
    ("accusation-told-by-another", "The Mara Front said Kenya had accused Uganda of "
     "sponsoring the Kalu Brotherhood.", [("Uganda", "BACKS", "Kalu Brotherhood")]),
    # a quotation whose speaker is named in its last sentence
    ("quote-credited-after-we-demand", '"We demand that Uganda withdraw its troops '
     'immediately. If it does not, we will close the border," Joseph Kamau said.',
     [("Joseph Kamau", "DEMANDS", "Uganda")]),
    ("quote-credited-after-i-call-on", '"I call on Tanzania to hand over the two '
     'commanders. Our patience has limits," Joseph Kamau told reporters on Monday.',
     [("Joseph Kamau", "DEMANDS", "Tanzania")]),
    ("quote-of-three-sentences", '"We condemn the Kalu Brotherhood for this massacre. '
     'Nobody was spared. The killers must be found," Joseph Kamau said.',
     [("Joseph Kamau", "CRITICIZES", "Kalu Brotherhood")]),
    ("quote-credited-after-speaker-before", 'Amina Odhiambo said the talks had failed. '
     '"We demand that Uganda withdraw its troops. There is no other way," Joseph Kamau '
     'said.', [("Joseph Kamau", "DEMANDS", "Uganda")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # the accuser's own backing is never read from the accusation
    ("accuser-backs-nobody", "Kenya accused Uganda of financing and arming the Kalu "
     "Brotherhood, a charge the Ugandan government denied.",
     [("Kenya", "BACKS", "*")]),
    ("not-accused", "Kenya did not accuse Uganda of arming the Kalu Brotherhood.",
     [("Uganda", "BACKS", "*")]),
    ("asked-of-another", "Kenya urged Tanzania to accuse Uganda of arming the Kalu "
     "Brotherhood.", [("Uganda", "BACKS", "*"), ("Tanzania", "BACKS", "*")]),
    ("a-question", "Did Kenya accuse Uganda of arming the Kalu Brotherhood?",
     [("Uganda", "BACKS", "*")]),
    ("accused-by-nobody-named", "Uganda has been accused of arming the Kalu Brotherhood.",
     [("Uganda", "BACKS", "*")]),
    ("accused-of-another-act", "Kenya accused Uganda of lying about the Kalu Brotherhood.",
     [("Uganda", "BACKS", "*")]),
    ("backing-out-is-no-backing", "Kenya accused the Kalu Brotherhood of backing out of "
     "the talks with the Mara Front.", [("*", "BACKS", "*")]),
    ("backing-a-plan", "Kenya accused Uganda of supporting the ceasefire plan.",
     [("Uganda", "BACKS", "*")]),
    # the quotation's speaker, not the one who spoke before it; a denial stays denied
    ("quote-credited-after-not-the-speaker-before", 'Amina Odhiambo said the talks had '
     'failed. "We demand that Uganda withdraw its troops. There is no other way," Joseph '
     'Kamau said.', [("Amina Odhiambo", "DEMANDS", "*")]),
    ("quote-credited-after-denied", '"We do not demand that Uganda withdraw. We only ask '
     'for talks," Joseph Kamau said.', [("Joseph Kamau", "DEMANDS", "Uganda")]),
    ("quote-credited-after-a-resident", '"We demand that Uganda withdraw its troops. We '
     'are tired," said Mary Wanjiru, a resident of Busia.', [("*", "DEMANDS", "Uganda")]),
    ("quote-closed-before-the-speech-verb", '"We demand that Uganda withdraw its troops." '
     'Joseph Kamau later left the hall.', [("Joseph Kamau", "DEMANDS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_stance_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_stance_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_backing_laid_by_an_accuser_is_the_accusers_claim(nlp: Language) -> None:
    ex = extract_document(nlp, "Kenya accused Uganda of arming the Kalu Brotherhood.", "t")
    names = {a.id: a.name for a in ex.actors}
    backs = [r for r in ex.relations if r.type.value == "BACKS"]
    assert [(names[r.source], names[r.target]) for r in backs] == [
        ("Uganda", "Kalu Brotherhood")]
    assert backs[0].source_actor is not None
    assert names[backs[0].source_actor] == "Kenya"
