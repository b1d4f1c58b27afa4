import type { PlanActionStatus, PlanStatus } from '@suunta/shared-domain';
import { numericTransformer, OrganizationRowEntity } from '@suunta/api-core';
import { Column, Entity } from 'typeorm';

/** A two-year action plan (toimintasuunnitelma). */
@Entity('action_plan')
export class ActionPlanEntity extends OrganizationRowEntity {
  @Column('uuid', { name: 'strategy_id' }) strategyId!: string;
  @Column('text', { nullable: true }) code!: string | null;
  @Column('text') title!: string;
  @Column('uuid', { name: 'region_id', nullable: true }) regionId!: string | null;
  @Column('integer', { name: 'start_year' }) startYear!: number;
  @Column('text') status!: PlanStatus;
  @Column('date', { name: 'approved_on', nullable: true }) approvedOn!: string | null;
  @Column('uuid', { name: 'approved_by_id', nullable: true }) approvedById!: string | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('uuid', { name: 'predecessor_id', nullable: true }) predecessorId!: string | null;
}

/** A theme of a plan, mapped to one focus area of the plan's strategy. */
@Entity('action_plan_theme')
export class PlanThemeEntity extends OrganizationRowEntity {
  @Column('uuid', { name: 'plan_id' }) planId!: string;
  @Column('uuid', { name: 'focus_area_id' }) focusAreaId!: string;
  @Column('text') title!: string;
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
}

/** A yearly action of a plan. */
@Entity('plan_action')
export class PlanActionEntity extends OrganizationRowEntity {
  @Column('uuid', { name: 'plan_id' }) planId!: string;
  @Column('integer', { name: 'plan_start_year' }) planStartYear!: number;
  @Column('uuid', { name: 'theme_id' }) themeId!: string;
  @Column('text', { nullable: true }) code!: string | null;
  @Column('integer') year!: number;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('text') status!: PlanActionStatus;
  @Column('numeric', { name: 'target_value', precision: 14, scale: 2, nullable: true, transformer: numericTransformer }) targetValue!: number | null;
  @Column('text', { name: 'target_unit', nullable: true }) targetUnit!: string | null;
  @Column('date', { name: 'target_date', nullable: true }) targetDate!: string | null;
  @Column('uuid', { name: 'copied_from_id', nullable: true }) copiedFromId!: string | null;
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
}

/** A planner's log entry against a criterion and/or a yearly action. */
@Entity('progress_entry')
export class ProgressEntryEntity extends OrganizationRowEntity {
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @Column('integer') year!: number;
  @Column('date', { name: 'entry_date' }) entryDate!: string;
  @Column('uuid', { name: 'criterion_id', nullable: true }) criterionId!: string | null;
  @Column('uuid', { name: 'action_id', nullable: true }) actionId!: string | null;
  @Column('numeric', { precision: 14, scale: 2, nullable: true, transformer: numericTransformer }) value!: number | null;
  @Column('text', { nullable: true }) unit!: string | null;
  @Column('text') narrative!: string;
  @Column('text', { name: 'evidence_url', nullable: true }) evidenceUrl!: string | null;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId!: string | null;
  @Column('text', { name: 'author_name' }) authorName!: string;
  @Column('text', { name: 'closed_year_reason', nullable: true }) closedYearReason!: string | null;
  @Column('text', { nullable: true }) source!: string | null;
  @Column('timestamptz', { name: 'retracted_at', nullable: true }) retractedAt!: Date | null;
  @Column('text', { name: 'retracted_reason', nullable: true }) retractedReason!: string | null;
}

export const PLAN_ENTITIES = [ActionPlanEntity, PlanThemeEntity, PlanActionEntity, ProgressEntryEntity];
