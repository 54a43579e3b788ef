"""people present: the register of those present and their visits, certified copies
of the protocol and the posted copy

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

A person is in the station at most once at a time (a partial unique index over the
open visits); copies are numbered once per contest.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_MEMBER = "commission_member.id"


def upgrade() -> None:
    op.create_table(
        "present_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("mandate", sa.String(length=64), nullable=False),
        sa.Column("match_key", sa.String(length=480), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "kind IN ('international_observer', 'domestic_observer', 'party_observer',"
            " 'proxy', 'media')", name=op.f("ck_present_person_kind")),
        sa.ForeignKeyConstraint(["recorded_by"], [_MEMBER],
                                name=op.f("fk_present_person_recorded_by_commission_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_present_person")),
    )
    op.create_index(op.f("ix_present_person_match_key"), "present_person", ["match_key"],
                    unique=False)
    op.create_table(
        "presence_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("arrived_at", sa.String(length=40), nullable=False),
        sa.Column("arrived_by", sa.String(length=64), nullable=False),
        sa.Column("left_at", sa.String(length=40), nullable=True),
        sa.Column("left_by", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "(left_at IS NULL AND left_by IS NULL) OR (left_at IS NOT NULL AND left_by IS NOT NULL"
            " AND left_at >= arrived_at)", name=op.f("ck_presence_visit_left_complete")),
        sa.ForeignKeyConstraint(["arrived_by"], [_MEMBER],
                                name=op.f("fk_presence_visit_arrived_by_commission_member")),
        sa.ForeignKeyConstraint(["left_by"], [_MEMBER],
                                name=op.f("fk_presence_visit_left_by_commission_member")),
        sa.ForeignKeyConstraint(["person_id"], ["present_person.id"],
                                name=op.f("fk_presence_visit_person_id_present_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_presence_visit")),
    )
    op.create_index(
        "uq_presence_visit_open", "presence_visit", ["person_id"], unique=True,
        sqlite_where=sa.text("left_at IS NULL"), postgresql_where=sa.text("left_at IS NULL"),
    )
    op.create_table(
        "protocol_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.String(length=64), nullable=False),
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_organisation", sa.String(length=200), nullable=False),
        sa.Column("issued_at", sa.String(length=40), nullable=False),
        sa.Column("chair_id", sa.String(length=64), nullable=False),
        sa.Column("secretary_id", sa.String(length=64), nullable=False),
        sa.CheckConstraint("chair_id <> secretary_id", name=op.f("ck_protocol_copy_two_signers")),
        sa.CheckConstraint("number >= 1", name=op.f("ck_protocol_copy_number_positive")),
        sa.ForeignKeyConstraint(["chair_id"], [_MEMBER],
                                name=op.f("fk_protocol_copy_chair_id_commission_member")),
        sa.ForeignKeyConstraint(["contest_id"], ["contest.id"],
                                name=op.f("fk_protocol_copy_contest_id_contest")),
        sa.ForeignKeyConstraint(["person_id"], ["present_person.id"],
                                name=op.f("fk_protocol_copy_person_id_present_person")),
        sa.ForeignKeyConstraint(["protocol_id"], ["protocol.id"],
                                name=op.f("fk_protocol_copy_protocol_id_protocol")),
        sa.ForeignKeyConstraint(["secretary_id"], [_MEMBER],
                                name=op.f("fk_protocol_copy_secretary_id_commission_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protocol_copy")),
    )
    op.create_index("uq_protocol_copy_contest_number", "protocol_copy",
                    ["contest_id", "number"], unique=True)
    op.create_table(
        "protocol_posting",
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("posted_at", sa.String(length=40), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["contest_id"], ["contest.id"],
                                name=op.f("fk_protocol_posting_contest_id_contest")),
        sa.ForeignKeyConstraint(["member_id"], [_MEMBER],
                                name=op.f("fk_protocol_posting_member_id_commission_member")),
        sa.ForeignKeyConstraint(["protocol_id"], ["protocol.id"],
                                name=op.f("fk_protocol_posting_protocol_id_protocol")),
        sa.PrimaryKeyConstraint("protocol_id", name=op.f("pk_protocol_posting")),
    )


def downgrade() -> None:
    op.drop_table("protocol_posting")
    op.drop_index("uq_protocol_copy_contest_number", table_name="protocol_copy")
    op.drop_table("protocol_copy")
    op.drop_index(
        "uq_presence_visit_open", table_name="presence_visit",
        sqlite_where=sa.text("left_at IS NULL"), postgresql_where=sa.text("left_at IS NULL"),
    )
    op.drop_table("presence_visit")
    op.drop_index(op.f("ix_present_person_match_key"), table_name="present_person")
    op.drop_table("present_person")
