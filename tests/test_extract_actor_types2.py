"""An actor's type told by the words around one of its names, where the model's label is
wrong: ground taken after a word of time ("By May the rebels had taken X": a place, the
time before the verb is not where a person is taken), a town a base, a camp or a prison
stands at ("the federal prison at X") or is named for ("the X base"), a region a
governor rules ("the Governor of X State, Y": the region, and Y its governor, the
capitalised title read as a title), the name a noun is given ("a man identified as X",
"X, alias Y": a person; "a village known as X": a place), and a capital set after "the
capital," (the city, not its state). Each kind in several naming traditions, with what
must stay as it was. Own sentences, invented names."""

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


@pytest.mark.parametrize(("text", "name"), TAKEN_BODY)
def test_a_body_taken_over_is_no_place(nlp: Language, text: str, name: str) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is not PLACE, actors


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


# A person named after a capitalised title and the body or region it is of, set off by
# commas: "the Governor of Niger State, X," (the parser reads the title as a name)
AFTER_CAPITAL_TITLE = [
    # Nigerian (Hausa, Yoruba)
    ("The envoy visited Minna and met the Governor of Niger State, Umaru Bago, and displaced "
     "families.", "Umaru Bago"),
    ("The envoy met the Commissioner of Police of Lagos State, Olumuyiwa Adejobi, and "
     "traders.", "Olumuyiwa Adejobi"),
    # Congolese
    ("The talks were chaired by the Governor of Kasai Province, Crispin Mukendi, and church "
     "leaders.", "Crispin Mukendi"),
    # Slavic
    ("The delegation met the Governor of Kherson Oblast, Oleksandr Prokudin, and local "
     "officials.", "Oleksandr Prokudin"),
]

# the name a noun only a person is goes by, or a name with an alias after it
NAMED_PERSON = [
    # Slavic
    ("The cell was run by a man known as Dragan Mitrovic, alias Tito, police said.",
     "Dragan Mitrovic"),
    # Indonesian
    ("The cell is led by a man identified as Rahmat Sulawesi, alias Abu Faris, who pledged "
     "allegiance to the group.", "Rahmat Sulawesi"),
    # West African (Wolof / Fula)
    ("The attack was planned by a man identified as Abdou Karim Diallo, prosecutors said.",
     "Abdou Karim Diallo"),
    # Vietnamese
    ("The cell was run by a woman identified as Nguyen Thi Hoa, police said.",
     "Nguyen Thi Hoa"),
]

# the name a noun of place is given is a place's, a person's name or not
NAMED_PLACE = [
    # Karen
    ("The convoy was attacked near a village identified as Bilin Kwe.", "Bilin Kwe"),
    # Igbo
    ("The militia burned a village known as Ngozi Amadi overnight.", "Ngozi Amadi"),
    # Slavic
    ("Troops entered a settlement known as Kalinovka Dolna on Monday.", "Kalinovka Dolna"),
    # Latin American
    ("The survivors fled to a town called Santa Rosa Quispe, residents said.",
     "Santa Rosa Quispe"),
    # South Asian
    ("Gunmen raided a hamlet known as Ram Prasad Tola before dawn.", "Ram Prasad Tola"),
]

# a place named after such words stays what it is
NAMED_NOT_PERSON = [
    ("The town, known as Kafr Sousa, was shelled overnight.", "Kafr Sousa", PLACE),
    ("Officials met the Governor of Kachin State, Hkun Htoi, in Myitkyina.", "Myitkyina",
     PLACE),
    ("The envoy met the Governor of Sennar State, Ahmed Osman Babiker, in Sennar.",
     "Sennar State", PLACE),
]


@pytest.mark.parametrize(("text", "name"), AFTER_CAPITAL_TITLE)
def test_a_name_after_a_capitalised_title_is_a_person(nlp: Language, text: str,
                                                      name: str) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is PERSON, actors


@pytest.mark.parametrize(("text", "name"), NAMED_PERSON)
def test_the_name_a_man_goes_by_is_a_person(nlp: Language, text: str, name: str) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is PERSON, actors


@pytest.mark.parametrize(("text", "name"), NAMED_PLACE)
def test_the_name_a_village_goes_by_is_a_place(nlp: Language, text: str, name: str) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is PLACE, actors


# Each table's names and the type its cue gives them (or keeps for them), by kind of cue.
TYPED_BY_CUE = {
    "ground-taken-after-a-word-of-time": TAKEN_AFTER_TIME,
    "person-taken-somewhere": TAKEN_PERSON,
    "town-a-site-stands-at": SITE_AT,
    "person-beside-a-site": SITE_PERSON,
    "region-a-governor-rules": RULED_REGION,
    "governor-named-after-the-region": RULER_PERSON,
    "place-named-so": NAMED_NOT_PERSON,
}


@pytest.mark.parametrize(("text", "name", "type_"), [
    pytest.param(*case, id=f"{kind}-{i}")
    for kind, table in TYPED_BY_CUE.items() for i, case in enumerate(table)])
def test_a_name_gets_the_type_its_cue_gives(nlp: Language, text: str, name: str,
                                            type_: ActorType) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is type_, actors


def test_an_alias_stays_the_persons_other_name(nlp: Language) -> None:
    from actorgraph.extract import extract_document

    ex = extract_document(nlp, "The cell was run by a man known as Dragan Mitrovic, alias "
                               "Tito, police said.", "case.txt")
    (person,) = [a for a in ex.actors if a.name == "Dragan Mitrovic"]
    assert "Tito" in person.aliases, person
    assert not [a for a in ex.actors if a.name == "Tito"], ex.actors


# A capital set after "the capital," is the city, not its state ("Sanaa warned ..." and
# "the government in Bamako" stay the state)
CAPITAL_AS_CITY = [
    # Arabic
    ("The rebels hold wide areas of the north, including the capital, Sanaa, and the port "
     "of Hodeidah.", "Sanaa", "Yemen"),
    # West African
    ("Fighting reached the outskirts of the capital, Bamako, on Sunday.", "Bamako", "Mali"),
    # Slavic
    ("Drones struck an energy plant near the capital, Kyiv, overnight.", "Kyiv", "Ukraine"),
    # South Asian
    ("The protests spread to the capital, Dhaka, where police fired tear gas.", "Dhaka",
     None),
]

CAPITAL_AS_STATE = [
    ("Moscow warned Kyiv against the offensive.", "Ukraine", "Kyiv"),
    ("Bamako accused Algiers of sheltering the rebels.", "Mali", "Bamako"),
    ("The envoy met officials of the government in Sanaa on Monday.", "Yemen", "Sanaa"),
    ("Dhaka summoned the envoy of Myanmar over the shelling.", "Bangladesh", "Dhaka"),
]


@pytest.mark.parametrize(("text", "city", "state"), CAPITAL_AS_CITY)
def test_the_capital_named_as_the_capital_is_the_city(nlp: Language, text: str, city: str,
                                                      state: str | None) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(city) is PLACE, actors
    assert state is None or state not in actors, actors


@pytest.mark.parametrize(("text", "state", "city"), CAPITAL_AS_STATE)
def test_a_capital_that_acts_stays_its_state(nlp: Language, text: str, state: str,
                                             city: str) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(state) is ActorType.STATE, actors
    assert city not in actors, actors


# A name set between "the" and a site a side holds is the site's town: "the X base"
SITE_NAMED_FOR = [
    # Somali
    ("By midday the attackers controlled the Qoriley Yare base and a hilltop post.",
     "Qoriley Yare"),
    # South Asian
    ("The troops withdrew from the Ram Singh outpost after the attack.", "Ram Singh"),
    # Igbo
    ("Troops abandoned the Ngozi Eze outpost overnight.", "Ngozi Eze"),
    # Sahel (Songhai)
    ("The jihadists overran the Tillia Koira base, killing nine soldiers.", "Tillia Koira"),
]

# a person whose base or faction it is stays a person
SITE_OWNER = [
    ("Soldiers loyal to Ahmed Kamal held his base for a week.", "Ahmed Kamal"),
    ("The Ahmed Kamal faction seized the base.", "Ahmed Kamal"),
    ("Nguyen Van Long's base was raided by police.", "Nguyen Van Long"),
    ("Police said Ram Singh had fled the outpost before the raid.", "Ram Singh"),
]


@pytest.mark.parametrize(("text", "name"), SITE_NAMED_FOR)
def test_the_town_a_base_is_named_for_is_a_place(nlp: Language, text: str,
                                                 name: str) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is PLACE, actors


@pytest.mark.parametrize(("text", "name"), SITE_OWNER)
def test_the_person_whose_base_it_is_stays_a_person(nlp: Language, text: str,
                                                    name: str) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is PERSON, actors
