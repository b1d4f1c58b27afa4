import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationController } from './organization.controller';
import { OrganizationEntity, RegionEntity } from './organization.entity';
import { OrganizationSeeder } from './organization.seeder';
import { OrganizationService } from './organization.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, RegionEntity])],
  controllers: [OrganizationController],
  providers: [OrganizationService, OrganizationSeeder],
  exports: [OrganizationService, TypeOrmModule],
})
export class OrganizationModule {}
