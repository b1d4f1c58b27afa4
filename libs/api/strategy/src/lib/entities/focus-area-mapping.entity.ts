import type { MappingStrength } from '@suunta/shared-domain';
import { OrganizationRowEntity } from '@suunta/api-core';
import { Column, Entity } from 'typeorm';

/** States that a focus area of a later strategy continues one of an earlier strategy. */
@Entity('focus_area_mapping')
export class FocusAreaMappingEntity extends OrganizationRowEntity {
  @Column('uuid', { name: 'from_focus_area_id' }) fromFocusAreaId!: string;
  @Column('uuid', { name: 'to_focus_area_id' }) toFocusAreaId!: string;
  @Column('text') strength!: MappingStrength;
  @Column('text', { nullable: true }) note!: string | null;
}
