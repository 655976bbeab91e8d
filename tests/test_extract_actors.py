"""The actor layer: names the model misses or mistypes, found and typed by what the
sentence says about them. Own sentences; each case names one actor and the type it
must (or must not) get."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document

PERSON, LOCATION, ORGANIZATION = ActorType.PERSON, ActorType.LOCATION, ActorType.ORGANIZATION

TYPED: list[tuple[str, str, str, ActorType]] = [
    # killed or a killer: only a person is shot or murdered
    ("shooter", "Avery calmly shot Santos two weeks after the trial.", "Avery", PERSON),
    ("shot-name-some-town-bears", "He shot Santos in the back as he walked home.",
     "Santos", PERSON),
    # a name that speaks of itself as "he" or "she"
    ("said-he", "Carver said he had never seen the ledger before March.", "Carver", PERSON),
    ("admitted-she", "Okafor admitted she signed the order.", "Okafor", PERSON),
    # what only a person has or is
    ("hometown", "Fans gathered near Nolan's hometown of Cedar Falls.", "Nolan", PERSON),
    ("one-of-a-people", "Haddad, a Lebanese Christian, was sentenced to life in prison.",
     "Haddad", PERSON),
    ("native-son-is-a-place", "Ohio's native son Carl Brandt wrote about the flood.",
     "Ohio", LOCATION),
    # a place after "in" stays a place whatever follows it
    ("in-place-who", "The painter Lena Voss, 71, born in Houston, who studied in Rome, "
     "died on Friday.", "Houston", LOCATION),
    ("of-place-who", "Governor Ellen Marsh of Virginia, who chairs the panel, spoke first.",
     "Virginia", LOCATION),
    # "Name, 52, of Town": where the person is from
    ("aged-of-town", "Ann Lowe, 52, of Quellbrook, was hurt when the bridge gave way.",
     "Quellbrook", LOCATION),
    # a town the model read as a people, or left unlabelled before a state abbreviation
    ("town-read-as-people", "Marta Silva, a Memphis native, sang at the opening.",
     "Memphis", LOCATION),
    ("town-before-state", "Two daily papers are sold, the Courier in Gary , Ind .",
     "Gary", LOCATION),
    # a town's name on a firm's title is the firm (a town has a mayor, not a spokesman)
    ("town-name-firm-spokesman", "Dayton spokesman Omar Hale said the firm would appeal "
     "the fine.", "Dayton", ORGANIZATION),
    ("town-name-firm-manager", "Greta Moss, a Columbus sales manager, said orders fell "
     "in May.", "Columbus", ORGANIZATION),
    ("town-police-spokesman", "Oslo police spokesman Per Lund said two men were held.",
     "Oslo", LOCATION),
    ("town-mayor", "Dayton Mayor Omar Hale opened the bridge.", "Dayton", LOCATION),
    ("firm-title-for-name", "The fire grew overnight, said Ana Ruiz, a spokeswoman for the "
     "Bighorn National Forest.", "Bighorn National Forest", ORGANIZATION),
    ("firm-title-of-name", "Omar Hale, president of Harvard, spoke first.", "Harvard",
     ORGANIZATION),
    ("mayor-of-town", "Omar Hale, the mayor of Dayton, spoke first.", "Dayton", LOCATION),
    # a body's head word ends a name that opens with a place: the body, not the place
    ("place-then-body-head", "Dana Ruiz, a member of the City of Tulsa Commission, raised "
     "money.", "City of Tulsa Commission", ActorType.GOVERNMENT_BODY),
    ("region-then-board", "Dana Ruiz sits on the Kingdom of Fife Board.",
     "Kingdom of Fife Board", ORGANIZATION),
    # an institution named after a mountain is an institution
    ("mount-college", "Chemist Ravi Nair of Mount Hebron College disputed the results.",
     "Mount Hebron College", ORGANIZATION),
]

def test_a_people_modifying_a_noun_stays_no_place(nlp: Language) -> None:
    types = _types(nlp, "Trade in Arab countries slowed after the embargo.")
    assert "Arab" not in types, types


def test_a_given_name_inside_a_town_is_no_person(nlp: Language) -> None:
    text = "Flights to San Pedro Sula resumed on Monday."
    assert PERSON not in _types_with_label(nlp, text, "Pedro Sula", "").values()


@pytest.mark.parametrize(("text", "words"), [
    ("The blaze was out by noon, said Capt. Orla Brennagh of the county brigade.",
     "Orla Brennagh"),
    ("Reporters met Jorge Valdivia Ortiz in the market square on Sunday.",
     "Jorge Valdivia Ortiz"),
    ("The mill will close in May, said Ana Ruiz, a spokeswoman for the union.", "Ana Ruiz"),
])
def test_unlabelled_name_after_a_rank_or_given_name(nlp: Language, text: str,
                                                    words: str) -> None:
    assert _types_with_label(nlp, text, words, "").get(words) is PERSON


NOT_PERSONS: list[tuple[str, str, str]] = [
    ("shot-down", "The battery shot down Falcon over the lake.", "Falcon"),
    ("said-it", "Halvorsen said it would appeal the ruling.", "Halvorsen"),
    ("not-a-name", "Police shot two men who fled the checkpoint.", "Police"),
]


def _types(nlp: Language, text: str) -> dict[str, ActorType]:
    ex = extract_document(nlp, text, "t")
    return {a.name: a.type for a in ex.actors}


@pytest.mark.parametrize(("text", "name", "type_"), [c[1:] for c in TYPED],
                         ids=[c[0] for c in TYPED])
def test_actor_typed_by_context(nlp: Language, text: str, name: str, type_: ActorType) -> None:
    types = _types(nlp, text)
    assert types.get(name) is type_, f"{name!r} in {text!r}: got {types}"


@pytest.mark.parametrize(("text", "name"), [c[1:] for c in NOT_PERSONS],
                         ids=[c[0] for c in NOT_PERSONS])
def test_no_person_without_a_cue(nlp: Language, text: str, name: str) -> None:
    types = _types(nlp, text)
    assert types.get(name) is not PERSON, f"{name!r} in {text!r} read as a person: {types}"


INSTITUTIONS: list[tuple[str, str, str]] = [
    # the model reads only the place, or only the first words, of an institution's name
    ("place-then-institution", "Two instructors of the Ruritanian Coast Guard Training "
     "Center testified on Friday.", "Ruritanian Coast Guard Training Center"),
    ("name-cut-before-head", "Lakeland Highway Patrol Officer Dana Ruiz closed the road.",
     "Lakeland Highway Patrol"),
    ("city-then-university", "Marta Silva, a Lisbon University chemist, led the survey.",
     "Lisbon University"),
]


@pytest.mark.parametrize(("text", "name"), [c[1:] for c in INSTITUTIONS],
                         ids=[c[0] for c in INSTITUTIONS])
def test_institution_read_whole(nlp: Language, text: str, name: str) -> None:
    types = _types(nlp, text)
    assert name in types, f"{name!r} not read whole in {text!r}: {list(types)}"
    assert types[name] not in (PERSON, LOCATION)


def _types_with_label(nlp: Language, text: str, words: str, label: str) -> dict[str, ActorType]:
    """The actors of `text` when the model has labelled `words` as `label` (the small
    model's labels shift with the sentence around a name; this fixes the one read)."""
    from actorgraph.extract.assemble import assemble
    from actorgraph.extract.pipeline import _holder
    from actorgraph.extract.textprep import normalise

    doc = nlp(normalise(text))
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label=label)
    assert span is not None
    if label:
        doc.set_ents([span], default="unmodified")
    else:  # the model left the words unlabelled
        doc.set_ents([], outside=[span], default="unmodified")
    holder = _holder(nlp)
    ex = assemble(doc, text, "t", holder.gazetteer, holder.engine)
    return {a.name: a.type for a in ex.actors}


@pytest.mark.parametrize(
    ("words", "label", "type_"),
    [
        ("Jorge Valdivia Ortiz", "ORG", PERSON),  # a given name opens it
        ("Jorge Valdivia Ortiz", "GPE", PERSON),
        ("Jorge Street", "ORG", ORGANIZATION),  # a street named after someone is no person
        ("Valdivia Ortiz", "ORG", ORGANIZATION),  # no given name: the label stands
    ],
)
def test_given_name_makes_a_person(nlp: Language, words: str, label: str,
                                   type_: ActorType) -> None:
    text = f"Reporters met {words} in the market square on Sunday."
    types = _types_with_label(nlp, text, words, label)
    assert types.get(words) is type_, types
