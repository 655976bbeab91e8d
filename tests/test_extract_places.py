"""Where places and people are: town and state, birthplaces, hometowns, a town's officials,
capitals and landmarks; and the place names the model mistypes. Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document
from actorgraph.extract.placenames import is_place_name, is_region, is_state_abbreviation

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("dateline-town-state", "BOISE, Idaho (AP) - Floods closed the highway.",
     [("Boise", "LOCATED_IN", "Idaho")]),
    ("caps-dateline", "KARBALA, Iraq (AP) - Pilgrims gathered.",
     [("Karbala", "LOCATED_IN", "Iraq")]),
    ("town-state-in-list", "Lows ranged from 3 degrees at Jackson, Wyo., and Aspen, Colo., "
     "to 80 at Tucson, Ariz.",
     [("Jackson", "LOCATED_IN", "Wyoming"), ("Aspen", "LOCATED_IN", "Colorado"),
      ("Tucson", "LOCATED_IN", "Arizona")]),
    ("abbreviation-tokenised", "The singer is a native of Hibbing , Minn .",
     [("Hibbing", "LOCATED_IN", "Minnesota")]),
    ("one-entity-split", "The reporter was born in Lubbock, Texas.",
     [("Lubbock", "LOCATED_IN", "Texas")]),
    # the person is in the town; the town's own edge says which state
    ("born-in-town-state", "Dana Hale was born in Lubbock, Texas, in 1961.",
     [("Dana Hale", "LOCATED_IN", "Lubbock"), ("Lubbock", "LOCATED_IN", "Texas")]),
    ("lives-in-state", "Dana Hale now lives in Vermont with her sister.",
     [("Dana Hale", "LOCATED_IN", "Vermont")]),
    # a body in a town is in the town's state too
    ("body-through-town", "Harlow Steel opened a new office in Akron, Ohio, last year.",
     [("Harlow Steel", "LOCATED_IN", "Ohio")]),
    ("comma-in", "The reactors at the Pantex Plant, in Amarillo, Texas, were closed.",
     [("Pantex Plant", "LOCATED_IN", "Amarillo"), ("Amarillo", "LOCATED_IN", "Texas")]),
    ("list-in-region", "Flooding hit Brazoria, Galveston and Beaumont in southeast Texas.",
     [("Brazoria", "LOCATED_IN", "Texas"), ("Galveston", "LOCATED_IN", "Texas")]),
    ("address-tail", "The reactors at the Pantex Plant, in Amarillo, Texas, were closed.",
     [("Pantex Plant", "LOCATED_IN", "Texas")]),
    # a plural place noun after a list of names
    ("listed-provinces-in", "Troops moved into the Kunar and Nangarhar provinces in Afghanistan.",
     [("Kunar", "LOCATED_IN", "Afghanistan"), ("Nangarhar", "LOCATED_IN", "Afghanistan")]),
    ("part-of-country", "Aid reached Kassala in the eastern part of Sudan.",
     [("Kassala", "LOCATED_IN", "Sudan")]),
    ("possessed-place-noun", "The storm flooded Gyumri, Armenia's second-largest city.",
     [("Gyumri", "LOCATED_IN", "Armenia")]),
    ("historic-state", "A dealer in Frankfurt, West Germany, said so.",
     [("Frankfurt", "LOCATED_IN", "West Germany")]),
    ("speaking-title-leads-story-state",
     "Iraq will face collapse if the US does that, Prime Minister Dana Hale said.",
     [("Dana Hale", "LEADS", "Iraq")]),
    ("born-before-name", "Ohio-born Dana Hale joined the mission.",
     [("Dana Hale", "LOCATED_IN", "Ohio")]),
    ("home-state-being", "With Ohio being Dana Hale's home state, turnout was high.",
     [("Dana Hale", "LOCATED_IN", "Ohio")]),
    ("hometown-appos", "Crowds gathered in Tulsa, Oklahoma, Dana Hale's hometown.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("home-state-of", "Dana Hale returned to his home state of Nebraska.",
     [("Dana Hale", "LOCATED_IN", "Nebraska")]),
    ("town-official", "Texas Gov. Dana Hale signed the order.",
     [("Dana Hale", "LOCATED_IN", "Texas")]),
    ("town-body-official", "The car was found empty, said Lake County police spokesman "
     "Dan Hollis.", [("Dan Hollis", "LOCATED_IN", "Lake County")]),
    # words of an office between the place and the title
    ("town-office-words", "Tulsa District Attorney Dana Hale filed charges.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("town-judge", "Orange County Judge Maria Feld set a hearing for March.",
     [("Maria Feld", "LOCATED_IN", "Orange County")]),
    ("capital-appos", "Sudan's capital, Khartoum, was shelled again.",
     [("Khartoum", "LOCATED_IN", "Sudan")]),
    ("capital-of", "Fighting reached Sanaa, the capital of Yemen, on Monday.",
     [("Sanaa", "LOCATED_IN", "Yemen")]),
    ("landmark-of-capital", "Protesters filled Cairo's Tahrir Square.",
     [("Tahrir Square", "LOCATED_IN", "Cairo")]),
    ("seat-in", "Officials at the Acme Corporation headquarters in Rockville, Md., said so.",
     [("Acme Corporation", "LOCATED_IN", "Rockville")]),
    ("x-based", "The Boston-based Fidelity Investments said profits rose.",
     [("Fidelity Investments", "LOCATED_IN", "Boston")]),
    ("copula-in", "Oberlin College is in Ohio.", [("Oberlin College", "LOCATED_IN", "Ohio")]),
    # whom people work for
    ("works-at", "Dana Hale, who works at the Pentagon, declined to comment.",
     [("Dana Hale", "MEMBER_OF", "Pentagon")]),
    ("relative-attr", "Dana Hale, 37, who is an officer in the Marine Corps, spoke.",
     [("Dana Hale", "MEMBER_OF", "Marine Corps")]),
    ("operates", "Dana Hale, who operates the Acme Mining Company, was fined.",
     [("Dana Hale", "LEADS", "Acme Mining Company")]),
    ("firm-of", "Dana Hale of the law firm of Skadden Arps Corp. said the deal was off.",
     [("Dana Hale", "MEMBER_OF", "Skadden Arps Corp.")]),
    ("seat-in-positional", "At a briefing at Acme headquarters in nearby Rockville, Hale spoke.",
     [("Acme", "LOCATED_IN", "Rockville")]),
    ("title-only-mention", "Foreign Secretary Dana Hale met the envoys. The Foreign Secretary "
     "condemned the Islamic State.", [("Dana Hale", "CRITICIZES", "Islamic State")]),
    ("initial-name-of-org", "Petra K. Lindqvist, 52, of the European Space Agency was picked.",
     [("Petra K. Lindqvist", "MEMBER_OF", "European Space Agency")]),
    # a capital opening "city, state" is the city, even where it is another state's capital
    ("capital-dateline", "NAIROBI, Kenya (AP) - Schools reopened on Monday.",
     [("Nairobi", "LOCATED_IN", "Kenya")]),
    ("capital-of-a-former-state", "Trade fairs were held in Prague, Czechoslovakia, each spring.",
     [("Prague", "LOCATED_IN", "Czechoslovakia")]),
    # a body or a site followed by its address
    ("body-then-address", "Inspectors visited the Harlow Steel Works, Gary, Ind., twice.",
     [("Harlow Steel Works", "LOCATED_IN", "Gary"),
      ("Harlow Steel Works", "LOCATED_IN", "Indiana")]),
    # a place written inside a body's name
    ("body-of-state", "The Constitutional Court of Uganda struck down the law.",
     [("Constitutional Court of Uganda", "PART_OF", "Uganda")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("state-list", "Storms hit Ohio, Texas and Utah.", [("*", "LOCATED_IN", "*")]),
    ("city-list", "Officials in Tokyo, Kyoto and Osaka met.", [("*", "LOCATED_IN", "*")]),
    ("country-list", "Envoys from Chad, Niger and Mali met.", [("*", "LOCATED_IN", "*")]),
    ("state-leader-is-not-located", "Kenyan President Dana Hale spoke.",
     [("*", "LOCATED_IN", "*")]),
    ("person-named-like-town", "Jackson said the talks failed.", [("*", "*", "*")]),
    ("judge-is-not-there", "Dana Hale calls ISIL presence in Palmyra a tragedy.",
     [("Dana Hale", "LOCATED_IN", "*")]),
    ("group-named-after-a-country", "A one-time emir of Al Qaeda in Iraq was detained.",
     [("*", "LOCATED_IN", "*")]),
    ("title-not-of-the-visited-state",
     "The files will be handed to President Dana Hale during her visit to Minsk.",
     [("Dana Hale", "LEADS", "*")]),
    ("no-role-towards-a-person", "Dr. Dana Hale operated on Omar Haddad, the wounded gunman.",
     [("*", "LEADS", "Omar Haddad"), ("*", "MEMBER_OF", "Omar Haddad")]),
    ("company-is-no-state-body", "American Express raised its fees.", [("*", "*", "*")]),
    # two capitals listed are two cities
    ("capital-list", "Envoys flew between Nairobi, Kampala and Kigali.",
     [("*", "LOCATED_IN", "*")]),
    # a name after the comma that speaks is no container
    ("speaker-after-place", "The ferry sank near Port Hale, Dana Hale said.",
     [("*", "LOCATED_IN", "Dana Hale")]),
    # a possessive after the comma owns what follows
    ("owner-after-place", "The note was handed over in Lyon, Ghana's envoy said.",
     [("Lyon", "LOCATED_IN", "*")]),
    # "the Government of X" is the state itself, not a body within it
    ("government-of-state", "Kenya said the Government of Kenya would pay.",
     [("*", "PART_OF", "Kenya"), ("*", "LOCATED_IN", "Kenya")]),
    # a name among listed states is one more item, whatever its type
    ("among-listed-states", "Envoys of Iran, Qatar, Emirates, Turkey and Oman met.",
     [("Emirates", "LOCATED_IN", "*")]),
    # a list item followed by places is no address
    ("listed-body-no-address", "Envoys of Oman, Acme Corp., Tulsa, Ohio and Chad met.",
     [("Acme Corp.", "LOCATED_IN", "*")]),
    # a list of companies and a region is no address
    ("bodies-and-region-listed", "Harlow Steel, Ohio Edison and Acme Corp. were fined.",
     [("*", "LOCATED_IN", "*")]),
    # a town closing a name may be a common word
    ("town-word-closing-a-name", "Judges of the European Court of Justice met.",
     [("*", "*", "Justice")]),
    # an armed group named after a country is not placed there by its name
    ("armed-group-name-of-state", "The Islamic State of Iraq claimed the bombing.",
     [("*", "LOCATED_IN", "Iraq")]),
    # a place opening a body's name before the title: the person serves the body
    ("place-opens-body-before-title", "Ohio Highway Patrol officer Dana Hale closed the road.",
     [("Dana Hale", "LOCATED_IN", "*")]),
    # "a firm based in Z": the firm is there, not the one who speaks for it
    ("speaker-for-firm-based-in", "Dana Hale, a spokeswoman for Acme Corp. based in Tulsa, "
     "said the firm would appeal.", [("Dana Hale", "LOCATED_IN", "*")]),
    # a harm told in the verb after "then" still says where it happened, not who lives there
    ("harm-in-later-verb", "Tom Ellery robbed Dana Hale on June 3, 1990, in Tulsa, Oklahoma, "
     "then shot her.", [("Tom Ellery", "LOCATED_IN", "*"), ("Dana Hale", "LOCATED_IN", "*")]),
    # "born in Town, State": the state names which town, it is not a second home
    ("state-after-birthplace", "Dana Hale was born in Lubbock, Texas, in 1961.",
     [("Dana Hale", "LOCATED_IN", "Texas")]),
    ("state-after-town-lived", "Tom Ellery, who grew up in Dayton, Ohio, flew the plane.",
     [("Tom Ellery", "LOCATED_IN", "Ohio")]),
    # a place name right before "spokesman" is more often a firm's
    ("place-word-spokesman", "Trains were late again, said Hartford spokesman Tom Ellery.",
     [("Tom Ellery", "LOCATED_IN", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_mistyped_towns_become_places(nlp: Language) -> None:
    ex = extract_document(nlp, "DAYTON, Ohio (AP) - A storm hit. Pickens said the "
                               "shelter in Boise was full.", "t.txt")
    types = {a.name: a.type for a in ex.actors}
    assert types.get("Dayton") is ActorType.LOCATION  # the dateline's capitals title-cased
    assert types.get("Boise") is ActorType.LOCATION


def test_org_words_and_outlets_fix_the_model_types(nlp: Language) -> None:
    ex = extract_document(nlp, "Dana Hale came to the United States to enter Oberlin College. "
                               "Radio Monte Carlo reported the news.", "t.txt")
    types = {a.name: a.type for a in ex.actors}
    assert types.get("Oberlin College") is ActorType.ORGANIZATION
    assert "Radio Monte Carlo" not in types  # an outlet is provenance


def test_a_fleet_is_an_armed_group(nlp: Language) -> None:
    ex = extract_document(nlp, "The Pacific Fleet moved two frigates.", "t.txt")
    assert {a.name: a.type for a in ex.actors}.get("Pacific Fleet") is ActorType.ARMED_GROUP


def test_state_abbreviation_keeps_its_surface_as_alias(nlp: Language) -> None:
    ex = extract_document(nlp, "Dana Hale, 47, of Riverton, Wyo., said the road was closed.",
                          "t.txt")
    wyoming = next(a for a in ex.actors if a.name == "Wyoming")
    assert "Wyo." in wyoming.aliases


def test_place_name_lists() -> None:
    assert is_place_name("Dayton") and is_place_name("Ohio") and is_place_name("Middle East")
    assert not is_place_name("Hezbollah") and not is_place_name("")
    assert is_state_abbreviation("Minn.") and is_state_abbreviation("S.C.")
    assert not is_state_abbreviation("Mr.")
    assert is_region("Ohio") and is_region("Latin America") and not is_region("Dayton")
