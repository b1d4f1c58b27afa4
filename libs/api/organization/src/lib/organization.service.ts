import { ConflictException, Injectable } from '@nestjs/common';
import { notFound } from '@suunta/api-core';
import { InjectRepository } from '@nestjs/typeorm';
import type { LocalizedText, OrganizationDto, RegionDto } from '@suunta/shared-domain';
import { EntityManager, Repository } from 'typeorm';
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

  /** Every organization (tenant) of the server, by code: for the `org` command line, never an HTTP route. */
  async listAll(): Promise<(OrganizationDto & { regions: RegionDto[] })[]> {
    const orgs = await this.organizations.find({ order: { code: 'ASC' } });
    return Promise.all(orgs.map(async (o) => ({ id: o.id, code: o.code, name: o.name, fullName: o.fullName, regions: await this.listRegions(o.id) })));
  }

  /** A new organization (tenant); its code is unique on the server (409 otherwise). */
  async create(manager: EntityManager, input: { code: string; name: string; fullName?: string | null }): Promise<OrganizationDto> {
    const repo = manager.getRepository(OrganizationEntity);
    if (await repo.findOneBy({ code: input.code })) {
      throw new ConflictException(`An organization with the code ${input.code} already exists`);
    }
    const org = await repo.save(repo.create({ code: input.code, name: input.name, fullName: input.fullName ?? null }));
    return { id: org.id, code: org.code, name: org.name, fullName: org.fullName };
  }

  /** Adds a region after the organization's existing ones (409 when its code is taken). */
  async addRegion(manager: EntityManager, organizationId: string, input: { code: string; name: LocalizedText }): Promise<RegionDto> {
    const repo = manager.getRepository(RegionEntity);
    if (await repo.findOneBy({ organizationId, code: input.code })) {
      throw new ConflictException(`The organization already has a region ${input.code}`);
    }
    const last = await repo.findOne({ where: { organizationId }, order: { sortOrder: 'DESC' } });
    const region = await repo.save(repo.create({ organizationId, code: input.code, name: input.name, sortOrder: (last?.sortOrder ?? 0) + 1 }));
    return { id: region.id, code: region.code, name: region.name, sortOrder: region.sortOrder };
  }
}
