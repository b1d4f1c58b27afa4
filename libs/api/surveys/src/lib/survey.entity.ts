import type { SurveySourceFormat } from '@suunta/shared-domain';
import { OrganizationRowEntity } from '@suunta/api-core';
import { Column, Entity } from 'typeorm';

/**
 * The survey row, for optimistic-locking updates. Its children (scale, themes, questions, counts,
 * answers) are written and read with SQL in the services: no entity graph to walk.
 */
@Entity('survey')
export class SurveyEntity extends OrganizationRowEntity {
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @Column('integer') year!: number;
  @Column('uuid', { name: 'strategy_id', nullable: true }) strategyId!: string | null;
  @Column('text') title!: string;
  @Column('date', { name: 'ran_from', nullable: true }) ranFrom!: string | null;
  @Column('date', { name: 'ran_to', nullable: true }) ranTo!: string | null;
  @Column('text', { name: 'ran_note', nullable: true }) ranNote!: string | null;
  @Column('integer', { name: 'invited_count', nullable: true }) invitedCount!: number | null;
  @Column('integer', { name: 'respondent_count', nullable: true }) respondentCount!: number | null;
  @Column('text', { name: 'source_format' }) sourceFormat!: SurveySourceFormat;
  @Column('text', { name: 'source_text', select: false }) sourceText!: string;
  @Column('text', { name: 'content_hash' }) contentHash!: string;
  @Column('uuid', { name: 'imported_by', nullable: true }) importedBy!: string | null;
}
