import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A critical success factor (kriittinen menestystekijä); the same title may recur under several focus areas. */
@Entity('critical_success_factor')
export class CriticalSuccessFactorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'focus_area_id' }) focusAreaId!: string;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
  @Column('uuid', { name: 'predecessor_id', nullable: true }) predecessorId!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
