import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PURCHASE_EVENT_TYPES,
  defaultPolicy,
  processDefinition,
  replay,
  startPurchase,
  toMermaid,
} from '../../src/process/index.js';
import { mermaidEdge, mermaidText } from '../../src/process/definition.js';
import { START, at, walk } from './fixtures.js';

describe('processDefinition and toMermaid', () => {
  it('draws every transition of the definition', () => {
    for (const policy of [
      undefined,
      defaultPolicy({ buyclass: 'modified-rebuy' }),
      defaultPolicy({ buyclass: 'straight-rebuy' }),
    ]) {
      const mermaid = toMermaid(policy).split('\n');
      const definition = processDefinition(policy);
      for (const t of definition.transitions) expect(mermaid).toContain(`  ${mermaidEdge(t)}`);
      expect(mermaid.filter((l) => l.includes('-->') && !l.includes('[*]'))).toHaveLength(
        definition.transitions.length,
      );
    }
  });
  it('draws every guard the machine applies on an arrow, as min-shortlisted on the modified-rebuy skip', () => {
    const policy = defaultPolicy({ buyclass: 'modified-rebuy' }, { minShortlisted: 2 });
    const skip = processDefinition(policy).transitions.find((t) => t.event === 'stepSkipped');
    expect(skip?.guards).toEqual(['skip-not-allowed', 'must-requirement', 'min-shortlisted']);
    const spec = walk(
      startPurchase({
        ...START,
        situation: { buyclass: 'modified-rebuy' },
        knownSuppliers: [{ id: 'k', name: 'K' }],
        policy,
      }),
      [
        { type: 'needQualified', at: at(1) },
        { type: 'requirementAdded', at: at(2), requirement: { id: 'r', text: 't' } },
      ],
    );
    expect(
      replay(
        { ...START, situation: { buyclass: 'modified-rebuy' }, knownSuppliers: [{ id: 'k', name: 'K' }], policy },
        [...spec.history, { type: 'stepSkipped', at: at(3), to: 'negotiation' }],
      ),
    ).toMatchObject({
      ok: false,
      rejection: { guard: 'min-shortlisted' },
    });
    const open = processDefinition(defaultPolicy({ procedure: 'open' })).transitions.find(
      (t) => t.event === 'offerReceived',
    );
    expect(open?.guards).toContain('no-negotiation');
    expect(processDefinition().transitions.find((t) => t.event === 'offerReceived')?.guards).not.toContain(
      'no-negotiation',
    );
  });
  it('escapes what goes into a Mermaid label, and refuses a policy of the wrong shape', () => {
    const evil = {
      ...defaultPolicy(),
      roles: { supplierSelected: ['decider\n  click decision href "javascript:alert(1)"'] },
    } as never;
    expect(() => toMermaid(evil)).toThrow('policy.roles.supplierSelected[0]');
    expect(mermaidText('decider\n click x href "javascript:alert(1)"')).not.toMatch(/[\n"():]/);
    expect(mermaidText('min-offers, no-offer')).toBe('min-offers, no-offer');
  });
  it.each([
    ['a double quote', 'say "hi"', 'say #34;hi#34;'],
    ['a line break', 'a\nb', 'a#10;b'],
    ['a colon and brackets', 'x: (y)', 'x#58; #40;y#41;'],
    ['a non-ASCII letter', 'Zürich', 'Z#252;rich'],
  ])('writes %s in a Mermaid label as the entity of its code point', (_, text, label) => {
    expect(mermaidText(text)).toBe(label);
  });
  it('applies the chronological and role guards to every transition', () => {
    expect(processDefinition().globalGuards).toEqual(['chronological', 'role']);
  });
  it('gives a transition roles only when the policy names some for its event', () => {
    const policy = {
      ...defaultPolicy(),
      roles: { specificationApproved: ['prescriber' as const], supplierSelected: [] },
    };
    const byEvent = processDefinition(policy).transitions;
    expect(byEvent.find((t) => t.event === 'specificationApproved')?.roles).toEqual(['prescriber']);
    const selected = byEvent.find((t) => t.event === 'supplierSelected');
    expect(selected).toBeDefined();
    expect(selected !== undefined && 'roles' in selected).toBe(false);
  });
  it('covers every event type', () => {
    const events = new Set(
      processDefinition(defaultPolicy({ buyclass: 'modified-rebuy' })).transitions.map((t) => t.event),
    );
    expect([...events].sort()).toEqual([...PURCHASE_EVENT_TYPES].sort());
    expect(toMermaid()).toContain(
      'decision --> awarded: supplierSelected [unknown-supplier, excluded-supplier, no-offer] (decider)',
    );
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
