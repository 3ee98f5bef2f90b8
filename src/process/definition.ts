/**
 * The machine as data, for documentation, diagrams and tools.
 *
 * @module
 */
import { parse } from '../_lib/parse.js';
import { deepFreeze } from '../_lib/freeze.js';
import { STEPS, type Role, type Step } from '../_lib/vocabulary.js';
import type { PurchaseEventType } from './events.js';
import { GUARDS, skipGuards, type PurchaseGuard } from './guards.js';
import { EVENT_TARGETS, STATUS_EVENTS } from './machine.js';
import { BUYCLASS_POLICIES, policySchema, type PurchasePolicy } from './policy.js';
import { OUTCOMES, type Outcome, type PurchaseStatus } from './state.js';

/** One arrow of the machine: an event that takes a status to another (or to itself), and the guards it passes. */
export interface ProcessTransition {
  readonly from: PurchaseStatus;
  readonly to: PurchaseStatus;
  readonly event: PurchaseEventType;
  /** The step guards of the event (`chronological` and `role` apply to every event). */
  readonly guards: readonly PurchaseGuard[];
  /** The roles the policy reserves the event to, when it does. */
  readonly roles?: readonly Role[];
}

/** The machine of a policy: its steps, outcomes, initial step and every transition. */
export interface ProcessDefinition {
  readonly initial: Step;
  readonly steps: readonly Step[];
  readonly outcomes: readonly Outcome[];
  /** Guards checked for every event, before the step's own. */
  readonly globalGuards: readonly PurchaseGuard[];
  readonly transitions: readonly ProcessTransition[];
}

/**
 * Describes the machine of a policy as data: every transition with its event, guards and
 * roles — forward moves, events that stay in a step, returns to every earlier step,
 * the skips the policy allows, and abandonment. The guards come from the very table
 * `transition` checks with, per policy: every guard that can refuse an event is drawn on
 * its arrow (as `no-negotiation` under an open procedure, `min-shortlisted` on a skip into
 * negotiation).
 *
 * @param policy - the policy (default: the new-task policy, which skips nothing).
 * @returns the definition.
 * @throws BuygridInputError when the policy has the wrong shape.
 *
 * @example
 * ```ts
 * import { defaultPolicy, processDefinition } from 'buygrid/process';
 * const definition = processDefinition(defaultPolicy({ buyclass: 'straight-rebuy' }));
 * definition.transitions.find((t) => t.event === 'stepSkipped');
 * //=> { from: 'specification', to: 'decision', guards: ['skip-not-allowed', 'must-requirement'] }
 * ```
 */
export function processDefinition(policy: PurchasePolicy = BUYCLASS_POLICIES['new-task']): ProcessDefinition {
  return definitionOf(parse(policySchema(), policy, 'policy'));
}

function definitionOf(policy: PurchasePolicy): ProcessDefinition {
  const transitions: ProcessTransition[] = [];
  const add = (
    from: PurchaseStatus,
    to: PurchaseStatus,
    event: PurchaseEventType,
    guards: readonly PurchaseGuard[],
  ): void => {
    const roles = policy.roles[event];
    transitions.push(
      roles === undefined || roles.length === 0 ? { from, to, event, guards } : { from, to, event, guards, roles },
    );
  };
  for (const [status, events] of Object.entries(STATUS_EVENTS) as [PurchaseStatus, readonly PurchaseEventType[]][]) {
    for (const event of events) {
      if (event === 'stepRevisited' || event === 'stepSkipped') continue;
      const target = (EVENT_TARGETS as Partial<Record<PurchaseEventType, PurchaseStatus>>)[event] ?? status;
      add(status, target, event, GUARDS[event].names(policy));
    }
  }
  STEPS.forEach((from, i) => {
    for (const to of STEPS.slice(0, i)) add(from, to, 'stepRevisited', GUARDS.stepRevisited.names(policy));
  });
  for (const rule of policy.skips) add(rule.from, rule.to, 'stepSkipped', skipGuards(rule));
  return deepFreeze({
    initial: STEPS[0],
    steps: STEPS,
    outcomes: OUTCOMES,
    globalGuards: ['chronological', 'role'],
    transitions,
  });
}

const node = (status: PurchaseStatus): string => status.replace(/-/g, '_');

/**
 * Text safe inside a Mermaid label: anything but letters, digits, spaces, hyphens and commas
 * becomes a Mermaid entity (`#34;`), so no value can end the line or open a directive
 * (`click … href "javascript:…"`), whatever a policy holds.
 */
export function mermaidText(text: string): string {
  return text.replace(/[^A-Za-z0-9 ,-]/g, (c) => `#${String(c.codePointAt(0))};`);
}

/**
 * Draws the machine of a policy as a Mermaid `stateDiagram-v2`: one arrow per transition of
 * {@link processDefinition}, labelled with its event and guards, and the states shown under
 * their step ids (`need-recognition`, not `need_recognition`).
 *
 * @param policy - the policy (default: the new-task policy).
 * @returns the Mermaid source.
 * @throws BuygridInputError when the policy has the wrong shape.
 *
 * @example
 * ```ts
 * import { toMermaid } from 'buygrid/process';
 * toMermaid().split('\n')[0];
 * //=> 'stateDiagram-v2'
 * toMermaid().includes('negotiation --> decision: decisionRequested [min-offers]');
 * //=> true
 * ```
 */
export function toMermaid(policy?: PurchasePolicy): string {
  const definition = processDefinition(policy);
  const lines = ['stateDiagram-v2', `  [*] --> ${node(definition.initial)}`];
  // Mermaid ids cannot hold a hyphen: label those states with their real names.
  for (const status of [...definition.steps, ...definition.outcomes]) {
    if (node(status) !== status) lines.push(`  state "${mermaidText(status)}" as ${node(status)}`);
  }
  for (const t of definition.transitions) lines.push(`  ${mermaidEdge(t)}`);
  for (const outcome of definition.outcomes) lines.push(`  ${node(outcome)} --> [*]`);
  return lines.join('\n');
}

/** The Mermaid line of one transition, as `negotiation --> decision: decisionRequested [min-offers]`. */
export function mermaidEdge(t: ProcessTransition): string {
  const guards = t.guards.length === 0 ? '' : ` [${mermaidText(t.guards.join(', '))}]`;
  const roles = t.roles === undefined ? '' : ` (${mermaidText(t.roles.join(' or '))})`;
  return `${node(t.from)} --> ${node(t.to)}: ${mermaidText(t.event)}${guards}${roles}`;
}
