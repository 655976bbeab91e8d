"""Precision of the general readings: where an act is only aimed at, offered or asked, or
where a law reaches, nobody is told to be (links._where_done). Own sentences; each must-not
has a must beside it so the right outputs of the same reading stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # who meets (acts) in a place is there
    ("met-in-a-town", "Governor Dana Hale met army commanders in Tulsa on Monday.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("met-after-a-pledge", "Governor Dana Hale, who has pledged to build schools, met "
     "army commanders in Tulsa on Monday.", [("Dana Hale", "LOCATED_IN", "Tulsa")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_where_done_keeps_acts(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # an aim or an offer is no presence
    ("ready-to-help-train", "The Northern Relief Agency said it was ready to help train "
     "nurses in Dover.", [("Northern Relief Agency", "LOCATED_IN", "Dover")]),
    # a legal status a state gives reaches its land, not the one it names
    ("wanted-in", "Tom Ellery, a trader wanted in Canada since 2019, was seen in a market.",
     [("Tom Ellery", "LOCATED_IN", "Canada")]),
    ("banned-in", "The Coastal League, a group banned in Canada, held a rally.",
     [("Coastal League", "LOCATED_IN", "Canada")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_where_done_drops_aims_and_laws(nlp: Language, text: str,
                                        forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


# A post in a state, its government or its forces held no longer ties its holder to it no
# more; a former rebel commander is still read as one of the group's people (rules.titles)
TITLES_KEPT: list[tuple[str, str, list[Triple]]] = [
    ("army-commander", "Dana Hale, a commander of the Kenyan army, said the border was quiet.",
     [("Dana Hale", "MEMBER_OF", "Kenyan forces")]),
    ("agency-deputy", "Tom Ellery, the deputy director of the Kenyan Intelligence Agency, "
     "said the border was quiet.", [("Tom Ellery", "MEMBER_OF", "Kenyan Intelligence Agency")]),
    ("former-rebel-commander", "Dana Hale, a former commander of the Red Hand Brigade, said "
     "the border was quiet.", [("Dana Hale", "MEMBER_OF", "Red Hand Brigade")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(TITLES_KEPT))
def test_titles_keep_posts_held(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


TITLES_LEFT: list[tuple[str, str, list[Triple]]] = [
    ("former-army-commander", "Dana Hale, a former commander of the Kenyan army, said the "
     "border was quiet.", [("Dana Hale", "*", "Kenyan forces")]),
    ("former-agency-deputy", "Tom Ellery, a former deputy director of the Kenyan "
     "Intelligence Agency, said the border was quiet.",
     [("Tom Ellery", "*", "Kenyan Intelligence Agency")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(TITLES_LEFT))
def test_titles_drop_state_posts_left(nlp: Language, text: str,
                                      forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


# Joint askers do not ask each other: "both sides" are others (rules.verbs)
ASKERS_KEPT: list[tuple[str, str, list[Triple]]] = [
    ("joint-askers-ask-a-third", "The Coastal League and the Northern Relief Agency urged "
     "the Red Hand Brigade to return to talks.",
     [("Coastal League", "DEMANDS", "Red Hand Brigade"),
      ("Northern Relief Agency", "DEMANDS", "Red Hand Brigade")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(ASKERS_KEPT))
def test_verbs_keep_joint_askers(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


ASKERS_APART: list[tuple[str, str, list[Triple]]] = [
    ("joint-askers-both-sides", "The Coastal League and the Northern Relief Agency urged "
     "both sides to return to talks.", [("Coastal League", "DEMANDS", "Northern Relief Agency"),
                                        ("Northern Relief Agency", "DEMANDS", "Coastal League")]),
    ("joint-askers-two-countries", "Kenya and Uganda clashed with the Red Hand Brigade in "
     "March, and Kenya and Uganda later urged the two countries to talk.",
     [("Kenya", "DEMANDS", "Uganda"), ("Uganda", "DEMANDS", "Kenya")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(ASKERS_APART))
def test_verbs_drop_askers_asking_each_other(nlp: Language, text: str,
                                             forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


# An act only charged against its doer is no deed told (rules.verbs)
CHARGES_KEPT: list[tuple[str, str, list[Triple]]] = [
    ("backing-told", "Kenya has backed the Red Hand Brigade since 2019.",
     [("Kenya", "BACKS", "Red Hand Brigade")]),
    ("accuser-criticizes", "The Coastal League accused Kenya of backing the Red Hand Brigade.",
     [("Coastal League", "CRITICIZES", "Kenya")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(CHARGES_KEPT))
def test_verbs_keep_deeds_and_accusers(nlp: Language, text: str,
                                       expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


CHARGES_ONLY: list[tuple[str, str, list[Triple]]] = [
    ("accusations-that", "The Coastal League repeated accusations that Kenya was backing "
     "the Red Hand Brigade.", [("Kenya", "BACKS", "Red Hand Brigade")]),
    ("accused-unnamed-of", "The Coastal League accused its former allies of backing the Red "
     "Hand Brigade.", [("Coastal League", "BACKS", "Red Hand Brigade")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(CHARGES_ONLY))
def test_verbs_drop_acts_only_charged(nlp: Language, text: str,
                                      forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
