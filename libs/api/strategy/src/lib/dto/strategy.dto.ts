import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import type {
  ChangeStrategyStatusInput,
  CopyStrategyInput,
  CreateStrategyInput,
  StrategyStatus,
  StrategyValue,
  UpdateStrategyInput,
} from '@suunta/shared-domain';
import { STRATEGY_LIMITS, STRATEGY_STATUSES } from '@suunta/shared-domain';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { TextList } from './common.dto';
import { IsIsoDate, NestedList, NotBefore, NullableText, OptionalRequiredText, RequiredText } from '@suunta/api-core';

const CODE_PATTERN = new RegExp(STRATEGY_LIMITS.codePattern);
const CODE_MESSAGE = '$property may hold only letters, digits, ".", "_" and "-" and must start with a letter or digit';

/** A stable key such as `2015` or `2020-3`. */
export const Code = () => applyDecorators(NullableText(STRATEGY_LIMITS.code), Matches(CODE_PATTERN, { message: CODE_MESSAGE }));

export class StrategyValueDto implements StrategyValue {
  @ApiProperty({ example: 'Avoimuus' })
  @RequiredText(STRATEGY_LIMITS.shortText)
  name!: string;

  @ApiProperty({ example: 'Toimintamme perustuu avoimeen verkostomaiseen työskentelyyn.' })
  @RequiredText(STRATEGY_LIMITS.text)
  text!: string;
}

/** A strategy's period of validity: the same checks in the edit, the copy and the document. */
export class StrategyPeriodDto {
  @ApiPropertyOptional({ example: '2021-01-01', nullable: true, format: 'date' })
  @IsOptional()
  @IsIsoDate()
  validFrom?: string | null;

  @ApiPropertyOptional({ example: '2025-12-31', nullable: true, format: 'date' })
  @IsOptional()
  @IsIsoDate()
  @NotBefore('validFrom')
  validTo?: string | null;
}

/** A strategy's texts, background to slogan: the same checks in the edit and the document. */
export class StrategyTextsDto {
  @ApiPropertyOptional({ nullable: true, example: 'SONet BOTNIA kattaa Etelä-Pohjanmaan, Keski-Pohjanmaan ja Pohjanmaan maakunnat.' })
  @NullableText(STRATEGY_LIMITS.text)
  background?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Kunkin osaamiskeskuksen tehtävänä on toimialueellaan turvata:' })
  @NullableText(STRATEGY_LIMITS.text)
  legalTasksIntro?: string | null;

  @TextList(['sosiaalialalla tarvittavan asiantuntemuksen kehittyminen ja välittyminen'])
  legalTasks?: string[];

  @NullableText(STRATEGY_LIMITS.text)
  additionalLegalTask?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Pohjoismaisen yhteistyön kehittäminen valtakunnallisen osaamiskeskusverkoston käyttöön.' })
  @NullableText(STRATEGY_LIMITS.text)
  specialTask?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'SONet BOTNIA on Pohjanmaan maakuntien alueen sosiaalisen ja hyvinvoinnin kestävän kehittämisen kantava rakenne.' })
  @NullableText(STRATEGY_LIMITS.text)
  vision?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'SONet BOTNIA on sosiaalisen ja hyvinvoinnin asiantuntija ja kehittäjä.' })
  @NullableText(STRATEGY_LIMITS.text)
  mission?: string | null;

  @TextList(['Kehittämällä sosiaalialan palvelujärjestelmää ja osaamista'])
  missionMeans?: string[];

  @ApiPropertyOptional({ type: [StrategyValueDto] })
  @NestedList(() => StrategyValueDto, STRATEGY_LIMITS.listItems, 'undefined')
  values?: StrategyValueDto[];

  @ApiPropertyOptional({ nullable: true, example: 'SONet BOTNIA Networks – ketterä moniosaaja' })
  @NullableText(STRATEGY_LIMITS.title)
  slogan?: string | null;
}

/** The fields of a strategy a client may set (all but title optional). */
class StrategyFieldsDto extends IntersectionType(StrategyPeriodDto, StrategyTextsDto) {
  @ApiPropertyOptional({ example: '2021', nullable: true, description: 'Stable key, unique in the organization' })
  @Code()
  code?: string | null;
}

export class CreateStrategyDto extends StrategyFieldsDto implements CreateStrategyInput {
  @ApiProperty({ example: 'SONet BOTNIAn strategia 2021–2025' })
  @RequiredText(STRATEGY_LIMITS.title)
  title!: string;
}

export class UpdateStrategyDto extends StrategyFieldsDto implements UpdateStrategyInput {
  @ApiPropertyOptional({ example: 'SONet BOTNIAn strategia 2021–2025' })
  @OptionalRequiredText(STRATEGY_LIMITS.title)
  title?: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ChangeStrategyStatusDto implements ChangeStrategyStatusInput {
  @ApiProperty({ enum: STRATEGY_STATUSES, example: 'approved' })
  @IsIn(STRATEGY_STATUSES)
  status!: StrategyStatus;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Required when approving: the approving body (a role of kind `body`)' })
  @IsOptional()
  @IsUUID()
  approvedByRoleId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, example: '2018-06-13', description: 'Required when approving' })
  @IsOptional()
  @IsIsoDate()
  approvedOn?: string | null;

  @ApiProperty({ example: 4 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class CopyStrategyDto extends StrategyPeriodDto implements CopyStrategyInput {
  @ApiProperty({ example: 'SONet BOTNIAn painopisteet 2021 (luonnos)' })
  @RequiredText(STRATEGY_LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ example: '2021', nullable: true })
  @Code()
  code?: string | null;
}

export class StrategyListQuery {
  @ApiPropertyOptional({ enum: STRATEGY_STATUSES })
  @IsOptional()
  @IsIn(STRATEGY_STATUSES)
  status?: StrategyStatus;
}
