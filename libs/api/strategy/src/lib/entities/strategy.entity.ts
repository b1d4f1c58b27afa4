import type { StrategyStatus, StrategyValue } from '@suunta/shared-domain';
import { OrganizationRowEntity } from '@suunta/api-core';
import { Column, Entity } from 'typeorm';

@Entity('strategy')
export class StrategyEntity extends OrganizationRowEntity {
  @Column('text', { nullable: true }) code!: string | null;
  @Column('text') title!: string;
  @Column('date', { name: 'valid_from', nullable: true }) validFrom!: string | null;
  @Column('date', { name: 'valid_to', nullable: true }) validTo!: string | null;
  @Column('text') status!: StrategyStatus;
  @Column('uuid', { name: 'approved_by_role_id', nullable: true }) approvedByRoleId!: string | null;
  @Column('date', { name: 'approved_on', nullable: true }) approvedOn!: string | null;
  @Column('text', { nullable: true }) background!: string | null;
  @Column('text', { name: 'legal_tasks_intro', nullable: true }) legalTasksIntro!: string | null;
  @Column('jsonb', { name: 'legal_tasks' }) legalTasks!: string[];
  @Column('text', { name: 'additional_legal_task', nullable: true }) additionalLegalTask!: string | null;
  @Column('text', { name: 'special_task', nullable: true }) specialTask!: string | null;
  @Column('text', { nullable: true }) vision!: string | null;
  @Column('text', { nullable: true }) mission!: string | null;
  @Column('jsonb', { name: 'mission_means' }) missionMeans!: string[];
  @Column('jsonb', { name: 'core_values' }) values!: StrategyValue[];
  @Column('text', { nullable: true }) slogan!: string | null;
  @Column('uuid', { name: 'predecessor_id', nullable: true }) predecessorId!: string | null;
}
