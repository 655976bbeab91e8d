"""Names the model cuts or mistypes for their form: a state's name opening a group's own
name, a body's name going on over "of" and a compass-named region, group names in
Spanish, Portuguese, French and Italian with their joining words, rulers' names ending in
a regnal number, and gang names opening with a number word.

A relation is lost whenever one of its ends is read in pieces: "the Volta Basin
Avengers" as the state Volta, "the Primeiro Comando da Baixada" as a person "Comando da
Baixada", "King Letsie III" as nothing at all. Each is one actor with its whole name and
type, and one relation through it is read. Must-nots: a state as a plain actor ("Niger's
army"), a river named after a state, a place with joining words ("Rio de Janeiro"), an
English name opening with "Front" or "Union", a war or a chapter with a Roman number,
a building named after a king, a count of people ("six brothers were killed"), a
capitalised number word and plural outside a group's slot. Sentences of our own with
invented names from several regions, short and inside long wire sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params

Case = tuple[str, str, list[Named], list[Named], list[Triple], list[Triple]]

# (id, text, actors that must be read, actors that must not, triples that must,
#  triples that must not); a symmetric relation matches either way round.
STATE_INSIDE: list[Case] = [
    ("band-opening-with-a-river",
     "The Volta Basin Avengers attacked the Kesh Front near Akosombo on Monday.",
     [("Volta Basin Avengers", "ARMED_GROUP")], [("Volta", "*")],
     [("Volta Basin Avengers", "TARGETS", "Kesh Front")], []),
    ("band-opening-with-a-state",
     "The Niger Creek Avengers attacked the Tana Brigade near Warri.",
     [("Niger Creek Avengers", "ARMED_GROUP")], [("Niger", "*")],
     [("Niger Creek Avengers", "TARGETS", "Tana Brigade")], [("Niger", "*", "*")]),
    ("band-opening-with-a-state-long",
     "WARRI, Nigeria, May 4 (Reuters) - The Niger Creek Avengers, a militant group that "
     "has blown up pipelines in the creeks, on Wednesday accused the Tana Brigade of "
     "attacking fishing villages, according to a statement on its website.",
     [("Niger Creek Avengers", "ARMED_GROUP")], [("Niger", "*")],
     [("Niger Creek Avengers", "CRITICIZES", "Tana Brigade")], []),
    ("warriors-opening-with-a-state",
     "Fighters of the Congo Basin Warriors ambushed the Kesh Front near Mbandaka.",
     [("Congo Basin Warriors", "ARMED_GROUP")], [("Congo", "*")], [], []),
    ("vigilantes-opening-with-a-region",
     "The Kordofan Hill Vigilantes condemned the Tana Brigade on Friday.",
     [("Kordofan Hill Vigilantes", "ARMED_GROUP")], [("Kordofan", "*")],
     [("Kordofan Hill Vigilantes", "CRITICIZES", "Tana Brigade")], []),
    ("crusaders-opening-with-a-sea",
     "The Sulu Sea Crusaders attacked the Kesh Front near Jolo on Tuesday.",
     [("Sulu Sea Crusaders", "ARMED_GROUP")], [("Sulu", "*")],
     [("Sulu Sea Crusaders", "TARGETS", "Kesh Front")], []),
    ("state-opening-a-front",
     "The Chad Renewal Front attacked the Kesh Brigade near Abeche on Sunday.",
     [("Chad Renewal Front", "ARMED_GROUP")], [],
     [("Chad Renewal Front", "TARGETS", "Kesh Brigade")], [("Chad", "*", "*")]),
    ("state-opening-a-brigade",
     "The Jordan Valley Brigade attacked the Kesh Front on Monday.",
     [("Jordan Valley Brigade", "ARMED_GROUP")], [("Jordan", "*")],
     [("Jordan Valley Brigade", "TARGETS", "Kesh Front")], []),
    ("state-opening-an-alliance",
     "The Georgia Patriots Alliance accused the Kesh Front of fraud on Tuesday.",
     [("Georgia Patriots Alliance", "ORGANIZATION")], [("Georgia", "*")],
     [("Georgia Patriots Alliance", "CRITICIZES", "Kesh Front")], []),
    ("a-states-army-stays-the-state",
     "Niger's army said it had attacked the Kesh Front near Diffa.",
     [("Niger", "STATE")], [("Niger Creek Avengers", "*")], [], []),
    ("a-river-named-after-a-state",
     "Boats on the Niger river were attacked by the Kesh Front on Monday.",
     [("Kesh Front", "ARMED_GROUP")], [], [], [("*", "*", "Niger")]),
    ("rights-defenders-are-no-band",
     "The Front Line Defenders condemned the Kesh Brigade on Monday.",
     [], [("Front Line Defenders", "ARMED_GROUP")], [], []),
    ("party-of-a-compass-region",
     "The Kurdistan Freedom Party of Eastern Arland attacked the Kesh Brigade on Monday.",
     [("Kurdistan Freedom Party of Eastern Arland", "ORGANIZATION")],
     [("Kurdistan Freedom Party", "*"), ("Eastern Arland", "*")],
     [("Kurdistan Freedom Party of Eastern Arland", "TARGETS", "Kesh Brigade")], []),
    ("party-of-a-compass-region-long",
     "ERBIL, Iraq, June 3 (AFP) - The Kurdistan Freedom Party of Eastern Arland, which "
     "has fought from camps in the mountains since the 1990s, on Tuesday accused the Kesh "
     "Brigade of shelling its bases, according to a party statement.",
     [("Kurdistan Freedom Party of Eastern Arland", "ORGANIZATION")], [],
     [("Kurdistan Freedom Party of Eastern Arland", "CRITICIZES", "Kesh Brigade")], []),
    ("front-of-a-compass-region",
     "The Revolutionary Front of Western Arland attacked the Kesh Brigade in Doma.",
     [("Revolutionary Front of Western Arland", "ARMED_GROUP")], [("Western Arland", "*")],
     [("Revolutionary Front of Western Arland", "TARGETS", "Kesh Brigade")], []),
    ("movement-of-a-compass-region",
     "The People's Movement of Southern Valoria called on the Kesh Brigade to lay down "
     "its arms.",
     [("People's Movement of Southern Valoria", "ORGANIZATION")], [],
     [("People's Movement of Southern Valoria", "DEMANDS", "Kesh Brigade")], []),
    ("a-comma-ends-the-name",
     "The Kesh Unity Party, of Eastern Arland, condemned the Tana Brigade on Monday.",
     [], [("Kesh Unity Party of Eastern Arland", "*")], [], []),
]

ROMANCE: list[Case] = [
    ("asociacion-del",
     "The Asociación Rural del Norte condemned the Kesh Front on Monday.",
     [("Asociación Rural del Norte", "ORGANIZATION")], [("Norte", "*")],
     [("Asociación Rural del Norte", "CRITICIZES", "Kesh Front")], []),
    ("asociacion-del-long",
     "LIMA, March 12 (Reuters) - The Asociación Rural del Norte, which groups coffee "
     "farmers in three provinces, on Thursday accused the Tana Brigade of extorting its "
     "members, according to a statement read on local radio.",
     [("Asociación Rural del Norte", "ORGANIZATION")], [],
     [("Asociación Rural del Norte", "CRITICIZES", "Tana Brigade")], []),
    ("ejercito-del",
     "The Ejército del Pueblo Libre attacked the Kesh Front near Tumaco.",
     [("Ejército del Pueblo Libre", "ARMED_GROUP")], [("Pueblo Libre", "*")],
     [("Ejército del Pueblo Libre", "TARGETS", "Kesh Front")], []),
    ("ejercito-del-object",
     "The Asociación Rural del Norte condemned the Ejército del Pueblo Libre on Monday.",
     [("Ejército del Pueblo Libre", "ARMED_GROUP")], [("Ejército", "*")],
     [("Asociación Rural del Norte", "CRITICIZES", "Ejército del Pueblo Libre")], []),
    ("primeiro-comando-da",
     "The Primeiro Comando da Baixada attacked the Tana Brigade in Santos.",
     [("Primeiro Comando da Baixada", "ARMED_GROUP")], [("Comando da Baixada", "*")],
     [("Primeiro Comando da Baixada", "TARGETS", "Tana Brigade")], []),
    ("primeiro-comando-da-reported",
     "Police in Rio de Janeiro said the Primeiro Comando da Baixada had attacked the Tana "
     "Brigade.",
     [("Primeiro Comando da Baixada", "ARMED_GROUP"), ("Rio de Janeiro", "LOCATION")],
     [("Comando da Baixada", "*")],
     [("Primeiro Comando da Baixada", "TARGETS", "Tana Brigade")], []),
    ("front-de-du",
     "The Front de Libération du Sud attacked the Kesh Brigade near Gao.",
     [("Front de Libération du Sud", "ARMED_GROUP")], [("Sud", "*")],
     [("Front de Libération du Sud", "TARGETS", "Kesh Brigade")], []),
    ("front-de-du-long",
     "BAMAKO, Mali, Oct 2 (AFP) - The Front de Libération du Sud, an armed movement formed "
     "in 2019, on Tuesday accused the Kesh Brigade of killing herders, according to a "
     "statement.",
     [("Front de Libération du Sud", "ARMED_GROUP")], [],
     [("Front de Libération du Sud", "CRITICIZES", "Kesh Brigade")], []),
    ("comunita-di",
     "The Comunità di Santa Rita called on the Tana Brigade to free the hostages.",
     [("Comunità di Santa Rita", "ORGANIZATION")], [("Santa Rita", "*")],
     [("Comunità di Santa Rita", "DEMANDS", "Tana Brigade")], []),
    ("frente-de",
     "The Frente Popular de Liberación attacked the Kesh Front on Sunday.",
     [("Frente Popular de Liberación", "ARMED_GROUP")], [],
     [("Frente Popular de Liberación", "TARGETS", "Kesh Front")], []),
    ("movimento-dos-da",
     "The Movimento dos Trabalhadores da Terra accused the Kesh Brigade of burning crops.",
     [("Movimento dos Trabalhadores da Terra", "ORGANIZATION")], [("Terra", "*")],
     [("Movimento dos Trabalhadores da Terra", "CRITICIZES", "Kesh Brigade")], []),
    ("partido-de-la",
     "The Partido de la Unidad Nacional condemned the Tana Brigade on Friday.",
     [("Partido de la Unidad Nacional", "ORGANIZATION")], [],
     [("Partido de la Unidad Nacional", "CRITICIZES", "Tana Brigade")], []),
    ("fuerzas-del",
     "The Fuerzas Armadas Revolucionarias del Sur attacked the Kesh Brigade near Cúcuta.",
     [("Fuerzas Armadas Revolucionarias del Sur", "ARMED_GROUP")], [],
     [("Fuerzas Armadas Revolucionarias del Sur", "TARGETS", "Kesh Brigade")], []),
    ("movimento-per-la-del",
     "The Movimento per la Giustizia del Meridione condemned the Tana Brigade.",
     [("Movimento per la Giustizia del Meridione", "ORGANIZATION")], [],
     [("Movimento per la Giustizia del Meridione", "CRITICIZES", "Tana Brigade")], []),
    ("an-opener-before-the-head",
     "The Nuevo Frente de Resistencia Campesina attacked the Kesh Brigade near Ocaña.",
     [("Nuevo Frente de Resistencia Campesina", "ARMED_GROUP")], [],
     [("Nuevo Frente de Resistencia Campesina", "TARGETS", "Kesh Brigade")], []),
    ("a-second-head-inside",
     "The Union des Forces pour le Changement condemned the Tana Brigade on Sunday.",
     [("Union des Forces pour le Changement", "ORGANIZATION")],
     [("Union des Forces", "*")],
     [("Union des Forces pour le Changement", "CRITICIZES", "Tana Brigade")], []),
    ("a-second-head-inside-long",
     "NOUAKCHOTT, Feb 11 (AFP) - The Rassemblement des Forces Démocratiques, the main "
     "opposition bloc, on Monday accused the Kesh Brigade of torturing detainees, according "
     "to a statement.",
     [("Rassemblement des Forces Démocratiques", "ORGANIZATION")], [],
     [("Rassemblement des Forces Démocratiques", "CRITICIZES", "Kesh Brigade")], []),
    ("coordinadora-de",
     "The Kesh Brigade met the Coordinadora Nacional de Pueblos Indígenas in Quito on "
     "Friday.",
     [("Coordinadora Nacional de Pueblos Indígenas", "ORGANIZATION")], [],
     [("Kesh Brigade", "MEETS_WITH", "Coordinadora Nacional de Pueblos Indígenas")], []),
    ("comando-and-an-adjective",
     "The Comando Vermelho clashed with the Primeiro Comando da Baixada in Santos.",
     [("Comando Vermelho", "ARMED_GROUP"), ("Primeiro Comando da Baixada", "ARMED_GROUP")],
     [], [], []),
    ("a-place-with-joiners",
     "The Kesh Front attacked a police post in Rio de Janeiro on Monday.",
     [("Rio de Janeiro", "LOCATION")], [("Rio de Janeiro", "ARMED_GROUP"),
                                         ("Rio de Janeiro", "ORGANIZATION")], [], []),
    ("a-town-with-joiners-is-no-group",
     "Fighters stormed San Pedro del Norte on Friday.",
     [("San Pedro del Norte", "LOCATION")],
     [("San Pedro", "*"), ("San Pedro del Norte", "ARMED_GROUP")], [], []),
    ("a-town-with-joiners-taken",
     "The Kesh Front took control of San Pedro del Norte after two days of fighting.",
     [("San Pedro del Norte", "LOCATION")], [("San Pedro", "*")],
     [("Kesh Front", "CONTROLS", "San Pedro del Norte")], []),
    ("a-town-read-as-a-body",
     "BOGOTA, July 9 (Reuters) - Fighters of the Tana Brigade overran an army post in Villa "
     "de Leyva on Sunday, the army said.",
     [("Villa de Leyva", "LOCATION")], [("Villa de Leyva", "ORGANIZATION")], [], []),
    ("a-town-read-as-a-person",
     "Gunmen of the Kesh Front attacked a police station in São João da Barra on Monday.",
     [("São João da Barra", "LOCATION")], [("João da Barra", "*")],
     [("Kesh Front", "TARGETS", "São João da Barra")], []),
    ("a-town-with-two-joiners",
     "The Kesh Front withdrew from Santa Cruz de la Sierra on Monday.",
     [("Santa Cruz de la Sierra", "LOCATION")], [],
     [("Kesh Front", "WITHDRAWS_FROM", "Santa Cruz de la Sierra")], []),
    ("a-saints-name-alone",
     "The Kesh Front attacked Santa Maria on Monday.",
     [], [("Santa Maria", "ARMED_GROUP"), ("Santa Maria", "PERSON")], [], []),
    ("english-front-line",
     "The Front Line Brigade attacked the Kesh Front on Monday.",
     [("Front Line Brigade", "ARMED_GROUP")], [("Front Line", "*")], [], []),
    ("english-union-name",
     "The Union Council of Dorvan condemned the Tana Brigade on Friday.",
     [], [("Union Council", "ARMED_GROUP")], [], []),
    ("a-person-with-de",
     "Ana de la Cruz, a spokeswoman for the Kesh Front, condemned the attack.",
     [], [("Ana de la Cruz", "ORGANIZATION"), ("Cruz", "ARMED_GROUP")], [], []),
]

REGNAL: list[Case] = [
    ("king-and-number",
     "King Letsie III met President Cyril Ramaphosa in Maseru on Tuesday.",
     [("King Letsie III", "PERSON")], [("Letsie", "*")],
     [("King Letsie III", "MEETS_WITH", "Cyril Ramaphosa")], []),
    ("king-and-number-long",
     "MASERU, March 3 (Reuters) - King Letsie III, who has reigned since 1996, on Tuesday "
     "condemned the Kesh Front for the killing of two herders, according to a palace "
     "statement.",
     [("King Letsie III", "PERSON")], [],
     [("King Letsie III", "CRITICIZES", "Kesh Front")], []),
    ("king-number-and-a-place",
     "King Mswati III condemned the Kesh Front on Monday.",
     [("King Mswati III", "PERSON")], [],
     [("King Mswati III", "CRITICIZES", "Kesh Front")], []),
    ("king-number-passive",
     "The Kesh Front was condemned by King Tomas IV of Arland.",
     [("King Tomas IV", "PERSON")], [],
     [("King Tomas IV", "CRITICIZES", "Kesh Front")], []),
    ("otumfuo",
     "Otumfuo Osei Kwame II called on the Kesh Front to free the hostages.",
     [("Otumfuo Osei Kwame II", "PERSON")], [],
     [("Otumfuo Osei Kwame II", "DEMANDS", "Kesh Front")], []),
    ("oba",
     "Oba Adeyemi III called on the Tana Brigade to free the hostages.",
     [("Oba Adeyemi III", "PERSON")], [],
     [("Oba Adeyemi III", "DEMANDS", "Tana Brigade")], []),
    ("sultan-bin",
     "Sultan Qaboos bin Hamad II met the Kesh Front leaders in Muscat.",
     [("Sultan Qaboos bin Hamad II", "PERSON")], [],
     [("Sultan Qaboos bin Hamad II", "MEETS_WITH", "Kesh Front")], []),
    ("pope",
     "Pope Leo XIV condemned the Kesh Front on Monday.",
     [("Pope Leo XIV", "PERSON")], [], [("Pope Leo XIV", "CRITICIZES", "Kesh Front")], []),
    ("untitled-known",
     "Mohammed VI condemned the Kesh Front on Monday.",
     [("Mohammed VI", "PERSON")], [], [("Mohammed VI", "CRITICIZES", "Kesh Front")], []),
    ("a-title-and-no-number",
     "King Harald condemned the Kesh Front on Monday.",
     [("King Harald", "PERSON")], [], [("King Harald", "CRITICIZES", "Kesh Front")], []),
    ("a-war-with-a-number",
     "Veterans of World War II condemned the Kesh Front on Monday.",
     [], [("World War II", "PERSON")], [], []),
    ("a-chapter-with-a-number",
     "The council acted under Chapter VII of the UN Charter against the Kesh Front.",
     [], [("Chapter VII", "PERSON")], [], []),
    ("a-mosque-named-after-a-king",
     "Gunmen of the Kesh Front attacked the King Hassan IV Mosque in Tarvia.",
     [], [("King Hassan IV", "PERSON")], [], []),
]

NUMBER_WORDS: list[Case] = [
    ("number-word-gang",
     "Members of the Three Kings gang killed Juan Ortiz, a police officer, in Cali.",
     [("Three Kings", "ARMED_GROUP")], [("Kings", "*")],
     [("Three Kings", "KILLED", "Juan Ortiz")], []),
    ("number-word-gang-subject",
     "The Twelve Apostles gang attacked the Kesh Front in Soweto.",
     [("Twelve Apostles", "ARMED_GROUP")], [],
     [("Twelve Apostles", "TARGETS", "Kesh Front")], []),
    ("known-as",
     "A gang known as the Six Brothers attacked a bus near Kingston.",
     [("Six Brothers", "ARMED_GROUP")], [], [], []),
    ("doer-of-an-attack",
     "The Six Brothers attacked the Tana Brigade in Spanish Town on Sunday.",
     [("Six Brothers", "ARMED_GROUP")], [],
     [("Six Brothers", "TARGETS", "Tana Brigade")], []),
    ("apposition-a-gang",
     "KINGSTON, Jamaica, Aug 2 - The Seven Sisters, a gang that controls parts of the "
     "downtown market, on Sunday attacked the Tana Brigade, police said.",
     [("Seven Sisters", "ARMED_GROUP")], [],
     [("Seven Sisters", "TARGETS", "Tana Brigade")], []),
    ("gunmen-from",
     "Gunmen from the Nine Lions gang shot dead a police officer in Port of Spain.",
     [("Nine Lions", "ARMED_GROUP")], [], [], []),
    ("spanish-number",
     "Los Cuatro attacked the Kesh Front near Culiacán on Sunday.",
     [("Los Cuatro", "ARMED_GROUP")], [], [("Los Cuatro", "TARGETS", "Kesh Front")], []),
    ("a-count-of-brothers",
     "Six brothers were killed in the attack on the village.",
     [], [("Six brothers", "*"), ("Six Brothers", "*")], [], []),
    ("a-count-after-the",
     "Police said the three brothers were killed by the Kesh Front.",
     [("Kesh Front", "ARMED_GROUP")], [("three brothers", "*")], [], []),
    ("a-feast-is-no-gang",
     "The Three Kings visited the church on Sunday.",
     [], [("Three Kings", "ARMED_GROUP")], [], []),
    ("killed-two-brothers",
     "The Kesh Front killed the two brothers of a local chief.",
     [("Kesh Front", "ARMED_GROUP")], [("two brothers", "*")], [], []),
]

# Cases not read yet, and why.
_NOT_YET: dict[str, str] = {}

_ARGS = ("text", "read", "not_read", "asserted", "not_asserted")


@pytest.mark.parametrize(_ARGS, name_params(STATE_INSIDE + ROMANCE + REGNAL + NUMBER_WORDS,
                                             _NOT_YET))
def test_names_read_whole(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                          asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)
