"""member pins: a slow salted hash per member, wrong PINs in a row and the wait

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

docs/formats.md §7. The hash is never exported; the table is separate from
commission_member so that nothing reading the commission reads a hash.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "member_pin",
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("pin_hash", sa.Text(), nullable=True),
        sa.Column("set_at", sa.String(length=40), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("wait_until", sa.String(length=40), nullable=True),
        sa.Column("reset_by", sa.String(length=64), nullable=True),
        sa.Column("reset_at", sa.String(length=40), nullable=True),
        sa.CheckConstraint("failures >= 0", name=op.f("ck_member_pin_failures_nonneg")),
        sa.ForeignKeyConstraint(
            ["member_id"], ["commission_member.id"],
            name=op.f("fk_member_pin_member_id_commission_member"),
        ),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_member_pin")),
    )


def downgrade() -> None:
    op.drop_table("member_pin")
