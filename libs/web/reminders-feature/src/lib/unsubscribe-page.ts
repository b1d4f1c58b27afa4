import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReminderSubscriptionAction, ReminderSubscriptionResultDto } from '@suunta/shared-domain';
import { RemindersApi } from './reminders-api.service';

/**
 * The page of the link in a reminder mail: no sign-in. It changes nothing on its own (mail
 * scanners open links): the recipient picks "snooze 30 days" or "stop", then sees a calm
 * confirmation with the way back.
 */
@Component({
  selector: 'su-unsubscribe-page',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="narrow">
      <h1>{{ 'reminders.unsubscribe.title' | transloco }}</h1>
      <div aria-live="polite">
        @if (!token()) {
          <p class="alert error" role="alert">{{ 'reminders.unsubscribe.noToken' | transloco }}</p>
        } @else if (done(); as d) {
          <p class="alert ok" data-testid="reminder-confirmation">
            @if (d.action === 'snooze') {
              {{ 'reminders.unsubscribe.snoozed' | transloco: { date: d.snoozedUntil } }}
            } @else if (d.action === 'unsubscribe') {
              {{ 'reminders.unsubscribe.stopped' | transloco }}
            } @else {
              {{ 'reminders.unsubscribe.resumed' | transloco }}
            }
          </p>
          @if (d.action !== 'resume') {
            <p class="hint">{{ 'reminders.unsubscribe.changeMind' | transloco }}</p>
            <button mat-stroked-button type="button" (click)="apply('resume')" [disabled]="busy()">{{ 'reminders.unsubscribe.resume' | transloco }}</button>
          }
        } @else {
          @if (error()) {
            <p class="alert error" role="alert">{{ 'reminders.unsubscribe.invalid' | transloco }}</p>
          }
          <p class="hint">{{ 'reminders.unsubscribe.lead' | transloco }}</p>
          <div class="actions">
            <button mat-flat-button type="button" (click)="apply('snooze')" [disabled]="busy()" data-testid="reminder-snooze">{{ 'reminders.unsubscribe.snooze' | transloco }}</button>
            <button mat-stroked-button type="button" (click)="apply('unsubscribe')" [disabled]="busy()" data-testid="reminder-stop">{{ 'reminders.unsubscribe.stop' | transloco }}</button>
          </div>
        }
      </div>
    </section>
  `,
  styleUrl: './reminders.css',
})
export class UnsubscribePage {
  private readonly api = inject(RemindersApi);

  /** From the link's query (`?token=`). */
  readonly token = input<string>();
  protected readonly busy = signal(false);
  protected readonly error = signal(false);
  protected readonly done = signal<ReminderSubscriptionResultDto | null>(null);

  protected async apply(action: ReminderSubscriptionAction): Promise<void> {
    const token = this.token();
    if (!token) return;
    this.busy.set(true);
    this.error.set(false);
    try {
      this.done.set(await this.api.subscription({ token, action }));
    } catch {
      this.error.set(true);
      this.done.set(null);
    } finally {
      this.busy.set(false);
    }
  }
}
