import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import type {
  CriticalSuccessFactorDocument,
  EvaluationCriterionDocument,
  FocusAreaDocument,
  MeasurementKind,
  StrategyActionDocument,
  StrategyDocument,
  StrategyStatus,
} from '@suunta/shared-domain';
import { MEASUREMENT_KINDS, STRATEGY_DOCUMENT_FORMAT, STRATEGY_LIMITS, STRATEGY_STATUSES } from '@suunta/shared-domain';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { MeasureDto, Measures } from './common.dto';
import { Code, StrategyPeriodDto, StrategyTextsDto } from './strategy.dto';
import { IsIsoDate, NestedList, NullableText, RequiredText } from '@suunta/api-core';

const RoleCodes = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ type: [String], example: ['development_director', 'team'], description: 'Role codes' }),
    ...(required ? [] : [ValidateIf((_, value) => value !== undefined)]),
    IsArray(),
    ArrayMaxSize(STRATEGY_LIMITS.rolesPerItem),
    ArrayUnique(),
    IsString({ each: true }),
    MaxLength(STRATEGY_LIMITS.code, { each: true }),
  );

export class StrategyActionDocumentDto implements StrategyActionDocument {
  @ApiProperty({ example: 'Perustetaan SONet BOTNIAn laajapohjainen neuvottelukunta' })
  @RequiredText(STRATEGY_LIMITS.text)
  text!: string;

  @NullableText(STRATEGY_LIMITS.text)
  goal?: string | null;

  @RoleCodes(true)
  roles!: string[];

  @NullableText(STRATEGY_LIMITS.text)
  roleNote?: string | null;

  @NullableText(STRATEGY_LIMITS.text)
  note?: string | null;

  @Measures()
  measures?: MeasureDto[];
}

export class EvaluationCriterionDocumentDto implements EvaluationCriterionDocument {
  @ApiProperty({ example: 'Neuvottelukunta on käynnistänyt toimintansa' })
  @RequiredText(STRATEGY_LIMITS.title)
  title!: string;

  @NullableText(STRATEGY_LIMITS.text)
  description?: string | null;

  @ApiProperty({ enum: MEASUREMENT_KINDS, example: 'milestone' })
  @IsIn(MEASUREMENT_KINDS)
  measurementKind!: MeasurementKind;

  @NullableText(STRATEGY_LIMITS.shortText)
  unit?: string | null;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(STRATEGY_LIMITS.targetMax)
  yearlyTarget?: number | null;

  @ApiPropertyOptional({ nullable: true, format: 'date' })
  @IsOptional()
  @IsIsoDate()
  deadline?: string | null;

  @NullableText(STRATEGY_LIMITS.shortText)
  frequency?: string | null;

  @NullableText(STRATEGY_LIMITS.text)
  method?: string | null;

  @Measures()
  measures?: MeasureDto[];

  @RoleCodes(false)
  roles?: string[];

  @ApiProperty({ type: [StrategyActionDocumentDto] })
  @NestedList(() => StrategyActionDocumentDto, 200)
  actions!: StrategyActionDocumentDto[];
}

export class CriticalSuccessFactorDocumentDto implements CriticalSuccessFactorDocument {
  @ApiProperty({ example: 'Toimiva ohjausjärjestelmä' })
  @RequiredText(STRATEGY_LIMITS.title)
  title!: string;

  @NullableText(STRATEGY_LIMITS.text)
  description?: string | null;

  @ApiProperty({ type: [EvaluationCriterionDocumentDto] })
  @NestedList(() => EvaluationCriterionDocumentDto, 200)
  criteria!: EvaluationCriterionDocumentDto[];

  @ApiPropertyOptional({ type: [StrategyActionDocumentDto], description: 'Actions of the CSF itself, not of a criterion' })
  @NestedList(() => StrategyActionDocumentDto, 200, 'undefined')
  actions?: StrategyActionDocumentDto[];
}

export class FocusAreaDocumentDto implements FocusAreaDocument {
  @ApiPropertyOptional({ example: '2015-6', nullable: true })
  @Code()
  key?: string | null;

  @ApiProperty({ example: 'Rakentaa SONet BOTNIAlle alueen ja sosiaalialan tulevaisuuden tarpeisiin vastaava organisoitumismuoto' })
  @RequiredText(STRATEGY_LIMITS.title)
  title!: string;

  @NullableText(STRATEGY_LIMITS.text)
  description?: string | null;

  @ApiProperty({ type: [CriticalSuccessFactorDocumentDto] })
  @NestedList(() => CriticalSuccessFactorDocumentDto, 200)
  csfs!: CriticalSuccessFactorDocumentDto[];
}

/** A whole strategy; the body of an import and the answer of an export. */
export class StrategyDocumentDto extends IntersectionType(StrategyPeriodDto, StrategyTextsDto) implements StrategyDocument {
  @ApiPropertyOptional({ enum: [STRATEGY_DOCUMENT_FORMAT], example: STRATEGY_DOCUMENT_FORMAT })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn([STRATEGY_DOCUMENT_FORMAT])
  format?: typeof STRATEGY_DOCUMENT_FORMAT;

  @ApiPropertyOptional({ example: '2015', nullable: true })
  @Code()
  key?: string | null;

  @ApiProperty({ example: 'SONet BOTNIAn strategia 2015' })
  @RequiredText(STRATEGY_LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ enum: STRATEGY_STATUSES, description: 'Default: draft' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(STRATEGY_STATUSES)
  status?: StrategyStatus;

  @ApiPropertyOptional({ nullable: true, example: 'management_group', description: 'Role code of the approving body' })
  @NullableText(STRATEGY_LIMITS.code)
  @Matches(/^[a-z][a-z0-9_]*$/, { message: '$property must be a role code such as management_group' })
  approvedBy?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'date', example: '2018-06-13' })
  @IsOptional()
  @IsIsoDate()
  approvedOn?: string | null;

  @ApiProperty({ type: [FocusAreaDocumentDto] })
  @NestedList(() => FocusAreaDocumentDto, 200)
  focusAreas!: FocusAreaDocumentDto[];
}
