import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Someone who holds responsible roles, e.g. a steering-group member or a planner. */
@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text', { nullable: true }) code!: string | null;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) title!: string | null;
  /** The person's own employer (text), not the tenant organization. */
  @Column('text', { nullable: true }) employer!: string | null;
  /** Set when retired: still shown where named, no longer offered for new assignments. */
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt!: Date | null;
  /** The order people are listed in (chosen by the management group, like the roles'). */
  @Column('int', { name: 'sort_order', default: 0 }) sortOrder!: number;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('person_role')
export class PersonRoleEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @PrimaryColumn('uuid', { name: 'role_id' }) roleId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
}

@Entity('person_region')
export class PersonRegionEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @PrimaryColumn('uuid', { name: 'region_id' }) regionId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
}
