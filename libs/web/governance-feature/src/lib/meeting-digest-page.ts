import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeetingDigestDto, MeetingDigestSnapshotDto } from '@suunta/shared-domain';
import { apiErrorMessage, AuthService, formatDay, LanguageService, LOCALES } from '@suunta/web-core';
import { GovernanceApi } from './governance-api.service';
import { dateTimeFormat, numberFormat } from '@suunta/shared-domain';

/**
 * The meeting digest: what changed for the body (and its region) since its previous meeting,
 * computed now from the stored data; every line opens its source. Above it, the digest stored
 * for the invitation (made when the meeting was scheduled) with its PDF, and — for those who may
 * write the meeting — "generate again".
 */
@Component({
  selector: 'su-meeting-digest-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe],
  template: `
    <p><a routerLink="/meetings">{{ 'governance.digest.back' | transloco }}</a></p>
    <h1>
      {{ 'governance.digest.title' | transloco }}@if (digest(); as d) {: {{ d.meeting.bodyName ?? ('governance.body.' + d.meeting.body | transloco) }}, {{ fmt(d.meeting.date) }}}
    </h1>
    <div aria-live="polite">
      @if (error()) {
        <p class="alert error" role="alert">{{ 'governance.error' | transloco: { message: error() } }}</p>
      } @else if (loading()) {
        <p class="muted">{{ 'governance.loading' | transloco }}</p>
      }
    </div>

    @if (digest(); as d) {
      <section class="stored" aria-labelledby="su-digest-stored">
        <h2 id="su-digest-stored">{{ 'governance.digest.stored' | transloco }}</h2>
        <div aria-live="polite">
          @if (snapshot(); as s) {
            <p data-testid="digest-generated">
              {{ 'governance.digest.generatedAt' | transloco: { time: instant(s.generatedAt) } }}
              @if (s.trigger === 'scheduled') {
                {{ 'governance.digest.byJob' | transloco }}
              } @else if (s.generatedByName) {
                {{ 'governance.digest.byPerson' | transloco: { name: s.generatedByName } }}
              }
            </p>
          } @else {
            <p class="muted" data-testid="digest-not-generated">{{ 'governance.digest.notGenerated' | transloco }}</p>
          }
        </div>
        <p class="actions">
          @if (snapshot()) {
            <a class="button" [href]="'/api/meetings/' + d.meeting.id + '/digest/snapshot/pdf?lang=' + language.current()" download data-testid="digest-pdf">{{
              'governance.digest.downloadStored' | transloco
            }}</a>
          }
          <a [href]="'/api/meetings/' + d.meeting.id + '/digest/pdf?lang=' + language.current()" download>{{ 'governance.digest.downloadLive' | transloco }}</a>
          @if (canWrite(d.meeting.regionId)) {
            <button type="button" class="button" (click)="generate(d.meeting.id)" [disabled]="generating()" data-testid="digest-generate">
              {{ (generating() ? 'governance.digest.generating' : 'governance.digest.generate') | transloco }}
            </button>
          }
        </p>
      </section>

      <section aria-labelledby="su-digest-live">
        <h2 id="su-digest-live">{{ 'governance.digest.live' | transloco }}</h2>
        <dl class="meta">
          <div><dt>{{ 'governance.region' | transloco }}</dt><dd>{{ d.meeting.regionId ? regionOf(d, d.meeting.regionId) : ('governance.digest.wholeOrganization' | transloco) }}</dd></div>
          <div>
            <dt>{{ 'governance.digest.period' | transloco }}</dt>
            <dd data-testid="digest-period">{{ fmt(d.period.from) }}–{{ fmt(d.period.to) }}</dd>
          </div>
          <div><dt>{{ 'governance.digest.asOf' | transloco }}</dt><dd>{{ fmt(d.asOf) }}</dd></div>
        </dl>
        <p class="hint" data-testid="digest-basis">
          {{ 'governance.digest.basis.' + d.period.basis | transloco: { date: d.period.previousMeeting ? fmt(d.period.previousMeeting.date) : '' } }}
        </p>
        <p class="hint">{{ 'governance.digest.linkHint' | transloco }}</p>

        <h3>{{ 'governance.digest.entries' | transloco: { count: d.entries.length } }}</h3>
        @if (d.entries.length === 0) {
          <p class="muted">{{ 'governance.digest.nothing' | transloco }}</p>
        } @else {
          <ul class="lines">
            @for (e of d.entries; track e.entryId + e.change) {
              <li>
                <a routerLink="/progress" [queryParams]="{ entry: e.entryId }" data-testid="digest-entry">
                  <span class="tag">{{ 'governance.digest.change.' + e.change | transloco }}</span>
                  <span lang="fi">{{ e.subjectTitle }}</span>
                </a>
                <span class="muted">
                  — {{ regionOf(d, e.regionId) }}, {{ fmt(e.entryDate) }}@if (e.value !== null) {, {{ num(e.value) }} {{ e.unit }}}
                  · {{ 'governance.digest.changedOn' | transloco: { date: fmt(e.changedOn) } }}
                </span>
                <p class="text" lang="fi">{{ e.narrative }} <span class="muted" [lang]="language.current()">({{ e.authorName }})</span></p>
                @if (e.reason) {
                  <p class="text">{{ 'governance.digest.reason' | transloco }}: <span lang="fi">{{ e.reason }}</span></p>
                }
              </li>
            }
          </ul>
        }

        <h3>{{ 'governance.digest.statusChanges' | transloco: { count: d.statusChanges.length } }}</h3>
        @if (d.statusChanges.length === 0) {
          <p class="muted">{{ 'governance.digest.nothing' | transloco }}</p>
        } @else {
          <ul class="lines">
            @for (c of d.statusChanges; track $index) {
              <li>
                <a [routerLink]="['/plans', c.planId]" [fragment]="'su-action-' + c.actionId"><span lang="fi">{{ c.title }}</span> ({{ c.year }})</a>
                <span>
                  —
                  {{
                    'governance.digest.statusMove'
                      | transloco: { from: c.from ? ('governance.digest.actionStatus.' + c.from | transloco) : '–', to: 'governance.digest.actionStatus.' + c.to | transloco }
                  }}, {{ 'governance.digest.effective' | transloco: { date: fmt(c.effectiveOn) } }}
                </span>
                @if (c.latestEntry; as le) {
                  <p class="text">
                    {{ 'governance.digest.why' | transloco }}
                    <a routerLink="/progress" [queryParams]="{ entry: le.entryId }">{{ fmt(le.entryDate) }}</a>: <span lang="fi">{{ le.narrative }}</span>
                  </p>
                } @else {
                  <p class="text muted">{{ 'governance.digest.noEntry' | transloco }}</p>
                }
              </li>
            }
          </ul>
        }

        <h3>{{ 'governance.digest.surveys' | transloco: { count: d.surveys.length } }}</h3>
        @if (d.surveys.length === 0) {
          <p class="muted">{{ 'governance.digest.nothing' | transloco }}</p>
        } @else {
          <ul class="lines">
            @for (x of d.surveys; track x.surveyId) {
              <li>
                <a [routerLink]="['/surveys', x.surveyId]"><span lang="fi">{{ x.title }}</span></a>
                <span class="muted">
                  — {{ regionOf(d, x.regionId) }}, {{ x.year }}@if (x.respondentCount !== null) {, {{ 'governance.digest.respondents' | transloco: { count: x.respondentCount } }}}
                  · {{ 'governance.digest.arrived' | transloco: { date: fmt(x.arrivedOn) } }}
                </span>
              </li>
            }
          </ul>
        }

        <h3>{{ 'governance.digest.decisions' | transloco: { count: d.decisions.length } }}</h3>
        @if (d.decisions.length === 0) {
          <p class="muted">{{ 'governance.digest.nothing' | transloco }}</p>
        } @else {
          <ul class="lines">
            @for (x of d.decisions; track x.itemId) {
              <li>
                <a routerLink="/meetings" [fragment]="'su-item-' + x.itemId">{{ fmt(x.meetingDate) }} § {{ x.number }} <span lang="fi">{{ x.title }}</span></a>
                <p class="text" lang="fi">{{ x.decision }}</p>
                @if (x.followUps.length > 0) {
                  <ul class="follow-ups" [attr.aria-label]="'governance.digest.followUps' | transloco">
                    @for (f of x.followUps; track f.id) {
                      <li>
                        <span class="tag">{{ (f.done ? 'governance.digest.done' : 'governance.digest.open') | transloco }}</span>
                        <span lang="fi">{{ f.title }}</span>@if (f.owner) { ({{ f.owner }})}@if (f.dueDate) {, {{ 'governance.digest.due' | transloco: { date: fmt(f.dueDate) } }}}
                      </li>
                    }
                  </ul>
                }
              </li>
            }
          </ul>
        }

        <h3>{{ 'governance.digest.overdue' | transloco: { count: d.overdue.length } }}</h3>
        @if (d.overdue.length === 0) {
          <p class="muted">{{ 'governance.digest.nothingOverdue' | transloco }}</p>
        } @else {
          <ul class="lines">
            @for (o of d.overdue; track o.kind + o.id + (o.regionId ?? '')) {
              <li data-testid="digest-overdue">
                <span class="tag">{{ 'governance.digest.overdueKind.' + o.kind | transloco }}</span>
                @switch (o.kind) {
                  @case ('follow_up') {
                    <a routerLink="/meetings" [fragment]="'su-meeting-' + o.meetingId"><span lang="fi">{{ o.title }}</span></a>
                  }
                  @case ('action') {
                    <a [routerLink]="['/plans', o.planId]" [fragment]="'su-action-' + o.id"><span lang="fi">{{ o.title }}</span></a>
                    ({{ 'governance.digest.actionStatus.' + o.status | transloco }})
                  }
                  @default {
                    <a routerLink="/progress/new" [queryParams]="{ region: o.regionId, kind: o.subjectKind, id: o.id, year: o.dueDate.slice(0, 4), title: o.title }"><span lang="fi">{{ o.title }}</span></a>
                  }
                }
                <span class="muted">
                  @if (o.regionId) {
                    — {{ regionOf(d, o.regionId) }}
                  }
                  · {{ 'governance.digest.due' | transloco: { date: fmt(o.dueDate) } }}
                </span>
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styles: `
    :host { display: block; min-width: 0; overflow-wrap: anywhere; }
    .hint, .muted { color: var(--su-text-muted); }
    .alert.error { border-left: 4px solid var(--su-error); color: var(--su-error); padding: 8px 12px; }
    .stored { background: var(--su-surface); border: 1px solid var(--su-border); border-radius: 8px; padding: 12px 16px; margin-bottom: 24px; }
    .stored h2 { margin-top: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
    .button { display: inline-flex; align-items: center; min-height: 44px; padding: 0 16px; border: 1px solid currentColor; border-radius: 4px; background: transparent; color: inherit; font: inherit; cursor: pointer; }
    .meta { display: flex; flex-wrap: wrap; gap: 8px 24px; margin: 0 0 8px; }
    .meta dt { font-weight: 600; }
    .meta dd { margin: 0; }
    .lines { list-style: none; padding: 0; margin: 0 0 16px; }
    .lines > li { border-top: 1px solid var(--su-border); padding: 10px 0; }
    .lines a { display: inline; padding: 4px 0; }
    .text { margin: 4px 0 0; white-space: pre-line; }
    .follow-ups { margin: 6px 0 0; padding-left: 20px; }
    .tag { display: inline-block; border: 1px solid var(--su-border); border-radius: 12px; padding: 0 8px; margin-right: 6px; font-size: 0.875rem; }
  `,
})
export class MeetingDigestPage {
  private readonly api = inject(GovernanceApi);
  private readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);

  /** The meeting's id (route parameter). */
  readonly id = input.required<string>();

  protected readonly digest = signal<MeetingDigestDto | null>(null);
  protected readonly snapshot = signal<MeetingDigestSnapshotDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly generating = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly locale = computed(() => LOCALES[this.language.current()]);

  constructor() {
    effect(() => void this.load(this.id()));
  }

  /** Like writing the meeting: admins and management anywhere; a planner in their regions (the API checks the same). */
  protected canWrite(regionId: string | null): boolean {
    return regionId ? this.auth.canWriteRegion(regionId) : this.auth.hasRole('admin', 'management');
  }

  protected regionOf(d: MeetingDigestDto, id: string): string {
    const r = d.regions.find((x) => x.id === id);
    return r ? (r.name[this.language.current()] ?? r.name['fi'] ?? r.code) : '';
  }

  protected fmt(iso: string): string {
    return formatDay(iso, this.language.current());
  }

  protected instant(iso: string): string {
    return dateTimeFormat(this.locale(), { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));
  }

  protected num(value: number): string {
    return numberFormat(this.locale(), { maximumFractionDigits: 2 }).format(value);
  }

  protected async generate(id: string): Promise<void> {
    this.generating.set(true);
    this.error.set(null);
    try {
      this.snapshot.set(await this.api.generateDigest(id));
      this.digest.set(await this.api.digest(id));
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    } finally {
      this.generating.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [digest, snapshot] = await Promise.all([this.api.digest(id), this.api.digestSnapshot(id)]);
      this.digest.set(digest);
      this.snapshot.set(snapshot);
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    } finally {
      this.loading.set(false);
    }
  }
}
