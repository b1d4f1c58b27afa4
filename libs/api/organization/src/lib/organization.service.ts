import { Injectable } from '@nestjs/common';
import { notFound } from '@suunta/api-core';
import { InjectRepository } from '@nestjs/typeorm';
import type { OrganizationDto, RegionDto } from '@suunta/shared-domain';
import { Repository } from 'typeorm';
import { OrganizationEntity, RegionEntity } from './organization.entity';

@Injectable()
export class OrganizationService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>,
  ) {}

  async get(organizationId: string): Promise<OrganizationDto> {
    const org = await this.organizations.findOneBy({ id: organizationId });
    if (!org) {
      throw notFound('not_found', `Organization ${organizationId} not found`, { id: organizationId });
    }
    return { id: org.id, code: org.code, name: org.name, fullName: org.fullName };
  }

  async listRegions(organizationId: string): Promise<RegionDto[]> {
    const rows = await this.regions.find({ where: { organizationId }, order: { sortOrder: 'ASC', code: 'ASC' } });
    return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, sortOrder: r.sortOrder }));
  }

  /** Throws 404 unless the region belongs to the organization (tenancy check for every region id a client sends). */
  async requireRegion(organizationId: string, regionId: string): Promise<RegionEntity> {
    const region = await this.regions.findOneBy({ id: regionId, organizationId });
    if (!region) {
      throw notFound('region_not_found', `Region ${regionId} not found`, { id: regionId });
    }
    return region;
  }
}
