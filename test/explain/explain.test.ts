import fc from 'fast-check';
import { isMatching } from 'ts-pattern';
import { describe, expect, it } from 'vitest';
import { explainTable } from '../../src/explain/explain.js';
import { explain, kindOf, label, type ExplainedKind } from '../../src/explain/index.js';
import { replay, startPurchase, transition, type PurchaseState } from '../../src/process/index.js';
import { assessRisk, RISK_DIMENSIONS } from '../../src/risk/index.js';
import { AWARD_EVENTS, CENTER, PROFILE, samples, START, walk } from './samples.js';
import { thrown } from '../_lib/thrown.js';

const all = samples();
const kinds = Object.keys(all) as ExplainedKind[];
/** Numbers as a person reads them: at most two decimals. */
const LONG_DECIMAL = /\d\.\d{3,}/;
const round2 = (n: number): string => String(Math.round(n * 100) / 100);

describe('kindOf: every kind of result is recognised by a shape no other kind has', () => {
  it.each(kinds)('a real %s matches its own pattern and no other', (kind) => {
    const table = explainTable();
    const value = kind === 'input-error' ? { name: all[kind].name, issues: all[kind].issues } : all[kind];
    const matching = kinds.filter((k) => isMatching(table[k].pattern as never, value));
    expect(matching).toEqual([kind]);
    expect(kindOf(all[kind])).toBe(kind);
  });

  it('tells a replay that did not stop from one that did, and reads both', () => {
    const done = replay(START, AWARD_EVENTS);
    expect(kindOf(done)).toBe('transition-result');
    expect(kindOf(all['replay-result'])).toBe('replay-result');
  });

  it('recognises a result that went through JSON (a stored state, an API answer)', () => {
    for (const kind of kinds.filter((k) => k !== 'input-error')) {
      expect(kindOf(JSON.parse(JSON.stringify(all[kind])) as unknown)).toBe(kind);
    }
  });

  it.each([
    ['an empty object', {}],
    ['a number', 3],
    ['null', null],
    ['an array', []],
    ['a string', 'specification'],
    ['a function', () => 1],
    ['a Date', new Date(0)],
    ['a TypeError', new TypeError('no')],
    ['a half result', { ok: true }],
    ['a state with an unknown status', { ...startPurchase(START), status: 'sourcing' }],
    ['a risk whose level is not a band', { ...all['risk-assessment'], level: 'huge' }],
  ])('refuses %s, naming the argument', (_, value) => {
    const error = thrown(() => explain(value as never));
    expect(error.issues[0].path).toMatch(/^result/);
    expect(error.issues[0].expected).toContain('a result of buygrid');
  });

  it('refuses a cycle instead of looping', () => {
    const looped: Record<string, unknown> = { ...all['expected-size'] };
    looped['self'] = looped;
    expect(thrown(() => explain(looped as never)).issues[0].path).toBe('result.self');
  });
});

describe('explain', () => {
  it.each(kinds)('words a %s in at most a few short lines, numbers rounded', (kind) => {
    const text = explain(all[kind]);
    expect(text).not.toMatch(LONG_DECIMAL);
    expect(text.split('\n').length).toBeLessThanOrEqual(6);
    expect(text).not.toContain('undefined');
    expect(text).not.toContain('[object');
  });

  it('says where an open purchase stands and for how long, until now or its last event', () => {
    const state = walk(AWARD_EVENTS.slice(0, 3));
    expect(explain(state)).toBe('p1 (Forklifts) · supplier search, step 3 of 5 · 3 days in · 1 requirement');
    expect(explain(state, { now: '2026-03-11T21:00:00Z' })).toContain('10.5 days in');
  });

  it('says to whom a purchase was awarded, after how long, and where it looped back', () => {
    const text = explain(walk(AWARD_EVENTS));
    expect(text).toContain('awarded to Haas after 10 days');
    expect(text).toContain('1 revisit (specification)');
  });

  it('says in which step and why a purchase was abandoned', () => {
    const state = walk([
      ...AWARD_EVENTS.slice(0, 2),
      { type: 'purchaseAbandoned', at: '2026-03-04T21:00:00Z', reason: 'budget' },
    ]);
    expect(explain(state)).toBe('p1 (Forklifts) · abandoned in specification after 3.5 days: budget');
  });

  it('puts a refusal first, with the rule that refused, then the purchase unchanged', () => {
    const state = walk(AWARD_EVENTS.slice(0, 3));
    const refused = transition(state, { type: 'negotiationStarted', at: '2026-03-05T09:00:00Z' });
    if (refused.ok) throw new Error('expected a refusal');
    const [head, rest] = explain(refused).split('\n');
    expect(head).toBe(`refused (${label('guard', 'min-shortlisted')}): ${refused.rejection.message}`);
    expect(rest).toBe(explain(state));
    expect(
      explain(
        transition(state, { type: 'supplierIdentified', at: '2026-03-05T09:00:00Z', supplier: { id: 's', name: 'S' } }),
      ).split('\n')[0],
    ).toBe('accepted');
  });

  it('names the index of the event a replay stopped at', () => {
    expect(explain(all['replay-result'])).toMatch(/^stopped at events\[3\], refused \(too few suppliers shortlisted\)/);
  });

  it('words a risk assessment with its level, rounded score, drivers and best reducer', () => {
    const risk = all['risk-assessment'];
    const text = explain(risk);
    expect(text).toContain(`${risk.level} risk ${round2(risk.score)}`);
    for (const d of risk.drivers) expect(text).toContain(label('dimension', d));
    expect(text).toContain(risk.reducers[0]?.label);
  });

  it('words a what-if as before → after with the signed change', () => {
    const w = all['risk-what-if'];
    expect(explain(w)).toContain(
      `${w.before.level} risk ${round2(w.before.score)} → ${w.after.level} risk ${round2(w.after.score)} (${round2(w.delta.score)})`,
    );
  });

  it('words the classifications with their labels, not their ids', () => {
    expect(explain(all['purchase-situation'])).toBe(
      'modified rebuy · Kraljic leverage (banal) · public body · public tender, open procedure',
    );
    expect(explain(all['buyclass-result'])).toBe(
      `modified rebuy (confidence ${round2(all['buyclass-result'].confidence)})`,
    );
    expect(explain(all['organization-result'])).toBe('public body · public tender');
    expect(explain(all['portfolio-result']).split('\n')[1]).toBe(all['portfolio-result'].strategy.message);
  });

  it('numbers the actions of an approach in their order', () => {
    const lines = explain(all.approach).split('\n');
    expect(lines).toEqual(all.approach.actions.map((a, i) => `${String(i + 1)}. ${a.message}`));
    expect(explain({ actions: [] })).toBe('no action recommended');
  });

  it('words a buying center, its analysis, coverage and expected size', () => {
    expect(explain(CENTER)).toBe(
      '2 members: Marta (decider; skeptic; influence 0.9), Jonas (prescriber, user; champion; influence 0.6)',
    );
    const analysis = all['buying-center-analysis'];
    expect(explain(analysis).split('\n')).toEqual([
      `2 members, support ${round2(analysis.support)} · key players: Marta, Jonas · ${String(analysis.warnings.length)} warning`,
      ...analysis.warnings.map((w) => `- ${w.message}`),
    ]);
    const cov = all['role-coverage'];
    expect(explain(cov)).toBe(
      `decision: ${String(cov.covered.length)} of ${String(cov.roles.length)} roles covered · missing: ${cov.missing.map((r) => label('role', r)).join(', ')}`,
    );
    const size = all['expected-size'];
    expect(explain(size)).toBe(
      `expected buying center: ${String(size.min)} to ${String(size.max)} people, typically ${String(size.typical)}`,
    );
  });

  it('words the risk by member with the member who perceives the most', () => {
    const r = all['buying-center-risk'];
    const top = [...r.members].sort((a, b) => b.score - a.score)[0];
    expect(explain(r)).toContain(`highest: ${String(top?.id)} (${String(top?.level)} ${round2(top?.score ?? 0)})`);
  });

  it('lists the issues of a caught input error, one per line', () => {
    const error = all['input-error'];
    expect(explain(error).split('\n')).toEqual([
      'invalid input, 1 issue',
      `- ${error.issues[0].path}: expected ${error.issues[0].expected}, received ${error.issues[0].received}`,
    ]);
  });

  it('cuts a long name and lists at most five items', () => {
    const long = startPurchase({ ...START, need: { summary: 'x'.repeat(4000) } });
    expect(explain(long).length).toBeLessThan(120);
    const risk = assessRisk({ dimensions: { financial: { uncertainty: 0.5, consequence: 0.6 } } });
    expect(explain(risk)).toContain(`and ${String(RISK_DIMENSIONS.length - 1 - 5)} more`);
  });

  it("reads each value once and neither freezes nor changes the caller's object", () => {
    let reads = 0;
    const size = { min: 3, typical: 4, max: 6, reasons: [] as never[] };
    const watched = {
      ...size,
      get typical(): number {
        reads += 1;
        return 4;
      },
    };
    expect(explain(watched)).toBe('expected buying center: 3 to 6 people, typically 4');
    expect(reads).toBe(1);
    expect(Object.isFrozen(watched)).toBe(false);
    const plain = JSON.parse(JSON.stringify(walk(AWARD_EVENTS))) as PurchaseState;
    const before = JSON.stringify(plain);
    explain(plain);
    expect(JSON.stringify(plain)).toBe(before);
    expect(Object.isFrozen(plain)).toBe(false);
  });

  it('refuses options of the wrong shape, naming the field', () => {
    const state = startPurchase(START);
    expect(thrown(() => explain(state, { now: 'tomorrow' })).issues[0].path).toBe('options.now');
    expect(thrown(() => explain(state, { locale: 'fr' } as never)).issues[0].path).toBe('options.locale');
  });

  it('never prints a number with more than two decimals for any risk input (property)', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.subarray([...RISK_DIMENSIONS], { minLength: 1 }), unit, unit, (dims, u, c) => {
        const risk = assessRisk({
          dimensions: Object.fromEntries(dims.map((d) => [d, { uncertainty: u, consequence: c }])),
        });
        const text = explain(risk);
        return !LONG_DECIMAL.test(text) && text.startsWith(`${risk.level} risk ${round2(risk.score)}`);
      }),
    );
  });

  it('explains a profile-driven risk as the README shows', () => {
    expect(explain(assessRisk({ profile: PROFILE }))).toMatch(
      /^high risk 0\.\d+ · drivers: performance, supplier · best reducer: /,
    );
  });
});

describe('explain leaves out what a result lacks, and words what only some results have', () => {
  const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it('a re-order in a straight rebuy, and an award to a supplier missing from the list', () => {
    const state = plain(walk(AWARD_EVENTS));
    expect(
      explain({
        ...state,
        selection: { ...state.selection, supplierId: 's1', at: '2026-03-11T09:00:00Z', reorder: true },
      }),
    ).toContain('awarded to Haas as a re-order after 10 days');
    expect(explain({ ...state, suppliers: [] })).toContain('awarded to s1 after');
  });

  it('an open purchase with shortlisted suppliers and offers', () => {
    const state = walk(AWARD_EVENTS.slice(0, 9));
    expect(explain(state)).toBe(
      'p1 (Forklifts) · negotiation, step 4 of 5 · 8 days in · 1 requirement, 1 shortlisted, 1 offer · 1 revisit (specification)',
    );
  });

  it('a situation without a quadrant, with importance only, and under a procedure', () => {
    const s = plain(all['purchase-situation']);
    const { quadrant: _q, ...noQuadrant } = s;
    expect(explain(noQuadrant)).toBe('modified rebuy · banal · public body · public tender, open procedure');
    const { importance: _i, procedure: _p, ...bare } = noQuadrant;
    expect(explain({ ...bare, organization: { type: 'company' }, regime: 'private' })).toBe(
      'modified rebuy · company · private buying',
    );
    expect(explain({ ...s, importance: undefined })).toContain('Kraljic leverage (none)');
    expect(explain({ ...s, procedure: 'open' })).toContain('public tender, open procedure');
  });

  it('an organization without a size band', () => {
    expect(explain({ type: 'institution', regime: 'private', reasons: [] })).toBe('institution · private buying');
  });

  it('a member without roles or stance, and more members than are listed', () => {
    const members = Array.from({ length: 7 }, (_, i) => ({
      id: `m${String(i)}`,
      name: `M${String(i)}`,
      roles: [],
      influence: 0.5,
    }));
    const text = explain({ members });
    expect(text).toMatch(/^7 members: M0 \(no role; influence 0\.5\)/);
    expect(text).toContain('and 2 more');
    expect(explain({ members: [] })).toBe('0 members: none');
  });

  it('a coverage without a step and with nothing missing', () => {
    const { step: _step, ...coverage } = plain(all['role-coverage']);
    expect(explain({ ...coverage, roles: ['buyer'], covered: ['buyer'], missing: [] })).toBe('1 of 1 role covered');
  });

  it('an analysis without warnings', () => {
    expect(explain({ ...plain(all['buying-center-analysis']), warnings: [] })).not.toContain('warning');
  });

  it('a risk with no driver, reducer or dimension left out', () => {
    const risk = plain(all['risk-assessment']);
    expect(explain({ ...risk, drivers: [], reducers: [], notAssessed: [] })).toBe(
      `${risk.level} risk ${round2(risk.score)}`,
    );
  });

  it('a what-if that changed no dimension, and one that raised the risk', () => {
    const w = plain(all['risk-what-if']);
    expect(explain({ ...w, delta: { score: 0, dimensions: {} } })).not.toContain('largest change');
    expect(explain({ ...w, delta: { score: -0.0001, dimensions: {} } })).toContain('(0)');
    expect(explain({ ...w, delta: { score: 0.1, dimensions: { supplier: 0.2 } } })).toContain(
      '(+0.1) · largest change: supplier +0.2',
    );
  });

  it('a risk by member with no member', () => {
    const r = plain(all['buying-center-risk']);
    expect(explain({ ...r, members: [] })).not.toContain('highest');
  });

  it('an abandonment without its record reads as another reason, in need recognition', () => {
    const state = plain(startPurchase(START));
    expect(explain({ ...state, status: 'abandoned', abandonment: null })).toContain(
      'abandoned in need recognition after 0 days: other reason',
    );
  });

  it('a refusal without a guard names its code', () => {
    const state = walk(AWARD_EVENTS);
    const refused = transition(state, { type: 'needQualified', at: '2026-03-12T09:00:00Z' });
    expect(explain(refused)).toMatch(/^refused \(terminal\): /);
  });
});
