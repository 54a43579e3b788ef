"""desk sessions: the member signed in at each desk; the chair's idle-lock time

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

docs/formats.md §7. One row per desk (the computer's name), so that a member signed
in at one desk is shown as such at another desk on the same station database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk_session",
        sa.Column("desk", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=True),
        sa.Column("since", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["commission_member.id"],
            name=op.f("fk_desk_session_member_id_commission_member"),
        ),
        sa.PrimaryKeyConstraint("desk", name=op.f("pk_desk_session")),
    )
    op.create_table(
        "desk_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("idle_minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_desk_setting_single_row")),
        sa.CheckConstraint("idle_minutes BETWEEN 1 AND 60",
                           name=op.f("ck_desk_setting_idle_minutes_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_setting")),
    )


def downgrade() -> None:
    op.drop_table("desk_setting")
    op.drop_table("desk_session")
