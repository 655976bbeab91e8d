"""The Phoenix/CAMEO dictionaries as data: typed, coded actors from many regions, agent
nouns as actors with a country, in-document aliases, and what must stay no actor."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from actorgraph.domain import Actor, ActorType, Extraction
from actorgraph.extract import extract_document
from actorgraph.extract.agents import agent_role, load_agents
from actorgraph.extract.gazetteer import PHOENIX_PATH, load_gazetteer
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import ActorRecord, DocumentInfo

ROOT = Path(__file__).resolve().parents[1]
DICTIONARIES = ROOT.parent / "shared" / "eval" / "phoenix-dictionaries"


def _actors(nlp: Language, text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_document(nlp, text, "t.txt").actors}


def _triples(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(nlp, text, "t.txt")
    names = {a.id: a.name for a in ex.actors}
    return {(names[r.source], r.type.value, names[r.target]) for r in ex.relations
            if not r.negated}


# (id, sentence, actor name, type, CAMEO code): countries, groups, IGOs, NGOs and people
# from every region, each typed and coded by the compiled dictionaries.
RECOGNISED = [
    ("state-africa", "Officials in Kenya said the talks had stalled.", "Kenya", "STATE", "KEN"),
    ("state-asia", "Vietnam and Indonesia signed a fisheries pact.", "Indonesia", "STATE", "IDN"),
    ("state-americas", "Peru recalled its ambassador on Monday.", "Peru", "STATE", "PER"),
    ("group-philippines", "The Moro Islamic Liberation Front signed the accord in Manila.",
     "Moro Islamic Liberation Front", "ARMED_GROUP", "PHLREB"),
    ("group-peru", "Shining Path guerrillas ambushed a patrol in the valley.",
     "Shining Path", "ARMED_GROUP", "PERREB"),
    ("group-sri-lanka", "The Liberation Tigers of Tamil Eelam had held the north for years.",
     "Liberation Tigers of Tamil Eelam", "ARMED_GROUP", "LKAREB"),
    ("igo-police", "Interpol issued a notice for the banker.",
     "Interpol", "ORGANIZATION", "IGOCOPITP"),
    ("igo-regional", "The Southern African Development Community met on Friday.",
     "Southern African Development Community", "ORGANIZATION", "IGOSAFDEVSAD"),
    ("ngo", "Doctors Without Borders evacuated its staff from the clinic.",
     "Doctors Without Borders", "ORGANIZATION", "NGOHLHMSF"),
    ("agency", "Mossad agents were blamed for the explosion.",
     "Mossad", "GOVERNMENT_BODY", "ISRSPY"),
    ("leader", "Juan Manuel Santos won the vote.", "Juan Manuel Santos", "PERSON", "COLGOV"),
    ("curated-coded", "Hezbollah fired rockets at a base.", "Hezbollah", "ARMED_GROUP", "LBNREB"),
    # the dictionary codes "Ansar Allah" as a Lebanese group; the curated entry wins
    ("curated-wins", "Ansar Allah seized a cargo ship.", "Houthis", "ARMED_GROUP", "YEMREB"),
    ("added-group", "The ELN freed two hostages.", "National Liberation Army", "ARMED_GROUP",
     "COLREB"),
    # agents: a noun and a country make a typed actor with the country's code + role
    ("agent-soldiers", "Nine Colombian soldiers died in the blast.",
     "Colombian forces", "ARMED_GROUP", "COLMIL"),
    ("agent-police", "Kenyan police fired tear gas at the crowd.",
     "Kenyan police", "ARMED_GROUP", "KENCOP"),
    ("agent-commandos", "Peruvian commandos freed the hostages.",
     "Peruvian forces", "ARMED_GROUP", "PERMIL"),
    ("agent-rebels", "Burundian rebels crossed the border overnight.",
     "Burundian rebels", "ARMED_GROUP", "BDIREB"),
    ("agent-marines", "Thai marines patrolled the coast.", "Thai forces", "ARMED_GROUP", "THAMIL"),
    ("agent-spokesman", "A Ugandan army spokesman denied the report.",
     "Ugandan forces", "ARMED_GROUP", "UGAMIL"),
    ("agent-paramilitaries", "Sudanese paramilitaries stormed a market in the town.",
     "Sudanese militias", "ARMED_GROUP", "SDNUAF"),
    ("agent-named-group", "Houthi militants seized a cargo ship.",
     "Houthis", "ARMED_GROUP", "YEMREB"),
    ("agent-group-guerrillas", "ELN guerrillas attacked a pipeline in Arauca.",
     "National Liberation Army", "ARMED_GROUP", "COLREB"),
    ("agent-one-state", "In Chile, police detained forty protesters.",
     "Chilean police", "ARMED_GROUP", "CHLCOP"),
]


@pytest.mark.parametrize(("text", "name", "type_", "code"),
                         [pytest.param(*row[1:], id=row[0]) for row in RECOGNISED])
def test_recognised_typed_and_coded(nlp: Language, text: str, name: str, type_: str,
                                    code: str) -> None:
    actors = _actors(nlp, text)
    assert name in actors, f"{name!r} not in {sorted(actors)}"
    assert (actors[name].type.value, actors[name].cameo_code) == (type_, code)


# (id, sentence): common words, lower-case phrases and country-less agents are no actors.
NO_ACTORS = [
    ("english-word-name", "The foundation of the new school was laid last week."),
    ("capitalised-agent", "Guerrillas attacked a bus on the highway."),
    ("police-no-country", "Police said the fire was an accident."),
    ("junta-no-country", "The junta announced new elections."),
    ("lower-case-group-name", "An islamic group of students met the dean."),
    ("fighter-jets", "Two fighter jets flew over the stadium."),
]


@pytest.mark.parametrize("text", [pytest.param(row[1], id=row[0]) for row in NO_ACTORS])
def test_no_actor(nlp: Language, text: str) -> None:
    assert _actors(nlp, text) == {}


def test_us_state_named_like_a_country_is_no_state(nlp: Language) -> None:
    actors = _actors(nlp, "Georgia passed a new voting law.")
    assert all(a.type is not ActorType.STATE for a in actors.values())


def test_dictionary_name_inside_a_longer_name_yields_to_it(nlp: Language) -> None:
    actors = _actors(nlp, "Omar Selim was treasurer at the Red Crescent Society in 2019.")
    assert "Red Crescent" not in actors


# (id, text, triple): with both ends now actors, the main violent event is read.
EVENTS = [
    ("eln-killed", "The ELN killed nine Colombian soldiers.",
     ("National Liberation Army", "KILLED", "Colombian forces")),
    ("troops-attack-group", "Ugandan troops attacked the Allied Democratic Forces.",
     ("Ugandan forces", "TARGETS", "Allied Democratic Forces")),
    ("junta-of-one-state", "Myanmar's junta extended the emergency. The junta also attacked "
     "the Kachin Independence Army.", ("Myanmar", "TARGETS", "Kachin Independence Army")),
    ("guerrillas-refer-back", "The ELN attacked a base in Arauca. The guerrillas killed two "
     "Colombian policemen.", ("National Liberation Army", "KILLED", "Colombian police")),
    ("acronym-introduced", "The Karen Liberation Movement (KLM) claimed the raid. The KLM also "
     "attacked Thai soldiers.", ("Karen Liberation Movement", "TARGETS", "Thai forces")),
    ("acronym-two-letters", "The Arakan Army (AA) was founded in 2009. The AA attacked the "
     "Tatmadaw near the border.", ("Arakan Army", "TARGETS", "Tatmadaw")),
]


@pytest.mark.parametrize(("text", "triple"),
                         [pytest.param(row[1], row[2], id=row[0]) for row in EVENTS])
def test_events_with_both_ends(nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(nlp, text)


def test_acronym_is_an_alias_of_one_actor(nlp: Language) -> None:
    actors = _actors(nlp, "The Arakan Army (AA) was founded in 2009. The AA attacked the "
                          "Tatmadaw near the border.")
    assert "AA" in actors["Arakan Army"].aliases
    assert "AA" not in actors


def test_spelling_variants_are_one_actor(nlp: Language) -> None:
    ex = extract_document(nlp, "Shelling hit al-Fasher on Sunday. Aid groups said El Fasher "
                               "was running out of food.", "t.txt")
    fasher = [a for a in ex.actors if "Fasher" in a.name]
    assert len(fasher) == 1
    assert {"al-Fasher", "El Fasher"} <= set(fasher[0].aliases)


def test_short_form_after_the_full_name(nlp: Language) -> None:
    actors = _actors(nlp, "The Syrian Observatory for Human Rights counted the dead. The "
                          "Observatory said most were civilians.")
    assert "Observatory" in actors["Syrian Observatory for Human Rights"].aliases
    assert "Observatory" not in actors


def test_short_form_shared_by_two_actors_merges_neither(nlp: Language) -> None:
    actors = _actors(nlp, "The Syrian Observatory for Human Rights and the Libyan Observatory "
                          "for Human Rights both reported deaths. The Observatory said 12 people "
                          "died.")
    assert {"Syrian Observatory for Human Rights", "Libyan Observatory for Human Rights"} <= set(
        actors)
    assert all("Observatory" not in a.aliases for a in actors.values())
    assert "Observatory" not in actors


def test_generic_head_word_is_no_short_form(nlp: Language) -> None:
    actors = _actors(nlp, "The Arakan Army seized the port. The Army said it lost no men.")
    assert "Army" not in actors["Arakan Army"].aliases


def test_distinct_groups_sharing_words_stay_apart(nlp: Language) -> None:
    actors = _actors(nlp, "The Free Syrian Army accused the Syrian Arab Army of shelling.")
    assert {"Free Syrian Army", "Syrian Arab Army"} <= set(actors)


# ---------------------------------------------------------------- the compiled data


def test_compiled_data_carries_the_licence_notice() -> None:
    for path in (PHOENIX_PATH, PHOENIX_PATH.with_name("agents.json")):
        notice = json.loads(path.read_text(encoding="utf-8"))["_licence"]
        assert "MIT" in notice and "Open Event Data Alliance" in notice


@pytest.mark.parametrize(("name", "canonical"), [
    ("Medellin", None),  # a city the file lists under Colombia is not the state
    ("Ansar Allah", "Houthis"),
    ("Federated States of Micronesia", "Micronesia"),
    ("FARC", "Revolutionary Armed Forces of Colombia"),
])
def test_gazetteer_lookups(name: str, canonical: str | None) -> None:
    entry = load_gazetteer().lookup(name)
    assert (entry.name if entry else None) == canonical


@pytest.mark.parametrize(("noun", "role"), [
    ("soldiers", "MIL"), ("policemen", "COP"), ("guerrillas", "REB"), ("insurgent", "REB"),
    ("militants", "UAF"), ("mukhabarat", "SPY"), ("captain", None), ("prison", None),
    ("rebellion", None),
])
def test_agent_roles(noun: str, role: str | None) -> None:
    found = agent_role(noun)
    assert (found.code if found else None) == role


def test_unreadable_agents_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "agents.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"agents\.json"):
        load_agents(bad)


def test_gazetteer_without_dictionaries_knows_only_curated_names() -> None:
    gaz = load_gazetteer(phoenix=None)
    assert gaz.lookup("Interpol") is None
    assert gaz.lookup("Hezbollah") is not None


@pytest.mark.skipif(not DICTIONARIES.is_dir(), reason="shared eval data not present")
def test_compile_reproduces_the_committed_data(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "compile_dictionaries.py"),
                    "--source", str(DICTIONARIES), "--out", str(tmp_path)],
                   check=True, capture_output=True, text=True)
    for name in ("phoenix.json", "agents.json"):
        assert (tmp_path / name).read_text(encoding="utf-8") == \
            (PHOENIX_PATH.parent / name).read_text(encoding="utf-8")


def test_parser_reads_headwords_synonyms_and_dated_codes(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from phoenix_format import read_actor_file, read_agent_file
    finally:
        sys.path.pop(0)
    actors = tmp_path / "a.txt"
    actors.write_text(
        "# a comment\nNORTHLAND_  [NLD]\n+NORTHLANDER_\nJANE_ROE_  # CountryInfo.txt\n"
        "\t[NLDGOV 990101-051231]\n\t[NLDELI]\nRIVER_FRONT_(RF)_ [NLDREB] # note\n",
        encoding="utf-8")
    entries = list(read_actor_file(actors))
    assert [(e.name, e.synonyms, e.codes) for e in entries] == [
        ("NORTHLAND_", ["NORTHLANDER_"], [("NLD", "")]),
        ("JANE_ROE_", [], [("NLDGOV", "990101-051231"), ("NLDELI", "")]),
        ("RIVER_FRONT_(RF)_", [], [("NLDREB", "")]),
    ]
    agents = tmp_path / "g.txt"
    agents.write_text("!PERSON! = MAN, WOMAN\nPATROL!PERSON! [~COP]\nSCOUT {} [~MIL]\n",
                      encoding="utf-8")
    assert [(a.phrase, a.code, a.plural) for a in read_agent_file(agents)] == [
        ("PATROLMAN", "~COP", None), ("PATROLWOMAN", "~COP", None), ("SCOUT", "~MIL", ""),
    ]


# ---------------------------------------------------------------- cameo_code downstream


def _coded_extraction() -> Extraction:
    return Extraction(
        document="d.txt",
        actors=(Actor("a1", "Kenyan police", ActorType.ARMED_GROUP, ("Kenyan police",), "KENCOP"),
                Actor("a2", "Northland", ActorType.STATE)),
    )


def test_json_contract_carries_cameo_code() -> None:
    data: dict[str, Any] = _coded_extraction().to_json()
    assert data["actors"][0]["cameo_code"] == "KENCOP"
    assert data["actors"][1]["cameo_code"] is None
    assert Extraction.from_json(data) == _coded_extraction()


def _record(store: EmbeddedStore, actor_id: str) -> ActorRecord:
    record = store.get_actor(actor_id)
    assert record is not None
    return record


def test_embedded_store_keeps_the_code_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "graph.sqlite3"
    with EmbeddedStore(path) as store:
        store.upsert_document(DocumentInfo("d.txt", "x" * 64), _coded_extraction())
        assert _record(store, "kenyan-police").cameo_code == "KENCOP"
    with EmbeddedStore(path) as store:
        assert _record(store, "kenyan-police").cameo_code == "KENCOP"
        assert _record(store, "northland").cameo_code is None


def test_store_written_before_codes_opens_and_gains_them(tmp_path: Path) -> None:
    path = tmp_path / "graph.sqlite3"
    with EmbeddedStore(path) as store:
        store.upsert_document(DocumentInfo("old.txt", "y" * 64), Extraction(
            document="old.txt", actors=(Actor("a1", "Kenyan police", ActorType.ARMED_GROUP),)))
    conn = sqlite3.connect(path)  # the actors table as it was before cameo_code
    conn.executescript("ALTER TABLE actors DROP COLUMN cameo_code;")
    conn.close()
    with EmbeddedStore(path) as store:
        assert _record(store, "kenyan-police").cameo_code is None
        store.upsert_document(DocumentInfo("d.txt", "x" * 64), _coded_extraction())
        record = _record(store, "kenyan-police")
        assert (record.cameo_code, record.documents) == ("KENCOP", ("d.txt", "old.txt"))


def test_api_and_exports_show_the_code(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from actorgraph.api import create_app
    from actorgraph.graph.export import export_graph
    from actorgraph.settings import Settings

    with EmbeddedStore(tmp_path / "g.sqlite3") as store:
        store.upsert_document(DocumentInfo("d.txt", "x" * 64), _coded_extraction())
        with TestClient(create_app(Settings(data_dir=tmp_path), store=store)) as client:
            assert client.get("/actors/kenyan-police").json()["cameo_code"] == "KENCOP"
            listed = client.get("/actors", params={"q": "kenyan"}).json()["items"]
            assert listed[0]["cameo_code"] == "KENCOP"
        nodes = tmp_path / "csv"
        nodes.mkdir()
        export_graph(store, "csv", nodes)
        assert "cameo_code" in (nodes / "nodes.csv").read_text(encoding="utf-8").splitlines()[0]
        assert "KENCOP" in (nodes / "nodes.csv").read_text(encoding="utf-8")
        export_graph(store, "graphml", tmp_path / "g.graphml")
        assert "KENCOP" in (tmp_path / "g.graphml").read_text(encoding="utf-8")
        export_graph(store, "json", tmp_path / "g.json")
        data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
        assert {n["id"]: n["cameo_code"] for n in data["nodes"]}["kenyan-police"] == "KENCOP"
