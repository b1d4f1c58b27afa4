import type { Measure, MeasurementKind } from '@suunta/shared-domain';
import { numericTransformer, OrganizationRowEntity } from '@suunta/api-core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An evaluation criterion (arviointikriteeri): what is measured, how, how often, against which target. */
@Entity('evaluation_criterion')
export class EvaluationCriterionEntity extends OrganizationRowEntity {
  @Column('uuid', { name: 'csf_id' }) csfId!: string;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('text', { name: 'measurement_kind' }) measurementKind!: MeasurementKind;
  @Column('text', { nullable: true }) unit!: string | null;
  @Column('numeric', { name: 'yearly_target', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  yearlyTarget!: number | null;
  @Column('date', { nullable: true }) deadline!: string | null;
  @Column('text', { nullable: true }) frequency!: string | null;
  @Column('text', { nullable: true }) method!: string | null;
  @Column('jsonb') measures!: Measure[];
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
  @Column('uuid', { name: 'predecessor_id', nullable: true }) predecessorId!: string | null;
}

@Entity('evaluation_criterion_role')
export class EvaluationCriterionRoleEntity {
  @PrimaryColumn('uuid', { name: 'criterion_id' }) criterionId!: string;
  @PrimaryColumn('uuid', { name: 'role_id' }) roleId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
}
