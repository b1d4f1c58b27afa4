import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeetingDto, MeetingItemDto, MinutesImportPreviewDto, PlanOptionsDto, RegionDto } from '@suunta/shared-domain';
import { helsinkiYear } from '@suunta/shared-domain';
import { apiErrorMessage, AuthService, LanguageService, localized } from '@suunta/web-core';
import { DataTextComponent } from '@suunta/web-ui';
import { GovernanceApi } from './governance-api.service';

/** The header fields as the form edits them (lists as one name per line). */
interface HeaderForm {
  regionId: string;
  body: string;
  bodyName: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  remote: boolean;
  chair: string;
  secretary: string;
  minuteCheckers: string;
  present: string;
  absent: string;
}

interface ItemForm {
  title: string;
  proposal: string;
  discussion: string;
  decision: string;
  focusAreaIds: string[];
  attachments: string;
}

const emptyHeader = (): HeaderForm => ({
  regionId: '',
  body: 'regional_steering_group',
  bodyName: '',
  date: '',
  startTime: '',
  endTime: '',
  place: '',
  remote: false,
  chair: '',
  secretary: '',
  minuteCheckers: '',
  present: '',
  absent: '',
});

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** "Otsikko | https://…" per line → attachments. */
export function parseAttachments(text: string): { title: string; url: string }[] {
  return lines(text).map((l) => {
    const [title, url] = l.includes('|') ? l.split('|').map((p) => p.trim()) : [l, l];
    return { title: title || url, url };
  });
}

export function headerToDto(h: HeaderForm) {
  return {
    regionId: h.regionId || null,
    body: h.body,
    bodyName: orNull(h.bodyName),
    date: orNull(h.date),
    startTime: orNull(h.startTime),
    endTime: orNull(h.endTime),
    place: orNull(h.place),
    remote: h.remote,
    chair: orNull(h.chair),
    secretary: orNull(h.secretary),
    minuteCheckers: lines(h.minuteCheckers),
    attendance: [...lines(h.present).map((name) => ({ name, present: true })), ...lines(h.absent).map((name) => ({ name, present: false }))],
  };
}

function headerOf(m: MeetingDto): HeaderForm {
  return {
    regionId: m.regionId ?? '',
    body: m.body,
    bodyName: m.bodyName ?? '',
    date: m.date ?? '',
    startTime: m.startTime ?? '',
    endTime: m.endTime ?? '',
    place: m.place ?? '',
    remote: m.remote,
    chair: m.chair ?? '',
    secretary: m.secretary ?? '',
    minuteCheckers: m.minuteCheckers.join('\n'),
    present: m.attendance.filter((a) => a.present).map((a) => a.name).join('\n'),
    absent: m.attendance.filter((a) => !a.present).map((a) => a.name).join('\n'),
  };
}

const emptyItem = (): ItemForm => ({ title: '', proposal: '', discussion: '', decision: '', focusAreaIds: [], attachments: '' });

/** A § as the API takes it, from its form (the other way round from `itemOf`). */
function itemToDto(f: ItemForm) {
  return {
    title: f.title,
    proposal: orNull(f.proposal),
    discussion: orNull(f.discussion),
    decision: orNull(f.decision),
    focusAreaIds: f.focusAreaIds,
    attachments: parseAttachments(f.attachments),
  };
}

function itemOf(i: MeetingItemDto): ItemForm {
  return {
    title: i.title,
    proposal: i.proposal ?? '',
    discussion: i.discussion ?? '',
    decision: i.decision ?? '',
    focusAreaIds: i.focusAreas.map((f) => f.id),
    attachments: i.attachments.map((a) => `${a.title} | ${a.url}`).join('\n'),
  };
}

/**
 * Writing the minutes: `/meetings/new` (start, or import a minutes text with a preview) and
 * `/meetings/:id/edit` (header, § items, draft → checked → approved, reopen with a reason, a
 * decision → yearly action or follow-up, DOCX/PDF export). The API decides who may write.
 */
@Component({
  selector: 'su-meeting-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTextComponent, FormsModule, RouterLink, TranslocoPipe],
  templateUrl: './meeting-editor-page.html',
  styleUrl: './editor.css',
})
export class MeetingEditorPage {
  /** Route parameter; absent on `/meetings/new`. */
  readonly id = input<string>();

  private readonly api = inject(GovernanceApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);

  protected readonly regions = signal<RegionDto[]>([]);
  protected readonly focusAreas = signal<PlanOptionsDto['focusAreas']>([]);
  protected readonly meeting = signal<MeetingDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected header: HeaderForm = emptyHeader();
  protected items: Record<string, ItemForm> = {};
  protected newItem = emptyItem();
  protected reopenReason = '';
  protected actionForms: Record<string, { focusAreaId: string; year: number; title: string }> = {};
  protected followUpForms: Record<string, { title: string; owner: string; dueDate: string }> = {};
  protected importText = '';
  protected readonly preview = signal<MinutesImportPreviewDto | null>(null);

  protected readonly isDraft = computed(() => this.meeting()?.status === 'draft');
  protected readonly writableRegions = computed(() => this.regions().filter((r) => this.auth.canWriteRegion(r.id)));
  protected readonly orgWide = computed(() => this.auth.hasRole('admin', 'management'));

  constructor() {
    queueMicrotask(() => void this.load());
  }

  protected regionName(r: RegionDto): string {
    return localized(r.name, this.language.current());
  }

  protected focusAreaLabel(id: string): string {
    const fa = this.focusAreas().find((f) => f.id === id);
    return fa ? `${fa.code ?? ''} ${fa.title}`.trim() : id;
  }

  private async load(): Promise<void> {
    try {
      const [regions, focusAreas] = await Promise.all([this.api.regions(), this.api.focusAreas()]);
      this.regions.set(regions);
      this.focusAreas.set(focusAreas);
      const id = this.id();
      if (id) this.show(await this.api.meeting(id));
      else if (!this.header.regionId) this.header.regionId = this.writableRegions()[0]?.id ?? '';
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    }
  }

  private show(m: MeetingDto): void {
    this.meeting.set(m);
    this.header = headerOf(m);
    this.items = Object.fromEntries(m.items.map((i) => [i.id, itemOf(i)]));
    for (const i of m.items) {
      this.actionForms[i.id] ??= { focusAreaId: i.focusAreas[0]?.id ?? '', year: Number((m.date ?? '').slice(0, 4)) || helsinkiYear(), title: i.title };
      this.followUpForms[i.id] ??= { title: '', owner: '', dueDate: '' };
    }
  }

  /** Runs a write; shows the answer or the API's error (translated) in the live region. */
  private async run(write: () => Promise<MeetingDto | void>, notice: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const m = await write();
      if (m) this.show(m);
      this.notice.set(notice);
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async create(): Promise<void> {
    await this.run(async () => {
      const m = await this.api.createMeeting(headerToDto(this.header));
      await this.router.navigate(['/meetings', m.id, 'edit']);
      return m;
    }, 'governance.editor.created');
  }

  protected saveHeader(): Promise<void> {
    const m = this.meeting();
    if (!m) return Promise.resolve();
    return this.run(() => this.api.updateMeeting(m.id, { ...headerToDto(this.header), version: m.version }), 'governance.editor.saved');
  }

  protected saveItem(item: MeetingItemDto): Promise<void> {
    const m = this.meeting();
    const f = this.items[item.id];
    if (!m || !f) return Promise.resolve();
    return this.run(() => this.api.updateItem(m.id, item.id, { version: m.version, ...itemToDto(f) }), 'governance.editor.saved');
  }

  protected deleteItem(item: MeetingItemDto): Promise<void> {
    const m = this.meeting();
    if (!m) return Promise.resolve();
    return this.run(() => this.api.deleteItem(m.id, item.id, m.version), 'governance.editor.saved');
  }

  protected async addItem(): Promise<void> {
    const m = this.meeting();
    if (!m) return;
    await this.run(() => this.api.addItem(m.id, { version: m.version, ...itemToDto(this.newItem) }), 'governance.editor.itemAdded');
    if (!this.error()) this.newItem = emptyItem();
  }

  protected step(step: 'check' | 'approve'): Promise<void> {
    const m = this.meeting();
    if (!m) return Promise.resolve();
    return this.run(() => this.api.transition(m.id, step, m.version), `governance.editor.done.${step}`);
  }

  protected async reopen(): Promise<void> {
    const m = this.meeting();
    if (!m) return;
    await this.run(() => this.api.reopen(m.id, m.version, this.reopenReason), 'governance.editor.done.reopen');
    if (!this.error()) this.reopenReason = '';
  }

  protected createAction(item: MeetingItemDto): Promise<void> {
    const m = this.meeting();
    const f = this.actionForms[item.id];
    if (!m || !f) return Promise.resolve();
    return this.run(() => this.api.createAction(m.id, item.id, { focusAreaId: f.focusAreaId, year: Number(f.year), title: f.title }), 'governance.editor.actionCreated');
  }

  protected async createFollowUp(item: MeetingItemDto): Promise<void> {
    const m = this.meeting();
    const f = this.followUpForms[item.id];
    if (!m || !f) return;
    await this.run(() => this.api.createFollowUp(m.id, item.id, f), 'governance.editor.followUpCreated');
    if (!this.error()) this.followUpForms[item.id] = { title: '', owner: '', dueDate: '' };
  }

  protected toggleFollowUp(followUp: { id: string; done: boolean; version: number }): Promise<void> {
    const m = this.meeting();
    if (!m) return Promise.resolve();
    return this.run(() => this.api.updateFollowUp(m.id, followUp.id, { done: !followUp.done, version: followUp.version }), 'governance.editor.saved');
  }

  protected async previewImport(): Promise<void> {
    this.error.set(null);
    try {
      this.preview.set(await this.api.previewImport(this.importText));
    } catch (e) {
      this.error.set(apiErrorMessage(e));
    }
  }

  protected async saveImport(): Promise<void> {
    await this.run(async () => {
      const m = await this.api.saveImport({ ...headerToDto(this.header), text: this.importText });
      await this.router.navigate(['/meetings', m.id, 'edit']);
      return m;
    }, 'governance.editor.imported');
  }
}
