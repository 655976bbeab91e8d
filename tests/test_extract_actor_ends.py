"""Actors that key facts need at their ends, read whole and typed right: a facility named
by a name and its lower-case noun ("the Tamsi market", "the Sorai refugee camp"), a
person whose rank the model read into the name ("Private X Y", "Havildar X Y") or whose
given name is spelled as a verb ("Ahmed Said Farah"), and one name the model read in two
pieces that touch ("[Jean Didier] [Belle-Aimé]"). Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document
from tests.samples import Triple, assert_read_whole
from tests.samples import actors_and_triples as _read

FAC, PER = ActorType.FACILITY, ActorType.PERSON


# (text, the actor that must be found, its type, names that must not be actors)
ACTORS = [
    # a facility: a name straight before a facility's lower-case noun
    ("Gunmen attacked the Tamsi market on the outskirts of Belo on Monday.",
     "Tamsi market", FAC, ["Tamsi"]),
    ("Militiamen attacked the Kanta mosque on Saturday, killing seven worshippers.",
     "Kanta mosque", FAC, ["Kanta"]),
    ("The Sorai refugee camp, near the town of Dabo, shelters 20,000 people.",
     "Sorai refugee camp", FAC, ["Sorai"]),
    ("Bandits stormed the Wuro hospital in the north of the country.",
     "Wuro hospital", FAC, ["Wuro"]),
    ("A bomb exploded outside the Lutembe police station late on Friday.",
     "Lutembe police station", FAC, ["Lutembe"]),
    ("Soldiers set up a roadblock near the Amboli church.", "Amboli church", FAC, ["Amboli"]),
    ("Fighters burned the Ngaro school and looted shops.", "Ngaro school", FAC, ["Ngaro"]),
    ("The rebels shelled the Kiramo displacement camp overnight.",
     "Kiramo displacement camp", FAC, ["Kiramo"]),
    ("Gunmen attacked the Dereva cattle market at dawn.", "Dereva cattle market", FAC,
     ["Dereva"]),
    ("Rebels seized Kufra airport.", "Kufra airport", FAC, ["Kufra"]),
    ("Armed men attacked the Lomiga market on the outskirts of Tuba on 3 May.",
     "Lomiga market", FAC, ["Lomiga"]),
    # not a facility: a state's people or forces, a known group, a bare noun
    ("Nigerian troops raided a market in Kano.", "Kano", ActorType.LOCATION,
     ["Nigerian market", "market"]),
    ("Troops overran a camp of the Tanaka Front near Oru.", "Tanaka Front",
     ActorType.ARMED_GROUP, ["camp", "Tanaka Front camp"]),
    ("The Kenyan army base at Manda was attacked.", "Manda", ActorType.LOCATION,
     ["Kenyan army base", "Kenyan base"]),
    ("The Ugandan army camp, which rebels raided last year, has been rebuilt.", "Uganda",
     ActorType.STATE, ["Ugandan army camp"]),
    # "the X camp" may be the place's or a group's camp: only a kind makes it a facility
    ("Fighters stormed the Tawila camp near Dabo on Monday.", "Dabo", ActorType.LOCATION,
     ["Tawila camp"]),
    # a person: the rank the model read into the name is no part of it
    ("Armenian officials said Private Davit Hakobyan was killed by Azerbaijani fire.",
     "Davit Hakobyan", PER, ["Private Davit Hakobyan"]),
    ("Gang members shot dead Corporal José Ernesto Alvarado on Sunday.",
     "José Ernesto Alvarado", PER, ["Corporal José Ernesto Alvarado"]),
    ("Militants killed Havildar Pradeep Gogoi near the camp.", "Pradeep Gogoi", PER,
     ["Havildar Pradeep Gogoi"]),
    ("Lance Corporal Peter Mwangi was wounded in the blast.", "Peter Mwangi", PER,
     ["Lance Corporal Peter Mwangi", "Corporal Peter Mwangi"]),
    ("Sepoy Ramesh Kumar died of his wounds on Tuesday.", "Ramesh Kumar", PER,
     ["Sepoy Ramesh Kumar"]),
    ("Trooper James Banda was among the dead.", "James Banda", PER, ["Trooper James Banda"]),
    ("Naik Suresh Thapa was killed in the ambush.", "Suresh Thapa", PER,
     ["Naik Suresh Thapa"]),
    ("Police Constable Daniel Otieno was shot dead in Mombasa.", "Daniel Otieno", PER,
     ["Constable Daniel Otieno", "Police Constable Daniel Otieno"]),
    ("Rifleman Tom Baker was killed by a sniper.", "Tom Baker", PER, ["Rifleman Tom Baker"]),
    ("Sergeant Maria Lopez said the convoy came under fire.", "Maria Lopez", PER,
     ["Sergeant Maria Lopez"]),
    # a person: a given name spelled as the verb "said"
    ("Police arrested Ahmed Said Farah in Garowe.", "Ahmed Said Farah", PER, []),
    ("Ali Said, a local elder, was wounded in the attack.", "Ali Said", PER, []),
    ("Said Abdullahi Deni, the president of Puntland, criticised the federal government.",
     "Said Abdullahi Deni", PER, []),
    ("Deni said the talks had failed.", "Deni", PER, ["Deni said"]),
    # one name the model read in two pieces that touch
    ("Prime Minister Jean Didier Belle-Aimé said in a statement that his government was "
     "in contact with the authorities.", "Jean Didier Belle-Aimé", PER,
     ["Belle-Aimé", "Jean Didier"]),
    ("Tana's Prime Minister Claude Didier Saint-Aimé condemned the attack by the gang.",
     "Claude Didier Saint-Aimé", PER, ["Saint-Aimé", "Claude Didier"]),
    ("Ministers met Foreign Minister Jean-Baptiste Didier Belle-Aimé on Monday.",
     "Jean-Baptiste Didier Belle-Aimé", PER, ["Belle-Aimé", "Jean-Baptiste Didier"]),
    ("Members of the Kogi State Community Volunteer Guards carried out reprisal attacks.",
     "Kogi State Community Volunteer Guards", ActorType.ARMED_GROUP,
     ["Kogi State Community", "Volunteer Guards"]),
    ("Acting President Musa Bello visited the troops.", "Musa Bello", PER,
     ["Acting President Musa Bello", "President Musa Bello"]),
    ("Hamas official Basem Naim said the talks had stalled.", "Basem Naim", PER,
     ["Hamas Basem Naim"]),
    # a task force named by its name and the lower-case noun
    ("The Kora Lima task force killed two fighters near Palu.", "Kora Lima task force",
     ActorType.ARMED_GROUP, ["Kora Lima"]),
    ("Members of the Sabo Ridge task force arrested six men.", "Sabo Ridge task force",
     ActorType.ARMED_GROUP, ["Sabo Ridge"]),
    ("The Nigerian task force arrived in the town on Monday.", "Nigeria", ActorType.STATE,
     ["Nigerian task force"]),
    # not a person: a rank's word opening a body's name
    ("The Private Sector Federation condemned the strike.", "Private Sector Federation",
     ActorType.ORGANIZATION, ["Sector Federation"]),
]


@pytest.mark.parametrize(("text", "name", "type_", "must_not"), ACTORS,
                         ids=[c[1] for c in ACTORS])
def test_actor_found_whole(nlp: Language, text: str, name: str, type_: ActorType,
                           must_not: list[str]) -> None:
    assert_read_whole(nlp, text, name, type_, must_not)


# The facts those actors end: read once the actor is.
FACTS = [
    ("Gunmen from the Tanaka Front attacked the Kanta mosque on Friday.",
     ("Tanaka Front", "TARGETS", "Kanta mosque")),
    ("Fighters of the Tanaka Front shot dead Corporal José Ernesto Alvarado on Sunday.",
     ("Tanaka Front", "KILLED", "José Ernesto Alvarado")),
]


FACTS += [
    # "the task force": the one task force the article named or described
    ("Operation Calm Waters, the military's special task force in Tana, said its troops "
     "reached the area. The task force commander, Major General Musa Bello, visited Daffo "
     "on Friday.", ("Musa Bello", "LEADS", "Operation Calm Waters")),
    ("The Kora Lima task force is hunting the rebels in the hills. Task force spokesperson "
     "Captain Ali Musa said two fighters were killed.",
     ("Ali Musa", "SPOKESPERSON_FOR", "Kora Lima task force")),
]


@pytest.mark.parametrize(("text", "triple"), FACTS, ids=[f[1][2] for f in FACTS])
def test_fact_read(nlp: Language, text: str, triple: Triple) -> None:
    _, triples = _read(nlp, text)
    assert triple in triples, triples


def test_two_task_forces_leave_the_task_force_unread(nlp: Language) -> None:
    _, triples = _read(nlp, "The Kora Lima task force and the Sabo Ridge task force patrolled "
                            "the hills. The task force commander, General Ali Musa, said two "
                            "fighters were killed.")
    assert not [t for t in triples if t[0] == "Ali Musa" and t[1] == "LEADS"], triples


# A body named with its state: the whole is a name of it, so a reader finds it under the
# name the text gives ("the U.S. State Department", "Kenya's Foreign Office").
ALIASES = [
    ("The U.S. State Department designated the Kora Front a terrorist group.",
     "U.S. State Department"),
    ("The United States Department of State urged restraint on both sides.",
     "United States Department of State"),
    ("The attack was condemned by many. Kenya's Foreign Office said it would act.",
     "Kenya's Foreign Office"),
]


@pytest.mark.parametrize(("text", "alias"), ALIASES, ids=[a[1] for a in ALIASES])
def test_body_named_with_its_state(nlp: Language, text: str, alias: str) -> None:
    ex = extract_document(nlp, text, "case.txt")
    bodies = [a for a in ex.actors if a.type is ActorType.GOVERNMENT_BODY]
    assert any(alias in (a.name, *a.aliases) for a in bodies), bodies
    assert not [a for a in bodies if any(x.startswith(".") for x in a.aliases)], bodies
