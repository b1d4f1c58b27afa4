import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeetingDto, NetworkDto, RegionDto } from '@suunta/shared-domain';
import { apiErrorMessage, AuthService, formatDay, LanguageService, localized } from '@suunta/web-core';
import { GovernanceApi } from './governance-api.service';
import { filterMeetings, filterNetworks, focusAreaOptions, meetingsPerYear } from './governance-view.util';

/**
 * What was decided in the governing bodies' meetings (§ items with proposal, discussion and
 * decision, linked to focus areas) and the networks the organization coordinates. Writers
 * (admins, management, a planner in their regions) get links to write minutes and edit networks.
 */
@Component({
  selector: 'su-meetings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatSelectModule, RouterLink, TranslocoPipe],
  template: `
    <h1>{{ 'governance.title' | transloco }}</h1>
    <p class="hint">{{ 'governance.lead' | transloco }}</p>
    @if (writer()) {
      <p class="actions">
        <a class="button" routerLink="/meetings/new" data-testid="new-meeting">{{ 'governance.editor.newMeeting' | transloco }}</a>
        <a class="button" routerLink="/meetings/networks/new" data-testid="new-network">{{ 'governance.networkEditor.add' | transloco }}</a>
      </p>
    }
    <form class="filters" role="search" [attr.aria-label]="'governance.filters' | transloco" (submit)="$event.preventDefault()">
      <mat-form-field>
        <mat-label>{{ 'governance.region' | transloco }}</mat-label>
        <mat-select [value]="regionId()" (valueChange)="regionId.set($event)" data-testid="region-filter">
          <mat-option value="">{{ 'governance.allRegions' | transloco }}</mat-option>
          @for (r of regions(); track r.id) {
            <mat-option [value]="r.id">{{ regionName(r) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field class="wide">
        <mat-label>{{ 'governance.focusArea' | transloco }}</mat-label>
        <mat-select [value]="focusAreaId()" (valueChange)="focusAreaId.set($event)" data-testid="focus-area-filter">
          <mat-option value="">{{ 'governance.allFocusAreas' | transloco }}</mat-option>
          @for (fa of focusAreas(); track fa.id) {
            <mat-option [value]="fa.id">{{ fa.code }} {{ fa.title }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </form>
    <div aria-live="polite">
      @if (error()) {
        <p class="alert error" role="alert">{{ 'governance.error' | transloco: { message: error() } }}</p>
      } @else if (loading()) {
        <p class="muted">{{ 'governance.loading' | transloco }}</p>
      } @else {
        <p class="muted">{{ 'governance.shown' | transloco: { meetings: shownMeetings().length, networks: shownNetworks().length } }}</p>
      }
    </div>

    <section aria-labelledby="su-meetings-heading">
      <h2 id="su-meetings-heading">{{ 'governance.meetings' | transloco }}</h2>
      @for (m of shownMeetings(); track m.id) {
        <article class="meeting" [attr.aria-labelledby]="'su-meeting-' + m.id">
          <h3 [id]="'su-meeting-' + m.id">{{ m.bodyName ?? ('governance.body.' + m.body | transloco) }}, {{ m.date ? fmt(m.date) : ('governance.undated' | transloco: { from: fmt(m.dateEarliest), to: fmt(m.dateLatest) }) }}</h3>
          <p class="actions">
            <span class="tag">{{ 'governance.editor.statuses.' + m.status | transloco }}</span>
            @if (canWrite(m.regionId)) {
              <a [routerLink]="['/meetings', m.id, 'edit']" [attr.data-testid]="'edit-meeting-' + m.id">{{ 'governance.editor.edit' | transloco }}</a>
            }
            @if (m.date) {
              <a [routerLink]="['/meetings', m.id, 'digest']" [attr.data-testid]="'digest-' + m.id">{{ 'governance.digest.link' | transloco }}<span class="visually-hidden">: {{ m.bodyName ?? ('governance.body.' + m.body | transloco) }}, {{ fmt(m.date) }}</span></a>
            }
            <a [href]="'/api/meetings/' + m.id + '/export.docx'" download>{{ 'governance.editor.exportDocx' | transloco }}</a>
            <a [href]="'/api/meetings/' + m.id + '/export.pdf'" download>{{ 'governance.editor.exportPdf' | transloco }}</a>
          </p>
          <dl class="meta">
            <div><dt>{{ 'governance.region' | transloco }}</dt><dd>{{ regionLabel(m.regionId, m.regionCode) }}</dd></div>
            <div><dt>{{ 'governance.date' | transloco }}</dt><dd>{{ m.date ? fmt(m.date) : ('governance.undated' | transloco: { from: fmt(m.dateEarliest), to: fmt(m.dateLatest) }) }}</dd></div>
            <div><dt>{{ 'governance.place' | transloco }}</dt><dd>{{ m.place ?? ('governance.notStated' | transloco) }}</dd></div>
            <div><dt>{{ 'governance.chair' | transloco }}</dt><dd>{{ m.chair ?? ('governance.notStated' | transloco) }}</dd></div>
            <div><dt>{{ 'governance.secretary' | transloco }}</dt><dd>{{ m.secretary ?? ('governance.notStated' | transloco) }}</dd></div>
          </dl>
          @if (!m.date && m.dateNote) {
            <p class="muted note">{{ 'governance.dateNote' | transloco }}: <span lang="en">{{ m.dateNote }}</span></p>
          }
          @if (m.notes) {
            <p class="note" lang="fi">{{ m.notes }}</p>
          }
          <ol class="items" [attr.aria-label]="'governance.items' | transloco">
            @for (i of m.items; track i.id) {
              <li class="item" [id]="'su-item-' + i.id" [attr.data-testid]="'item-' + i.number">
                <h4>§ {{ i.number }} <span lang="fi">{{ i.title }}</span></h4>
                @if (i.focusAreas.length > 0) {
                  <ul class="chips" [attr.aria-label]="'governance.linkedFocusAreas' | transloco">
                    @for (fa of i.focusAreas; track fa.id) {
                      <li class="chip" [class.selected]="fa.id === focusAreaId()" [title]="fa.title"><span class="code">{{ fa.code }}</span> <span lang="fi">{{ fa.title }}</span></li>
                    }
                  </ul>
                }
                <dl class="minute" lang="fi">
                  @if (i.proposal) {
                    <dt [lang]="language.current()">{{ 'governance.proposal' | transloco }}</dt><dd>{{ i.proposal }}</dd>
                  }
                  @if (i.discussion) {
                    <dt [lang]="language.current()">{{ 'governance.discussion' | transloco }}</dt><dd>{{ i.discussion }}</dd>
                  }
                  @if (i.decision) {
                    <dt [lang]="language.current()">{{ 'governance.decision' | transloco }}</dt><dd class="decision">{{ i.decision }}</dd>
                  }
                </dl>
              </li>
            }
          </ol>
        </article>
      } @empty {
        @if (!loading()) {
          <p class="muted">{{ 'governance.noMeetings' | transloco }}</p>
        }
      }
    </section>

    <section aria-labelledby="su-networks-heading">
      <h2 id="su-networks-heading">{{ 'governance.networks' | transloco }}</h2>
      @if (shownNetworks().length === 0) {
        @if (!loading()) {
          <p class="muted">{{ 'governance.noNetworks' | transloco }}</p>
        }
      } @else {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="su-networks-caption">
          <table>
            <caption id="su-networks-caption">{{ 'governance.networksCaption' | transloco: { count: shownNetworks().length } }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'governance.name' | transloco }}</th>
                <th scope="col">{{ 'governance.region' | transloco }}</th>
                <th scope="col">{{ 'governance.coordinator' | transloco }}</th>
                <th scope="col">{{ 'governance.since' | transloco }}</th>
                <th scope="col">{{ 'governance.meetingsPerYear' | transloco }}</th>
                <th scope="col">{{ 'governance.focusAreas' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (n of shownNetworks(); track n.id) {
                <tr>
                  <th scope="row" lang="fi">
                    {{ n.name }}
                    @if (n.status !== 'active') {
                      <span class="tag" [lang]="language.current()">{{ 'governance.status.' + n.status | transloco }}</span>
                    }
                    @if (canWrite(n.regionId)) {
                      <a class="edit" [routerLink]="['/meetings/networks', n.id]" [lang]="language.current()">{{ 'governance.networkEditor.edit' | transloco }}<span class="visually-hidden">: {{ n.name }}</span></a>
                    }
                  </th>
                  <td>{{ regionLabel(n.regionId, n.regionCode) }}</td>
                  <td lang="fi">{{ n.coordinator ?? '–' }}</td>
                  <td>{{ n.sinceYear ?? '–' }}</td>
                  <td>{{ perYear(n) ?? '–' }}</td>
                  <td>
                    @for (fa of n.focusAreas; track fa.id) {
                      <span class="code" [title]="fa.title">{{ fa.code }}</span>{{ $last ? '' : ', ' }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    :host { display: block; min-width: 0; }
    /* minutes quote addresses and long compounds: break them rather than widen the page */
    .meeting { overflow-wrap: anywhere; }
    .filters { display: flex; gap: 12px; flex-wrap: wrap; align-items: baseline; }
    .filters mat-form-field { max-width: 100%; }
    .filters .wide { min-width: min(100%, 28rem); }
    .hint, .muted { color: var(--su-text-muted); }
    .alert.error { border-left: 4px solid var(--su-error); color: var(--su-error); padding: 8px 12px; }
    .meeting { background: var(--su-surface); border: 1px solid var(--su-border); border-radius: 8px; padding: 16px; margin-bottom: 24px; }
    .meta { display: flex; flex-wrap: wrap; gap: 8px 24px; margin: 0 0 8px; }
    .meta dt { font-weight: 600; }
    .meta dd { margin: 0; }
    .items { list-style: none; padding: 0; margin: 0; }
    .item { border-top: 1px solid var(--su-border); padding: 12px 0; }
    .item h4 { margin: 0 0 8px; }
    .minute { margin: 0; }
    .minute dt { font-weight: 600; margin-top: 8px; }
    .minute dd { margin: 0 0 0 16px; white-space: pre-line; }
    .minute .decision { font-weight: 600; }
    .chips { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 0 0 8px; }
    .chip { border: 1px solid var(--su-border); border-radius: 16px; padding: 2px 10px; font-size: 0.875rem; max-width: 40rem; }
    .chip.selected { border-color: currentColor; font-weight: 600; }
    .code { font-variant-numeric: tabular-nums; font-weight: 600; }
    .table-scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; background: var(--su-surface); }
    caption { text-align: left; font-weight: 600; padding: 8px 0; }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--su-border); vertical-align: top; }
    tbody th { font-weight: 400; }
    .actions { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
    .button { display: inline-flex; align-items: center; min-height: 44px; padding: 0 16px; border: 1px solid currentColor; border-radius: 4px; }
    .edit { margin-left: 8px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .tag { display: inline-block; padding: 0 8px; border: 1px solid var(--su-border); border-radius: 12px; margin-left: 8px; font-size: 0.875rem; }
  `,
})
export class MeetingsPage {
  private readonly api = inject(GovernanceApi);
  private readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);

  protected readonly regions = signal<RegionDto[]>([]);
  protected readonly meetings = signal<MeetingDto[]>([]);
  protected readonly networks = signal<NetworkDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly regionId = signal('');
  protected readonly focusAreaId = signal('');

  protected readonly focusAreas = computed(() => focusAreaOptions(this.meetings(), this.networks()));
  private readonly filter = computed(() => ({ regionId: this.regionId(), focusAreaId: this.focusAreaId() }));
  protected readonly shownMeetings = computed(() => filterMeetings(this.meetings(), this.filter()));
  protected readonly shownNetworks = computed(() => filterNetworks(this.networks(), this.filter()));
  protected readonly perYear = meetingsPerYear;

  constructor() {
    void this.load();
  }

  protected readonly writer = computed(() => this.auth.hasRole('admin', 'management', 'planner'));

  /** Admins and management anywhere; a planner in their regions (the API checks the same). */
  protected canWrite(regionId: string | null): boolean {
    return regionId ? this.auth.canWriteRegion(regionId) : this.auth.hasRole('admin', 'management');
  }

  protected regionName(r: RegionDto): string {
    return localized(r.name, this.language.current());
  }

  protected regionLabel(regionId: string | null, code: string | null): string {
    const region = this.regions().find((r) => r.id === regionId);
    return region ? this.regionName(region) : (code ?? '–');
  }

  /** A day as the language writes it ("7.8.2014", "7/8/2014"); "?" when unknown. */
  protected fmt(iso: string | null): string {
    if (!iso) return '?';
    return formatDay(iso, this.language.current());
  }

  private async load(): Promise<void> {
    try {
      const [regions, summaries, networks] = await Promise.all([this.api.regions(), this.api.meetings(), this.api.networks()]);
      const meetings = await Promise.all(summaries.map((s) => this.api.meeting(s.id)));
      this.regions.set(regions);
      this.meetings.set(meetings);
      this.networks.set(networks);
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    } finally {
      this.loading.set(false);
    }
  }
}
