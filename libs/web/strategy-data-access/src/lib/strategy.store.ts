import { computed, inject, Injectable, signal } from '@angular/core';
import type { ResponsibleRoleDto, StrategySummaryDto, StrategyTreeDto } from '@suunta/shared-domain';
import { StrategyApi } from './strategy-api.service';
import { defaultStrategy } from './strategy-tree.util';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * What the strategy pages share: the list of versions, the roles, and the tree of the version
 * being looked at. Signals only; pages call `open()` / `refresh()` and read the signals.
 */
@Injectable({ providedIn: 'root' })
export class StrategyStore {
  private readonly api = inject(StrategyApi);

  readonly strategies = signal<StrategySummaryDto[]>([]);
  readonly roles = signal<ResponsibleRoleDto[]>([]);
  readonly tree = signal<StrategyTreeDto | null>(null);
  readonly state = signal<LoadState>('idle');
  /** The HTTP status of the last failed load (404 = no such strategy). */
  readonly errorStatus = signal<number | null>(null);

  readonly current = computed(() => this.tree()?.strategy ?? null);
  readonly editable = computed(() => this.current()?.status === 'draft');
  readonly defaultVersion = computed(() => defaultStrategy(this.strategies()));

  /** Loads asked for so far; an answer is kept only if no later load was asked for meanwhile. */
  private listLoads = 0;
  private treeLoads = 0;

  /**
   * Loads the versions and roles (once, or again with `force`). When loads overlap (a page's first
   * load still on its way when a save asks again), only the last one's answer is kept: an earlier
   * answer arriving late would put back the lists as they were before the save.
   */
  async loadLists(force = false): Promise<void> {
    if (!force && this.strategies().length > 0) return;
    const load = ++this.listLoads;
    const [strategies, roles] = await Promise.all([this.api.strategies(), this.api.roles()]);
    if (load !== this.listLoads) return;
    this.strategies.set(strategies);
    this.roles.set(roles);
  }

  /** Shows a version: its tree replaces the current one. */
  async open(strategyId: string): Promise<void> {
    if (this.tree()?.strategy.id !== strategyId) this.tree.set(null);
    this.state.set('loading');
    this.errorStatus.set(null);
    const load = ++this.treeLoads;
    try {
      // the lists are read again too: another user may have signed in, or someone added a version
      const [tree] = await Promise.all([this.api.tree(strategyId), this.loadLists(true)]);
      if (load !== this.treeLoads) return;
      this.tree.set(tree);
      this.state.set('ready');
    } catch (error) {
      if (load !== this.treeLoads) return;
      this.errorStatus.set((error as { status?: number }).status ?? 0);
      this.state.set('error');
    }
  }

  /** Reloads the open version and the lists after a change. */
  async refresh(): Promise<void> {
    const id = this.tree()?.strategy.id;
    await this.loadLists(true);
    if (!id) return;
    const load = ++this.treeLoads;
    const tree = await this.api.tree(id);
    if (load === this.treeLoads) this.tree.set(tree);
  }
}
