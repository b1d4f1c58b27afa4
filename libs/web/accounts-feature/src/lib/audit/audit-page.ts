import { DatePipe, JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AuditEntryDto, AuditPageDto } from '@suunta/shared-domain';
import { ApiErrorText } from '@suunta/web-core';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from '../shared/accounts-api.service';
import { applyServerErrors } from '../shared/form-errors';
import { AuditFilterForm, KNOWN_AUDIT_ACTIONS, toAuditQuery } from './audit-filters';

const PAGE_SIZE = 50;

@Component({
  selector: 'su-audit-page',
  imports: [ReactiveFormsModule, DatePipe, JsonPipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  template: `
    <h1>{{ 'accounts.audit.title' | transloco }}</h1>
    <p class="hint">{{ 'accounts.audit.lead' | transloco }}</p>
    <form class="filters" [formGroup]="form" (ngSubmit)="search(0)" role="search" [attr.aria-label]="'accounts.audit.filters' | transloco">
      <mat-form-field>
        <mat-label>{{ 'accounts.audit.entityType' | transloco }}</mat-label>
        <input matInput formControlName="entityType" placeholder="criterion" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'accounts.audit.entityId' | transloco }}</mat-label>
        <input matInput formControlName="entityId" />
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
        <input matInput type="date" formControlName="fromDay" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'accounts.audit.to' | transloco }}</mat-label>
        <input matInput type="date" formControlName="toDay" />
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
                <td><time [attr.datetime]="entry.at" [title]="entry.at">{{ entry.at | date: 'd.M.yyyy HH:mm:ss' }}</time></td>
                <td>
                  {{ entry.actorName ?? ('accounts.audit.anonymous' | transloco) }}
                  @if (entry.actorEmail) { <br /><span class="muted">{{ entry.actorEmail }}</span> }
                  @if (entry.ip) { <br /><span class="muted">{{ entry.ip }}</span> }
                </td>
                <td>{{ actionLabel(entry) | transloco }}</td>
                <td>{{ entry.entityType }}@if (entry.entityId) { <br /><span class="muted id">{{ entry.entityId }}</span> }</td>
                <td>
                  @if (entry.before !== null || entry.after !== null) {
                    <details>
                      <summary>{{ 'accounts.audit.showChanges' | transloco }}</summary>
                      @if (entry.before !== null) {
                        <h3>{{ 'accounts.audit.before' | transloco }}</h3>
                        <pre>{{ entry.before | json }}</pre>
                      }
                      @if (entry.after !== null) {
                        <h3>{{ 'accounts.audit.after' | transloco }}</h3>
                        <pre>{{ entry.after | json }}</pre>
                      }
                    </details>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
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
    .filters mat-form-field { width: 200px; }
    pre { white-space: pre-wrap; word-break: break-word; font-size: 0.8rem; max-width: 48ch; margin: 0; }
    h3 { font-size: 0.9rem; margin: 8px 0 4px; }
    .id { font-family: monospace; font-size: 0.8rem; word-break: break-all; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(AccountsApi);
  private readonly errorText = inject(ApiErrorText);

  protected readonly pageSize = PAGE_SIZE;
  protected readonly actions = KNOWN_AUDIT_ACTIONS;
  protected readonly page = signal<AuditPageDto | null>(null);
  protected readonly error = signal<{ key: string } | { text: string } | null>(null);
  protected readonly form = new FormGroup({
    entityType: new FormControl('', { nonNullable: true }),
    entityId: new FormControl('', { nonNullable: true }),
    action: new FormControl('', { nonNullable: true }),
    fromDay: new FormControl('', { nonNullable: true }),
    toDay: new FormControl('', { nonNullable: true }),
  });
  private readonly applied = signal<AuditFilterForm>(this.form.getRawValue());
  protected readonly csvUrl = computed(() => this.api.auditCsvUrl(toAuditQuery(this.applied(), { limit: 0, offset: 0 })));

  constructor() {
    void this.search(0);
  }

  protected actionLabel(entry: AuditEntryDto): string {
    return (KNOWN_AUDIT_ACTIONS as readonly string[]).includes(entry.action) ? `accounts.audit.actions.${entry.action}` : entry.action;
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
