import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PURCHASE_EVENT_TYPES,
  defaultPolicy,
  processDefinition,
  toMermaid,
} from '../../src/process/index.js';
import { mermaidEdge } from '../../src/process/definition.js';

describe('processDefinition and toMermaid', () => {
  it('draws every transition of the definition', () => {
    for (const policy of [undefined, defaultPolicy({ buyclass: 'modified-rebuy' }), defaultPolicy({ buyclass: 'straight-rebuy' })]) {
      const mermaid = toMermaid(policy).split('\n');
      const definition = processDefinition(policy);
      for (const t of definition.transitions) expect(mermaid).toContain(`  ${mermaidEdge(t)}`);
      expect(mermaid.filter((l) => l.includes('-->') && !l.includes('[*]'))).toHaveLength(definition.transitions.length);
    }
  });
  it('covers every event type', () => {
    const events = new Set(processDefinition(defaultPolicy({ buyclass: 'modified-rebuy' })).transitions.map((t) => t.event));
    expect([...events].sort()).toEqual([...PURCHASE_EVENT_TYPES].sort());
    expect(toMermaid()).toContain('decision --> awarded: supplierSelected [unknown-supplier, excluded-supplier, no-offer] (decider)');
  });
});

describe('the diagram in docs/process.md', () => {
  it('is what toMermaid() draws for the new-task policy, and labels states with their step ids', () => {
    const guide = readFileSync('docs/process.md', 'utf8');
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(block).toBe(toMermaid());
    expect(toMermaid()).toContain('  state "supplier-search" as supplier_search');
  });
});
