"""Property-based run of the whole API from its own OpenAPI schema (schemathesis):
whatever the generated request, valid or not, the API never answers with a 5xx.

Uses schemathesis' Python API (4.x): the schema is loaded from the ASGI app and each
operation's Hypothesis strategy is driven with `@given`. (`schemathesis.pytest.
from_fixture` would be the pytest-native way, but 4.32 breaks on pytest 9's nodes.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import APIOperation, Case, GenerationMode
from spacy.language import Language
from starlette.applications import Starlette

from actorgraph.api import create_app
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.settings import Settings
from tests.samples import fill

# Per operation and generation mode: about 20 operations x 2 modes x this many
# requests, which keeps the whole run around a minute with the real pipeline.
MAX_EXAMPLES = 25


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Starlette]:
    folder: Path = tmp_path_factory.mktemp("schemathesis")
    store = EmbeddedStore(folder / "g.sqlite3")
    fill(store)
    # No token, so that generated writes reach the ingest code (with the real
    # pipeline) rather than stop at 401; a small upload limit keeps examples fast.
    yield create_app(Settings(data_dir=folder, max_upload_bytes=20_000), store=store, nlp=nlp)
    store.close()


def server_errors(operation: APIOperation, mode: GenerationMode) -> list[str]:
    """Runs generated requests against one operation; what answered with a 5xx."""
    failures: list[str] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,  # the same examples on every run: failures reproduce
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def run(case: Case) -> None:
        response = case.call()
        if response.status_code >= 500:
            failures.append(
                f"{case.method} {case.formatted_path} query={case.query!r} -> "
                f"{response.status_code}: {response.text[:300]}"
            )

    try:
        run()
    except Unsatisfiable:
        # Negative mode on an operation with nothing to get wrong (GET /health: no
        # parameters, no body) has no example to generate.
        assert mode is GenerationMode.NEGATIVE, operation.label
    return failures


@pytest.mark.slow
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_server_errors(app: Starlette, mode: GenerationMode) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15  # every route was found, not an empty schema
    failures: list[str] = []
    for operation in operations:
        failures.extend(server_errors(operation, mode))
    assert not failures, "\n".join(failures[:20])
