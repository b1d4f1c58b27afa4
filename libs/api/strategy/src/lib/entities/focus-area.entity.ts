import { OrganizationRowEntity } from '@suunta/api-core';
import { Column, Entity } from 'typeorm';

/** A focus area (painopiste) of one strategy. `code` is its stable key, e.g. `2020-3`. */
@Entity('focus_area')
export class FocusAreaEntity extends OrganizationRowEntity {
  @Column('uuid', { name: 'strategy_id' }) strategyId!: string;
  @Column('text', { nullable: true }) code!: string | null;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
  @Column('uuid', { name: 'predecessor_id', nullable: true }) predecessorId!: string | null;
}
