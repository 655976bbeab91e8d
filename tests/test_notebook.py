"""The walkthrough notebook runs top to bottom in a fresh kernel, without errors.

The kernel is the `python3` kernel of the Python running the tests (ipykernel in the
venv); jupyter_client starts it with this interpreter.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat import NotebookNode

from tests.neo4j_server import BoltServer, Neo4jStoreFactory

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "walkthrough.ipynb"
CELL_TIMEOUT = 300


def run_notebook(workdir: Path) -> NotebookNode:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(workdir)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    return notebook


def printed(notebook: NotebookNode) -> str:
    return "\n".join(
        output.get("text", "")
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "stream"
    )


def test_notebook_is_committed_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.outputs and cell.execution_count is None for cell in code)


@pytest.mark.slow
def test_notebook_runs_on_the_default_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ACTORGRAPH_STORE")  # the default: Ladybug, Cypher without a server
    notebook = run_notebook(tmp_path)
    text = printed(notebook)
    assert "8 created, 0 replaced, 0 unchanged, 0 failed" in text
    assert "0 created, 0 replaced, 8 unchanged" in text  # the second ingest is a no-op
    assert "the imported copy holds the same graph" in text
    assert "skipping the Cypher part" not in text
    # Both Cypher queries answered on the embedded store.
    assert " targets: " in text
    assert re.search(r"^\S.* --[A-Z_]+--> .* \(\d+\)$", text, re.MULTILINE)
    assert "GET /export?format=graphml -> 200 application/graphml+xml" in text
    assert "application/problem+json" in text
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("<iframe srcdoc=" in o.get("data", {}).get("text/html", "") for o in outputs)
    # The denial it promises, with its evidence, and the timeline drawn by matplotlib.
    assert "denied: Kataib Hezbollah --TARGETS--> " in text
    assert "denied: Iran --BACKS--> Kataib Hezbollah" in text
    assert "A day later Iran said it does not arm the group." in text
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert re.search(r"timeline: [1-9]\d* months, [1-9]\d* dated statements plotted", text)
    assert "events.parquet" in text and "of the material-conflict quad class" in text


@pytest.mark.slow
def test_notebook_runs_its_cypher_part_on_a_bolt_server(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    neo4j_store_factory: Neo4jStoreFactory,
    bolt_server: BoltServer,
) -> None:
    emptied = neo4j_store_factory(tmp_path)  # a freshly emptied database for the notebook
    database = emptied.database
    emptied.close()
    monkeypatch.setenv("ACTORGRAPH_STORE", bolt_server.url)
    monkeypatch.setenv("ACTORGRAPH_NEO4J_USER", bolt_server.user)
    monkeypatch.setenv("ACTORGRAPH_NEO4J_PASSWORD", bolt_server.password)
    monkeypatch.setenv("ACTORGRAPH_NEO4J_DATABASE", database)
    text = printed(run_notebook(tmp_path))
    assert "skipping the Cypher part" not in text
    assert "8 created" in text
    assert " targets: " in text  # the TARGETS query answered
