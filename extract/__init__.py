"""Text in, `Extraction` out: actors, typed directed relations, evidence with offsets.

Public API (the rest of the package is internal):

- `build_pipeline()` builds the spaCy pipeline once per process (model + entity ruler
  + custom components); pass it to the functions below.
- `extract_document(nlp, text, document)` reads one text.
- `extract_documents(nlp, items, batch_size=..., n_process=...)` reads many
  (document id, text) pairs with `nlp.pipe`, in order.
"""

from .pipeline import build_pipeline, extract_document, extract_documents

__all__ = ["build_pipeline", "extract_document", "extract_documents"]
