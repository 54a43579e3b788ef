"""paper entries: ballots issued from the paper list while a desk had lost the server

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

One row per paper-list mark entered afterwards: the issuance it made, or the conflict
it raised (a voter who already held a live ballot) until the chair resolves it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_MEMBER = "commission_member"


def upgrade() -> None:
    op.create_table(
        "paper_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("voter_id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.String(length=64), nullable=False),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("paper_at", sa.String(length=40), nullable=False),
        sa.Column("entered_at", sa.String(length=40), nullable=False),
        sa.Column("entered_by", sa.String(length=64), nullable=False),
        sa.Column("desk", sa.String(length=64), nullable=False),
        sa.Column("issuance_id", sa.Integer(), nullable=True),
        sa.Column("conflict", sa.String(length=32), nullable=True),
        sa.Column("other_issuance_id", sa.Integer(), nullable=True),
        sa.Column("other_desk", sa.String(length=64), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("resolved_at", sa.String(length=40), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolve_reason", sa.Text(), nullable=True),
        sa.Column("journal_entry_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(conflict IS NULL AND issuance_id IS NOT NULL)"
            " OR (conflict IS NOT NULL AND issuance_id IS NULL)",
            name=op.f("ck_paper_entry_entered_or_conflict"),
        ),
        sa.CheckConstraint(
            "(resolution IS NULL AND resolved_at IS NULL AND resolved_by IS NULL"
            " AND resolve_reason IS NULL)"
            " OR (conflict IS NOT NULL AND resolution IS NOT NULL AND resolved_at IS NOT NULL"
            " AND resolved_by IS NOT NULL AND resolve_reason IS NOT NULL)",
            name=op.f("ck_paper_entry_resolve_complete"),
        ),
        sa.ForeignKeyConstraint(["voter_id"], ["voter.id"],
                                name=op.f("fk_paper_entry_voter_id_voter")),
        sa.ForeignKeyConstraint(["contest_id"], ["contest.id"],
                                name=op.f("fk_paper_entry_contest_id_contest")),
        sa.ForeignKeyConstraint(["issued_by"], [f"{_MEMBER}.id"],
                                name=op.f("fk_paper_entry_issued_by_commission_member")),
        sa.ForeignKeyConstraint(["entered_by"], [f"{_MEMBER}.id"],
                                name=op.f("fk_paper_entry_entered_by_commission_member")),
        sa.ForeignKeyConstraint(["resolved_by"], [f"{_MEMBER}.id"],
                                name=op.f("fk_paper_entry_resolved_by_commission_member")),
        sa.ForeignKeyConstraint(["issuance_id"], ["issuance.id"],
                                name=op.f("fk_paper_entry_issuance_id_issuance")),
        sa.ForeignKeyConstraint(["other_issuance_id"], ["issuance.id"],
                                name=op.f("fk_paper_entry_other_issuance_id_issuance")),
        sa.ForeignKeyConstraint(["journal_entry_id"], ["journal_entry.id"],
                                name=op.f("fk_paper_entry_journal_entry_id_journal_entry")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paper_entry")),
        sa.UniqueConstraint("issuance_id", name=op.f("uq_paper_entry_issuance_id")),
    )


def downgrade() -> None:
    op.drop_table("paper_entry")
