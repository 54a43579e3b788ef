"""boxes and absentee: portable boxes counted at the count, absentee certificates

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

A box holding more ballots than the requests served on its trip makes all its
ballots invalid (art. 43); a voter holds at most one live absentee certificate
and a number is live once (partial unique indexes).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portable_box_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.String(length=64), nullable=False),
        sa.Column("found", sa.Integer(), nullable=False),
        sa.Column("requests", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.CheckConstraint("found >= 0", name=op.f("ck_portable_box_count_found_nonneg")),
        sa.CheckConstraint("requests >= 0", name=op.f("ck_portable_box_count_requests_nonneg")),
        sa.ForeignKeyConstraint(
            ["contest_id"], ["contest.id"], name=op.f("fk_portable_box_count_contest_id_contest")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["commission_member.id"],
            name=op.f("fk_portable_box_count_member_id_commission_member"),
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["outside_trip.id"],
            name=op.f("fk_portable_box_count_trip_id_outside_trip"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portable_box_count")),
    )
    op.create_index(
        "uq_portable_box_count_trip_contest", "portable_box_count", ["trip_id", "contest_id"],
        unique=True,
    )
    op.create_table(
        "absentee_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("voter_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("issued_at", sa.String(length=40), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("cancelled_at", sa.String(length=40), nullable=True),
        sa.Column("cancelled_by", sa.String(length=64), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(cancelled_at IS NULL AND cancelled_by IS NULL AND cancel_reason IS NULL)"
            " OR (cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL"
            " AND cancel_reason IS NOT NULL)",
            name=op.f("ck_absentee_certificate_cancel_complete"),
        ),
        sa.ForeignKeyConstraint(
            ["cancelled_by"], ["commission_member.id"],
            name=op.f("fk_absentee_certificate_cancelled_by_commission_member"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["commission_member.id"],
            name=op.f("fk_absentee_certificate_member_id_commission_member"),
        ),
        sa.ForeignKeyConstraint(
            ["voter_id"], ["voter.id"], name=op.f("fk_absentee_certificate_voter_id_voter")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_absentee_certificate")),
    )
    op.create_index(
        "uq_absentee_live_voter", "absentee_certificate", ["voter_id"], unique=True,
        sqlite_where=sa.text("cancelled_at IS NULL"),
        postgresql_where=sa.text("cancelled_at IS NULL"),
    )
    op.create_index(
        "uq_absentee_live_number", "absentee_certificate", ["number"], unique=True,
        sqlite_where=sa.text("cancelled_at IS NULL"),
        postgresql_where=sa.text("cancelled_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_absentee_live_number", table_name="absentee_certificate",
                  sqlite_where=sa.text("cancelled_at IS NULL"),
                  postgresql_where=sa.text("cancelled_at IS NULL"))
    op.drop_index("uq_absentee_live_voter", table_name="absentee_certificate",
                  sqlite_where=sa.text("cancelled_at IS NULL"),
                  postgresql_where=sa.text("cancelled_at IS NULL"))
    op.drop_table("absentee_certificate")
    op.drop_index("uq_portable_box_count_trip_contest", table_name="portable_box_count")
    op.drop_table("portable_box_count")
