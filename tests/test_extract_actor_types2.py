"""An actor's type told by the words around one of its names, where the model's label is
wrong: ground taken after a word of time ("By May the rebels had taken X": a place, the
time before the verb is not where a person is taken), a town a base, a camp or a prison
stands at ("the federal prison at X"), and a region a governor rules ("the Governor of X
State, Y": the region, and Y its governor). Each kind in several naming traditions, with
what must stay as it was. Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from tests.samples import actors_and_triples as _read

PLACE = ActorType.LOCATION
PERSON = ActorType.PERSON

# (text, name, the type it must have)
TAKEN_AFTER_TIME = [
    # Burmese
    ("By December the Front had taken Sittwe Myo on the border and now holds most of "
     "the state.", "Sittwe Myo", PLACE),
    # Karen / Mon
    ("In January the militia took Bilin Kwe after a week of fighting.", "Bilin Kwe", PLACE),
    # Slavic
    ("By noon the insurgents had taken Kalinovka Dolna and the bridge over the river.",
     "Kalinovka Dolna", PLACE),
    # Latin American
    ("By nightfall the gunmen had taken Maria Auxiliadora and the road to the port.",
     "Maria Auxiliadora", PLACE),
    # names the model reads as a firm's: Arabic, South Asian
    ("By Friday the guerrillas had taken Abu Kamal Sharqi after heavy shelling.",
     "Abu Kamal Sharqi", PLACE),
    ("By morning the insurgents had taken Kuldeep Nagar and the bridge.", "Kuldeep Nagar",
     PLACE),
]

# a firm or an outlet taken over, private or off the air stays what it was
TAKEN_BODY = [
    ("In 2020 the government took Kivu Mining Company over after a long dispute.",
     "Kivu Mining Company"),
    ("By 2019 the investors had taken Zambezi Copper private.", "Zambezi Copper"),
    ("Last year the state took Nile Cement into public ownership.", "Nile Cement"),
    ("In May the army took Radio Okapi off the air.", "Radio Okapi"),
]

# a person taken somewhere stays a person, a word of time before the verb or not
TAKEN_PERSON = [
    ("The gunmen took Juan Carlos Medina to a hospital in the capital.",
     "Juan Carlos Medina", PERSON),
    ("By Monday the police had taken Oleksandr Hrytsenko into custody.",
     "Oleksandr Hrytsenko", PERSON),
    ("On Sunday the kidnappers took Chinedu Okafor to a forest camp.", "Chinedu Okafor",
     PERSON),
    ("In March the soldiers took Ahmed Hassan Yusuf away for questioning.",
     "Ahmed Hassan Yusuf", PERSON),
]

SITE_AT = [
    # Latin American
    ("The order came from inside the federal prison at Ezeiza Paz, police said.",
     "Ezeiza Paz", PLACE),
    ("The order came from inside the prison at Villa Devoto, prosecutors said.",
     "Villa Devoto", PLACE),
    # Arabic
    ("The detainees were moved to the military base at Kafr Sousa on Friday.",
     "Kafr Sousa", PLACE),
    # Slavic
    ("The journalist was held at the prison at Lefortovo Dalny for two months.",
     "Lefortovo Dalny", PLACE),
]

# a person beside a site is no place: "a camp run by X", "the camp commander X"
SITE_PERSON = [
    ("The prisoners were moved to a camp run by Ahmed Hassan Yusuf.", "Ahmed Hassan Yusuf",
     PERSON),
    ("The inmates at the prison were visited by Maria Fernanda Quishpe.",
     "Maria Fernanda Quishpe", PERSON),
    ("Lawyers for Dmitri Volkov said the base at Lefortovo Dalny was overcrowded.",
     "Dmitri Volkov", PERSON),
    ("Gunmen attacked the camp at Dadaab, said Abdi Hersi Ali, a local official.",
     "Abdi Hersi Ali", PERSON),
]

RULED_REGION = [
    # Nigerian (Yoruba, Igbo)
    ("The United Nations envoy met the Governor of Kwara State, Adebayo Olumide, and local "
     "leaders on Monday.", "Kwara State", PLACE),
    ("The envoy met the Governor of Plateau State, Hyacinth Okon, and displaced families.",
     "Plateau State", PLACE),
    # Burmese (Kachin)
    ("The envoy met the Governor of Kachin State, Hkun Htoi, in Myitkyina.", "Kachin State",
     PLACE),
    # Sudanese (Arabic)
    ("The mission met the Governor of Sennar State, Ahmed Osman Babiker, on Tuesday.",
     "Sennar State", PLACE),
]

# the governor named after the region is its governor, never a place
RULER_PERSON = [
    ("The United Nations envoy met the Governor of Kwara State, Adebayo Olumide, and local "
     "leaders on Monday.", "Adebayo Olumide", PERSON),
    ("The envoy met the Governor of Kachin State, Hkun Htoi, in Myitkyina.", "Hkun Htoi",
     PERSON),
    ("The minister met the Premier of Sindh Province, Murad Ali Shah, in Karachi.",
     "Murad Ali Shah", PERSON),
    ("The mission met the Governor of Sennar State, Ahmed Osman Babiker, on Tuesday.",
     "Ahmed Osman Babiker", PERSON),
]


@pytest.mark.parametrize(("text", "name", "type_"), TAKEN_AFTER_TIME)
def test_ground_taken_after_a_word_of_time_is_a_place(nlp: Language, text: str, name: str,
                                                      type_: ActorType) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is type_, actors


@pytest.mark.parametrize(("text", "name", "type_"), TAKEN_PERSON)
def test_a_person_taken_somewhere_stays_a_person(nlp: Language, text: str, name: str,
                                                 type_: ActorType) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is type_, actors


@pytest.mark.parametrize(("text", "name"), TAKEN_BODY)
def test_a_body_taken_over_is_no_place(nlp: Language, text: str, name: str) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is not PLACE, actors


@pytest.mark.parametrize(("text", "name", "type_"), SITE_AT)
def test_the_town_a_site_stands_at_is_a_place(nlp: Language, text: str, name: str,
                                              type_: ActorType) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is type_, actors


@pytest.mark.parametrize(("text", "name", "type_"), SITE_PERSON)
def test_a_person_beside_a_site_stays_a_person(nlp: Language, text: str, name: str,
                                               type_: ActorType) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is type_, actors


@pytest.mark.parametrize(("text", "name", "type_"), RULED_REGION)
def test_the_region_a_governor_rules_is_a_place(nlp: Language, text: str, name: str,
                                                type_: ActorType) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is type_, actors


@pytest.mark.parametrize(("text", "name", "type_"), RULER_PERSON)
def test_the_governor_named_after_the_region_is_a_person(nlp: Language, text: str,
                                                         name: str, type_: ActorType) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is type_, actors


def test_the_governor_leads_the_region(nlp: Language) -> None:
    _, triples = _read(nlp, "The envoy met the Governor of Kachin State, Hkun Htoi, in "
                            "Myitkyina.")
    assert ("Hkun Htoi", "LEADS", "Kachin State") in triples, triples


def test_a_group_that_takes_ground_holds_it(nlp: Language) -> None:
    _, triples = _read(nlp, "By December the Kawthoo Front had taken Bilin Kwe and now "
                            "holds most of the district.")
    assert ("Kawthoo Front", "CONTROLS", "Bilin Kwe") in triples, triples


def test_the_islamic_state_stays_a_group(nlp: Language) -> None:
    actors, _ = _read(nlp, "The court sentenced the governor of the Islamic State, Abu "
                           "Bakr Mahmoud, to death.")
    assert actors.get("Islamic State") is ActorType.ARMED_GROUP, actors
