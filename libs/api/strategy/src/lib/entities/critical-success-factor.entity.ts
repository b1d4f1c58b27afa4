import { OrganizationRowEntity } from '@suunta/api-core';
import { Column, Entity } from 'typeorm';

/** A critical success factor (kriittinen menestystekijä); the same title may recur under several focus areas. */
@Entity('critical_success_factor')
export class CriticalSuccessFactorEntity extends OrganizationRowEntity {
  @Column('uuid', { name: 'focus_area_id' }) focusAreaId!: string;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
  @Column('uuid', { name: 'predecessor_id', nullable: true }) predecessorId!: string | null;
}
