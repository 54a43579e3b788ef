"""Alembic environment: runs against the engine handed over by ``precinct_app.db``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from precinct_app.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Run online against the engine in ``config.attributes`` (or a URL for autogenerate)."""
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things in place
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
