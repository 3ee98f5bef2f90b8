/**
 * The Persian catalog (`buygrid/locales/fa`): the labels of every vocabulary, explain's
 * sentences and a template for every message code, in the terms of Persian marketing and
 * purchasing texts (the source of each domain term is in the Persian glossary,
 * `docs/i18n.md`, "Persian"). Persian is written right to left (`dir: 'rtl'`): the text
 * holds no direction marks; set `dir="rtl"` on the element that shows it. Numbers come
 * through `f` in Persian digits (`۰٫۳۹`). The zero-width non-joiner (U+200C) inside words
 * (`تأمین‌کننده`) is a letter-joining control of Persian spelling, not a direction mark.
 *
 * @example
 * ```ts
 * import fa from 'buygrid/locales/fa';
 * fa.labels.buyclass['straight-rebuy'];
 * //=> 'خرید مجدد مستقیم'
 * fa.dir;
 * //=> 'rtl'
 * ```
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { LabelTable } from '../explain/labels.js';
import type { Catalog, Format } from './catalog.js';
import { messages, REDUCERS } from './fa-messages.js';

/** The Persian labels, as they read inside a sentence. */
const labels = {
  step: {
    'need-recognition': 'شناسایی نیاز',
    specification: 'تعیین مشخصات',
    'supplier-search': 'جستجوی تأمین‌کننده',
    negotiation: 'مذاکره',
    decision: 'تصمیم‌گیری',
  },
  outcome: { awarded: 'واگذارشده', abandoned: 'متوقف‌شده' },
  role: {
    initiator: 'آغازگر',
    user: 'کاربر',
    prescriber: 'تأثیرگذار',
    advisor: 'مشاور',
    gatekeeper: 'دروازه‌بان',
    buyer: 'خریدار',
    decider: 'تصمیم‌گیرنده',
    approver: 'تأییدکننده',
  },
  stance: { champion: 'حامی اصلی', supporter: 'موافق', neutral: 'بی‌طرف', skeptic: 'مردد', blocker: 'مخالف' },
  buyclass: { 'new-task': 'خرید جدید', 'modified-rebuy': 'خرید مجدد اصلاح‌شده', 'straight-rebuy': 'خرید مجدد مستقیم' },
  quadrant: {
    strategic: 'اقلام راهبردی',
    leverage: 'اقلام اهرمی',
    bottleneck: 'اقلام گلوگاهی',
    'non-critical': 'اقلام غیرحیاتی',
  },
  importance: { banal: 'خرید عادی', strategic: 'خرید راهبردی' },
  regime: { private: 'خرید خصوصی', 'public-tender': 'مناقصهٔ عمومی' },
  procedure: {
    open: 'رویهٔ باز',
    restricted: 'رویهٔ محدود',
    'competitive-with-negotiation': 'رویهٔ رقابتی با مذاکره',
    'competitive-dialogue': 'گفتگوی رقابتی',
    'innovation-partnership': 'مشارکت برای نوآوری',
    'negotiated-without-publication': 'رویهٔ مذاکره‌ای بدون انتشار آگهی قبلی',
    'framework-call-off': 'سفارش در چارچوب توافق‌نامهٔ چارچوب',
    'dynamic-purchasing-system': 'نظام خرید پویا',
    'below-threshold': 'زیر آستانه‌های اتحادیهٔ اروپا (مقررات ملی)',
  },
  organizationType: { company: 'شرکت', 'public-body': 'نهاد عمومی', institution: 'مؤسسه' },
  sizeBand: { micro: 'خرد', small: 'کوچک', medium: 'متوسط', large: 'بزرگ' },
  level: { low: 'کم', medium: 'متوسط', high: 'زیاد' },
  riskLevel: { low: 'پایین', moderate: 'متوسط', high: 'بالا', critical: 'بحرانی' },
  dimension: {
    financial: 'مالی',
    performance: 'عملکرد',
    delivery: 'تحویل',
    supplier: 'تأمین‌کننده',
    'after-sales': 'خدمات پس از فروش',
    currency: 'ارز',
    social: 'اجتماعی',
  },
  eventType: {
    needQualified: 'نیاز تأیید شد',
    requirementAdded: 'الزام افزوده شد',
    requirementRemoved: 'الزام حذف شد',
    specificationApproved: 'مشخصات تصویب شد',
    supplierIdentified: 'تأمین‌کننده شناسایی شد',
    supplierShortlisted: 'تأمین‌کننده به فهرست کوتاه رفت',
    supplierExcluded: 'تأمین‌کننده کنار گذاشته شد',
    negotiationStarted: 'مذاکره آغاز شد',
    offerReceived: 'پیشنهاد دریافت شد',
    decisionRequested: 'تصمیم درخواست شد',
    supplierSelected: 'تأمین‌کننده انتخاب شد',
    stepRevisited: 'بازگشت به مرحله',
    stepSkipped: 'مرحله کنار گذاشته شد',
    purchaseAbandoned: 'خرید متوقف شد',
    performanceReviewed: 'عملکرد بررسی شد',
  },
  guard: {
    chronological: 'تاریخ پیش از آخرین رویداد',
    role: 'به دست نقشی که سیاست می‌خواهد ثبت نشده است',
    'duplicate-id': 'شناسه تکراری است',
    'unknown-requirement': 'چنین الزامی نیست',
    'must-requirement': 'الزام «ضروری» نیست',
    'unknown-supplier': 'چنین تأمین‌کننده‌ای نیست',
    'excluded-supplier': 'تأمین‌کننده کنار گذاشته شده است',
    'min-shortlisted': 'تأمین‌کنندگان فهرست کوتاه بسیار کم‌اند',
    'not-shortlisted': 'تأمین‌کننده در فهرست کوتاه نیست',
    'min-offers': 'پیشنهادها بسیار کم‌اند',
    'no-offer': 'از آن تأمین‌کننده پیشنهادی نیست',
    'not-earlier-step': 'مرحلهٔ پیشین نیست',
    'skip-not-allowed': 'سیاست اجازهٔ گذر از مرحله را نمی‌دهد',
    'no-negotiation': 'در این رویه دربارهٔ پیشنهادها مذاکره نمی‌شود',
  },
  abandonReason: {
    'no-decision': 'بی‌تصمیمی',
    budget: 'بودجه',
    'need-withdrawn': 'نیاز منتفی شد',
    'no-suitable-offer': 'پیشنهاد مناسبی نبود',
    other: 'دلیل دیگر',
  },
  priority: { must: 'ضروری', should: 'مطلوب', could: 'اختیاری' },
  supplierStatus: {
    known: 'شناخته‌شده',
    identified: 'شناسایی‌شده',
    shortlisted: 'در فهرست کوتاه',
    excluded: 'کنارگذاشته',
  },
  supplierPosition: { 'in-supplier': 'تأمین‌کنندهٔ درونی', 'out-supplier': 'تأمین‌کنندهٔ بیرونی' },
  reducer: REDUCERS,
} as const satisfies LabelTable;

/** A number of days: Persian counts take the singular noun (۱ روز، ۳ روز). */
const days = (n: number, f: Format): string => f.plural(n, { other: '# روز' });

/**
 * The Persian sentences of `explain`. A noun after a number stays singular in Persian, so a
 * count has one form (`f.plural` with `other`); a sequence reads right to left, so it runs
 * with `←`.
 */
const texts = {
  common: {
    list: (items: readonly string[], f: Format): string => f.list(items),
    none: 'هیچ',
    more: (n: number, f: Format): string => `و ${f.number(n)} مورد دیگر`,
  },
  'purchase-state': {
    open: (p: { id: string; need: string; step: string; index: number; of: number; days: number }, f: Format): string =>
      `${p.id} (${p.need}) · ${p.step}، مرحلهٔ ${f.number(p.index)} از ${f.number(p.of)} · ${days(p.days, f)} از آغاز`,
    awarded: (p: { id: string; need: string; supplier: string; days: number; reorder: boolean }, f: Format): string =>
      `${p.id} (${p.need}) · واگذارشده به ${p.supplier}${p.reorder ? ' به‌صورت سفارش مجدد' : ''} پس از ${days(p.days, f)}`,
    abandoned: (p: { id: string; need: string; step: string; reason: string; days: number }, f: Format): string =>
      `${p.id} (${p.need}) · متوقف‌شده در مرحلهٔ «${p.step}» پس از ${days(p.days, f)}: ${p.reason}`,
    requirements: (n: number, f: Format): string => f.plural(n, { other: '# الزام' }),
    shortlisted: (n: number, f: Format): string => `${f.number(n)} در فهرست کوتاه`,
    offers: (n: number, f: Format): string => f.plural(n, { other: '# پیشنهاد' }),
    revisits: (p: { count: number; steps: string }, f: Format): string =>
      `${f.plural(p.count, { other: '# بازگشت' })} (${p.steps})`,
  },
  'transition-result': {
    accepted: 'پذیرفته شد',
    refused: (p: { rule: string; message: string }): string => `رد شد (${p.rule}): ${p.message}`,
  },
  'replay-result': {
    refused: (p: { index: number; rule: string; message: string }, f: Format): string =>
      `در events[${f.number(p.index)}] متوقف شد، رد شد (${p.rule}): ${p.message}`,
  },
  'purchase-situation': {
    quadrant: (p: { quadrant: string; importance: string }): string => `ماتریس کرالیک: ${p.quadrant} (${p.importance})`,
    importance: (p: { importance: string }): string => p.importance,
    procedure: (p: { regime: string; procedure: string }): string => `${p.regime}، ${p.procedure}`,
  },
  'buyclass-result': {
    buyclass: (p: { buyclass: string; confidence: string }): string => `${p.buyclass} (اطمینان ${p.confidence})`,
  },
  'portfolio-result': {
    quadrant: (p: {
      quadrant: string;
      importance: string;
      profitImpact: string;
      supplyRisk: string;
      threshold: string;
    }): string =>
      `ماتریس کرالیک: ${p.quadrant} (${p.importance}): اثر بر سود ${p.profitImpact}، ریسک تأمین ${p.supplyRisk}، آستانه ${p.threshold}`,
  },
  'organization-result': {
    organization: (p: { type: string; size?: string }): string =>
      p.size === undefined ? p.type : `${p.type}، ${p.size}`,
  },
  approach: {
    none: 'اقدامی پیشنهاد نمی‌شود',
    action: (p: { rank: number; message: string }, f: Format): string => `${f.number(p.rank)}. ${p.message}`,
  },
  'buying-center': {
    members: (n: number, f: Format): string => f.plural(n, { other: '# عضو' }),
    member: (p: { name: string; roles: string; stance?: string; influence: string }): string =>
      `${p.name} (${p.roles}${p.stance === undefined ? '' : `؛ ${p.stance}`}؛ نفوذ ${p.influence})`,
    noRole: 'بدون نقش',
  },
  'buying-center-analysis': {
    summary: (p: { size: number; support: string }, f: Format): string =>
      `${f.plural(p.size, { other: '# عضو' })}، حمایت ${p.support}`,
    keyPlayers: (p: { names: string }): string => `افراد کلیدی: ${p.names}`,
    warnings: (n: number, f: Format): string => f.plural(n, { other: '# هشدار' }),
  },
  'role-coverage': {
    covered: (p: { step?: string; covered: number; roles: number }, f: Format): string =>
      `نقش‌های پوشش‌داده‌شده${p.step === undefined ? '' : ` در مرحلهٔ «${p.step}»`}: ${f.number(p.covered)} از ${f.number(p.roles)}`,
    missing: (p: { roles: string }): string => `نقش‌های غایب: ${p.roles}`,
  },
  'expected-size': {
    size: (p: { min: string; typical: string; max: string }): string =>
      `مرکز خرید مورد انتظار: ${p.min} تا ${p.max} نفر، معمولاً ${p.typical}`,
  },
  'risk-assessment': {
    score: (p: { level: string; score: string }): string => `ریسک ${p.level} ${p.score}`,
    drivers: (p: { dimensions: string }): string => `عوامل اصلی ریسک: ${p.dimensions}`,
    reducer: (p: { reducer: string; reduction: string }): string =>
      `بهترین راه کاهش ریسک: ${p.reducer} (کاهش ${p.reduction})`,
    notAssessed: (p: { dimensions: string }): string => `ارزیابی‌نشده: ${p.dimensions}`,
  },
  'risk-what-if': {
    change: (p: { before: string; after: string; delta: string }): string => `${p.before} ← ${p.after} (${p.delta})`,
    largest: (p: { dimension: string; delta: string }): string => `بیشترین تغییر: ${p.dimension} ${p.delta}`,
  },
  'buying-center-risk': {
    score: (p: { level: string; score: string }): string => `ریسک ${p.level} ${p.score}، وزن‌دهی‌شده در کل مرکز خرید`,
    highest: (p: { member: string; level: string; score: string }): string =>
      `بیشترین: ${p.member} (${p.level} ${p.score})`,
  },
  'prospect-analysis': {
    account: (p: { name?: string; position: string; situation: string }): string =>
      `${p.name === undefined ? '' : `${p.name} · `}در جایگاه ${p.position} · ${p.situation}`,
    step: (p: { step: string; index: number; of: number }, f: Format): string =>
      `در مرحلهٔ «${p.step}»، مرحلهٔ ${f.number(p.index)} از ${f.number(p.of)}`,
    closed: (p: { outcome: string }): string => `خرید ${p.outcome}`,
    idle: (p: { days: number }, f: Format): string => `${days(p.days, f)} از آخرین رویداد`,
    engage: (p: { names: string }): string => `جلب مشارکت: ${p.names}`,
    risk: (p: { level: string; score: string }): string => `ریسک ${p.level} ${p.score}`,
    redFlags: (p: { flags: string }): string => `نشانه‌های هشدار: ${p.flags}`,
    redFlag: {
      'no-decider': 'بدون تصمیم‌گیرنده',
      'influential-blocker': 'مخالف بانفوذ',
      stalled: 'توقف',
      'going-back': 'بازگشت به عقب',
    },
    noAction: 'بدون اقدام',
    action: (p: { rank: number; message: string }, f: Format): string => `${f.number(p.rank)}. ${p.message}`,
    moreActions: (n: number, f: Format): string => `و ${f.plural(n, { other: '# اقدام دیگر' })}`,
  },
  'account-history': {
    stage: (p: { supplier: string; stage: string }): string => `${p.supplier}: ${p.stage}`,
    stages: {
      'pre-relationship': 'مرحلهٔ پیش از رابطه',
      early: 'مرحلهٔ آغازین',
      development: 'مرحلهٔ توسعه',
      'long-term': 'مرحلهٔ بلندمدت',
    },
    won: (p: { won: number; awarded: number; share?: string }, f: Format): string =>
      `برنده در ${f.number(p.won)} از ${f.number(p.awarded)} خرید واگذارشده${p.share === undefined ? '' : ` (سهم ${p.share})`}`,
    purchases: (n: number, f: Format): string => f.plural(n, { other: '# خرید' }),
    trend: (p: { trend: string; from: string; to: string }): string => `${p.trend} (${p.from} ← ${p.to})`,
    trends: { routinizing: 'رو به روال‌شدن', steady: 'پایدار', reopening: 'بازگشایی دوباره' },
    position: (p: { relationship: string; position: string }): string => `تأمین‌کنندهٔ ${p.relationship}، ${p.position}`,
    relationships: { incumbent: 'فعلی', known: 'شناخته‌شده', new: 'جدید' },
  },
  'purchase-summary': {
    count: (n: number, f: Format): string => f.plural(n, { other: '# خرید' }),
    statuses: (p: { open: number; awarded: number; abandoned: number }, f: Format): string =>
      `${f.number(p.open)} باز، ${f.number(p.awarded)} واگذارشده، ${f.number(p.abandoned)} متوقف‌شده`,
    funnel: (p: { counts: string }): string => `قیف ${p.counts}`,
    cycle: (p: { awarded?: number; abandoned?: number }, f: Format): string =>
      `میانهٔ چرخه: ${[p.awarded === undefined ? '' : `${days(p.awarded, f)} تا واگذاری`, p.abandoned === undefined ? '' : `${days(p.abandoned, f)} تا توقف`].filter((x) => x !== '').join('، ')}`,
    stall: (p: { step: string; open: number; idle?: number }, f: Format): string =>
      `بیشترین خریدهای باز در مرحلهٔ «${p.step}» (${f.number(p.open)}${p.idle === undefined ? '' : `، میانهٔ درنگ ${days(p.idle, f)}`})`,
    group: (p: { key: string; line: string }): string => `- ${p.key}: ${p.line}`,
    moreGroups: (n: number, f: Format): string => `- و ${f.plural(n, { other: '# گروه دیگر' })}`,
  },
  'replay-many': {
    purchases: (p: { purchases: number; ok: number; problems: number; notStarted: number }, f: Format): string =>
      `${f.plural(p.purchases, { other: '# خرید' })} بازاجرا شد: ${f.number(p.ok)} کاملاً پذیرفته، ${f.number(p.problems)} با رویدادهای کنارگذاشته، ${f.number(p.notStarted)} آغازنشده`,
    events: (p: { refused: number; malformed: number }, f: Format): string =>
      `${f.plural(p.refused, { other: '# رویداد' })} رد شد، ${f.number(p.malformed)} نادرست`,
  },
  'crm-role': {
    mapped: (p: { roles: string; stance?: string }): string =>
      `${p.roles}${p.stance === undefined ? '' : `؛ ${p.stance}`}`,
    noRole: 'بدون نقش',
    unmapped: 'نگاشت‌نشده',
  },
  'crm-stage': {
    open: (p: { step?: string; probability?: string }): string =>
      `فرصت فروش باز${p.step === undefined ? '' : `، خریدار در مرحلهٔ «${p.step}»`}${p.probability === undefined ? '' : ` (احتمال از دید فروشنده ${p.probability})`}`,
    closed: (p: { deal: string; outcome?: string }): string =>
      `فرصت فروش ${p.deal}${p.outcome === undefined ? '، بدون نتیجه' : `؛ خرید ${p.outcome}`}`,
    deals: { won: 'موفق', lost: 'ناموفق' },
    unmapped: 'نگاشت‌نشده',
  },
  'offer-evaluation': {
    none: 'پیشنهادی برای رتبه‌بندی نیست',
    ranked: (n: number, f: Format): string => `${f.plural(n, { other: '# پیشنهاد' })} رتبه‌بندی شد`,
    offer: (p: { rank: number; supplier: string; score: string; criteria: string }, f: Format): string =>
      `${f.number(p.rank)}. ${p.supplier} ${p.score} (${p.criteria})`,
    criterion: (p: { criterion: string; contribution: string }): string => `${p.criterion} ${p.contribution}`,
  },
  'input-error': {
    issues: (n: number, f: Format): string => `ورودی نادرست، ${f.plural(n, { other: '# مشکل' })}`,
    issue: (p: { path: string; expected: string; received: string }): string =>
      `- ${p.path}: انتظار ${p.expected}، دریافت‌شده ${p.received}`,
  },
} as const;

/** The Persian catalog: labels, explain's sentences and message templates, right to left. */
const catalog = /* @__PURE__ */ deepFreeze({
  tag: 'fa',
  dir: 'rtl',
  labels,
  texts,
  messages,
} as const satisfies Catalog);

export default catalog;
