import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type {
  CriticalSuccessFactorNode,
  EvaluationCriterionNode,
  FocusAreaLineageDto,
  FocusAreaLineageNode,
  FocusAreaNode,
  StrategyActionNode,
} from '@suunta/shared-domain';
import { NUMERIC_TARGET_KINDS } from '@suunta/shared-domain';
import { anchorId, findFocusArea, moveId, type SearchHitKind } from '@suunta/web-strategy-data-access';
import { DataLangDirective, DataTextComponent } from '@suunta/web-ui';
import { FocusAreaIndicatorsComponent } from '@suunta/web-indicators-ui';
import { ActionFormDialog } from '../dialogs/action-form-dialog';
import { ConfirmDialog } from '../dialogs/confirm-dialog';
import { CriterionFormDialog } from '../dialogs/criterion-form-dialog';
import { NodeFormDialog } from '../dialogs/node-form-dialog';
import { RoleChips } from '../shared/role-chips';
import { FocusAreaDecisions } from './focus-area-decisions';
import { StrategyPageBase } from '../shared/strategy-page.base';
import { MoveButtons } from '../shared/move-buttons';
import { PageNotices } from '../shared/page-notices';

/**
 * The drill-down of one focus area: its critical success factors, their evaluation criteria
 * (how measured, target, how often, responsible) and the goals/actions with their roles; in a
 * draft, editing at every level. Also where the focus area came from and went to across versions.
 */
@Component({
  selector: 'su-focus-area-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslocoPipe, RoleChips, FocusAreaDecisions, DataTextComponent, DataLangDirective, FocusAreaIndicatorsComponent, PageNotices, MoveButtons],
  templateUrl: './focus-area-page.html',
  styleUrls: ['../shared/strategy-page.css', './focus-area-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FocusAreaPage extends StrategyPageBase {
  readonly strategyId = input.required<string>();
  readonly focusAreaId = input.required<string>();
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fragment = toSignal(inject(ActivatedRoute).fragment);

  protected readonly focusArea = computed(() => {
    const tree = this.store.tree();
    return tree ? findFocusArea(tree, this.focusAreaId()) ?? null : null;
  });
  protected readonly lineage = signal<FocusAreaLineageDto | null>(null);
  protected readonly earlier = computed(() => this.lineage()?.nodes.filter((n) => n.distance < 0).reverse() ?? []);
  protected readonly later = computed(() => this.lineage()?.nodes.filter((n) => n.distance > 0) ?? []);
  protected readonly anchor = (kind: SearchHitKind, id: string) => anchorId(kind, id);
  protected readonly hasNumericTarget = (c: EvaluationCriterionNode) => NUMERIC_TARGET_KINDS.includes(c.measurementKind);

  constructor() {
    super();
    // only the route parameters are tracked: loading writes the store's signals
    effect(() => {
      const strategyId = this.strategyId();
      untracked(() => {
        if (this.store.tree()?.strategy.id !== strategyId) void this.store.open(strategyId);
        else this.store.state.set('ready');
      });
    });
    effect(() => {
      const id = this.focusAreaId();
      untracked(() => {
        this.lineage.set(null);
        this.api.lineage(id).then(
          (l) => this.lineage.set(l),
          () => this.lineage.set(null),
        );
      });
    });
    // a search result or link with #criterion-… lands on (and focuses) that item
    effect(() => {
      const fragment = this.fragment();
      if (!fragment || !this.focusArea()) return;
      setTimeout(() => {
        const target = this.host.nativeElement.querySelector<HTMLElement>(`[id="${CSS.escape(fragment)}"]`);
        target?.scrollIntoView({ block: 'start' });
        target?.focus({ preventScroll: true });
      });
    });
  }

  protected strengthKey(node: FocusAreaLineageNode): string {
    const link = this.lineage()?.links.find((l) => l.fromFocusAreaId === node.focusAreaId || l.toFocusAreaId === node.focusAreaId);
    return link?.kind === 'copy' ? 'strategy.focusArea.copied' : `strategy.focusArea.strength.${link?.strength ?? 'strong'}`;
  }

  // ---------------------------------------------------------------- editing
  protected editFocusArea(fa: FocusAreaNode): void {
    void this.edit(NodeFormDialog, { kind: 'focusArea', parentId: fa.strategyId, node: fa });
  }
  protected async deleteFocusArea(fa: FocusAreaNode): Promise<void> {
    if (!(await this.confirm(ConfirmDialog, fa.title))) return;
    if (await this.change(() => this.api.deleteNode('focusArea', fa.id, fa.version), 'edit.deleted')) {
      await this.router.navigate(['/strategy', fa.strategyId]);
    }
  }
  protected addCsf(fa: FocusAreaNode): void {
    void this.edit(NodeFormDialog, { kind: 'csf', parentId: fa.id });
  }
  protected editCsf(csf: CriticalSuccessFactorNode): void {
    void this.edit(NodeFormDialog, { kind: 'csf', parentId: csf.focusAreaId, node: csf });
  }
  protected addCriterion(csf: CriticalSuccessFactorNode): void {
    void this.edit(CriterionFormDialog, { csfId: csf.id, roles: this.store.roles() });
  }
  protected editCriterion(criterion: EvaluationCriterionNode): void {
    void this.edit(CriterionFormDialog, { csfId: criterion.csfId, node: criterion, roles: this.store.roles() });
  }
  protected addAction(criterion: EvaluationCriterionNode): void {
    void this.edit(ActionFormDialog, { criterionId: criterion.id, roles: this.store.roles() });
  }
  protected editAction(action: StrategyActionNode): void {
    void this.edit(ActionFormDialog, { criterionId: action.criterionId, node: action, roles: this.store.roles() });
  }
  /** Deletes a CSF, a criterion or an action after asking (the API refuses one still in use). */
  protected async deleteNode(kind: 'csf' | 'criterion' | 'action', node: { id: string; version: number }, name: string): Promise<void> {
    if (await this.confirm(ConfirmDialog, name)) await this.change(() => this.api.deleteNode(kind, node.id, node.version), 'edit.deleted');
  }
  /** Moves one child of a focus area, CSF or criterion a step up or down among its siblings. */
  protected moveChild(parentKind: 'focusArea' | 'csf' | 'criterion', parentId: string, siblings: readonly { id: string }[], child: { id: string }, delta: -1 | 1): void {
    const ids = moveId(siblings.map((c) => c.id), child.id, delta);
    void this.change(() => this.api.reorder(parentKind, parentId, ids), 'edit.reordered');
  }
}
