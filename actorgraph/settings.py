"""All configuration, read from ACTORGRAPH_* environment variables (or passed in)."""

from __future__ import annotations

import ipaddress
import json
import os
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ACTORGRAPH_", extra="ignore")

    data_dir: Path = Field(
        default=Path("data"),
        description="Folder of the embedded store (ladybug/, or graph.sqlite3) and written pages.",
    )
    store: str = Field(
        default="ladybug",
        description=(
            "'ladybug' (default: LadybugDB in the data folder, Cypher without a server; "
            "'embedded' is the same), 'sqlite' (the SQLite store of earlier versions in the "
            "data folder; 'sqlite:PATH' names another file) or a Bolt URL such as "
            "bolt://127.0.0.1:7687."
        ),
    )
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("")
    neo4j_database: str = "neo4j"
    host: str = Field(default="127.0.0.1", description="Address the API binds to.")
    port: int = Field(default=8000, ge=1, le=65535)
    api_token: SecretStr | None = Field(
        default=None, description="Bearer token required for writes when set."
    )
    api_read_token_required: bool = Field(
        default=False,
        description="When true, reads need the bearer token too (health probes stay open).",
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description=(
            "Origins allowed to call the API from a browser, as a JSON list "
            "('[\"https://a.example\"]'); empty: no CORS headers at all."
        ),
    )
    max_upload_bytes: int = Field(
        default=10_000_000, ge=1, description="Largest document accepted by ingest."
    )
    explorer_max_nodes: int = Field(
        default=500, ge=1, description="Most actors drawn in one explorer page."
    )
    max_query_bytes: int = Field(
        default=65_536,
        ge=1,
        description="Largest request body of every other route (POST /cypher).",
    )
    cypher_max_result_bytes: int = Field(
        default=4_000_000,
        ge=1,
        description="Most bytes of rows (as JSON) one POST /cypher answer holds.",
    )
    max_document_chars: int = Field(
        default=2_000_000,
        ge=1,
        description="Longest document (in characters) extracted; longer ones are refused.",
    )
    extract_timeout_s: float = Field(
        default=120.0,
        gt=0,
        description="Time budget of one document's extraction in the API; past it: 422.",
    )
    ingest_queue_size: int = Field(
        default=16,
        ge=1,
        description="Ingests waiting for the extraction worker; beyond it: 503 Retry-After.",
    )
    read_threads: int = Field(
        default_factory=lambda: min(8, max(2, os.cpu_count() or 2)),
        ge=1,
        description=(
            "Threads that read the store for the API (the cores by default, 2 to 8): more "
            "concurrent reads only take turns, and fill the Ladybug store's buffer pool."
        ),
    )
    read_queue_size: int = Field(
        default=64,
        ge=0,
        description="API reads waiting for a read thread; beyond it: 503 Retry-After.",
    )
    page_cache_bytes: int = Field(
        default=16 * 2**20,
        ge=0,
        description=(
            "Bytes of rendered connections pages the serving process keeps for repeated "
            "requests (0: none); emptied by every write it makes, none kept on a store it "
            "does not write."
        ),
    )
    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(LOOPBACK_HOSTS),
        description=(
            "Host header values the API answers (comma-separated or a JSON list; '*' for "
            "any); the bound address is added when it is not a wildcard."
        ),
    )
    allow_insecure_bind: bool = Field(
        default=False,
        description="Serve on a non-loopback address without ACTORGRAPH_API_TOKEN.",
    )
    access_log: bool = Field(
        default=True, description="One JSON line per request on stderr (query secrets redacted)."
    )

    @field_validator("allowed_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                try:
                    return json.loads(text)
                except ValueError:
                    pass  # "[::1]" and friends: a host, not JSON
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    @property
    def has_token(self) -> bool:
        return self.api_token is not None and bool(self.api_token.get_secret_value())

    @property
    def hosts(self) -> frozenset[str]:
        """The Host names (lower case, no port) the API answers; '*' means any."""
        names = {host.lower() for host in self.allowed_hosts}
        if not is_wildcard(self.host):
            names.add(self.host.lower() if ":" not in self.host else f"[{self.host.lower()}]")
        return frozenset(names)

    @model_validator(mode="after")
    def _read_token_needs_a_token(self) -> Settings:
        # Closing reads without a token to check would silently leave them open.
        if self.api_read_token_required and not (
            self.api_token is not None and self.api_token.get_secret_value()
        ):
            raise ValueError(
                "ACTORGRAPH_API_READ_TOKEN_REQUIRED is true but ACTORGRAPH_API_TOKEN is not "
                "set; set a token or leave reads open"
            )
        return self

    @property
    def embedded_path(self) -> Path:
        """The SQLite store (the embedded default before Ladybug)."""
        return self.data_dir / "graph.sqlite3"

    @property
    def ladybug_path(self) -> Path:
        """Folder of the LadybugDB store (the embedded default)."""
        return self.data_dir / "ladybug"

def is_wildcard(host: str) -> bool:
    return host in {"", "0.0.0.0", "::", "*"}


def is_loopback(host: str) -> bool:
    """Whether binding `host` keeps the API on this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name: it may resolve anywhere
