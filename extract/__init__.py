"""Text in, `Extraction` out: actors, typed directed relations, evidence with offsets.

Public API (the rest of the package is internal):

- `build_pipeline()` builds the spaCy pipeline once per process (model + entity ruler
  + custom components); pass it to the functions below.
- `extract_document(nlp, text, document)` reads one text.
- `extract_documents(nlp, items, batch_size=..., n_process=...)` reads many
  (document id, text) pairs with `nlp.pipe`, in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import build_pipeline, extract_document, extract_documents

__all__ = ["build_pipeline", "extract_document", "extract_documents"]


def __getattr__(name: str) -> Any:
    """The pipeline module (and spaCy with it, about 80 MB) is imported on first use: a
    process that only serves reads, or reads the gazetteer for actor search, never
    needs it."""
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
