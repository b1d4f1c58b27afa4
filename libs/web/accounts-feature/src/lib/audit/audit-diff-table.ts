import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AuditEntryDto } from '@suunta/shared-domain';
import { KNOWN_FIELD_NAMES } from '@suunta/web-core';
import { auditDiff } from './audit-diff.util';

/** A recorded field's translated name (the API's field names, `fieldNames.*`), or null. */
export function auditFieldKey(field: string): string | null {
  return (KNOWN_FIELD_NAMES as readonly string[]).includes(field) ? `fieldNames.${field}` : null;
}

/**
 * What an audit entry changed, folded under "Show": a table of field, before and after; nothing
 * when the entry changed no field worth showing. Used by the audit page (class `in-table`, inside
 * a table cell, with a caption naming the event) and by an entity's own history.
 */
@Component({
  selector: 'su-audit-diff-table',
  imports: [TranslocoPipe],
  template: `
    @if (rows().length) {
      <details>
        <summary>{{ 'accounts.audit.showChanges' | transloco }}</summary>
        <table class="diff">
          @if (caption(); as text) {
            <caption class="visually-hidden">{{ text }}</caption>
          }
          <thead>
            <tr>
              <th scope="col">{{ 'accounts.audit.field' | transloco }}</th>
              <th scope="col">{{ 'accounts.audit.before' | transloco }}</th>
              <th scope="col">{{ 'accounts.audit.after' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.field) {
              <tr>
                <th scope="row">@if (fieldKey(row.field); as key) { {{ key | transloco }} } @else { <code>{{ row.field }}</code> }</th>
                <td class="old">{{ row.before ?? '–' }}</td>
                <td>{{ row.after ?? '–' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </details>
    }
  `,
  styles: `
    .diff { border-collapse: collapse; font-size: 0.85rem; margin-top: 4px; }
    .diff th, .diff td { text-align: left; padding: 2px 6px; border-bottom: 1px solid var(--su-border); overflow-wrap: anywhere; }
    :host(.in-table) details { min-width: 16rem; }
    :host(.in-table) .diff { width: 100%; margin-top: 8px; background: var(--su-surface); }
    :host(.in-table) .diff th, :host(.in-table) .diff td { padding: 4px 6px; vertical-align: top; }
    :host(.in-table) .diff th { font-weight: 500; }
    :host(.in-table) .diff .old { color: var(--su-text-muted); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditDiffTable {
  readonly entry = input.required<AuditEntryDto>();
  /** For screen readers: which event the table belongs to. */
  readonly caption = input<string>();
  protected readonly rows = computed(() => auditDiff(this.entry().before, this.entry().after));
  protected readonly fieldKey = auditFieldKey;
}
