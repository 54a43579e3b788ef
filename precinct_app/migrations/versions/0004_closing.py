"""closing: counting steps and protocol versions (values, explanations, signatures)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

A contest has at most one protocol version that is not superseded (a partial
unique index); a correction supersedes the signed version and opens the next.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "count_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["commission_member.id"],
            name=op.f("fk_count_step_member_id_commission_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_count_step")),
        sa.UniqueConstraint("step", name=op.f("uq_count_step_step")),
    )
    op.create_table(
        "protocol",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("correction_reason", sa.Text(), nullable=True),
        sa.Column("signed_at", sa.String(length=40), nullable=True),
        sa.Column("signed_by", sa.String(length=64), nullable=True),
        sa.Column("code", sa.String(length=19), nullable=True),
        sa.Column("lines_json", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(status = 'draft' AND code IS NULL AND signed_at IS NULL)"
            " OR (status <> 'draft' AND code IS NOT NULL AND signed_at IS NOT NULL"
            " AND signed_by IS NOT NULL AND lines_json IS NOT NULL)",
            name=op.f("ck_protocol_signed_complete"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'signed', 'superseded')", name=op.f("ck_protocol_status")
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_protocol_version_positive")),
        sa.ForeignKeyConstraint(
            ["contest_id"], ["contest.id"], name=op.f("fk_protocol_contest_id_contest")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["commission_member.id"],
            name=op.f("fk_protocol_created_by_commission_member"),
        ),
        sa.ForeignKeyConstraint(
            ["signed_by"],
            ["commission_member.id"],
            name=op.f("fk_protocol_signed_by_commission_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protocol")),
    )
    op.create_index(
        "uq_protocol_contest_version", "protocol", ["contest_id", "version"], unique=True
    )
    op.create_index(
        "uq_protocol_current",
        "protocol",
        ["contest_id"],
        unique=True,
        sqlite_where=sa.text("status <> 'superseded'"),
        postgresql_where=sa.text("status <> 'superseded'"),
    )
    op.create_table(
        "protocol_explanation",
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["commission_member.id"],
            name=op.f("fk_protocol_explanation_member_id_commission_member"),
        ),
        sa.ForeignKeyConstraint(
            ["protocol_id"],
            ["protocol.id"],
            name=op.f("fk_protocol_explanation_protocol_id_protocol"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("protocol_id", "check_id", name=op.f("pk_protocol_explanation")),
    )
    op.create_table(
        "protocol_signature",
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("dissent", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["commission_member.id"],
            name=op.f("fk_protocol_signature_member_id_commission_member"),
        ),
        sa.ForeignKeyConstraint(
            ["protocol_id"],
            ["protocol.id"],
            name=op.f("fk_protocol_signature_protocol_id_protocol"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("protocol_id", "member_id", name=op.f("pk_protocol_signature")),
    )
    op.create_table(
        "protocol_value",
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_protocol_value_value_nonneg")),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["commission_member.id"],
            name=op.f("fk_protocol_value_member_id_commission_member"),
        ),
        sa.ForeignKeyConstraint(
            ["protocol_id"],
            ["protocol.id"],
            name=op.f("fk_protocol_value_protocol_id_protocol"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("protocol_id", "key", name=op.f("pk_protocol_value")),
    )


def downgrade() -> None:
    op.drop_table("protocol_value")
    op.drop_table("protocol_signature")
    op.drop_table("protocol_explanation")
    op.drop_index(
        "uq_protocol_current",
        table_name="protocol",
        sqlite_where=sa.text("status <> 'superseded'"),
        postgresql_where=sa.text("status <> 'superseded'"),
    )
    op.drop_index("uq_protocol_contest_version", table_name="protocol")
    op.drop_table("protocol")
    op.drop_table("count_step")
