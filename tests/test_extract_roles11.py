"""Posts read where the earlier readings missed them: a head of state named with his title
alone leads the state his report is filed from also when the dated dateline stands under
a headline ("Headline\\n\\nYEREVAN, 21 April 2026 - ...") and the headline names that state
(its name, its people, its capital); the second of two leaders set off after the first's
nickname ("is led by A, known as "X", and B"), which the parser hangs on the verb; the
state of a government named by its state's word ("the Peruvian government of President X
in Doha, Qatar"), not the place after it; the body set off with its acronym before a
body's noun and its participle ("the X (XF), the Z faction commanded by Y": X, not Z);
a leader named by his alias ("led by a commander who goes by the alias Y", "... known by
the nom de guerre Y").
Own sentences, invented names.

A post is held by a person or a body: a name the article types as a place in the end
holds none, whatever it was read as where its post was read ("X, a subregion of Y").

Must-nots: a dateline from a city abroad under a headline that does not name its state (a
regional hub: "BANGKOK -" over a report on Myanmar); a head named in a sentence that names
another state by its capital or its people's word ("veterans in Kyiv marched against
President X", "Ukrainian guards"); a speaker after the leader's nickname; the place a
government's talks are held in.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

# A headline, and a dated dateline under it, of a report filed from its state's capital
_YEREVAN = ("Armenian border guard wounded in clash\n\nYEREVAN, 3 May 2026 - A border "
            "guard was wounded on Sunday. ")

POSITIVE: list[Row] = [
    # a dated dateline under a headline that names the state
    ("dateline-under-headline", _YEREVAN + "Prime Minister Arsen Tadevosyan said the "
     "army would answer any attack.",
     [("Arsen Tadevosyan", "LEADS", "Armenia")]),
    ("agency-dateline-under-headline", "Guinea sends troops to the south after clashes\n\n"
     "CONAKRY, June 4 (Reuters) - Soldiers were deployed on Monday. President Moussa "
     "Camara ordered the deployment after a meeting with the army chiefs.",
     [("Moussa Camara", "LEADS", "Guinea")]),
    # named as no doer: read once the article is, the dateline's state all the same
    ("dateline-under-headline-not-doer", _YEREVAN + "Veterans in Gyumri marched against "
     "the plans of President Oleksandr Hrytsenko.",
     [("Oleksandr Hrytsenko", "LEADS", "Armenia")]),
    # the second of two leaders, set off after the first's nickname, hung on the verb
    ("led-by-two-with-nickname", "The Gulf Clan is led by Rafael Munoz Pardo, known as "
     "\"El Tigre\", and his cousin Martin Ortega Vidal, \"El Gato\".",
     [("Rafael Munoz Pardo", "LEADS", "Gulf Clan"), ("Martin Ortega Vidal", "LEADS",
                                                      "Gulf Clan")]),
    # a government named by its state's word: that state's, not the place of its talks
    ("named-government-talks-abroad", "The rebels held talks with the Peruvian government "
     "of President Pedro Marin in Doha, Qatar, last week.",
     [("Pedro Marin", "LEADS", "Peru")]),
    # a person's post in a body stays when a place of another name is typed later
    ("person-post-beside-place", "Rosa Mira, a commander of the Paramillo Front, is "
     "wanted. The town of Bajo Mira was shelled.",
     [("Rosa Mira", "MEMBER_OF", "Paramillo Front")]),
    # a body set off with its acronym before a noun of a body and a participle: the body
    # set off, however the parser hangs the noun
    ("acronym-set-off-faction-commanded", "Rebels attacked camps of the Jamaat Ansar "
     "al-Kufra (JAK), the Boko Haram faction now commanded by Bakura Modu, on several "
     "islands in May.",
     [("Bakura Modu", "LEADS", "Jamaat Ansar al-Kufra")]),
    ("acronym-set-off-appos-led", "The Jamaat Ansar al-Kufra (JAK), a splinter faction "
     "led by Bakura Modu, took the town.",
     [("Bakura Modu", "LEADS", "Jamaat Ansar al-Kufra")]),
    # led by one named by his alias or nom de guerre
    ("led-by-one-who-goes-by-alias", "The dissident front is thought to number 2,000 men. "
     "The Frente Andino is led by a commander who goes by the alias Rafael Tormenta.",
     [("Rafael Tormenta", "LEADS", "Frente Andino")]),
    ("led-by-one-known-by-nom-de-guerre", "Security sources said Sinai Province is now "
     "led by a commander known by the nom de guerre Abu Hafs al-Masri.",
     [("Abu Hafs al-Masri", "LEADS", "Sinai Province")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[Row] = [
    # filed from a regional hub: the headline names another state
    ("hub-dateline-other-state", "Myanmar rebels regroup in the north\n\nBANGKOK, 3 May "
     "2026 - Rebel units have retaken two towns. Senior General Aung Kyaw Lwin, who has "
     "led the army since 2019, ordered an offensive.",
     [("Aung Kyaw Lwin", "*", "Thailand")]),
    ("head-with-foreign-capital", _YEREVAN + "Veterans in Kyiv marched against the plans "
     "of President Oleksandr Hrytsenko.",
     [("Oleksandr Hrytsenko", "LEADS", "Armenia")]),
    # a line of text that is no dated dateline under the headline
    ("undated-line-under-headline", "Armenian border guard wounded in clash\n\nYEREVAN - "
     "A border guard was wounded on Sunday, officials in Tbilisi said. President Arsen "
     "Tadevosyan of the farmers' union said the army would answer.",
     [("Arsen Tadevosyan", "LEADS", "Armenia")]),
    # a speaker after the leader's nickname leads nothing
    ("led-by-then-speaker", "The Gulf Clan is led by Rafael Munoz Pardo, known as \"El "
     "Tigre\", and Martin Ortega Vidal said the group was weaker than before.",
     [("Martin Ortega Vidal", "LEADS", "*")]),
    ("named-government-not-talks-place", "The rebels held talks with the Peruvian "
     "government of President Pedro Marin in Doha, Qatar, last week.",
     [("Pedro Marin", "LEADS", "Qatar")]),
    # a name read as a person's, then typed a place by the article: it holds no post
    ("place-typed-later-no-post", "Bajo Mira, a subregion of the Paramillo Front, is "
     "contested. The town of Bajo Mira was shelled.",
     [("Bajo Mira", "MEMBER_OF", "*")]),
    # the body that owns the faction is not the one its commander leads
    ("acronym-set-off-not-owner", "Rebels attacked camps of the Jamaat Ansar al-Kufra "
     "(JAK), the Boko Haram faction now commanded by Bakura Modu, on several islands in "
     "May.",
     [("Bakura Modu", "LEADS", "Boko Haram")]),
    # one who goes somewhere by a name's road is not named by it
    ("led-by-one-who-goes-by-road", "The Frente Andino is led by a man who goes by the "
     "Rafael Tormenta bridge every day.",
     [("Rafael Tormenta", "LEADS", "*")]),
]


@pytest.mark.parametrize(("text", "absent"), rows(NEGATIVE))
def test_absent_triples(nlp: Language, text: str, absent: list[Triple]) -> None:
    assert_absent(nlp, text, absent)


def test_posts_as_the_article_types_their_ends() -> None:
    """A post whose end the article types a place in the end is dropped, whatever the end
    was read as where the post was read; a person's post in a body, a state's membership
    stay."""
    from actorgraph.domain import ActorType, RelationType
    from actorgraph.extract.assemble import post_typed_ok
    from actorgraph.extract.gazetteer import load_gazetteer
    from actorgraph.extract.mentions import Mentions
    from actorgraph.extract.resolve import Candidate

    m = Mentions(load_gazetteer())
    person = m.add("Jorge Paz", ActorType.PERSON, "Jorge Paz")
    village = m.add("Bajo Mira", ActorType.LOCATION, "Bajo Mira")
    front = m.add("Paramillo Front", ActorType.ARMED_GROUP, "Paramillo Front")
    state = m.add("Peru", ActorType.STATE, "Peru")
    bloc = m.add("Andean Pact", ActorType.ORGANIZATION, "Andean Pact")

    def ok(src: str, rel: RelationType, tgt: str) -> bool:
        return post_typed_ok(Candidate(src, rel, tgt, False, 0.8), m)

    assert not ok(village, RelationType.MEMBER_OF, front)
    assert not ok(village, RelationType.LEADS, front)
    assert not ok(person, RelationType.MEMBER_OF, village)
    assert ok(person, RelationType.LEADS, village)  # a mayor heads his town
    assert ok(person, RelationType.MEMBER_OF, front)
    assert ok(state, RelationType.MEMBER_OF, bloc)
    assert ok(village, RelationType.LOCATED_IN, state)
