"""Actors on news the rules were not written for (third round): the non-state dictionary's
people typed as people, not as the group they belong to; long body names and names in
other languages kept whole. Own sentences, invented names."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def compiler() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import compile_dictionaries
    finally:
        sys.path.pop(0)
    yield compile_dictionaries


def _nonstate(compiler: ModuleType, text: str, people: list[str]) -> tuple[
        dict[str, str], list[str]]:
    """Compile a non-state file's text; `people` are the other files' people, whose
    first and last names tell the non-state file's people."""
    from phoenix_format import RawEntry

    entries: list[RawEntry] = []
    for line in text.strip().splitlines():
        body, _, comment = line.partition("#")
        name, _, code = body.partition("[")
        entries.append(RawEntry(name=name.strip(), codes=[(code.strip(" ]"), "")],
                                comment=comment.strip()))
    given = compiler.personal_names({"name": p} for p in people)
    groups, persons = compiler.compile_actors(entries, "nonstate", frozenset(), given)
    return {str(g["name"]): str(g["type"]) for g in groups}, [str(p["name"]) for p in persons]


# (id, line of the non-state file, person?): each typed by the file's own cues
NONSTATE_LINES = [
    ("role-in-comment", "TOMAS_VELDRANE__ [IMGXYZMUS] #  deputy leader of the front", True),
    ("member-in-comment", "KORVIN_ADALET__ [IMGXYZMUS] #  member", True),
    ("shared-first-name", "HASSAN_ZORVELI__ [IMGXYZMUS]", True),
    ("shared-last-name", "ODRAN_PELLIKAN__ [IMGXYZMUS]", True),
    ("patronymic", "SAMIR_BIN_TOVALA__ [IMGXYZMUS]", True),
    ("byname-and-family", "ABU_TARIQ_AL_VEDRANI__ [IMGXYZMUS]", True),
    # a group's name with no cue stays a group, even shaped like a person's
    ("group-without-cue", "JAMAAT_ORVELA__ [IMGXYZMUS]", False),
    # the organisations' coders' tag: a group, whatever its words
    ("tagged-organisation", "HASSAN_BRIGADE_ORVELA_ [XYZREB] #  kkl 21 Mar 13", False),
    ("tagged-name-like", "HASSAN_ORVELA_ [XYZREB] #  kkl 21 Mar 13", False),
    ("byname-alone", "ABU_TARIQ__ [IMGXYZMUS]", False),
]
OTHER_FILES_PEOPLE = ["Hassan Dorelli", "Hassan Mubeki", "Lina Pellikan", "Marek Pellikan",
                      "Al Torvell", "Al Mesken"]


@pytest.mark.parametrize(("line", "person"), [c[1:] for c in NONSTATE_LINES],
                         ids=[c[0] for c in NONSTATE_LINES])
def test_nonstate_people_are_people(compiler: ModuleType, line: str, person: bool) -> None:
    groups, persons = _nonstate(compiler, line, OTHER_FILES_PEOPLE)
    assert bool(persons) is person, (groups, persons)
    if person:
        assert not groups
    elif not line.startswith("ABU_TARIQ__"):
        assert list(groups.values()) == [ActorType.ARMED_GROUP.value]


def test_article_is_no_first_name(compiler: ModuleType) -> None:
    """"Al" opens two people's names in the other files; a group spelled "El Vorta"
    stays a group."""
    groups, persons = _nonstate(compiler, "EL_VORTA__ [IMGXYZMUS]\nAL_VORTA__ [IMGXYZMUS]",
                                OTHER_FILES_PEOPLE)
    assert not persons and len(groups) == 2


def test_one_name_member_is_dropped(compiler: ModuleType) -> None:
    """A member known by one name is too bare a person to match and no group at all."""
    groups, persons = _nonstate(compiler, "VELDRANI__ [IMGXYZMUS] #  senior leader",
                                OTHER_FILES_PEOPLE)
    assert not groups and not persons


def test_leader_listed_as_a_group_synonym_is_no_alias(compiler: ModuleType) -> None:
    """The file lists a group's leader among its synonyms; neither his full name nor his
    surname becomes the group's alias, while the group's acronym does."""
    from phoenix_format import RawEntry

    entry = RawEntry(name="NORTHERN_VALLEY_FRONT_", codes=[("XYZREB", "")],
                     synonyms=["NVF", "KAREL_AL-DORIN", "AL-DORIN", "NORTHERN_VALLEY_FRONT_ARMY"],
                     comment="kkl 21 Mar 13")
    groups, _ = compiler.compile_actors([entry], "nonstate", frozenset())
    assert groups[0]["aliases"] == ["NVF", "Northern Valley Front Army"]


def test_committed_data_types_known_leaders_as_people() -> None:
    """The committed data: no entry of the non-state file whose comment names a member's
    role is typed a group."""
    import json

    data = json.loads((ROOT / "extract" / "data" / "phoenix.json").read_text("utf-8"))
    persons = {p["name"] for p in data["persons"]}
    groups = {g["name"] for g in data["actors"]}
    assert "Osama bin Laden" in persons and "Osama bin Laden" not in groups
    assert "Jemaah Islamiyah" in groups


# ---------------------------------------------------------------- names before an acronym
def _actors(nlp: Language, text: str) -> dict[str, tuple[ActorType, tuple[str, ...]]]:
    ex = extract_document(nlp, text, "case.txt")
    return {a.name: (a.type, a.aliases) for a in ex.actors}


# (id, sentence, whole name, type, the bracketed form that becomes its alias): an
# acronym of the name in another language, which the English words do not spell
WHOLE_BEFORE_ACRONYM = [
    ("known-name-inside", "The Southern Velaria National Liberation Army (EPNVS) ambushed "
     "a police convoy near Korvala on Sunday.", "Southern Velaria National Liberation Army",
     ActorType.ARMED_GROUP, "EPNVS"),
    ("members-of-the-body", "Fighters of the Southern Velaria National Liberation Army "
     "(EPNVS) ambushed a police convoy near Korvala.",
     "Southern Velaria National Liberation Army", ActorType.ARMED_GROUP, "EPNVS"),
    ("mission-and-place", "Chad sent 400 troops to the African Union Support and Recovery "
     "Mission in Velaria (AURMIV) last year.",
     "African Union Support and Recovery Mission in Velaria", ActorType.ORGANIZATION,
     "AURMIV"),
    ("short-form-with-head", "The Velarian Workers' Unity and Justice Party (EBK Party) "
     "condemned the raid on Korvala.", "Velarian Workers' Unity and Justice Party",
     ActorType.ORGANIZATION, "EBK Party"),
    ("date-before-name", "On Tuesday Southern Velaria National Liberation Army (EPNVS) "
     "fighters attacked Korvala.", "Southern Velaria National Liberation Army",
     ActorType.ARMED_GROUP, "EPNVS"),
]


@pytest.mark.parametrize(("text", "name", "type_", "alias"),
                         [c[1:] for c in WHOLE_BEFORE_ACRONYM],
                         ids=[c[0] for c in WHOLE_BEFORE_ACRONYM])
def test_whole_name_before_a_foreign_acronym(nlp: Language, text: str, name: str,
                                             type_: ActorType, alias: str) -> None:
    actors = _actors(nlp, text)
    assert name in actors, actors
    assert actors[name][0] is type_
    assert alias in actors[name][1]


def test_acronym_later_is_the_whole_name(nlp: Language) -> None:
    ex = extract_document(nlp, "The Southern Velaria National Liberation Army (EPNVS) "
                          "ambushed a convoy near Korvala. Later the EPNVS attacked the "
                          "police station in Dravik.", "case.txt")
    assert [a.name for a in ex.actors if a.type is ActorType.ARMED_GROUP] == [
        "Southern Velaria National Liberation Army"]


def test_no_body_named_without_a_head(nlp: Language) -> None:
    """A bracketed acronym after capitalised words with no body's head word names no
    body: the words stay a place."""
    actors = _actors(nlp, "Officials from Upper Korvala Valley (UKV) condemned the raid.")
    assert not any(t in (ActorType.ORGANIZATION, ActorType.ARMED_GROUP)
                   for t, _ in actors.values()), actors


def test_short_form_with_another_head_is_no_alias(nlp: Language) -> None:
    actors = _actors(nlp, "The Velarian Workers' Unity and Justice Party (EBK Front) "
                     "condemned the raid.")
    party = actors.get("Velarian Workers' Unity and Justice Party")
    assert party is None or "EBK Front" not in party[1], actors


# ---------------------------------------------------------------- people's names
# (id, sentence, name, type): a given name with accents, which the model reads as a
# place or a body, is a person's first name where the dictionaries' people carry it
# (they write names in plain capitals, without accents)
PEOPLE = [
    ("given-name-read-as-place", "Los Halcones, led by Iván Romero Pardo, attacked a "
     "patrol near the border.", "Iván Romero Pardo", ActorType.PERSON),
    ("accented-name-read-as-body", "Los Halcones, led by Nicolás Peña Vidal, attacked a "
     "patrol near the border.", "Nicolás Peña Vidal", ActorType.PERSON),
    ("accented-name-read-as-place", "The cell, led by Óscar Medina Ruiz, attacked a "
     "patrol near the border.", "Óscar Medina Ruiz", ActorType.PERSON),
    # a town before a name it does not modify stays a town
    ("town-before-a-name", "In Culiacán Jesús Ramírez Luna was arrested on Monday.",
     "Culiacán", ActorType.LOCATION),
]


@pytest.mark.parametrize(("text", "name", "type_"), [c[1:] for c in PEOPLE],
                         ids=[c[0] for c in PEOPLE])
def test_people_with_accented_names(nlp: Language, text: str, name: str,
                                    type_: ActorType) -> None:
    actors = _actors(nlp, text)
    assert name in actors, actors
    assert actors[name][0] is type_


# ---------------------------------------------------------------- a name before the group noun
@pytest.mark.parametrize(("text", "name", "type_"), [
    ("Police blamed the killings on the Kanu Seke gang, which controls the port.",
     "Kanu Seke", ActorType.ARMED_GROUP),
    ("The raid was carried out by the Kanu Seke coalition, an alliance of armed groups.",
     "Kanu Seke", ActorType.ORGANIZATION),
], ids=["gang", "coalition"])
def test_unlabelled_name_before_a_group_noun(nlp: Language, text: str, name: str,
                                             type_: ActorType) -> None:
    actors = _actors(nlp, text)
    assert name in actors, actors
    assert actors[name][0] is type_


@pytest.mark.parametrize("text", [
    "The Monday rebels never came to the talks.",  # a day's name is no group's
    "Nobody joined the rebels in the hills.",  # no capitalised words
])
def test_no_group_name_before_a_group_noun(nlp: Language, text: str) -> None:
    assert not any(t in (ActorType.ARMED_GROUP, ActorType.ORGANIZATION)
                   for t, _ in _actors(nlp, text).values())


def test_group_noun_stands_for_the_named_group(nlp: Language) -> None:
    ex = extract_document(nlp, "Jean Moreau, who leads the Kanu Seke gang, was arrested "
                          "on Monday.", "case.txt")
    names = {a.id: a.name for a in ex.actors}
    assert ("Jean Moreau", "LEADS", "Kanu Seke") in {
        (names[r.source], r.type.value, names[r.target]) for r in ex.relations}
