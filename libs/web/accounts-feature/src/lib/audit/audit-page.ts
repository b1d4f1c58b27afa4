import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditActorDto, type AuditEntryDto, type AuditPageDto } from '@suunta/shared-domain';
import { ApiErrorText } from '@suunta/web-core';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from '../shared/accounts-api.service';
import { applyServerErrors } from '../shared/form-errors';
import { AuditDiffTable } from './audit-diff-table';
import { AuditFilterForm, toAuditQuery } from './audit-filters';
// The datepicker's parts (SU_DATEPICKER), not MatDatepickerModule: the module provides its own
// MatDatepickerIntl, which would hide the translated one the route provides (provideDatepickerIntl).
import { SU_DATEPICKER } from '@suunta/web-ui';

const PAGE_SIZE = 50;

@Component({
  selector: 'su-audit-page',
  imports: [ReactiveFormsModule, DatePipe, MatButtonModule, SU_DATEPICKER, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, AuditDiffTable],
  template: `
    <h1>{{ 'accounts.audit.title' | transloco }}</h1>
    <p class="hint">{{ 'accounts.audit.lead' | transloco }}</p>
    <form class="filters" [formGroup]="form" (ngSubmit)="search(0)" role="search" [attr.aria-label]="'accounts.audit.filters' | transloco">
      <mat-form-field>
        <mat-label>{{ 'accounts.audit.person' | transloco }}</mat-label>
        <mat-select formControlName="actorId">
          <mat-option value="">{{ 'accounts.audit.anyone' | transloco }}</mat-option>
          @for (actor of actors(); track actor.id) {
            <mat-option [value]="actor.id">{{ actor.name ?? actor.email }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'accounts.audit.objectName' | transloco }}</mat-label>
        <input matInput formControlName="q" type="search" autocomplete="off" />
        <mat-hint>{{ 'accounts.audit.objectNameHint' | transloco }}</mat-hint>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'accounts.audit.objectType' | transloco }}</mat-label>
        <mat-select formControlName="entityType">
          <mat-option value="">{{ 'accounts.audit.any' | transloco }}</mat-option>
          @for (type of entityTypes; track type) {
            <mat-option [value]="type">{{ 'accounts.audit.entities.' + type | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'accounts.audit.action' | transloco }}</mat-label>
        <mat-select formControlName="action">
          <mat-option value="">{{ 'accounts.audit.any' | transloco }}</mat-option>
          @for (action of actions; track action) {
            <mat-option [value]="action">{{ 'accounts.audit.actions.' + action | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'accounts.audit.from' | transloco }}</mat-label>
        <input matInput [matDatepicker]="fromPicker" formControlName="fromDay" />
        <mat-datepicker-toggle matIconSuffix [for]="fromPicker" />
        <mat-datepicker #fromPicker />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'accounts.audit.to' | transloco }}</mat-label>
        <input matInput [matDatepicker]="toPicker" formControlName="toDay" />
        <mat-datepicker-toggle matIconSuffix [for]="toPicker" />
        <mat-datepicker #toPicker />
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit">{{ 'accounts.audit.apply' | transloco }}</button>
        <button mat-button type="button" (click)="clear()">{{ 'accounts.audit.reset' | transloco }}</button>
        <a mat-stroked-button [href]="csvUrl()" download>{{ 'accounts.audit.export' | transloco }}</a>
      </div>
    </form>

    <div aria-live="polite">
      @if (error(); as e) {
        <p class="alert error" role="alert">{{ 'key' in e ? ('accounts.' + e.key | transloco) : e.text }}</p>
      }
      @if (page(); as p) {
        <p class="muted" role="status">
          @if (p.total > 0) {
            {{ 'accounts.audit.range' | transloco: { from: p.offset + 1, to: p.offset + p.items.length, total: p.total } }}
          } @else {
            {{ 'accounts.audit.empty' | transloco }}
          }
        </p>
      } @else if (!error()) {
        <p class="muted" role="status">{{ 'accounts.audit.loading' | transloco }}</p>
      }
    </div>

    @if (page(); as p) {
      @if (p.items.length > 0) {
        <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="'accounts.audit.title' | transloco">
          <table>
            <caption class="visually-hidden">{{ 'accounts.audit.title' | transloco }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'accounts.audit.time' | transloco }}</th>
                <th scope="col">{{ 'accounts.audit.actor' | transloco }}</th>
                <th scope="col">{{ 'accounts.audit.action' | transloco }}</th>
                <th scope="col">{{ 'accounts.audit.entity' | transloco }}</th>
                <th scope="col">{{ 'accounts.audit.changes' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (entry of p.items; track entry.id) {
                <tr>
                  <td class="nowrap"><time [attr.datetime]="entry.at" [title]="entry.at">{{ entry.at | date: 'd.M.yyyy HH:mm:ss' }}</time></td>
                  <td>
                    @if (entry.actorId) {
                      {{ entry.actorName }}
                      @if (entry.actorEmail) { <br /><span class="muted">{{ entry.actorEmail }}</span> }
                    } @else if (entry.actorName) {
                      {{ 'accounts.audit.system' | transloco }} <span class="muted">({{ entry.actorName }})</span>
                    } @else {
                      {{ 'accounts.audit.anonymous' | transloco }}
                    }
                    @if (entry.ip) { <br /><span class="muted">{{ entry.ip }}</span> }
                  </td>
                  <td>{{ actionKey(entry) | transloco }}</td>
                  <td>
                    {{ entityKey(entry) | transloco }}
                    @if (entry.entityLabel) { <br /><span class="label">{{ entry.entityLabel }}</span> }
                  </td>
                  <td>
                    <su-audit-diff-table
                      class="in-table"
                      [entry]="entry"
                      [caption]="'accounts.audit.diffCaption' | transloco: { event: (actionKey(entry) | transloco), object: entry.entityLabel ?? (entityKey(entry) | transloco) }"
                    />
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <nav class="actions" [attr.aria-label]="'accounts.audit.title' | transloco">
          <button mat-button type="button" [disabled]="p.offset === 0" (click)="search(p.offset - pageSize)">{{ 'accounts.audit.previous' | transloco }}</button>
          <button mat-button type="button" [disabled]="p.offset + p.items.length >= p.total" (click)="search(p.offset + pageSize)">
            {{ 'accounts.audit.next' | transloco }}
          </button>
        </nav>
      }
    }
  `,
  styleUrl: '../shared/page.css',
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 0 12px; align-items: flex-start; }
    .filters mat-form-field { width: 220px; max-width: 100%; }
    .table-scroll { overflow-x: auto; max-width: 100%; }
    .nowrap { white-space: nowrap; }
    .label { font-weight: 500; overflow-wrap: anywhere; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(AccountsApi);
  private readonly errorText = inject(ApiErrorText);

  protected readonly pageSize = PAGE_SIZE;
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly entityTypes = AUDIT_ENTITY_TYPES;
  protected readonly actors = signal<AuditActorDto[]>([]);
  protected readonly page = signal<AuditPageDto | null>(null);
  protected readonly error = signal<{ key: string } | { text: string } | null>(null);
  protected readonly form = new FormGroup({
    actorId: new FormControl('', { nonNullable: true }),
    q: new FormControl('', { nonNullable: true }),
    entityType: new FormControl('', { nonNullable: true }),
    action: new FormControl('', { nonNullable: true }),
    fromDay: new FormControl<string | null>(null),
    toDay: new FormControl<string | null>(null),
  });
  private readonly applied = signal<AuditFilterForm>(this.form.getRawValue());
  protected readonly csvUrl = computed(() => this.api.auditCsvUrl(toAuditQuery(this.applied(), { limit: 0, offset: 0 })));

  constructor() {
    void this.search(0);
    firstValueFrom(this.api.auditActors())
      .then((actors) => this.actors.set(actors))
      .catch(() => this.actors.set([])); // the person filter stays at "everyone"; the list itself still loads
  }

  protected actionKey(entry: AuditEntryDto): string {
    return (AUDIT_ACTIONS as readonly string[]).includes(entry.action) ? `accounts.audit.actions.${entry.action}` : entry.action;
  }

  protected entityKey(entry: AuditEntryDto): string {
    return (AUDIT_ENTITY_TYPES as readonly string[]).includes(entry.entityType) ? `accounts.audit.entities.${entry.entityType}` : entry.entityType;
  }

  protected clear(): void {
    this.form.reset();
    void this.search(0);
  }

  async search(offset: number): Promise<void> {
    this.error.set(null);
    const filters = this.form.getRawValue();
    this.applied.set(filters);
    try {
      this.page.set(await firstValueFrom(this.api.audit(toAuditQuery(filters, { limit: PAGE_SIZE, offset: Math.max(0, offset) }))));
    } catch (error) {
      this.page.set(null);
      this.error.set(applyServerErrors(this.form, error, this.errorText));
    }
  }
}
