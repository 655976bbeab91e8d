"""The explorer in a real browser: headless Chromium loads the page from the running API.

The page writes what it shows onto <body> (data-nodes, data-edges, data-state), so the
DOM that Chromium dumps after running the page's JavaScript tells whether the network
was drawn. A screenshot is written to test-artifacts/ for people to look at.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from actorgraph.api.app import create_app
from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.settings import Settings
from tests import samples
from tests.live_server import served

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
# Markup that would set a flag on <body> if any page ever inserted it as HTML.
HOSTILE = "<img src=x onerror=\"document.body.dataset.pwned='1'\">"


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Chromium is needed for the browser tests: `make test` installs it (Debian)")


def hostile_story() -> tuple[DocumentInfo, Extraction]:
    text = f"The {HOSTILE} cell attacked a depot. '}}) DETACH DELETE n // said so."
    start = 0
    end = text.index(".") + 1
    extraction = Extraction(
        document="hostile.txt",
        actors=(
            Actor("a1", HOSTILE, ActorType.ARMED_GROUP),
            Actor("a2", "Depot \u202eevil\u202c \U0001f4a3", ActorType.FACILITY),
        ),
        relations=(
            Relation(
                "a1",
                "a2",
                RelationType.TARGETS,
                (Evidence(text[start:end], start, end),),
                date="2022-01-01",
            ),
        ),
    )
    info = DocumentInfo(id="hostile.txt", sha256="h" * 64, words=len(text.split()))
    return info, extraction


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = EmbeddedStore(tmp_path_factory.mktemp("browser") / "g.sqlite3")
    samples.fill(store)
    store.upsert_document(*hostile_story())
    with served(create_app(Settings(), store=store)) as url:
        yield url
    store.close()


def load(url: str, tmp_path: Path, screenshot: Path | None = None) -> tuple[str, list[str]]:
    """Run the page in headless Chromium; the DOM after its scripts ran, and console lines."""
    # A fresh profile per try: a second try after a timeout starts Chromium from nothing.
    for attempt in (1, 2):
        args = _chromium_args(tmp_path / f"profile-{attempt}", screenshot)
        try:
            done = subprocess.run(
                [*args, url], capture_output=True, text=True, timeout=240, check=False
            )
            break
        except subprocess.TimeoutExpired:
            # On a loaded machine a headless start can stall; one more try, then fail.
            if attempt == 2:
                raise
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return done.stdout, console


def _chromium_args(profile: Path, screenshot: Path | None) -> list[str]:
    args = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        "--window-size=1280,800",
        "--virtual-time-budget=20000",
    ]
    return args + ([f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"])


def body_data(dom: str) -> dict[str, str]:
    match = re.search(r"<body([^>]*)>", dom)
    assert match, dom[:500]
    # Values as the page set them (the serialised DOM escapes & and quotes).
    return {k: html.unescape(v) for k, v in re.findall(r'data-([\w-]+)="([^"]*)"', match.group(1))}


def actors_with_edges(server: str, **params: Any) -> set[str]:
    """Ids of the actors with at least one connection matching `params`, via the API."""
    actors = httpx.get(f"{server}/actors", params={"limit": 500}).json()["items"]
    return {
        a["id"]
        for a in actors
        if httpx.get(f"{server}/actors/{a['id']}/connections", params=params).json()["connections"]
    }


def test_whole_graph_draws_every_actor_without_errors(server: str, tmp_path: Path) -> None:
    dom, console = load(f"{server}/explorer?include_negated=true", tmp_path)
    data = body_data(dom)
    assert data.get("state") == "ready", data
    # Actors without edges are hidden by default and counted beside the toggle.
    actors = httpx.get(f"{server}/stats").json()["actors"]
    assert int(data["nodes"]) + int(data["isolated"]) == actors
    assert "<canvas" in dom
    assert console == []
    assert "pwned" not in data


@pytest.mark.parametrize(
    ("query", "connections"),
    [
        # By default denied edges are not drawn, nor actors that only have denied ones.
        ("", {}),
        ("?type=TARGETS", {"type": "TARGETS"}),
        ("?type=TARGETS&include_negated=true", {"type": "TARGETS", "include_negated": "true"}),
        ("?type=LEADS&type=CEASEFIRE_WITH", {"type": ["LEADS", "CEASEFIRE_WITH"]}),
    ],
)
def test_filtered_page_draws_the_matching_actors(
    server: str, tmp_path: Path, query: str, connections: dict[str, Any]
) -> None:
    expected = actors_with_edges(server, **connections)
    assert expected  # the case must draw something to tell right from wrong
    dom, console = load(f"{server}/explorer{query}", tmp_path)
    data = body_data(dom)
    assert data.get("state") == "ready", data
    assert int(data["nodes"]) == len(expected)
    assert console == []


def test_filtered_neighbourhood_draws_its_hops(server: str, tmp_path: Path) -> None:
    (brigade,) = httpx.get(f"{server}/actors", params={"q": "Crimson Brigade"}).json()["items"]
    # Across CRITICIZES to Valdoria, then CEASEFIRE_WITH to Ostrava; TARGETS not followed.
    url = f"{server}/explorer/{brigade['id']}?type=CRITICIZES&type=CEASEFIRE_WITH&depth=2"
    dom, console = load(url, tmp_path)
    data = body_data(dom)
    assert data.get("state") == "ready", data
    assert (int(data["nodes"]), int(data["edges"])) == (3, 2)
    assert console == []
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "explorer-filtered.png"
    shot.unlink(missing_ok=True)
    load(url, tmp_path, screenshot=shot)
    assert shot.stat().st_size > 10_000


def test_selected_actor_panel_is_escaped_text_with_api_links(server: str, tmp_path: Path) -> None:
    """The focus of a neighbourhood page is selected on load, which opens its panel."""
    groups = httpx.get(f"{server}/actors", params={"type": "ARMED_GROUP", "limit": 500})
    (actor,) = [a for a in groups.json()["items"] if a["name"] == HOSTILE]
    dom, console = load(f"{server}/explorer/{actor['id']}", tmp_path)
    data = body_data(dom)
    assert data.get("state") == "ready", data
    assert data.get("selected") == actor["id"]
    assert "pwned" not in data
    assert console == []
    panel = re.search(r'<aside id="actor-panel"([^>]*)>(.*?)</aside>', dom, re.S)
    assert panel, "no actor panel"
    assert "hidden" not in panel.group(1)
    text = panel.group(2)
    assert "&lt;img src=x onerror=" in text  # the name, shown as text
    assert "<img" not in text
    quoted = quote(actor["id"], safe="")
    for href in (f"/actors/{quoted}", f"/actors/{quoted}/connections", f"/explorer/{quoted}"):
        assert f'href="{href}"' in text, href


def test_neighbourhood_page_and_screenshot(server: str, tmp_path: Path) -> None:
    found = httpx.get(f"{server}/actors", params={"q": "depot"}).json()["items"]
    url = f"{server}/explorer/{found[0]['id']}"
    dom, console = load(url, tmp_path)
    data = body_data(dom)
    assert data.get("state") == "ready" and int(data["nodes"]) == 2
    assert console == []
    assert "pwned" not in data
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "explorer.png"
    shot.unlink(missing_ok=True)
    load(f"{server}/explorer", tmp_path, screenshot=shot)
    assert shot.stat().st_size > 10_000


# Run after the page's own script: fills the filter form and submits it once; the page
# it reloads to records its query string. Chromium dumps the last page it loaded.
SUBMIT_FILTERS = """<script>
if (!location.search) {
  var form = document.getElementById("filter-form");
  form.querySelectorAll('input[name="type"]').forEach(function (b) { b.checked = false; });
  var family = form.querySelector('input[data-family-toggle="violence"]');
  family.checked = true;
  family.dispatchEvent(new Event("change"));
  form.elements.namedItem("date_from").value = "%(date_from)s";
  form.elements.namedItem("date_to").value = "%(date_to)s";
  form.elements.namedItem("include_negated").checked = true;
  form.requestSubmit();
  document.body.dataset.status = document.getElementById("filter-status").textContent;
} else {
  document.body.dataset.search = location.search;
}
</script></body>"""


@pytest.mark.parametrize(
    ("date_from", "date_to", "search", "status"),
    [
        (
            "2021-03-01",
            "",
            "?type=TARGETS&type=KILLED&type=CONTROLS&date_from=2021-03-01&include_negated=true",
            None,
        ),
        ("2021-05-01", "2021-04-01", None, "the 'from' date is after the 'to' date"),
    ],
)
def test_filter_form_reloads_with_query_parameters(
    tmp_path: Path, date_from: str, date_to: str, search: str | None, status: str | None
) -> None:
    from actorgraph.graph.explorer import EdgeFilter, render_explorer
    from tests.test_explorer import small_graph

    page = render_explorer(small_graph(), title="form", api_base="", edge_filter=EdgeFilter())
    script = SUBMIT_FILTERS % {"date_from": date_from, "date_to": date_to}
    path = tmp_path / "form.html"
    path.write_text(page.replace("</body>", script), encoding="utf-8")
    dom, console = load(path.as_uri(), tmp_path)
    data = body_data(dom)
    assert data.get("search") == search
    assert data.get("status") == status
    assert console == []


# ------------------------------------------------ isolated actors, time, hover, saving

# Runs once the page is laid out; `steps` records what the page shows onto <body>.
AFTER_READY = """<script>
var timer = setInterval(function () {
  if (document.body.dataset.state !== "ready") { return; }
  clearInterval(timer);
  var view = window.actorgraphView, data = document.body.dataset;
  function record(name) { data["at" + name] = data.nodes + "/" + data.edges; }
  %s
}, 50);
</script></body>"""


def after_ready(tmp_path: Path, graph: Any, steps: str, **render: Any) -> dict[str, str]:
    from actorgraph.api.routes.explorer import _HEADERS
    from actorgraph.graph.explorer import render_explorer

    page = render_explorer(graph, title="steps", **render)
    # The policy the API sends with the page, so the steps run under the same rules.
    policy = _HEADERS["Content-Security-Policy"].replace("frame-ancestors 'self'", "")
    page = page.replace(
        "<head>", f'<head><meta http-equiv="Content-Security-Policy" content="{policy}">', 1
    )
    path = tmp_path / "steps.html"
    path.write_text(page.replace("</body>", AFTER_READY % steps), encoding="utf-8")
    dom, console = load(path.as_uri(), tmp_path)
    assert console == []
    data = body_data(dom)
    assert data.get("state") == "ready", data
    assert "pwned" not in data
    return data


def graph_with_a_loner() -> Any:
    from tests.test_explorer import small_graph

    graph = small_graph()
    graph.add_node("hermit", name="Lone Hermit", type="PERSON", aliases=[])
    return graph


def test_actors_without_edges_are_hidden_until_the_toggle_shows_them(tmp_path: Path) -> None:
    steps = """
    record("start");
    var toggle = document.getElementById("show-isolated");
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    record("shown");
    data.hermit = view.nodeView.get("hermit") ? "drawn" : "hidden";
    """
    data = after_ready(tmp_path, graph_with_a_loner(), steps)
    assert data["isolated"] == "1"
    assert data["atstart"] == "6/6"
    assert data["atshown"] == "7/6"
    assert data["hermit"] == "drawn"


def test_time_slider_filters_edges_by_their_statement_dates(tmp_path: Path) -> None:
    from tests.test_explorer import add, edge, small_graph

    graph = small_graph()
    add(graph, edge("valdoria", "brigade", RelationType.CRITICIZES, "Valdoria scolded them.",
                    dates=("2021-06",)))  # fmt: skip
    steps = """
    record("full");
    data.fullrange = data.range;
    view.setRange(view.dayOf("2021-06-10"), view.dayOf("2021-06-20"));
    record("june");
    var undated = document.getElementById("show-undated");
    undated.checked = false;
    undated.dispatchEvent(new Event("change"));
    record("junedatedonly");
    view.setRange(view.dayOf("2021-03-05"), view.dayOf("2021-03-09"));
    record("march");
    data.bars = String(document.querySelectorAll("#histogram-bars rect").length);
    """
    data = after_ready(tmp_path, graph, steps)
    assert data["fullrange"] == "2021-03-02/2021-06-30"
    assert data["atfull"] == "6/7"
    # June: the month-dated criticism, plus the five undated edges; then without them.
    assert data["atjune"] == "6/6"
    assert data["atjunedatedonly"] == "2/1"
    # 5 to 9 March: the second shelling of the airbase only.
    assert data["atmarch"] == "2/1"
    assert data["range"] == "2021-03-05/2021-03-09"
    assert data["bars"] == "40"


HOVER_STEPS = """
var first = view.edges.get({filter: function (e) { return e.relation === "%s"; }})[0].id;
data.restbefore = String(view.edges.get(first).label);
window.actorgraphNetwork.emit("hoverEdge", {edge: first});
var hovered = view.edges.get(first);
data.hoverlabel = hovered.label;
data.hoversize = String(hovered.font.size);
window.actorgraphNetwork.emit("blurEdge", {edge: first});
var after = view.edges.get(first);
data.restlabel = String(after.label);
data.restsize = String(after.font.size);
"""


def test_edge_label_grows_on_hover_and_returns_after(tmp_path: Path) -> None:
    data = after_ready(tmp_path, graph_with_a_loner(), HOVER_STEPS % "LEADS")
    assert data["restbefore"] == "leads"
    assert data["hoverlabel"] == "leads"
    assert int(data["hoversize"]) >= 16
    assert (data["restlabel"], data["restsize"]) == ("leads", "9")


def test_edge_label_shows_on_hover_where_labels_are_off(tmp_path: Path) -> None:
    from actorgraph.graph.explorer import EDGE_LABEL_LIMIT
    from tests.test_explorer import star_graph

    data = after_ready(tmp_path, star_graph(EDGE_LABEL_LIMIT + 5), HOVER_STEPS % "BACKS")
    assert data["restbefore"] == "undefined"  # too many edges to label them all
    assert data["hoverlabel"] == "backs"
    assert int(data["hoversize"]) >= 16
    assert data["restlabel"] in {"null", "undefined"}


def test_current_view_saves_as_png_and_svg(tmp_path: Path) -> None:
    steps = """
    view.setRange(view.dayOf("2021-03-01"), view.dayOf("2021-03-03"));
    var png = view.png();
    data.png = png.slice(0, 22);
    data.pngbytes = String(atob(png.split(",")[1]).length);
    var svg = view.svg();
    var parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
    data.svgerror = String(parsed.getElementsByTagName("parsererror").length);
    data.svgnodes = String(parsed.querySelectorAll("g.node").length);
    data.svgedges = String(parsed.querySelectorAll("g.edge").length);
    data.svgnames = Array.prototype.map.call(parsed.querySelectorAll("g.node text"),
      function (t) { return t.textContent; }).sort().join("|");
    data.svgimages = String(parsed.querySelectorAll("img").length);
    document.getElementById("save-png").click();
    document.getElementById("save-svg").click();
    """
    data = after_ready(tmp_path, graph_with_a_loner(), steps)
    assert data["png"] == "data:image/png;base64,"
    assert int(data["pngbytes"]) > 5_000
    assert data["svgerror"] == "0"
    # Only what is drawn: the undated edges and the 2 March shelling, no loner.
    assert (data["svgnodes"], data["svgedges"]) == (data["nodes"], data["edges"])
    assert "Lone Hermit" not in data["svgnames"]
    assert "Crimson Brigade" in data["svgnames"]
    assert data["svgimages"] == "0"  # the hostile name is text in the SVG, not markup
