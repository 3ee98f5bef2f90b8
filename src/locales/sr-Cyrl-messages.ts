/**
 * The Serbian (Cyrillic) message templates: one per code of every reason, warning, rejection,
 * action and strategy, in the terms of the Serbian glossary (`docs/i18n.md`, "Serbian").
 * Counts take the Serbian plural forms through `f.plural`; vocabulary values are named
 * through `f.label`; the Latin catalog transliterates these templates.
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
/** Items as alternatives: `a`, `a или b`, `a, b или c`. */
const either = (items: readonly string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} или ${items.slice(-1).join('')}`;
/** A label at the start of a sentence: its first letter in capitals. */
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const isStep = (status: PurchaseStatus): status is Step => (STEPS as readonly string[]).includes(status);
const status = (s: PurchaseStatus, f: Format): string => (isStep(s) ? f.label('step', s) : f.label('outcome', s));
const employees = (n: number, f: Format): string =>
  f.plural(n, { one: '# запослени', few: '# запослена', other: '# запослених' });

const FACTS: Readonly<Record<BuyclassFact, string>> = {
  purchasedBefore: 'ранија куповина',
  specificationChanged: 'промена спецификације',
  satisfiedWithIncumbent: 'задовољство садашњим добављачем',
  consideringNewSuppliers: 'разматрање нових добављача',
  problemNovelty: 'новина проблема',
  informationNeed: 'потреба за информацијама',
};
const facts = (list: readonly BuyclassFact[], f: Format): string => f.list(list.map((x) => FACTS[x]));

const CRM: Readonly<Record<CrmSystem, string>> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  dynamics: 'Dynamics 365',
};
const DEAL = { open: 'отворена', won: 'добијена', lost: 'изгубљена' } as const;

export const REDUCERS: Readonly<Record<RiskReducerId, string>> = {
  references: 'референце упоредивих клијената',
  trial: 'пробна поруџбина или пилот-пројекат',
  'site-visit': 'посета погону добављача',
  certification: 'сертификат треће стране (систем квалитета, испитивање производа)',
  warranty: 'гаранција',
  'sla-penalties': 'уговор о нивоу услуге са пеналима',
  'staged-payment': 'плаћање у ратама, према етапама',
  'buyer-currency-pricing': 'цене у валути купца',
  'detailed-specification': 'детаљна спецификација',
  'stakeholder-involvement': 'укључивање заинтересованих чланова у избор',
  'buffer-stock': 'сигурносне залихе',
  'dual-sourcing': 'други извор снабдевања',
  'currency-hedge': 'заштита од валутног ризика (терминска трансакција)',
};

const SAYS = {
  relationship: {
    new: 'Добављач је нов за купца',
    known: 'Купац познаје добављача, али ово сада не купује од њега',
    incumbent: 'Добављач је садашњи добављач',
  },
  competitor: {
    yes: 'Клијент ово сада купује код конкурента, па би прешао',
    no: 'Клијент ово не купује код конкурента',
  },
  leadTime: { yes: 'Рокови испоруке су критични', no: 'Рокови испоруке нису критични' },
  currency: {
    different: 'Добављач фактурише у валути различитој од купчеве',
    same: 'Купац и добављач имају исту валуту',
  },
  afterSales: {
    high: 'Купац веома зависи од постпродајног сервиса',
    moderate: 'Купац умерено зависи од постпродајног сервиса',
    low: 'Купац мало зависи од постпродајног сервиса',
  },
  importance: {
    strategic: 'Куповина је стратешка',
    banal: 'Куповина је банална',
    unanswered: 'Важност куповине није позната (претпоставља се средња вредност)',
  },
  buyclass: {
    'new-task': 'Куповина је нова куповина',
    'modified-rebuy': 'Куповина је модификована поновна куповина',
    'straight-rebuy': 'Куповина је непромењена поновна куповина',
    unanswered: 'Врста куповине није позната (претпоставља се средња вредност)',
  },
} as const;

/** A profile answer and the dimensions whose uncertainty or consequence it raises. */
const answer = (
  says: string,
  p: { uncertainty: readonly RiskDimension[]; consequence: readonly RiskDimension[] },
  f: Format,
): string =>
  `${says}: ${[...(p.uncertainty.length === 0 ? [] : [`повећава неизвесност (${dims(p.uncertainty, f)})`]), ...(p.consequence.length === 0 ? [] : [`повећава последицу (${dims(p.consequence, f)})`])].join('; ')}.`;

/** An axis of the portfolio: its value against the threshold, and the sub-criteria it came from. */
const axis = (p: MessageParams['profit-impact-high'], f: Format): string =>
  `${f.number(p.value, 4)} (праг ${f.number(p.threshold)})${p.decidedBy === undefined ? '' : `, одлучио је критеријум ${p.decidedBy}`}`;

/** An amount in euros, in millions from a million on. */
const euros = (n: number, f: Format): string =>
  n >= 1_000_000 ? `${f.number(n / 1_000_000, 1)} мил. EUR` : `${f.number(n)} EUR`;
const size = (p: MessageParams['size-micro'], band: string, f: Format): string =>
  p.turnover === undefined && p.balanceSheet === undefined
    ? `${employees(p.employees, f)}: ${band} предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет и биланс нису дати).`
    : `${employees(p.employees, f)}, ${f.list([...(p.turnover === undefined ? [] : [`промет ${euros(p.turnover, f)}`]), ...(p.balanceSheet === undefined ? [] : [`биланс стања ${euros(p.balanceSheet, f)}`])])}: ${band} предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).`;

const SUBJECT = { supplies: 'добара', services: 'услуга', works: 'радова' } as const;
const threshold = (p: MessageParams['below-threshold'], f: Format): string =>
  `${f.number(p.amount)} ${p.currency} за набавку ${SUBJECT[p.subject]} у односу на праг ЕУ од ${f.number(p.threshold)} EUR${p.authority === undefined && p.subject !== 'works' ? ' (ниво наручиоца није дат: претпоставља се нижи праг, онај за органе централне власти)' : ''} (${p.regulation}, ${p.validFrom.slice(0, 4)}–${p.validUntil.slice(0, 4)})`;

const STAGE = {
  'pre-relationship': 'фаза пре односа',
  early: 'рана фаза',
  development: 'фаза развоја',
  'long-term': 'дугорочна фаза',
} as const;
const TREND = { routinizing: 'ка рутини', steady: 'стабилно', reopening: 'поновно отварање' } as const;
/** The purpose in the genitive, as `ради` takes it. */
const PURPOSE_NAME = { resale: 'препродаје', production: 'производње', operations: 'сопственог пословања' } as const;
const PURPOSE = {
  resale: 'Купац препродаје: одлучује тражња његових купаца — понудите маржу, расположивост и помоћ у продаји.',
  production:
    'Купац њиме производи друга добра: највише теже усклађеност са спецификацијом, квалитет и континуитет снабдевања.',
  operations: 'Купац њиме води сопствено пословање: највише теже укупни трошак коришћења, поузданост и сервис.',
} as const;
const DEMAND = {
  growing: 'Тражња његових купаца расте: покажите да можете да пратите — капацитет, рокови испоруке, скалабилност.',
  stable: 'Тражња његових купаца је стабилна: такмичите се ефикасношћу и поузданошћу снабдевања.',
  declining:
    'Тражња његових купаца опада: очекујте притисак на трошкове и мање количине — понудите флексибилност и мање обавезе.',
} as const;

/** The procedure a guard applied under, in brackets. */
const under = (p: { readonly procedure?: MessageParams['procedure-given']['procedure'] }, f: Format): string =>
  p.procedure === undefined ? '' : ` (${f.label('procedure', p.procedure)})`;

/** The steps a skip goes from and to. */
const skip = (p: { readonly from: Step; readonly to: Step }, f: Format): string =>
  `од корака „${f.label('step', p.from)}“ до корака „${f.label('step', p.to)}“`;

/** Why a guard refused an event, one sentence per guard. */
function guard(p: MessageParams['guard'], f: Format): string {
  switch (p.guard) {
    case 'chronological':
      return `догађај носи датум ${p.at}, пре последњег догађаја (${p.last})`;
    case 'role':
      return `политика тражи да „${f.label('eventType', p.event)}“ забележи: ${either(p.roles.map((r) => f.label('role', r)))}; ${p.by === undefined ? 'ниједан члан није наведен (by)' : p.held === undefined ? `${p.by} није члан центра куповине` : `${p.by}: ${p.held.length === 0 ? 'без улоге' : roles(p.held, f)}`}`;
    case 'duplicate-id':
      return p.of === 'requirement'
        ? `захтев „${p.id}“ је већ у спецификацији`
        : `добављач „${p.id}“ је већ на списку (${f.label('supplierStatus', p.status)})`;
    case 'unknown-requirement':
      return `у спецификацији нема захтева „${p.id}“`;
    case 'must-requirement':
      return 'спецификацији је пре одобрења потребан бар један обавезан захтев; нема ниједан';
    case 'unknown-supplier':
      return `добављач „${p.id}“ није на списку ове куповине`;
    case 'excluded-supplier':
      return `добављач „${p.id}“ је искључен`;
    case 'min-shortlisted':
      return p.inviteAll === 'always' && p.undecided.length > 0
        ? `сваки добављач који није искључен позива се да поднесе понуду${under(p, f)}; прво уврстите у ужи избор или искључите: ${f.list(p.undecided)}`
        : `за преговарање је потребно најмање ${f.plural(p.minShortlisted, { one: '# добављач', few: '# добављача', other: '# добављача' })} у ужем избору${under(p, f)}${p.inviteAll === 'if-fewer' ? ', или сви који испуњавају услове ако их је мање' : ''}; сада: ${f.number(p.shortlisted)}${p.inviteAll === 'if-fewer' && p.undecided.length > 0 ? `; ни у ужем избору ни искључен${p.undecided.length === 1 ? '' : 'и'}: ${f.list(p.undecided)}` : ''}`;
    case 'not-shortlisted':
      return `за понуду добављача „${p.id}“ он мора прво бити у ужем избору; сада је: ${f.label('supplierStatus', p.status)}`;
    case 'no-negotiation':
      return `„${p.id}“ је већ поднео понуду, а о понудама се не преговара${under(p, f)}`;
    case 'min-offers':
      return `за одлуку су потребне понуде најмање ${f.plural(p.minOffers, { one: '# добављача', other: '# добављача' })}${under(p, f)}; примљено: ${f.plural(p.offers, { one: '# понуда', few: '# понуде', other: '# понуда' })}`;
    case 'no-offer':
      return `добављач „${p.id}“ није дао понуду${p.reorderWithoutOffer ? ' (без понуде се може поново наручити само од постојећег добављача)' : ''}`;
    case 'not-earlier-step':
      return `повратак иде на ранији корак; „${status(p.to, f)}“ није пре „${status(p.status, f)}“`;
    case 'skip-not-allowed':
      return p.requires === undefined
        ? `политика за „${f.label('buyclass', p.buyclass)}“${under(p, f)} не дозвољава прескакање ${skip(p, f)}`
        : p.requires === 'known-suppliers'
          ? `прескакање ${skip(p, f)} тражи познате добављаче; на почетку није дат ниједан`
          : `прескакање ${skip(p, f)} тражи постојећег добављача; нема га`;
  }
}

/** The reason of each approach action, with its source, as `recommendApproach` gives it. */
const APPROACH_REASON: Readonly<Record<MessageParams['approach']['action'], string>> = {
  'shape-the-specification':
    'У новој куповини купци прикупљају највише информација и разматрају највише алтернатива; ко помаже да се потреба дефинише, обликује спецификацију (француски наставни текст о B2B маркетингу: бити присутан на почетку; Robinson, Faris & Wind 1967).',
  'get-in-early':
    'У новој куповини купци прикупљају највише информација и разматрају највише алтернатива; ко помаже да се потреба дефинише, обликује спецификацију (француски наставни текст о B2B маркетингу: бити присутан на почетку; Robinson, Faris & Wind 1967).',
  'leverage-the-relationship':
    'У новој куповини купци прикупљају највише информација и разматрају највише алтернатива; ко помаже да се потреба дефинише, обликује спецификацију (француски наставни текст о B2B маркетингу: бити присутан на почетку; Robinson, Faris & Wind 1967). Постојећи добављач полази с предношћу приступа; у новој куповини ипак се такмичи са свима.',
  'reach-the-whole-center':
    'Нова куповина укључује највећи центар куповине и више доносиоце одлука (Kotler & Armstrong, гл. 6; Johnston & Bonoma 1981).',
  'reduce-perceived-risk':
    'Што су трошак или ризик нове куповине већи, купци траже више информација (Kotler & Armstrong, гл. 6).',
  'defend-the-account':
    'У модификованој поновној куповини купац жели да промени спецификације, цене, услове или добављаче: постојећи добављачи бране позицију, спољни виде прилику (Kotler & Armstrong, гл. 6).',
  'fix-dissatisfaction':
    'У модификованој поновној куповини купац жели да промени спецификације, цене, услове или добављаче: постојећи добављачи бране позицију, спољни виде прилику (Kotler & Armstrong, гл. 6).',
  'seize-the-opening':
    'У модификованој поновној куповини купац жели да промени спецификације, цене, услове или добављаче: постојећи добављачи бране позицију, спољни виде прилику (Kotler & Armstrong, гл. 6).',
  'get-on-the-shortlist':
    'Модификована поновна куповина разматра нове алтернативе само у ограниченој мери (Robinson, Faris & Wind 1967).',
  'keep-the-routine':
    'У непромењеној поновној куповини купац поново наручује од уобичајеног добављача док су испорука, квалитет и цена задовољавајући; ту равнотежу је тешко пореметити (Kotler & Armstrong, гл. 6; француски наставни текст о B2B маркетингу: интензиван комерцијални рад у поновној куповини).',
  'automate-reordering':
    'Постојећи добављачи задржавају непромењену поновну куповину штедећи купчево време: „често предлажу системе аутоматског поновног наручивања“ (Kotler & Armstrong, Principles of Marketing, издања пре 17., гл. 6).',
  'reframe-the-need':
    'У непромењеној поновној куповини купац поново наручује од уобичајеног добављача док су испорука, квалитет и цена задовољавајући; ту равнотежу је тешко пореметити (Kotler & Armstrong, гл. 6; француски наставни текст о B2B маркетингу: интензиван комерцијални рад у поновној куповини). Спољни добављачи покушавају да понуде нешто ново или искористе незадовољство, да би их купац разматрао.',
  'win-a-trial-order':
    'Спољни добављачи „налазе нове начине да додају вредност или искористе незадовољство“ (Kotler & Armstrong, 17. изд., гл. 6); мала пробна поруџбина смањује купчев ризик да их испроба (пробна куповина, The Marketing Book, 5. изд., гл. 7, стр. 149) — тактика је тумачење buygrid-а.',
  'prove-reliability':
    'У стратешкој куповини центар куповине опажа већи ризик и придаје велику тежину поузданости добављача (француски наставни текст о B2B маркетингу, према Salle, Valla & Michel из лионске школе; из Краљићевог квадранта, тумачење buygrid-а: стратешки производи и уска грла).',
  'perform-the-contract':
    'Значајни или упорни недостаци у извршењу ранијег јавног уговора, који су довели до његовог превременог раскида, накнаде штете или сличних санкција, основ су за искључење (Директива 2014/24/EU, чл. 57(4)(g)).',
  'watch-the-notices':
    'Изнад прагова ЕУ поступак се покреће обавештењима објављеним у Службеном листу ЕУ (Директива 2014/24/EU, чл. 48, 49, 51).',
  'join-market-consultation':
    'Наручилац може да консултује тржиште ради припреме набавке и да користи савете само ако они не нарушавају конкуренцију нити начела недискриминације и транспарентности (Директива 2014/24/EU, чл. 40). Информације кандидата који је учествовао деле се са осталим кандидатима, а кандидат се искључује где се једнак третман не може обезбедити другачије (чл. 41, 57(4)(f)); спецификације не смеју упућивати на марку или порекло које фаворизује једног добављача, осим ако то оправдава предмет уговора (чл. 42(4)).',
  'qualify-for-the-procedure':
    'Кандидати се бирају по критеријумима из чл. 58 Директиве 2014/24/EU, пошто се провере основи за искључење из чл. 57; ESPD се прихвата као прелиминарни доказ (чл. 59).',
  'follow-the-procedure':
    'Наручиоци једнако третирају привредне субјекте и поступају транспарентно (Директива 2014/24/EU, чл. 18(1)) и додељују економски најповољнију понуду по објављеним критеријумима (чл. 67); покушај да се неприкладно утиче на одлуку или да се дође до поверљивих информација основ је за искључење (чл. 57(4)(i)).',
  'follow-the-call-off-terms':
    'Уговори на основу оквирног споразума додељују се у оквиру његових услова, или после поновног надметања међу његовим странама (Директива 2014/24/EU, чл. 33(3)–(5)).',
  'prepare-for-the-next-framework':
    'Уговори на основу оквирног споразума додељују се само између наручилаца и привредних субјеката који су његове стране (Директива 2014/24/EU, чл. 33(2)).',
  'join-the-dynamic-purchasing-system':
    'Систем динамичне набавке остаје отворен, током целог трајања, за сваки привредни субјект који испуњава критеријуме за избор (Директива 2014/24/EU, чл. 34), а сваки примљени учесник позива се на сваку појединачну набавку (чл. 34(6)).',
  'check-the-national-rules':
    'Директива се примењује изнад прагова из чл. 4 Директиве 2014/24/EU; за мање вредности важе национална правила, која ипак морају поштовати општа начела права ЕУ (Европска комисија, „Thresholds“).',
  'answer-the-invitation':
    'Преговарачки поступак без претходног објављивања дозвољен је само у случајевима из чл. 32 Директиве 2014/24/EU (ниједна одговарајућа понуда у ранијем поступку, само један могући добављач, крајња хитност, додатне испоруке…).',
};

const TERMS = {
  'payment-terms':
    'Понудите услове плаћања који ограничавају изложеност купца: плаћање у ратама према етапама, клаузулу о ревизији цене.',
  'performance-guarantee':
    'Унесите у уговор тестове пријема и гаранцију учинка: купац плаћа резултате које може да провери.',
  'delivery-commitment': 'Обавежите се на рокове испоруке са пеналима и реците како је снабдевање обезбеђено.',
  'supplier-assurance':
    'Очекујте питања о својој солидности: припремите финансијске извештаје, референце и гаранцију матичне компаније или банке.',
  'service-level': 'Понудите уговор о нивоу услуге: време одзива и доступност резервних делова, са пеналима.',
  'currency-clause': 'Изразите цену у валути купца или уговорите клаузулу индексације: курсни ризик је део услова.',
  'shared-decision':
    'Дајте учесницима оно што им треба да избор одбране у својој организацији: референце колега, заједничку процену.',
} as const;

/** The message templates, one per code. */
export const messages = {
  'purchased-before': (): string =>
    'Производ је већ купован: поновна куповина, непромењена или модификована, осим ако је проблем постао нов.',
  'first-purchase': (): string => 'Производ никада раније није купован: по дефиницији нова куповина.',
  'specification-changed': (): string =>
    'Спецификација се променила од последње куповине: модификована поновна куповина, или нова куповина ако је проблем нов.',
  'specification-unchanged': (): string =>
    'Спецификација је непромењена: непромењена поновна куповина, осим ако се мењају цена, услови или добављач.',
  'incumbent-satisfies': (): string => 'Купац је задовољан садашњим добављачем: непромењена поновна куповина.',
  'incumbent-dissatisfies': (): string =>
    'Купац није задовољан садашњим добављачем: модификована поновна куповина, или нова куповина ако је проблем нов.',
  'new-suppliers-considered': (): string =>
    'Разматрају се нови добављачи: нова куповина или модификована поновна куповина, а не непромењена поновна куповина.',
  'no-new-suppliers': (): string => 'Не разматра се ниједан нови добављач: непромењена поновна куповина.',
  'novelty-high': (): string => 'Проблем је нов за купце: нова куповина.',
  'novelty-medium': (): string => 'Проблем је делимично нов за купце: модификована поновна куповина.',
  'novelty-low': (): string => 'Проблем је купцима познат: непромењена поновна куповина.',
  'information-need-high': (): string => 'Купцима је потребно много информација: нова куповина.',
  'information-need-medium': (): string => 'Купцима је потребно нешто информација: модификована поновна куповина.',
  'information-need-low': (): string => 'Купцима је потребно мало информација: непромењена поновна куповина.',
  'secure-partnership': (): string =>
    'Управљање снабдевањем: анализирајте однос моћи, па искористите, уравнотежите или диверсификујте; градите дугорочна партнерства која обезбеђују снабдевање. Одлучује највише руководство.',
  'exploit-purchasing-power': (): string =>
    'Управљање материјалима: користите куповну моћ — тендери, циљне цене, замена производа или добављача. Одлучује главни набављач.',
  'secure-volume': (): string =>
    'Управљање изворима набавке: обезбедите количине и континуитет — гаранције количина, контрола добављача, сигурносне залихе, резервни планови. Одлучују руководиоци сектора.',
  'streamline-buying': (): string =>
    'Управљање набавком: купујте ефикасно — стандардизујте, обједињујте поруџбине, оптимизујте количине поруџбина и залихе. Одлучују купци.',
  'leverage-the-relationship': (): string =>
    'Искористите приступ и поверење које већ имате код купца да рано сазнате потребу и да први будете консултовани.',
  'reach-the-whole-center': (): string =>
    'Информишите сваког члана центра куповине, техничке људе и више доносиоце одлука, а не само набавку.',
  'reduce-perceived-risk': (): string =>
    'Понудите референце, пробу или пилот-пројекат и посету, да би им нови добављач изгледао сигурно.',
  'defend-the-account': (): string => 'Сазнајте шта купац жели да промени и сами предложите промену пре конкурента.',
  'fix-dissatisfaction': (): string =>
    'Брзо решите сваку притужбу на квалитет, испоруку или цену; незадовољство отвара врата другима.',
  'seize-the-opening': (): string =>
    'Дајте понуду која тачно одговара на оно што купац жели да промени: бољу спецификацију, цену или услове.',
  'get-on-the-shortlist': (): string =>
    'Квалификујте се и уђите у ужи избор сада: купац разматра неколико нових добављача, не све.',
  'keep-the-routine': (): string =>
    'Одржавајте квалитет, испоруку и услугу беспрекорним и редовно посећујте купца: интензиван комерцијални рад.',
  'automate-reordering': (): string =>
    'Понудите аутоматско поновно наручивање, оквирне уговоре или залихе којима управља добављач, тако да поновна поруџбина код вас не захтева труд.',
  'reframe-the-need': (): string =>
    'Донесите нешто ново — боље решење, нижи укупни трошак — што ће купца навести да поново размисли и претворити поновну поруџбину у нову куповину.',
  'win-a-trial-order': (): string => 'Затражите малу пробну поруџбину и на њој се докажите.',
  'prove-reliability': (): string =>
    'Докажите своју поузданост: финансијска стабилност, континуитет снабдевања, сертификати, дугорочна посвећеност.',
  'perform-the-contract': (): string =>
    'Извршите садашњи уговор до последњег слова: ваш учинак је ваша референца за следећи поступак.',
  'watch-the-notices': (): string =>
    'Пратите претходна информативна обавештења и јавне позиве овог наручиоца за овај предмет (TED и национални портали).',
  'join-market-consultation': (): string =>
    'Пре поступка одговорите на претходне консултације наручиоца са тржиштем неутралним информацијама заснованим на стандардима, доступним свим конкурентима — никада спецификацијом писаном према вашем производу.',
  'qualify-for-the-procedure': (): string =>
    'Припремите Европски јединствени документ о набавци (ESPD) и доказе које траже критеријуми за избор (способност за обављање професионалне делатности, економски и финансијски капацитет, технички и стручни капацитет) и проверите да не постоји основ за искључење.',
  'follow-the-procedure': (): string =>
    'Поднесите понуду тачно онако како траже документи набавке, у року и путем који наводе; питања постављајте само тим путем. У отвореном или рестриктивном поступку о понуди се не преговара: поднесите најбољу.',
  'follow-the-call-off-terms': (): string =>
    'Испоручујте сваку појединачну набавку под условима оквирног споразума; где се надметање међу странама споразума поново отвара, поднесите понуду по условима и критеријумима које оно поставља.',
  'prepare-for-the-next-framework': (): string =>
    'Појединачну набавку добија само страна оквирног споразума: припремите се за следећи позив за оквирни споразум и тада се квалификујте.',
  'join-the-dynamic-purchasing-system': (): string =>
    'Поднесите захтев за пријем у систем динамичне набавке: примљени добављачи позивају се да поднесу понуду за сваку појединачну набавку у њему.',
  'check-the-national-rules': (): string =>
    'Испод прагова ЕУ, пре него што било шта предузмете, прочитајте национална правила и интерна правила наручиоца о набавкама: она одређују поступак (често поједностављен, или директну доделу за мале вредности).',
  'answer-the-invitation': (): string =>
    'Јавни позив се не објављује: наручилац позива добављаче с којима се консултује, само у случајевима које Директива наводи. Ако сте позвани, поднесите понуду и преговарајте у оквиру услова позива.',
  'payment-terms': (): string =>
    'Понудите услове плаћања који ограничавају изложеност купца: плаћање у ратама према етапама, клаузулу о ревизији цене.',
  'performance-guarantee': (): string =>
    'Унесите у уговор тестове пријема и гаранцију учинка: купац плаћа резултате које може да провери.',
  'delivery-commitment': (): string =>
    'Обавежите се на рокове испоруке са пеналима и реците како је снабдевање обезбеђено.',
  'supplier-assurance': (): string =>
    'Очекујте питања о својој солидности: припремите финансијске извештаје, референце и гаранцију матичне компаније или банке.',
  'service-level': (): string =>
    'Понудите уговор о нивоу услуге: време одзива и доступност резервних делова, са пеналима.',
  'currency-clause': (): string =>
    'Изразите цену у валути купца или уговорите клаузулу индексације: курсни ризик је део услова.',
  'shared-decision': (): string =>
    'Дајте учесницима оно што им треба да избор одбране у својој организацији: референце колега, заједничку процену.',
  'derived-demand': (): string =>
    'Тражња предузећа изведена је из тражње његових купаца (француски наставни текст о B2B маркетингу: одлука клијента у великој мери зависи од потреба његових купаца).',
  'no-decider': (): string => 'Није познат ниједан члан који одлучује: пронађите ко каже да или не куповини.',
  'no-champion': (): string => 'Нема заговорника: без њега се многе куповине никада не обаве (Bonoma 1982).',
  'seller-view': (): string =>
    'Фаза у CRM-у прати продавчеву прилику, а не куповни процес купца: корак је приближан (тумачење buygrid-а).',
  'lost-ambiguous': (): string =>
    'Изгубљена прилика не говори да ли је купац обуставио куповину или је доделио конкуренту: исход није дат; разлог губитка би то рекао.',
  'single-select': (): string =>
    'Salesforce OpportunityContactRole.Role прима једну вредност: упишите ту прву, или `value` у поље са више вредности AccountContactRelation.Roles.',
  'win-over-the-blocker': (): string =>
    'Утицајан члан блокира куповину или вас: сазнајте примедбу и одговорите на њу преко некога коме верује.',
  'find-the-decider': (): string => 'Није познат доносилац одлуке: пронађите ко каже да или не и како до њега доћи.',
  'revive-the-purchase': (): string =>
    'Већ неко време ништа се не дешава: позовите свој контакт, сазнајте шта кочи и понудите следећи конкретан корак.',
  'organization-type-assumed': (): string => 'Врста организације није дата: претпоставља се предузеће.',
  'regime-public-law': (): string =>
    'Тело јавног права је наручилац (Директива 2014/24/EU, чл. 2(1)(4)): купује по правилима јавних набавки.',
  'shape-the-specification': (): string =>
    'Радите с корисницима и преписивачима док дефинишу потребу, да би спецификација одговарала вашим предностима.',
  'get-in-early': (): string =>
    'Укључите се пре него што се спецификација напише: донесите купцима информације које траже и помозите им да дефинишу потребу.',
  // situation: buyclass
  'fact-not-applicable': (p, f) => `Не важи за прву куповину, па се занемарује: ${facts(p.facts, f)}.`,
  'facts-missing': (p, f) => `Није познато, па је поузданост мања: ${facts(p.facts, f)}.`,
  'mixed-profile': (p, f) =>
    `Мешовит профил: ${facts(p.facts, f)} не одговара${p.facts.length === 1 ? '' : 'ју'} у потпуности (${f.label('buyclass', p.buyclass)}).`,
  'rebuy-undecided': (p, f) =>
    `Познате чињенице не разликују „${f.label('buyclass', p.buyclass)}“ од „${f.label('buyclass', p.runnerUp)}“; претпоставља се она са више посла око куповине.`,
  // situation: portfolio
  'profit-impact-high': (p, f) => `Утицај на профит ${axis(p, f)}: висок.`,
  'profit-impact-low': (p, f) => `Утицај на профит ${axis(p, f)}: низак.`,
  'supply-risk-high': (p, f) => `Ризик снабдевања ${axis(p, f)}: висок.`,
  'supply-risk-low': (p, f) => `Ризик снабдевања ${axis(p, f)}: низак.`,
  'strategic-purchase': (p) =>
    p.quadrant === 'bottleneck'
      ? 'Стратешка куповина (уско грло): највише тежи континуитет снабдевања (тумачење квадранта у buygrid-у).'
      : 'Стратешка куповина (стратешки производи): поузданост добављача и дугорочно партнерство имају велику тежину (тумачење квадранта у buygrid-у).',
  'banal-purchase': (p) =>
    p.quadrant === 'leverage'
      ? 'Банална куповина (производи полуге): цена и услови имају велику тежину — куповна моћ, а не поузданост добављача; у питању је новац (тумачење квадранта у buygrid-у).'
      : 'Банална куповина (некритични производи): највише тежи ефикасна рутинска куповина (тумачење квадранта у buygrid-у).',
  // situation: organization
  'organization-type': (p, f) => `Купац је ${f.label('organizationType', p.type)}.`,
  'size-micro': (p, f) => size(p, 'микро', f),
  'size-small': (p, f) => size(p, 'мало', f),
  'size-medium': (p, f) => size(p, 'средње', f),
  'size-large': (p, f) => size(p, 'велико', f),
  'no-size-band': (p, f) =>
    `${employees(p.employees, f)}; без величинске класе: прагови ЕУ (Препорука 2003/361/EC) дефинишу предузећа, а не ${p.type === 'public-body' ? 'органе јавне власти' : 'установе'}.`,
  'regime-default': (p, f) =>
    p.type === 'public-body'
      ? 'Орган јавне власти (државни, покрајински или локални) је наручилац (Директива 2014/24/EU, чл. 2(1)(1)): купује по правилима јавних набавки — поступком Директиве изнад прагова ЕУ, по националним правилима испод њих.'
      : `Није тело јавног права: ${f.label('organizationType', p.type)} купује по приватном режиму.`,
  'regime-assumed': (p) =>
    p.type === 'institution'
      ? 'Претпоставља се да установа купује по приватном режиму; многе јавно финансиране болнице, универзитети и школе су тела јавног права (Директива 2014/24/EU, чл. 2(1)(4)) и купују по јавним правилима: проследите publicLaw: true.'
      : 'Претпоставља се да предузеће купује по приватном режиму (осим ако је тело јавног права, Директива 2014/24/EU, чл. 2(1)(4): проследите publicLaw: true).',
  'regime-given': (p, f) => `Режим је задат: ${f.label('regime', p.regime)}.`,
  // situation: classifySituation
  'buyclass-given': (p, f) => `Врста куповине је задата: ${f.label('buyclass', p.buyclass)}.`,
  'threshold-not-applicable': () => 'Прагови ЕУ обавезују наручиоце; приватни купац то није, па се вредност не пореди.',
  'threshold-not-checked': (p) =>
    p.currency === undefined
      ? 'Вредност уговора није дата: праг ЕУ није проверен (испод њега важе национална правила).'
      : `Вредност је у валути ${p.currency}; прагови ЕУ су у еврима: претворите је (Комисија објављује противвредности у националним валутама).`,
  'below-threshold': (p, f) => `${threshold(p, f)} — испод прага: важе национална правила.`,
  'above-threshold': (p, f) => `${threshold(p, f)} — на прагу или изнад њега: поступак Директиве.`,
  'procedure-given': (p, f) => `Поступак је задат: ${f.label('procedure', p.procedure)}.`,
  'procedure-below-threshold': () =>
    'Испод прага поступак следи национална правила (buygrid претпоставља приватни минимум: промените га по потреби).',
  'procedure-default': (p) =>
    `Претпоставља се отворени поступак, најчешћи (Директива 2014/24/EU, чл. 27).${p.buyclass === 'straight-rebuy' ? ' Јавна рутинска поновна поруџбина обично је набавка на основу оквирног споразума (чл. 33): проследите procedure "framework-call-off".' : ''}`,
  // risk
  'supplier-relationship': (p, f) => answer(SAYS.relationship[p.answer], p, f),
  'buys-from-competitor': (p, f) => answer(SAYS.competitor[p.answer ? 'yes' : 'no'], p, f),
  'lead-time-critical': (p, f) => answer(SAYS.leadTime[p.answer ? 'yes' : 'no'], p, f),
  currency: (p, f) => answer(SAYS.currency[p.answer], p, f),
  'after-sales-dependency': (p, f) => answer(SAYS.afterSales[p.answer], p, f),
  importance: (p, f) => answer(SAYS.importance[p.answer], p, f),
  buyclass: (p, f) => answer(SAYS.buyclass[p.answer], p, f),
  'budget-share': (p, f) =>
    `${p.budgetShare === undefined ? 'Удео у буџету није познат (претпоставља се средња вредност)' : `Куповина заузима ${f.percent(p.budgetShare)} буџета`}: последица (${f.list(Object.entries(p.consequence).map(([d, v]) => `${f.label('dimension', d as RiskDimension)} ${f.number(v)}`))}).`,
  given: (p, f) => `Задато изричито${p.overridingProfile ? ' (уместо профила)' : ''}: ${dims(p.dimensions, f)}.`,
  situation: (p, f) =>
    `Преузето из ситуације куповине: ${f.list([...(p.importance === undefined ? [] : [f.label('importance', p.importance)]), ...(p.buyclass === undefined ? [] : [f.label('buyclass', p.buyclass)])])}.`,
  'profile-over-situation': (p, f) =>
    `Одговор профила има предност над ситуацијом: ${f.list([...(p.importance === undefined || p.situationImportance === undefined ? [] : [`${f.label('importance', p.importance)} (у ситуацији: ${f.label('importance', p.situationImportance)})`]), ...(p.buyclass === undefined || p.situationBuyclass === undefined ? [] : [`${f.label('buyclass', p.buyclass)} (у ситуацији: ${f.label('buyclass', p.situationBuyclass)})`])])}.`,
  'situation-without-profile': () =>
    'Ситуација само замењује важност и врсту куповине из профила; без профила ништа не мења.',
  'not-assessed': (p, f) => `Није процењено (ни задато ни изведено), изостављено из оцене: ${dims(p.dimensions, f)}.`,
  'reducer-applied': (p, f) =>
    `Примењено: ${REDUCERS[p.reducer]} — ${p.dimensions.length === 0 ? 'не тиче се ниједне процењене димензије' : `${p.targets === 'uncertainty' ? 'неизвесност' : 'последица'} (${dims(p.dimensions, f)}) × ${f.number(p.factor)}`}.`,
  // buying center
  'single-threaded': (p, f) =>
    `Центар има ${f.plural(p.members, { one: '# познатог члана', few: '# позната члана', other: '# познатих чланова' })}: један контакт је једна тачка отказа; дођите до више људи укључених у куповину.`,
  'influential-blocker': (p, f) =>
    `${p.names.length === 1 ? 'Утицајан блокатор' : 'Утицајни блокатори'} (утицај ≥ ${f.number(p.threshold)}): ${f.list(p.names)}.`,
  'missing-role': (p, f) =>
    `Нема улоге „${f.label('role', p.role)}“ у кораку „${f.label('step', p.step)}“: ниједан члан је не обавља.`,
  'buyclass-base': (p, f) =>
    `${cap(f.label('buyclass', p.buyclass))}: основа од ${f.plural(p.base, { one: '# особе', few: '# особе', other: '# особа' })} (за ${f.number(250)}–${f.number(999)} запослених, средња сложеност, банална куповина).`,
  'complexity-factor': (p, f) => `Сложеност (${f.label('level', p.complexity)} ниво): × ${f.number(p.factor)}.`,
  'importance-factor': (p, f) => `${cap(f.label('importance', p.importance))}: × ${f.number(p.factor)}.`,
  'employees-factor': (p, f) =>
    `${employees(p.employees, f)}${p.below === undefined ? '' : ` (мање од ${f.number(p.below)})`}: × ${f.number(p.factor)}.`,
  'budget-share-factor': (p, f) =>
    `Удео у буџету ${f.percent(p.budgetShare)}: × ${f.number(p.factor, 3)}${p.atLeast === undefined ? '' : `; значајан буџет, па не одлучује једна особа (најмање ${f.number(p.atLeast)})`}.`,
  'capped-by-employees': (p, f) => `Не више људи него запослених: ${f.number(p.employees)}.`,
  // process
  terminal: (p, f) =>
    `куповина је ${f.label('outcome', p.status)}; више не прима догађаје${p.status === 'awarded' ? ' осим оцене учинка' : ''}`,
  'not-allowed': (p, f) =>
    `„${f.label('eventType', p.event)}“ се не прима ${isStep(p.status) ? `у кораку „${f.label('step', p.status)}“` : `када је куповина ${f.label('outcome', p.status)}`}; прима се: ${p.accepted.length === 0 ? 'ништа' : f.list(p.accepted.map((e) => f.label('eventType', e)))}`,
  guard: (p, f) => guard(p, f),
  'criterion-leading': (p, f) =>
    `„${p.supplierId}“ има оцену ${f.number(p.score)}; највише доприноси ${p.criterion} (${f.number(p.contribution)}).`,
  'criterion-missing': (p) => `„${p.supplierId}“: рок испоруке није понуђен, критеријум lead-time добија 0.`,
  'ranked-not-selected': (p, f) =>
    `Рангирано: ${f.plural(p.offers, { one: '# понуда', few: '# понуде', other: '# понуда' })}, по критеријумима ${f.list(p.criteria.map((c) => `${c.criterion} ${f.number(c.weight)}`))}; избор остаје купцу (supplierSelected).`,
  // crm
  mapped: (p, f) =>
    'roles' in p
      ? `${CRM[p.crm]} „${p.value}“ → ${p.roles.length === 0 ? 'без улоге' : roles(p.roles, f)}${p.stance === undefined ? '' : `; ${f.label('stance', p.stance)}`}.`
      : `${CRM[p.crm]} „${p.value}“ → ${p.step === undefined ? (p.outcome === undefined ? `прилика ${DEAL[p.deal]}` : `куповина ${f.label('outcome', p.outcome)}`) : `корак „${f.label('step', p.step)}“`}: ${p.why}`,
  'no-role': (p) => `${CRM[p.crm]} „${p.value}“ не именује ниједну улогу у центру куповине.`,
  'unknown-value': (p) => `„${p.value}“ није вредност мапе за ${CRM[p.crm]}: остаје немапирано уместо да се погађа.`,
  'conflicting-stances': (p, f) =>
    `Вредности именују различите ставове (${f.list(p.stances.map((s) => f.label('stance', s)))}): став се не даје уместо да се погађа.`,
  closed: (p) => `Прилика је затворена (${DEAL[p.deal]}): куповина није ни у једном отвореном кораку.`,
  'unknown-stage': (p) =>
    `„${p.stage}“ није фаза мапе за ${CRM[p.crm]} (прилагођена фаза?): остаје немапирано уместо да се погађа; проследите мапу свог левка продаје.`,
  written: (p, f) =>
    `${[...(p.role === undefined ? [] : [f.label('role', p.role)]), ...(p.stance === undefined ? [] : [f.label('stance', p.stance)])].join('; ')} → ${CRM[p.crm]} „${p.value}“.`,
  lost: (p, f) =>
    `${CRM[p.crm]} нема вредност за: ${f.list([...p.roles.map((r) => f.label('role', r)), ...(p.stance === undefined ? [] : [f.label('stance', p.stance)])])}; није уписано.`,
  // prospect
  'follow-the-revisit': (p, f) =>
    p.regime === 'public-tender'
      ? `Купац се вратио на корак „${f.label('step', p.step)}“: пратите објављени поступак и одговорите на сваки нови позив; не покушавајте да га усмерите (Директива 2014/24/EU, чл. 18 и 42).`
      : p.step === 'specification'
        ? p.position === 'in-supplier'
          ? 'Купац поново дефинише шта купује: учествујте у новој спецификацији и браните позицију — место постојећег добављача није сигурно у модификованој поновној куповини.'
          : 'Купац поново дефинише шта купује: прилика — потрудите се да вас консултују о новој спецификацији.'
        : p.position === 'in-supplier'
          ? `Купац се вратио на корак „${f.label('step', p.step)}“: сазнајте шта се променило и одговорите на то пре конкурента.`
          : `Купац се вратио на корак „${f.label('step', p.step)}“: сазнајте шта се променило — поново отворен корак је прилика да уђете.`,
  'meet-who-matters-now': (p, f) =>
    `Састаните се сада са: ${p.name} — члан који највише утиче у кораку „${f.label('step', p.step)}“ и још није на вашој страни.`,
  'reach-missing-roles': (p, f) =>
    `Не познајете никога у улози ${either(p.roles.map((r) => `„${f.label('role', r)}“`))}, а корак „${f.label('step', p.step)}“ ${p.roles.length === 1 ? 'је' : 'их'} тражи: пронађите их.`,
  'put-reducers-in-the-offer': (p) => `Унесите у понуду: ${p.reducers.map((r) => REDUCERS[r]).join('; ')}.`,
  'prepare-the-terms': (p) => `Припремите преговоре око ризика: ${p.terms.map((t) => TERMS[t]).join(' ')}`,
  'find-a-champion': () =>
    'Пронађите заговорника: некога унутра ко жели ову куповину и ко ће је заступати у својој организацији.',
  'widen-the-contacts': () => 'Дођите до више људи укључених у куповину: један контакт је једна тачка отказа.',
  'serve-the-purpose': (p) => PURPOSE[p.purpose],
  'follow-downstream-demand': (p) => DEMAND[p.demand],
  stalled: (p, f) =>
    `Нема догађаја већ ${f.plural(Math.floor(p.days), { one: '# дан', other: '# дана' })} у кораку „${f.label('step', p.step)}“ (застој после ${f.plural(p.after, { one: '# дана', other: '# дана' })}, претпоставка).`,
  'going-back': (p, f) => `Куповина се вратила на корак „${f.label('step', p.step)}“: купац преиспитује.`,
  engage: (p, f) =>
    `${p.name} (${p.roles.length === 0 ? 'без познате улоге' : roles(p.roles, f)}${p.stance === undefined ? '' : `; ${f.label('stance', p.stance)}`}): учешће у кораку „${f.label('step', p.step)}“ ${f.number(p.participation)} × утицај ${f.number(p.influence)} = ${f.number(p.score)}.`,
  'perceived-risk': (p, f) =>
    `Ризик који купац опажа је ${f.label('riskLevel', p.level)} (${f.number(p.score)}), а покрећу га: ${dims(p.drivers, f)}.`,
  'risk-driver': (p, f) =>
    `${cap(f.label('dimension', p.dimension))} покреће опажени ризик: обликује услове (холандски наставни текст о B2B маркетингу).`,
  approach: (p) => APPROACH_REASON[p.action],
  purpose: (p) =>
    `Организација купује ради ${PURPOSE_NAME[p.purpose]} (грчки наставни текст о маркетингу); шта то тражи од понуде, тумачење је buygrid-а.`,
  stage: (p, f) =>
    `Добијено ${f.number(p.won)} од ${f.plural(p.awarded, { one: '# додељене куповине', few: '# додељене куповине', other: '# додељених куповина' })}${p.latestWon ? ', укључујући последњу' : ''}: ${STAGE[p.stage]} (према Ford 1980; прагови су тумачење buygrid-а).`,
  relationship: (p) =>
    p.relationship === 'incumbent'
      ? `${p.supplierId} је добио последњу доделу: садашњи добављач.`
      : p.relationship === 'known'
        ? `${p.supplierId} је учествовао у ранијим куповинама, али нема последњу доделу.`
        : `${p.supplierId} се не појављује ни у једној куповини овог купца.`,
  trend: (p, f) => `Од „${f.label('buyclass', p.from)}“ до „${f.label('buyclass', p.to)}“: ${TREND[p.trend]}.`,
} satisfies Templates;
