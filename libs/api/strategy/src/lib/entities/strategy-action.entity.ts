import type { Measure } from '@suunta/shared-domain';
import { OrganizationRowEntity } from '@suunta/api-core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A goal or action of the strategy (tavoite / toimenpide), under a CSF and usually one of its criteria. */
@Entity('strategy_action')
export class StrategyActionEntity extends OrganizationRowEntity {
  @Column('uuid', { name: 'csf_id' }) csfId!: string;
  @Column('uuid', { name: 'criterion_id', nullable: true }) criterionId!: string | null;
  @Column('text') text!: string;
  @Column('text', { nullable: true }) goal!: string | null;
  @Column('text', { name: 'role_note', nullable: true }) roleNote!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('jsonb') measures!: Measure[];
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
  @Column('uuid', { name: 'predecessor_id', nullable: true }) predecessorId!: string | null;
}

@Entity('strategy_action_role')
export class StrategyActionRoleEntity {
  @PrimaryColumn('uuid', { name: 'action_id' }) actionId!: string;
  @PrimaryColumn('uuid', { name: 'role_id' }) roleId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
}
