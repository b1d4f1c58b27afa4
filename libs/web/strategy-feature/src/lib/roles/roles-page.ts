import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PersonDto, RegionDto, ResponsibleRoleDto } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';
import { localized } from '@suunta/web-core';
import { DataLangDirective, DataTextComponent, DIALOG_DEFAULTS } from '@suunta/web-ui';
import { StrategyPageBase } from '../shared/strategy-page.base';
import { PersonFormDialog, RetireDialog, RoleFormDialog } from './role-dialogs';
import { PageNotices } from '../shared/page-notices';
import { MoveButtons } from '../shared/move-buttons';

/** Moves one id a step up or down in a list of ids (the order the API is sent). */
export function moved(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/**
 * The responsible roles the strategy names (in display order) and the people who hold them.
 * Management and admins add, rename, reorder and retire roles, and add, edit and retire people.
 * A retired role stays wherever it is already named, marked as retired, and is not offered for
 * new links; a retired person stays listed, marked.
 */
@Component({
  selector: 'su-roles-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslocoPipe, DataTextComponent, DataLangDirective, PageNotices, MoveButtons],
  template: `
    <h1>{{ 'strategy.roles.title' | transloco }}</h1>
    <p class="muted lead">{{ 'strategy.roles.lead' | transloco }}</p>
    <su-page-notices [page]="this" noticeTestId="roles-notice" />

    <section aria-labelledby="roles-h">
      <div class="section-head">
        <h2 id="roles-h">{{ 'strategy.roles.heading' | transloco }}</h2>
        @if (canManage()) {
          <button mat-stroked-button type="button" (click)="addRole()" data-testid="add-role"><mat-icon aria-hidden="true">add</mat-icon>{{ 'strategy.roles.add' | transloco }}</button>
        }
      </div>
      <ol class="items" data-testid="role-list">
        @for (role of store.roles(); track role.id; let first = $first; let last = $last) {
          <li [class.retired]="role.retiredAt" [attr.data-role-code]="role.code">
            <div class="what">
              <span class="name"><su-data-text [text]="role.name" /></span>
              <span class="muted small">{{ role.code }} · {{ 'strategy.roles.kinds.' + role.kind | transloco }} · {{ 'strategy.roles.scopes.' + role.scope | transloco }}</span>
              @if (role.retiredAt) { <span class="badge">{{ 'strategy.roles.retiredMark' | transloco }}</span> }
            </div>
            @if (canManage()) {
              <div class="buttons">
                <su-move-buttons [itemId]="role.id" [name]="nameOf(role)" [first]="first" [last]="last" (move)="move(role, $event)" />
                <button mat-button type="button" (click)="editRole(role)" [attr.aria-label]="'strategy.roles.editNamed' | transloco: { name: nameOf(role) }" data-testid="edit-role">
                  {{ 'strategy.roles.rename' | transloco }}</button>
                <button mat-button type="button" (click)="toggleRole(role)" data-testid="retire-role"
                  [attr.aria-label]="(role.retiredAt ? 'strategy.roles.reinstateNamed' : 'strategy.roles.retireNamed') | transloco: { name: nameOf(role) }">
                  {{ (role.retiredAt ? 'strategy.roles.reinstate' : 'strategy.roles.retire') | transloco }}</button>
              </div>
            }
          </li>
        }
      </ol>
    </section>

    <section aria-labelledby="people-h">
      <div class="section-head">
        <h2 id="people-h">{{ 'strategy.people.heading' | transloco }}</h2>
        @if (canManage()) {
          <button mat-stroked-button type="button" (click)="addPerson()" data-testid="add-person"><mat-icon aria-hidden="true">person_add</mat-icon>{{ 'strategy.people.add' | transloco }}</button>
        }
      </div>
      @if (people().length) {
        <ul class="items" data-testid="people-list">
          @for (person of people(); track person.id; let first = $first; let last = $last) {
            <li [class.retired]="person.retiredAt" data-testid="person">
              <div class="what">
                <span class="name">{{ person.name }}</span>
                @if (person.title || person.organization) { <span class="muted small" suDataLang>{{ subtitle(person) }}</span> }
                <span class="small">{{ rolesOf(person) || ('strategy.people.noRoles' | transloco) }}@if (regionsOf(person); as r) { · {{ r }} }</span>
                @if (person.retiredAt) { <span class="badge">{{ 'strategy.people.retiredMark' | transloco }}</span> }
              </div>
              @if (canManage()) {
                <div class="buttons">
                  <su-move-buttons [itemId]="person.id" [name]="person.name" [first]="first" [last]="last" idPrefix="person-" (move)="movePerson(person, $event)" />
                  <button mat-button type="button" (click)="editPerson(person)" [attr.aria-label]="'strategy.people.editNamed' | transloco: { name: person.name }">{{ 'strategy.people.editShort' | transloco }}</button>
                  <button mat-button type="button" (click)="togglePerson(person)"
                    [attr.aria-label]="(person.retiredAt ? 'strategy.roles.reinstateNamed' : 'strategy.roles.retireNamed') | transloco: { name: person.name }">
                    {{ (person.retiredAt ? 'strategy.roles.reinstate' : 'strategy.roles.retire') | transloco }}</button>
                </div>
              }
            </li>
          }
        </ul>
      } @else {
        <p class="muted">{{ 'strategy.people.none' | transloco }}</p>
      }
    </section>
    <p><a routerLink="/strategy">{{ 'strategy.import.back' | transloco }}</a></p>
  `,
  styles: `
    :host { display: block; max-width: 960px; }
    .section-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; margin-top: 24px; }
    .section-head h2 { flex: 1 1 12rem; min-width: 0; overflow-wrap: anywhere; margin: 0; }
    .items { list-style: none; padding: 0; margin: 8px 0; }
    .items li { display: flex; flex-wrap: wrap; gap: 4px 12px; justify-content: space-between; align-items: center; padding: 8px 0; border-bottom: 1px solid var(--su-border); }
    .what { display: flex; flex-direction: column; min-width: 0; flex: 1 1 220px; overflow-wrap: anywhere; }
    .name { font-weight: 500; }
    .small { font-size: 0.85rem; }
    .buttons { display: flex; flex-wrap: wrap; gap: 2px; }
    .retired .name { text-decoration: line-through; }
    .badge { align-self: flex-start; font-size: 0.8rem; padding: 0 6px; border: 1px solid currentColor; border-radius: 4px; margin-top: 2px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RolesPage extends StrategyPageBase implements OnInit {
  private readonly dialogs = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly people = signal<PersonDto[]>([]);
  readonly regions = signal<RegionDto[]>([]);
  private readonly roleName = computed(() => new Map(this.store.roles().map((r) => [r.id, localized(r.name, this.language.current())])));
  private readonly regionName = computed(() => new Map(this.regions().map((r) => [r.id, localized(r.name, this.language.current())])));

  async ngOnInit(): Promise<void> {
    await Promise.all([this.store.loadLists(true), this.loadPeople(), this.api.regions().then((r) => this.regions.set(r))]);
  }

  protected nameOf(role: ResponsibleRoleDto): string {
    return localized(role.name, this.language.current());
  }
  protected subtitle(person: PersonDto): string {
    return [person.title, person.organization].filter((v) => !!v).join(', ');
  }
  protected rolesOf(person: PersonDto): string {
    return person.roleIds.map((id) => this.roleName().get(id) ?? '').filter(Boolean).join(', ');
  }
  protected regionsOf(person: PersonDto): string {
    return person.regionIds.map((id) => this.regionName().get(id) ?? '').filter(Boolean).join(', ');
  }

  protected async addRole(): Promise<void> {
    await this.edit(RoleFormDialog, {});
  }
  protected async editRole(role: ResponsibleRoleDto): Promise<void> {
    await this.edit(RoleFormDialog, { node: role });
  }

  protected async move(role: ResponsibleRoleDto, step: -1 | 1): Promise<void> {
    const ids = moved(this.store.roles().map((r) => r.id), role.id, step);
    if (await this.change(() => this.api.reorderRoles(ids), 'roles.moved')) this.keepFocus('', role.id, step);
  }

  /** People are reordered like the roles (the list is in the order the API keeps). */
  protected async movePerson(person: PersonDto, step: -1 | 1): Promise<void> {
    const ids = moved(this.people().map((p) => p.id), person.id, step);
    const done = await this.change(() => this.api.reorderPeople(ids), 'roles.moved');
    await this.loadPeople();
    if (done) this.keepFocus('person-', person.id, step);
  }

  /** Keeps the keyboard where it was: on the same arrow of the moved row, or the other one at an end. */
  private keepFocus(prefix: string, id: string, step: -1 | 1): void {
    setTimeout(() => {
      const root = this.host.nativeElement;
      const same = root.querySelector<HTMLButtonElement>(`#${prefix}${step < 0 ? 'up' : 'down'}-${CSS.escape(id)}`);
      (same && !same.disabled ? same : root.querySelector<HTMLButtonElement>(`#${prefix}${step < 0 ? 'down' : 'up'}-${CSS.escape(id)}`))?.focus();
    });
  }

  protected async toggleRole(role: ResponsibleRoleDto): Promise<void> {
    const retire = !role.retiredAt;
    if (retire && !(await this.ask(this.nameOf(role), 'role'))) return;
    await this.change(() => this.api.setRoleRetired(role.id, role.version, retire), retire ? 'roles.retired' : 'roles.reinstated');
  }

  protected async addPerson(): Promise<void> {
    if (await this.edit(PersonFormDialog, { roles: this.store.roles(), regions: this.regions() })) await this.loadPeople();
  }
  protected async editPerson(person: PersonDto): Promise<void> {
    await this.edit(PersonFormDialog, { node: person, roles: this.store.roles(), regions: this.regions() });
    await this.loadPeople();
  }
  protected async togglePerson(person: PersonDto): Promise<void> {
    const retire = !person.retiredAt;
    if (retire && !(await this.ask(person.name, 'person'))) return;
    await this.change(() => this.api.setPersonRetired(person.id, person.version, retire), retire ? 'people.retired' : 'people.reinstated');
    await this.loadPeople();
  }

  private async loadPeople(): Promise<void> {
    this.people.set(await this.api.people());
  }

  private async ask(name: string, what: 'role' | 'person'): Promise<boolean> {
    const ref = this.dialogs.open<RetireDialog, unknown, boolean>(RetireDialog, { ...DIALOG_DEFAULTS, data: { name, what }, role: 'alertdialog' });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}

