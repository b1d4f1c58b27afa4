import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataRevisionService } from './data-revision.service';
import { OrganizationController } from './organization.controller';
import { OrganizationEntity, RegionEntity } from './organization.entity';
import { OrganizationSeeder } from './organization.seeder';
import { OrganizationService } from './organization.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, RegionEntity])],
  controllers: [OrganizationController],
  providers: [OrganizationService, OrganizationSeeder, DataRevisionService],
  exports: [OrganizationService, DataRevisionService, TypeOrmModule],
})
export class OrganizationModule {}
