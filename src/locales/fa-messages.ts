/**
 * The Persian message templates: one per code of every reason, warning, rejection, action and
 * strategy, in the terms of the Persian glossary (`docs/i18n.md`, "Persian"). Numbers come
 * through `f` in Persian digits; vocabulary values are named through `f.label`; the text holds
 * no direction marks.
 *
 * @module
 */
import type { Role, Step } from '../_lib/vocabulary.js';
import { STEPS } from '../_lib/vocabulary.js';
import type { CrmSystem } from '../crm/systems.js';
import type { MessageCode, MessageParams } from '../explain/messages.js';
import type { PurchaseStatus } from '../process/state.js';
import type { RiskDimension } from '../risk/dimensions.js';
import type { RiskReducerId } from '../risk/reducers.js';
import type { BuyclassFact } from '../situation/buyclass-criteria.js';
import type { Format } from './catalog.js';

/** The templates, each typed by its code's params. */
type Templates = { readonly [C in MessageCode]: (p: MessageParams[C], f: Format) => string };

const roles = (list: readonly Role[], f: Format): string => f.list(list.map((r) => f.label('role', r)));
const dims = (list: readonly RiskDimension[], f: Format): string => f.list(list.map((d) => f.label('dimension', d)));
const isStep = (status: PurchaseStatus): status is Step => (STEPS as readonly string[]).includes(status);
const status = (s: PurchaseStatus, f: Format): string => (isStep(s) ? f.label('step', s) : f.label('outcome', s));
const employees = (n: number, f: Format): string => f.plural(n, { other: '# کارمند' });

const FACTS: Readonly<Record<BuyclassFact, string>> = {
  purchasedBefore: 'خرید پیشین',
  specificationChanged: 'تغییر مشخصات',
  satisfiedWithIncumbent: 'رضایت از تأمین‌کنندهٔ فعلی',
  consideringNewSuppliers: 'بررسی تأمین‌کنندگان تازه',
  problemNovelty: 'تازگی مسئله',
  informationNeed: 'نیاز به اطلاعات',
};
const facts = (list: readonly BuyclassFact[], f: Format): string => f.list(list.map((x) => FACTS[x]));

const CRM: Readonly<Record<CrmSystem, string>> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  dynamics: 'Dynamics 365',
};
const DEAL = { open: 'باز', won: 'موفق', lost: 'ناموفق' } as const;

export const REDUCERS: Readonly<Record<RiskReducerId, string>> = {
  references: 'سوابق مشتریان همانند',
  trial: 'سفارش آزمایشی یا پروژهٔ آزمایشی',
  'site-visit': 'بازدید از محل تأمین‌کننده',
  certification: 'گواهی‌نامهٔ شخص ثالث (نظام کیفیت، آزمون محصول)',
  warranty: 'ضمانت',
  'sla-penalties': 'توافق‌نامهٔ سطح خدمات با جریمه',
  'staged-payment': 'پرداخت مرحله‌ای در برابر نقاط عطف',
  'buyer-currency-pricing': 'قیمت به ارز خریدار',
  'detailed-specification': 'مشخصات دقیق',
  'stakeholder-involvement': 'مشارکت دادن اعضای ذی‌ربط در انتخاب',
  'buffer-stock': 'موجودی اطمینان',
  'dual-sourcing': 'منبع تأمین دوم',
  'currency-hedge': 'پوشش ریسک ارز (قرارداد آتی)',
};

const SAYS = {
  relationship: {
    new: 'تأمین‌کننده برای خریدار تازه است',
    known: 'خریدار تأمین‌کننده را می‌شناسد اما اکنون این قلم را از او نمی‌خرد',
    incumbent: 'تأمین‌کننده، تأمین‌کنندهٔ فعلی است',
  },
  competitor: {
    yes: 'مشتری اکنون این قلم را از رقیب می‌خرد، پس باید جابه‌جا شود',
    no: 'مشتری این قلم را از رقیب نمی‌خرد',
  },
  leadTime: { yes: 'زمان تحویل حیاتی است', no: 'زمان تحویل حیاتی نیست' },
  currency: {
    different: 'تأمین‌کننده به ارزی جز ارز خریدار صورت‌حساب می‌دهد',
    same: 'خریدار و تأمین‌کننده ارز یکسانی دارند',
  },
  afterSales: {
    high: 'خریدار به خدمات پس از فروش وابستگی زیادی دارد',
    moderate: 'خریدار به خدمات پس از فروش وابستگی متوسطی دارد',
    low: 'خریدار به خدمات پس از فروش وابستگی کمی دارد',
  },
  importance: {
    strategic: 'خرید راهبردی است',
    banal: 'خرید عادی است',
    unanswered: 'اهمیت خرید معلوم نیست (مقداری میانه فرض می‌شود)',
  },
  buyclass: {
    'new-task': 'خرید از نوع خرید جدید است',
    'modified-rebuy': 'خرید از نوع خرید مجدد اصلاح‌شده است',
    'straight-rebuy': 'خرید از نوع خرید مجدد مستقیم است',
    unanswered: 'نوع خرید معلوم نیست (مقداری میانه فرض می‌شود)',
  },
} as const;

/** A profile answer and the dimensions whose uncertainty or consequence it raises. */
const answer = (
  says: string,
  p: { uncertainty: readonly RiskDimension[]; consequence: readonly RiskDimension[] },
  f: Format,
): string =>
  `${says}: ${[...(p.uncertainty.length === 0 ? [] : [`عدم‌قطعیت را بالا می‌برد (${dims(p.uncertainty, f)})`]), ...(p.consequence.length === 0 ? [] : [`پیامد را بالا می‌برد (${dims(p.consequence, f)})`])].join('؛ ')}.`;

/** An axis of the portfolio: its value against the threshold, and the sub-criterion that decided. */
const axis = (p: MessageParams['profit-impact-high'], f: Format): string =>
  `${f.number(p.value, p.value !== p.threshold && f.number(p.value) === f.number(p.threshold) ? 6 : 2)} (آستانه ${f.number(p.threshold)})${p.decidedBy === undefined ? '' : `، به حکم معیار ${p.decidedBy}`}`;

const size = (p: MessageParams['size-micro'], band: string, f: Format): string => {
  const money = [
    ...(p.turnover === undefined ? [] : [`گردش مالی ${f.number(p.turnover)} EUR`]),
    ...(p.balanceSheet === undefined ? [] : [`ترازنامه ${f.number(p.balanceSheet)} EUR`]),
  ];
  return `${[employees(p.employees, f), ...money].join('، ')}: بنگاه ${band} بنا بر آستانه‌های اتحادیهٔ اروپا (${f.number(10)}، ${f.number(50)} و ${f.number(250)} کارمند؛ ${money.length === 0 ? 'گردش مالی و ترازنامه داده نشده است' : `گردش مالی ${f.number(2)}، ${f.number(10)} و ${f.number(50)} میلیون یورو یا ترازنامه ${f.number(2)}، ${f.number(10)} و ${f.number(43)} میلیون یورو`}).`;
};

const SUBJECT = { supplies: 'کالا', services: 'خدمات', works: 'کارهای ساختمانی' } as const;
const threshold = (p: MessageParams['below-threshold'], f: Format): string =>
  `${f.number(p.amount)} ${p.currency} برای خرید ${SUBJECT[p.subject]} در برابر آستانهٔ اتحادیهٔ اروپا، ${f.number(p.threshold)} EUR${p.authority === undefined && p.subject !== 'works' ? ' (سطح مقام قراردادگزار داده نشده است: آستانهٔ پایین‌تر، یعنی آستانهٔ دولت مرکزی، فرض می‌شود)' : ''} (${p.regulation}، ${f.number(Number(p.validFrom.slice(0, 4)))}–${f.number(Number(p.validUntil.slice(0, 4)))})`;

const STAGE = {
  'pre-relationship': 'مرحلهٔ پیش از رابطه',
  early: 'مرحلهٔ آغازین',
  development: 'مرحلهٔ توسعه',
  'long-term': 'مرحلهٔ بلندمدت',
} as const;
const TREND = { routinizing: 'رو به روال‌شدن', steady: 'پایدار', reopening: 'بازگشایی دوباره' } as const;
const PURPOSE_NAME = { resale: 'فروش دوباره', production: 'تولید', operations: 'کارکرد خود سازمان' } as const;
const PURPOSE = {
  resale:
    'خریدار دوباره می‌فروشد: تقاضای مشتریان او تعیین‌کننده است — حاشیهٔ سود، در دسترس بودن و کمک به فروش پیشنهاد کنید.',
  production: 'خریدار با آن کالاهای دیگری می‌سازد: انطباق با مشخصات، کیفیت و پیوستگی تأمین بیشترین وزن را دارند.',
  operations:
    'خریدار آن را برای گرداندن کار خود به کار می‌برد: هزینهٔ کل استفاده، قابلیت اطمینان و خدمات بیشترین وزن را دارند.',
} as const;
const DEMAND = {
  growing: 'تقاضای مشتریان او رو به رشد است: نشان دهید که همراه می‌شوید — ظرفیت، زمان تحویل، مقیاس‌پذیری.',
  stable: 'تقاضای مشتریان او پایدار است: با کارایی و قابلیت اطمینان تأمین رقابت کنید.',
  declining:
    'تقاضای مشتریان او رو به کاهش است: انتظار فشار هزینه و حجم کمتر را داشته باشید — انعطاف و تعهدهای کمتر پیشنهاد کنید.',
} as const;

/** The procedure a guard applied under, in brackets. */
const under = (p: { readonly procedure?: MessageParams['procedure-given']['procedure'] }, f: Format): string =>
  p.procedure === undefined ? '' : ` (${f.label('procedure', p.procedure)})`;

/** Why a guard refused an event, one sentence per guard. */
function guard(p: MessageParams['guard'], f: Format): string {
  switch (p.guard) {
    case 'chronological':
      return `تاریخ رویداد ${p.at} است، پیش از آخرین رویداد (${p.last})`;
    case 'role':
      return `سیاست می‌خواهد «${f.label('eventType', p.event)}» را عضوی در نقش ${p.roles.map((r) => `«${f.label('role', r)}»`).join(' یا ')} ثبت کند${p.by === undefined ? '؛ هیچ عضوی نام برده نشده است (by)' : p.held === undefined ? `؛ ${p.by} عضو مرکز خرید نیست` : `؛ ${p.by}: ${p.held.length === 0 ? 'بدون نقش' : roles(p.held, f)}`}`;
    case 'duplicate-id':
      return p.of === 'requirement'
        ? `الزام «${p.id}» از پیش در مشخصات هست`
        : `تأمین‌کنندهٔ «${p.id}» از پیش در فهرست هست (${f.label('supplierStatus', p.status)})`;
    case 'unknown-requirement':
      return `الزام «${p.id}» در مشخصات نیست`;
    case 'must-requirement':
      return 'مشخصات پیش از تصویب دست‌کم یک الزام «ضروری» می‌خواهد؛ هیچ ندارد';
    case 'unknown-supplier':
      return `تأمین‌کنندهٔ «${p.id}» در فهرست این خرید نیست`;
    case 'excluded-supplier':
      return `تأمین‌کنندهٔ «${p.id}» کنار گذاشته شده است`;
    case 'min-shortlisted':
      return p.inviteAll !== 'always' || p.undecided.length === 0
        ? `مذاکره دست‌کم ${f.plural(p.minShortlisted, { other: '# تأمین‌کننده' })} در فهرست کوتاه می‌خواهد${under(p, f)}${p.inviteAll === 'if-fewer' ? '، یا همهٔ تأمین‌کنندگان واجد شرایط اگر شمارشان کمتر باشد' : ''}؛ اکنون: ${f.number(p.shortlisted)}${p.inviteAll === 'if-fewer' && p.undecided.length > 0 ? `؛ نه در فهرست کوتاه و نه کنارگذاشته: ${f.list(p.undecided)}` : ''}`
        : `هر تأمین‌کننده‌ای که کنار گذاشته نشده به ارائهٔ پیشنهاد دعوت می‌شود${under(p, f)}؛ نخست این‌ها را به فهرست کوتاه ببرید یا کنار بگذارید: ${f.list(p.undecided)}`;
    case 'not-shortlisted':
      return `پیشنهاد «${p.id}» نیاز دارد که این تأمین‌کننده نخست در فهرست کوتاه باشد؛ اکنون: ${f.label('supplierStatus', p.status)}`;
    case 'no-negotiation':
      return `«${p.id}» پیشنهادش را داده است و دربارهٔ پیشنهادها مذاکره نمی‌شود${under(p, f)}`;
    case 'min-offers':
      return `تصمیم‌گیری پیشنهاد دست‌کم ${f.plural(p.minOffers, { other: '# تأمین‌کننده' })} را می‌خواهد${under(p, f)}؛ دریافت‌شده: ${f.plural(p.offers, { other: '# پیشنهاد' })}`;
    case 'no-offer':
      return `تأمین‌کنندهٔ «${p.id}» پیشنهادی نداده است${p.reorderWithoutOffer ? ' (بی پیشنهاد فقط از تأمین‌کنندهٔ فعلی می‌توان دوباره سفارش داد)' : ''}`;
    case 'not-earlier-step':
      return `بازگشت فقط به مرحله‌ای پیشین ممکن است؛ «${status(p.to, f)}» پیش از «${status(p.status, f)}» نیست`;
    case 'skip-not-allowed':
      return p.requires === undefined
        ? `سیاست «${f.label('buyclass', p.buyclass)}»${under(p, f)} گذر از مرحلهٔ «${f.label('step', p.from)}» به مرحلهٔ «${f.label('step', p.to)}» را اجازه نمی‌دهد`
        : p.requires === 'known-suppliers'
          ? `گذر از مرحلهٔ «${f.label('step', p.from)}» به مرحلهٔ «${f.label('step', p.to)}» تأمین‌کنندگان شناخته‌شده می‌خواهد؛ در آغاز هیچ‌کدام داده نشده است`
          : `گذر از مرحلهٔ «${f.label('step', p.from)}» به مرحلهٔ «${f.label('step', p.to)}» تأمین‌کنندهٔ فعلی می‌خواهد؛ چنین تأمین‌کننده‌ای نیست`;
  }
}

/** The reason of each approach action, with its source, as `recommendApproach` gives it. */
const APPROACH_REASON: Readonly<Record<MessageParams['approach']['action'], string>> = {
  'shape-the-specification':
    'در خرید جدید خریداران بیشترین اطلاعات را گرد می‌آورند و بیشترین گزینه‌ها را می‌سنجند؛ هر که در تعریف نیاز کمک کند، مشخصات را شکل می‌دهد (یک متن آموزشی فرانسوی بازاریابی B2B: از آغاز حاضر باشید؛ Robinson, Faris & Wind 1967).',
  'get-in-early':
    'در خرید جدید خریداران بیشترین اطلاعات را گرد می‌آورند و بیشترین گزینه‌ها را می‌سنجند؛ هر که در تعریف نیاز کمک کند، مشخصات را شکل می‌دهد (یک متن آموزشی فرانسوی بازاریابی B2B: از آغاز حاضر باشید؛ Robinson, Faris & Wind 1967).',
  'leverage-the-relationship':
    'در خرید جدید خریداران بیشترین اطلاعات را گرد می‌آورند و بیشترین گزینه‌ها را می‌سنجند؛ هر که در تعریف نیاز کمک کند، مشخصات را شکل می‌دهد (یک متن آموزشی فرانسوی بازاریابی B2B: از آغاز حاضر باشید؛ Robinson, Faris & Wind 1967). تأمین‌کنندهٔ فعلی با مزیت دسترسی آغاز می‌کند؛ با این حال در خرید جدید با همه رقابت می‌کند.',
  'reach-the-whole-center':
    'خرید جدید بزرگ‌ترین مرکز خرید و تصمیم‌گیرندگان ارشد را درگیر می‌کند (Kotler & Armstrong، فصل ۶؛ Johnston & Bonoma 1981).',
  'reduce-perceived-risk':
    'هر چه هزینه یا ریسک خرید جدید بیشتر باشد، خریداران اطلاعات بیشتری می‌جویند (Kotler & Armstrong، فصل ۶).',
  'defend-the-account':
    'در خرید مجدد اصلاح‌شده خریدار می‌خواهد مشخصات، قیمت‌ها، شرایط یا تأمین‌کنندگان را تغییر دهد: تأمین‌کنندگان فعلی از جایگاه خود دفاع می‌کنند و تأمین‌کنندگان بیرونی فرصتی می‌بینند (Kotler & Armstrong، فصل ۶).',
  'fix-dissatisfaction':
    'در خرید مجدد اصلاح‌شده خریدار می‌خواهد مشخصات، قیمت‌ها، شرایط یا تأمین‌کنندگان را تغییر دهد: تأمین‌کنندگان فعلی از جایگاه خود دفاع می‌کنند و تأمین‌کنندگان بیرونی فرصتی می‌بینند (Kotler & Armstrong، فصل ۶).',
  'seize-the-opening':
    'در خرید مجدد اصلاح‌شده خریدار می‌خواهد مشخصات، قیمت‌ها، شرایط یا تأمین‌کنندگان را تغییر دهد: تأمین‌کنندگان فعلی از جایگاه خود دفاع می‌کنند و تأمین‌کنندگان بیرونی فرصتی می‌بینند (Kotler & Armstrong، فصل ۶).',
  'get-on-the-shortlist':
    'خرید مجدد اصلاح‌شده گزینه‌های تازه را فقط تا اندازه‌ای محدود بررسی می‌کند (Robinson, Faris & Wind 1967).',
  'keep-the-routine':
    'در خرید مجدد مستقیم خریدار تا وقتی تحویل، کیفیت و قیمت رضایت‌بخش است از تأمین‌کنندهٔ همیشگی دوباره سفارش می‌دهد؛ برهم زدن این توازن دشوار است (Kotler & Armstrong، فصل ۶؛ یک متن آموزشی فرانسوی بازاریابی B2B: کار تجاری فشرده در خرید تکراری).',
  'automate-reordering':
    'تأمین‌کنندگان فعلی با صرفه‌جویی در وقت خریدار خرید مجدد مستقیم را نگه می‌دارند: «اغلب نظام‌های سفارش مجدد خودکار پیشنهاد می‌کنند» (Kotler & Armstrong, Principles of Marketing، ویراست‌های پیش از هفدهم، فصل ۶).',
  'reframe-the-need':
    'در خرید مجدد مستقیم خریدار تا وقتی تحویل، کیفیت و قیمت رضایت‌بخش است از تأمین‌کنندهٔ همیشگی دوباره سفارش می‌دهد؛ برهم زدن این توازن دشوار است (Kotler & Armstrong، فصل ۶؛ یک متن آموزشی فرانسوی بازاریابی B2B: کار تجاری فشرده در خرید تکراری). تأمین‌کنندگان بیرونی می‌کوشند چیز تازه‌ای پیشنهاد دهند یا از نارضایتی بهره بگیرند تا خریدار آنان را در نظر بگیرد.',
  'win-a-trial-order':
    'تأمین‌کنندگان بیرونی «راه‌های تازه‌ای برای افزودن ارزش یا بهره‌گیری از نارضایتی می‌یابند» (Kotler & Armstrong، ویراست هفدهم، فصل ۶)؛ سفارش آزمایشی کوچک ریسک آزمودن آنان را برای خریدار کم می‌کند (خرید آزمایشی، The Marketing Book، ویراست پنجم، فصل ۷، ص. ۱۴۹) — این تاکتیک برداشت buygrid است.',
  'prove-reliability':
    'در خرید راهبردی مرکز خرید ریسک بیشتری ادراک می‌کند و به قابلیت اطمینان تأمین‌کننده وزن زیادی می‌دهد (یک متن آموزشی فرانسوی بازاریابی B2B، به پیروی از Salle, Valla & Michel از مکتب لیون؛ از ربع ماتریس کرالیک، برداشت buygrid: اقلام راهبردی و گلوگاهی).',
  'perform-the-contract':
    'کاستی‌های چشمگیر یا پیوسته در اجرای قرارداد عمومی پیشین که به فسخ زودهنگام، خسارت یا مجازات‌های همانند انجامیده باشد، زمینهٔ محرومیت است (دستورالعمل 2014/24/EU، مادهٔ 57(4)(g)).',
  'watch-the-notices':
    'بالای آستانه‌های اتحادیهٔ اروپا رویه با آگهی‌هایی آغاز می‌شود که در روزنامهٔ رسمی اتحادیهٔ اروپا منتشر می‌شوند (دستورالعمل 2014/24/EU، مواد 48، 49، 51).',
  'join-market-consultation':
    'مقام قراردادگزار می‌تواند برای آماده‌سازی خرید با بازار رایزنی کند و از توصیه‌ها فقط وقتی بهره گیرد که رقابت را مخدوش نکند و اصول عدم‌تبعیض و شفافیت را نقض نکند (دستورالعمل 2014/24/EU، مادهٔ 40). اطلاعات نامزدی که در رایزنی شرکت کرده با دیگر نامزدها در میان گذاشته می‌شود و هر جا برابری رفتار جز این تأمین نشود، آن نامزد محروم می‌شود (مواد 41 و 57(4)(f))؛ مشخصات نباید به نشان یا منبعی اشاره کنند که به سود یک تأمین‌کننده باشد، مگر آنکه موضوع قرارداد آن را توجیه کند (مادهٔ 42(4)).',
  'qualify-for-the-procedure':
    'نامزدها پس از بررسی زمینه‌های محرومیت مادهٔ 57، بر پایهٔ معیارهای مادهٔ 58 دستورالعمل 2014/24/EU انتخاب می‌شوند؛ ESPD به‌عنوان مدرک مقدماتی پذیرفته می‌شود (مادهٔ 59).',
  'follow-the-procedure':
    'مقام‌های قراردادگزار با فعالان اقتصادی برابر رفتار می‌کنند و شفاف عمل می‌کنند (دستورالعمل 2014/24/EU، مادهٔ 18(1)) و قرارداد را به مقرون‌به‌صرفه‌ترین پیشنهاد از نظر اقتصادی بر پایهٔ معیارهای منتشرشده واگذار می‌کنند (مادهٔ 67)؛ کوشش برای اثرگذاری ناروا بر تصمیم یا دستیابی به اطلاعات محرمانه زمینهٔ محرومیت است (مادهٔ 57(4)(i)).',
  'follow-the-call-off-terms':
    'قراردادهای مبتنی بر توافق‌نامهٔ چارچوب در محدودهٔ شرایط آن، یا پس از گشودن دوبارهٔ رقابت میان طرف‌های آن واگذار می‌شوند (دستورالعمل 2014/24/EU، مادهٔ 33(3)–(5)).',
  'prepare-for-the-next-framework':
    'قراردادهای مبتنی بر توافق‌نامهٔ چارچوب فقط میان مقام‌ها و فعالان اقتصادی طرف آن واگذار می‌شوند (دستورالعمل 2014/24/EU، مادهٔ 33(2)).',
  'join-the-dynamic-purchasing-system':
    'نظام خرید پویا در سراسر مدت اعتبارش به روی هر فعال اقتصادی که معیارهای انتخاب را دارد باز می‌ماند (دستورالعمل 2014/24/EU، مادهٔ 34) و هر شرکت‌کنندهٔ پذیرفته‌شده به هر خرید مشخص دعوت می‌شود (مادهٔ 34(6)).',
  'check-the-national-rules':
    'دستورالعمل بالای آستانه‌های مادهٔ 4 دستورالعمل 2014/24/EU اعمال می‌شود؛ برای مبالغ کمتر مقررات ملی حاکم است که باز هم باید اصول کلی حقوق اتحادیهٔ اروپا را رعایت کند (کمیسیون اروپا، «Thresholds»).',
  'answer-the-invitation':
    'رویهٔ مذاکره‌ای بدون انتشار آگهی قبلی فقط در موارد مادهٔ 32 دستورالعمل 2014/24/EU مجاز است (نبود پیشنهاد مناسب در رویهٔ پیشین، تنها یک تأمین‌کنندهٔ ممکن، فوریت شدید، تحویل‌های افزوده…).',
};

const TERMS = {
  'payment-terms':
    'شرایط پرداختی پیشنهاد کنید که ریسک خریدار را محدود کند: پرداخت مرحله‌ای در برابر نقاط عطف، بند بازنگری قیمت.',
  'performance-guarantee':
    'آزمون‌های پذیرش و ضمانت عملکرد را در قرارداد بگنجانید: خریدار بابت نتایجی می‌پردازد که می‌تواند وارسی کند.',
  'delivery-commitment': 'به تاریخ‌های تحویل با جریمهٔ تأخیر متعهد شوید و بگویید تأمین چگونه تضمین شده است.',
  'supplier-assurance':
    'منتظر پرسش دربارهٔ استحکام خود باشید: صورت‌های مالی، سوابق مشتریان و ضمانت‌نامهٔ شرکت مادر یا بانک را آماده کنید.',
  'service-level': 'توافق‌نامهٔ سطح خدمات پیشنهاد کنید: زمان پاسخ‌گویی و در دسترس بودن قطعات یدکی، همراه با جریمه.',
  'currency-clause': 'قیمت را به ارز خریدار بدهید یا بر سر بند تعدیل توافق کنید: ریسک نرخ ارز بخشی از شرایط است.',
  'shared-decision':
    'به افراد درگیر آنچه برای دفاع درون‌سازمانی از انتخاب لازم دارند بدهید: سوابق همتایانشان، ارزیابی مشترک.',
} as const;

/** The message templates, one per code. */
export const messages = {
  'purchased-before': (): string =>
    'این قلم پیش‌تر خریده شده است: خرید مجدد، مستقیم یا اصلاح‌شده، مگر آنکه مسئله تازه شده باشد.',
  'first-purchase': (): string => 'این قلم هرگز پیش‌تر خریده نشده است: بنا به تعریف، خرید جدید.',
  'specification-changed': (): string =>
    'مشخصات از آخرین خرید تغییر کرده است: خرید مجدد اصلاح‌شده، یا خرید جدید اگر مسئله تازه باشد.',
  'specification-unchanged': (): string =>
    'مشخصات تغییری نکرده است: خرید مجدد مستقیم، مگر آنکه قیمت، شرایط یا تأمین‌کننده تغییر کند.',
  'incumbent-satisfies': (): string => 'خریدار از تأمین‌کنندهٔ فعلی راضی است: خرید مجدد مستقیم.',
  'incumbent-dissatisfies': (): string =>
    'خریدار از تأمین‌کنندهٔ فعلی ناراضی است: خرید مجدد اصلاح‌شده، یا خرید جدید اگر مسئله تازه باشد.',
  'new-suppliers-considered': (): string =>
    'تأمین‌کنندگان تازه بررسی می‌شوند: خرید جدید یا خرید مجدد اصلاح‌شده، نه خرید مجدد مستقیم.',
  'no-new-suppliers': (): string => 'هیچ تأمین‌کنندهٔ تازه‌ای بررسی نمی‌شود: خرید مجدد مستقیم.',
  'novelty-high': (): string => 'مسئله برای خریداران تازه است: خرید جدید.',
  'novelty-medium': (): string => 'مسئله برای خریداران تا حدی تازه است: خرید مجدد اصلاح‌شده.',
  'novelty-low': (): string => 'مسئله برای خریداران آشناست: خرید مجدد مستقیم.',
  'information-need-high': (): string => 'خریداران به اطلاعات زیادی نیاز دارند: خرید جدید.',
  'information-need-medium': (): string => 'خریداران به مقداری اطلاعات نیاز دارند: خرید مجدد اصلاح‌شده.',
  'information-need-low': (): string => 'خریداران به اطلاعات کمی نیاز دارند: خرید مجدد مستقیم.',
  'secure-partnership': (): string =>
    'مدیریت تأمین: موقعیت قدرت را تحلیل کنید، سپس بهره‌برداری، توازن یا تنوع‌بخشی؛ شراکت‌های بلندمدتی بسازید که تأمین را تضمین کند. تصمیم با مدیریت ارشد است.',
  'exploit-purchasing-power': (): string =>
    'مدیریت مواد: از قدرت خرید بهره بگیرید — مناقصه، قیمت‌گذاری هدف، جایگزینی محصولات یا تأمین‌کنندگان. تصمیم با مدیر خرید است.',
  'secure-volume': (): string =>
    'مدیریت منابع تأمین: حجم و پیوستگی را تضمین کنید — تضمین حجم، کنترل فروشندگان، موجودی اطمینان، برنامه‌های پشتیبان. تصمیم با مدیران بخش‌هاست.',
  'streamline-buying': (): string =>
    'مدیریت خرید: کارآمد بخرید — استانداردسازی، تجمیع سفارش‌ها، بهینه‌سازی حجم سفارش و موجودی. تصمیم با خریداران است.',
  'leverage-the-relationship': (): string =>
    'از دسترسی و اعتمادی که نزد این مشتری دارید بهره بگیرید تا نیاز را زود بشناسید و نخستین کسی باشید که با او مشورت می‌شود.',
  'reach-the-whole-center': (): string =>
    'همهٔ اعضای مرکز خرید را در جریان بگذارید، کارشناسان فنی و تصمیم‌گیرندگان ارشد را، نه فقط واحد خرید را.',
  'reduce-perceived-risk': (): string =>
    'سوابق مشتریان، آزمایش یا پروژهٔ آزمایشی و بازدید از محل پیشنهاد کنید تا تأمین‌کننده‌ای که برایشان تازه است مطمئن به نظر برسد.',
  'defend-the-account': (): string =>
    'دریابید خریدار چه تغییری می‌خواهد و پیش از رقیب، خودتان آن تغییر را پیشنهاد کنید.',
  'fix-dissatisfaction': (): string =>
    'هر شکایتی دربارهٔ کیفیت، تحویل یا قیمت را سریع حل کنید؛ نارضایتی است که در را به روی دیگران باز می‌کند.',
  'seize-the-opening': (): string =>
    'پیشنهادی بدهید که دقیقاً به همان چیزی پاسخ دهد که خریدار می‌خواهد تغییر دهد: مشخصات، قیمت یا شرایط بهتر.',
  'get-on-the-shortlist': (): string =>
    'همین حالا صلاحیت بگیرید و به فهرست کوتاه راه یابید: خریدار چند تأمین‌کنندهٔ تازه را بررسی می‌کند، نه همه را.',
  'keep-the-routine': (): string =>
    'کیفیت، تحویل و خدمات را بی‌نقص نگه دارید و مرتب به این مشتری سر بزنید: کار تجاری فشرده.',
  'automate-reordering': (): string =>
    'سفارش مجدد خودکار، قراردادهای کلی یا موجودی مدیریت‌شده به دست فروشنده پیشنهاد کنید تا سفارش دوباره از شما زحمتی نداشته باشد.',
  'reframe-the-need': (): string =>
    'چیز تازه‌ای بیاورید — راه‌حلی بهتر، هزینهٔ کل کمتر — که خریدار را به بازنگری وادارد و سفارش مجدد را به خرید جدید بدل کند.',
  'win-a-trial-order': (): string => 'یک سفارش آزمایشی کوچک بخواهید و در آن خود را ثابت کنید.',
  'prove-reliability': (): string =>
    'قابلیت اطمینان خود را ثابت کنید: سلامت مالی، پیوستگی تأمین، گواهی‌نامه‌ها، تعهد بلندمدت.',
  'perform-the-contract': (): string =>
    'قرارداد فعلی خود را مو به مو اجرا کنید: کارنامهٔ شما مرجع شما برای رویهٔ بعدی است.',
  'watch-the-notices': (): string =>
    'آگهی‌های اطلاع‌رسانی پیشین و آگهی‌های قرارداد این خریدار و این موضوع را دنبال کنید (TED و درگاه‌های ملی).',
  'join-market-consultation': (): string =>
    'پیش از رویه، به رایزنی مقدماتی خریدار با بازار با اطلاعاتی بی‌طرف و مبتنی بر استانداردها پاسخ دهید که برای همهٔ رقبا در دسترس باشد — هرگز با مشخصاتی که بر پایهٔ محصول شما نوشته شده باشد.',
  'qualify-for-the-procedure': (): string =>
    'سند واحد تدارکات اروپایی (ESPD) و مدارکی را که معیارهای انتخاب می‌خواهند (صلاحیت حرفه‌ای، توان اقتصادی و مالی، توان فنی و حرفه‌ای) آماده کنید و مطمئن شوید هیچ زمینه‌ای برای محرومیت وجود ندارد.',
  'follow-the-procedure': (): string =>
    'پیشنهاد خود را دقیقاً همان‌گونه که اسناد مناقصه می‌خواهند، در مهلت و از مجرایی که تعیین می‌کنند بدهید؛ پرسش‌ها را فقط از همان مجرا مطرح کنید. در رویهٔ باز یا محدود دربارهٔ پیشنهاد مذاکره نمی‌شود: بهترین پیشنهادتان را بدهید.',
  'follow-the-call-off-terms': (): string =>
    'هر سفارش را با شرایط توافق‌نامهٔ چارچوب تحویل دهید؛ هر جا رقابت میان طرف‌های آن دوباره گشوده شود، بر پایهٔ شرایط و معیارهایی که تعیین می‌کند پیشنهاد بدهید.',
  'prepare-for-the-next-framework': (): string =>
    'سفارش ذیل توافق‌نامهٔ چارچوب فقط به طرف‌های آن می‌رسد: برای فراخوان بعدی توافق‌نامهٔ چارچوب آماده شوید و در آن صلاحیت بگیرید.',
  'join-the-dynamic-purchasing-system': (): string =>
    'برای پذیرش در نظام خرید پویا درخواست دهید: تأمین‌کنندگان پذیرفته‌شده برای هر خرید مشخص در آن به ارائهٔ پیشنهاد دعوت می‌شوند.',
  'check-the-national-rules': (): string =>
    'زیر آستانه‌های اتحادیهٔ اروپا، پیش از هر اقدام، مقررات ملی و مقررات خرید خود خریدار را بخوانید: آن‌ها رویه را تعیین می‌کنند (اغلب ساده‌شده، یا واگذاری مستقیم برای مبالغ کم).',
  'answer-the-invitation': (): string =>
    'فراخوان رقابت منتشر نمی‌شود: خریدار تأمین‌کنندگانی را که با آنان مشورت می‌کند دعوت می‌کند، فقط در مواردی که دستورالعمل برمی‌شمارد. اگر دعوت شدید، در چارچوب شرایط دعوت‌نامه پیشنهاد بدهید و مذاکره کنید.',
  'payment-terms': (): string =>
    'شرایط پرداختی پیشنهاد کنید که ریسک خریدار را محدود کند: پرداخت مرحله‌ای در برابر نقاط عطف، بند بازنگری قیمت.',
  'performance-guarantee': (): string =>
    'آزمون‌های پذیرش و ضمانت عملکرد را در قرارداد بگنجانید: خریدار بابت نتایجی می‌پردازد که می‌تواند وارسی کند.',
  'delivery-commitment': (): string =>
    'به تاریخ‌های تحویل با جریمهٔ تأخیر متعهد شوید و بگویید تأمین چگونه تضمین شده است.',
  'supplier-assurance': (): string =>
    'منتظر پرسش دربارهٔ استحکام خود باشید: صورت‌های مالی، سوابق مشتریان و ضمانت‌نامهٔ شرکت مادر یا بانک را آماده کنید.',
  'service-level': (): string =>
    'توافق‌نامهٔ سطح خدمات پیشنهاد کنید: زمان پاسخ‌گویی و در دسترس بودن قطعات یدکی، همراه با جریمه.',
  'currency-clause': (): string =>
    'قیمت را به ارز خریدار بدهید یا بر سر بند تعدیل توافق کنید: ریسک نرخ ارز بخشی از شرایط است.',
  'shared-decision': (): string =>
    'به افراد درگیر آنچه برای دفاع درون‌سازمانی از انتخاب لازم دارند بدهید: سوابق همتایانشان، ارزیابی مشترک.',
  'derived-demand': (): string =>
    'تقاضای یک کسب‌وکار از تقاضای مشتریان خود آن برمی‌خیزد (یک متن آموزشی فرانسوی بازاریابی B2B: تصمیم مشتری تا حد زیادی به نیازهای مشتریان خودش بستگی دارد).',
  'no-decider': (): string => 'هیچ عضوی شناخته نیست که تصمیم بگیرد: بیابید چه کسی به خرید آری یا نه می‌گوید.',
  'no-champion': (): string => 'بدون حامی اصلی: بی او بسیاری از خریدها هرگز انجام نمی‌شود (Bonoma 1982).',
  'seller-view': (): string =>
    'مرحلهٔ CRM فرصت فروش فروشنده را دنبال می‌کند، نه فرایند خرید خریدار را: مرحله تقریبی است (برداشت buygrid).',
  'lost-ambiguous': (): string =>
    'فرصت ازدست‌رفته نمی‌گوید خریدار خرید را متوقف کرد یا آن را به رقیب واگذار کرد: نتیجه‌ای داده نمی‌شود؛ دلیل از دست رفتن آن را می‌گفت.',
  'single-select': (): string =>
    'فیلد Salesforce OpportunityContactRole.Role یک مقدار می‌پذیرد: اولی را آنجا بنویسید، یا `value` را در فیلد چندگزینه‌ای AccountContactRelation.Roles.',
  'win-over-the-blocker': (): string =>
    'عضوی بانفوذ خرید یا شما را سد کرده است: ایراد او را دریابید و از راه کسی که به او اعتماد دارد پاسخش را بدهید.',
  'find-the-decider': (): string =>
    'تصمیم‌گیرنده‌ای شناخته نیست: بیابید چه کسی آری یا نه می‌گوید و چگونه می‌توان به او رسید.',
  'revive-the-purchase': (): string =>
    'مدتی است اتفاقی نیفتاده است: با فرد رابط خود تماس بگیرید، دریابید چه چیزی مانع است و گام مشخص بعدی را پیشنهاد کنید.',
  'organization-type-assumed': (): string => 'نوع سازمان داده نشده است: شرکت فرض می‌شود.',
  'regime-public-law': (): string =>
    'نهادی که تابع حقوق عمومی است مقام قراردادگزار است (دستورالعمل 2014/24/EU، مادهٔ 2(1)(4)): بر پایهٔ مقررات تدارکات عمومی خرید می‌کند.',
  'shape-the-specification': (): string =>
    'در همان زمانی که کاربران و تأثیرگذاران نیاز را تعریف می‌کنند با آنان کار کنید تا مشخصات با نقاط قوت شما جور شود.',
  'get-in-early': (): string =>
    'پیش از نوشته‌شدن مشخصات وارد شوید: اطلاعاتی را که خریداران می‌جویند برایشان بیاورید و در تعریف نیاز یاری‌شان کنید.',
  // situation: buyclass
  'fact-not-applicable': (p, f) => `برای خرید نخست کاربرد ندارد، پس نادیده گرفته می‌شود: ${facts(p.facts, f)}.`,
  'facts-missing': (p, f) => `معلوم نیست، پس اطمینان کمتر است: ${facts(p.facts, f)}.`,
  'mixed-profile': (p, f) =>
    `نیم‌رخ آمیخته: ${facts(p.facts, f)} کاملاً با «${f.label('buyclass', p.buyclass)}» جور نیست.`,
  'rebuy-undecided': (p, f) =>
    `واقعیت‌های معلوم «${f.label('buyclass', p.buyclass)}» را از «${f.label('buyclass', p.runnerUp)}» جدا نمی‌کنند؛ آنکه کار خرید بیشتری دارد فرض می‌شود.`,
  // situation: portfolio
  'profit-impact-high': (p, f) => `اثر بر سود ${axis(p, f)}: بالا.`,
  'profit-impact-low': (p, f) => `اثر بر سود ${axis(p, f)}: پایین.`,
  'supply-risk-high': (p, f) => `ریسک تأمین ${axis(p, f)}: بالا.`,
  'supply-risk-low': (p, f) => `ریسک تأمین ${axis(p, f)}: پایین.`,
  'strategic-purchase': (p) =>
    p.quadrant === 'bottleneck'
      ? 'خرید راهبردی (اقلام گلوگاهی): پیوستگی تأمین وزن زیادی دارد (برداشت buygrid از این ربع).'
      : 'خرید راهبردی (اقلام راهبردی): قابلیت اطمینان تأمین‌کننده و شراکت بلندمدت وزن زیادی دارند (برداشت buygrid از این ربع).',
  'banal-purchase': (p) =>
    p.quadrant === 'leverage'
      ? 'خرید عادی (اقلام اهرمی): قیمت و شرایط وزن زیادی دارند — قدرت خرید، نه قابلیت اطمینان تأمین‌کننده؛ پای پول در میان است (برداشت buygrid از این ربع).'
      : 'خرید عادی (اقلام غیرحیاتی): خرید روزمرهٔ کارآمد بیشترین وزن را دارد (برداشت buygrid از این ربع).',
  // situation: organization
  'organization-type': (p, f) => `خریدار ${f.label('organizationType', p.type)} است.`,
  'size-micro': (p, f) => size(p, 'خرد', f),
  'size-small': (p, f) => size(p, 'کوچک', f),
  'size-medium': (p, f) => size(p, 'متوسط', f),
  'size-large': (p, f) => size(p, 'بزرگ', f),
  'no-size-band': (p, f) =>
    `${employees(p.employees, f)}؛ بدون ردهٔ اندازه: آستانه‌های اتحادیهٔ اروپا (توصیه‌نامهٔ 2003/361/EC) بنگاه‌ها را تعریف می‌کنند، نه ${p.type === 'public-body' ? 'نهادهای عمومی' : 'مؤسسه‌ها'} را.`,
  'regime-default': (p, f) =>
    p.type === 'public-body'
      ? 'نهاد عمومی (دولت، مقام منطقه‌ای یا محلی) مقام قراردادگزار است (دستورالعمل 2014/24/EU، مادهٔ 2(1)(1)): بر پایهٔ مقررات تدارکات عمومی خرید می‌کند — بالای آستانه‌های اتحادیهٔ اروپا با یکی از رویه‌های دستورالعمل، زیر آن‌ها با مقررات ملی.'
      : `نهاد تابع حقوق عمومی نیست: ${f.label('organizationType', p.type)} در نظام خرید خصوصی خرید می‌کند.`,
  'regime-assumed': (p) =>
    p.type === 'institution'
      ? 'فرض می‌شود مؤسسه در نظام خرید خصوصی خرید می‌کند؛ بسیاری از بیمارستان‌ها، دانشگاه‌ها و مدرسه‌های با بودجهٔ عمومی نهاد تابع حقوق عمومی‌اند (دستورالعمل 2014/24/EU، مادهٔ 2(1)(4)) و با مقررات عمومی خرید می‌کنند: publicLaw: true بدهید.'
      : 'فرض می‌شود شرکت در نظام خرید خصوصی خرید می‌کند (مگر آنکه نهاد تابع حقوق عمومی باشد، دستورالعمل 2014/24/EU، مادهٔ 2(1)(4): publicLaw: true بدهید).',
  'regime-given': (p, f) => `نظام خرید داده شده است: ${f.label('regime', p.regime)}.`,
  // situation: classifySituation
  'buyclass-given': (p, f) => `نوع خرید داده شده است: ${f.label('buyclass', p.buyclass)}.`,
  'threshold-not-applicable': () =>
    'آستانه‌های اتحادیهٔ اروپا مقام‌های قراردادگزار را ملزم می‌کنند؛ خریدار خصوصی چنین نیست، پس ارزش قرارداد سنجیده نمی‌شود.',
  'threshold-not-checked': (p) =>
    p.currency === undefined
      ? 'ارزش قرارداد داده نشده است: آستانهٔ اتحادیهٔ اروپا بررسی نشد (زیر آن مقررات ملی حاکم است).'
      : `ارزش به ${p.currency} است؛ آستانه‌های اتحادیهٔ اروپا به یورو است: آن را تبدیل کنید (کمیسیون معادل‌های ارز ملی را منتشر می‌کند).`,
  'below-threshold': (p, f) => `${threshold(p, f)} — زیر آستانه: مقررات ملی حاکم است.`,
  'above-threshold': (p, f) => `${threshold(p, f)} — برابر یا بالای آستانه: رویهٔ دستورالعمل.`,
  'procedure-given': (p, f) => `رویه داده شده است: ${f.label('procedure', p.procedure)}.`,
  'procedure-below-threshold': () =>
    'زیر آستانه رویه از مقررات ملی پیروی می‌کند (buygrid کمینهٔ خصوصی را فرض می‌کند: آن را عوض کنید).',
  'procedure-default': (p) =>
    `رویهٔ باز فرض می‌شود، رایج‌ترین رویه (دستورالعمل 2014/24/EU، مادهٔ 27).${p.buyclass === 'straight-rebuy' ? ' سفارش مجدد روزمره در بخش عمومی معمولاً سفارش در چارچوب توافق‌نامهٔ چارچوب است (مادهٔ 33): procedure "framework-call-off" بدهید.' : ''}`,
  // risk
  'supplier-relationship': (p, f) => answer(SAYS.relationship[p.answer], p, f),
  'buys-from-competitor': (p, f) => answer(SAYS.competitor[p.answer ? 'yes' : 'no'], p, f),
  'lead-time-critical': (p, f) => answer(SAYS.leadTime[p.answer ? 'yes' : 'no'], p, f),
  currency: (p, f) => answer(SAYS.currency[p.answer], p, f),
  'after-sales-dependency': (p, f) => answer(SAYS.afterSales[p.answer], p, f),
  importance: (p, f) => answer(SAYS.importance[p.answer], p, f),
  buyclass: (p, f) => answer(SAYS.buyclass[p.answer], p, f),
  'budget-share': (p, f) =>
    `${p.budgetShare === undefined ? 'سهم بودجه معلوم نیست (مقداری میانه فرض می‌شود)' : `خرید ${f.percent(p.budgetShare)} بودجه را می‌گیرد`}: پیامد برای ${f.list(Object.entries(p.consequence).map(([d, v]) => `${f.label('dimension', d as RiskDimension)} ${f.number(v)}`))}.`,
  given: (p, f) => `صریحاً داده شده است${p.overridingProfile ? ' (به جای نیم‌رخ)' : ''}: ${dims(p.dimensions, f)}.`,
  situation: (p, f) =>
    `برگرفته از وضعیت خرید: ${f.list([...(p.importance === undefined ? [] : [f.label('importance', p.importance)]), ...(p.buyclass === undefined ? [] : [f.label('buyclass', p.buyclass)])])}.`,
  'profile-over-situation': (p, f) =>
    `پاسخ نیم‌رخ بر وضعیت برتری دارد: ${f.list([...(p.importance === undefined || p.situationImportance === undefined ? [] : [`${f.label('importance', p.importance)} به جای ${f.label('importance', p.situationImportance)}`]), ...(p.buyclass === undefined || p.situationBuyclass === undefined ? [] : [`${f.label('buyclass', p.buyclass)} به جای ${f.label('buyclass', p.situationBuyclass)}`])])}.`,
  'situation-without-profile': () => 'وضعیت فقط جانشین اهمیت و نوع خرید نیم‌رخ است؛ بدون نیم‌رخ چیزی را تغییر نمی‌دهد.',
  'not-assessed': (p, f) => `ارزیابی‌نشده (نه داده‌شده و نه برآمده)، بیرون از امتیاز: ${dims(p.dimensions, f)}.`,
  'reducer-applied': (p, f) =>
    `به کار رفت: ${REDUCERS[p.reducer]} — ${p.dimensions.length === 0 ? 'هیچ بعد ارزیابی‌شده‌ای به آن مربوط نیست' : `${p.targets === 'uncertainty' ? 'عدم‌قطعیت' : 'پیامد'} (${dims(p.dimensions, f)}) × ${f.number(p.factor)}`}.`,
  // buying center
  'single-threaded': (p, f) =>
    `مرکز ${f.plural(p.members, { other: '# عضو شناخته‌شده' })} دارد: یک رابط یعنی یک نقطهٔ شکست؛ با افراد بیشتری از دست‌اندرکاران خرید ارتباط بگیرید.`,
  'influential-blocker': (p, f) =>
    `${f.plural(p.names.length, { one: 'مخالف بانفوذ', other: 'مخالفان بانفوذ' })} (نفوذ ≥ ${f.number(p.threshold)}): ${f.list(p.names)}.`,
  'missing-role': (p, f) =>
    `در مرحلهٔ «${f.label('step', p.step)}» نقش «${f.label('role', p.role)}» خالی است: هیچ عضوی این نقش را ندارد.`,
  'buyclass-base': (p, f) =>
    `${f.label('buyclass', p.buyclass)}: پایهٔ ${f.plural(p.base, { other: '# نفر' })} (برای ${f.number(250)} تا ${f.number(999)} کارمند، پیچیدگی متوسط، خرید عادی).`,
  'complexity-factor': (p, f) => `پیچیدگی ${f.label('level', p.complexity)}: × ${f.number(p.factor)}.`,
  'importance-factor': (p, f) => `${f.label('importance', p.importance)}: × ${f.number(p.factor)}.`,
  'employees-factor': (p, f) =>
    `${employees(p.employees, f)}${p.below === undefined ? '' : ` (کمتر از ${f.number(p.below)})`}: × ${f.number(p.factor)}.`,
  'budget-share-factor': (p, f) =>
    `سهم بودجه ${f.percent(p.budgetShare)}: × ${f.number(p.factor, 3)}${p.atLeast === undefined ? '' : `؛ بودجه‌ای چشمگیر، پس یک نفر به‌تنهایی تصمیم نمی‌گیرد (دست‌کم ${f.number(p.atLeast)})`}.`,
  'capped-by-employees': (p, f) => `نه بیشتر از شمار کارمندان: ${f.number(p.employees)}.`,
  // process
  terminal: (p, f) =>
    `خرید ${f.label('outcome', p.status)} است؛ رویداد دیگری${p.status === 'awarded' ? ' جز بررسی عملکرد' : ''} نمی‌پذیرد`,
  'not-allowed': (p, f) =>
    `«${f.label('eventType', p.event)}» در ${isStep(p.status) ? 'مرحلهٔ' : 'وضعیت'} «${status(p.status, f)}» پذیرفته نمی‌شود؛ پذیرفتنی: ${p.accepted.length === 0 ? 'هیچ' : f.list(p.accepted.map((e) => f.label('eventType', e)))}`,
  guard: (p, f) => guard(p, f),
  'criterion-leading': (p, f) =>
    `«${p.supplierId}» امتیاز ${f.number(p.score)} می‌گیرد؛ بیشترینش از ${p.criterion} (${f.number(p.contribution)}).`,
  'criterion-missing': (p) => `«${p.supplierId}»: زمان تحویلی پیشنهاد نشده است، معیار lead-time صفر می‌گیرد.`,
  'ranked-not-selected': (p, f) =>
    `${f.plural(p.offers, { other: '# پیشنهاد' })} بر پایهٔ ${f.list(p.criteria.map((c) => `${c.criterion} ${f.number(c.weight)}`))} رتبه‌بندی شد؛ انتخاب با خریدار می‌ماند (supplierSelected).`,
  // crm
  mapped: (p, f) =>
    'roles' in p
      ? `${CRM[p.crm]} «${p.value}» ← ${p.roles.length === 0 ? 'بدون نقش' : roles(p.roles, f)}${p.stance === undefined ? '' : `؛ ${f.label('stance', p.stance)}`}.`
      : `${CRM[p.crm]} «${p.value}» ← ${p.step === undefined ? (p.outcome === undefined ? `فرصت فروش ${DEAL[p.deal]}` : `خرید ${f.label('outcome', p.outcome)}`) : `مرحلهٔ «${f.label('step', p.step)}»`}: ${p.why}`,
  'no-role': (p) => `${CRM[p.crm]} «${p.value}» هیچ نقشی در مرکز خرید نام نمی‌برد.`,
  'unknown-value': (p) => `«${p.value}» مقداری از نگاشت ${CRM[p.crm]} نیست: به جای حدس، نگاشت‌نشده می‌ماند.`,
  'conflicting-stances': (p, f) =>
    `مقدارها موضع‌های گوناگونی نام می‌برند (${f.list(p.stances.map((s) => f.label('stance', s)))}): به جای حدس، موضعی داده نمی‌شود.`,
  closed: (p) => `فرصت فروش بسته شده است (${DEAL[p.deal]}): خرید در هیچ‌یک از مرحله‌های باز نیست.`,
  'unknown-stage': (p) =>
    `«${p.stage}» مرحله‌ای از نگاشت ${CRM[p.crm]} نیست (مرحله‌ای سفارشی؟): به جای حدس، نگاشت‌نشده می‌ماند؛ نگاشت قیف فروش خود را بدهید.`,
  written: (p, f) =>
    `${[...(p.role === undefined ? [] : [f.label('role', p.role)]), ...(p.stance === undefined ? [] : [f.label('stance', p.stance)])].join('؛ ')} ← ${CRM[p.crm]} «${p.value}».`,
  lost: (p, f) =>
    `${CRM[p.crm]} برای این‌ها مقداری ندارد: ${f.list([...p.roles.map((r) => f.label('role', r)), ...(p.stance === undefined ? [] : [f.label('stance', p.stance)])])}؛ نوشته نشد.`,
  // prospect
  'follow-the-revisit': (p, f) =>
    p.regime === 'public-tender'
      ? `خریدار به مرحلهٔ «${f.label('step', p.step)}» بازگشت: رویه را همان‌گونه که منتشر شده دنبال کنید و به هر فراخوان تازه پاسخ دهید؛ نکوشید آن را جهت دهید (دستورالعمل 2014/24/EU، مواد 18 و 42).`
      : p.step === 'specification'
        ? p.position === 'in-supplier'
          ? 'خریدار دارد از نو تعریف می‌کند چه بخرد: در مشخصات تازه مشارکت کنید و از جایگاه خود دفاع کنید — جای تأمین‌کنندهٔ فعلی در خرید مجدد اصلاح‌شده امن نیست.'
          : 'خریدار دارد از نو تعریف می‌کند چه بخرد: فرصتی است — بکوشید دربارهٔ مشخصات تازه با شما مشورت شود.'
        : p.position === 'in-supplier'
          ? `خریدار به مرحلهٔ «${f.label('step', p.step)}» بازگشت: دریابید چه چیزی بازنگری می‌شود و پیش از رقیب به آن پاسخ دهید.`
          : `خریدار به مرحلهٔ «${f.label('step', p.step)}» بازگشت: دریابید چه چیزی بازنگری می‌شود — مرحله‌ای که دوباره گشوده شده فرصتی برای راه یافتن است.`,
  'meet-who-matters-now': (p, f) =>
    `همین حالا با ${p.name} دیدار کنید: عضوی که در مرحلهٔ «${f.label('step', p.step)}» بیشترین وزن را دارد و هنوز با شما همراه نیست.`,
  'reach-missing-roles': (p, f) =>
    `کسی را در نقش ${p.roles.map((r) => `«${f.label('role', r)}»`).join(' یا ')} نمی‌شناسید، و مرحلهٔ «${f.label('step', p.step)}» به چنین کسی نیاز دارد: پیدایش کنید.`,
  'put-reducers-in-the-offer': (p, f) => `در پیشنهاد بگنجانید: ${f.list(p.reducers.map((r) => REDUCERS[r]))}.`,
  'prepare-the-terms': (p) => `مذاکره را پیرامون ریسک آماده کنید: ${p.terms.map((t) => TERMS[t]).join(' ')}`,
  'find-a-champion': () =>
    'حامی اصلی پیدا کنید: کسی در درون سازمان که این خرید را می‌خواهد و آن را در داخل پیش می‌برد.',
  'widen-the-contacts': () => 'با افراد بیشتری از دست‌اندرکاران خرید ارتباط بگیرید: یک رابط یعنی یک نقطهٔ شکست.',
  'serve-the-purpose': (p) => PURPOSE[p.purpose],
  'follow-downstream-demand': (p) => DEMAND[p.demand],
  stalled: (p, f) =>
    `${f.plural(Math.floor(p.days), { other: '# روز' })} است که در مرحلهٔ «${f.label('step', p.step)}» رویدادی نیست (توقف از ${f.plural(p.after, { other: '# روز' })} به بعد، یک فرض).`,
  'going-back': (p, f) => `خرید به مرحلهٔ «${f.label('step', p.step)}» بازگشت: خریدار در حال بازنگری است.`,
  engage: (p, f) =>
    `${p.name} (${p.roles.length === 0 ? 'بدون نقش شناخته‌شده' : roles(p.roles, f)}${p.stance === undefined ? '' : `؛ ${f.label('stance', p.stance)}`}): مشارکت در مرحلهٔ «${f.label('step', p.step)}» ${f.number(p.participation)} × نفوذ ${f.number(p.influence)} = ${f.number(p.score)}.`,
  'perceived-risk': (p, f) =>
    `ریسک ادراک‌شدهٔ خریدار ${f.label('riskLevel', p.level)} است (${f.number(p.score)})، و این عوامل آن را پیش می‌برند: ${dims(p.drivers, f)}.`,
  'risk-driver': (p, f) =>
    `${f.label('dimension', p.dimension)} ریسک ادراک‌شده را پیش می‌برد: شرایط را شکل می‌دهد (یک متن آموزشی هلندی بازاریابی B2B).`,
  approach: (p) => APPROACH_REASON[p.action],
  purpose: (p) =>
    `سازمان برای ${PURPOSE_NAME[p.purpose]} می‌خرد (یک متن آموزشی یونانی بازاریابی)؛ اینکه این از پیشنهاد چه می‌خواهد برداشت buygrid است.`,
  stage: (p, f) =>
    `برنده در ${f.number(p.won)} از ${f.plural(p.awarded, { other: '# خرید واگذارشده' })}${p.latestWon ? '، از جمله آخرین' : ''}: ${STAGE[p.stage]} (به پیروی از Ford 1980؛ آستانه‌ها برداشت buygrid است).`,
  relationship: (p) =>
    p.relationship === 'incumbent'
      ? `${p.supplierId} آخرین واگذاری را برده است: تأمین‌کنندهٔ فعلی.`
      : p.relationship === 'known'
        ? `${p.supplierId} در خریدهای پیشین شرکت داشته اما آخرین واگذاری با او نیست.`
        : `${p.supplierId} در هیچ خریدی از این مشتری دیده نمی‌شود.`,
  trend: (p, f) => `از «${f.label('buyclass', p.from)}» تا «${f.label('buyclass', p.to)}»: ${TREND[p.trend]}.`,
} satisfies Templates;
