import { OrganizationRowEntity } from '@suunta/api-core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Someone who holds responsible roles, e.g. a steering-group member or a planner. */
@Entity('person')
export class PersonEntity extends OrganizationRowEntity {
  @Column('text', { nullable: true }) code!: string | null;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) title!: string | null;
  /** The person's own employer (text), not the tenant organization. */
  @Column('text', { nullable: true }) employer!: string | null;
  /** Set when retired: still shown where named, no longer offered for new assignments. */
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt!: Date | null;
  /** The order people are listed in (chosen by the management group, like the roles'). */
  @Column('int', { name: 'sort_order', default: 0 }) sortOrder!: number;
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
