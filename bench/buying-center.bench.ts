// The cost of analyzeBuyingCenter (validation included) on a 12-member center, and of an
// immer update, each against a hand-written loop that computes the same result without
// validating.
import { bench, describe } from 'vitest';
import { analyzeBuyingCenter } from '../src/buying-center/analyze.js';
import { createBuyingCenter } from '../src/buying-center/center.js';
import type { BuyingCenter, Member, Stance } from '../src/buying-center/schema.js';
import { assignRole } from '../src/buying-center/updates.js';
import { ROLES, type Role } from '../src/_lib/vocabulary.js';

const STANCES: readonly Stance[] = ['champion', 'supporter', 'neutral', 'skeptic', 'blocker'];
const center = createBuyingCenter({
  organization: { type: 'company', employees: 2000 },
  members: Array.from({ length: 12 }, (_, i) => ({
    id: `m${String(i)}`,
    name: `Member ${String(i)}`,
    roles: [ROLES[i % ROLES.length] ?? 'user', ROLES[(i + 3) % ROLES.length] ?? 'user'],
    influence: ((i * 37) % 100) / 100,
    stance: STANCES[i % STANCES.length] ?? 'neutral',
  })),
});
const SCORE: Record<Stance, number> = { champion: 1, supporter: 0.5, neutral: 0, skeptic: -0.5, blocker: -1 };
const DECISION: readonly Role[] = ['decider', 'approver'];

function handWritten(c: BuyingCenter): unknown {
  const members = c.members;
  let weight = 0;
  let sum = 0;
  let decider = false;
  let champion = false;
  const blockers: string[] = [];
  const held = new Set<Role>();
  for (const m of members) {
    weight += m.influence;
    sum += m.influence * SCORE[m.stance ?? 'neutral'];
    for (const r of m.roles) held.add(r);
    if (m.roles.includes('decider')) decider = true;
    if (m.stance === 'champion') champion = true;
    if (m.stance === 'blocker' && m.influence >= 0.5) blockers.push(m.id);
  }
  const warnings: { code: string; message: string }[] = [];
  if (!decider) warnings.push({ code: 'no-decider', message: 'No decider.' });
  if (members.length < 2) warnings.push({ code: 'single-threaded', message: 'One contact.' });
  if (blockers.length > 0) warnings.push({ code: 'influential-blocker', message: blockers.join(', ') });
  if (!champion) warnings.push({ code: 'no-champion', message: 'No champion.' });
  for (const r of DECISION) if (!held.has(r)) warnings.push({ code: 'missing-role', message: r });
  const keyPlayers: Member[] = [...members].sort((a, b) => b.influence - a.influence);
  return { size: members.length, keyPlayers, support: weight === 0 ? 0 : sum / weight, warnings };
}

describe('analyze a 12-member center at the decision step', () => {
  bench('baseline: hand-written loop (no validation)', () => {
    handWritten(center);
  });
  bench('buygrid: analyzeBuyingCenter', () => {
    analyzeBuyingCenter(center, { step: 'decision' });
  });
});

describe('assign a role in a 12-member center', () => {
  bench('baseline: hand-written spread + freeze (no validation)', () => {
    const members = center.members.map((m, i) =>
      i === 5 ? Object.freeze({ ...m, roles: Object.freeze([...m.roles, 'gatekeeper' as const]) }) : m,
    );
    Object.freeze({ ...center, members: Object.freeze(members) });
  });
  bench('buygrid: assignRole (validation + immer)', () => {
    assignRole(center, 'm5', 'gatekeeper');
  });
});
