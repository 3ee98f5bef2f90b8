// The wording of each kind, case by case: what a result holds is said, what it lacks is left
// out, lists show five items and "and N more" (docs/explain.md), and bad options or parts are
// refused by name.
import { describe, expect, it } from 'vitest';
import { replayMany, summarizePurchases } from '../../src/analytics/index.js';
import { createBuyingCenter } from '../../src/buying-center/index.js';
import { fromCrmStage } from '../../src/crm/index.js';
import { explain } from '../../src/explain/index.js';
import fr from '../../src/locales/fr.js';
import { evaluateOffers, startPurchase, type PurchaseEvent } from '../../src/process/index.js';
import { analyzeProspect } from '../../src/prospect/index.js';
import { classifyOrganization, classifySituation } from '../../src/situation/index.js';
import { thrown } from '../_lib/thrown.js';
import { AWARD_EVENTS, MANY, prospect, samples, walk } from './samples.js';

const all = samples();
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const at = (day: number, hour = 9): string =>
  `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

/** A purchase in negotiation with `n` suppliers (s1 … sn), each shortlisted and with one offer. */
function negotiating(n: number): ReturnType<typeof walk> {
  const ids = Array.from({ length: n }, (_, i) => `s${String(i + 1)}`);
  const events: PurchaseEvent[] = [
    ...AWARD_EVENTS.slice(0, 3),
    ...ids.flatMap((id, i): PurchaseEvent[] => [
      { type: 'supplierIdentified', at: at(5, i + 1), supplier: { id, name: id.toUpperCase() } },
      { type: 'supplierShortlisted', at: at(5, i + 1), supplierId: id },
    ]),
    { type: 'negotiationStarted', at: at(6) },
    ...ids.map((id, i): PurchaseEvent => ({
      type: 'offerReceived',
      at: at(7, i + 1),
      offer: { supplierId: id, amount: 1000 + 100 * i, currency: 'EUR' },
    })),
  ];
  return walk(events);
}

describe('explain: a purchase', () => {
  it('a new purchase holds nothing yet: the step and the days only (as the guide shows it)', () => {
    const start = startPurchase({ id: 'deal-42', at: '2026-03-01T09:00:00Z', need: { summary: 'Pallets' } });
    expect(explain(start, { now: '2026-03-04T09:00:00Z' })).toBe(
      'deal-42 (Pallets) · need recognition, step 1 of 5 · 3 days in',
    );
  });

  it('counts only the shortlisted suppliers, not every supplier identified', () => {
    const state = walk([
      ...AWARD_EVENTS.slice(0, 6),
      { type: 'supplierIdentified', at: '2026-03-07T09:30:00Z', supplier: { id: 's2', name: 'Lind' } },
      { type: 'supplierShortlisted', at: '2026-03-07T10:00:00Z', supplierId: 's2' },
    ]);
    expect(state.suppliers).toHaveLength(2);
    expect(explain(state)).toBe(
      'p1 (Forklifts) · supplier search, step 3 of 5 · 6 days in · 1 requirement, 1 shortlisted · 1 revisit (specification)',
    );
  });

  it('names the supplier the purchase was awarded to, not the first one listed', () => {
    const state = walk([
      ...AWARD_EVENTS.slice(0, 3),
      { type: 'supplierIdentified', at: at(5), supplier: { id: 's1', name: 'Haas' } },
      { type: 'supplierIdentified', at: at(5), supplier: { id: 's2', name: 'Lind' } },
      { type: 'supplierShortlisted', at: at(5), supplierId: 's1' },
      { type: 'supplierShortlisted', at: at(5), supplierId: 's2' },
      { type: 'negotiationStarted', at: at(6) },
      { type: 'offerReceived', at: at(6), offer: { supplierId: 's2', amount: 900, currency: 'EUR' } },
      { type: 'decisionRequested', at: at(7) },
      { type: 'supplierSelected', at: at(8), supplierId: 's2' },
    ]);
    expect(explain(state)).toBe('p1 (Forklifts) · awarded to Lind after 7 days');
  });

  it('words an award without its selection record (a hand-made state) without a TypeError', () => {
    const state = plain(walk(AWARD_EVENTS));
    const text = explain({ ...state, selection: null });
    expect(text).toMatch(/^p1 \(Forklifts\) · awarded to /);
    expect(text).not.toContain('undefined');
  });
});

describe('explain: the organization and its size band', () => {
  it('an organization with its size band, alone and in a situation', () => {
    expect(explain(classifyOrganization({ type: 'company', employees: 400 }))).toBe('company, large · private buying');
    expect(
      explain(classifySituation({ buyclass: 'new-task', organization: { type: 'company', employees: 400 } })),
    ).toBe('new task · company, large · private buying');
  });

  it('a situation without quadrant nor importance says neither, in a language whose importance has words of its own', () => {
    expect(explain(classifySituation({ buyclass: 'new-task' }), { locale: fr })).toBe(
      'achat nouveau · entreprise · achat privé',
    );
  });
});

describe('explain: what changed in a what-if, and the risk by member', () => {
  const w = plain(all['risk-what-if']);
  const head = `${w.before.level} risk ${String(Math.round(w.before.score * 100) / 100)} → ${w.after.level} risk ${String(Math.round(w.after.score * 100) / 100)}`;

  it.each([
    [
      'names the dimension that moved most, wherever it is listed',
      { score: 0.1, dimensions: { financial: -0.01, performance: 0.05, supplier: -0.2, social: 0.001 } },
      `${head} (+0.1) · largest change: supplier -0.2`,
    ],
    ['signs no change as 0, not +0', { score: 0, dimensions: {} }, `${head} (0)`],
    ['leaves out a change that rounds to 0', { score: 0, dimensions: { supplier: 0.004 } }, `${head} (0)`],
  ])('%s', (_, delta, text) => {
    expect(explain({ ...w, delta })).toBe(text);
  });

  it('the risk by member: the weighted score, then the member who perceives the most', () => {
    const r = all['buying-center-risk'];
    const top = [...r.members].sort((a, b) => b.score - a.score)[0];
    const round2 = (n: number): string => String(Math.round(n * 100) / 100);
    expect(explain(r)).toBe(
      `${r.level} risk ${round2(r.score)}, weighted over the buying center · highest: ${String(top?.id)} (${String(top?.level)} ${round2(top?.score ?? 0)})`,
    );
  });
});

describe('explain: lists show five items, then "and N more"', () => {
  const member = (i: number): { id: string; name: string; roles: never[]; influence: number } => ({
    id: `m${String(i)}`,
    name: `M${String(i)}`,
    roles: [],
    influence: 0.5,
  });
  const worded = (i: number): string => `M${String(i)} (no role; influence 0.5)`;

  it('five members are all listed', () => {
    const members = [0, 1, 2, 3, 4].map(member);
    expect(explain({ members })).toBe(`5 members: ${[0, 1, 2, 3, 4].map(worded).join(', ')}`);
  });

  it('six members: the first five, and 1 more', () => {
    const members = [0, 1, 2, 3, 4, 5].map(member);
    expect(explain({ members })).toBe(`6 members: ${[0, 1, 2, 3, 4].map(worded).join(', ')}, and 1 more`);
  });

  it('six offers: the first five ranked, and 1 more; five offers: all of them', () => {
    const six = explain(evaluateOffers(negotiating(6), [{ criterion: 'price', weight: 1 }])).split('\n');
    expect(six[0]).toBe('6 offers ranked');
    expect(six.slice(1, 6).map((line) => line.split(' ')[0])).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(six.slice(6)).toEqual(['and 1 more']);
    const five = explain(evaluateOffers(negotiating(5), [{ criterion: 'price', weight: 1 }])).split('\n');
    expect(five).toHaveLength(6);
    expect(five[5]).toMatch(/^5\. s5 /);
  });
});

describe('explain: a prospect, the first three of each', () => {
  const center = createBuyingCenter({
    members: ['a', 'b', 'c', 'd'].map((id, i) => ({
      id,
      name: id.toUpperCase(),
      roles: ['decider' as const],
      influence: 0.9 - i / 10,
      stance: 'neutral' as const,
    })),
  });

  it('engages the first three people, not all four', () => {
    const a = analyzeProspect({
      organization: { name: 'Acme' },
      situation: { buyclass: 'new-task' },
      position: 'out-supplier',
      buyingCenter: center,
      step: 'specification',
    });
    expect(a.engage?.map((e) => e.name)).toEqual(['A', 'B', 'C', 'D']);
    expect(explain(a).split('\n')[1]).toBe('in specification, step 2 of 5 · engage: A, B, C');
  });

  it('three actions are all numbered, with no "more" line', () => {
    const a = plain(prospect());
    const three = { ...a, actions: a.actions.slice(0, 3) };
    const lines = explain(three).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe(`3. ${a.actions[2]?.message ?? ''}`);
  });
});

describe('explain: a summary of purchases, its groups named', () => {
  const states = replayMany(MANY).states;

  it('a custom key that is also a regime or buyclass id is kept as given', () => {
    const s = summarizePurchases(states, { by: (x) => (x.id === 'p1' ? 'private' : 'new-task') });
    expect(
      explain(s)
        .split('\n')
        .slice(1)
        .map((line) => line.split(':')[0]),
    ).toEqual(['- new-task', '- private']);
  });

  it('four groups are all given, with no "more" line', () => {
    const s = summarizePurchases([...states, { ...(states[0] as (typeof states)[number]), id: 'p4' }], {
      by: (x) => x.id,
    });
    const lines = explain(s).split('\n');
    expect(lines.map((line) => line.split(':')[0])).toEqual(['4 purchases', '- p1', '- p2', '- p3', '- p4']);
  });
});

describe('explain: a CRM stage of your own map', () => {
  it('an open deal without a step or a probability says only that', () => {
    const stage = fromCrmStage('salesforce', 'Pilot', {
      map: { Pilot: { label: 'Pilot', deal: 'open', why: 'A trial.' } },
    });
    expect(explain(stage).split('\n')[0]).toBe('deal open');
  });
});

describe('explain refuses bad options and parts, naming them', () => {
  const size = { min: 1, typical: 2, max: 3, reasons: [] };

  it.each([
    ['options that are no object', 'fr', 'options', 'an object { now?, locale? }, or nothing'],
    ['an unknown option', { lang: fr }, 'options.lang', 'no such option (now, locale)'],
  ])('%s', (_, options, path, expected) => {
    expect(thrown(() => explain(size, options as never)).issues[0]).toMatchObject({ path, expected });
  });

  it('an input error as JSON whose issue has no path is no result', () => {
    const issue = { path: 'at', expected: 'an ISO-8601 timestamp', received: '"soon"' };
    expect(explain({ name: 'BuygridInputError', issues: [issue] } as never)).toBe(
      'invalid input, 1 issue\n- at: expected an ISO-8601 timestamp, received "soon"',
    );
    expect(
      thrown(() => explain({ name: 'BuygridInputError', issues: [{ expected: 'x', received: 'y' }] } as never))
        .issues[0].path,
    ).toBe('result');
  });

  it('an input error whose issues were replaced by something that is not data, named by its path', () => {
    const error = all['input-error'];
    const tampered = Object.create(error) as object;
    Object.defineProperty(tampered, 'issues', { value: [{ path: 'p', expected: 'e', received: () => 1 }] });
    expect(thrown(() => explain(tampered as never)).issues[0].path).toBe('result.issues[0].received');
  });

  it('a part a language cannot word is refused on result', () => {
    const analysis = plain(all['buying-center-analysis']);
    const broken = {
      ...analysis,
      warnings: [{ code: 'missing-role', params: { role: 'oracle' }, message: 'No oracle.' }],
    };
    expect(thrown(() => explain(broken as never, { locale: fr })).issues[0]).toMatchObject({
      path: 'result',
      expected: "the params of the code missing-role (MessageParams['missing-role'])",
    });
  });
});
