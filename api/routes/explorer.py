"""The interactive graph explorer (HTML pages)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from actorgraph.api.deps import SettingsDep, StoreDep
from actorgraph.api.errors import problem_responses
from actorgraph.graph.explorer import neighbourhood_graph, render_explorer

router = APIRouter(prefix="/explorer", tags=["explorer"])

# The page inlines all its scripts and styles and loads nothing else; the policy
# makes the browser enforce that (no fetches, no remote scripts, no frames).
_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
}
_HTML: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/html": {}}, "description": "A standalone HTML page."}
}


def _api_base(request: Request) -> str:
    # Links inside the page are relative to where the app is mounted.
    return str(request.scope.get("root_path", "")).rstrip("/") or "/"


@router.get(
    "",
    response_class=HTMLResponse,
    summary="Explore the whole graph",
    description=(
        "An interactive page of the graph: actors coloured and shaped by type and sized "
        "by degree, edges coloured by relation family, evidence on hover. Large graphs "
        "are cut to the most connected actors (ACTORGRAPH_EXPLORER_MAX_NODES)."
    ),
    responses={**_HTML, **problem_responses(503)},
)
def explore(request: Request, store: StoreDep, settings: SettingsDep) -> HTMLResponse:
    page = render_explorer(
        store.to_networkx(),
        title="actorgraph explorer",
        max_nodes=settings.explorer_max_nodes,
        api_base=_api_base(request),
    )
    return HTMLResponse(page, headers=_HEADERS)


@router.get(
    "/{actor_id}",
    response_class=HTMLResponse,
    summary="Explore an actor's neighbourhood",
    description="The actor and every actor within `depth` hops of it (edges either way).",
    responses={**_HTML, **problem_responses(404, 422, 503)},
)
def explore_actor(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    actor_id: Annotated[str, Path(description="Actor id, as returned by GET /actors.")],
    depth: Annotated[int, Query(ge=1, le=3, description="Hops from the actor.")] = 1,
) -> HTMLResponse:
    graph = neighbourhood_graph(store, actor_id, depth, max_nodes=settings.explorer_max_nodes)
    name = graph.nodes[actor_id]["name"]
    page = render_explorer(
        graph,
        title=f"{name}: connections (depth {depth})",
        focus=actor_id,
        max_nodes=settings.explorer_max_nodes,
        api_base=_api_base(request),
    )
    return HTMLResponse(page, headers=_HEADERS)
