import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AuditEntryDto } from '@suunta/shared-domain';
import { KNOWN_FIELD_NAMES } from '@suunta/web-core';
import { firstValueFrom } from 'rxjs';
import { auditDiff } from '../audit/audit-diff.util';
import { KNOWN_AUDIT_ACTIONS } from '../audit/audit-filters';
import { provideAccountsTranslations } from '../shared/accounts-i18n';
import { AccountsApi } from '../shared/accounts-api.service';

/**
 * An entity's own change history, for any page that shows one entity:
 * `<su-entity-history entityType="criterion" [entityId]="criterion.id" />`.
 * Every signed-in user may read it (except account records); newest first.
 */
@Component({
  selector: 'su-entity-history',
  imports: [DatePipe, TranslocoPipe],
  providers: [provideAccountsTranslations()],
  template: `
    <section [attr.aria-labelledby]="headingId">
      <h2 [id]="headingId">{{ 'accounts.history.title' | transloco }}</h2>
      <ol class="history">
        @for (entry of entries(); track entry.id) {
          <li>
            <time [attr.datetime]="entry.at">{{ entry.at | date: 'd.M.yyyy HH:mm' }}</time>
            — {{ entry.actorName ?? ('accounts.audit.anonymous' | transloco) }}:
            {{ label(entry) | transloco }}
            @if (diff(entry); as rows) {
              @if (rows.length) {
                <details>
                  <summary>{{ 'accounts.audit.showChanges' | transloco }}</summary>
                  <table class="diff">
                    <thead>
                      <tr>
                        <th scope="col">{{ 'accounts.audit.field' | transloco }}</th>
                        <th scope="col">{{ 'accounts.audit.before' | transloco }}</th>
                        <th scope="col">{{ 'accounts.audit.after' | transloco }}</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (row of rows; track row.field) {
                        <tr>
                          <th scope="row">@if (fieldKey(row.field); as key) { {{ key | transloco }} } @else { <code>{{ row.field }}</code> }</th>
                          <td>{{ row.before ?? '–' }}</td>
                          <td>{{ row.after ?? '–' }}</td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </details>
              }
            }
          </li>
        } @empty {
          <li class="muted">{{ 'accounts.history.empty' | transloco }}</li>
        }
      </ol>
    </section>
  `,
  styles: `
    .history { list-style: none; padding: 0; margin: 0; }
    .history li { padding: 6px 0; border-bottom: 1px solid var(--su-border); }
    .muted { color: var(--su-text-muted); }
    .diff { border-collapse: collapse; font-size: 0.85rem; margin-top: 4px; }
    .diff th, .diff td { text-align: left; padding: 2px 6px; border-bottom: 1px solid var(--su-border); overflow-wrap: anywhere; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntityHistory {
  private static next = 0;
  private readonly api = inject(AccountsApi);

  readonly entityType = input.required<string>();
  readonly entityId = input.required<string>();
  protected readonly headingId = `su-entity-history-${EntityHistory.next++}`;
  protected readonly entries = signal<AuditEntryDto[]>([]);

  constructor() {
    effect(() => {
      const entityType = this.entityType();
      const entityId = this.entityId();
      firstValueFrom(this.api.audit({ entityType, entityId, limit: 100 }))
        .then((page) => this.entries.set(page.items))
        .catch(() => this.entries.set([]));
    });
  }

  protected diff(entry: AuditEntryDto) {
    return auditDiff(entry.before, entry.after);
  }

  protected fieldKey(field: string): string | null {
    return (KNOWN_FIELD_NAMES as readonly string[]).includes(field) ? `fieldNames.${field}` : null;
  }

  protected label(entry: AuditEntryDto): string {
    return (KNOWN_AUDIT_ACTIONS as readonly string[]).includes(entry.action) ? `accounts.audit.actions.${entry.action}` : entry.action;
  }
}
