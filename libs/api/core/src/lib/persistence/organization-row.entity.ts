import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type ValueTransformer } from 'typeorm';

/**
 * The columns every editable row of an organization has: a generated uuid, its tenant, the
 * optimistic-lock `version` and the creation and update times. An entity extends it and declares
 * only its own columns; TypeORM maps these into each entity's own table (no table of its own).
 */
export abstract class OrganizationRowEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** `numeric` arrives from pg as a string (to keep precision); the values stored fit a JS number. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};
