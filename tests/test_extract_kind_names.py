"""Bodies whose name says nothing of what they are, while the sentence does: a one-word or
foreign-language name with no "Front", "Army" or "Party" in it, given its kind by an
apposition after it ("Cristosal, a human rights group, ...", "X, which represents the
country's cattle ranchers, ..."), by a lower-case noun of a body before it ("the
separatist party Core in Fronte", "the rights group Nuru Haki", "the militia Bantu
Shield"), or by a titled person's "of" ("First Minister Jane Doe of Sinn Féin": the
party, and the person its member). A state's ministry named by the possessive is the
state's body, part of it.

A relation is lost whenever one of its ends is no actor: each name here is one actor with
its whole name and its kind, and the relation the sentence reads goes through it.
Must-nots: a person ("X, a rights activist,"), a town ("Kalamu, a town in ..."), a
newspaper quoted as a source ("the daily Le Matin reported"), "a group of residents", "the
party's headquarters", a kind noun with no name after it, a title after the noun ("the
party President X" is the person), the subject of a clause on the noun ("the party Jane
Doe founded"), a date after the noun, and a mayor's town after "of". Sentences of our own
with invented names from several regions, short and inside long wire sentences.
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
APPOSED_AFTER: list[Case] = [
    ("one-word-rights-group",
     "Tumaini, a human rights group, criticised the Kenyan police on Monday.",
     [("Tumaini", "ORGANIZATION")], [("Tumaini", "PERSON"), ("Tumaini", "LOCATION")],
     [("Tumaini", "CRITICIZES", "Kenyan police")], []),
    ("one-word-group-relative-long",
     "SAN SALVADOR, May 4 (AP) - Verdad, a human rights group that moved its staff to "
     "Guatemala last year, on Tuesday criticised the Salvadoran army for the arrests, "
     "according to a statement.",
     [("Verdad", "ORGANIZATION")], [("Verdad", "PERSON")],
     [("Verdad", "CRITICIZES", "EL Salvador forces")], []),
    ("two-words-rights-group",
     "Sentinel Haki, a rights group, condemned the Ugandan army.",
     [("Sentinel Haki", "ORGANIZATION")], [],
     [("Sentinel Haki", "CRITICIZES", "Ugandan forces")], []),
    ("local-militia-after",
     "Ndege Tumaini, a local militia, attacked Congolese troops near Beni.",
     [("Ndege Tumaini", "ARMED_GROUP")], [("Ndege Tumaini", "PERSON")],
     [("Ndege Tumaini", "TARGETS", "Democratic Republic of the Congo forces")], []),
    ("one-word-militia-after",
     "Kabutu, a militia loyal to the former governor, attacked Congolese troops on Sunday.",
     [("Kabutu", "ARMED_GROUP")], [("Kabutu", "PERSON")],
     [("Kabutu", "TARGETS", "Democratic Republic of the Congo forces")], []),
    ("romance-name-represents",
     "Asociación Rural del Paraguay, which represents the country's cattle ranchers, "
     "criticised the Paraguayan government.",
     [("Asociación Rural del Paraguay", "ORGANIZATION")],
     [("Asociación Rural del", "*"), ("Asociación Rural del Paraguay", "PERSON")],
     [("Asociación Rural del Paraguay", "CRITICIZES", "Paraguay")], []),
    ("represents-long",
     "In a statement issued in Asunción on Friday, the Federación Campesina del Norte, "
     "which represents small farmers in three provinces, demanded that the government "
     "withdraw the troops.",
     [("Federación Campesina del Norte", "ORGANIZATION")], [], [], []),
    ("lobbies-for",
     "Sauti Moja, which lobbies for families of the disappeared, accused the Tanzanian "
     "police of abducting students.",
     [("Sauti Moja", "ORGANIZATION")], [("Sauti Moja", "PERSON")],
     [("Sauti Moja", "CRITICIZES", "Tanzanian police")], []),
    ("one-word-party-after",
     "Hatua, an opposition party founded in 2019, demanded the release of its leader.",
     [("Hatua", "ORGANIZATION")], [("Hatua", "PERSON")], [], []),
    # must-nots: a person, a town, a crowd of people
    ("activist-is-a-person",
     "Juma Okello, a rights activist, criticised the Kenyan police on Monday.",
     [("Juma Okello", "PERSON")], [("Juma Okello", "ORGANIZATION")],
     [("Juma Okello", "CRITICIZES", "Kenyan police")], []),
    ("one-word-activist",
     "Okello, a rights activist, criticised the Kenyan police on Monday.",
     [], [("Okello", "ORGANIZATION")], [], []),
    ("town-apposition",
     "Kalamu, a town in eastern Congo, was attacked by the militia on Sunday.",
     [("Kalamu", "LOCATION")], [("Kalamu", "ORGANIZATION"), ("Kalamu", "PERSON")], [], []),
    ("group-of-residents",
     "A group of residents criticised the Kenyan police on Monday.",
     [], [("group", "*"), ("residents", "*")], [], [("*", "CRITICIZES", "Kenyan police")]),
    ("residents-a-group-of",
     "Residents, a group of about fifty farmers, criticised the Kenyan police.",
     [], [("Residents", "*")], [], [("*", "CRITICIZES", "Kenyan police")]),
]

KIND_BEFORE: list[Case] = [
    ("separatist-party",
     "The separatist party Core in Fronte condemned the French government on Monday.",
     [("Core in Fronte", "ORGANIZATION")], [("Core in Fronte", "ARMED_GROUP")],
     [("Core in Fronte", "CRITICIZES", "France")], []),
    ("separatist-party-long",
     "AJACCIO, France, June 2 (Reuters) - The separatist party Core in Fronte on Tuesday "
     "called on the French government to free the prisoners, a spokesman said.",
     [("Core in Fronte", "ORGANIZATION")], [], [("Core in Fronte", "DEMANDS", "France")], []),
    ("rival-autonomist-party",
     "The rival autonomist party Union Nationale demanded that the Malian government "
     "release the prisoners.",
     [("Union Nationale", "ORGANIZATION")], [],
     [("Union Nationale", "DEMANDS", "Mali")], []),
    ("loyalist-coalition",
     "The loyalist coalition Les Loyalistes criticised Prime Minister Jean Morel.",
     [("Les Loyalistes", "ORGANIZATION")], [("Les Loyalistes", "PERSON")],
     [("Les Loyalistes", "CRITICIZES", "Jean Morel")], []),
    ("rights-group",
     "The rights group Nuru Haki condemned the Kivu Defence Forces on Monday.",
     [("Nuru Haki", "ORGANIZATION")], [("Nuru Haki", "LOCATION")],
     [("Nuru Haki", "CRITICIZES", "Kivu Defence Forces")], []),
    ("rights-group-long",
     "In a report released in Nairobi on Thursday, the rights group Nuru Haki accused "
     "Ugandan troops of killing 12 civilians near the border, according to its director.",
     [("Nuru Haki", "ORGANIZATION")], [], [("Nuru Haki", "CRITICIZES", "Ugandan forces")],
     []),
    ("militia-before",
     "The militia Bantu Shield attacked Kenyan troops near Garissa.",
     [("Bantu Shield", "ARMED_GROUP")], [("Shield", "*"), ("Bantu Shield", "PERSON")],
     [("Bantu Shield", "TARGETS", "Kenyan forces")], []),
    ("militia-before-long",
     "Gunmen from the militia Bantu Shield attacked Kenyan troops near Garissa on "
     "Sunday, killing three soldiers, police said.",
     [("Bantu Shield", "ARMED_GROUP")], [("Shield", "*")], [], []),
    ("ruling-party",
     "The ruling party Adelante Ya denounced the Frente Popular on Friday.",
     [("Adelante Ya", "ORGANIZATION")], [("Adelante Ya", "PERSON")],
     [("Adelante Ya", "CRITICIZES", "Frente Popular")], []),
    ("opposition-party-one-word",
     "The opposition party Hatua accused the Tanzanian police of torturing its members.",
     [("Hatua", "ORGANIZATION")], [("Hatua", "PERSON")],
     [("Hatua", "CRITICIZES", "Tanzanian police")], []),
    ("rebel-group-armed",
     "The rebel group Mwamba Safi attacked an army post in Beni on Tuesday.",
     [("Mwamba Safi", "ARMED_GROUP")], [("Mwamba Safi", "PERSON")], [], []),
    ("armed-group-said",
     "In a statement on Tuesday, the armed group Mwamba Safi said it had seized the town "
     "of Kiwanja, according to a spokesman.",
     [("Mwamba Safi", "ARMED_GROUP")], [("Mwamba Safi", "PERSON")], [], []),
    ("leads-the-party",
     "Speaking in Bamako on Monday, Amadou Traore, who leads the party Sabati, condemned "
     "the junta.",
     [("Sabati", "ORGANIZATION")], [("Sabati", "PERSON")],
     [("Amadou Traore", "LEADS", "Sabati")], []),
    ("leader-of-the-party",
     "Jane Mwangi, the leader of the party Hatua, was arrested in Dodoma on Monday.",
     [("Hatua", "ORGANIZATION")], [], [("Jane Mwangi", "LEADS", "Hatua")], []),
    ("member-of-the-movement",
     "Ali Hassan, a member of the movement Sauti Moja, was detained by Tanzanian police.",
     [("Sauti Moja", "ORGANIZATION")], [], [("Ali Hassan", "MEMBER_OF", "Sauti Moja")], []),
    ("faction-armed",
     "The faction Kel Tinariwen clashed with Malian troops near Kidal on Sunday.",
     [("Kel Tinariwen", "ARMED_GROUP")], [("Kel Tinariwen", "PERSON")], [], []),
    ("gang-before",
     "The gang Los Tigres attacked a police station in Guayaquil.",
     [("Los Tigres", "ARMED_GROUP")], [("Los Tigres", "PERSON")], [], []),
    ("alliance-before",
     "The opposition alliance Umoja Mpya urged Kenyan police to free the protesters.",
     [("Umoja Mpya", "ORGANIZATION")], [("Umoja Mpya", "PERSON")],
     [("Umoja Mpya", "DEMANDS", "Kenyan police")], []),
    ("romance-joiner",
     "The peasant movement Tierra y Libertad criticised the Colombian army on Monday.",
     [("Tierra y Libertad", "ORGANIZATION")], [],
     [("Tierra y Libertad", "CRITICIZES", "Colombian forces")], []),
    ("charity-before",
     "The charity Mercy Bridge condemned the Sudanese army for the shelling of El Fasher.",
     [("Mercy Bridge", "ORGANIZATION")], [],
     [("Mercy Bridge", "CRITICIZES", "Sudanese forces")], []),
    ("possessive-ruling-party",
     "Kenya's ruling party Umoja Mpya denounced the protesters on Monday.",
     [("Umoja Mpya", "ORGANIZATION")], [("Umoja Mpya", "PERSON")], [], []),
    ("known-group-kept",
     "The rights group Human Rights Watch condemned the Ethiopian army.",
     [("Human Rights Watch", "ORGANIZATION")], [],
     [("Human Rights Watch", "CRITICIZES", "Ethiopian forces")], []),
    ("comma-apposition",
     "The opposition alliance, Umoja Mpya, urged Kenyan police to free the protesters.",
     [("Umoja Mpya", "ORGANIZATION")], [("Umoja Mpya", "PERSON")],
     [("Umoja Mpya", "DEMANDS", "Kenyan police")], []),
    ("comma-apposition-militia",
     "The militia, Bantu Shield, attacked Kenyan troops near Garissa on Sunday.",
     [("Bantu Shield", "ARMED_GROUP")], [("Shield", "*")],
     [("Bantu Shield", "TARGETS", "Kenyan forces")], []),
    ("named-as-object",
     "Ugandan troops attacked the militia Bantu Shield near the border on Friday.",
     [("Bantu Shield", "ARMED_GROUP")], [("Shield", "*")],
     [("Ugandan forces", "TARGETS", "Bantu Shield")], []),
    ("object-of-raid-long",
     "KAMPALA, Feb 12 (Reuters) - Police raided the offices of the rights group Nuru Haki "
     "in Kampala on Monday, its director said.",
     [("Nuru Haki", "ORGANIZATION")], [("Nuru Haki", "LOCATION")], [], []),
    # must-nots
    ("chairman-after-noun",
     "The party Chairman Tom Mboya condemned the arrests on Monday.",
     [("Tom Mboya", "PERSON")], [("Chairman Tom Mboya", "*"), ("Tom Mboya", "ORGANIZATION")],
     [], []),
    ("spokesman-for-the-party-comma",
     "A spokesman for the party, Jane Mwangi, said the leader had been arrested.",
     [("Jane Mwangi", "PERSON")], [("Jane Mwangi", "ORGANIZATION")], [], []),
    ("clause-after-object",
     "The minister assured the party Jane Mwangi would be released on Friday.",
     [("Jane Mwangi", "PERSON")], [("Jane Mwangi", "ORGANIZATION")], [], []),
    ("title-after-noun",
     "The party President Moses Kuria condemned the arrests.",
     [("Moses Kuria", "PERSON")], [("Moses Kuria", "ORGANIZATION"),
                                    ("President Moses Kuria", "*")], [], []),
    ("reduced-relative-founded",
     "The party Jane Mwangi founded in 2010 condemned the arrests.",
     [("Jane Mwangi", "PERSON")], [("Jane Mwangi", "ORGANIZATION")], [], []),
    ("reduced-relative-leads",
     "The group Moses Kuria leads condemned the arrests on Monday.",
     [], [("Moses Kuria", "ORGANIZATION")], [], []),
    ("date-after-noun",
     "The militia Thursday attacked Kenyan troops near Garissa.",
     [], [("Thursday", "*")], [], []),
    ("no-name-after-noun",
     "The rights group said the militia had attacked Kenyan troops.",
     [], [("rights group", "*")], [], [("*", "TARGETS", "Kenyan forces")]),
    ("party-headquarters",
     "The party's headquarters in Nairobi were attacked by the militia Bantu Shield.",
     [("Nairobi", "LOCATION"), ("Bantu Shield", "ARMED_GROUP")],
     [("party", "*"), ("party's headquarters", "*")], [], []),
    ("newspaper-source",
     "The daily Le Matin reported that the army had shelled the town.",
     [], [("Le Matin", "ORGANIZATION"), ("Le Matin", "ARMED_GROUP")],
     [], [("Le Matin", "*", "*")]),
    ("commander-after-noun",
     "The militia commander Joseph Kabila Wamba was killed near Beni.",
     [], [("Joseph Kabila Wamba", "ARMED_GROUP"), ("Joseph Kabila Wamba", "ORGANIZATION")],
     [], []),
    ("place-after-in",
     "The militia Bantu Shield in Ituri attacked Congolese troops.",
     [("Bantu Shield", "ARMED_GROUP")], [("Bantu Shield in Ituri", "*")], [], []),
    ("possessive-stops-the-name",
     "The rights group Nuru Haki's director was arrested in Kampala.",
     [("Nuru Haki", "ORGANIZATION")], [("Nuru Haki's", "*")], [], []),
    ("negated-criticism",
     "The rights group Nuru Haki did not criticise the Ugandan army.",
     [("Nuru Haki", "ORGANIZATION")], [], [],
     [("Nuru Haki", "CRITICIZES", "Ugandan forces")]),
]

PARTY_OF_TITLED: list[Case] = [
    ("first-minister-of-party",
     "First Minister Jane Doe of Sinn Féin condemned the Kesh Front on Monday.",
     [("Sinn Féin", "ORGANIZATION"), ("Jane Doe", "PERSON")], [("Sinn Féin", "PERSON")],
     [("Jane Doe", "MEMBER_OF", "Sinn Féin"), ("Jane Doe", "CRITICIZES", "Kesh Front")], []),
    ("lawmaker-of-party-long",
     "BUDAPEST, April 9 (Reuters) - Opposition lawmaker Anna Kovacs of Tisztaság on "
     "Wednesday accused the police of beating protesters, according to a statement.",
     [("Tisztaság", "ORGANIZATION")], [("Tisztaság", "PERSON")],
     [("Anna Kovacs", "MEMBER_OF", "Tisztaság")], []),
    ("party-leader-of",
     "Party leader Maria Lopez of Adelante Ya urged the army to return to its barracks.",
     [("Adelante Ya", "ORGANIZATION")], [("Adelante Ya", "PERSON")],
     [("Maria Lopez", "MEMBER_OF", "Adelante Ya")], []),
    # must-nots: a mayor's town, a known state after a minister
    ("mayor-of-town",
     "Mayor Jane Doe of Kalamu condemned the attack on the market.",
     [], [("Kalamu", "ORGANIZATION")], [], [("Jane Doe", "MEMBER_OF", "*")]),
    ("minister-of-state",
     "Prime Minister Jane Doe of Kenya condemned the attack on the market.",
     [("Kenya", "STATE")], [("Kenya", "ORGANIZATION")], [],
     [("Jane Doe", "MEMBER_OF", "*")]),
]

MINISTRIES: list[Case] = [
    ("foreign-ministry",
     "Armenia's Foreign Ministry condemned Azerbaijan on Monday.",
     [("Armenian Foreign Ministry", "GOVERNMENT_BODY"), ("Armenia", "STATE")],
     [("Armenian Foreign Ministry", "STATE")],
     [("Armenian Foreign Ministry", "CRITICIZES", "Azerbaijan"),
      ("Armenian Foreign Ministry", "PART_OF", "Armenia")],
     [("Armenia", "CRITICIZES", "Azerbaijan")]),
    ("interior-ministry-said",
     "France's Interior Ministry said on Tuesday that the suspect had been arrested.",
     [("French Interior Ministry", "GOVERNMENT_BODY")], [],
     [("French Interior Ministry", "PART_OF", "France")], []),
    ("defence-ministry-accused",
     "Mali's Defence Ministry accused the Kesh Front of attacking the base at Tessalit.",
     [("Malian Defence Ministry", "GOVERNMENT_BODY")], [],
     [("Malian Defence Ministry", "CRITICIZES", "Kesh Front")], []),
    ("ministry-long",
     "In a statement released late on Sunday, Chad's Foreign Ministry demanded that "
     "Sudan's army withdraw from the border, according to state television.",
     [("Chadian Foreign Ministry", "GOVERNMENT_BODY")], [("Chad", "ORGANIZATION")],
     [("Chadian Foreign Ministry", "PART_OF", "Chad")], []),
    ("government-is-the-state",
     # "the French government" is France, as the project reads a state's government
     "The French government condemned Russia on Monday.",
     [("France", "STATE")], [], [("France", "CRITICIZES", "Russia")], []),
]

_NOT_YET: dict[str, str] = {}
_ARGS = ("text", "read", "not_read", "asserted", "not_asserted")


@pytest.mark.parametrize(_ARGS, name_params(APPOSED_AFTER, _NOT_YET))
def test_kind_given_after_the_name(nlp: Language, text: str, read: list[Named],
                                   not_read: list[Named], asserted: list[Triple],
                                   not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


@pytest.mark.parametrize(_ARGS, name_params(KIND_BEFORE, _NOT_YET))
def test_kind_noun_before_the_name(nlp: Language, text: str, read: list[Named],
                                   not_read: list[Named], asserted: list[Triple],
                                   not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


@pytest.mark.parametrize(_ARGS, name_params(PARTY_OF_TITLED + MINISTRIES, _NOT_YET))
def test_parties_and_ministries(nlp: Language, text: str, read: list[Named],
                               not_read: list[Named], asserted: list[Triple],
                               not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)
