import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ResponsibleRoleDto } from '@suunta/shared-domain';
import { DataTextComponent } from '@suunta/web-ui';

/** The responsible roles of an action or criterion as chips: a person's role or a body (icon and hidden text tell which). */
@Component({
  selector: 'su-role-chips',
  imports: [MatIconModule, TranslocoPipe, DataTextComponent],
  template: `
    @if (roles().length) {
      <ul class="chips" [attr.aria-label]="'strategy.action.roles' | transloco">
        @for (role of roles(); track role.id) {
          <li class="chip" [class.body]="role.kind === 'body'" data-testid="role-chip">
            <mat-icon aria-hidden="true">{{ role.kind === 'body' ? 'groups' : 'person' }}</mat-icon>
            <su-data-text [text]="role.name" />
            @if (role.retiredAt) { <span class="retired">({{ 'strategy.roles.retiredMark' | transloco }})</span> }
          </li>
        }
      </ul>
    } @else if (showEmpty()) {
      <p class="none">{{ 'strategy.action.noRoles' | transloco }}</p>
    }
  `,
  styles: `
    .chips { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 6px 0 0; }
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 14px; border: 1px solid var(--su-border);
      background: var(--su-selected-bg); color: var(--su-text); font-size: 0.85rem; line-height: 1.5; }
    .chip.body { background: var(--su-surface); }
    .chip mat-icon { font-size: 16px; width: 16px; height: 16px; color: var(--su-primary); }
    .retired { font-style: italic; }
    .none { color: var(--su-text-muted); font-size: 0.85rem; margin: 4px 0 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleChips {
  readonly roles = input.required<ResponsibleRoleDto[]>();
  readonly showEmpty = input(false);
}
