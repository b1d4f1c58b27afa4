export * from './critical-success-factor.entity';
export * from './evaluation-criterion.entity';
export * from './focus-area-mapping.entity';
export * from './focus-area.entity';
export * from './person.entity';
export * from './responsible-role.entity';
export * from './strategy-action.entity';
export * from './strategy.entity';

import { CriticalSuccessFactorEntity } from './critical-success-factor.entity';
import { EvaluationCriterionEntity, EvaluationCriterionRoleEntity } from './evaluation-criterion.entity';
import { FocusAreaMappingEntity } from './focus-area-mapping.entity';
import { FocusAreaEntity } from './focus-area.entity';
import { PersonEntity, PersonRegionEntity, PersonRoleEntity } from './person.entity';
import { ResponsibleRoleEntity } from './responsible-role.entity';
import { StrategyActionEntity, StrategyActionRoleEntity } from './strategy-action.entity';
import { StrategyEntity } from './strategy.entity';

export const STRATEGY_ENTITIES = [
  ResponsibleRoleEntity,
  PersonEntity,
  PersonRoleEntity,
  PersonRegionEntity,
  StrategyEntity,
  FocusAreaEntity,
  CriticalSuccessFactorEntity,
  EvaluationCriterionEntity,
  EvaluationCriterionRoleEntity,
  StrategyActionEntity,
  StrategyActionRoleEntity,
  FocusAreaMappingEntity,
];
