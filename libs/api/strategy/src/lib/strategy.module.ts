import { StrategyArchiveService } from './services/strategy-archive.service';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@suunta/api-accounts';
import { OrganizationModule } from '@suunta/api-organization';
import { FocusAreaMappingsController, PeopleController, ResponsibleRolesController } from './controllers/roles-people-mappings.controller';
import { StrategiesController } from './controllers/strategies.controller';
import { CriteriaController, CriticalSuccessFactorsController, FocusAreasController, StrategyActionsController } from './controllers/tree-nodes.controller';
import { STRATEGY_ENTITIES } from './entities';
import { FocusAreaMappingSeeder, ResponsibleRoleSeeder, StrategySeeder } from './seeding/strategy.seeders';
import { FocusAreaMappingService } from './services/focus-area-mapping.service';
import { RolePersonService } from './services/role-person.service';
import { StrategyDocumentService } from './services/strategy-document.service';
import { StrategyOutlineService } from './services/strategy-outline.service';
import { StrategyLookupService } from './services/strategy-lookup.service';
import { StrategyNodeService } from './services/strategy-node.service';
import { CriterionCatalogService } from './services/criterion-catalog.service';
import { StrategyReadService } from './services/strategy-read.service';
import { StrategyTreeService } from './services/strategy-tree.service';
import { StrategyService } from './services/strategy.service';

/**
 * The strategy tree, its roles and people, versions and focus-area mappings. Other domains import
 * this module for {@link StrategyLookupService} (find focus areas, criteria and roles by key or id)
 * and {@link StrategyReadService} (focus areas with their strategy, criterion titles, in bulk).
 */
@Module({
  imports: [TypeOrmModule.forFeature(STRATEGY_ENTITIES), OrganizationModule, AuditModule],
  controllers: [
    StrategiesController,
    FocusAreasController,
    CriticalSuccessFactorsController,
    CriteriaController,
    StrategyActionsController,
    ResponsibleRolesController,
    PeopleController,
    FocusAreaMappingsController,
  ],
  providers: [
    StrategyService,
    StrategyArchiveService,
    StrategyTreeService,
    StrategyNodeService,
    StrategyDocumentService,
    RolePersonService,
    FocusAreaMappingService,
    StrategyLookupService,
    StrategyReadService,
    CriterionCatalogService,
    StrategyOutlineService,
    ResponsibleRoleSeeder,
    StrategySeeder,
    FocusAreaMappingSeeder,
  ],
  exports: [StrategyArchiveService, StrategyLookupService, StrategyReadService, CriterionCatalogService, StrategyTreeService, StrategyOutlineService, TypeOrmModule],
})
export class StrategyModule {}
