import type { LocalizedText, ResponsibleRoleKind, ResponsibleRoleScope } from '@suunta/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A responsibility named by the strategy: a person's role (kehitysjohtaja) or a body (johtoryhmä). */
@Entity('responsible_role')
export class ResponsibleRoleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text') code!: string;
  @Column('text') kind!: ResponsibleRoleKind;
  @Column('text') scope!: ResponsibleRoleScope;
  @Column('jsonb') name!: LocalizedText;
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
  /** Set when retired: kept where it is already named, not offered for new links. */
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt!: Date | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
