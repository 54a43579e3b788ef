"""voting day: phases, issuance, spoilage, outside voting, turnout, list changes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

One live ballot per voter and contest is a partial unique index over the
issuance rows that are not undone; undoing marks a row, it never deletes it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_MEMBER = "commission_member.id"


def upgrade() -> None:
    op.create_table(
        "phase_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("from_phase", sa.String(length=16), nullable=False),
        sa.Column("to_phase", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], [_MEMBER], name=op.f("fk_phase_change_member_id_commission_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phase_change")),
    )
    op.create_table(
        "outside_application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("voter_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("late_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], [_MEMBER],
            name=op.f("fk_outside_application_member_id_commission_member"),
        ),
        sa.ForeignKeyConstraint(
            ["voter_id"], ["voter.id"], name=op.f("fk_outside_application_voter_id_voter")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outside_application")),
        sa.UniqueConstraint("voter_id", name=op.f("uq_outside_application_voter_id")),
    )
    op.create_table(
        "outside_trip",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.String(length=64), nullable=False),
        sa.Column("member1_id", sa.String(length=64), nullable=False),
        sa.Column("member2_id", sa.String(length=64), nullable=False),
        sa.Column("ballots_taken", sa.Integer(), nullable=False),
        sa.Column("ballots_returned", sa.Integer(), nullable=True),
        sa.Column("ballots_spoiled", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.String(length=40), nullable=False),
        sa.Column("ended_at", sa.String(length=40), nullable=True),
        sa.CheckConstraint("ballots_taken >= 0", name=op.f("ck_outside_trip_taken_nonneg")),
        sa.CheckConstraint(
            "ballots_returned IS NULL OR ballots_returned >= 0",
            name=op.f("ck_outside_trip_returned_nonneg"),
        ),
        sa.CheckConstraint(
            "ballots_spoiled IS NULL OR ballots_spoiled >= 0",
            name=op.f("ck_outside_trip_spoiled_nonneg"),
        ),
        sa.CheckConstraint("member1_id <> member2_id", name=op.f("ck_outside_trip_two_members")),
        sa.ForeignKeyConstraint(
            ["contest_id"], ["contest.id"], name=op.f("fk_outside_trip_contest_id_contest")
        ),
        sa.ForeignKeyConstraint(
            ["member1_id"], [_MEMBER], name=op.f("fk_outside_trip_member1_id_commission_member")
        ),
        sa.ForeignKeyConstraint(
            ["member2_id"], [_MEMBER], name=op.f("fk_outside_trip_member2_id_commission_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outside_trip")),
    )
    op.create_table(
        "issuance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("voter_id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("place", sa.String(length=16), nullable=False),
        sa.Column("document", sa.String(length=32), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.String(length=40), nullable=False),
        sa.Column("undone_at", sa.String(length=40), nullable=True),
        sa.Column("undone_by", sa.String(length=64), nullable=True),
        sa.Column("undo_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("place IN ('premises', 'outside')", name=op.f("ck_issuance_place")),
        sa.CheckConstraint(
            "(undone_at IS NULL AND undone_by IS NULL AND undo_reason IS NULL)"
            " OR (undone_at IS NOT NULL AND undone_by IS NOT NULL AND undo_reason IS NOT NULL)",
            name=op.f("ck_issuance_undo_complete"),
        ),
        sa.ForeignKeyConstraint(
            ["contest_id"], ["contest.id"], name=op.f("fk_issuance_contest_id_contest")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], [_MEMBER], name=op.f("fk_issuance_member_id_commission_member")
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["outside_trip.id"], name=op.f("fk_issuance_trip_id_outside_trip")
        ),
        sa.ForeignKeyConstraint(
            ["undone_by"], [_MEMBER], name=op.f("fk_issuance_undone_by_commission_member")
        ),
        sa.ForeignKeyConstraint(
            ["voter_id"], ["voter.id"], name=op.f("fk_issuance_voter_id_voter")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuance")),
    )
    op.create_index(
        "uq_issuance_live",
        "issuance",
        ["voter_id", "contest_id"],
        unique=True,
        sqlite_where=sa.text("undone_at IS NULL"),
        postgresql_where=sa.text("undone_at IS NULL"),
    )
    op.create_table(
        "spoilage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuance_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuance_id"], ["issuance.id"], name=op.f("fk_spoilage_issuance_id_issuance")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], [_MEMBER], name=op.f("fk_spoilage_member_id_commission_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spoilage")),
        sa.UniqueConstraint("issuance_id", name=op.f("uq_spoilage_issuance_id")),
    )
    op.create_table(
        "turnout_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_time", sa.String(length=5), nullable=False),
        sa.Column("contest_id", sa.String(length=64), nullable=False),
        sa.Column("issued", sa.Integer(), nullable=False),
        sa.Column("on_list", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.String(length=40), nullable=False),
        sa.CheckConstraint("issued >= 0", name=op.f("ck_turnout_snapshot_issued_nonneg")),
        sa.CheckConstraint("on_list >= 0", name=op.f("ck_turnout_snapshot_on_list_nonneg")),
        sa.ForeignKeyConstraint(
            ["contest_id"], ["contest.id"], name=op.f("fk_turnout_snapshot_contest_id_contest")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_turnout_snapshot")),
    )
    op.create_index(
        "uq_turnout_snapshot_time_contest",
        "turnout_snapshot",
        ["report_time", "contest_id"],
        unique=True,
    )
    # SQLite cannot add a CHECK constraint in place: batch mode rebuilds the table.
    with op.batch_alter_table("voter") as batch:
        batch.add_column(sa.Column("add_basis", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("add_reference", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("added_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("added_at", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("exclusion_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("excluded_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("excluded_at", sa.String(length=40), nullable=True))
        batch.create_check_constraint(
            "add_basis",
            "add_basis IS NULL OR add_basis IN ('absentee', 'court', 'registration')",
        )


def downgrade() -> None:
    with op.batch_alter_table("voter") as batch:
        batch.drop_constraint("ck_voter_add_basis", type_="check")
        for column in (
            "excluded_at", "excluded_by", "exclusion_reason", "added_at", "added_by",
            "add_reference", "add_basis",
        ):
            batch.drop_column(column)
    op.drop_index("uq_turnout_snapshot_time_contest", table_name="turnout_snapshot")
    op.drop_table("turnout_snapshot")
    op.drop_table("spoilage")
    op.drop_index("uq_issuance_live", table_name="issuance")
    op.drop_table("issuance")
    op.drop_table("outside_trip")
    op.drop_table("outside_application")
    op.drop_table("phase_change")
