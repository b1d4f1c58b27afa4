import type { MappingStrength } from '@suunta/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** States that a focus area of a later strategy continues one of an earlier strategy. */
@Entity('focus_area_mapping')
export class FocusAreaMappingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'from_focus_area_id' }) fromFocusAreaId!: string;
  @Column('uuid', { name: 'to_focus_area_id' }) toFocusAreaId!: string;
  @Column('text') strength!: MappingStrength;
  @Column('text', { nullable: true }) note!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
