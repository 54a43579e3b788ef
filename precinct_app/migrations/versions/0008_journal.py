"""journal: complaints, remarks and observers' acts; disputed-ballot decisions

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Nothing here is ever deleted: a decision is final; a correction is a new entry
referring to the one it corrects.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("from_kind", sa.String(length=16), nullable=False),
        sa.Column("from_name", sa.String(length=300), nullable=False),
        sa.Column("from_organisation", sa.String(length=300), nullable=False),
        sa.Column("about", sa.Text(), nullable=False),
        sa.Column("annex", sa.Integer(), nullable=False),
        sa.Column("refers_to", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("decision", sa.Text(), nullable=True),
        sa.Column("votes_for", sa.Integer(), nullable=True),
        sa.Column("votes_against", sa.Integer(), nullable=True),
        sa.Column("votes_abstained", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", sa.String(length=40), nullable=True),
        sa.CheckConstraint("kind IN ('complaint', 'remark', 'act')",
                           name=op.f("ck_journal_entry_kind")),
        sa.CheckConstraint("from_kind IN ('observer', 'voter', 'member', 'other')",
                           name=op.f("ck_journal_entry_from_kind")),
        sa.CheckConstraint("annex IN (0, 1) AND (annex = 0 OR kind = 'act')",
                           name=op.f("ck_journal_entry_annex_act")),
        sa.CheckConstraint(
            "(decision IS NULL AND decided_at IS NULL AND decided_by IS NULL"
            " AND votes_for IS NULL AND votes_against IS NULL AND votes_abstained IS NULL)"
            " OR (decision IS NOT NULL AND decided_at IS NOT NULL AND decided_by IS NOT NULL"
            " AND votes_for >= 0 AND votes_against >= 0 AND votes_abstained >= 0)",
            name=op.f("ck_journal_entry_decision_complete"),
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["commission_member.id"],
            name=op.f("fk_journal_entry_decided_by_commission_member"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["commission_member.id"],
            name=op.f("fk_journal_entry_recorded_by_commission_member"),
        ),
        sa.ForeignKeyConstraint(
            ["refers_to"], ["journal_entry.id"],
            name=op.f("fk_journal_entry_refers_to_journal_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    op.create_table(
        "disputed_ballot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.String(length=64), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("option_id", sa.String(length=64), nullable=True),
        sa.Column("votes_for", sa.Integer(), nullable=False),
        sa.Column("votes_against", sa.Integer(), nullable=False),
        sa.Column("votes_abstained", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.CheckConstraint("decision IN ('valid', 'invalid', 'not_counted')",
                           name=op.f("ck_disputed_ballot_decision")),
        sa.CheckConstraint("(decision = 'valid') = (option_id IS NOT NULL)",
                           name=op.f("ck_disputed_ballot_valid_option")),
        sa.CheckConstraint("votes_for >= 0 AND votes_against >= 0 AND votes_abstained >= 0",
                           name=op.f("ck_disputed_ballot_votes_nonneg")),
        sa.ForeignKeyConstraint(
            ["contest_id"], ["contest.id"], name=op.f("fk_disputed_ballot_contest_id_contest")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["commission_member.id"],
            name=op.f("fk_disputed_ballot_member_id_commission_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disputed_ballot")),
    )


def downgrade() -> None:
    op.drop_table("disputed_ballot")
    op.drop_table("journal_entry")
