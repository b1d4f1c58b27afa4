import type { LocalizedText, ResponsibleRoleKind, ResponsibleRoleScope } from '@suunta/shared-domain';
import { OrganizationRowEntity } from '@suunta/api-core';
import { Column, Entity } from 'typeorm';

/** A responsibility named by the strategy: a person's role (kehitysjohtaja) or a body (johtoryhmä). */
@Entity('responsible_role')
export class ResponsibleRoleEntity extends OrganizationRowEntity {
  @Column('text') code!: string;
  @Column('text') kind!: ResponsibleRoleKind;
  @Column('text') scope!: ResponsibleRoleScope;
  @Column('jsonb') name!: LocalizedText;
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
  /** Set when retired: kept where it is already named, not offered for new links. */
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt!: Date | null;
}
