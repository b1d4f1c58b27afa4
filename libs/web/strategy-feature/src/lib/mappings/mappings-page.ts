import { ChangeDetectionStrategy, Component, computed, effect, OnInit, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MAPPING_STRENGTHS, STRATEGY_LIMITS, type FocusAreaMappingDto, type FocusAreaNode, type MappingStrength, type StrategyTreeDto } from '@suunta/shared-domain';
import { errorMessage, saveProblem, textOrNull } from '../shared/form-errors.util';
import { StrategyPageBase } from '../shared/strategy-page.base';
import { PageNotices } from '../shared/page-notices';

interface MappingRow {
  from: FocusAreaNode;
  to: { mapping: FocusAreaMappingDto; focusArea: FocusAreaNode }[];
}

/**
 * How the focus areas of one version continue in another: a table with a row per focus area of
 * the earlier version and its mapped successors, and (for management) adding and removing mappings.
 */
@Component({
  selector: 'su-mappings-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe, PageNotices],
  template: `
    <h1>{{ 'strategy.mappings.title' | transloco }}</h1>
    <p class="muted lead">{{ 'strategy.mappings.lead' | transloco }}</p>
    <div class="pickers">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'strategy.mappings.from' | transloco }}</mat-label>
        <mat-select [value]="fromId()" (valueChange)="fromId.set($event)" data-testid="mapping-from">
          @for (v of store.strategies(); track v.id) { <mat-option [value]="v.id">{{ v.title }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'strategy.mappings.to' | transloco }}</mat-label>
        <mat-select [value]="toId()" (valueChange)="toId.set($event)" data-testid="mapping-to">
          @for (v of store.strategies(); track v.id) { <mat-option [value]="v.id">{{ v.title }}</mat-option> }
        </mat-select>
      </mat-form-field>
    </div>
    <su-page-notices [page]="this" />

    @if (fromId() && fromId() === toId()) {
      <p class="alert info">{{ 'strategy.mappings.sameVersion' | transloco }}</p>
    } @else if (fromTree() && toTree()) {
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'strategy.mappings.title' | transloco">
      <table data-testid="mapping-table">
        <caption class="visually-hidden">{{ 'strategy.mappings.title' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ fromTree()?.strategy?.title }}</th>
            <th scope="col">{{ 'strategy.mappings.continuesAs' | transloco }} ({{ toTree()?.strategy?.title }})</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.from.id) {
            <tr>
              <th scope="row">
                <a [routerLink]="['/strategy', row.from.strategyId, 'focus-areas', row.from.id]">{{ row.from.code ? row.from.code + ' ' : '' }}{{ row.from.title }}</a>
              </th>
              <td>
                @if (row.to.length) {
                  <ul>
                    @for (t of row.to; track t.mapping.id) {
                      <li>
                        <a [routerLink]="['/strategy', t.focusArea.strategyId, 'focus-areas', t.focusArea.id]">{{ t.focusArea.code ? t.focusArea.code + ' ' : '' }}{{ t.focusArea.title }}</a>
                        <span class="strength" [class.partial]="t.mapping.strength === 'partial'">{{ 'strategy.focusArea.strength.' + t.mapping.strength | transloco }}</span>
                        @if (t.mapping.note) { <span class="note muted">{{ t.mapping.note }}</span> }
                        @if (canManage()) {
                          <button mat-icon-button type="button" (click)="remove(t.mapping)"
                            [attr.aria-label]="'strategy.mappings.remove' | transloco: { from: row.from.code ?? row.from.title, to: t.focusArea.code ?? t.focusArea.title }">
                            <mat-icon aria-hidden="true">link_off</mat-icon>
                          </button>
                        }
                      </li>
                    }
                  </ul>
                } @else {
                  <span class="muted">{{ 'strategy.mappings.none' | transloco }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
      </div>

      @if (canManage()) {
        <form class="add" [formGroup]="form" (ngSubmit)="add()" novalidate aria-labelledby="add-h">
          <h2 id="add-h">{{ 'strategy.mappings.add' | transloco }}</h2>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'strategy.mappings.fromFocusArea' | transloco }}</mat-label>
              <mat-select formControlName="fromFocusAreaId" required>
                @for (fa of fromTree()?.focusAreas; track fa.id) { <mat-option [value]="fa.id">{{ fa.code ? fa.code + ' ' : '' }}{{ fa.title }}</mat-option> }
              </mat-select>
              @if (err('fromFocusAreaId'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'strategy.mappings.toFocusArea' | transloco }}</mat-label>
              <mat-select formControlName="toFocusAreaId" required>
                @for (fa of toTree()?.focusAreas; track fa.id) { <mat-option [value]="fa.id">{{ fa.code ? fa.code + ' ' : '' }}{{ fa.title }}</mat-option> }
              </mat-select>
              @if (err('toFocusAreaId'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'strategy.mappings.strength' | transloco }}</mat-label>
              <mat-select formControlName="strength">
                @for (s of strengths; track s) { <mat-option [value]="s">{{ 'strategy.focusArea.strength.' + s | transloco }}</mat-option> }
              </mat-select>
            </mat-form-field>
          </div>
          <mat-form-field class="wide">
            <mat-label>{{ 'strategy.mappings.note' | transloco }}</mat-label>
            <input matInput formControlName="note" autocomplete="off" />
            @if (err('note'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
          </mat-form-field>
          <button mat-flat-button type="submit">{{ 'strategy.mappings.add' | transloco }}</button>
        </form>
      }
    } @else {
      <p role="status" class="muted">{{ 'strategy.loading' | transloco }}</p>
    }
  `,
  styleUrl: '../shared/strategy-page.css',
  styles: `
    .lead { max-width: 75ch; }
    .pickers { display: flex; flex-wrap: wrap; gap: 16px; margin: 12px 0; }
    .pickers mat-form-field { flex: 1 1 300px; min-width: 0; max-width: 100%; }
    .table-wrap { overflow-x: auto; margin-bottom: 24px; }
    td, th { overflow-wrap: anywhere; }
    table { border-collapse: collapse; width: 100%; background: var(--su-surface); margin-bottom: 24px; }
    th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--su-border); }
    th[scope='row'] { font-weight: 400; width: 40%; }
    td ul { margin: 0; padding-left: 1.1rem; }
    .strength { margin-left: 6px; font-size: 0.8rem; padding: 0 6px; border-radius: 8px; border: 1px solid var(--su-ok); color: var(--su-ok); }
    .strength.partial { border-color: var(--su-warn); color: var(--su-warn); }
    .note { display: block; font-size: 0.85rem; }
    .add { max-width: 900px; }
    .row { display: flex; flex-wrap: wrap; gap: 12px; }
    .row mat-form-field { flex: 1 1 240px; }
    .wide { width: 100%; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MappingsPage extends StrategyPageBase implements OnInit {
  protected readonly fromId = signal<string | null>(null);
  protected readonly toId = signal<string | null>(null);
  protected readonly fromTree = signal<StrategyTreeDto | null>(null);
  protected readonly toTree = signal<StrategyTreeDto | null>(null);
  protected readonly mappings = signal<FocusAreaMappingDto[]>([]);
  protected readonly strengths = MAPPING_STRENGTHS;

  protected readonly form = new FormGroup({
    fromFocusAreaId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    toFocusAreaId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    strength: new FormControl<MappingStrength>('strong', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.text)] }),
  });

  protected readonly rows = computed<MappingRow[]>(() => {
    const from = this.fromTree();
    const to = this.toTree();
    if (!from || !to) return [];
    const target = new Map(to.focusAreas.map((fa) => [fa.id, fa]));
    return from.focusAreas.map((fa) => ({
      from: fa,
      to: this.mappings()
        .filter((m) => m.fromFocusAreaId === fa.id && target.has(m.toFocusAreaId))
        .map((mapping) => ({ mapping, focusArea: target.get(mapping.toFocusAreaId) as FocusAreaNode })),
    }));
  });

  constructor() {
    super();
    effect(() => {
      const from = this.fromId();
      const to = this.toId();
      if (from && to && from !== to) untracked(() => void this.loadPair(from, to));
    });
  }

  async ngOnInit(): Promise<void> {
    await this.store.loadLists(true);
    const versions = this.store.strategies();
    // start with the first two consecutive versions: the 2015 strategy and its successor
    if (versions.length >= 2) {
      this.fromId.set(versions[0].id);
      this.toId.set(versions[1].id);
    }
  }

  private async loadPair(from: string, to: string): Promise<void> {
    this.fromTree.set(null);
    this.toTree.set(null);
    const [fromTree, toTree, mappings] = await Promise.all([this.api.tree(from), this.api.tree(to), this.api.mappings(from)]);
    this.fromTree.set(fromTree);
    this.toTree.set(toTree);
    this.mappings.set(mappings);
    this.form.reset({ fromFocusAreaId: '', toFocusAreaId: '', strength: 'strong', note: '' });
  }

  protected err(name: string) {
    const control = this.form.get(name);
    return control && control.invalid && control.touched ? errorMessage(control.errors) : null;
  }

  protected async add(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.failure.set(null);
    try {
      await this.api.createMapping({ fromFocusAreaId: v.fromFocusAreaId, toFocusAreaId: v.toFocusAreaId, strength: v.strength, note: textOrNull(v.note) });
      this.notice.set({ key: 'mappings.added' });
      await this.reloadMappings();
      this.form.reset({ fromFocusAreaId: '', toFocusAreaId: '', strength: 'strong', note: '' });
    } catch (error) {
      const problem = saveProblem(error, this.form);
      if (problem.kind === 'message') this.failure.set({ key: problem.key, params: problem.params });
    }
  }

  protected async remove(mapping: FocusAreaMappingDto): Promise<void> {
    this.failure.set(null);
    try {
      await this.api.deleteMapping(mapping.id);
      this.notice.set({ key: 'mappings.removed' });
      await this.reloadMappings();
    } catch (error) {
      const problem = saveProblem(error);
      if (problem.kind === 'message') this.failure.set({ key: problem.key, params: problem.params });
    }
  }

  private async reloadMappings(): Promise<void> {
    const from = this.fromId();
    if (from) this.mappings.set(await this.api.mappings(from));
  }
}
