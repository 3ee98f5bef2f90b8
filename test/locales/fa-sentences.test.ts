/**
 * Every sentence the Persian catalog writes (`src/locales/fa.ts`, `src/locales/fa-messages.ts`),
 * word for word: each message template for the params of `MARKERS` and `GUARD_PARAMS` and the
 * extra params that reach the branches they do not, every key of the inline maps (facts,
 * reducers, negotiation terms, approach reasons), and every template of explain's texts with
 * the params explain passes (labels already in Persian, numbers raw or formatted). Each
 * sentence was read against the English one for the same params (`src/locales/en.ts`,
 * `english.ts`) and the Persian glossary (`docs/i18n.md`).
 *
 * The expected strings hold the catalog's exact characters: Persian digits and decimal
 * separator (۰٫۳), ی and ک, the zero-width non-joiner inside words (تأمین‌کننده), the lists
 * `Intl.ListFormat('fa')` joins (`a، b، و c`) without its direction marks.
 */
import { describe, expect, it } from 'vitest';
import fa from '../../src/locales/fa.js';
import { MARKERS } from './markers.js';
import { GUARD_PARAMS, voice } from './tables.js';

const { say, text } = voice(fa);

describe('buygrid/situation: buyclass facts, Kraljic portfolio, organization, regime, thresholds, approach actions', () => {
  it.each([
    [
      'purchased-before',
      MARKERS['purchased-before'][0],
      'این قلم پیش‌تر خریده شده است: خرید مجدد، مستقیم یا اصلاح‌شده، مگر آنکه مسئله تازه شده باشد.',
    ],
    ['first-purchase', MARKERS['first-purchase'][0], 'این قلم هرگز پیش‌تر خریده نشده است: بنا به تعریف، خرید جدید.'],
    [
      'specification-changed',
      MARKERS['specification-changed'][0],
      'مشخصات از آخرین خرید تغییر کرده است: خرید مجدد اصلاح‌شده، یا خرید جدید اگر مسئله تازه باشد.',
    ],
    [
      'specification-unchanged',
      MARKERS['specification-unchanged'][0],
      'مشخصات تغییری نکرده است: خرید مجدد مستقیم، مگر آنکه قیمت، شرایط یا تأمین‌کننده تغییر کند.',
    ],
    [
      'incumbent-satisfies',
      MARKERS['incumbent-satisfies'][0],
      'خریدار از تأمین‌کنندهٔ فعلی راضی است: خرید مجدد مستقیم.',
    ],
    [
      'incumbent-dissatisfies',
      MARKERS['incumbent-dissatisfies'][0],
      'خریدار از تأمین‌کنندهٔ فعلی ناراضی است: خرید مجدد اصلاح‌شده، یا خرید جدید اگر مسئله تازه باشد.',
    ],
    [
      'new-suppliers-considered',
      MARKERS['new-suppliers-considered'][0],
      'تأمین‌کنندگان تازه بررسی می‌شوند: خرید جدید یا خرید مجدد اصلاح‌شده، نه خرید مجدد مستقیم.',
    ],
    ['no-new-suppliers', MARKERS['no-new-suppliers'][0], 'هیچ تأمین‌کنندهٔ تازه‌ای بررسی نمی‌شود: خرید مجدد مستقیم.'],
    ['novelty-high', MARKERS['novelty-high'][0], 'مسئله برای خریداران تازه است: خرید جدید.'],
    ['novelty-medium', MARKERS['novelty-medium'][0], 'مسئله برای خریداران تا حدی تازه است: خرید مجدد اصلاح‌شده.'],
    ['novelty-low', MARKERS['novelty-low'][0], 'مسئله برای خریداران آشناست: خرید مجدد مستقیم.'],
    ['information-need-high', MARKERS['information-need-high'][0], 'خریداران به اطلاعات زیادی نیاز دارند: خرید جدید.'],
    [
      'information-need-medium',
      MARKERS['information-need-medium'][0],
      'خریداران به مقداری اطلاعات نیاز دارند: خرید مجدد اصلاح‌شده.',
    ],
    [
      'information-need-low',
      MARKERS['information-need-low'][0],
      'خریداران به اطلاعات کمی نیاز دارند: خرید مجدد مستقیم.',
    ],
    [
      'fact-not-applicable',
      MARKERS['fact-not-applicable'][0],
      'برای خرید نخست کاربرد ندارد، پس نادیده گرفته می‌شود: تغییر مشخصات و رضایت از تأمین‌کنندهٔ فعلی.',
    ],
    ['facts-missing', MARKERS['facts-missing'][0], 'معلوم نیست، پس اطمینان کمتر است: تازگی مسئله.'],
    [
      'mixed-profile',
      MARKERS['mixed-profile'][0],
      'نیم‌رخ آمیخته: تازگی مسئله کاملاً با «خرید مجدد اصلاح‌شده» جور نیست.',
    ],
    [
      'mixed-profile',
      MARKERS['mixed-profile'][1],
      'نیم‌رخ آمیخته: تازگی مسئله و نیاز به اطلاعات کاملاً با «خرید جدید» جور نیست.',
    ],
    [
      'rebuy-undecided',
      MARKERS['rebuy-undecided'][0],
      'واقعیت‌های معلوم «خرید مجدد اصلاح‌شده» را از «خرید مجدد مستقیم» جدا نمی‌کنند؛ آنکه کار خرید بیشتری دارد فرض می‌شود.',
    ],
    ['profit-impact-high', MARKERS['profit-impact-high'][0], 'اثر بر سود ۰٫۷ (آستانه ۰٫۵): بالا.'],
    ['profit-impact-high', MARKERS['profit-impact-high'][1], 'اثر بر سود ۰٫۷ (آستانه ۰٫۵)، به حکم معیار volume: بالا.'],
    ['profit-impact-high', MARKERS['profit-impact-high'][2], 'اثر بر سود ۰٫۶ (آستانه ۰٫۵)، به حکم معیار volume: بالا.'],
    ['profit-impact-high', MARKERS['profit-impact-high'][3], 'اثر بر سود ۰٫۴ (آستانه ۰٫۵): بالا.'],
    ['profit-impact-low', MARKERS['profit-impact-low'][0], 'اثر بر سود ۰٫۷ (آستانه ۰٫۵): پایین.'],
    ['profit-impact-low', MARKERS['profit-impact-low'][1], 'اثر بر سود ۰٫۷ (آستانه ۰٫۵)، به حکم معیار volume: پایین.'],
    ['profit-impact-low', MARKERS['profit-impact-low'][2], 'اثر بر سود ۰٫۶ (آستانه ۰٫۵)، به حکم معیار volume: پایین.'],
    ['profit-impact-low', MARKERS['profit-impact-low'][3], 'اثر بر سود ۰٫۴ (آستانه ۰٫۵): پایین.'],
    ['supply-risk-high', MARKERS['supply-risk-high'][0], 'ریسک تأمین ۰٫۷ (آستانه ۰٫۵): بالا.'],
    ['supply-risk-high', MARKERS['supply-risk-high'][1], 'ریسک تأمین ۰٫۷ (آستانه ۰٫۵)، به حکم معیار volume: بالا.'],
    ['supply-risk-high', MARKERS['supply-risk-high'][2], 'ریسک تأمین ۰٫۶ (آستانه ۰٫۵)، به حکم معیار volume: بالا.'],
    ['supply-risk-high', MARKERS['supply-risk-high'][3], 'ریسک تأمین ۰٫۴ (آستانه ۰٫۵): بالا.'],
    ['supply-risk-low', MARKERS['supply-risk-low'][0], 'ریسک تأمین ۰٫۷ (آستانه ۰٫۵): پایین.'],
    ['supply-risk-low', MARKERS['supply-risk-low'][1], 'ریسک تأمین ۰٫۷ (آستانه ۰٫۵)، به حکم معیار volume: پایین.'],
    ['supply-risk-low', MARKERS['supply-risk-low'][2], 'ریسک تأمین ۰٫۶ (آستانه ۰٫۵)، به حکم معیار volume: پایین.'],
    ['supply-risk-low', MARKERS['supply-risk-low'][3], 'ریسک تأمین ۰٫۴ (آستانه ۰٫۵): پایین.'],
    ['supply-risk-low', MARKERS['supply-risk-low'][4], 'ریسک تأمین ۰٫۴۹۹۶ (آستانه ۰٫۵): پایین.'],
    [
      'strategic-purchase',
      MARKERS['strategic-purchase'][0],
      'خرید راهبردی (اقلام راهبردی): قابلیت اطمینان تأمین‌کننده و شراکت بلندمدت وزن زیادی دارند (برداشت buygrid از این ربع).',
    ],
    [
      'strategic-purchase',
      MARKERS['strategic-purchase'][1],
      'خرید راهبردی (اقلام گلوگاهی): پیوستگی تأمین وزن زیادی دارد (برداشت buygrid از این ربع).',
    ],
    [
      'banal-purchase',
      MARKERS['banal-purchase'][0],
      'خرید عادی (اقلام اهرمی): قیمت و شرایط وزن زیادی دارند — قدرت خرید، نه قابلیت اطمینان تأمین‌کننده؛ پای پول در میان است (برداشت buygrid از این ربع).',
    ],
    [
      'banal-purchase',
      MARKERS['banal-purchase'][1],
      'خرید عادی (اقلام غیرحیاتی): خرید روزمرهٔ کارآمد بیشترین وزن را دارد (برداشت buygrid از این ربع).',
    ],
    [
      'secure-partnership',
      MARKERS['secure-partnership'][0],
      'مدیریت تأمین: موقعیت قدرت را تحلیل کنید، سپس بهره‌برداری، توازن یا تنوع‌بخشی؛ شراکت‌های بلندمدتی بسازید که تأمین را تضمین کند. تصمیم با مدیریت ارشد است.',
    ],
    [
      'exploit-purchasing-power',
      MARKERS['exploit-purchasing-power'][0],
      'مدیریت مواد: از قدرت خرید بهره بگیرید — مناقصه، قیمت‌گذاری هدف، جایگزینی محصولات یا تأمین‌کنندگان. تصمیم با مدیر خرید است.',
    ],
    [
      'secure-volume',
      MARKERS['secure-volume'][0],
      'مدیریت منابع تأمین: حجم و پیوستگی را تضمین کنید — تضمین حجم، کنترل فروشندگان، موجودی اطمینان، برنامه‌های پشتیبان. تصمیم با مدیران بخش‌هاست.',
    ],
    [
      'streamline-buying',
      MARKERS['streamline-buying'][0],
      'مدیریت خرید: کارآمد بخرید — استانداردسازی، تجمیع سفارش‌ها، بهینه‌سازی حجم سفارش و موجودی. تصمیم با خریداران است.',
    ],
    ['organization-type', MARKERS['organization-type'][0], 'خریدار شرکت است.'],
    ['organization-type', MARKERS['organization-type'][1], 'خریدار نهاد عمومی است.'],
    ['organization-type', MARKERS['organization-type'][2], 'خریدار مؤسسه است.'],
    [
      'organization-type-assumed',
      MARKERS['organization-type-assumed'][0],
      'نوع سازمان داده نشده است: شرکت فرض می‌شود.',
    ],
    [
      'size-micro',
      MARKERS['size-micro'][0],
      '۴۰ کارمند: بنگاه خرد بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی و ترازنامه داده نشده است).',
    ],
    [
      'size-micro',
      MARKERS['size-micro'][1],
      '۴۰ کارمند، گردش مالی ۸۰۰۰۰۰۰ EUR: بنگاه خرد بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی ۲، ۱۰ و ۵۰ میلیون یورو یا ترازنامه ۲، ۱۰ و ۴۳ میلیون یورو).',
    ],
    [
      'size-micro',
      MARKERS['size-micro'][2],
      '۴۰ کارمند، گردش مالی ۸۰۰۰۰۰۰ EUR، ترازنامه ۹۰۰۰۰۰ EUR: بنگاه خرد بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی ۲، ۱۰ و ۵۰ میلیون یورو یا ترازنامه ۲، ۱۰ و ۴۳ میلیون یورو).',
    ],
    [
      'size-small',
      MARKERS['size-small'][0],
      '۴۰ کارمند: بنگاه کوچک بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی و ترازنامه داده نشده است).',
    ],
    [
      'size-small',
      MARKERS['size-small'][1],
      '۴۰ کارمند، گردش مالی ۸۰۰۰۰۰۰ EUR: بنگاه کوچک بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی ۲، ۱۰ و ۵۰ میلیون یورو یا ترازنامه ۲، ۱۰ و ۴۳ میلیون یورو).',
    ],
    [
      'size-small',
      MARKERS['size-small'][2],
      '۴۰ کارمند، گردش مالی ۸۰۰۰۰۰۰ EUR، ترازنامه ۹۰۰۰۰۰ EUR: بنگاه کوچک بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی ۲، ۱۰ و ۵۰ میلیون یورو یا ترازنامه ۲، ۱۰ و ۴۳ میلیون یورو).',
    ],
    [
      'size-medium',
      MARKERS['size-medium'][0],
      '۴۰ کارمند: بنگاه متوسط بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی و ترازنامه داده نشده است).',
    ],
    [
      'size-medium',
      MARKERS['size-medium'][1],
      '۴۰ کارمند، گردش مالی ۸۰۰۰۰۰۰ EUR: بنگاه متوسط بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی ۲، ۱۰ و ۵۰ میلیون یورو یا ترازنامه ۲، ۱۰ و ۴۳ میلیون یورو).',
    ],
    [
      'size-medium',
      MARKERS['size-medium'][2],
      '۴۰ کارمند، گردش مالی ۸۰۰۰۰۰۰ EUR، ترازنامه ۹۰۰۰۰۰ EUR: بنگاه متوسط بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی ۲، ۱۰ و ۵۰ میلیون یورو یا ترازنامه ۲، ۱۰ و ۴۳ میلیون یورو).',
    ],
    [
      'size-large',
      MARKERS['size-large'][0],
      '۲۰۰۰ کارمند، گردش مالی ۶۰۰۰۰۰۰۰ EUR، ترازنامه ۵۰۰ EUR: بنگاه بزرگ بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی ۲، ۱۰ و ۵۰ میلیون یورو یا ترازنامه ۲، ۱۰ و ۴۳ میلیون یورو).',
    ],
    [
      'no-size-band',
      MARKERS['no-size-band'][0],
      '۳۰۰ کارمند؛ بدون ردهٔ اندازه: آستانه‌های اتحادیهٔ اروپا (توصیه‌نامهٔ 2003/361/EC) بنگاه‌ها را تعریف می‌کنند، نه نهادهای عمومی را.',
    ],
    [
      'no-size-band',
      MARKERS['no-size-band'][1],
      '۳۰۰ کارمند؛ بدون ردهٔ اندازه: آستانه‌های اتحادیهٔ اروپا (توصیه‌نامهٔ 2003/361/EC) بنگاه‌ها را تعریف می‌کنند، نه مؤسسه‌ها را.',
    ],
    [
      'regime-default',
      MARKERS['regime-default'][0],
      'نهاد عمومی (دولت، مقام منطقه‌ای یا محلی) مقام قراردادگزار است (دستورالعمل 2014/24/EU، مادهٔ 2(1)(1)): بر پایهٔ مقررات تدارکات عمومی خرید می‌کند — بالای آستانه‌های اتحادیهٔ اروپا با یکی از رویه‌های دستورالعمل، زیر آن‌ها با مقررات ملی.',
    ],
    ['regime-default', MARKERS['regime-default'][1], 'نهاد تابع حقوق عمومی نیست: شرکت در نظام خرید خصوصی خرید می‌کند.'],
    [
      'regime-default',
      MARKERS['regime-default'][2],
      'نهاد تابع حقوق عمومی نیست: مؤسسه در نظام خرید خصوصی خرید می‌کند.',
    ],
    [
      'regime-assumed',
      MARKERS['regime-assumed'][0],
      'فرض می‌شود شرکت در نظام خرید خصوصی خرید می‌کند (مگر آنکه نهاد تابع حقوق عمومی باشد، دستورالعمل 2014/24/EU، مادهٔ 2(1)(4): publicLaw: true بدهید).',
    ],
    [
      'regime-assumed',
      MARKERS['regime-assumed'][1],
      'فرض می‌شود مؤسسه در نظام خرید خصوصی خرید می‌کند؛ بسیاری از بیمارستان‌ها، دانشگاه‌ها و مدرسه‌های با بودجهٔ عمومی نهاد تابع حقوق عمومی‌اند (دستورالعمل 2014/24/EU، مادهٔ 2(1)(4)) و با مقررات عمومی خرید می‌کنند: publicLaw: true بدهید.',
    ],
    [
      'regime-public-law',
      MARKERS['regime-public-law'][0],
      'نهادی که تابع حقوق عمومی است مقام قراردادگزار است (دستورالعمل 2014/24/EU، مادهٔ 2(1)(4)): بر پایهٔ مقررات تدارکات عمومی خرید می‌کند.',
    ],
    ['regime-given', MARKERS['regime-given'][0], 'نظام خرید داده شده است: خرید خصوصی.'],
    ['regime-given', MARKERS['regime-given'][1], 'نظام خرید داده شده است: مناقصهٔ عمومی.'],
    ['buyclass-given', MARKERS['buyclass-given'][0], 'نوع خرید داده شده است: خرید مجدد مستقیم.'],
    [
      'threshold-not-applicable',
      MARKERS['threshold-not-applicable'][0],
      'آستانه‌های اتحادیهٔ اروپا مقام‌های قراردادگزار را ملزم می‌کنند؛ خریدار خصوصی چنین نیست، پس ارزش قرارداد سنجیده نمی‌شود.',
    ],
    [
      'threshold-not-checked',
      MARKERS['threshold-not-checked'][0],
      'ارزش قرارداد داده نشده است: آستانهٔ اتحادیهٔ اروپا بررسی نشد (زیر آن مقررات ملی حاکم است).',
    ],
    [
      'threshold-not-checked',
      MARKERS['threshold-not-checked'][1],
      'ارزش به MKcurrency است؛ آستانه‌های اتحادیهٔ اروپا به یورو است: آن را تبدیل کنید (کمیسیون معادل‌های ارز ملی را منتشر می‌کند).',
    ],
    [
      'below-threshold',
      MARKERS['below-threshold'][0],
      '۲۰۰۰۰۰ EUR برای خرید کالا در برابر آستانهٔ اتحادیهٔ اروپا، ۱۴۳۰۰۰ EUR (سطح مقام قراردادگزار داده نشده است: آستانهٔ پایین‌تر، یعنی آستانهٔ دولت مرکزی، فرض می‌شود) (MKregulation، ۲۰۲۴–۲۰۲۵) — زیر آستانه: مقررات ملی حاکم است.',
    ],
    [
      'below-threshold',
      MARKERS['below-threshold'][1],
      '۲۰۰۰۰۰ EUR برای خرید کارهای ساختمانی در برابر آستانهٔ اتحادیهٔ اروپا، ۱۴۳۰۰۰ EUR (MKregulation، ۲۰۲۴–۲۰۲۵) — زیر آستانه: مقررات ملی حاکم است.',
    ],
    [
      'above-threshold',
      MARKERS['above-threshold'][0],
      '۲۰۰۰۰۰ EUR برای خرید خدمات در برابر آستانهٔ اتحادیهٔ اروپا، ۱۴۳۰۰۰ EUR (MKregulation، ۲۰۲۴–۲۰۲۵) — برابر یا بالای آستانه: رویهٔ دستورالعمل.',
    ],
    ['procedure-given', MARKERS['procedure-given'][0], 'رویه داده شده است: گفتگوی رقابتی.'],
    [
      'procedure-below-threshold',
      MARKERS['procedure-below-threshold'][0],
      'زیر آستانه رویه از مقررات ملی پیروی می‌کند (buygrid کمینهٔ خصوصی را فرض می‌کند: آن را عوض کنید).',
    ],
    [
      'procedure-default',
      MARKERS['procedure-default'][0],
      'رویهٔ باز فرض می‌شود، رایج‌ترین رویه (دستورالعمل 2014/24/EU، مادهٔ 27).',
    ],
    [
      'procedure-default',
      MARKERS['procedure-default'][1],
      'رویهٔ باز فرض می‌شود، رایج‌ترین رویه (دستورالعمل 2014/24/EU، مادهٔ 27). سفارش مجدد روزمره در بخش عمومی معمولاً سفارش در چارچوب توافق‌نامهٔ چارچوب است (مادهٔ 33): procedure "framework-call-off" بدهید.',
    ],
    [
      'shape-the-specification',
      MARKERS['shape-the-specification'][0],
      'در همان زمانی که کاربران و تأثیرگذاران نیاز را تعریف می‌کنند با آنان کار کنید تا مشخصات با نقاط قوت شما جور شود.',
    ],
    [
      'get-in-early',
      MARKERS['get-in-early'][0],
      'پیش از نوشته‌شدن مشخصات وارد شوید: اطلاعاتی را که خریداران می‌جویند برایشان بیاورید و در تعریف نیاز یاری‌شان کنید.',
    ],
    [
      'leverage-the-relationship',
      MARKERS['leverage-the-relationship'][0],
      'از دسترسی و اعتمادی که نزد این مشتری دارید بهره بگیرید تا نیاز را زود بشناسید و نخستین کسی باشید که با او مشورت می‌شود.',
    ],
    [
      'reach-the-whole-center',
      MARKERS['reach-the-whole-center'][0],
      'همهٔ اعضای مرکز خرید را در جریان بگذارید، کارشناسان فنی و تصمیم‌گیرندگان ارشد را، نه فقط واحد خرید را.',
    ],
    [
      'reduce-perceived-risk',
      MARKERS['reduce-perceived-risk'][0],
      'سوابق مشتریان، آزمایش یا پروژهٔ آزمایشی و بازدید از محل پیشنهاد کنید تا تأمین‌کننده‌ای که برایشان تازه است مطمئن به نظر برسد.',
    ],
    [
      'defend-the-account',
      MARKERS['defend-the-account'][0],
      'دریابید خریدار چه تغییری می‌خواهد و پیش از رقیب، خودتان آن تغییر را پیشنهاد کنید.',
    ],
    [
      'fix-dissatisfaction',
      MARKERS['fix-dissatisfaction'][0],
      'هر شکایتی دربارهٔ کیفیت، تحویل یا قیمت را سریع حل کنید؛ نارضایتی است که در را به روی دیگران باز می‌کند.',
    ],
    [
      'seize-the-opening',
      MARKERS['seize-the-opening'][0],
      'پیشنهادی بدهید که دقیقاً به همان چیزی پاسخ دهد که خریدار می‌خواهد تغییر دهد: مشخصات، قیمت یا شرایط بهتر.',
    ],
    [
      'get-on-the-shortlist',
      MARKERS['get-on-the-shortlist'][0],
      'همین حالا صلاحیت بگیرید و به فهرست کوتاه راه یابید: خریدار چند تأمین‌کنندهٔ تازه را بررسی می‌کند، نه همه را.',
    ],
    [
      'keep-the-routine',
      MARKERS['keep-the-routine'][0],
      'کیفیت، تحویل و خدمات را بی‌نقص نگه دارید و مرتب به این مشتری سر بزنید: کار تجاری فشرده.',
    ],
    [
      'automate-reordering',
      MARKERS['automate-reordering'][0],
      'سفارش مجدد خودکار، قراردادهای کلی یا موجودی مدیریت‌شده به دست فروشنده پیشنهاد کنید تا سفارش دوباره از شما زحمتی نداشته باشد.',
    ],
    [
      'reframe-the-need',
      MARKERS['reframe-the-need'][0],
      'چیز تازه‌ای بیاورید — راه‌حلی بهتر، هزینهٔ کل کمتر — که خریدار را به بازنگری وادارد و سفارش مجدد را به خرید جدید بدل کند.',
    ],
    ['win-a-trial-order', MARKERS['win-a-trial-order'][0], 'یک سفارش آزمایشی کوچک بخواهید و در آن خود را ثابت کنید.'],
    [
      'prove-reliability',
      MARKERS['prove-reliability'][0],
      'قابلیت اطمینان خود را ثابت کنید: سلامت مالی، پیوستگی تأمین، گواهی‌نامه‌ها، تعهد بلندمدت.',
    ],
    [
      'perform-the-contract',
      MARKERS['perform-the-contract'][0],
      'قرارداد فعلی خود را مو به مو اجرا کنید: کارنامهٔ شما مرجع شما برای رویهٔ بعدی است.',
    ],
    [
      'watch-the-notices',
      MARKERS['watch-the-notices'][0],
      'آگهی‌های اطلاع‌رسانی پیشین و آگهی‌های قرارداد این خریدار و این موضوع را دنبال کنید (TED و درگاه‌های ملی).',
    ],
    [
      'join-market-consultation',
      MARKERS['join-market-consultation'][0],
      'پیش از رویه، به رایزنی مقدماتی خریدار با بازار با اطلاعاتی بی‌طرف و مبتنی بر استانداردها پاسخ دهید که برای همهٔ رقبا در دسترس باشد — هرگز با مشخصاتی که بر پایهٔ محصول شما نوشته شده باشد.',
    ],
    [
      'qualify-for-the-procedure',
      MARKERS['qualify-for-the-procedure'][0],
      'سند واحد تدارکات اروپایی (ESPD) و مدارکی را که معیارهای انتخاب می‌خواهند (صلاحیت حرفه‌ای، توان اقتصادی و مالی، توان فنی و حرفه‌ای) آماده کنید و مطمئن شوید هیچ زمینه‌ای برای محرومیت وجود ندارد.',
    ],
    [
      'follow-the-procedure',
      MARKERS['follow-the-procedure'][0],
      'پیشنهاد خود را دقیقاً همان‌گونه که اسناد مناقصه می‌خواهند، در مهلت و از مجرایی که تعیین می‌کنند بدهید؛ پرسش‌ها را فقط از همان مجرا مطرح کنید. در رویهٔ باز یا محدود دربارهٔ پیشنهاد مذاکره نمی‌شود: بهترین پیشنهادتان را بدهید.',
    ],
    [
      'follow-the-call-off-terms',
      MARKERS['follow-the-call-off-terms'][0],
      'هر سفارش را با شرایط توافق‌نامهٔ چارچوب تحویل دهید؛ هر جا رقابت میان طرف‌های آن دوباره گشوده شود، بر پایهٔ شرایط و معیارهایی که تعیین می‌کند پیشنهاد بدهید.',
    ],
    [
      'prepare-for-the-next-framework',
      MARKERS['prepare-for-the-next-framework'][0],
      'سفارش ذیل توافق‌نامهٔ چارچوب فقط به طرف‌های آن می‌رسد: برای فراخوان بعدی توافق‌نامهٔ چارچوب آماده شوید و در آن صلاحیت بگیرید.',
    ],
    [
      'join-the-dynamic-purchasing-system',
      MARKERS['join-the-dynamic-purchasing-system'][0],
      'برای پذیرش در نظام خرید پویا درخواست دهید: تأمین‌کنندگان پذیرفته‌شده برای هر خرید مشخص در آن به ارائهٔ پیشنهاد دعوت می‌شوند.',
    ],
    [
      'check-the-national-rules',
      MARKERS['check-the-national-rules'][0],
      'زیر آستانه‌های اتحادیهٔ اروپا، پیش از هر اقدام، مقررات ملی و مقررات خرید خود خریدار را بخوانید: آن‌ها رویه را تعیین می‌کنند (اغلب ساده‌شده، یا واگذاری مستقیم برای مبالغ کم).',
    ],
    [
      'answer-the-invitation',
      MARKERS['answer-the-invitation'][0],
      'فراخوان رقابت منتشر نمی‌شود: خریدار تأمین‌کنندگانی را که با آنان مشورت می‌کند دعوت می‌کند، فقط در مواردی که دستورالعمل برمی‌شمارد. اگر دعوت شدید، در چارچوب شرایط دعوت‌نامه پیشنهاد بدهید و مذاکره کنید.',
    ],
    // every fact
    [
      'facts-missing',
      {
        facts: [
          'purchasedBefore',
          'specificationChanged',
          'satisfiedWithIncumbent',
          'consideringNewSuppliers',
          'problemNovelty',
          'informationNeed',
        ],
      },
      'معلوم نیست، پس اطمینان کمتر است: خرید پیشین، تغییر مشخصات، رضایت از تأمین‌کنندهٔ فعلی، بررسی تأمین‌کنندگان تازه، تازگی مسئله، و نیاز به اطلاعات.',
    ],
    // a balance sheet without a turnover
    [
      'size-micro',
      { employees: 8, balanceSheet: 1500000 },
      '۸ کارمند، ترازنامه ۱۵۰۰۰۰۰ EUR: بنگاه خرد بنا بر آستانه‌های اتحادیهٔ اروپا (۱۰، ۵۰ و ۲۵۰ کارمند؛ گردش مالی ۲، ۱۰ و ۵۰ میلیون یورو یا ترازنامه ۲، ۱۰ و ۴۳ میلیون یورو).',
    ],
    // works: no authority level to assume
    [
      'below-threshold',
      {
        amount: 5000000,
        currency: 'EUR',
        subject: 'works',
        threshold: 5538000,
        regulation: 'Regulation (EU) 2023/2495',
        validFrom: '2024-01-01',
        validUntil: '2025-12-31',
      },
      '۵۰۰۰۰۰۰ EUR برای خرید کارهای ساختمانی در برابر آستانهٔ اتحادیهٔ اروپا، ۵۵۳۸۰۰۰ EUR (Regulation (EU) 2023/2495، ۲۰۲۴–۲۰۲۵) — زیر آستانه: مقررات ملی حاکم است.',
    ],
    // a value equal to a threshold of four decimals: both rounded alike, nothing to tell apart
    ['supply-risk-high', { value: 0.4996, threshold: 0.4996 }, 'ریسک تأمین ۰٫۵ (آستانه ۰٫۵): بالا.'],
  ] as const)('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('buygrid/risk: the profile answers and the reasons of assessRisk', () => {
  it.each([
    [
      'supplier-relationship',
      MARKERS['supplier-relationship'][0],
      'تأمین‌کننده برای خریدار تازه است: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'supplier-relationship',
      MARKERS['supplier-relationship'][1],
      'تأمین‌کننده برای خریدار تازه است: پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'supplier-relationship',
      MARKERS['supplier-relationship'][2],
      'تأمین‌کننده برای خریدار تازه است: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'supplier-relationship',
      MARKERS['supplier-relationship'][3],
      'خریدار تأمین‌کننده را می‌شناسد اما اکنون این قلم را از او نمی‌خرد: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'supplier-relationship',
      MARKERS['supplier-relationship'][4],
      'خریدار تأمین‌کننده را می‌شناسد اما اکنون این قلم را از او نمی‌خرد: پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'supplier-relationship',
      MARKERS['supplier-relationship'][5],
      'خریدار تأمین‌کننده را می‌شناسد اما اکنون این قلم را از او نمی‌خرد: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'supplier-relationship',
      MARKERS['supplier-relationship'][6],
      'تأمین‌کننده، تأمین‌کنندهٔ فعلی است: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'supplier-relationship',
      MARKERS['supplier-relationship'][7],
      'تأمین‌کننده، تأمین‌کنندهٔ فعلی است: پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'supplier-relationship',
      MARKERS['supplier-relationship'][8],
      'تأمین‌کننده، تأمین‌کنندهٔ فعلی است: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][0],
      'مشتری اکنون این قلم را از رقیب می‌خرد، پس باید جابه‌جا شود: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][1],
      'مشتری اکنون این قلم را از رقیب می‌خرد، پس باید جابه‌جا شود: پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][2],
      'مشتری اکنون این قلم را از رقیب می‌خرد، پس باید جابه‌جا شود: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][3],
      'مشتری این قلم را از رقیب نمی‌خرد: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][4],
      'مشتری این قلم را از رقیب نمی‌خرد: پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][5],
      'مشتری این قلم را از رقیب نمی‌خرد: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'lead-time-critical',
      MARKERS['lead-time-critical'][0],
      'زمان تحویل حیاتی است: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    ['lead-time-critical', MARKERS['lead-time-critical'][1], 'زمان تحویل حیاتی است: پیامد را بالا می‌برد (تحویل).'],
    [
      'lead-time-critical',
      MARKERS['lead-time-critical'][2],
      'زمان تحویل حیاتی است: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'lead-time-critical',
      MARKERS['lead-time-critical'][3],
      'زمان تحویل حیاتی نیست: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    ['lead-time-critical', MARKERS['lead-time-critical'][4], 'زمان تحویل حیاتی نیست: پیامد را بالا می‌برد (تحویل).'],
    [
      'lead-time-critical',
      MARKERS['lead-time-critical'][5],
      'زمان تحویل حیاتی نیست: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'currency',
      MARKERS['currency'][0],
      'خریدار و تأمین‌کننده ارز یکسانی دارند: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    ['currency', MARKERS['currency'][1], 'خریدار و تأمین‌کننده ارز یکسانی دارند: پیامد را بالا می‌برد (تحویل).'],
    [
      'currency',
      MARKERS['currency'][2],
      'خریدار و تأمین‌کننده ارز یکسانی دارند: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'currency',
      MARKERS['currency'][3],
      'تأمین‌کننده به ارزی جز ارز خریدار صورت‌حساب می‌دهد: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'currency',
      MARKERS['currency'][4],
      'تأمین‌کننده به ارزی جز ارز خریدار صورت‌حساب می‌دهد: پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'currency',
      MARKERS['currency'][5],
      'تأمین‌کننده به ارزی جز ارز خریدار صورت‌حساب می‌دهد: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][0],
      'خریدار به خدمات پس از فروش وابستگی کمی دارد: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][1],
      'خریدار به خدمات پس از فروش وابستگی کمی دارد: پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][2],
      'خریدار به خدمات پس از فروش وابستگی کمی دارد: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][3],
      'خریدار به خدمات پس از فروش وابستگی متوسطی دارد: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][4],
      'خریدار به خدمات پس از فروش وابستگی متوسطی دارد: پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][5],
      'خریدار به خدمات پس از فروش وابستگی متوسطی دارد: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][6],
      'خریدار به خدمات پس از فروش وابستگی زیادی دارد: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][7],
      'خریدار به خدمات پس از فروش وابستگی زیادی دارد: پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][8],
      'خریدار به خدمات پس از فروش وابستگی زیادی دارد: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    ['importance', MARKERS['importance'][0], 'خرید عادی است: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).'],
    ['importance', MARKERS['importance'][1], 'خرید عادی است: پیامد را بالا می‌برد (تحویل).'],
    [
      'importance',
      MARKERS['importance'][2],
      'خرید عادی است: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    ['importance', MARKERS['importance'][3], 'خرید راهبردی است: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).'],
    ['importance', MARKERS['importance'][4], 'خرید راهبردی است: پیامد را بالا می‌برد (تحویل).'],
    [
      'importance',
      MARKERS['importance'][5],
      'خرید راهبردی است: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'importance',
      MARKERS['importance'][6],
      'اهمیت خرید معلوم نیست (مقداری میانه فرض می‌شود): عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'importance',
      MARKERS['importance'][7],
      'اهمیت خرید معلوم نیست (مقداری میانه فرض می‌شود): پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'importance',
      MARKERS['importance'][8],
      'اهمیت خرید معلوم نیست (مقداری میانه فرض می‌شود): عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    ['buyclass', MARKERS['buyclass'][0], 'خرید از نوع خرید جدید است: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).'],
    ['buyclass', MARKERS['buyclass'][1], 'خرید از نوع خرید جدید است: پیامد را بالا می‌برد (تحویل).'],
    [
      'buyclass',
      MARKERS['buyclass'][2],
      'خرید از نوع خرید جدید است: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'buyclass',
      MARKERS['buyclass'][3],
      'خرید از نوع خرید مجدد اصلاح‌شده است: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    ['buyclass', MARKERS['buyclass'][4], 'خرید از نوع خرید مجدد اصلاح‌شده است: پیامد را بالا می‌برد (تحویل).'],
    [
      'buyclass',
      MARKERS['buyclass'][5],
      'خرید از نوع خرید مجدد اصلاح‌شده است: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'buyclass',
      MARKERS['buyclass'][6],
      'خرید از نوع خرید مجدد مستقیم است: عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    ['buyclass', MARKERS['buyclass'][7], 'خرید از نوع خرید مجدد مستقیم است: پیامد را بالا می‌برد (تحویل).'],
    [
      'buyclass',
      MARKERS['buyclass'][8],
      'خرید از نوع خرید مجدد مستقیم است: عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'buyclass',
      MARKERS['buyclass'][9],
      'نوع خرید معلوم نیست (مقداری میانه فرض می‌شود): عدم‌قطعیت را بالا می‌برد (تأمین‌کننده و عملکرد).',
    ],
    [
      'buyclass',
      MARKERS['buyclass'][10],
      'نوع خرید معلوم نیست (مقداری میانه فرض می‌شود): پیامد را بالا می‌برد (تحویل).',
    ],
    [
      'buyclass',
      MARKERS['buyclass'][11],
      'نوع خرید معلوم نیست (مقداری میانه فرض می‌شود): عدم‌قطعیت را بالا می‌برد (ارز)؛ پیامد را بالا می‌برد (خدمات پس از فروش).',
    ],
    [
      'budget-share',
      MARKERS['budget-share'][0],
      'سهم بودجه معلوم نیست (مقداری میانه فرض می‌شود): پیامد برای مالی ۰٫۲۵.',
    ],
    ['budget-share', MARKERS['budget-share'][1], 'خرید ۱۲٫۵٪ بودجه را می‌گیرد: پیامد برای مالی ۰٫۳۱ و عملکرد ۰٫۱.'],
    ['given', MARKERS['given'][0], 'صریحاً داده شده است: مالی.'],
    ['given', MARKERS['given'][1], 'صریحاً داده شده است (به جای نیم‌رخ): مالی و تحویل.'],
    ['situation', MARKERS['situation'][0], 'برگرفته از وضعیت خرید: خرید راهبردی.'],
    ['situation', MARKERS['situation'][1], 'برگرفته از وضعیت خرید: خرید جدید.'],
    ['situation', MARKERS['situation'][2], 'برگرفته از وضعیت خرید: خرید عادی و خرید جدید.'],
    [
      'profile-over-situation',
      MARKERS['profile-over-situation'][0],
      'پاسخ نیم‌رخ بر وضعیت برتری دارد: خرید راهبردی به جای خرید عادی.',
    ],
    [
      'profile-over-situation',
      MARKERS['profile-over-situation'][1],
      'پاسخ نیم‌رخ بر وضعیت برتری دارد: خرید جدید به جای خرید مجدد مستقیم.',
    ],
    [
      'profile-over-situation',
      MARKERS['profile-over-situation'][2],
      'پاسخ نیم‌رخ بر وضعیت برتری دارد: خرید عادی به جای خرید راهبردی و خرید مجدد اصلاح‌شده به جای خرید جدید.',
    ],
    [
      'situation-without-profile',
      MARKERS['situation-without-profile'][0],
      'وضعیت فقط جانشین اهمیت و نوع خرید نیم‌رخ است؛ بدون نیم‌رخ چیزی را تغییر نمی‌دهد.',
    ],
    [
      'not-assessed',
      MARKERS['not-assessed'][0],
      'ارزیابی‌نشده (نه داده‌شده و نه برآمده)، بیرون از امتیاز: ارز و اجتماعی.',
    ],
    [
      'reducer-applied',
      MARKERS['reducer-applied'][0],
      'به کار رفت: سوابق مشتریان همانند — عدم‌قطعیت (تأمین‌کننده و عملکرد) × ۰٫۷.',
    ],
    [
      'reducer-applied',
      MARKERS['reducer-applied'][1],
      'به کار رفت: موجودی اطمینان — هیچ بعد ارزیابی‌شده‌ای به آن مربوط نیست.',
    ],
    // an importance the situation did not give
    [
      'profile-over-situation',
      { importance: 'strategic', buyclass: 'new-task', situationBuyclass: 'straight-rebuy' },
      'پاسخ نیم‌رخ بر وضعیت برتری دارد: خرید جدید به جای خرید مجدد مستقیم.',
    ],
    // a buyclass the situation did not give
    [
      'profile-over-situation',
      { importance: 'banal', situationImportance: 'strategic', buyclass: 'new-task' },
      'پاسخ نیم‌رخ بر وضعیت برتری دارد: خرید عادی به جای خرید راهبردی.',
    ],
    // consequence of an assessed dimension
    [
      'reducer-applied',
      { reducer: 'dual-sourcing', targets: 'consequence', dimensions: ['delivery'], factor: 0.75 },
      'به کار رفت: منبع تأمین دوم — پیامد (تحویل) × ۰٫۷۵.',
    ],
    // the situation gave an importance the profile did not answer: only the buyclass
    [
      'profile-over-situation',
      { situationImportance: 'banal', buyclass: 'new-task', situationBuyclass: 'straight-rebuy' },
      'پاسخ نیم‌رخ بر وضعیت برتری دارد: خرید جدید به جای خرید مجدد مستقیم.',
    ],
    // the situation gave a buyclass the profile did not answer: only the importance
    [
      'profile-over-situation',
      { importance: 'strategic', situationImportance: 'banal', situationBuyclass: 'new-task' },
      'پاسخ نیم‌رخ بر وضعیت برتری دارد: خرید راهبردی به جای خرید عادی.',
    ],
  ] as const)('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('buygrid/buying-center: warnings and the reasons of expectedSize', () => {
  it.each([
    [
      'no-decider',
      MARKERS['no-decider'][0],
      'هیچ عضوی شناخته نیست که تصمیم بگیرد: بیابید چه کسی به خرید آری یا نه می‌گوید.',
    ],
    [
      'single-threaded',
      MARKERS['single-threaded'][0],
      'مرکز ۰ عضو شناخته‌شده دارد: یک رابط یعنی یک نقطهٔ شکست؛ با افراد بیشتری از دست‌اندرکاران خرید ارتباط بگیرید.',
    ],
    [
      'single-threaded',
      MARKERS['single-threaded'][1],
      'مرکز ۱ عضو شناخته‌شده دارد: یک رابط یعنی یک نقطهٔ شکست؛ با افراد بیشتری از دست‌اندرکاران خرید ارتباط بگیرید.',
    ],
    ['influential-blocker', MARKERS['influential-blocker'][0], 'مخالف بانفوذ (نفوذ ≥ ۰٫۶): MKblocker.'],
    ['influential-blocker', MARKERS['influential-blocker'][1], 'مخالفان بانفوذ (نفوذ ≥ ۰٫۶): MKfirst و MKsecond.'],
    [
      'no-champion',
      MARKERS['no-champion'][0],
      'بدون حامی اصلی: بی او بسیاری از خریدها هرگز انجام نمی‌شود (Bonoma 1982).',
    ],
    [
      'missing-role',
      MARKERS['missing-role'][0],
      'در مرحلهٔ «تصمیم‌گیری» نقش «تصمیم‌گیرنده» خالی است: هیچ عضوی این نقش را ندارد.',
    ],
    [
      'missing-role',
      MARKERS['missing-role'][1],
      'در مرحلهٔ «تعیین مشخصات» نقش «مشاور» خالی است: هیچ عضوی این نقش را ندارد.',
    ],
    [
      'buyclass-base',
      MARKERS['buyclass-base'][0],
      'خرید جدید: پایهٔ ۷ نفر (برای ۲۵۰ تا ۹۹۹ کارمند، پیچیدگی متوسط، خرید عادی).',
    ],
    ['complexity-factor', MARKERS['complexity-factor'][0], 'پیچیدگی زیاد: × ۱٫۳.'],
    ['importance-factor', MARKERS['importance-factor'][0], 'خرید راهبردی: × ۱٫۲.'],
    ['employees-factor', MARKERS['employees-factor'][0], '۴۰ کارمند (کمتر از ۵۰): × ۰٫۶.'],
    ['employees-factor', MARKERS['employees-factor'][1], '۵۰۰۰ کارمند: × ۱٫۴.'],
    ['budget-share-factor', MARKERS['budget-share-factor'][0], 'سهم بودجه ۳۰٪: × ۱٫۲۵.'],
    [
      'budget-share-factor',
      MARKERS['budget-share-factor'][1],
      'سهم بودجه ۳۰٪: × ۱٫۲۵؛ بودجه‌ای چشمگیر، پس یک نفر به‌تنهایی تصمیم نمی‌گیرد (دست‌کم ۲).',
    ],
    ['capped-by-employees', MARKERS['capped-by-employees'][0], 'نه بیشتر از شمار کارمندان: ۳.'],
  ] as const)('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('buygrid/process: rejections and the reasons of evaluateOffers', () => {
  it.each([
    ['terminal', MARKERS['terminal'][0], 'خرید واگذارشده است؛ رویداد دیگری جز بررسی عملکرد نمی‌پذیرد'],
    ['terminal', MARKERS['terminal'][1], 'خرید متوقف‌شده است؛ رویداد دیگری نمی‌پذیرد'],
    [
      'not-allowed',
      MARKERS['not-allowed'][0],
      '«تصمیم درخواست شد» در مرحلهٔ «شناسایی نیاز» پذیرفته نمی‌شود؛ پذیرفتنی: نیاز تأیید شد و بازگشت به مرحله',
    ],
    ['not-allowed', MARKERS['not-allowed'][1], '«نیاز تأیید شد» در وضعیت «متوقف‌شده» پذیرفته نمی‌شود؛ پذیرفتنی: هیچ'],
    ['guard', MARKERS['guard'][0], 'تاریخ رویداد MKat است، پیش از آخرین رویداد (MKlast)'],
    [
      'guard',
      MARKERS['guard'][1],
      'سیاست می‌خواهد «تأمین‌کننده انتخاب شد» را عضوی در نقش «تصمیم‌گیرنده» یا «تأییدکننده» ثبت کند؛ هیچ عضوی نام برده نشده است (by)',
    ],
    [
      'guard',
      MARKERS['guard'][2],
      'سیاست می‌خواهد «تأمین‌کننده انتخاب شد» را عضوی در نقش «تصمیم‌گیرنده» ثبت کند؛ MKby عضو مرکز خرید نیست',
    ],
    [
      'guard',
      MARKERS['guard'][3],
      'سیاست می‌خواهد «تأمین‌کننده انتخاب شد» را عضوی در نقش «تصمیم‌گیرنده» ثبت کند؛ MKby: بدون نقش',
    ],
    [
      'guard',
      MARKERS['guard'][4],
      'سیاست می‌خواهد «تأمین‌کننده انتخاب شد» را عضوی در نقش «تصمیم‌گیرنده» ثبت کند؛ MKby: کاربر و خریدار',
    ],
    ['guard', MARKERS['guard'][5], 'الزام «MKid» از پیش در مشخصات هست'],
    ['guard', MARKERS['guard'][6], 'تأمین‌کنندهٔ «MKid» از پیش در فهرست هست (در فهرست کوتاه)'],
    ['guard', MARKERS['guard'][7], 'الزام «MKid» در مشخصات نیست'],
    ['guard', MARKERS['guard'][8], 'مشخصات پیش از تصویب دست‌کم یک الزام «ضروری» می‌خواهد؛ هیچ ندارد'],
    ['guard', MARKERS['guard'][9], 'تأمین‌کنندهٔ «MKid» در فهرست این خرید نیست'],
    ['guard', MARKERS['guard'][10], 'تأمین‌کنندهٔ «MKid» کنار گذاشته شده است'],
    ['guard', MARKERS['guard'][11], 'مذاکره دست‌کم ۳ تأمین‌کننده در فهرست کوتاه می‌خواهد؛ اکنون: ۱'],
    ['guard', MARKERS['guard'][12], 'مذاکره دست‌کم ۱ تأمین‌کننده در فهرست کوتاه می‌خواهد (رویهٔ محدود)؛ اکنون: ۰'],
    [
      'guard',
      MARKERS['guard'][13],
      'هر تأمین‌کننده‌ای که کنار گذاشته نشده به ارائهٔ پیشنهاد دعوت می‌شود؛ نخست این‌ها را به فهرست کوتاه ببرید یا کنار بگذارید: MKu1 و MKu2',
    ],
    [
      'guard',
      MARKERS['guard'][14],
      'مذاکره دست‌کم ۲ تأمین‌کننده در فهرست کوتاه می‌خواهد، یا همهٔ تأمین‌کنندگان واجد شرایط اگر شمارشان کمتر باشد؛ اکنون: ۲؛ نه در فهرست کوتاه و نه کنارگذاشته: MKu1',
    ],
    [
      'guard',
      MARKERS['guard'][15],
      'مذاکره دست‌کم ۲ تأمین‌کننده در فهرست کوتاه می‌خواهد، یا همهٔ تأمین‌کنندگان واجد شرایط اگر شمارشان کمتر باشد؛ اکنون: ۱',
    ],
    [
      'guard',
      MARKERS['guard'][16],
      'پیشنهاد «MKid» نیاز دارد که این تأمین‌کننده نخست در فهرست کوتاه باشد؛ اکنون: شناسایی‌شده',
    ],
    ['guard', MARKERS['guard'][17], '«MKid» پیشنهادش را داده است و دربارهٔ پیشنهادها مذاکره نمی‌شود (رویهٔ باز)'],
    ['guard', MARKERS['guard'][18], '«MKid» پیشنهادش را داده است و دربارهٔ پیشنهادها مذاکره نمی‌شود'],
    ['guard', MARKERS['guard'][19], 'تصمیم‌گیری پیشنهاد دست‌کم ۳ تأمین‌کننده را می‌خواهد؛ دریافت‌شده: ۰ پیشنهاد'],
    [
      'guard',
      MARKERS['guard'][20],
      'تصمیم‌گیری پیشنهاد دست‌کم ۱ تأمین‌کننده را می‌خواهد (زیر آستانه‌های اتحادیهٔ اروپا (مقررات ملی))؛ دریافت‌شده: ۱ پیشنهاد',
    ],
    ['guard', MARKERS['guard'][21], 'تأمین‌کنندهٔ «MKid» پیشنهادی نداده است'],
    [
      'guard',
      MARKERS['guard'][22],
      'تأمین‌کنندهٔ «MKid» پیشنهادی نداده است (بی پیشنهاد فقط از تأمین‌کنندهٔ فعلی می‌توان دوباره سفارش داد)',
    ],
    ['guard', MARKERS['guard'][23], 'بازگشت فقط به مرحله‌ای پیشین ممکن است؛ «تصمیم‌گیری» پیش از «تعیین مشخصات» نیست'],
    ['guard', MARKERS['guard'][24], 'بازگشت فقط به مرحله‌ای پیشین ممکن است؛ «تصمیم‌گیری» پیش از «واگذارشده» نیست'],
    [
      'guard',
      MARKERS['guard'][25],
      'سیاست «خرید جدید» گذر از مرحلهٔ «تعیین مشخصات» به مرحلهٔ «تصمیم‌گیری» را اجازه نمی‌دهد',
    ],
    [
      'guard',
      MARKERS['guard'][26],
      'سیاست «خرید جدید» (رویهٔ باز) گذر از مرحلهٔ «تعیین مشخصات» به مرحلهٔ «تصمیم‌گیری» را اجازه نمی‌دهد',
    ],
    [
      'guard',
      MARKERS['guard'][27],
      'گذر از مرحلهٔ «شناسایی نیاز» به مرحلهٔ «مذاکره» تأمین‌کنندگان شناخته‌شده می‌خواهد؛ در آغاز هیچ‌کدام داده نشده است',
    ],
    [
      'guard',
      MARKERS['guard'][28],
      'گذر از مرحلهٔ «شناسایی نیاز» به مرحلهٔ «تصمیم‌گیری» تأمین‌کنندهٔ فعلی می‌خواهد؛ چنین تأمین‌کننده‌ای نیست',
    ],
    [
      'criterion-leading',
      MARKERS['criterion-leading'][0],
      '«MKsupplier» امتیاز ۰٫۸۱ می‌گیرد؛ بیشترینش از MKcriterion (۰٫۴).',
    ],
    [
      'criterion-missing',
      MARKERS['criterion-missing'][0],
      '«MKsupplier»: زمان تحویلی پیشنهاد نشده است، معیار lead-time صفر می‌گیرد.',
    ],
    [
      'ranked-not-selected',
      MARKERS['ranked-not-selected'][0],
      '۱ پیشنهاد بر پایهٔ MKprice ۱ رتبه‌بندی شد؛ انتخاب با خریدار می‌ماند (supplierSelected).',
    ],
    [
      'ranked-not-selected',
      MARKERS['ranked-not-selected'][1],
      '۳ پیشنهاد بر پایهٔ MKprice ۰٫۶ و MKquality ۰٫۴ رتبه‌بندی شد؛ انتخاب با خریدار می‌ماند (supplierSelected).',
    ],
    ['guard', GUARD_PARAMS[0], 'تاریخ رویداد 2026-03-01T09:00:00Z است، پیش از آخرین رویداد (2026-03-02T09:00:00Z)'],
    [
      'guard',
      GUARD_PARAMS[1],
      'سیاست می‌خواهد «تأمین‌کننده انتخاب شد» را عضوی در نقش «تصمیم‌گیرنده» یا «خریدار» ثبت کند؛ m1: کاربر',
    ],
    [
      'guard',
      GUARD_PARAMS[2],
      'سیاست می‌خواهد «نیاز تأیید شد» را عضوی در نقش «آغازگر» ثبت کند؛ هیچ عضوی نام برده نشده است (by)',
    ],
    ['guard', GUARD_PARAMS[3], 'الزام «r1» از پیش در مشخصات هست'],
    ['guard', GUARD_PARAMS[4], 'تأمین‌کنندهٔ «s1» از پیش در فهرست هست (در فهرست کوتاه)'],
    ['guard', GUARD_PARAMS[5], 'الزام «r9» در مشخصات نیست'],
    ['guard', GUARD_PARAMS[6], 'مشخصات پیش از تصویب دست‌کم یک الزام «ضروری» می‌خواهد؛ هیچ ندارد'],
    ['guard', GUARD_PARAMS[7], 'تأمین‌کنندهٔ «s9» در فهرست این خرید نیست'],
    ['guard', GUARD_PARAMS[8], 'تأمین‌کنندهٔ «s2» کنار گذاشته شده است'],
    ['guard', GUARD_PARAMS[9], 'مذاکره دست‌کم ۲ تأمین‌کننده در فهرست کوتاه می‌خواهد؛ اکنون: ۱'],
    [
      'guard',
      GUARD_PARAMS[10],
      'هر تأمین‌کننده‌ای که کنار گذاشته نشده به ارائهٔ پیشنهاد دعوت می‌شود (رویهٔ باز)؛ نخست این‌ها را به فهرست کوتاه ببرید یا کنار بگذارید: s3 و s4',
    ],
    [
      'guard',
      GUARD_PARAMS[11],
      'پیشنهاد «s5» نیاز دارد که این تأمین‌کننده نخست در فهرست کوتاه باشد؛ اکنون: شناسایی‌شده',
    ],
    ['guard', GUARD_PARAMS[12], '«s1» پیشنهادش را داده است و دربارهٔ پیشنهادها مذاکره نمی‌شود (رویهٔ محدود)'],
    ['guard', GUARD_PARAMS[13], 'تصمیم‌گیری پیشنهاد دست‌کم ۳ تأمین‌کننده را می‌خواهد؛ دریافت‌شده: ۱ پیشنهاد'],
    [
      'guard',
      GUARD_PARAMS[14],
      'تأمین‌کنندهٔ «s6» پیشنهادی نداده است (بی پیشنهاد فقط از تأمین‌کنندهٔ فعلی می‌توان دوباره سفارش داد)',
    ],
    ['guard', GUARD_PARAMS[15], 'تأمین‌کنندهٔ «s6» پیشنهادی نداده است'],
    ['guard', GUARD_PARAMS[16], 'بازگشت فقط به مرحله‌ای پیشین ممکن است؛ «تصمیم‌گیری» پیش از «تعیین مشخصات» نیست'],
    ['guard', GUARD_PARAMS[17], 'سیاست «خرید جدید» گذر از مرحلهٔ «تعیین مشخصات» به مرحلهٔ «مذاکره» را اجازه نمی‌دهد'],
    [
      'guard',
      GUARD_PARAMS[18],
      'گذر از مرحلهٔ «شناسایی نیاز» به مرحلهٔ «مذاکره» تأمین‌کنندگان شناخته‌شده می‌خواهد؛ در آغاز هیچ‌کدام داده نشده است',
    ],
    [
      'guard',
      GUARD_PARAMS[19],
      'گذر از مرحلهٔ «شناسایی نیاز» به مرحلهٔ «تصمیم‌گیری» تأمین‌کنندهٔ فعلی می‌خواهد؛ چنین تأمین‌کننده‌ای نیست',
    ],
    // everyone invited, nobody undecided: the shortlist count
    [
      'guard',
      { guard: 'min-shortlisted', minShortlisted: 2, shortlisted: 1, inviteAll: 'always', undecided: [] },
      'مذاکره دست‌کم ۲ تأمین‌کننده در فهرست کوتاه می‌خواهد؛ اکنون: ۱',
    ],
    // no invitation rule: undecided suppliers are not listed
    [
      'guard',
      { guard: 'min-shortlisted', minShortlisted: 3, shortlisted: 1, undecided: ['s7'] },
      'مذاکره دست‌کم ۳ تأمین‌کننده در فهرست کوتاه می‌خواهد؛ اکنون: ۱',
    ],
  ] as const)('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('buygrid/crm: mapping reasons and warnings', () => {
  it.each([
    ['mapped', MARKERS['mapped'][0], 'HubSpot «MKvalue» ← تصمیم‌گیرنده.'],
    ['mapped', MARKERS['mapped'][1], 'HubSpot «MKvalue» ← تصمیم‌گیرنده و تأییدکننده؛ حامی اصلی.'],
    ['mapped', MARKERS['mapped'][2], 'Salesforce «MKvalue» ← مرحلهٔ «مذاکره»: MKwhy'],
    ['mapped', MARKERS['mapped'][3], 'Salesforce «MKvalue» ← خرید واگذارشده: MKwhy'],
    ['mapped', MARKERS['mapped'][4], 'Salesforce «MKvalue» ← فرصت فروش ناموفق: MKwhy'],
    ['no-role', MARKERS['no-role'][0], 'Dynamics 365 «MKvalue» هیچ نقشی در مرکز خرید نام نمی‌برد.'],
    [
      'unknown-value',
      MARKERS['unknown-value'][0],
      '«MKvalue» مقداری از نگاشت HubSpot نیست: به جای حدس، نگاشت‌نشده می‌ماند.',
    ],
    [
      'conflicting-stances',
      MARKERS['conflicting-stances'][0],
      'مقدارها موضع‌های گوناگونی نام می‌برند (حامی اصلی و مخالف): به جای حدس، موضعی داده نمی‌شود.',
    ],
    [
      'seller-view',
      MARKERS['seller-view'][0],
      'مرحلهٔ CRM فرصت فروش فروشنده را دنبال می‌کند، نه فرایند خرید خریدار را: مرحله تقریبی است (برداشت buygrid).',
    ],
    ['closed', MARKERS['closed'][0], 'فرصت فروش بسته شده است (موفق): خرید در هیچ‌یک از مرحله‌های باز نیست.'],
    ['closed', MARKERS['closed'][1], 'فرصت فروش بسته شده است (ناموفق): خرید در هیچ‌یک از مرحله‌های باز نیست.'],
    [
      'lost-ambiguous',
      MARKERS['lost-ambiguous'][0],
      'فرصت ازدست‌رفته نمی‌گوید خریدار خرید را متوقف کرد یا آن را به رقیب واگذار کرد: نتیجه‌ای داده نمی‌شود؛ دلیل از دست رفتن آن را می‌گفت.',
    ],
    [
      'unknown-stage',
      MARKERS['unknown-stage'][0],
      '«MKstage» مرحله‌ای از نگاشت Salesforce نیست (مرحله‌ای سفارشی؟): به جای حدس، نگاشت‌نشده می‌ماند؛ نگاشت قیف فروش خود را بدهید.',
    ],
    ['written', MARKERS['written'][0], 'تصمیم‌گیرنده ← HubSpot «MKvalue».'],
    ['written', MARKERS['written'][1], 'حامی اصلی ← HubSpot «MKvalue».'],
    ['lost', MARKERS['lost'][0], 'Salesforce برای این‌ها مقداری ندارد: دروازه‌بان؛ نوشته نشد.'],
    ['lost', MARKERS['lost'][1], 'Salesforce برای این‌ها مقداری ندارد: مردد؛ نوشته نشد.'],
    [
      'single-select',
      MARKERS['single-select'][0],
      'فیلد Salesforce OpportunityContactRole.Role یک مقدار می‌پذیرد: اولی را آنجا بنویسید، یا `value` را در فیلد چندگزینه‌ای AccountContactRelation.Roles.',
    ],
    // a value that names no role
    ['mapped', { crm: 'hubspot', value: 'Other', roles: [] }, 'HubSpot «Other» ← بدون نقش.'],
    // an open deal without a step
    [
      'mapped',
      { crm: 'dynamics', value: 'Open', deal: 'open', why: 'the deal is open, its step unknown' },
      'Dynamics 365 «Open» ← فرصت فروش باز: the deal is open, its step unknown',
    ],
    // a role and a stance
    [
      'written',
      { crm: 'hubspot', value: 'Decision Maker', role: 'decider', stance: 'champion' },
      'تصمیم‌گیرنده؛ حامی اصلی ← HubSpot «Decision Maker».',
    ],
    // roles and a stance
    [
      'lost',
      { crm: 'salesforce', roles: ['gatekeeper', 'initiator'], stance: 'blocker' },
      'Salesforce برای این‌ها مقداری ندارد: دروازه‌بان، آغازگر، و مخالف؛ نوشته نشد.',
    ],
  ] as const)('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('buygrid/prospect: actions, red flags, reasons, account history', () => {
  it.each([
    [
      'win-over-the-blocker',
      MARKERS['win-over-the-blocker'][0],
      'عضوی بانفوذ خرید یا شما را سد کرده است: ایراد او را دریابید و از راه کسی که به او اعتماد دارد پاسخش را بدهید.',
    ],
    [
      'find-the-decider',
      MARKERS['find-the-decider'][0],
      'تصمیم‌گیرنده‌ای شناخته نیست: بیابید چه کسی آری یا نه می‌گوید و چگونه می‌توان به او رسید.',
    ],
    [
      'follow-the-revisit',
      MARKERS['follow-the-revisit'][0],
      'خریدار به مرحلهٔ «تعیین مشخصات» بازگشت: رویه را همان‌گونه که منتشر شده دنبال کنید و به هر فراخوان تازه پاسخ دهید؛ نکوشید آن را جهت دهید (دستورالعمل 2014/24/EU، مواد 18 و 42).',
    ],
    [
      'follow-the-revisit',
      MARKERS['follow-the-revisit'][1],
      'خریدار دارد از نو تعریف می‌کند چه بخرد: در مشخصات تازه مشارکت کنید و از جایگاه خود دفاع کنید — جای تأمین‌کنندهٔ فعلی در خرید مجدد اصلاح‌شده امن نیست.',
    ],
    [
      'follow-the-revisit',
      MARKERS['follow-the-revisit'][2],
      'خریدار دارد از نو تعریف می‌کند چه بخرد: فرصتی است — بکوشید دربارهٔ مشخصات تازه با شما مشورت شود.',
    ],
    [
      'follow-the-revisit',
      MARKERS['follow-the-revisit'][3],
      'خریدار به مرحلهٔ «جستجوی تأمین‌کننده» بازگشت: دریابید چه چیزی بازنگری می‌شود و پیش از رقیب به آن پاسخ دهید.',
    ],
    [
      'follow-the-revisit',
      MARKERS['follow-the-revisit'][4],
      'خریدار به مرحلهٔ «جستجوی تأمین‌کننده» بازگشت: دریابید چه چیزی بازنگری می‌شود — مرحله‌ای که دوباره گشوده شده فرصتی برای راه یافتن است.',
    ],
    [
      'revive-the-purchase',
      MARKERS['revive-the-purchase'][0],
      'مدتی است اتفاقی نیفتاده است: با فرد رابط خود تماس بگیرید، دریابید چه چیزی مانع است و گام مشخص بعدی را پیشنهاد کنید.',
    ],
    [
      'meet-who-matters-now',
      MARKERS['meet-who-matters-now'][0],
      'همین حالا با MKname دیدار کنید: عضوی که در مرحلهٔ «مذاکره» بیشترین وزن را دارد و هنوز با شما همراه نیست.',
    ],
    [
      'reach-missing-roles',
      MARKERS['reach-missing-roles'][0],
      'کسی را در نقش «تصمیم‌گیرنده» نمی‌شناسید، و مرحلهٔ «تصمیم‌گیری» به چنین کسی نیاز دارد: پیدایش کنید.',
    ],
    [
      'reach-missing-roles',
      MARKERS['reach-missing-roles'][1],
      'کسی را در نقش «آغازگر» یا «خریدار» نمی‌شناسید، و مرحلهٔ «شناسایی نیاز» به چنین کسی نیاز دارد: پیدایش کنید.',
    ],
    [
      'put-reducers-in-the-offer',
      MARKERS['put-reducers-in-the-offer'][0],
      'در پیشنهاد بگنجانید: سوابق مشتریان همانند، سفارش آزمایشی یا پروژهٔ آزمایشی، و ضمانت.',
    ],
    [
      'prepare-the-terms',
      MARKERS['prepare-the-terms'][0],
      'مذاکره را پیرامون ریسک آماده کنید: شرایط پرداختی پیشنهاد کنید که ریسک خریدار را محدود کند: پرداخت مرحله‌ای در برابر نقاط عطف، بند بازنگری قیمت. قیمت را به ارز خریدار بدهید یا بر سر بند تعدیل توافق کنید: ریسک نرخ ارز بخشی از شرایط است.',
    ],
    [
      'find-a-champion',
      MARKERS['find-a-champion'][0],
      'حامی اصلی پیدا کنید: کسی در درون سازمان که این خرید را می‌خواهد و آن را در داخل پیش می‌برد.',
    ],
    [
      'widen-the-contacts',
      MARKERS['widen-the-contacts'][0],
      'با افراد بیشتری از دست‌اندرکاران خرید ارتباط بگیرید: یک رابط یعنی یک نقطهٔ شکست.',
    ],
    [
      'serve-the-purpose',
      MARKERS['serve-the-purpose'][0],
      'خریدار دوباره می‌فروشد: تقاضای مشتریان او تعیین‌کننده است — حاشیهٔ سود، در دسترس بودن و کمک به فروش پیشنهاد کنید.',
    ],
    [
      'serve-the-purpose',
      MARKERS['serve-the-purpose'][1],
      'خریدار با آن کالاهای دیگری می‌سازد: انطباق با مشخصات، کیفیت و پیوستگی تأمین بیشترین وزن را دارند.',
    ],
    [
      'serve-the-purpose',
      MARKERS['serve-the-purpose'][2],
      'خریدار آن را برای گرداندن کار خود به کار می‌برد: هزینهٔ کل استفاده، قابلیت اطمینان و خدمات بیشترین وزن را دارند.',
    ],
    [
      'follow-downstream-demand',
      MARKERS['follow-downstream-demand'][0],
      'تقاضای مشتریان او رو به رشد است: نشان دهید که همراه می‌شوید — ظرفیت، زمان تحویل، مقیاس‌پذیری.',
    ],
    [
      'follow-downstream-demand',
      MARKERS['follow-downstream-demand'][1],
      'تقاضای مشتریان او پایدار است: با کارایی و قابلیت اطمینان تأمین رقابت کنید.',
    ],
    [
      'follow-downstream-demand',
      MARKERS['follow-downstream-demand'][2],
      'تقاضای مشتریان او رو به کاهش است: انتظار فشار هزینه و حجم کمتر را داشته باشید — انعطاف و تعهدهای کمتر پیشنهاد کنید.',
    ],
    ['stalled', MARKERS['stalled'][0], '۴۵ روز است که در مرحلهٔ «مذاکره» رویدادی نیست (توقف از ۳۰ روز به بعد، یک فرض).'],
    ['going-back', MARKERS['going-back'][0], 'خرید به مرحلهٔ «تعیین مشخصات» بازگشت: خریدار در حال بازنگری است.'],
    ['engage', MARKERS['engage'][0], 'MKname (تصمیم‌گیرنده): مشارکت در مرحلهٔ «تصمیم‌گیری» ۰٫۹ × نفوذ ۰٫۸ = ۰٫۷۲.'],
    [
      'engage',
      MARKERS['engage'][1],
      'MKname (بدون نقش شناخته‌شده؛ بی‌طرف): مشارکت در مرحلهٔ «تصمیم‌گیری» ۰ × نفوذ ۰٫۸ = ۰.',
    ],
    [
      'perceived-risk',
      MARKERS['perceived-risk'][0],
      'ریسک ادراک‌شدهٔ خریدار بالا است (۰٫۶۱)، و این عوامل آن را پیش می‌برند: تأمین‌کننده و عملکرد.',
    ],
    [
      'risk-driver',
      MARKERS['risk-driver'][0],
      'ارز ریسک ادراک‌شده را پیش می‌برد: شرایط را شکل می‌دهد (یک متن آموزشی هلندی بازاریابی B2B).',
    ],
    [
      'approach',
      MARKERS['approach'][0],
      'در خرید جدید خریداران بیشترین اطلاعات را گرد می‌آورند و بیشترین گزینه‌ها را می‌سنجند؛ هر که در تعریف نیاز کمک کند، مشخصات را شکل می‌دهد (یک متن آموزشی فرانسوی بازاریابی B2B: از آغاز حاضر باشید؛ Robinson, Faris & Wind 1967).',
    ],
    [
      'approach',
      MARKERS['approach'][1],
      'بالای آستانه‌های اتحادیهٔ اروپا رویه با آگهی‌هایی آغاز می‌شود که در روزنامهٔ رسمی اتحادیهٔ اروپا منتشر می‌شوند (دستورالعمل 2014/24/EU، مواد 48، 49، 51).',
    ],
    [
      'approach',
      MARKERS['approach'][2],
      'در خرید راهبردی مرکز خرید ریسک بیشتری ادراک می‌کند و به قابلیت اطمینان تأمین‌کننده وزن زیادی می‌دهد (یک متن آموزشی فرانسوی بازاریابی B2B، به پیروی از Salle, Valla & Michel از مکتب لیون؛ از ربع ماتریس کرالیک، برداشت buygrid: اقلام راهبردی و گلوگاهی).',
    ],
    [
      'purpose',
      MARKERS['purpose'][0],
      'سازمان برای فروش دوباره می‌خرد (یک متن آموزشی یونانی بازاریابی)؛ اینکه این از پیشنهاد چه می‌خواهد برداشت buygrid است.',
    ],
    [
      'purpose',
      MARKERS['purpose'][1],
      'سازمان برای تولید می‌خرد (یک متن آموزشی یونانی بازاریابی)؛ اینکه این از پیشنهاد چه می‌خواهد برداشت buygrid است.',
    ],
    [
      'purpose',
      MARKERS['purpose'][2],
      'سازمان برای کارکرد خود سازمان می‌خرد (یک متن آموزشی یونانی بازاریابی)؛ اینکه این از پیشنهاد چه می‌خواهد برداشت buygrid است.',
    ],
    [
      'derived-demand',
      MARKERS['derived-demand'][0],
      'تقاضای یک کسب‌وکار از تقاضای مشتریان خود آن برمی‌خیزد (یک متن آموزشی فرانسوی بازاریابی B2B: تصمیم مشتری تا حد زیادی به نیازهای مشتریان خودش بستگی دارد).',
    ],
    [
      'payment-terms',
      MARKERS['payment-terms'][0],
      'شرایط پرداختی پیشنهاد کنید که ریسک خریدار را محدود کند: پرداخت مرحله‌ای در برابر نقاط عطف، بند بازنگری قیمت.',
    ],
    [
      'performance-guarantee',
      MARKERS['performance-guarantee'][0],
      'آزمون‌های پذیرش و ضمانت عملکرد را در قرارداد بگنجانید: خریدار بابت نتایجی می‌پردازد که می‌تواند وارسی کند.',
    ],
    [
      'delivery-commitment',
      MARKERS['delivery-commitment'][0],
      'به تاریخ‌های تحویل با جریمهٔ تأخیر متعهد شوید و بگویید تأمین چگونه تضمین شده است.',
    ],
    [
      'supplier-assurance',
      MARKERS['supplier-assurance'][0],
      'منتظر پرسش دربارهٔ استحکام خود باشید: صورت‌های مالی، سوابق مشتریان و ضمانت‌نامهٔ شرکت مادر یا بانک را آماده کنید.',
    ],
    [
      'service-level',
      MARKERS['service-level'][0],
      'توافق‌نامهٔ سطح خدمات پیشنهاد کنید: زمان پاسخ‌گویی و در دسترس بودن قطعات یدکی، همراه با جریمه.',
    ],
    [
      'currency-clause',
      MARKERS['currency-clause'][0],
      'قیمت را به ارز خریدار بدهید یا بر سر بند تعدیل توافق کنید: ریسک نرخ ارز بخشی از شرایط است.',
    ],
    [
      'shared-decision',
      MARKERS['shared-decision'][0],
      'به افراد درگیر آنچه برای دفاع درون‌سازمانی از انتخاب لازم دارند بدهید: سوابق همتایانشان، ارزیابی مشترک.',
    ],
    [
      'stage',
      MARKERS['stage'][0],
      'برنده در ۰ از ۰ خرید واگذارشده: مرحلهٔ پیش از رابطه (به پیروی از Ford 1980؛ آستانه‌ها برداشت buygrid است).',
    ],
    [
      'stage',
      MARKERS['stage'][1],
      'برنده در ۱ از ۱ خرید واگذارشده، از جمله آخرین: مرحلهٔ آغازین (به پیروی از Ford 1980؛ آستانه‌ها برداشت buygrid است).',
    ],
    [
      'stage',
      MARKERS['stage'][2],
      'برنده در ۳ از ۵ خرید واگذارشده، از جمله آخرین: مرحلهٔ توسعه (به پیروی از Ford 1980؛ آستانه‌ها برداشت buygrid است).',
    ],
    [
      'stage',
      MARKERS['stage'][3],
      'برنده در ۶ از ۷ خرید واگذارشده: مرحلهٔ بلندمدت (به پیروی از Ford 1980؛ آستانه‌ها برداشت buygrid است).',
    ],
    ['relationship', MARKERS['relationship'][0], 'MKsupplier آخرین واگذاری را برده است: تأمین‌کنندهٔ فعلی.'],
    [
      'relationship',
      MARKERS['relationship'][1],
      'MKsupplier در خریدهای پیشین شرکت داشته اما آخرین واگذاری با او نیست.',
    ],
    ['relationship', MARKERS['relationship'][2], 'MKsupplier در هیچ خریدی از این مشتری دیده نمی‌شود.'],
    ['trend', MARKERS['trend'][0], 'از «خرید جدید» تا «خرید مجدد مستقیم»: رو به روال‌شدن.'],
    ['trend', MARKERS['trend'][1], 'از «خرید مجدد اصلاح‌شده» تا «خرید مجدد اصلاح‌شده»: پایدار.'],
    ['trend', MARKERS['trend'][2], 'از «خرید مجدد مستقیم» تا «خرید جدید»: بازگشایی دوباره.'],
    [
      'approach',
      { action: 'shape-the-specification' },
      'در خرید جدید خریداران بیشترین اطلاعات را گرد می‌آورند و بیشترین گزینه‌ها را می‌سنجند؛ هر که در تعریف نیاز کمک کند، مشخصات را شکل می‌دهد (یک متن آموزشی فرانسوی بازاریابی B2B: از آغاز حاضر باشید؛ Robinson, Faris & Wind 1967).',
    ],
    [
      'approach',
      { action: 'get-in-early' },
      'در خرید جدید خریداران بیشترین اطلاعات را گرد می‌آورند و بیشترین گزینه‌ها را می‌سنجند؛ هر که در تعریف نیاز کمک کند، مشخصات را شکل می‌دهد (یک متن آموزشی فرانسوی بازاریابی B2B: از آغاز حاضر باشید؛ Robinson, Faris & Wind 1967).',
    ],
    [
      'approach',
      { action: 'leverage-the-relationship' },
      'در خرید جدید خریداران بیشترین اطلاعات را گرد می‌آورند و بیشترین گزینه‌ها را می‌سنجند؛ هر که در تعریف نیاز کمک کند، مشخصات را شکل می‌دهد (یک متن آموزشی فرانسوی بازاریابی B2B: از آغاز حاضر باشید؛ Robinson, Faris & Wind 1967). تأمین‌کنندهٔ فعلی با مزیت دسترسی آغاز می‌کند؛ با این حال در خرید جدید با همه رقابت می‌کند.',
    ],
    [
      'approach',
      { action: 'reach-the-whole-center' },
      'خرید جدید بزرگ‌ترین مرکز خرید و تصمیم‌گیرندگان ارشد را درگیر می‌کند (Kotler & Armstrong، فصل ۶؛ Johnston & Bonoma 1981).',
    ],
    [
      'approach',
      { action: 'reduce-perceived-risk' },
      'هر چه هزینه یا ریسک خرید جدید بیشتر باشد، خریداران اطلاعات بیشتری می‌جویند (Kotler & Armstrong، فصل ۶).',
    ],
    [
      'approach',
      { action: 'defend-the-account' },
      'در خرید مجدد اصلاح‌شده خریدار می‌خواهد مشخصات، قیمت‌ها، شرایط یا تأمین‌کنندگان را تغییر دهد: تأمین‌کنندگان فعلی از جایگاه خود دفاع می‌کنند و تأمین‌کنندگان بیرونی فرصتی می‌بینند (Kotler & Armstrong، فصل ۶).',
    ],
    [
      'approach',
      { action: 'fix-dissatisfaction' },
      'در خرید مجدد اصلاح‌شده خریدار می‌خواهد مشخصات، قیمت‌ها، شرایط یا تأمین‌کنندگان را تغییر دهد: تأمین‌کنندگان فعلی از جایگاه خود دفاع می‌کنند و تأمین‌کنندگان بیرونی فرصتی می‌بینند (Kotler & Armstrong، فصل ۶).',
    ],
    [
      'approach',
      { action: 'seize-the-opening' },
      'در خرید مجدد اصلاح‌شده خریدار می‌خواهد مشخصات، قیمت‌ها، شرایط یا تأمین‌کنندگان را تغییر دهد: تأمین‌کنندگان فعلی از جایگاه خود دفاع می‌کنند و تأمین‌کنندگان بیرونی فرصتی می‌بینند (Kotler & Armstrong، فصل ۶).',
    ],
    [
      'approach',
      { action: 'get-on-the-shortlist' },
      'خرید مجدد اصلاح‌شده گزینه‌های تازه را فقط تا اندازه‌ای محدود بررسی می‌کند (Robinson, Faris & Wind 1967).',
    ],
    [
      'approach',
      { action: 'keep-the-routine' },
      'در خرید مجدد مستقیم خریدار تا وقتی تحویل، کیفیت و قیمت رضایت‌بخش است از تأمین‌کنندهٔ همیشگی دوباره سفارش می‌دهد؛ برهم زدن این توازن دشوار است (Kotler & Armstrong، فصل ۶؛ یک متن آموزشی فرانسوی بازاریابی B2B: کار تجاری فشرده در خرید تکراری).',
    ],
    [
      'approach',
      { action: 'automate-reordering' },
      'تأمین‌کنندگان فعلی با صرفه‌جویی در وقت خریدار خرید مجدد مستقیم را نگه می‌دارند: «اغلب نظام‌های سفارش مجدد خودکار پیشنهاد می‌کنند» (Kotler & Armstrong, Principles of Marketing، ویراست‌های پیش از هفدهم، فصل ۶).',
    ],
    [
      'approach',
      { action: 'reframe-the-need' },
      'در خرید مجدد مستقیم خریدار تا وقتی تحویل، کیفیت و قیمت رضایت‌بخش است از تأمین‌کنندهٔ همیشگی دوباره سفارش می‌دهد؛ برهم زدن این توازن دشوار است (Kotler & Armstrong، فصل ۶؛ یک متن آموزشی فرانسوی بازاریابی B2B: کار تجاری فشرده در خرید تکراری). تأمین‌کنندگان بیرونی می‌کوشند چیز تازه‌ای پیشنهاد دهند یا از نارضایتی بهره بگیرند تا خریدار آنان را در نظر بگیرد.',
    ],
    [
      'approach',
      { action: 'win-a-trial-order' },
      'تأمین‌کنندگان بیرونی «راه‌های تازه‌ای برای افزودن ارزش یا بهره‌گیری از نارضایتی می‌یابند» (Kotler & Armstrong، ویراست هفدهم، فصل ۶)؛ سفارش آزمایشی کوچک ریسک آزمودن آنان را برای خریدار کم می‌کند (خرید آزمایشی، The Marketing Book، ویراست پنجم، فصل ۷، ص. ۱۴۹) — این تاکتیک برداشت buygrid است.',
    ],
    [
      'approach',
      { action: 'prove-reliability' },
      'در خرید راهبردی مرکز خرید ریسک بیشتری ادراک می‌کند و به قابلیت اطمینان تأمین‌کننده وزن زیادی می‌دهد (یک متن آموزشی فرانسوی بازاریابی B2B، به پیروی از Salle, Valla & Michel از مکتب لیون؛ از ربع ماتریس کرالیک، برداشت buygrid: اقلام راهبردی و گلوگاهی).',
    ],
    [
      'approach',
      { action: 'perform-the-contract' },
      'کاستی‌های چشمگیر یا پیوسته در اجرای قرارداد عمومی پیشین که به فسخ زودهنگام، خسارت یا مجازات‌های همانند انجامیده باشد، زمینهٔ محرومیت است (دستورالعمل 2014/24/EU، مادهٔ 57(4)(g)).',
    ],
    [
      'approach',
      { action: 'watch-the-notices' },
      'بالای آستانه‌های اتحادیهٔ اروپا رویه با آگهی‌هایی آغاز می‌شود که در روزنامهٔ رسمی اتحادیهٔ اروپا منتشر می‌شوند (دستورالعمل 2014/24/EU، مواد 48، 49، 51).',
    ],
    [
      'approach',
      { action: 'join-market-consultation' },
      'مقام قراردادگزار می‌تواند برای آماده‌سازی خرید با بازار رایزنی کند و از توصیه‌ها فقط وقتی بهره گیرد که رقابت را مخدوش نکند و اصول عدم‌تبعیض و شفافیت را نقض نکند (دستورالعمل 2014/24/EU، مادهٔ 40). اطلاعات نامزدی که در رایزنی شرکت کرده با دیگر نامزدها در میان گذاشته می‌شود و هر جا برابری رفتار جز این تأمین نشود، آن نامزد محروم می‌شود (مواد 41 و 57(4)(f))؛ مشخصات نباید به نشان یا منبعی اشاره کنند که به سود یک تأمین‌کننده باشد، مگر آنکه موضوع قرارداد آن را توجیه کند (مادهٔ 42(4)).',
    ],
    [
      'approach',
      { action: 'qualify-for-the-procedure' },
      'نامزدها پس از بررسی زمینه‌های محرومیت مادهٔ 57، بر پایهٔ معیارهای مادهٔ 58 دستورالعمل 2014/24/EU انتخاب می‌شوند؛ ESPD به‌عنوان مدرک مقدماتی پذیرفته می‌شود (مادهٔ 59).',
    ],
    [
      'approach',
      { action: 'follow-the-procedure' },
      'مقام‌های قراردادگزار با فعالان اقتصادی برابر رفتار می‌کنند و شفاف عمل می‌کنند (دستورالعمل 2014/24/EU، مادهٔ 18(1)) و قرارداد را به مقرون‌به‌صرفه‌ترین پیشنهاد از نظر اقتصادی بر پایهٔ معیارهای منتشرشده واگذار می‌کنند (مادهٔ 67)؛ کوشش برای اثرگذاری ناروا بر تصمیم یا دستیابی به اطلاعات محرمانه زمینهٔ محرومیت است (مادهٔ 57(4)(i)).',
    ],
    [
      'approach',
      { action: 'follow-the-call-off-terms' },
      'قراردادهای مبتنی بر توافق‌نامهٔ چارچوب در محدودهٔ شرایط آن، یا پس از گشودن دوبارهٔ رقابت میان طرف‌های آن واگذار می‌شوند (دستورالعمل 2014/24/EU، مادهٔ 33(3)–(5)).',
    ],
    [
      'approach',
      { action: 'prepare-for-the-next-framework' },
      'قراردادهای مبتنی بر توافق‌نامهٔ چارچوب فقط میان مقام‌ها و فعالان اقتصادی طرف آن واگذار می‌شوند (دستورالعمل 2014/24/EU، مادهٔ 33(2)).',
    ],
    [
      'approach',
      { action: 'join-the-dynamic-purchasing-system' },
      'نظام خرید پویا در سراسر مدت اعتبارش به روی هر فعال اقتصادی که معیارهای انتخاب را دارد باز می‌ماند (دستورالعمل 2014/24/EU، مادهٔ 34) و هر شرکت‌کنندهٔ پذیرفته‌شده به هر خرید مشخص دعوت می‌شود (مادهٔ 34(6)).',
    ],
    [
      'approach',
      { action: 'check-the-national-rules' },
      'دستورالعمل بالای آستانه‌های مادهٔ 4 دستورالعمل 2014/24/EU اعمال می‌شود؛ برای مبالغ کمتر مقررات ملی حاکم است که باز هم باید اصول کلی حقوق اتحادیهٔ اروپا را رعایت کند (کمیسیون اروپا، «Thresholds»).',
    ],
    [
      'approach',
      { action: 'answer-the-invitation' },
      'رویهٔ مذاکره‌ای بدون انتشار آگهی قبلی فقط در موارد مادهٔ 32 دستورالعمل 2014/24/EU مجاز است (نبود پیشنهاد مناسب در رویهٔ پیشین، تنها یک تأمین‌کنندهٔ ممکن، فوریت شدید، تحویل‌های افزوده…).',
    ],
    // every reducer
    [
      'put-reducers-in-the-offer',
      {
        reducers: [
          'references',
          'trial',
          'site-visit',
          'certification',
          'warranty',
          'sla-penalties',
          'staged-payment',
          'buyer-currency-pricing',
          'detailed-specification',
          'stakeholder-involvement',
          'buffer-stock',
          'dual-sourcing',
          'currency-hedge',
        ],
      },
      'در پیشنهاد بگنجانید: سوابق مشتریان همانند، سفارش آزمایشی یا پروژهٔ آزمایشی، بازدید از محل تأمین‌کننده، گواهی‌نامهٔ شخص ثالث (نظام کیفیت، آزمون محصول)، ضمانت، توافق‌نامهٔ سطح خدمات با جریمه، پرداخت مرحله‌ای در برابر نقاط عطف، قیمت به ارز خریدار، مشخصات دقیق، مشارکت دادن اعضای ذی‌ربط در انتخاب، موجودی اطمینان، منبع تأمین دوم، و پوشش ریسک ارز (قرارداد آتی).',
    ],
    // every negotiation term
    [
      'prepare-the-terms',
      {
        terms: [
          'payment-terms',
          'performance-guarantee',
          'delivery-commitment',
          'supplier-assurance',
          'service-level',
          'currency-clause',
          'shared-decision',
        ],
      },
      'مذاکره را پیرامون ریسک آماده کنید: شرایط پرداختی پیشنهاد کنید که ریسک خریدار را محدود کند: پرداخت مرحله‌ای در برابر نقاط عطف، بند بازنگری قیمت. آزمون‌های پذیرش و ضمانت عملکرد را در قرارداد بگنجانید: خریدار بابت نتایجی می‌پردازد که می‌تواند وارسی کند. به تاریخ‌های تحویل با جریمهٔ تأخیر متعهد شوید و بگویید تأمین چگونه تضمین شده است. منتظر پرسش دربارهٔ استحکام خود باشید: صورت‌های مالی، سوابق مشتریان و ضمانت‌نامهٔ شرکت مادر یا بانک را آماده کنید. توافق‌نامهٔ سطح خدمات پیشنهاد کنید: زمان پاسخ‌گویی و در دسترس بودن قطعات یدکی، همراه با جریمه. قیمت را به ارز خریدار بدهید یا بر سر بند تعدیل توافق کنید: ریسک نرخ ارز بخشی از شرایط است. به افراد درگیر آنچه برای دفاع درون‌سازمانی از انتخاب لازم دارند بدهید: سوابق همتایانشان، ارزیابی مشترک.',
    ],
  ] as const)('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

// explain's texts: a count, or the params explain passes; one row per branch
describe('the texts of explain', () => {
  it.each([
    ['common.list', ['خریدار', 'تصمیم‌گیرنده', 'کاربر'], 'خریدار، تصمیم‌گیرنده، و کاربر'],
    ['common.more', 4, 'و ۴ مورد دیگر'],
    [
      'purchase-state.open',
      { id: 'p-7', need: 'laptops', step: 'مذاکره', index: 4, of: 5, days: 12.5 },
      'p-7 (laptops) · مذاکره، مرحلهٔ ۴ از ۵ · ۱۲٫۵ روز از آغاز',
    ],
    [
      'purchase-state.awarded',
      { id: 'p-7', need: 'laptops', supplier: 'acme', days: 30, reorder: false },
      'p-7 (laptops) · واگذارشده به acme پس از ۳۰ روز',
    ],
    // re-order
    [
      'purchase-state.awarded',
      { id: 'p-7', need: 'laptops', supplier: 'acme', days: 1, reorder: true },
      'p-7 (laptops) · واگذارشده به acme به‌صورت سفارش مجدد پس از ۱ روز',
    ],
    [
      'purchase-state.abandoned',
      { id: 'p-8', need: 'printers', step: 'تعیین مشخصات', reason: 'بودجه', days: 0.5 },
      'p-8 (printers) · متوقف‌شده در مرحلهٔ «تعیین مشخصات» پس از ۰٫۵ روز: بودجه',
    ],
    ['purchase-state.requirements', 3, '۳ الزام'],
    ['purchase-state.shortlisted', 2, '۲ در فهرست کوتاه'],
    ['purchase-state.offers', 1, '۱ پیشنهاد'],
    [
      'purchase-state.revisits',
      { count: 2, steps: 'تعیین مشخصات ← جستجوی تأمین‌کننده' },
      '۲ بازگشت (تعیین مشخصات ← جستجوی تأمین‌کننده)',
    ],
    [
      'transition-result.refused',
      { rule: 'guard', message: 'تأمین‌کنندهٔ «s2» کنار گذاشته شده است' },
      'رد شد (guard): تأمین‌کنندهٔ «s2» کنار گذاشته شده است',
    ],
    [
      'replay-result.refused',
      { index: 3, rule: 'not-allowed', message: 'MSG' },
      'در events[۳] متوقف شد، رد شد (not-allowed): MSG',
    ],
    [
      'purchase-situation.quadrant',
      { quadrant: 'اقلام اهرمی', importance: 'خرید عادی' },
      'ماتریس کرالیک: اقلام اهرمی (خرید عادی)',
    ],
    ['purchase-situation.importance', { importance: 'خرید راهبردی' }, 'خرید راهبردی'],
    ['purchase-situation.procedure', { regime: 'مناقصهٔ عمومی', procedure: 'رویهٔ باز' }, 'مناقصهٔ عمومی، رویهٔ باز'],
    [
      'buyclass-result.buyclass',
      { buyclass: 'خرید مجدد اصلاح‌شده', confidence: '۰٫۳' },
      'خرید مجدد اصلاح‌شده (اطمینان ۰٫۳)',
    ],
    [
      'portfolio-result.quadrant',
      {
        quadrant: 'اقلام راهبردی',
        importance: 'خرید راهبردی',
        profitImpact: '۰٫۷',
        supplyRisk: '۰٫۶',
        threshold: '۰٫۵',
      },
      'ماتریس کرالیک: اقلام راهبردی (خرید راهبردی): اثر بر سود ۰٫۷، ریسک تأمین ۰٫۶، آستانه ۰٫۵',
    ],
    // no size band
    ['organization-result.organization', { type: 'شرکت' }, 'شرکت'],
    // a size band
    ['organization-result.organization', { type: 'شرکت', size: 'کوچک' }, 'شرکت، کوچک'],
    ['approach.action', { rank: 1, message: 'MSG' }, '۱. MSG'],
    ['buying-center.members', 5, '۵ عضو'],
    // no stance
    [
      'buying-center.member',
      { name: 'Léa', roles: 'خریدار، تصمیم‌گیرنده', influence: '۰٫۵' },
      'Léa (خریدار، تصمیم‌گیرنده؛ نفوذ ۰٫۵)',
    ],
    // a stance
    [
      'buying-center.member',
      { name: 'Léa', roles: 'خریدار', stance: 'موافق', influence: '۰٫۵' },
      'Léa (خریدار؛ موافق؛ نفوذ ۰٫۵)',
    ],
    ['buying-center-analysis.summary', { size: 4, support: '۰٫۲۵' }, '۴ عضو، حمایت ۰٫۲۵'],
    ['buying-center-analysis.keyPlayers', { names: 'Léa، Marc' }, 'افراد کلیدی: Léa، Marc'],
    ['buying-center-analysis.warnings', 2, '۲ هشدار'],
    // the whole purchase
    ['role-coverage.covered', { covered: 3, roles: 8 }, 'نقش‌های پوشش‌داده‌شده: ۳ از ۸'],
    // one step
    [
      'role-coverage.covered',
      { step: 'تصمیم‌گیری', covered: 1, roles: 2 },
      'نقش‌های پوشش‌داده‌شده در مرحلهٔ «تصمیم‌گیری»: ۱ از ۲',
    ],
    ['role-coverage.missing', { roles: 'تصمیم‌گیرنده، تأییدکننده' }, 'نقش‌های غایب: تصمیم‌گیرنده، تأییدکننده'],
    ['expected-size.size', { min: '۵', typical: '۷', max: '۹' }, 'مرکز خرید مورد انتظار: ۵ تا ۹ نفر، معمولاً ۷'],
    ['risk-assessment.score', { level: 'بالا', score: '۰٫۶۱' }, 'ریسک بالا ۰٫۶۱'],
    ['risk-assessment.drivers', { dimensions: 'تأمین‌کننده، عملکرد' }, 'عوامل اصلی ریسک: تأمین‌کننده، عملکرد'],
    ['risk-assessment.reducer', { reducer: 'ضمانت', reduction: '۰٫۱۲' }, 'بهترین راه کاهش ریسک: ضمانت (کاهش ۰٫۱۲)'],
    ['risk-assessment.notAssessed', { dimensions: 'ارز، اجتماعی' }, 'ارزیابی‌نشده: ارز، اجتماعی'],
    [
      'risk-what-if.change',
      { before: 'بالا ۰٫۶۱', after: 'متوسط ۰٫۴۲', delta: '−۰٫۱۹' },
      'بالا ۰٫۶۱ ← متوسط ۰٫۴۲ (−۰٫۱۹)',
    ],
    ['risk-what-if.largest', { dimension: 'تأمین‌کننده', delta: '−۰٫۳' }, 'بیشترین تغییر: تأمین‌کننده −۰٫۳'],
    ['buying-center-risk.score', { level: 'متوسط', score: '۰٫۴۴' }, 'ریسک متوسط ۰٫۴۴، وزن‌دهی‌شده در کل مرکز خرید'],
    ['buying-center-risk.highest', { member: 'Léa', level: 'بالا', score: '۰٫۶۸' }, 'بیشترین: Léa (بالا ۰٫۶۸)'],
    // no account name
    [
      'prospect-analysis.account',
      { position: 'تأمین‌کنندهٔ بیرونی', situation: 'خرید جدید' },
      'در جایگاه تأمین‌کنندهٔ بیرونی · خرید جدید',
    ],
    // an account name
    [
      'prospect-analysis.account',
      { name: 'Acme', position: 'تأمین‌کنندهٔ درونی', situation: 'خرید مجدد مستقیم' },
      'Acme · در جایگاه تأمین‌کنندهٔ درونی · خرید مجدد مستقیم',
    ],
    ['prospect-analysis.step', { step: 'مذاکره', index: 4, of: 5 }, 'در مرحلهٔ «مذاکره»، مرحلهٔ ۴ از ۵'],
    ['prospect-analysis.closed', { outcome: 'واگذارشده' }, 'خرید واگذارشده'],
    ['prospect-analysis.idle', { days: 45.5 }, '۴۵٫۵ روز از آخرین رویداد'],
    ['prospect-analysis.engage', { names: 'Léa، Marc' }, 'جلب مشارکت: Léa، Marc'],
    ['prospect-analysis.risk', { level: 'بالا', score: '۰٫۶۱' }, 'ریسک بالا ۰٫۶۱'],
    ['prospect-analysis.redFlags', { flags: 'توقف، بدون تصمیم‌گیرنده' }, 'نشانه‌های هشدار: توقف، بدون تصمیم‌گیرنده'],
    ['prospect-analysis.action', { rank: 2, message: 'MSG' }, '۲. MSG'],
    ['prospect-analysis.moreActions', 3, 'و ۳ اقدام دیگر'],
    ['account-history.stage', { supplier: 'acme', stage: 'مرحلهٔ توسعه' }, 'acme: مرحلهٔ توسعه'],
    // no share
    ['account-history.won', { won: 3, awarded: 5 }, 'برنده در ۳ از ۵ خرید واگذارشده'],
    // a share
    ['account-history.won', { won: 3, awarded: 5, share: '۶۰٪' }, 'برنده در ۳ از ۵ خرید واگذارشده (سهم ۶۰٪)'],
    ['account-history.purchases', 6, '۶ خرید'],
    [
      'account-history.trend',
      { trend: 'رو به روال‌شدن', from: 'خرید جدید', to: 'خرید مجدد مستقیم' },
      'رو به روال‌شدن (خرید جدید ← خرید مجدد مستقیم)',
    ],
    [
      'account-history.position',
      { relationship: 'فعلی', position: 'تأمین‌کنندهٔ درونی' },
      'تأمین‌کنندهٔ فعلی، تأمین‌کنندهٔ درونی',
    ],
    ['purchase-summary.count', 12, '۱۲ خرید'],
    ['purchase-summary.statuses', { open: 5, awarded: 6, abandoned: 1 }, '۵ باز، ۶ واگذارشده، ۱ متوقف‌شده'],
    ['purchase-summary.funnel', { counts: '۱۲ ← ۹ ← ۶' }, 'قیف ۱۲ ← ۹ ← ۶'],
    // both medians
    ['purchase-summary.cycle', { awarded: 40.5, abandoned: 20 }, 'میانهٔ چرخه: ۴۰٫۵ روز تا واگذاری، ۲۰ روز تا توقف'],
    // award only
    ['purchase-summary.cycle', { awarded: 40.5 }, 'میانهٔ چرخه: ۴۰٫۵ روز تا واگذاری'],
    // abandon only
    ['purchase-summary.cycle', { abandoned: 20 }, 'میانهٔ چرخه: ۲۰ روز تا توقف'],
    // no idle median
    ['purchase-summary.stall', { step: 'مذاکره', open: 3 }, 'بیشترین خریدهای باز در مرحلهٔ «مذاکره» (۳)'],
    // an idle median
    [
      'purchase-summary.stall',
      { step: 'مذاکره', open: 3, idle: 14 },
      'بیشترین خریدهای باز در مرحلهٔ «مذاکره» (۳، میانهٔ درنگ ۱۴ روز)',
    ],
    ['purchase-summary.group', { key: 'IT', line: '۳ خرید' }, '- IT: ۳ خرید'],
    ['purchase-summary.moreGroups', 2, '- و ۲ گروه دیگر'],
    [
      'replay-many.purchases',
      { purchases: 10, ok: 7, problems: 2, notStarted: 1 },
      '۱۰ خرید بازاجرا شد: ۷ کاملاً پذیرفته، ۲ با رویدادهای کنارگذاشته، ۱ آغازنشده',
    ],
    ['replay-many.events', { refused: 3, malformed: 1 }, '۳ رویداد رد شد، ۱ نادرست'],
    // no stance
    ['crm-role.mapped', { roles: 'تصمیم‌گیرنده' }, 'تصمیم‌گیرنده'],
    // a stance
    [
      'crm-role.mapped',
      { roles: 'تصمیم‌گیرنده، تأییدکننده', stance: 'حامی اصلی' },
      'تصمیم‌گیرنده، تأییدکننده؛ حامی اصلی',
    ],
    // neither step nor probability
    ['crm-stage.open', {}, 'فرصت فروش باز'],
    // a step
    ['crm-stage.open', { step: 'مذاکره' }, 'فرصت فروش باز، خریدار در مرحلهٔ «مذاکره»'],
    // a probability
    ['crm-stage.open', { probability: '۶۰٪' }, 'فرصت فروش باز (احتمال از دید فروشنده ۶۰٪)'],
    // both
    [
      'crm-stage.open',
      { step: 'مذاکره', probability: '۶۰٪' },
      'فرصت فروش باز، خریدار در مرحلهٔ «مذاکره» (احتمال از دید فروشنده ۶۰٪)',
    ],
    // an outcome
    ['crm-stage.closed', { deal: 'موفق', outcome: 'واگذارشده' }, 'فرصت فروش موفق؛ خرید واگذارشده'],
    // no outcome
    ['crm-stage.closed', { deal: 'ناموفق' }, 'فرصت فروش ناموفق، بدون نتیجه'],
    ['offer-evaluation.ranked', 3, '۳ پیشنهاد رتبه‌بندی شد'],
    [
      'offer-evaluation.offer',
      { rank: 1, supplier: 'acme', score: '۰٫۸۱', criteria: 'price ۰٫۴، quality ۰٫۳' },
      '۱. acme ۰٫۸۱ (price ۰٫۴، quality ۰٫۳)',
    ],
    ['offer-evaluation.criterion', { criterion: 'price', contribution: '۰٫۴' }, 'price ۰٫۴'],
    ['input-error.issues', 2, 'ورودی نادرست، ۲ مشکل'],
    [
      'input-error.issue',
      { path: 'event.at', expected: 'an ISO date', received: 'a string' },
      '- event.at: انتظار an ISO date، دریافت‌شده a string',
    ],
  ] as const)('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});
