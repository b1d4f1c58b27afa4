import type { ArchiveRole, EvaluationCriterionDocument, StrategyDocument } from '@suunta/shared-domain';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

/** The namespace of StratML Part 1 (ISO 17469-1:2015, strategic plans). */
export const STRATML_NAMESPACE = 'urn:ISO:std:iso:17469:tech:xsd:stratml_core';

export interface StratmlInput {
  strategy: StrategyDocument;
  organization: { code: string; name: string; fullName: string | null };
  /** The roles the strategy names, for its stakeholders. */
  roles: readonly ArchiveRole[];
  /** Where the plan can be read (the server's address), for AdministrativeInformation/Source. */
  source: string | null;
}

/** A role as a StratML stakeholder: a person's role is a Person, a body (a group, a team) a Generic_Group. */
export function stakeholderOf(role: ArchiveRole): { name: string; type: 'Person' | 'Generic_Group' } {
  return { name: role.name.fi, type: role.kind === 'person' ? 'Person' : 'Generic_Group' };
}

/** What a criterion measures, in one line for the Objective's OtherInformation. */
export function measurementText(c: Pick<EvaluationCriterionDocument, 'measurementKind' | 'unit' | 'yearlyTarget' | 'deadline' | 'frequency' | 'method'>): string {
  const parts = [`measurement: ${c.measurementKind}`];
  if (c.unit) parts.push(`unit: ${c.unit}`);
  if (c.yearlyTarget !== null && c.yearlyTarget !== undefined) parts.push(`yearly target: ${c.yearlyTarget}`);
  if (c.deadline) parts.push(`deadline: ${c.deadline}`);
  if (c.frequency) parts.push(`frequency: ${c.frequency}`);
  if (c.method) parts.push(`method: ${c.method}`);
  return parts.join('; ');
}

/**
 * A strategy as a StratML Part 1 `StrategicPlan` (ISO 17469-1). The mapping:
 * strategy → StrategicPlan (Name, Description = background, OtherInformation = slogan);
 * organization → StrategicPlanCore/Organization with every named role as a Stakeholder;
 * vision, mission and values as they are; focus area → Goal (Identifier `F1`…);
 * evaluation criterion → Objective (Identifier `F1.2.3`, its critical success factor and what it
 * measures in Description/OtherInformation, its roles as Stakeholders); a critical success
 * factor without criteria → one Objective of its own (`F1.2`). Part 1 has no performance
 * indicators (Part 2 does), so the measurement travels as text. Element order follows the XSD.
 */
export function toStratml(input: StratmlInput): string {
  const { strategy: s, organization, roles } = input;
  const roleByCode = new Map(roles.map((r) => [r.code, r]));
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const plan = doc.ele(STRATML_NAMESPACE, 'StrategicPlan');
  const text = (parent: XMLBuilder, name: string, value: string) => parent.ele(STRATML_NAMESPACE, name).txt(value);
  const stakeholders = (parent: XMLBuilder, codes: Iterable<string>) => {
    for (const code of codes) {
      const role = roleByCode.get(code);
      if (!role) continue;
      const { name, type } = stakeholderOf(role);
      const el = parent.ele(STRATML_NAMESPACE, 'Stakeholder', { StakeholderTypeType: type });
      text(el, 'Name', name);
    }
  };

  text(plan, 'Name', s.title);
  if (s.background) text(plan, 'Description', s.background);
  if (s.slogan) text(plan, 'OtherInformation', s.slogan);
  const core = plan.ele(STRATML_NAMESPACE, 'StrategicPlanCore');

  const org = core.ele(STRATML_NAMESPACE, 'Organization');
  text(org, 'Name', organization.fullName ?? organization.name);
  if (organization.fullName && organization.name !== organization.fullName) text(org, 'Acronym', organization.name);
  stakeholders(org, roles.map((r) => r.code));

  if (s.vision) text(core.ele(STRATML_NAMESPACE, 'Vision'), 'Description', s.vision);
  if (s.mission) text(core.ele(STRATML_NAMESPACE, 'Mission'), 'Description', [s.mission, ...(s.missionMeans ?? [])].join('\n'));
  for (const value of s.values ?? []) {
    const el = core.ele(STRATML_NAMESPACE, 'Value');
    text(el, 'Name', value.name);
    text(el, 'Description', value.text);
  }

  s.focusAreas.forEach((fa, i) => {
    const goal = core.ele(STRATML_NAMESPACE, 'Goal');
    text(goal, 'Name', fa.title);
    text(goal, 'Description', fa.description ?? '');
    text(goal, 'Identifier', `F${i + 1}`);
    text(goal, 'SequenceIndicator', String(i + 1));
    fa.csfs.forEach((csf, j) => {
      const objective = (id: string, seq: string, name: string, description: string, codes: Iterable<string>, other: string | null) => {
        const el = goal.ele(STRATML_NAMESPACE, 'Objective');
        text(el, 'Name', name);
        text(el, 'Description', description);
        text(el, 'Identifier', id);
        text(el, 'SequenceIndicator', seq);
        stakeholders(el, codes);
        if (other) text(el, 'OtherInformation', other);
      };
      const actionsText = (actions: { text: string }[]) => (actions.length ? `actions: ${actions.map((a) => a.text).join(' | ')}` : null);
      if (csf.criteria.length === 0) {
        const actions = csf.actions ?? [];
        objective(`F${i + 1}.${j + 1}`, `${i + 1}.${j + 1}`, csf.title, csf.description ?? '', new Set(actions.flatMap((a) => a.roles ?? [])), actionsText(actions));
        return;
      }
      csf.criteria.forEach((c, k) => {
        const codes = new Set([...(c.roles ?? []), ...c.actions.flatMap((a) => a.roles ?? [])]);
        const description = [`${csf.title}:`, c.title, c.description ?? ''].filter(Boolean).join(' ');
        objective(`F${i + 1}.${j + 1}.${k + 1}`, `${i + 1}.${j + 1}.${k + 1}`, c.title, description, codes, [measurementText(c), actionsText(c.actions)].filter(Boolean).join('. '));
      });
    });
  });

  if (s.validFrom || s.validTo || s.approvedOn || input.source) {
    const admin = plan.ele(STRATML_NAMESPACE, 'AdministrativeInformation');
    if (s.validFrom) text(admin, 'StartDate', s.validFrom);
    if (s.validTo) text(admin, 'EndDate', s.validTo);
    if (s.approvedOn) text(admin, 'PublicationDate', s.approvedOn);
    if (input.source) text(admin, 'Source', input.source);
  }
  return doc.end({ prettyPrint: true });
}
