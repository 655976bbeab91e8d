"""Opening the configured store: the embedded default or a Neo4j server over Bolt."""

from __future__ import annotations

from actorgraph.graph.store import GraphStore, StoreUnavailableError
from actorgraph.settings import Settings

BOLT_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


def open_store(settings: Settings) -> GraphStore:
    """The store named by `settings.store` ("embedded" or a Bolt URL)."""
    if settings.store == "embedded":
        from actorgraph.graph.embedded import EmbeddedStore

        return EmbeddedStore(settings.embedded_path)
    if settings.store.startswith(BOLT_SCHEMES):
        try:
            from actorgraph.graph.neo4j_store import Neo4jStore
        except ImportError as exc:  # pragma: no cover - present in every install
            raise StoreUnavailableError(f"the Neo4j store is not available: {exc}") from exc
        return Neo4jStore.connect(
            settings.store,
            user=settings.neo4j_user,
            password=settings.neo4j_password.get_secret_value(),
            database=settings.neo4j_database,
        )
    raise StoreUnavailableError(
        f"unknown store {settings.store!r}: use 'embedded' or a bolt:// / neo4j:// URL"
    )
