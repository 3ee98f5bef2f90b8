// Each kind is recognised by its whole shape, nested parts included (docs/explain.md, "What
// `explain` recognises"): a real result with one part broken is refused as no result of buygrid,
// never worded with `undefined` in it nor taken for another kind.
import { describe, expect, it } from 'vitest';
import { replayMany, summarizePurchases } from '../../src/analytics/index.js';
import { explain, kindOf, type ExplainedKind } from '../../src/explain/index.js';
import { startPurchase, transition } from '../../src/process/index.js';
import { accountHistory } from '../../src/prospect/index.js';
import { thrown } from '../_lib/thrown.js';
import { AWARD_EVENTS, MANY, prospect, samples, START, walk } from './samples.js';

type Json = Record<string, unknown>;
const all = samples();
/** A JSON copy of a sample, to break one part of it. */
const plain = (kind: ExplainedKind): Json => JSON.parse(JSON.stringify(all[kind])) as Json;
/** A JSON copy of the sample with `key` replaced. */
const withPart = (kind: ExplainedKind, key: string, value: unknown): Json => ({ ...plain(kind), [key]: value });
/** A JSON copy of the sample whose `key` (an object) has `inner` replaced. */
const withInner = (kind: ExplainedKind, key: string, inner: string, value: unknown): Json => {
  const copy = plain(kind);
  return { ...copy, [key]: { ...(copy[key] as Json), [inner]: value } };
};
const refusal = (): Json => {
  const refused = transition(walk(AWARD_EVENTS.slice(0, 3)), {
    type: 'negotiationStarted',
    at: '2026-03-05T09:00:00Z',
  });
  return JSON.parse(JSON.stringify(refused)) as Json;
};
const summaryGroup = (inner: string, value: unknown): Json => {
  const s = plain('purchase-summary');
  return { ...s, all: { ...(s['all'] as Json), [inner]: value } };
};
const perStep = (value: unknown): Json =>
  Object.fromEntries(
    ['need-recognition', 'specification', 'supplier-search', 'negotiation', 'decision'].map((s) => [s, value]),
  );

describe('a result with one nested part of the wrong shape is no result of buygrid', () => {
  it.each<[string, ExplainedKind, Json]>([
    ['a purchase whose need has no summary', 'purchase-state', withPart('purchase-state', 'need', {})],
    [
      'a purchase whose supplier has no name nor status',
      'purchase-state',
      withPart('purchase-state', 'suppliers', [{ id: 's1' }]),
    ],
    [
      'a purchase with an event of no type in its history',
      'purchase-state',
      withPart('purchase-state', 'history', [{ at: START.at }]),
    ],
    ['a refusal whose rejection is empty', 'transition-result', { ...refusal(), rejection: {} }],
    [
      'a situation whose organization has no type',
      'purchase-situation',
      withPart('purchase-situation', 'organization', { sizeBand: 'large' }),
    ],
    ['a buyclass without its three scores', 'buyclass-result', withPart('buyclass-result', 'scores', {})],
    [
      'a portfolio whose strategy has no message',
      'portfolio-result',
      withInner('portfolio-result', 'strategy', 'message', undefined),
    ],
    ['an approach whose action has no message', 'approach', { actions: [{ code: 'get-in-early' }] }],
    ['a buying center whose member has no roles', 'buying-center', { members: [{ id: 'x', name: 'X' }] }],
    [
      'an analysis whose key player has no name',
      'buying-center-analysis',
      withPart('buying-center-analysis', 'keyPlayers', [{ id: 'coo' }]),
    ],
    [
      'an analysis whose warning has no message',
      'buying-center-analysis',
      withPart('buying-center-analysis', 'warnings', [{ code: 'no-champion' }]),
    ],
    [
      'a risk whose dimension has no risk',
      'risk-assessment',
      withPart('risk-assessment', 'dimensions', [{ dimension: 'financial' }]),
    ],
    [
      'a risk whose reducer has no reduction',
      'risk-assessment',
      withPart('risk-assessment', 'reducers', [{ id: 'trial', label: 'a trial' }]),
    ],
    ['a what-if without its delta', 'risk-what-if', withPart('risk-what-if', 'delta', {})],
    [
      'a risk by member whose member has no score',
      'buying-center-risk',
      withPart('buying-center-risk', 'members', [{ id: 'coo', level: 'high' }]),
    ],
    [
      'a CRM role whose reason has no message',
      'crm-role',
      { mapped: false, roles: [], reasons: [{ code: 'unknown-role' }] },
    ],
    [
      'a prospect whose organization name is no text',
      'prospect-analysis',
      { ...(JSON.parse(JSON.stringify(prospect())) as Json), organization: { name: 42 } },
    ],
    [
      'a prospect whose standing has no step nor status',
      'prospect-analysis',
      { ...(JSON.parse(JSON.stringify(prospect())) as Json), standing: {} },
    ],
    [
      'an account history whose purchase has no status',
      'account-history',
      withPart('account-history', 'purchases', [{ id: 'p1', won: true }]),
    ],
    [
      'a summary whose cycle times have no median',
      'purchase-summary',
      summaryGroup('cycleTimeDays', { awarded: {}, abandoned: {} }),
    ],
    ['a summary without counts by status', 'purchase-summary', summaryGroup('byStatus', {})],
    ['a summary whose funnel step has no count', 'purchase-summary', summaryGroup('funnel', perStep({}))],
    ['a summary without cycle times', 'purchase-summary', summaryGroup('cycleTimeDays', {})],
    ['a summary whose stall step has no count', 'purchase-summary', summaryGroup('stall', perStep({}))],
    ['a replay of many whose purchase has no refusals', 'replay-many', withPart('replay-many', 'purchases', [{}])],
    [
      'an offer ranking whose criterion has no contribution',
      'offer-evaluation',
      { ranking: [{ supplierId: 's1', rank: 1, score: 1, criteria: [{ criterion: 'price' }] }], reasons: [] },
    ],
  ])('%s', (_, kind, broken) => {
    expect(kindOf(all[kind])).toBe(kind);
    const error = thrown(() => kindOf(broken));
    expect(error.issues[0].path).toBe('result');
    expect(error.issues[0].expected).toContain('a result of buygrid');
  });
});

describe('the values each kind takes are all recognised', () => {
  it('a refusal by the step (not-allowed) reads as the guide shows it', () => {
    const refused = transition(startPurchase({ ...START, id: 'deal-42', need: { summary: 'Pallets' } }), {
      type: 'negotiationStarted',
      at: '2026-03-02T09:00:00Z',
    });
    expect(kindOf(refused)).toBe('transition-result');
    expect(explain(refused).split('\n')[0]).toBe(
      'refused (not-allowed): negotiationStarted is not taken in need recognition; it takes needQualified, stepRevisited, stepSkipped, purchaseAbandoned',
    );
  });

  it('an account the supplier is new to', () => {
    const h = accountHistory([startPurchase(START)], { supplierId: 'us' });
    expect(h.supplierRelationship).toBe('new');
    expect(kindOf(h)).toBe('account-history');
    expect(explain(h)).toBe(
      'us: pre-relationship stage · won 0 of 0 awarded · 1 purchase · new supplier, out-supplier',
    );
  });

  it('a summary grouped by regime, each group named by its regime', () => {
    const states = replayMany(MANY).states;
    const s = summarizePurchases(states, { by: 'regime' });
    expect(kindOf(s)).toBe('purchase-summary');
    expect(Object.keys(s.groups)).toEqual(['private']);
    expect(explain(s).split('\n')[1]).toMatch(/^- private buying: 3 purchases: /);
  });
});
