import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ChangeStrategyStatusInput,
  CopyStrategyInput,
  CreateCriticalSuccessFactorInput,
  CreateEvaluationCriterionInput,
  CreateFocusAreaInput,
  CreateFocusAreaMappingInput,
  CreatePersonInput,
  CreateResponsibleRoleInput,
  CreateStrategyActionInput,
  CreateStrategyInput,
  CriticalSuccessFactorDto,
  EvaluationCriterionDto,
  FocusAreaDto,
  FocusAreaLineageDto,
  FocusAreaMappingDto,
  PersonDto,
  RegionDto,
  ResponsibleRoleDto,
  StrategyActionDto,
  StrategyDocument,
  StrategyDto,
  StrategyImportPreviewDto,
  StrategyImportResultDto,
  StrategySummaryDto,
  StrategyTreeDto,
  UpdateCriticalSuccessFactorInput,
  UpdateEvaluationCriterionInput,
  UpdateFocusAreaInput,
  UpdatePersonInput,
  UpdateResponsibleRoleInput,
  UpdateStrategyActionInput,
  UpdateStrategyInput,
} from '@suunta/shared-domain';
import { firstValueFrom, Observable } from 'rxjs';

/** The levels of the tree a client edits, with their resource paths in the API. */
export type StrategyNodeKind = 'strategy' | 'focusArea' | 'csf' | 'criterion' | 'action';

const PATH: Record<StrategyNodeKind, string> = {
  strategy: 'strategies',
  focusArea: 'focus-areas',
  csf: 'critical-success-factors',
  criterion: 'criteria',
  action: 'strategy-actions',
};

const id = (value: string) => encodeURIComponent(value);

/** The strategy endpoints of the API (see libs/api/strategy/README.md). All calls return promises. */
@Injectable({ providedIn: 'root' })
export class StrategyApi {
  private readonly http = inject(HttpClient);

  private get<T>(url: string, params?: HttpParams): Promise<T> {
    return firstValueFrom(this.http.get<T>(url, { params }));
  }
  private send<T>(request: Observable<T>): Promise<T> {
    return firstValueFrom(request);
  }

  // -------------------------------------------------------------- reading
  strategies(): Promise<StrategySummaryDto[]> {
    return this.get('/api/strategies');
  }
  tree(strategyId: string): Promise<StrategyTreeDto> {
    return this.get(`/api/strategies/${id(strategyId)}/tree`);
  }
  roles(): Promise<ResponsibleRoleDto[]> {
    return this.get('/api/responsible-roles');
  }
  people(): Promise<PersonDto[]> {
    return this.get('/api/people');
  }
  /** The organization's regions (for assigning people to them). */
  regions(): Promise<RegionDto[]> {
    return this.get('/api/regions');
  }
  mappings(strategyId?: string): Promise<FocusAreaMappingDto[]> {
    return this.get('/api/focus-area-mappings', strategyId ? new HttpParams().set('strategyId', strategyId) : undefined);
  }
  lineage(focusAreaId: string): Promise<FocusAreaLineageDto> {
    return this.get(`/api/focus-areas/${id(focusAreaId)}/lineage`);
  }
  exportDocument(strategyId: string): Promise<StrategyDocument> {
    return this.get(`/api/strategies/${id(strategyId)}/export`);
  }
  /** The current state of one node (for "keep mine" after a conflict: its new version). */
  node<T extends { version: number }>(kind: StrategyNodeKind, nodeId: string): Promise<T> {
    return this.get(`/api/${PATH[kind]}/${id(nodeId)}`);
  }

  // -------------------------------------------------------------- strategies
  createStrategy(body: CreateStrategyInput): Promise<StrategyDto> {
    return this.send(this.http.post<StrategyDto>('/api/strategies', body));
  }
  updateStrategy(strategyId: string, body: UpdateStrategyInput): Promise<StrategyDto> {
    return this.send(this.http.patch<StrategyDto>(`/api/strategies/${id(strategyId)}`, body));
  }
  changeStatus(strategyId: string, body: ChangeStrategyStatusInput): Promise<StrategyDto> {
    return this.send(this.http.patch<StrategyDto>(`/api/strategies/${id(strategyId)}/status`, body));
  }
  copyStrategy(strategyId: string, body: CopyStrategyInput): Promise<StrategyDto> {
    return this.send(this.http.post<StrategyDto>(`/api/strategies/${id(strategyId)}/copy`, body));
  }
  importStrategy(document: StrategyDocument): Promise<StrategyImportResultDto> {
    return this.send(this.http.post<StrategyImportResultDto>('/api/strategies/import', document));
  }

  /** What the import would create, with the import's own checks (400/409 as the import); nothing is saved. */
  previewImport(document: StrategyDocument): Promise<StrategyImportPreviewDto> {
    return this.send(this.http.post<StrategyImportPreviewDto>('/api/strategies/import/preview', document));
  }

  // -------------------------------------------------------------- roles and people
  createRole(body: CreateResponsibleRoleInput): Promise<ResponsibleRoleDto> {
    return this.send(this.http.post<ResponsibleRoleDto>('/api/responsible-roles', body));
  }
  updateRole(roleId: string, body: UpdateResponsibleRoleInput): Promise<ResponsibleRoleDto> {
    return this.send(this.http.patch<ResponsibleRoleDto>(`/api/responsible-roles/${id(roleId)}`, body));
  }
  reorderRoles(ids: string[]): Promise<void> {
    return this.send(this.http.put<void>('/api/responsible-roles/order', { ids }));
  }
  /** Puts the people in this order (every current person's id; an out-of-date list is 409). */
  reorderPeople(ids: string[]): Promise<void> {
    return this.send(this.http.put<void>('/api/people/order', { ids }));
  }
  /** Retires (`true`) or reinstates a role; a retired role stays where it is named but takes no new links. */
  setRoleRetired(roleId: string, version: number, retired: boolean): Promise<ResponsibleRoleDto> {
    return this.send(this.http.post<ResponsibleRoleDto>(`/api/responsible-roles/${id(roleId)}/${retired ? 'retire' : 'reinstate'}`, { version }));
  }
  createPerson(body: CreatePersonInput): Promise<PersonDto> {
    return this.send(this.http.post<PersonDto>('/api/people', body));
  }
  updatePerson(personId: string, body: UpdatePersonInput): Promise<PersonDto> {
    return this.send(this.http.patch<PersonDto>(`/api/people/${id(personId)}`, body));
  }
  setPersonRetired(personId: string, version: number, retired: boolean): Promise<PersonDto> {
    return this.send(this.http.post<PersonDto>(`/api/people/${id(personId)}/${retired ? 'retire' : 'reinstate'}`, { version }));
  }

  // -------------------------------------------------------------- tree nodes
  createFocusArea(strategyId: string, body: CreateFocusAreaInput): Promise<FocusAreaDto> {
    return this.send(this.http.post<FocusAreaDto>(`/api/strategies/${id(strategyId)}/focus-areas`, body));
  }
  updateFocusArea(focusAreaId: string, body: UpdateFocusAreaInput): Promise<FocusAreaDto> {
    return this.send(this.http.patch<FocusAreaDto>(`/api/focus-areas/${id(focusAreaId)}`, body));
  }
  createCsf(focusAreaId: string, body: CreateCriticalSuccessFactorInput): Promise<CriticalSuccessFactorDto> {
    return this.send(this.http.post<CriticalSuccessFactorDto>(`/api/focus-areas/${id(focusAreaId)}/critical-success-factors`, body));
  }
  updateCsf(csfId: string, body: UpdateCriticalSuccessFactorInput): Promise<CriticalSuccessFactorDto> {
    return this.send(this.http.patch<CriticalSuccessFactorDto>(`/api/critical-success-factors/${id(csfId)}`, body));
  }
  createCriterion(csfId: string, body: CreateEvaluationCriterionInput): Promise<EvaluationCriterionDto> {
    return this.send(this.http.post<EvaluationCriterionDto>(`/api/critical-success-factors/${id(csfId)}/criteria`, body));
  }
  updateCriterion(criterionId: string, body: UpdateEvaluationCriterionInput): Promise<EvaluationCriterionDto> {
    return this.send(this.http.patch<EvaluationCriterionDto>(`/api/criteria/${id(criterionId)}`, body));
  }
  createAction(criterionId: string, body: CreateStrategyActionInput): Promise<StrategyActionDto> {
    return this.send(this.http.post<StrategyActionDto>(`/api/criteria/${id(criterionId)}/actions`, body));
  }
  updateAction(actionId: string, body: UpdateStrategyActionInput): Promise<StrategyActionDto> {
    return this.send(this.http.patch<StrategyActionDto>(`/api/strategy-actions/${id(actionId)}`, body));
  }
  deleteNode(kind: StrategyNodeKind, nodeId: string, version?: number): Promise<void> {
    const params = version === undefined ? undefined : new HttpParams().set('version', version);
    return this.send(this.http.delete<void>(`/api/${PATH[kind]}/${id(nodeId)}`, { params }));
  }
  /** Reorders the children of a node: focus areas of a strategy, CSFs of a focus area, criteria of a CSF, actions of a criterion. */
  reorder(parent: Exclude<StrategyNodeKind, 'action'>, parentId: string, ids: string[]): Promise<void> {
    const child: Record<typeof parent, string> = {
      strategy: 'focus-areas',
      focusArea: 'critical-success-factors',
      csf: 'criteria',
      criterion: 'actions',
    };
    return this.send(this.http.put<void>(`/api/${PATH[parent]}/${id(parentId)}/${child[parent]}/order`, { ids }));
  }

  // -------------------------------------------------------------- mappings
  createMapping(body: CreateFocusAreaMappingInput): Promise<FocusAreaMappingDto> {
    return this.send(this.http.post<FocusAreaMappingDto>('/api/focus-area-mappings', body));
  }
  deleteMapping(mappingId: string): Promise<void> {
    return this.send(this.http.delete<void>(`/api/focus-area-mappings/${id(mappingId)}`));
  }
}
