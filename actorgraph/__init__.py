"""actorgraph: news about armed conflict in, an evidence-backed actor graph out."""

__version__ = "0.1.0"
