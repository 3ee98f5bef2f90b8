/**
 * One short text for any result of the library: {@link explain}, and {@link kindOf} to tell
 * which kind of result a value is.
 *
 * @module
 */
import { isMatching, P } from 'ts-pattern';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { isBuygridInputError } from '../_lib/errors.js';
import { optionsOf } from '../_lib/options.js';
import { fail, parse } from '../_lib/parse.js';
import { timestamp } from '../_lib/schemas.js';
import { snapshot } from './format.js';
import type { ExplainContext, Explainable, ExplainedKind, ExplainTable, Said } from './kinds.js';
import { labels, texts } from '../locales/english.js';
import type { Catalog } from '../locales/catalog.js';
import { localeOption } from '../locales/check.js';
import { formatOf } from '../locales/format.js';
import { buildPatterns } from './patterns.js';
import { speaker } from './say.js';
import * as words from './words.js';

/**
 * The explain table: for each kind, the pattern that recognises it and its wording, in the
 * order they are tried. **To explain a new kind of result, add one row here** (with its type
 * in `ExplainedKinds` and its English templates in `TEXTS`). Built per call: nothing at import.
 */
export function explainTable(): ExplainTable {
  const p = buildPatterns();
  return {
    'purchase-state': { pattern: p.statePattern, text: words.purchaseState },
    'transition-result': { pattern: p.transitionPattern, text: words.transitionResult },
    'replay-result': { pattern: p.replayPattern, text: words.replayResult },
    'purchase-situation': { pattern: p.situationPattern, text: words.purchaseSituation },
    'buyclass-result': { pattern: p.buyclassPattern, text: words.buyclassResult },
    'portfolio-result': { pattern: p.portfolioPattern, text: words.portfolioResult },
    'organization-result': { pattern: p.organizationPattern, text: words.organizationResult },
    approach: { pattern: p.approachPattern, text: words.approach },
    'buying-center': { pattern: p.buyingCenterPattern, text: words.buyingCenter },
    'buying-center-analysis': { pattern: p.analysisPattern, text: words.buyingCenterAnalysis },
    'role-coverage': { pattern: p.coveragePattern, text: words.roleCoverage },
    'expected-size': { pattern: p.expectedSizePattern, text: words.expectedSize },
    'risk-assessment': { pattern: p.riskPattern, text: words.riskAssessment },
    'risk-what-if': { pattern: p.whatIfPattern, text: words.riskWhatIf },
    'buying-center-risk': { pattern: p.centerRiskPattern, text: words.buyingCenterRisk },
    'prospect-analysis': { pattern: p.prospectPattern, text: words.prospectAnalysis },
    'account-history': { pattern: p.historyPattern, text: words.accountHistory },
    'purchase-summary': { pattern: p.summaryPattern, text: words.purchaseSummary },
    'replay-many': { pattern: p.replayManyPattern, text: words.replayMany },
    'crm-role': { pattern: p.crmRolePattern, text: words.crmRole },
    'crm-stage': { pattern: p.crmStagePattern, text: words.crmStage },
    'offer-evaluation': { pattern: p.offerPattern, text: words.offerEvaluation },
    'input-error': {
      pattern: {
        name: 'BuygridInputError',
        issues: P.array({ path: P.string, expected: P.string, received: P.string }),
      },
      text: words.inputError,
    },
  };
}

const EXPECTED =
  'a result of buygrid (a purchase state, a transition result, a situation, a risk assessment… one of the kinds of ExplainedKinds)';

/** What {@link explain} takes besides the result. */
export interface ExplainOptions {
  /** An ISO-8601 timestamp that ends an open purchase's time; without it, its last event does. */
  readonly now?: string;
  /** The language: a catalog, the default export of `buygrid/locales/<tag>` (English without it). */
  readonly locale?: Catalog;
}

const nowSchema = /* @__PURE__ */ lazy(() => z.optional(timestamp()));

/** The options, each read once: `now` checked, `locale` read into a checked copy (English without it). */
function explainOptions(options: unknown): { now: string | undefined; catalog: Catalog | undefined } {
  const read = optionsOf(options, ['now', 'locale']);
  const now = parse(nowSchema(), read.now, 'options.now');
  return { now, catalog: localeOption(read.locale) };
}

/** A plain copy of the value, an error reduced to its name and issues. */
function copyOf(result: unknown): unknown {
  if (isBuygridInputError(result))
    return { name: 'BuygridInputError', issues: snapshot(result.issues, 'result.issues') };
  return snapshot(result);
}

function find(table: ExplainTable, copy: unknown): ExplainedKind {
  for (const kind of Object.keys(table) as ExplainedKind[]) {
    if (isMatching(table[kind].pattern as never, copy)) return kind;
  }
  return fail('result', EXPECTED, copy);
}

/** In English, a reason says its own `message` (the English catalog's templates give the same words). */
const english = (said: Said): string => said.message;

/** The context of a catalog: its tables, its format, and its template for each code. */
function localized(catalog: Catalog, now: string | undefined): ExplainContext {
  const f = formatOf(catalog.tag, catalog.labels);
  return { texts: catalog.texts, labels: catalog.labels, f, say: speaker(catalog, f, 'result'), now };
}

/**
 * Tells which kind of result a value is, by its shape (the patterns are in the guide).
 *
 * @param result - a result of the library.
 * @returns its kind, a key of `ExplainedKinds`.
 * @throws BuygridInputError when the value is no result of the library.
 *
 * @example
 * ```ts
 * import { kindOf } from 'buygrid/explain';
 * import { classifyBuyclass } from 'buygrid/situation';
 * kindOf(classifyBuyclass({ purchasedBefore: false }));
 * //=> 'buyclass-result'
 * kindOf({ score: 2 });
 * //=> throws BuygridInputError
 * ```
 */
export function kindOf(result: unknown): ExplainedKind {
  return find(explainTable(), copyOf(result));
}

/**
 * Explains a result of the library in a short text for a person at a REPL or in a UI: a
 * purchase state, a transition or replay result, a situation or a classification, an
 * approach, a buying center, its analysis, coverage or expected size, a risk assessment, a
 * what-if or the risk by member, a prospect's analysis or an account's history, a
 * replay of many purchases or their summary, a CRM role or stage read by `buygrid/crm`, an
 * evaluation of offers, or a caught `BuygridInputError`. Numbers are rounded
 * (scores to 2 decimals, durations to 1 decimal of a day); long names are cut.
 *
 * @param result - a result of the library, recognised by its shape ({@link kindOf}).
 * @param options - `now`, an ISO-8601 timestamp that ends the time of an open purchase;
 * `locale`, the catalog of a language (`buygrid/locales/<tag>`), English without it.
 * @returns one line, or a few lines for a refusal, warnings or actions.
 * @throws BuygridInputError when the value is no result of the library, or the options are
 * wrong (a `locale` that is no catalog: the error names the missing entry).
 *
 * @example
 * ```ts
 * import { explain } from 'buygrid/explain';
 * import { startPurchase, transition } from 'buygrid/process';
 * import { assessRisk } from 'buygrid/risk';
 * import fr from 'buygrid/locales/fr';
 * const start = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } });
 * explain(start, { now: '2026-03-04T09:00:00Z' });
 * //=> 'p1 (Forklifts) · need recognition, step 1 of 5 · 3 days in'
 * explain(transition(start, { type: 'decisionRequested', at: '2026-03-02T09:00:00Z' })).split('\n')[0];
 * //=> 'refused (not-allowed): decisionRequested is not taken in need recognition; it takes needQualified, stepRevisited, stepSkipped, purchaseAbandoned'
 * explain(assessRisk({ dimensions: { financial: { uncertainty: 0.5, consequence: 0.6 } } })).split(' · ')[0];
 * //=> 'moderate risk 0.3'
 * explain(assessRisk({ dimensions: { financial: { uncertainty: 0.5, consequence: 0.6 } } }), { locale: fr }).split(' · ')[0];
 * //=> 'risque modéré 0,3'
 * ```
 * @category Start here
 */
export function explain(result: Explainable, options?: ExplainOptions): string {
  // A Proxy or a getter that throws is an unreadable input, never a TypeError.
  const { now, catalog } = explainOptions(options);
  const table = explainTable();
  const copy = copyOf(result);
  const kind = find(table, copy);
  const row = table[kind] as ExplainTable['purchase-state'];
  const context: ExplainContext =
    catalog === undefined ? { texts, labels, f: formatOf('en', labels), say: english, now } : localized(catalog, now);
  return row.text(copy as never, context);
}
