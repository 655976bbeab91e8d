"""Roles news tells in a clause or in word order the parse gets wrong: a post given or
said of a person after "as" ("appointed X as head of Y", "X, whom police described as a
commander in Y"), the wing apposed after such a post, a title's holder set off by
commas ("Its co-chair, X, said"), "Y, the party of X" where the parser hangs the party
elsewhere, "X is part of Y" and "Y, of which X is a part", "G fighters under (the
command of) X", and an untitled state office
in a report datelined from a city that is no capital. Own sentences; each reading has
one that must not give the edge."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract.placenames import city_country

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # "appointed X (, apposition,) as head of Y" (links._post_holder)
    ("appointed-as-president", "The junta appointed Colonel Peter Walsh, a former "
     "paratrooper, as president of the Transitional Military Council on Friday.",
     [("Peter Walsh", "LEADS", "Transitional Military Council")]),
    # "X, whom Z described as a member of Y"; "X was identified as a commander in Y"
    ("whom-described-as-member", "Agents arrested Hugo Ferreira, whom prosecutors "
     "described as a senior member of the Black Lotus Cartel.",
     [("Hugo Ferreira", "MEMBER_OF", "Black Lotus Cartel")]),
    ("identified-as-commander", "Hugo Ferreira was later identified as a commander in "
     "the Black Lotus Cartel.", [("Hugo Ferreira", "MEMBER_OF", "Black Lotus Cartel")]),
    ("described-by-police-as", "Hugo Ferreira, described by police as a lieutenant in "
     "the Black Lotus Cartel, was arrested at the port.",
     [("Hugo Ferreira", "MEMBER_OF", "Black Lotus Cartel")]),
    # the wing apposed after a described post is the unit's (links._unit_after_title)
    ("wing-after-described-post", "Drones killed Peter Walsh, whom the army described "
     "as a commander in the Iron Valley Battalions, the armed wing of the Popular "
     "Renewal Movement.",
     [("Iron Valley Battalions", "PART_OF", "Popular Renewal Movement")]),
    # "Its co-leader, X, said": the name set off after the title (links._set_off)
    ("its-co-leader-set-off", "The Freedom Alliance walked out of the talks. Its "
     "co-leader, Peter Walsh, said the offer was an insult.",
     [("Peter Walsh", "LEADS", "Freedom Alliance")]),
    # "Y (acronym), the party of X" hung on the verb (roles.jsonl lead.party_of_person_set_off)
    ("party-of-after-acronym", "The police accused the Freedom Alliance (FA), the party "
     "of exiled former premier Daniel Osei, of inciting the riots.",
     [("Daniel Osei", "LEADS", "Freedom Alliance")]),
    # "X is part of Y", "Y, of which X is a part" (roles.jsonl part.is_unit_of,
    # part.of_which_part)
    ("unit-is-part-of", "Analysts say the Iron Valley Battalions are part of the Popular "
     "Renewal Movement.", [("Iron Valley Battalions", "PART_OF", "Popular Renewal Movement")]),
    ("of-which-a-part", "The Southern Alliance, of which the Iron Valley Battalions are "
     "nominally a part, rejected the truce.",
     [("Iron Valley Battalions", "PART_OF", "Southern Alliance")]),
    # a line of its own under a headline with only a city and a date is a dateline too
    ("city-date-line-under-headline", "BRIEFING: Ports and the strike\n\nKarachi, 4 "
     "June 2026\n\nPrime Minister Peter Walsh said on Monday that the docks would reopen.",
     [("Peter Walsh", "LEADS", "Pakistan")]),
    # "G fighters under (the command of) X": X is one of G's (roles.jsonl
    # member.fighters_under, member.fighters_under_command)
    ("fighters-under-commander", "In 2021 Red Sierra Front fighters under Hugo Ferreira "
     "burned the depot.", [("Hugo Ferreira", "MEMBER_OF", "Red Sierra Front")]),
    ("fighters-under-the-command-of", "Popular Renewal Movement rebels under the "
     "command of Peter Walsh seized the airstrip.",
     [("Peter Walsh", "MEMBER_OF", "Popular Renewal Movement")]),
    # a dateline city that is no capital gives the state (leaders.home_state)
    ("dateline-city-government-spokesman", "KARACHI (Sea Wire) - Government spokesman "
     "Peter Walsh said the port would reopen on Monday.",
     [("Peter Walsh", "SPOKESPERSON_FOR", "Pakistan")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # an envoy to a body does not lead it
    ("appointed-as-envoy", "The junta appointed Colonel Peter Walsh as its envoy to the "
     "Transitional Military Council.", [("Peter Walsh", "LEADS", "*")]),
    # a rival described is no member
    ("whom-described-as-rival", "Agents arrested Hugo Ferreira, whom prosecutors "
     "described as a rival of the Black Lotus Cartel.",
     [("Hugo Ferreira", "MEMBER_OF", "*")]),
    # the body described, not a person: nobody's post
    ("described-the-cartel", "Hugo Ferreira described the Black Lotus Cartel as a "
     "family business.", [("Hugo Ferreira", "MEMBER_OF", "*")]),
    # a rival apposed after the post is no wing
    ("rival-after-described-post", "Drones killed Peter Walsh, whom the army described "
     "as a commander in the Iron Valley Battalions, the main rival of the Popular Renewal "
     "Movement.", [("Iron Valley Battalions", "PART_OF", "*")]),
    # the party that expelled X is not X's
    ("party-that-expelled", "The police accused the Freedom Alliance (FA), the party "
     "that expelled Daniel Osei, of inciting the riots.", [("Daniel Osei", "LEADS", "*")]),
    # "part of the problem" names no body; a person is never a part
    ("part-of-the-problem", "Analysts say the Iron Valley Battalions are part of the "
     "problem.", [("Iron Valley Battalions", "PART_OF", "*")]),
    ("person-is-part-of", "Analysts say Peter Walsh is part of the Popular Renewal "
     "Movement.", [("Peter Walsh", "PART_OF", "*")]),
    ("of-which-a-critic", "The Southern Alliance, of which the Iron Valley Battalions are "
     "a fierce critic, rejected the truce.", [("Iron Valley Battalions", "PART_OF", "*")]),
    # fighting under someone's eyes, not under their command
    ("fighters-under-the-eyes-of", "Popular Renewal Movement rebels seized the airstrip "
     "under the eyes of Peter Walsh.", [("Peter Walsh", "MEMBER_OF", "*")]),
    # a date line that names no city gives no state
    ("date-line-without-city", "BRIEFING: Ports and the strike\n\nMonday, 4 June 2026\n\n"
     "Prime Minister Peter Walsh said the docks would reopen.",
     [("Peter Walsh", "LEADS", "*")]),
    # a spokesman for others in the same dateline speaks for no state
    ("dateline-city-dock-spokesman", "KARACHI (Sea Wire) - Peter Walsh, a spokesman for "
     "the dock workers, said the port would reopen on Monday.",
     [("Peter Walsh", "SPOKESPERSON_FOR", "Pakistan")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


@pytest.mark.parametrize(("city", "country"), [
    ("Cotonou", "Benin"), ("Karachi", "Pakistan"), ("Mombasa", "Kenya"),
    ("Nowhereville", None),
])
def test_a_city_gives_the_country_of_its_largest_namesake(city: str, country: str | None
                                                           ) -> None:
    assert city_country(city) == country
