import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { FocusAreaNode, StrategyDto } from '@suunta/shared-domain';
import { localized } from '@suunta/web-core';
import { anchorId, focusAreaCounts, moveId, searchTree } from '@suunta/web-strategy-data-access';
import { DataLangDirective, DataTextComponent } from '@suunta/web-ui';
import { CopyDialog } from '../dialogs/copy-dialog';
import { NodeFormDialog } from '../dialogs/node-form-dialog';
import { StatusDialog } from '../dialogs/status-dialog';
import { StrategyFormDialog } from '../dialogs/strategy-form-dialog';
import { StrategyPageBase } from '../shared/strategy-page.base';
import { PageNotices } from '../shared/page-notices';

/**
 * The readable overview of one strategy version: who approved it, vision, mission, values and
 * tasks, the focus areas as cards with their counts, a search across the whole tree, and the
 * version switcher. Without a version in the URL it opens the default one.
 */
@Component({
  selector: 'su-strategy-overview-page',
  imports: [FormsModule, RouterLink, MatButtonModule, MatCardModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe, DataTextComponent, DataLangDirective, PageNotices],
  templateUrl: './strategy-overview-page.html',
  styleUrls: ['../shared/strategy-page.css', './strategy-overview-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StrategyOverviewPage extends StrategyPageBase {
  /** From the route (`/strategy/:strategyId`); empty on `/strategy`. */
  readonly strategyId = input<string>();
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  protected readonly query = signal('');
  protected readonly tree = this.store.tree;
  protected readonly strategy = computed(() => this.tree()?.strategy ?? null);
  protected readonly predecessor = computed(() => {
    const id = this.strategy()?.predecessorId;
    return id ? this.store.strategies().find((s) => s.id === id) ?? null : null;
  });
  protected readonly hits = computed(() => {
    const tree = this.tree();
    const lang = this.language.current();
    return tree ? searchTree(tree, this.query(), (role) => localized(role.name, lang)) : [];
  });
  protected readonly anchor = anchorId;
  protected readonly counts = focusAreaCounts;

  constructor() {
    super();
    // only the route parameter is tracked: loading writes the store's signals
    effect(() => {
      const id = this.strategyId();
      untracked(() => void (id ? this.store.open(id) : this.openDefault()));
    });
  }

  private async openDefault(): Promise<void> {
    try {
      await this.store.loadLists(true);
    } catch {
      this.store.state.set('error');
      return;
    }
    const target = this.store.defaultVersion();
    if (target) await this.router.navigate(['/strategy', target.id], { replaceUrl: true });
    else this.store.state.set('ready');
  }

  protected switchVersion(id: string): void {
    this.query.set('');
    void this.router.navigate(['/strategy', id]);
  }

  protected statusLabel(status: string): string {
    return this.transloco.translate(`strategy.status.${status}`);
  }

  protected editStrategy(strategy: StrategyDto): void {
    void this.edit(StrategyFormDialog, { node: strategy });
  }

  protected addFocusArea(strategy: StrategyDto): void {
    void this.edit(NodeFormDialog, { kind: 'focusArea', parentId: strategy.id });
  }

  protected async copy(strategy: StrategyDto): Promise<void> {
    const copy = await this.edit<StrategyDto>(CopyDialog, { source: strategy });
    if (copy) {
      await this.router.navigate(['/strategy', copy.id]);
      this.notice.set({ key: 'edit.copied' });
    }
  }

  protected changeStatus(strategy: StrategyDto, target: 'approved' | 'archived'): void {
    void this.edit(StatusDialog, { strategy, target, bodies: this.store.roles().filter((r) => r.kind === 'body' && !r.retiredAt) });
  }

  protected move(fa: FocusAreaNode, delta: -1 | 1): void {
    const tree = this.tree();
    if (!tree) return;
    const ids = moveId(
      tree.focusAreas.map((f) => f.id),
      fa.id,
      delta,
    );
    void this.change(() => this.api.reorder('strategy', tree.strategy.id, ids), 'edit.reordered');
  }

  /** Downloads the version as the JSON document the import endpoint takes. */
  protected async download(strategy: StrategyDto): Promise<void> {
    const document = await this.api.exportDocument(strategy.id);
    const url = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
    const link = Object.assign(window.document.createElement('a'), { href: url, download: `strategy-${strategy.code ?? strategy.id}.json` });
    link.click();
    URL.revokeObjectURL(url);
  }
}
