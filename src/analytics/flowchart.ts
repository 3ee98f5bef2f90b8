/**
 * The observed transitions of many purchases, as a Mermaid flowchart weighted by counts:
 * the process-mining view of the five-step machine.
 *
 * @module
 */
import type { PurchaseStatus } from '../process/state.js';
import { STATUSES } from './read-state.js';

/** One observed move, from the start or a status to a status, and how many times purchases made it. */
export interface ObservedTransition {
  readonly from: 'start' | PurchaseStatus;
  readonly to: PurchaseStatus;
  readonly count: number;
}

/** The node of `start` in the counts: after the seven statuses. */
export const START_NODE = STATUSES.length;
/** The size of one side of the square matrix of counts (the statuses and the start). */
export const NODES = STATUSES.length + 1;

const nodeId = (node: 'start' | PurchaseStatus): string => node.replaceAll('-', '_');
const label = (node: 'start' | PurchaseStatus): string => node.replaceAll('-', ' ');

/** The transitions of a matrix of counts (`from * NODES + to`), those never made left out. */
export function transitionsOf(counts: ArrayLike<number>): ObservedTransition[] {
  const out: ObservedTransition[] = [];
  // The start first, then the statuses in the order of the process.
  for (const from of [START_NODE, ...STATUSES.keys()]) {
    for (let to = 0; to < STATUSES.length; to++) {
      const count = counts[from * NODES + to] ?? 0;
      if (count > 0)
        out.push({
          from: from === START_NODE ? 'start' : (STATUSES[from] as PurchaseStatus),
          to: STATUSES[to] as PurchaseStatus,
          count,
        });
    }
  }
  return out;
}

/**
 * A Mermaid `flowchart LR` of observed transitions: each edge labelled with its count and
 * drawn from 1 to 6 px wide in proportion to it; outcomes as rounded nodes.
 */
export function flowchart(transitions: readonly ObservedTransition[]): string {
  const nodes = new Set<'start' | PurchaseStatus>();
  for (const t of transitions) nodes.add(t.from).add(t.to);
  const lines = ['flowchart LR'];
  for (const node of ['start', ...STATUSES] as const) {
    if (!nodes.has(node)) continue;
    const shape =
      node === 'start'
        ? `((${label(node)}))`
        : node === 'awarded' || node === 'abandoned'
          ? `(["${label(node)}"])`
          : `["${label(node)}"]`;
    lines.push(`  ${nodeId(node)}${shape}`);
  }
  const max = Math.max(1, ...transitions.map((t) => t.count));
  transitions.forEach((t) => lines.push(`  ${nodeId(t.from)} -->|${String(t.count)}| ${nodeId(t.to)}`));
  transitions.forEach((t, i) =>
    lines.push(`  linkStyle ${String(i)} stroke-width:${String(1 + Math.round((5 * t.count) / max))}px`),
  );
  return lines.join('\n');
}
