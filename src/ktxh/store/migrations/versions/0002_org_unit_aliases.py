"""org unit aliases: the table org_unit_alias ("TP.HCM" for Hồ Chí Minh, "Thừa Thiên Huế" for Huế)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 16:44:31.841817

The rows come from the catalog (org_units.yaml `aliases`), which `ktxh init` loads after
migrating; the downgrade drops them with the table.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "org_unit_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_unit_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_unit_id"],
            ["org_unit.id"],
            name=op.f("fk_org_unit_alias_org_unit_id_org_unit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_org_unit_alias")),
        sa.UniqueConstraint("org_unit_id", "key", name=op.f("uq_org_unit_alias_org_unit_id")),
    )
    with op.batch_alter_table("org_unit_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_org_unit_alias_key"), ["key"], unique=False)
        batch_op.create_index(batch_op.f("ix_org_unit_alias_org_unit_id"), ["org_unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("org_unit_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_org_unit_alias_org_unit_id"))
        batch_op.drop_index(batch_op.f("ix_org_unit_alias_key"))

    op.drop_table("org_unit_alias")
