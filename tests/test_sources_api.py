"""Source metadata, copies and timelines through the REST API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from spacy.language import Language

from actorgraph.graph.embedded import EmbeddedStore
from tests.test_api import TOKEN, make_client

AUTH = {"Authorization": f"Bearer {TOKEN}"}
STORY = (
    "The Houthis fired a missile at a tanker in the Red Sea.\n\n"
    "The United States condemned the Houthis after the attack on the tanker, which "
    "was carrying grain to a port further north along the coast."
)
SOURCE = {
    "title": "Missile hits tanker",
    "url": "https://news.example/tanker",
    "published": "2024-03-04",
    "publisher": "Harbour Gazette",
    "reliability": "b",
}


@pytest.fixture
def client(nlp: Language, tmp_path: Path) -> Iterator[TestClient]:
    store = EmbeddedStore(tmp_path / "g.sqlite3")
    with make_client(store, tmp_path=tmp_path, nlp=nlp, api_token=SecretStr(TOKEN)) as test:
        yield test
    store.close()


def post(client: TestClient, **body: Any) -> Any:
    response = client.post("/documents", json=body, headers=AUTH)
    assert response.status_code in (200, 201), response.text
    return response.json()


def houthis(client: TestClient) -> str:
    found: str = client.get("/actors", params={"q": "Houthis"}).json()["items"][0]["id"]
    return found


def test_post_with_metadata_is_stored_and_returned_with_evidence(client: TestClient) -> None:
    body = post(client, id="tanker.txt", text=STORY, **SOURCE)
    assert body["result"]["status"] == "created" and body["duplicate_of"] is None
    document = client.get("/documents/tanker.txt").json()
    assert {k: document[k] for k in SOURCE} == {**SOURCE, "reliability": "B"}
    assert document["date"] == "2024-03-04"
    connections = client.get(f"/actors/{houthis(client)}/connections").json()["connections"]
    evidence = [e for c in connections for e in c["evidence"]]
    assert evidence
    for item in evidence:
        assert (item["title"], item["url"], item["published"], item["publisher"]) == (
            "Missile hits tanker",
            "https://news.example/tanker",
            "2024-03-04",
            "Harbour Gazette",
        )
        # No date in the sentences: the statement is dated by the report.
        assert (item["date"], item["report_date"], item["event_date"]) == (
            "2024-03-04",
            "2024-03-04",
            None,
        )
    # The same text and metadata again: nothing changes.
    assert post(client, id="tanker.txt", text=STORY, **SOURCE)["result"]["status"] == "unchanged"


@pytest.mark.parametrize(
    ("field", "value"),
    [("published", "next week"), ("reliability", "Q"), ("url", "javascript:alert(1)")],
)
def test_bad_metadata_is_a_422_naming_the_field(
    client: TestClient, field: str, value: str
) -> None:
    response = client.post(
        "/documents", json={"id": "bad.txt", "text": STORY, field: value}, headers=AUTH
    )
    assert response.status_code == 422
    assert field in response.text
    assert client.get("/documents").json()["total"] == 0


def test_unknown_fields_are_still_refused(client: TestClient) -> None:
    response = client.post(
        "/documents", json={"id": "x.txt", "text": STORY, "author": "someone"}, headers=AUTH
    )
    assert response.status_code == 422 and "author" in response.text


def test_a_copy_is_another_source_and_counts_once(client: TestClient) -> None:
    post(client, id="gazette.txt", text=STORY, **SOURCE)
    actor = houthis(client)
    before = client.get(f"/actors/{actor}/connections").json()["connections"]
    copy = post(
        client,
        id="courier.txt",
        text="By Courier Staff\n" + STORY.replace("  ", " ") + "\nAll rights reserved.",
        title="Tanker struck",
        publisher="Coast Courier",
        url="https://courier.example/tanker",
    )
    assert copy["duplicate_of"] == "gazette.txt"
    assert copy["result"]["statements_added"] == 0
    after = client.get(f"/actors/{actor}/connections").json()["connections"]
    assert [c["count"] for c in after] == [c["count"] for c in before]
    evidence = after[0]["evidence"][0]
    assert [(c["document"], c["publisher"]) for c in evidence["copies"]] == [
        ("courier.txt", "Coast Courier")
    ]
    original = client.get("/documents/gazette.txt").json()
    assert [c["url"] for c in original["copies"]] == ["https://courier.example/tanker"]
    assert client.get("/documents/courier.txt").json()["duplicate_of"] == "gazette.txt"
    listed = {d["id"]: len(d["copies"]) for d in client.get("/documents").json()["items"]}
    assert listed == {"courier.txt": 0, "gazette.txt": 1}


def test_copies_are_looked_up_among_the_texts_stored_now(client: TestClient) -> None:
    """The API keeps the fingerprints between posts: a replaced or deleted text must
    not be found as an original afterwards, and a new one must be."""
    other = "Gunmen ambushed a supply convoy on the road north of the river crossing."
    post(client, id="first.txt", text=STORY)
    post(client, id="first.txt", text=other)  # replaced: STORY is no longer stored
    assert post(client, id="again.txt", text=STORY)["duplicate_of"] is None
    assert post(client, id="copy.txt", text=STORY)["duplicate_of"] == "again.txt"
    assert client.delete("/documents/again.txt", headers=AUTH).status_code == 204
    client.delete("/documents/copy.txt", headers=AUTH)
    assert post(client, id="third.txt", text=STORY)["duplicate_of"] is None
    assert post(client, id="fourth.txt", text=other)["duplicate_of"] == "first.txt"


def test_timeline_is_ordered_paged_and_names_the_other_actor(client: TestClient) -> None:
    post(client, id="one.txt", text=STORY, published="2024-03-04")
    post(
        client,
        id="two.txt",
        text="The United States warned the Houthis against new attacks on shipping.",
        published="2024-02-20",
    )
    actor = houthis(client)
    timeline = client.get(f"/actors/{actor}/timeline").json()
    dates = [item["date"] for item in timeline["items"]]
    assert dates == sorted(dates) and dates[0] == "2024-02-20" and timeline["total"] >= 2
    first = timeline["items"][0]
    assert first["other"]["name"] == "United States" and first["direction"] == "in"
    assert first["evidence"]["document"] == "two.txt"
    page = client.get(f"/actors/{actor}/timeline", params={"limit": 1, "offset": 1}).json()
    assert page["items"] == timeline["items"][1:2]
    march = client.get(f"/actors/{actor}/timeline", params={"date_from": "2024-03-01"}).json()
    assert {i["date"] for i in march["items"]} == {"2024-03-04"}
    bad = client.get(
        f"/actors/{actor}/timeline", params={"date_from": "2024-03-02", "date_to": "2024-03-01"}
    )
    assert bad.status_code == 422
    assert client.get("/actors/nobody-here/timeline").status_code == 404


def test_as_of_on_connections_and_paths(client: TestClient) -> None:
    post(client, id="one.txt", text=STORY, published="2024-03-04")
    actor = houthis(client)
    early = client.get(f"/actors/{actor}/connections", params={"as_of": "2024-03-01"}).json()
    assert early["connections"] == []
    late = client.get(f"/actors/{actor}/connections", params={"as_of": "2024-03-04"}).json()
    assert late["connections"]
    other = late["connections"][0]["neighbour"]["id"]
    params = {"source": actor, "target": other}
    assert client.get("/paths", params={**params, "as_of": "2024-03-01"}).json()["items"] == []
    assert client.get("/paths", params={**params, "as_of": "2024-03-05"}).json()["items"]


def test_upload_reads_html_metadata(client: TestClient) -> None:
    page = (
        "<html><head><title>Tanker hit</title>"
        '<meta property="article:published_time" content="2024-03-04">'
        '<meta property="og:site_name" content="Harbour Gazette"></head>'
        f"<body><p>{STORY}</p></body></html>"
    )
    response = client.post(
        "/documents/upload", files={"file": ("tanker.html", page, "text/html")}, headers=AUTH
    )
    assert response.status_code == 201, response.text
    document = client.get("/documents/tanker.html").json()
    assert (document["title"], document["published"], document["publisher"]) == (
        "Tanker hit",
        "2024-03-04",
        "Harbour Gazette",
    )
