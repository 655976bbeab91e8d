"""Actors a key fact needs at its ends, kept whole across a hyphen: a name the model cut
at its hyphen ("[ANC]-Tarawi"), or read in two places on either side of a hyphened
particle ("[Dera]-i-[Nasr]"), is one actor; two names joined by a bare hyphen
("Russia-Ukraine") and a name before a lower-case word ("Iran-backed") stay as they were.
And soldiers killed in an attack on another side's army ("X army positions") are not
given to the article's state. Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from tests.samples import Triple, assert_read_whole
from tests.samples import actors_and_triples as _read

# (text, the whole name that must be an actor, the pieces that must not be actors)
WHOLE = [
    ("Fighters loyal to the ANC-Tarawi administration attacked army positions on Thursday.",
     "ANC-Tarawi", ["ANC", "Tarawi"]),
    ("He said ANC-Tarawi had withdrawn from the talks.", "ANC-Tarawi", ["ANC"]),
    ("Gunmen killed nine worshippers at a mosque in the northern city of Dera-i-Nasr on "
     "Friday.", "Dera-i-Nasr", ["Dera", "Nasr"]),
    ("Gunmen killed nine worshippers at a mosque in the northern city of Kala-i-Sorkh on "
     "Friday.", "Kala-i-Sorkh", ["Kala", "Sorkh"]),
]


@pytest.mark.parametrize(("text", "name", "pieces"), WHOLE)
def test_hyphened_name_is_one_actor(nlp: Language, text: str, name: str,
                                    pieces: list[str]) -> None:
    actors, _ = _read(nlp, text)
    assert name in actors, sorted(actors)
    for piece in pieces:
        assert piece not in actors, sorted(actors)


# (text, the actors that must stay apart, names that must not be actors)
APART = [
    ("The Russia-Ukraine war dominated the talks in Geneva.", ["Russia", "Ukraine"],
     ["Russia-Ukraine"]),
    ("An Iran-backed militia fired rockets at the base.", ["Iran"], ["Iran-backed"]),
    ("A US-led coalition struck Kesh Front positions.", ["United States", "Kesh Front"],
     ["US-led"]),
]


@pytest.mark.parametrize(("text", "kept", "absent"), APART)
def test_hyphened_pair_stays_apart(nlp: Language, text: str, kept: list[str],
                                   absent: list[str]) -> None:
    actors, _ = _read(nlp, text)
    for name in kept:
        assert name in actors, sorted(actors)
    for name in absent:
        assert name not in actors, sorted(actors)


def test_whole_name_takes_its_relation(nlp: Language) -> None:
    _, triples = _read(nlp, "The Kesh Front said ANC-Tarawi had attacked its positions "
                            "near Belo, and it accused ANC-Tarawi of breaking the truce.")
    assert any(s == "ANC-Tarawi" or t == "ANC-Tarawi" for s, _, t in triples), triples
    assert not any(s == "ANC" or t == "ANC" for s, _, t in triples), triples


DATELINE = "BELEM, Somalia, 3 March 2026 — "


def test_soldiers_of_another_army_are_not_the_article_states(nlp: Language) -> None:
    """The attacked army is named by an owner that is no state: the soldiers killed are
    not the dateline state's forces."""
    actors, triples = _read(nlp, DATELINE + "The Vaka Front attacked Vandorland army "
                                            "positions on Thursday, killing eleven soldiers.")
    assert "Somali forces" not in actors, sorted(actors)
    assert not any(t == "Somali forces" for _, _, t in triples), triples


def test_soldiers_with_no_other_army_stay_the_article_states(nlp: Language) -> None:
    _, triples = _read(nlp, DATELINE + "The Vaka Front attacked an army base on Thursday, "
                                       "killing eleven soldiers.")
    assert ("Vaka Front", "KILLED", "Somali forces") in triples, triples


def test_soldiers_beside_a_named_army_stay_the_article_states(nlp: Language) -> None:
    """An army's own name ("the Kesh Army") is an actor, not an unnamed owner's army."""
    _, triples = _read(nlp, DATELINE + "The Kesh Army attacked an army base on Thursday, "
                                       "killing eleven soldiers.")
    assert ("Kesh Army", "KILLED", "Somali forces") in triples, triples


# (text, a person whose given name is two hyphened words, the relation read of them)
HYPHENED_GIVEN = [
    ("Jean-Christophe Morel, who leads the Party of the Free Coast, said the attacks were "
     "predictable.", "Jean-Christophe Morel",
     ("Jean-Christophe Morel", "LEADS", "Party of the Free Coast")),
    ("Marc-Olivier Dutrieux, the mayor, criticised the police.", "Marc-Olivier Dutrieux",
     None),
]


@pytest.mark.parametrize(("text", "name", "triple"), HYPHENED_GIVEN)
def test_hyphened_given_name_is_a_person(nlp: Language, text: str, name: str,
                                         triple: Triple | None) -> None:
    actors, triples = _read(nlp, text)
    assert actors.get(name) is ActorType.PERSON, actors
    if triple is not None:
        assert triple in triples, triples


def test_hyphened_given_name_before_a_body_word_is_no_person(nlp: Language) -> None:
    actors, _ = _read(nlp, "Fighters of the Jean-Baptiste Brigade attacked the town of Belo.")
    assert all(t is not ActorType.PERSON for n, t in actors.items() if "Jean" in n), actors


# (text, the whole name of a group that must be an actor, names that must not be actors)
ACRONYM_WORD = [
    ("The armed wing of the Front for Unity and Renewal, known by its French acronym as "
     "FUR-armé, claimed the attack.", "FUR-armé", ["FUR"]),
    ("FUR-armé fighters killed two soldiers near the border post.", "FUR-armé", ["FUR"]),
    ("The army said it had struck FUR-armé positions in the hills.", "FUR-armé", ["FUR"]),
]


@pytest.mark.parametrize(("text", "name", "pieces"), ACRONYM_WORD)
def test_acronym_hyphened_to_a_foreign_word_is_one_group(
        nlp: Language, text: str, name: str, pieces: list[str]) -> None:
    assert_read_whole(nlp, text, name, absent=pieces)


def test_acronym_group_takes_its_relation(nlp: Language) -> None:
    _, triples = _read(nlp, "FUR-armé is led by Ali Hassan Dabar, a veteran politician.")
    assert ("Ali Hassan Dabar", "LEADS", "FUR-armé") in triples, triples


def test_acronym_before_an_english_word_describes(nlp: Language) -> None:
    """"a UN-style vote", "the NGO-run camp": English words after the hyphen describe."""
    actors, _ = _read(nlp, "The KLF held a KLF-style vote in the NGO-run camp near Belo.")
    assert not any("-" in name for name in actors), sorted(actors)


# (text, the group named by a group's word before another name, names that must not be)
OPENED = [
    ("Fighters of Jamaat Ansarullah attacked a border post in the north.",
     "Jamaat Ansarullah", ["Houthis"]),
    ("The army said Jamaat Ansarullah, a militant group, was behind the attack.",
     "Jamaat Ansarullah", ["Houthis", "Jamaat"]),
    ("Fighters attacked camps of Jama'atu Ahlul Haqq wal-Jihad (JAHJ), the faction led by "
     "Ali Bukar.", "Jama'atu Ahlul Haqq wal-Jihad", ["Ahlul Haqq wal-Jihad"]),
]


@pytest.mark.parametrize(("text", "name", "absent"), OPENED)
def test_group_word_opens_a_longer_name(nlp: Language, text: str, name: str,
                                        absent: list[str]) -> None:
    assert_read_whole(nlp, text, name, absent=absent)


def test_known_group_without_a_group_word_stays_itself(nlp: Language) -> None:
    actors, _ = _read(nlp, "Ansarullah fighters fired missiles at ships in the Red Sea.")
    assert "Houthis" in actors, sorted(actors)


# (text, the name a group's own noun is called, the type it must have)
CALLED = [
    ("He named the leader of the raiders as Rado Tsimba, whose group is called Tafi Mara "
     "by people in the area.", "Tafi Mara", ActorType.ORGANIZATION),
    ("By the early 1990s its armed wing, known as Atiko, was fighting the army in the "
     "forests.", "Atiko", ActorType.ORGANIZATION),
]


@pytest.mark.parametrize(("text", "name", "kind"), CALLED)
def test_name_a_group_noun_is_called_is_a_groups(nlp: Language, text: str, name: str,
                                                  kind: ActorType) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is kind, actors


def test_name_a_person_is_known_as_stays_a_person(nlp: Language) -> None:
    actors, _ = _read(nlp, "The smuggler, known as Omar Bakri, was arrested in Belo.")
    assert actors.get("Omar Bakri") is ActorType.PERSON, actors


def test_group_called_by_name_is_led(nlp: Language) -> None:
    _, triples = _read(nlp, "Police named the leader as Rado Tsimba, whose group is called "
                            "Tafi Mara. Rado Tsimba leads Tafi Mara from the hills.")
    assert ("Rado Tsimba", "LEADS", "Tafi Mara") in triples, triples


# An actor's type is its strongest mention's, not its first's: a name the model read as a
# person first is a town once an apposition names it one, a group once its noun follows.
# (text, the actor, the type it must have, a relation only that type lets hold)
RETYPED = [
    ("Gunmen fired on Tessaret overnight. The Kesh Front says it controls Tessaret, a town "
     "near the border.", "Tessaret", ActorType.LOCATION,
     ("Kesh Front", "CONTROLS", "Tessaret")),
    ("Gunmen fired on Abolo overnight. The Kesh Front says it controls Abolo, a town near "
     "the border.", "Abolo", ActorType.LOCATION, ("Kesh Front", "CONTROLS", "Abolo")),
    ("Kaluma Ndele is a feared name. Police said Obi Dako leads the Kaluma Ndele gang.",
     "Kaluma Ndele", ActorType.ARMED_GROUP, ("Obi Dako", "LEADS", "Kaluma Ndele")),
]


@pytest.mark.parametrize(("text", "name", "kind", "triple"), RETYPED)
def test_strongest_mention_settles_the_type(nlp: Language, text: str, name: str,
                                            kind: ActorType, triple: Triple) -> None:
    actors, triples = _read(nlp, text)
    assert actors.get(name) is kind, actors
    assert triple in triples, triples


# (text, names that must be people, names that must be states or places)
KEPT_APART = [
    # a person named by a title first stays one where a place preposition names him later
    ("Colonel Tessaret said his men would hold the bridge. Residents in Abolo said "
     "Tessaret had left for the capital.", ["Tessaret"], ["Abolo"]),
    # a person bearing a state's name and the state itself stay two actors
    ("Jordan Okafor, a lawyer, said the talks would be held in Jordan. Okafor said Jordan "
     "had offered to host them.", ["Jordan Okafor"], ["Jordan"]),
    ("Jordan Okafor said on Monday that the militia had withdrawn. Jordan hosted the "
     "talks, and Jordan Okafor attended.", ["Jordan Okafor"], ["Jordan"]),
    # a person named after a town, and the town
    ("Mayor Victoria Chen met the governor. Gunmen attacked Victoria, a town in the east, "
     "on Sunday.", ["Victoria Chen"], ["Victoria"]),
    # a surname read as a person's stays the person's after an apposition of a place
    ("Lieutenant Malo Abaka said the convoy was attacked. Abaka, a town near the border, "
     "was shelled.", ["Malo Abaka"], []),
]


@pytest.mark.parametrize(("text", "people", "places"), KEPT_APART)
def test_weaker_or_other_mentions_retype_no_one(nlp: Language, text: str,
                                                people: list[str], places: list[str]) -> None:
    actors, _ = _read(nlp, text)
    for name in people:
        assert actors.get(name) is ActorType.PERSON, actors
    for name in places:
        assert actors.get(name) in (ActorType.STATE, ActorType.LOCATION), actors


def test_leader_of_a_faction_is_a_member_of_the_group(nlp: Language) -> None:
    """"led a faction of the Y": one of Y's people, not Y's head."""
    _, triples = _read(nlp, "Oduya led a faction of the Kora gang until 2019.")
    assert ("Oduya", "MEMBER_OF", "Kora") in triples, triples
    assert ("Oduya", "LEADS", "Kora") not in triples, triples


def test_leader_of_the_group_still_leads_it(nlp: Language) -> None:
    _, triples = _read(nlp, "Oduya led the Kora gang until 2019.")
    assert ("Oduya", "LEADS", "Kora") in triples, triples
