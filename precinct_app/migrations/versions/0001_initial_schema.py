"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_event")),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "commission_member",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "role IN ('chair', 'deputy_chair', 'secretary', 'member')",
            name=op.f("ck_commission_member_role"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_member")),
    )
    op.create_table(
        "contest",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("protocol_form_id", sa.String(length=64), nullable=False),
        sa.Column("form_json", sa.Text(), nullable=False),
        sa.Column("ballots_received", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('referendum', 'candidates', 'party_list')", name=op.f("ck_contest_kind")
        ),
        sa.CheckConstraint(
            "ballots_received >= 0", name=op.f("ck_contest_ballots_received_nonneg")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest")),
    )
    op.create_table(
        "station",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("election_id", sa.String(length=64), nullable=False),
        sa.Column("election_date", sa.String(length=10), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("precinct_number", sa.String(length=32), nullable=False),
        sa.Column("package_json", sa.Text(), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("phase", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=32), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_station_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station")),
    )
    op.create_table(
        "voter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_no", sa.Integer(), nullable=False),
        sa.Column("iin", sa.String(length=12), nullable=False),
        sa.Column("surname", sa.String(length=100), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("patronymic", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("section", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("surname_key", sa.String(length=100), nullable=False),
        sa.Column("given_name_key", sa.String(length=100), nullable=False),
        sa.CheckConstraint("origin IN ('list', 'added')", name=op.f("ck_voter_origin")),
        sa.CheckConstraint("status IN ('active', 'excluded')", name=op.f("ck_voter_status")),
        sa.CheckConstraint("length(iin) = 12", name=op.f("ck_voter_iin_length")),
        sa.CheckConstraint("list_no > 0", name=op.f("ck_voter_list_no_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voter")),
        sa.UniqueConstraint("iin", name=op.f("uq_voter_iin")),
        sa.UniqueConstraint("list_no", name=op.f("uq_voter_list_no")),
    )
    with op.batch_alter_table("voter", schema=None) as batch_op:
        batch_op.create_index("ix_voter_name_keys", ["surname_key", "given_name_key"], unique=False)

    op.create_table(
        "contest_option",
        sa.Column("contest_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contest_id"],
            ["contest.id"],
            name=op.f("fk_contest_option_contest_id_contest"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contest_id", "id", name=op.f("pk_contest_option")),
    )


def downgrade() -> None:
    op.drop_table("contest_option")
    with op.batch_alter_table("voter", schema=None) as batch_op:
        batch_op.drop_index("ix_voter_name_keys")

    op.drop_table("voter")
    op.drop_table("station")
    op.drop_table("contest")
    op.drop_table("commission_member")
    op.drop_table("audit_head")
    op.drop_table("audit_event")
