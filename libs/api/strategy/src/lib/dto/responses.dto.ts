import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CriticalSuccessFactorNode,
  EvaluationCriterionNode,
  FocusAreaLineageDto,
  FocusAreaLineageLink,
  FocusAreaLineageNode,
  FocusAreaMappingDto,
  FocusAreaNode,
  Measure,
  MeasurementKind,
  MappingStrength,
  PersonDto,
  ResponsibleRoleDto,
  ResponsibleRoleKind,
  ResponsibleRoleScope,
  StrategyActionNode,
  StrategyDto,
  StrategyImportPreviewDto,
  StrategyImportResultDto,
  StrategyStatus,
  StrategySummaryDto,
  StrategyTreeDto,
  StrategyValue,
} from '@suunta/shared-domain';
import { MAPPING_STRENGTHS, MEASUREMENT_KINDS, RESPONSIBLE_ROLE_KINDS, RESPONSIBLE_ROLE_SCOPES, STRATEGY_STATUSES } from '@suunta/shared-domain';
import { LocalizedTextDto } from './common.dto';

/** Response shapes, for the OpenAPI document only (the services return the shared interfaces). */

const ID = '3f6c2a8e-1d4b-4c7e-9a2f-5b8d0e1c3a47';

export class ResponsibleRoleResponse implements ResponsibleRoleDto {
  @ApiProperty({ format: 'uuid', example: ID }) id!: string;
  @ApiProperty({ example: 'development_planner' }) code!: string;
  @ApiProperty({ enum: RESPONSIBLE_ROLE_KINDS, example: 'person' }) kind!: ResponsibleRoleKind;
  @ApiProperty({ enum: RESPONSIBLE_ROLE_SCOPES, example: 'region' }) scope!: ResponsibleRoleScope;
  @ApiProperty({ type: LocalizedTextDto, example: { fi: 'kehittämissuunnittelija', sv: 'utvecklingsplanerare', en: 'development planner' } })
  name!: LocalizedTextDto;
  @ApiProperty({ example: 3 }) sortOrder!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Set when retired: still shown where named, not offered for new links' })
  retiredAt!: string | null;
  @ApiProperty({ example: 1 }) version!: number;
}

export class PersonResponse implements PersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, example: 'iiris-jurvansuu', type: String }) code!: string | null;
  @ApiProperty({ example: 'Iiris Jurvansuu' }) name!: string;
  @ApiProperty({ nullable: true, example: 'kehittämissuunnittelija', type: String }) title!: string | null;
  @ApiProperty({ nullable: true, example: 'SONet BOTNIA', type: String, description: 'The employer' }) organization!: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) roleIds!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) regionIds!: string[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Set when retired' }) retiredAt!: string | null;
  @ApiProperty({ example: 1 }) version!: number;
}

class StrategyValueResponse implements StrategyValue {
  @ApiProperty({ example: 'Avoimuus' }) name!: string;
  @ApiProperty({ example: 'Toimintamme perustuu avoimeen verkostomaiseen työskentelyyn.' }) text!: string;
}

export class StrategySummaryResponse implements StrategySummaryDto {
  @ApiProperty({ format: 'uuid', example: ID }) id!: string;
  @ApiProperty({ nullable: true, type: String, example: '2015' }) code!: string | null;
  @ApiProperty({ example: 'SONet BOTNIAn strategia 2015' }) title!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2020-01-01' }) validFrom!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2020-12-31' }) validTo!: string | null;
  @ApiProperty({ enum: STRATEGY_STATUSES, example: 'approved' }) status!: StrategyStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) approvedByRoleId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2018-06-13' }) approvedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) predecessorId!: string | null;
  @ApiProperty({ example: 6 }) focusAreaCount!: number;
  @ApiProperty({ example: true, description: 'States a vision or a mission (a strategy proper, not only priorities)' }) hasVision!: boolean;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class StrategyResponse implements StrategyDto {
  @ApiProperty({ format: 'uuid', example: ID }) id!: string;
  @ApiProperty({ nullable: true, type: String, example: '2015' }) code!: string | null;
  @ApiProperty({ example: 'SONet BOTNIAn strategia 2015' }) title!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) validFrom!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) validTo!: string | null;
  @ApiProperty({ enum: STRATEGY_STATUSES, example: 'draft' }) status!: StrategyStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) approvedByRoleId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) approvedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) predecessorId!: string | null;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  background!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Kunkin osaamiskeskuksen tehtävänä on toimialueellaan turvata:' }) legalTasksIntro!: string | null;
  @ApiProperty({ type: [String], example: ['sosiaalialalla tarvittavan asiantuntemuksen kehittyminen ja välittyminen'] }) legalTasks!: string[];
  additionalLegalTask!: string | null;
  specialTask!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'SONet BOTNIA on Pohjanmaan maakuntien alueen sosiaalisen ja hyvinvoinnin kestävän kehittämisen kantava rakenne.' })
  vision!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'SONet BOTNIA on sosiaalisen ja hyvinvoinnin asiantuntija ja kehittäjä.' }) mission!: string | null;
  missionMeans!: string[];
  @ApiProperty({ type: [StrategyValueResponse] }) values!: StrategyValue[];
  @ApiProperty({ nullable: true, type: String, example: 'SONet BOTNIA Networks – ketterä moniosaaja' }) slogan!: string | null;
}

class MeasureResponse implements Measure {
  @ApiProperty({ example: 'Hyvinvointibarometri yhteistyössä' }) text!: string;
  @ApiProperty({ enum: MEASUREMENT_KINDS, example: 'count' }) measurementKind!: MeasurementKind;
  @ApiProperty({ nullable: true, type: String, example: 'kpl' }) unit!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 1 }) target!: number | null;
  frequency!: string | null;
}

/** What every node of the strategy tree answers with besides its own fields: its id, place, original (when copied) and version. */
abstract class StrategyNodeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 1 }) sortOrder!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) predecessorId!: string | null;
  @ApiProperty({ example: 1 }) version!: number;
}

export class StrategyActionResponse extends StrategyNodeResponse implements StrategyActionNode {
  @ApiProperty({ format: 'uuid' }) csfId!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) criterionId!: string | null;
  @ApiProperty({ example: 'Perustetaan SONet BOTNIAn laajapohjainen neuvottelukunta' }) text!: string;
  goal!: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) roleIds!: string[];
  @ApiProperty({ type: [ResponsibleRoleResponse], description: 'In the tree only' }) roles!: ResponsibleRoleDto[];
  @ApiProperty({ nullable: true, type: String, example: 'kehitysjohtaja + johtoryhmä' }) roleNote!: string | null;
  note!: string | null;
  @ApiProperty({ type: [MeasureResponse] }) measures!: Measure[];
}

export class EvaluationCriterionResponse extends StrategyNodeResponse implements EvaluationCriterionNode {
  @ApiProperty({ format: 'uuid' }) csfId!: string;
  @ApiProperty({ example: 'Johtoryhmän, ohjausryhmien ja yhteistyökumppaneiden sitoutumisen vahvistuminen' }) title!: string;
  description!: string | null;
  @ApiProperty({ enum: MEASUREMENT_KINDS, example: 'self_assessment' }) measurementKind!: MeasurementKind;
  @ApiProperty({ nullable: true, type: String, example: 'kpl' }) unit!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: null }) yearlyTarget!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) deadline!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '1 krt/toimintavuosi' }) frequency!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Itsearviointi tai kysely korkeakouluyhteistyönä' }) method!: string | null;
  @ApiProperty({ type: [MeasureResponse] }) measures!: Measure[];
  @ApiProperty({ type: [String], format: 'uuid' }) roleIds!: string[];
  @ApiProperty({ type: [ResponsibleRoleResponse], description: 'In the tree only' }) roles!: ResponsibleRoleDto[];
  @ApiProperty({ type: [StrategyActionResponse], description: 'In the tree only' }) actions!: StrategyActionNode[];
}

export class CriticalSuccessFactorResponse extends StrategyNodeResponse implements CriticalSuccessFactorNode {
  @ApiProperty({ format: 'uuid' }) focusAreaId!: string;
  @ApiProperty({ example: 'Yhteinen tahtotila ja sitoutuminen' }) title!: string;
  description!: string | null;
  @ApiProperty({ type: [EvaluationCriterionResponse], description: 'In the tree only' }) criteria!: EvaluationCriterionNode[];
  @ApiProperty({ type: [StrategyActionResponse], description: 'In the tree only: actions of the CSF itself' }) actions!: StrategyActionNode[];
}

export class FocusAreaResponse extends StrategyNodeResponse implements FocusAreaNode {
  @ApiProperty({ format: 'uuid' }) strategyId!: string;
  @ApiProperty({ nullable: true, type: String, example: '2015-2' }) code!: string | null;
  @ApiProperty({ example: 'Vahvistaa sosiaalialan ammatillista osaamista ja identiteettiä' }) title!: string;
  description!: string | null;
  @ApiProperty({ type: [CriticalSuccessFactorResponse], description: 'In the tree only' }) csfs!: CriticalSuccessFactorNode[];
}

export class StrategyTreeResponse implements StrategyTreeDto {
  @ApiProperty({ type: StrategyResponse }) strategy!: StrategyDto;
  @ApiProperty({ type: ResponsibleRoleResponse, nullable: true }) approvedByRole!: ResponsibleRoleDto | null;
  @ApiProperty({ type: [FocusAreaResponse] }) focusAreas!: FocusAreaNode[];
}

export class FocusAreaMappingResponse implements FocusAreaMappingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) fromFocusAreaId!: string;
  @ApiProperty({ format: 'uuid' }) toFocusAreaId!: string;
  @ApiProperty({ format: 'uuid' }) fromStrategyId!: string;
  @ApiProperty({ format: 'uuid' }) toStrategyId!: string;
  @ApiProperty({ enum: MAPPING_STRENGTHS, example: 'strong' }) strength!: MappingStrength;
  @ApiProperty({ nullable: true, type: String, example: 'Kehittää ja systematisoi alueellista tietotuotantoa ↔ alueellisen tiedontuotannon vahvistaminen' })
  note!: string | null;
  @ApiProperty({ example: 1 }) version!: number;
}

class LineageNodeResponse implements FocusAreaLineageNode {
  @ApiProperty({ format: 'uuid' }) focusAreaId!: string;
  @ApiProperty({ nullable: true, type: String, example: '2018-5' }) code!: string | null;
  @ApiProperty({ example: 'Sosiaalialan alueellisen tiedontuotannon vahvistaminen' }) title!: string;
  @ApiProperty({ format: 'uuid' }) strategyId!: string;
  @ApiProperty({ nullable: true, type: String, example: '2018' }) strategyCode!: string | null;
  @ApiProperty({ example: 'Johtoryhmän 13.6.2018 hyväksymät painopisteet' }) strategyTitle!: string;
  @ApiProperty({ enum: STRATEGY_STATUSES }) strategyStatus!: StrategyStatus;
  @ApiProperty({ example: -1, description: 'Steps from the focus area asked about: negative = earlier versions, positive = later' })
  distance!: number;
}

class LineageLinkResponse implements FocusAreaLineageLink {
  @ApiProperty({ format: 'uuid' }) fromFocusAreaId!: string;
  @ApiProperty({ format: 'uuid' }) toFocusAreaId!: string;
  @ApiProperty({ enum: ['copy', 'mapping'] }) kind!: 'copy' | 'mapping';
  @ApiProperty({ enum: MAPPING_STRENGTHS }) strength!: MappingStrength;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) mappingId!: string | null;
  note!: string | null;
}

export class FocusAreaLineageResponse implements FocusAreaLineageDto {
  @ApiProperty({ format: 'uuid' }) focusAreaId!: string;
  @ApiProperty({ type: [LineageNodeResponse] }) nodes!: FocusAreaLineageNode[];
  @ApiProperty({ type: [LineageLinkResponse] }) links!: FocusAreaLineageLink[];
}

class ImportCounts {
  @ApiProperty({ example: 6 }) focusAreas!: number;
  @ApiProperty({ example: 16 }) csfs!: number;
  @ApiProperty({ example: 24 }) criteria!: number;
  @ApiProperty({ example: 41 }) actions!: number;
}

export class StrategyImportResultResponse implements StrategyImportResultDto {
  @ApiProperty({ type: StrategySummaryResponse }) strategy!: StrategySummaryDto;
  @ApiProperty({ type: ImportCounts }) counts!: ImportCounts;
}

/** One invalid field of a refused body. */
export class FieldErrorResponse {
  @ApiProperty({ example: 'focusAreas.0.csfs.1.title', description: 'The dotted path into the body' }) field!: string;
  @ApiProperty({ example: 'title must not be empty' }) message!: string;
}

class PreviewCounts extends ImportCounts {
  @ApiProperty({ example: 12, description: 'Sub-measures of criteria and actions' }) measures!: number;
}

class PreviewFocusArea {
  @ApiProperty({ nullable: true, type: String, example: '2015-6' }) key!: string | null;
  @ApiProperty({ example: 'Rakentaa SONet BOTNIAlle alueen ja sosiaalialan tulevaisuuden tarpeisiin vastaava organisoitumismuoto' }) title!: string;
  @ApiProperty({ example: 2 }) csfs!: number;
  @ApiProperty({ example: 3 }) criteria!: number;
  @ApiProperty({ example: 7 }) actions!: number;
}

class PreviewRole {
  @ApiProperty({ example: 'development_director' }) code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedTextDto;
  @ApiProperty({ enum: RESPONSIBLE_ROLE_KINDS }) kind!: ResponsibleRoleKind;
  @ApiProperty({ example: 14, description: 'Links to criteria and actions, plus the approval' }) links!: number;
}

export class StrategyImportPreviewResponse implements StrategyImportPreviewDto {
  @ApiProperty({ nullable: true, type: String, example: '2015' }) key!: string | null;
  @ApiProperty({ example: 'SONet BOTNIAn strategia 2015' }) title!: string;
  @ApiProperty({ enum: STRATEGY_STATUSES, example: 'draft' }) status!: StrategyStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) validFrom!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) validTo!: string | null;
  @ApiProperty({ type: PreviewCounts }) counts!: PreviewCounts;
  @ApiProperty({ type: [PreviewFocusArea] }) focusAreas!: PreviewFocusArea[];
  @ApiProperty({ type: [PreviewRole] }) roles!: PreviewRole[];
}

export class ErrorResponse {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'title: title must not be empty' }) message!: string;
  @ApiPropertyOptional({
    type: [FieldErrorResponse],
    example: [{ field: 'focusAreas.0.csfs.1.title', message: 'title must not be empty' }],
    description: 'One entry per invalid field; `field` is the dotted path into the body',
  })
  errors?: { field: string; message: string }[];
}
