"""All configuration, read from ACTORGRAPH_* environment variables (or passed in)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ACTORGRAPH_", extra="ignore")

    data_dir: Path = Field(
        default=Path("data"),
        description="Folder of the embedded store (ladybug/) and written explorer pages.",
    )
    store: str = Field(
        default="embedded",
        description=(
            "'embedded' (default: LadybugDB in the data folder, Cypher without a server), "
            "'sqlite' (the previous version's store, for migration) or a Bolt URL such as "
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
        """The previous version's SQLite store (read for the one-time upgrade)."""
        return self.data_dir / "graph.sqlite3"

    @property
    def ladybug_path(self) -> Path:
        """Folder of the LadybugDB store."""
        return self.data_dir / "ladybug"
