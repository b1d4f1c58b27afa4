import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { REMINDER_CADENCES, REMINDER_LIMITS, REMINDER_OWNER_ROLES } from '@suunta/shared-domain';
import type { MissingOwnerItemDto, ReminderCadence, ReminderOwnerRole } from '@suunta/shared-domain';
import { apiErrorMessage } from '@suunta/web-core';
import { RemindersApi } from './reminders-api.service';

/**
 * The missing-owner monitor (admins, management): this year's criteria and yearly actions nobody
 * is reminded of — no owner, a disabled owner, or a role no active account holds — each with a
 * quick "give it to a role" form; and how many days before a due date reminders go out.
 * (A named person is set through `PUT /api/reminders/duties`.)
 */
@Component({
  selector: 'su-missing-owners-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'reminders.monitor.title' | transloco }}</h1>
    <p class="hint">{{ 'reminders.monitor.lead' | transloco }}</p>

    @if (settings.hasValue()) {
      <form class="settings" (ngSubmit)="saveLeadDays()" [attr.aria-label]="'reminders.settings.title' | transloco">
        <mat-form-field>
          <mat-label>{{ 'reminders.settings.leadDays' | transloco }}</mat-label>
          <input matInput type="number" name="leadDays" [min]="limits.minLeadDays" [max]="limits.maxLeadDays" required [ngModel]="settings.value().leadDays" (ngModelChange)="leadDays.set($event)" data-testid="lead-days" />
          <mat-hint>{{ 'reminders.settings.hint' | transloco: { min: limits.minLeadDays, max: limits.maxLeadDays } }}</mat-hint>
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="busy()">{{ 'reminders.settings.save' | transloco }}</button>
      </form>
    }

    <div aria-live="polite">
      @if (message(); as m) {
        <p class="alert" [class.error]="m.error" [class.ok]="!m.error" [attr.role]="m.error ? 'alert' : null">{{ m.text }}</p>
      }
      @if (list.error()) {
        <p class="alert error" role="alert">{{ 'reminders.monitor.error' | transloco }}</p>
      } @else if (list.isLoading()) {
        <p class="muted">{{ 'reminders.monitor.loading' | transloco }}</p>
      } @else if (list.hasValue()) {
        <p class="muted" data-testid="missing-count">{{ 'reminders.monitor.count' | transloco: { count: list.value().items.length, year: list.value().year } }}</p>
      }
    </div>

    @if (list.hasValue() && list.value().items.length > 0) {
      <div class="table-wrap">
        <table data-testid="missing-owners">
          <caption class="muted">{{ 'reminders.monitor.caption' | transloco: { year: list.value().year } }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reminders.monitor.item' | transloco }}</th>
              <th scope="col">{{ 'reminders.monitor.problem' | transloco }}</th>
              <th scope="col">{{ 'reminders.monitor.assign' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of list.value().items; track item.subjectId) {
              <tr>
                <td>
                  <strong>{{ item.title }}</strong><br />
                  <span class="muted">{{ 'reminders.kind.' + item.subjectKind | transloco }} · {{ item.context }}</span>
                </td>
                <td>
                  {{ 'reminders.problem.' + item.problem | transloco: { name: item.ownerName ?? '', role: item.ownerRole ? ('reminders.role.' + item.ownerRole | transloco) : '' } }}
                </td>
                <td>
                  <form class="assign" (ngSubmit)="assign(item)">
                    <mat-form-field>
                      <mat-label>{{ 'reminders.monitor.role' | transloco }}</mat-label>
                      <mat-select [ngModel]="roleOf(item)" (ngModelChange)="choose(item, 'role', $event)" name="role">
                        @for (r of roles; track r) {
                          <mat-option [value]="r">{{ 'reminders.role.' + r | transloco }}</mat-option>
                        }
                      </mat-select>
                    </mat-form-field>
                    <mat-form-field>
                      <mat-label>{{ 'reminders.monitor.cadence' | transloco }}</mat-label>
                      <mat-select [ngModel]="cadenceOf(item)" (ngModelChange)="choose(item, 'cadence', $event)" name="cadence">
                        @for (c of cadences; track c) {
                          <mat-option [value]="c">{{ 'reminders.cadence.' + c | transloco }}</mat-option>
                        }
                      </mat-select>
                    </mat-form-field>
                    <button mat-stroked-button type="submit" [disabled]="busy()">{{ 'reminders.monitor.save' | transloco }}</button>
                  </form>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: './reminders.css',
})
export class MissingOwnersPage {
  private readonly api = inject(RemindersApi);
  private readonly transloco = inject(TranslocoService);

  protected readonly limits = REMINDER_LIMITS;
  protected readonly roles = REMINDER_OWNER_ROLES;
  protected readonly cadences = REMINDER_CADENCES;
  protected readonly list = resource({ loader: () => this.api.missingOwners() });
  protected readonly settings = resource({ loader: () => this.api.settings() });
  protected readonly leadDays = signal<number | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal<{ text: string; error: boolean } | null>(null);
  private readonly choices = signal<Record<string, { role: ReminderOwnerRole; cadence: ReminderCadence }>>({});

  protected roleOf(item: MissingOwnerItemDto): ReminderOwnerRole {
    return this.choices()[item.subjectId]?.role ?? 'planner';
  }
  protected cadenceOf(item: MissingOwnerItemDto): ReminderCadence {
    return this.choices()[item.subjectId]?.cadence ?? 'before_meeting';
  }
  protected choose(item: MissingOwnerItemDto, field: 'role' | 'cadence', value: string): void {
    const current = { role: this.roleOf(item), cadence: this.cadenceOf(item) };
    this.choices.update((c) => ({ ...c, [item.subjectId]: { ...current, [field]: value } }));
  }

  protected async assign(item: MissingOwnerItemDto): Promise<void> {
    await this.run(async () => {
      // An existing duty (a disabled owner, a role nobody holds) is replaced at its current version.
      const duty = item.dutyId ? (await this.api.duties()).find((d) => d.id === item.dutyId) : undefined;
      await this.api.setDuty({ subjectKind: item.subjectKind, subjectId: item.subjectId, ownerRole: this.roleOf(item), ownerUserId: null, cadence: this.cadenceOf(item), version: duty?.version });
      this.list.reload();
      return item.title;
    }, 'reminders.monitor.saved');
  }

  protected async saveLeadDays(): Promise<void> {
    const current = this.settings.value();
    const leadDays = Number(this.leadDays() ?? current?.leadDays);
    if (!current || !Number.isInteger(leadDays)) return;
    await this.run(async () => {
      await this.api.updateSettings({ leadDays, version: current.version });
      this.settings.reload();
      return String(leadDays);
    }, 'reminders.settings.saved');
  }

  private async run(work: () => Promise<string>, okKey: string): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      const value = await work();
      this.message.set({ text: this.transloco.translate(okKey, { value }), error: false });
    } catch (error) {
      this.message.set({ text: apiErrorMessage(error), error: true });
    } finally {
      this.busy.set(false);
    }
  }
}
