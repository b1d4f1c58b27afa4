import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

export type StatusChipStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';

const ICONS: Record<StatusChipStatus, string> = { on_track: 'check_circle', at_risk: 'warning', off_track: 'error', no_data: 'help_outline' };

/**
 * A roll-up status as icon + word (never colour alone). The colours keep ≥ 4.5:1 contrast for the
 * text on their tint (WCAG 2.1 AA); the icon is decorative since the word says it.
 */
@Component({
  selector: 'su-status-chip',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="'chip ' + status()" [attr.data-status]="status()"
    ><mat-icon aria-hidden="true" class="icon">{{ icon() }}</mat-icon><span>{{ label() }}</span></span
  >`,
  styles: `
    :host { display: inline-block; }
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 16px; font-weight: 500; white-space: nowrap; border: 1px solid currentColor; }
    .icon { font-size: 18px; width: 18px; height: 18px; }
    .on_track { color: #1b5e20; background: #e8f5e9; }
    .at_risk { color: #7a4100; background: #fff4e0; }
    .off_track { color: #a4161a; background: #fdecea; }
    .no_data { color: #424242; background: #f2f2f2; }
  `,
})
export class StatusChipComponent {
  readonly status = input.required<StatusChipStatus>();
  readonly label = input.required<string>();
  protected readonly icon = computed(() => ICONS[this.status()]);
}
