import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NETWORK_STATUSES } from '@suunta/shared-domain';
import type { NetworkDto, NetworkStatus, PlanOptionsDto, RegionDto } from '@suunta/shared-domain';
import { apiErrorMessage, AuthService, LanguageService, localized } from '@suunta/web-core';
import { GovernanceApi } from './governance-api.service';

interface NetworkForm {
  name: string;
  regionId: string;
  coordinator: string;
  partners: string;
  sinceYear: number | null;
  meetingsPerYear: number | null;
  status: NetworkStatus;
  focusAreaIds: string[];
}

/** `/meetings/networks/new` and `/meetings/networks/:id`: a network of the register, edited. */
@Component({
  selector: 'su-network-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, TranslocoPipe],
  template: `
    <p><a routerLink="/meetings">← {{ 'governance.editor.back' | transloco }}</a></p>
    <h1>{{ (network() ? 'governance.networkEditor.titleEdit' : 'governance.networkEditor.titleNew') | transloco }}</h1>
    <div aria-live="polite">
      @if (error()) {
        <p class="alert error" role="alert">{{ error() }}</p>
      }
      @if (saved()) {
        <p class="alert ok" data-testid="network-saved">{{ 'governance.editor.saved' | transloco }}</p>
      }
    </div>
    <form class="grid" (ngSubmit)="save()">
      <label class="wide">{{ 'governance.name' | transloco }}<input name="name" [(ngModel)]="form.name" required maxlength="300" data-testid="network-name" /></label>
      <label>{{ 'governance.region' | transloco }}
        <select name="regionId" [(ngModel)]="form.regionId">
          @if (orgWide()) {
            <option value="">{{ 'governance.editor.organizationLevel' | transloco }}</option>
          }
          @for (r of regions(); track r.id) {
            <option [value]="r.id">{{ regionName(r) }}</option>
          }
        </select>
      </label>
      <label>{{ 'governance.coordinator' | transloco }}<input name="coordinator" [(ngModel)]="form.coordinator" maxlength="300" /></label>
      <label>{{ 'governance.since' | transloco }}<input type="number" name="sinceYear" [(ngModel)]="form.sinceYear" min="1900" max="2100" /></label>
      <label>{{ 'governance.meetingsPerYear' | transloco }}<input type="number" name="meetingsPerYear" [(ngModel)]="form.meetingsPerYear" min="0" max="365" /></label>
      <label>{{ 'governance.networkEditor.status' | transloco }}
        <select name="status" [(ngModel)]="form.status" data-testid="network-status">
          @for (s of statuses; track s) {
            <option [value]="s">{{ 'governance.status.' + s | transloco }}</option>
          }
        </select>
      </label>
      <label class="wide">{{ 'governance.networkEditor.partners' | transloco }}
        <textarea name="partners" rows="3" [(ngModel)]="form.partners" aria-describedby="su-partners-hint"></textarea>
      </label>
      <p id="su-partners-hint" class="hint wide">{{ 'governance.editor.onePerLine' | transloco }}</p>
      <label class="wide">{{ 'governance.focusAreas' | transloco }}
        <select multiple name="focusAreaIds" [(ngModel)]="form.focusAreaIds" size="5">
          @for (fa of focusAreas(); track fa.id) {
            <option [value]="fa.id">{{ fa.code }} {{ fa.title }}</option>
          }
        </select>
      </label>
      <div class="wide"><button type="submit" class="primary" [disabled]="busy() || !form.name.trim()" data-testid="network-save">{{ 'governance.networkEditor.save' | transloco }}</button></div>
    </form>
  `,
  styleUrl: './editor.css',
})
export class NetworkEditorPage {
  readonly id = input<string>();
  private readonly api = inject(GovernanceApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);

  protected readonly statuses = NETWORK_STATUSES;
  protected readonly regions = signal<RegionDto[]>([]);
  protected readonly focusAreas = signal<PlanOptionsDto['focusAreas']>([]);
  protected readonly network = signal<NetworkDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  protected readonly orgWide = computed(() => this.auth.hasRole('admin', 'management'));
  protected form: NetworkForm = { name: '', regionId: '', coordinator: '', partners: '', sinceYear: null, meetingsPerYear: null, status: 'active', focusAreaIds: [] };

  constructor() {
    queueMicrotask(() => void this.load());
  }

  protected regionName(r: RegionDto): string {
    return localized(r.name, this.language.current());
  }

  private async load(): Promise<void> {
    try {
      const [regions, focusAreas, networks] = await Promise.all([this.api.regions(), this.api.focusAreas(), this.api.networks()]);
      this.regions.set(this.orgWide() ? regions : regions.filter((r) => this.auth.canWriteRegion(r.id)));
      this.focusAreas.set(focusAreas);
      const n = networks.find((x) => x.id === this.id());
      if (n) this.show(n);
      else if (!this.orgWide()) this.form.regionId = this.regions()[0]?.id ?? '';
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    }
  }

  private show(n: NetworkDto): void {
    this.network.set(n);
    this.form = {
      name: n.name,
      regionId: n.regionId ?? '',
      coordinator: n.coordinator ?? '',
      partners: n.partners.join('\n'),
      sinceYear: n.sinceYear,
      meetingsPerYear: n.meetingsPerYear,
      status: n.status,
      focusAreaIds: n.focusAreas.map((f) => f.id),
    };
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(false);
    const f = this.form;
    const dto = {
      name: f.name,
      regionId: f.regionId || null,
      coordinator: f.coordinator.trim() || null,
      partners: f.partners.split('\n').map((p) => p.trim()).filter(Boolean),
      sinceYear: f.sinceYear === null || (f.sinceYear as unknown) === '' ? null : Number(f.sinceYear),
      meetingsPerYear: f.meetingsPerYear === null || (f.meetingsPerYear as unknown) === '' ? undefined : Number(f.meetingsPerYear),
      status: f.status,
      focusAreaIds: f.focusAreaIds,
    };
    try {
      const current = this.network();
      if (current) {
        this.show(await this.api.updateNetwork(current.id, { ...dto, version: current.version }));
      } else {
        const created = await this.api.createNetwork(dto);
        await this.router.navigate(['/meetings/networks', created.id]);
        this.show(created);
      }
      this.saved.set(true);
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    } finally {
      this.busy.set(false);
    }
  }
}
