import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AuditEntryDto } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';
import { AuditDiffTable } from '../audit/audit-diff-table';
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
  imports: [DatePipe, TranslocoPipe, AuditDiffTable],
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
            <su-audit-diff-table [entry]="entry" />
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

  protected label(entry: AuditEntryDto): string {
    return (KNOWN_AUDIT_ACTIONS as readonly string[]).includes(entry.action) ? `accounts.audit.actions.${entry.action}` : entry.action;
  }
}
