import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BuygridInputError } from '../../src/_lib/errors.js';
import { replayMany, summarizePurchases } from '../../src/analytics/index.js';
import { fromCrmRole, fromCrmStage } from '../../src/crm/index.js';
import { explain, kindOf, label } from '../../src/explain/index.js';
import { evaluateOffers, startPurchase } from '../../src/process/index.js';
import { accountHistory, analyzeProspect } from '../../src/prospect/index.js';
import { recommendApproach, classifySituation } from '../../src/situation/index.js';
import { AWARD_EVENTS, CENTER, MANY, PROFILE, prospect, samples, START, walk } from './samples.js';

const all = samples();
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const round2 = (n: number): string => String(Math.round(n * 100) / 100);

describe('explain: a prospect (analyzeProspect)', () => {
  const a = prospect();
  // Worded inside each test, so that each test is what checks the wording.
  const lines = (): string[] => explain(a).split('\n');

  it("opens with the account, the seller's position and the situation as explain words it", () => {
    expect(lines()[0]).toBe(`Acme Metal · as out-supplier · ${explain(a.situation)}`);
  });

  it('says where the buyer stands, for how long nothing happened, whom to engage, the risk and the red flags', () => {
    const facts = lines()[1] ?? '';
    expect(facts).toMatch(/^in specification, step 2 of 5 · 36 days since the last event · /);
    expect(facts).toContain(
      `engage: ${(a.engage ?? [])
        .slice(0, 3)
        .map((e) => e.name)
        .join(', ')}`,
    );
    expect(facts).toContain(`${String(a.risk?.level)} risk ${round2(a.risk?.score ?? 0)}`);
    expect(a.redFlags.map((f) => f.code)).toEqual(['stalled', 'going-back']);
    expect(facts).toContain('red flags: stalled, going back');
  });

  it('numbers the first three actions in their rank, and counts the rest', () => {
    expect(lines().slice(2, 5)).toEqual(a.actions.slice(0, 3).map((x, i) => `${String(i + 1)}. ${x.message}`));
    expect(lines()[5]).toBe(`and ${String(a.actions.length - 3)} more actions`);
    expect(lines()).toHaveLength(6);
  });

  it('leaves out what the input lacked, and is not taken for the approach it contains', () => {
    const bare = analyzeProspect({
      organization: {},
      situation: { buyclass: 'straight-rebuy' },
      position: 'in-supplier',
    });
    expect(kindOf(bare)).toBe('prospect-analysis');
    const text = explain(bare);
    expect(text.split('\n')[0]).toBe(`as in-supplier · ${explain(bare.situation)}`);
    expect(text).not.toMatch(/engage|risk|red flags|since the last event/);
    expect(text.split('\n').slice(1)).toEqual(
      bare.actions
        .slice(0, 3)
        .map((x, i) => `${String(i + 1)}. ${x.message}`)
        .concat(
          bare.actions.length > 3
            ? [`and ${String(bare.actions.length - 3)} more action${bare.actions.length === 4 ? '' : 's'}`]
            : [],
        ),
    );
    const approach = recommendApproach(classifySituation({ buyclass: 'new-task' }), { position: 'out-supplier' });
    expect(kindOf(approach)).toBe('approach');
  });

  it('says an awarded purchase is closed, and words a prospect without any action', () => {
    const awarded = analyzeProspect({
      organization: { name: 'Acme' },
      situation: { buyclass: 'new-task' },
      position: 'out-supplier',
      purchase: walk(AWARD_EVENTS),
    });
    expect(explain(awarded).split('\n')[1]).toBe('purchase awarded');
    expect(
      explain({ ...plain(awarded), actions: [] })
        .split('\n')
        .at(-1),
    ).toBe('no action');
  });
});

describe('explain: an account history (accountHistory)', () => {
  it("says the stage, what was won of what was awarded, the purchases, the trend and the seller's place", () => {
    const h = all['account-history'];
    expect(explain(h)).toBe(
      `s1: early stage · won 1 of 1 awarded (share 1) · 2 purchases · routinizing (${label('buyclass', 'new-task')} → ${label('buyclass', 'straight-rebuy')}) · incumbent supplier, in-supplier`,
    );
  });

  it('leaves out the share and the trend when nothing was awarded and there is one purchase', () => {
    const h = accountHistory([startPurchase({ ...START, knownSuppliers: [{ id: 'us', name: 'Us' }] })], {
      supplierId: 'us',
    });
    expect(explain(h)).toBe(
      'us: pre-relationship stage · won 0 of 0 awarded · 1 purchase · known supplier, out-supplier',
    );
  });
});

describe('explain: a summary of purchases (summarizePurchases)', () => {
  const s = all['purchase-summary'];
  const lines = (): string[] => explain(s).split('\n');

  it('counts by status, the funnel by step, the median cycle times in days, and where open purchases stall', () => {
    const open = s.all.count - s.all.byStatus.awarded - s.all.byStatus.abandoned;
    expect(lines()[0]).toBe(
      `3 purchases: ${String(open)} open, 1 awarded, 1 abandoned · funnel 3 → 3 → 1 → 1 → 1 · median cycle 10 days to award, 4.5 days to abandon · most open in specification (1, median idle 11 days)`,
    );
  });

  it('gives one line per group, named by its label', () => {
    const groups = lines().slice(1);
    expect(groups).toHaveLength(Object.keys(s.groups).length);
    expect(groups[0]).toBe(
      '- new task: 2 purchases: 1 open, 1 awarded, 0 abandoned · funnel 2 → 2 → 1 → 1 → 1 · median cycle 10 days to award · most open in specification (1, median idle 11 days)',
    );
    expect(groups[1]).toMatch(
      /^- straight rebuy: 1 purchase: 0 open, 0 awarded, 1 abandoned · funnel 1 → 1 → 0 → 0 → 0 · median cycle 4\.5 days to abandon$/,
    );
  });

  it('without asOf, gives no idle time; without groups, one line; a custom key as it is, and at most four groups', () => {
    const states = replayMany(MANY).states;
    const bare = explain(summarizePurchases(states));
    expect(bare.split('\n')).toHaveLength(1);
    expect(bare).toContain('most open in specification (1)');
    const many = summarizePurchases(states.concat(states.map((x) => ({ ...x, id: `${x.id}b` }))), { by: (x) => x.id });
    const lines = explain(many).split('\n');
    expect(lines.slice(1, 5).map((l) => l.split(':')[0])).toEqual(['- p1', '- p1b', '- p2', '- p2b']);
    expect(lines[5]).toBe('- and 2 more groups');
    expect(explain(summarizePurchases([]))).toBe(
      '0 purchases: 0 open, 0 awarded, 0 abandoned · funnel 0 → 0 → 0 → 0 → 0',
    );
  });
});

describe('explain: many replays (replayMany)', () => {
  it('counts the purchases accepted in full, with events left out, not started, and the events refused and malformed', () => {
    expect(explain(all['replay-many'])).toBe(
      '3 purchases replayed: 2 accepted in full, 1 with events left out, 0 not started · 1 event refused, 0 malformed',
    );
    const broken = replayMany([
      ...MANY,
      { start: null, events: [] },
      { start: START, rows: [{ type: 'needQualified', at: 'soon' }] },
    ] as never);
    expect(explain(broken)).toBe(
      `5 purchases replayed: 2 accepted in full, 2 with events left out, 1 not started · 1 event refused, ${String(broken.totals.malformedEvents)} malformed`,
    );
  });
});

describe('explain: what buygrid/crm reads from a CRM', () => {
  it('a role value as buying-center roles and a stance, or not mapped with why', () => {
    expect(explain(all['crm-role'])).toBe('decider, approver');
    const unknown = fromCrmRole('salesforce', 'Golf partner');
    expect(kindOf(unknown)).toBe('crm-role');
    expect(explain(unknown)).toBe(`not mapped\n- ${unknown.reasons[0]?.message ?? ''}`);
    expect(explain({ mapped: true, roles: [], stance: 'blocker', reasons: [] })).toBe('no role; blocker');
  });

  it("a stage as the buyer's step with the seller's probability, a closed deal, or not mapped", () => {
    const open = fromCrmStage('salesforce', 'Needs Analysis');
    expect(explain(open).split('\n')[0]).toBe("deal open, buyer in specification (seller's probability 0.2)");
    expect(explain(fromCrmStage('salesforce', 'Closed Won')).split('\n')[0]).toBe('deal won: purchase awarded');
    expect(explain(all['crm-stage']).split('\n')).toEqual([
      'deal lost, no outcome',
      ...all['crm-stage'].reasons.slice(1).map((r) => `- ${r.message}`),
    ]);
    const unknown = fromCrmStage('hubspot', 'Pilot');
    expect(kindOf(unknown)).toBe('crm-stage');
    expect(explain(unknown).split('\n')[0]).toBe('not mapped');
  });
});

describe('explain: an evaluation of offers (evaluateOffers)', () => {
  it('ranks each supplier with its score and what each criterion contributed', () => {
    const state = walk([
      ...AWARD_EVENTS.slice(0, 7),
      { type: 'supplierIdentified', at: '2026-03-07T11:00:00Z', supplier: { id: 's2', name: 'Lind' } },
      { type: 'supplierShortlisted', at: '2026-03-07T12:00:00Z', supplierId: 's2' },
      ...AWARD_EVENTS.slice(7, 9),
      { type: 'offerReceived', at: '2026-03-09T10:00:00Z', offer: { supplierId: 's2', amount: 800, currency: 'EUR' } },
    ]);
    const e = evaluateOffers(state, [
      { criterion: 'price', weight: 0.6 },
      { criterion: 'quality', weight: 0.4, scores: { s1: 1, s2: 1 / 3 } },
    ]);
    const lines = explain(e).split('\n');
    expect(lines[0]).toBe('2 offers ranked');
    expect(lines.slice(1)).toEqual(
      e.ranking.map(
        (o) =>
          `${String(o.rank)}. ${o.supplierId} ${round2(o.score)} (${o.criteria.map((c) => `${c.criterion} ${round2(c.contribution)}`).join(', ')})`,
      ),
    );
    expect(lines.join('\n')).not.toMatch(/\d\.\d{3,}/);
    expect(explain({ ranking: [], reasons: [] })).toBe('no offer to rank');
  });
});

describe('the new kinds keep their shapes apart', () => {
  it('a buying center input is not a prospect, and a CRM role is not a stage', () => {
    expect(kindOf(CENTER)).toBe('buying-center');
    expect(kindOf({ mapped: false, reasons: [] })).toBe('crm-stage');
    expect(kindOf({ mapped: false, roles: [], reasons: [] })).toBe('crm-role');
    expect(
      kindOf(
        analyzeProspect({
          organization: {},
          situation: { buyclass: 'new-task' },
          position: 'out-supplier',
          risk: { profile: PROFILE },
        }),
      ),
    ).toBe('prospect-analysis');
  });
});

describe('the new kinds refuse what they could not word', () => {
  const refused = (value: unknown): string => {
    try {
      explain(value as never);
    } catch (error) {
      if (error instanceof BuygridInputError) return error.issues[0].path;
      throw error;
    }
    return 'explained';
  };

  it.each([
    [
      'a prospect with a red flag of unknown code',
      { ...plain(prospect()), redFlags: [{ code: 'late', message: 'x' }] },
    ],
    ['a prospect whose engaged member has no name', { ...plain(prospect()), engage: [{ id: 'x' }] }],
    ['a prospect whose risk has no level', { ...plain(prospect()), risk: { score: 0.4 } }],
    [
      'a summary whose funnel lacks a step',
      { ...plain(all['purchase-summary']), all: { ...plain(all['purchase-summary']).all, funnel: {} } },
    ],
    ['a replay of many without totals', { ...plain(all['replay-many']), totals: {} }],
    ['a CRM role naming no buying-center role', { mapped: true, roles: ['ceo'], reasons: [] }],
    ['an offer ranking without criteria', { ranking: [{ supplierId: 's1', rank: 1, score: 1 }], reasons: [] }],
  ])('refuses %s with a BuygridInputError on result', (_, value) => {
    expect(refused(value)).toBe('result');
  });

  it('names a group by its own key when it is no label (a key such as constructor)', () => {
    const s = plain(all['purchase-summary']);
    const group = s.groups['new-task'];
    if (group === undefined) throw new Error('expected a new-task group');
    expect(explain({ ...s, groups: { constructor: group } }).split('\n')[1]).toMatch(/^- constructor: 2 purchases/);
  });
});

describe('explain: a summary of any set of purchases (property)', () => {
  it('counts them all, and prints no number with more than two decimals', () => {
    const day = 86_400_000;
    const purchase = fc.record({
      abandonAfterMs: fc.option(fc.integer({ min: 0, max: 90 * day }), { nil: undefined }),
      qualifyAfterMs: fc.integer({ min: 0, max: 30 * day }),
    });
    fc.assert(
      fc.property(fc.array(purchase, { maxLength: 20 }), fc.integer({ min: 0, max: 120 * day }), (list, asOfMs) => {
        const t0 = Date.parse(START.at);
        const iso = (ms: number): string => new Date(t0 + ms).toISOString();
        const replayed = replayMany(
          list.map((p, i) => ({
            start: { ...START, id: `p${String(i)}` },
            events: [
              { type: 'needQualified' as const, at: iso(p.qualifyAfterMs) },
              ...(p.abandonAfterMs === undefined
                ? []
                : [
                    {
                      type: 'purchaseAbandoned' as const,
                      at: iso(p.qualifyAfterMs + p.abandonAfterMs),
                      reason: 'budget' as const,
                    },
                  ]),
            ],
          })),
        );
        const summary = summarizePurchases(replayed.states, { asOf: iso(asOfMs) });
        const text = explain(summary);
        const abandoned = list.filter((p) => p.abandonAfterMs !== undefined).length;
        return (
          !/\d\.\d{3,}/.test(text) &&
          text.startsWith(
            `${String(list.length)} purchase${list.length === 1 ? '' : 's'}: ${String(list.length - abandoned)} open, 0 awarded, ${String(abandoned)} abandoned`,
          ) &&
          explain(replayed).startsWith(`${String(list.length)} purchase`)
        );
      }),
    );
  });
});
