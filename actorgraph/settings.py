"""All configuration, read from ACTORGRAPH_* environment variables (or passed in)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ACTORGRAPH_", extra="ignore")

    data_dir: Path = Field(
        default=Path("data"),
        description="Folder of the embedded store (graph.sqlite3) and written explorer pages.",
    )
    store: str = Field(
        default="embedded",
        description="'embedded' (default, no server) or a Bolt URL such as bolt://127.0.0.1:7687.",
    )
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("")
    neo4j_database: str = "neo4j"
    host: str = Field(default="127.0.0.1", description="Address the API binds to.")
    port: int = Field(default=8000, ge=1, le=65535)
    api_token: SecretStr | None = Field(
        default=None, description="Bearer token required for writes when set."
    )
    max_upload_bytes: int = Field(
        default=10_000_000, ge=1, description="Largest document accepted by ingest."
    )
    explorer_max_nodes: int = Field(
        default=500, ge=1, description="Most actors drawn in one explorer page."
    )

    @property
    def embedded_path(self) -> Path:
        return self.data_dir / "graph.sqlite3"
