"""The interactive graph explorer (HTML pages)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from actorgraph.api.deps import SettingsDep, StoreDep
from actorgraph.api.errors import ApiError, problem_responses
from actorgraph.api.params import AsOf, DateFrom, DateTo, RelationTypes
from actorgraph.graph.explorer import (
    EdgeFilter,
    neighbourhood_graph,
    render_explorer,
    whole_graph_page,
)

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
    # Links inside the page are relative to where the app is mounted ("" at the root).
    return str(request.scope.get("root_path", "")).rstrip("/")


def edge_filter(
    type: RelationTypes = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    as_of: AsOf = None,
    include_negated: Annotated[
        bool, Query(description="Also draw denied (negated) statements, dashed.")
    ] = False,
) -> EdgeFilter:
    """The page's filter from its query parameters (shared by both explorer routes)."""
    try:
        return EdgeFilter(
            types=frozenset(type) if type else None,
            date_from=date_from,
            date_to=date_to,
            include_negated=include_negated,
            as_of=as_of,
        )
    except ValueError as exc:  # date_from after date_to
        raise ApiError(422, str(exc)) from exc


FilterDep = Annotated[EdgeFilter, Depends(edge_filter)]


@router.get(
    "",
    response_class=HTMLResponse,
    summary="Explore the whole graph",
    description=(
        "An interactive page of the graph: actors coloured and shaped by type and sized "
        "by degree, edges coloured by relation family, evidence on hover. Large graphs "
        "are cut to the most connected actors (ACTORGRAPH_EXPLORER_MAX_NODES). The "
        "filters keep edges of the given types, with a statement dated in the range; "
        "denied statements only with `include_negated=true`. Actors left without "
        "edges by the filters are not drawn."
    ),
    responses={**_HTML, **problem_responses(422, 503)},
)
def explore(
    request: Request, store: StoreDep, settings: SettingsDep, edges: FilterDep
) -> HTMLResponse:
    # Ranked and cut inside the store: only the drawn actors and edges are read.
    page = whole_graph_page(
        store,
        title="actorgraph explorer",
        max_nodes=settings.explorer_max_nodes,
        api_base=_api_base(request),
        edge_filter=edges,
    )
    return HTMLResponse(page, headers=_HEADERS)


@router.get(
    "/{actor_id}",
    response_class=HTMLResponse,
    summary="Explore an actor's neighbourhood",
    description=(
        "The actor and every actor within `depth` hops of it (edges either way), "
        "following only the edges the filters keep (same filters as GET /explorer)."
    ),
    responses={**_HTML, **problem_responses(404, 422, 503)},
)
def explore_actor(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    actor_id: Annotated[str, Path(description="Actor id, as returned by GET /actors.")],
    edges: FilterDep,
    depth: Annotated[
        int, Query(ge=1, le=3, description="Hops from the actor, along the kept edges.")
    ] = 1,
) -> HTMLResponse:
    graph = neighbourhood_graph(
        store, actor_id, depth, max_nodes=settings.explorer_max_nodes, edge_filter=edges
    )
    name = graph.nodes[actor_id]["name"]
    page = render_explorer(
        graph,
        title=f"{name}: connections (depth {depth})",
        focus=actor_id,
        max_nodes=settings.explorer_max_nodes,
        api_base=_api_base(request),
        edge_filter=edges,
        depth=depth,
    )
    return HTMLResponse(page, headers=_HEADERS)
