/**
 * Every sentence of the Serbian (Cyrillic) catalog, word for word: each message template with
 * the params of `MARKERS` and `GUARD_PARAMS` and the extra params that reach its other
 * branches (the three plural forms, one: 1, 21; few: 2–4; other: 0, 5–20, 25), and each
 * template of explain's texts. Every sentence was read against the English one and checked for
 * the Serbian glossary's terms (`docs/i18n.md`), agreement and case. The Latin catalog is the
 * transliteration of this one, checked in `sr.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import sr from '../../src/locales/sr-Cyrl.js';
import { MARKERS } from './markers.js';
import { GUARD_PARAMS, row, voice } from './tables.js';

const { say, text } = voice(sr);

describe('situation: the facts of classifyBuyclass', () => {
  it.each([
    row(
      'purchased-before',
      MARKERS['purchased-before'][0],
      'Производ је већ купован: поновна куповина, непромењена или модификована, осим ако је проблем постао нов.',
    ),
    row(
      'first-purchase',
      MARKERS['first-purchase'][0],
      'Производ никада раније није купован: по дефиницији нова куповина.',
    ),
    row(
      'specification-changed',
      MARKERS['specification-changed'][0],
      'Спецификација се променила од последње куповине: модификована поновна куповина, или нова куповина ако је проблем нов.',
    ),
    row(
      'specification-unchanged',
      MARKERS['specification-unchanged'][0],
      'Спецификација је непромењена: непромењена поновна куповина, осим ако се мењају цена, услови или добављач.',
    ),
    row(
      'incumbent-satisfies',
      MARKERS['incumbent-satisfies'][0],
      'Купац је задовољан садашњим добављачем: непромењена поновна куповина.',
    ),
    row(
      'incumbent-dissatisfies',
      MARKERS['incumbent-dissatisfies'][0],
      'Купац није задовољан садашњим добављачем: модификована поновна куповина, или нова куповина ако је проблем нов.',
    ),
    row(
      'new-suppliers-considered',
      MARKERS['new-suppliers-considered'][0],
      'Разматрају се нови добављачи: нова куповина или модификована поновна куповина, а не непромењена поновна куповина.',
    ),
    row(
      'no-new-suppliers',
      MARKERS['no-new-suppliers'][0],
      'Не разматра се ниједан нови добављач: непромењена поновна куповина.',
    ),
    row('novelty-high', MARKERS['novelty-high'][0], 'Проблем је нов за купце: нова куповина.'),
    row(
      'novelty-medium',
      MARKERS['novelty-medium'][0],
      'Проблем је делимично нов за купце: модификована поновна куповина.',
    ),
    row('novelty-low', MARKERS['novelty-low'][0], 'Проблем је купцима познат: непромењена поновна куповина.'),
    row(
      'information-need-high',
      MARKERS['information-need-high'][0],
      'Купцима је потребно много информација: нова куповина.',
    ),
    row(
      'information-need-medium',
      MARKERS['information-need-medium'][0],
      'Купцима је потребно нешто информација: модификована поновна куповина.',
    ),
    row(
      'information-need-low',
      MARKERS['information-need-low'][0],
      'Купцима је потребно мало информација: непромењена поновна куповина.',
    ),
    row(
      'fact-not-applicable',
      MARKERS['fact-not-applicable'][0],
      'Не важи за прву куповину, па се занемарује: промена спецификације и задовољство садашњим добављачем.',
    ),
    row('facts-missing', MARKERS['facts-missing'][0], 'Није познато, па је поузданост мања: новина проблема.'),
    // every fact named
    row(
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
      'Није познато, па је поузданост мања: ранија куповина, промена спецификације, задовољство садашњим добављачем, разматрање нових добављача, новина проблема и потреба за информацијама.',
    ),
    row(
      'mixed-profile',
      MARKERS['mixed-profile'][0],
      'Мешовит профил: новина проблема не одговара у потпуности (модификована поновна куповина).',
    ),
    row(
      'mixed-profile',
      MARKERS['mixed-profile'][1],
      'Мешовит профил: новина проблема и потреба за информацијама не одговарају у потпуности (нова куповина).',
    ),
    row(
      'rebuy-undecided',
      MARKERS['rebuy-undecided'][0],
      'Познате чињенице не разликују „модификована поновна куповина“ од „непромењена поновна куповина“; претпоставља се она са више посла око куповине.',
    ),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('situation: Kraljic portfolio and its strategies', () => {
  it.each([
    row('profit-impact-high', MARKERS['profit-impact-high'][0], 'Утицај на профит 0,7 (праг 0,5): висок.'),
    row(
      'profit-impact-high',
      MARKERS['profit-impact-high'][1],
      'Утицај на профит 0,7 (праг 0,5), одлучио је критеријум volume: висок.',
    ),
    row(
      'profit-impact-high',
      MARKERS['profit-impact-high'][2],
      'Утицај на профит 0,6 (праг 0,5), одлучио је критеријум volume: висок.',
    ),
    row('profit-impact-high', MARKERS['profit-impact-high'][3], 'Утицај на профит 0,4 (праг 0,5): висок.'),
    row('profit-impact-low', MARKERS['profit-impact-low'][0], 'Утицај на профит 0,7 (праг 0,5): низак.'),
    row(
      'profit-impact-low',
      MARKERS['profit-impact-low'][1],
      'Утицај на профит 0,7 (праг 0,5), одлучио је критеријум volume: низак.',
    ),
    row(
      'profit-impact-low',
      MARKERS['profit-impact-low'][2],
      'Утицај на профит 0,6 (праг 0,5), одлучио је критеријум volume: низак.',
    ),
    row('profit-impact-low', MARKERS['profit-impact-low'][3], 'Утицај на профит 0,4 (праг 0,5): низак.'),
    row('supply-risk-high', MARKERS['supply-risk-high'][0], 'Ризик снабдевања 0,7 (праг 0,5): висок.'),
    row(
      'supply-risk-high',
      MARKERS['supply-risk-high'][1],
      'Ризик снабдевања 0,7 (праг 0,5), одлучио је критеријум volume: висок.',
    ),
    row(
      'supply-risk-high',
      MARKERS['supply-risk-high'][2],
      'Ризик снабдевања 0,6 (праг 0,5), одлучио је критеријум volume: висок.',
    ),
    row('supply-risk-high', MARKERS['supply-risk-high'][3], 'Ризик снабдевања 0,4 (праг 0,5): висок.'),
    row('supply-risk-low', MARKERS['supply-risk-low'][0], 'Ризик снабдевања 0,7 (праг 0,5): низак.'),
    row(
      'supply-risk-low',
      MARKERS['supply-risk-low'][1],
      'Ризик снабдевања 0,7 (праг 0,5), одлучио је критеријум volume: низак.',
    ),
    row(
      'supply-risk-low',
      MARKERS['supply-risk-low'][2],
      'Ризик снабдевања 0,6 (праг 0,5), одлучио је критеријум volume: низак.',
    ),
    row('supply-risk-low', MARKERS['supply-risk-low'][3], 'Ризик снабдевања 0,4 (праг 0,5): низак.'),
    row('supply-risk-low', MARKERS['supply-risk-low'][4], 'Ризик снабдевања 0,4996 (праг 0,5): низак.'),
    row(
      'strategic-purchase',
      MARKERS['strategic-purchase'][0],
      'Стратешка куповина (стратешки производи): поузданост добављача и дугорочно партнерство имају велику тежину (тумачење квадранта у buygrid-у).',
    ),
    row(
      'strategic-purchase',
      MARKERS['strategic-purchase'][1],
      'Стратешка куповина (уско грло): највише тежи континуитет снабдевања (тумачење квадранта у buygrid-у).',
    ),
    row(
      'banal-purchase',
      MARKERS['banal-purchase'][0],
      'Банална куповина (производи полуге): цена и услови имају велику тежину — куповна моћ, а не поузданост добављача; у питању је новац (тумачење квадранта у buygrid-у).',
    ),
    row(
      'banal-purchase',
      MARKERS['banal-purchase'][1],
      'Банална куповина (некритични производи): највише тежи ефикасна рутинска куповина (тумачење квадранта у buygrid-у).',
    ),
    row(
      'secure-partnership',
      MARKERS['secure-partnership'][0],
      'Управљање снабдевањем: анализирајте однос моћи, па искористите, уравнотежите или диверсификујте; градите дугорочна партнерства која обезбеђују снабдевање. Одлучује највише руководство.',
    ),
    row(
      'exploit-purchasing-power',
      MARKERS['exploit-purchasing-power'][0],
      'Управљање материјалима: користите куповну моћ — тендери, циљне цене, замена производа или добављача. Одлучује главни набављач.',
    ),
    row(
      'secure-volume',
      MARKERS['secure-volume'][0],
      'Управљање изворима набавке: обезбедите количине и континуитет — гаранције количина, контрола добављача, сигурносне залихе, резервни планови. Одлучују руководиоци сектора.',
    ),
    row(
      'streamline-buying',
      MARKERS['streamline-buying'][0],
      'Управљање набавком: купујте ефикасно — стандардизујте, обједињујте поруџбине, оптимизујте количине поруџбина и залихе. Одлучују купци.',
    ),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('situation: organization, size and regime', () => {
  it.each([
    row('organization-type', MARKERS['organization-type'][0], 'Купац је предузеће.'),
    row('organization-type', MARKERS['organization-type'][1], 'Купац је орган јавне власти.'),
    row('organization-type', MARKERS['organization-type'][2], 'Купац је установа.'),
    row(
      'organization-type-assumed',
      MARKERS['organization-type-assumed'][0],
      'Врста организације није дата: претпоставља се предузеће.',
    ),
    row(
      'size-micro',
      MARKERS['size-micro'][0],
      '40 запослених: микро предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет и биланс нису дати).',
    ),
    row(
      'size-micro',
      MARKERS['size-micro'][1],
      '40 запослених, промет 8 мил. EUR: микро предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).',
    ),
    row(
      'size-micro',
      MARKERS['size-micro'][2],
      '40 запослених, промет 8 мил. EUR и биланс стања 900000 EUR: микро предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).',
    ),
    row(
      'size-small',
      MARKERS['size-small'][0],
      '40 запослених: мало предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет и биланс нису дати).',
    ),
    row(
      'size-small',
      MARKERS['size-small'][1],
      '40 запослених, промет 8 мил. EUR: мало предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).',
    ),
    row(
      'size-small',
      MARKERS['size-small'][2],
      '40 запослених, промет 8 мил. EUR и биланс стања 900000 EUR: мало предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).',
    ),
    // one employee
    row(
      'size-small',
      { employees: 1 },
      '1 запослени: мало предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет и биланс нису дати).',
    ),
    // few employees, the balance sheet alone
    row(
      'size-small',
      { employees: 3, balanceSheet: 2500000 },
      '3 запослена, биланс стања 2,5 мил. EUR: мало предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).',
    ),
    row(
      'size-medium',
      MARKERS['size-medium'][0],
      '40 запослених: средње предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет и биланс нису дати).',
    ),
    row(
      'size-medium',
      MARKERS['size-medium'][1],
      '40 запослених, промет 8 мил. EUR: средње предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).',
    ),
    row(
      'size-medium',
      MARKERS['size-medium'][2],
      '40 запослених, промет 8 мил. EUR и биланс стања 900000 EUR: средње предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).',
    ),
    // employees: one (21); a turnover under a million
    row(
      'size-medium',
      { employees: 21, turnover: 900000 },
      '21 запослени, промет 900000 EUR: средње предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).',
    ),
    // a million exactly, and just under
    row(
      'size-medium',
      { employees: 60, turnover: 1000000, balanceSheet: 999999 },
      '60 запослених, промет 1 мил. EUR и биланс стања 999999 EUR: средње предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).',
    ),
    row(
      'size-large',
      MARKERS['size-large'][0],
      '2000 запослених, промет 60 мил. EUR и биланс стања 500 EUR: велико предузеће према прописима ЕУ (прагови 10, 50, 250 запослених; промет 2, 10, 50 мил. EUR или биланс стања 2, 10, 43 мил. EUR).',
    ),
    row(
      'no-size-band',
      MARKERS['no-size-band'][0],
      '300 запослених; без величинске класе: прагови ЕУ (Препорука 2003/361/EC) дефинишу предузећа, а не органе јавне власти.',
    ),
    row(
      'no-size-band',
      MARKERS['no-size-band'][1],
      '300 запослених; без величинске класе: прагови ЕУ (Препорука 2003/361/EC) дефинишу предузећа, а не установе.',
    ),
    row(
      'regime-default',
      MARKERS['regime-default'][0],
      'Орган јавне власти (државни, покрајински или локални) је наручилац (Директива 2014/24/EU, чл. 2(1)(1)): купује по правилима јавних набавки — поступком Директиве изнад прагова ЕУ, по националним правилима испод њих.',
    ),
    row(
      'regime-default',
      MARKERS['regime-default'][1],
      'Није тело јавног права: предузеће купује по приватном режиму.',
    ),
    row('regime-default', MARKERS['regime-default'][2], 'Није тело јавног права: установа купује по приватном режиму.'),
    row(
      'regime-assumed',
      MARKERS['regime-assumed'][0],
      'Претпоставља се да предузеће купује по приватном режиму (осим ако је тело јавног права, Директива 2014/24/EU, чл. 2(1)(4): проследите publicLaw: true).',
    ),
    row(
      'regime-assumed',
      MARKERS['regime-assumed'][1],
      'Претпоставља се да установа купује по приватном режиму; многе јавно финансиране болнице, универзитети и школе су тела јавног права (Директива 2014/24/EU, чл. 2(1)(4)) и купују по јавним правилима: проследите publicLaw: true.',
    ),
    row(
      'regime-public-law',
      MARKERS['regime-public-law'][0],
      'Тело јавног права је наручилац (Директива 2014/24/EU, чл. 2(1)(4)): купује по правилима јавних набавки.',
    ),
    row('regime-given', MARKERS['regime-given'][0], 'Режим је задат: приватна набавка.'),
    row('regime-given', MARKERS['regime-given'][1], 'Режим је задат: јавна набавка.'),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('situation: thresholds and procedure', () => {
  it.each([
    row('buyclass-given', MARKERS['buyclass-given'][0], 'Врста куповине је задата: непромењена поновна куповина.'),
    row(
      'threshold-not-applicable',
      MARKERS['threshold-not-applicable'][0],
      'Прагови ЕУ обавезују наручиоце; приватни купац то није, па се вредност не пореди.',
    ),
    row(
      'threshold-not-checked',
      MARKERS['threshold-not-checked'][0],
      'Вредност уговора није дата: праг ЕУ није проверен (испод њега важе национална правила).',
    ),
    row(
      'threshold-not-checked',
      MARKERS['threshold-not-checked'][1],
      'Вредност је у валути MKcurrency; прагови ЕУ су у еврима: претворите је (Комисија објављује противвредности у националним валутама).',
    ),
    row(
      'below-threshold',
      MARKERS['below-threshold'][0],
      '200000 EUR за набавку добара у односу на праг ЕУ од 143000 EUR (ниво наручиоца није дат: претпоставља се нижи праг, онај за органе централне власти) (MKregulation, 2024–2025) — испод прага: важе национална правила.',
    ),
    row(
      'below-threshold',
      MARKERS['below-threshold'][1],
      '200000 EUR за набавку радова у односу на праг ЕУ од 143000 EUR (MKregulation, 2024–2025) — испод прага: важе национална правила.',
    ),
    // services, authority not given: the lower threshold assumed
    row(
      'below-threshold',
      {
        amount: 90000,
        currency: 'EUR',
        subject: 'services',
        threshold: 143000,
        regulation: 'MKregulation',
        validFrom: '2024-01-01',
        validUntil: '2025-12-31',
      },
      '90000 EUR за набавку услуга у односу на праг ЕУ од 143000 EUR (ниво наручиоца није дат: претпоставља се нижи праг, онај за органе централне власти) (MKregulation, 2024–2025) — испод прага: важе национална правила.',
    ),
    row(
      'above-threshold',
      MARKERS['above-threshold'][0],
      '200000 EUR за набавку услуга у односу на праг ЕУ од 143000 EUR (MKregulation, 2024–2025) — на прагу или изнад њега: поступак Директиве.',
    ),
    // works: one threshold, nothing assumed
    row(
      'above-threshold',
      {
        amount: 6000000,
        currency: 'EUR',
        subject: 'works',
        threshold: 5538000,
        regulation: 'MKregulation',
        validFrom: '2024-01-01',
        validUntil: '2025-12-31',
      },
      '6000000 EUR за набавку радова у односу на праг ЕУ од 5538000 EUR (MKregulation, 2024–2025) — на прагу или изнад њега: поступак Директиве.',
    ),
    row('procedure-given', MARKERS['procedure-given'][0], 'Поступак је задат: конкурентни дијалог.'),
    row(
      'procedure-below-threshold',
      MARKERS['procedure-below-threshold'][0],
      'Испод прага поступак следи национална правила (buygrid претпоставља приватни минимум: промените га по потреби).',
    ),
    row(
      'procedure-default',
      MARKERS['procedure-default'][0],
      'Претпоставља се отворени поступак, најчешћи (Директива 2014/24/EU, чл. 27).',
    ),
    row(
      'procedure-default',
      MARKERS['procedure-default'][1],
      'Претпоставља се отворени поступак, најчешћи (Директива 2014/24/EU, чл. 27). Јавна рутинска поновна поруџбина обично је набавка на основу оквирног споразума (чл. 33): проследите procedure "framework-call-off".',
    ),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('situation: the seller’s approach actions', () => {
  it.each([
    row(
      'shape-the-specification',
      MARKERS['shape-the-specification'][0],
      'Радите с корисницима и преписивачима док дефинишу потребу, да би спецификација одговарала вашим предностима.',
    ),
    row(
      'get-in-early',
      MARKERS['get-in-early'][0],
      'Укључите се пре него што се спецификација напише: донесите купцима информације које траже и помозите им да дефинишу потребу.',
    ),
    row(
      'leverage-the-relationship',
      MARKERS['leverage-the-relationship'][0],
      'Искористите приступ и поверење које већ имате код купца да рано сазнате потребу и да први будете консултовани.',
    ),
    row(
      'reach-the-whole-center',
      MARKERS['reach-the-whole-center'][0],
      'Информишите сваког члана центра куповине, техничке људе и више доносиоце одлука, а не само набавку.',
    ),
    row(
      'reduce-perceived-risk',
      MARKERS['reduce-perceived-risk'][0],
      'Понудите референце, пробу или пилот-пројекат и посету, да би им нови добављач изгледао сигурно.',
    ),
    row(
      'defend-the-account',
      MARKERS['defend-the-account'][0],
      'Сазнајте шта купац жели да промени и сами предложите промену пре конкурента.',
    ),
    row(
      'fix-dissatisfaction',
      MARKERS['fix-dissatisfaction'][0],
      'Брзо решите сваку притужбу на квалитет, испоруку или цену; незадовољство отвара врата другима.',
    ),
    row(
      'seize-the-opening',
      MARKERS['seize-the-opening'][0],
      'Дајте понуду која тачно одговара на оно што купац жели да промени: бољу спецификацију, цену или услове.',
    ),
    row(
      'get-on-the-shortlist',
      MARKERS['get-on-the-shortlist'][0],
      'Квалификујте се и уђите у ужи избор сада: купац разматра неколико нових добављача, не све.',
    ),
    row(
      'keep-the-routine',
      MARKERS['keep-the-routine'][0],
      'Одржавајте квалитет, испоруку и услугу беспрекорним и редовно посећујте купца: интензиван комерцијални рад.',
    ),
    row(
      'automate-reordering',
      MARKERS['automate-reordering'][0],
      'Понудите аутоматско поновно наручивање, оквирне уговоре или залихе којима управља добављач, тако да поновна поруџбина код вас не захтева труд.',
    ),
    row(
      'reframe-the-need',
      MARKERS['reframe-the-need'][0],
      'Донесите нешто ново — боље решење, нижи укупни трошак — што ће купца навести да поново размисли и претворити поновну поруџбину у нову куповину.',
    ),
    row('win-a-trial-order', MARKERS['win-a-trial-order'][0], 'Затражите малу пробну поруџбину и на њој се докажите.'),
    row(
      'prove-reliability',
      MARKERS['prove-reliability'][0],
      'Докажите своју поузданост: финансијска стабилност, континуитет снабдевања, сертификати, дугорочна посвећеност.',
    ),
    row(
      'perform-the-contract',
      MARKERS['perform-the-contract'][0],
      'Извршите садашњи уговор до последњег слова: ваш учинак је ваша референца за следећи поступак.',
    ),
    row(
      'watch-the-notices',
      MARKERS['watch-the-notices'][0],
      'Пратите претходна информативна обавештења и јавне позиве овог наручиоца за овај предмет (TED и национални портали).',
    ),
    row(
      'join-market-consultation',
      MARKERS['join-market-consultation'][0],
      'Пре поступка одговорите на претходне консултације наручиоца са тржиштем неутралним информацијама заснованим на стандардима, доступним свим конкурентима — никада спецификацијом писаном према вашем производу.',
    ),
    row(
      'qualify-for-the-procedure',
      MARKERS['qualify-for-the-procedure'][0],
      'Припремите Европски јединствени документ о набавци (ESPD) и доказе које траже критеријуми за избор (способност за обављање професионалне делатности, економски и финансијски капацитет, технички и стручни капацитет) и проверите да не постоји основ за искључење.',
    ),
    row(
      'follow-the-procedure',
      MARKERS['follow-the-procedure'][0],
      'Поднесите понуду тачно онако како траже документи набавке, у року и путем који наводе; питања постављајте само тим путем. У отвореном или рестриктивном поступку о понуди се не преговара: поднесите најбољу.',
    ),
    row(
      'follow-the-call-off-terms',
      MARKERS['follow-the-call-off-terms'][0],
      'Испоручујте сваку појединачну набавку под условима оквирног споразума; где се надметање међу странама споразума поново отвара, поднесите понуду по условима и критеријумима које оно поставља.',
    ),
    row(
      'prepare-for-the-next-framework',
      MARKERS['prepare-for-the-next-framework'][0],
      'Појединачну набавку добија само страна оквирног споразума: припремите се за следећи позив за оквирни споразум и тада се квалификујте.',
    ),
    row(
      'join-the-dynamic-purchasing-system',
      MARKERS['join-the-dynamic-purchasing-system'][0],
      'Поднесите захтев за пријем у систем динамичне набавке: примљени добављачи позивају се да поднесу понуду за сваку појединачну набавку у њему.',
    ),
    row(
      'check-the-national-rules',
      MARKERS['check-the-national-rules'][0],
      'Испод прагова ЕУ, пре него што било шта предузмете, прочитајте национална правила и интерна правила наручиоца о набавкама: она одређују поступак (често поједностављен, или директну доделу за мале вредности).',
    ),
    row(
      'answer-the-invitation',
      MARKERS['answer-the-invitation'][0],
      'Јавни позив се не објављује: наручилац позива добављаче с којима се консултује, само у случајевима које Директива наводи. Ако сте позвани, поднесите понуду и преговарајте у оквиру услова позива.',
    ),
    row(
      'derived-demand',
      MARKERS['derived-demand'][0],
      'Тражња предузећа изведена је из тражње његових купаца (француски наставни текст о B2B маркетингу: одлука клијента у великој мери зависи од потреба његових купаца).',
    ),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('risk: the profile and assessRisk', () => {
  it.each([
    row(
      'supplier-relationship',
      MARKERS['supplier-relationship'][0],
      'Добављач је нов за купца: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'supplier-relationship',
      MARKERS['supplier-relationship'][1],
      'Добављач је нов за купца: повећава последицу (испорука).',
    ),
    row(
      'supplier-relationship',
      MARKERS['supplier-relationship'][2],
      'Добављач је нов за купца: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'supplier-relationship',
      MARKERS['supplier-relationship'][3],
      'Купац познаје добављача, али ово сада не купује од њега: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'supplier-relationship',
      MARKERS['supplier-relationship'][4],
      'Купац познаје добављача, али ово сада не купује од њега: повећава последицу (испорука).',
    ),
    row(
      'supplier-relationship',
      MARKERS['supplier-relationship'][5],
      'Купац познаје добављача, али ово сада не купује од њега: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'supplier-relationship',
      MARKERS['supplier-relationship'][6],
      'Добављач је садашњи добављач: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'supplier-relationship',
      MARKERS['supplier-relationship'][7],
      'Добављач је садашњи добављач: повећава последицу (испорука).',
    ),
    row(
      'supplier-relationship',
      MARKERS['supplier-relationship'][8],
      'Добављач је садашњи добављач: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][0],
      'Клијент ово сада купује код конкурента, па би прешао: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][1],
      'Клијент ово сада купује код конкурента, па би прешао: повећава последицу (испорука).',
    ),
    row(
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][2],
      'Клијент ово сада купује код конкурента, па би прешао: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][3],
      'Клијент ово не купује код конкурента: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][4],
      'Клијент ово не купује код конкурента: повећава последицу (испорука).',
    ),
    row(
      'buys-from-competitor',
      MARKERS['buys-from-competitor'][5],
      'Клијент ово не купује код конкурента: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'lead-time-critical',
      MARKERS['lead-time-critical'][0],
      'Рокови испоруке су критични: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'lead-time-critical',
      MARKERS['lead-time-critical'][1],
      'Рокови испоруке су критични: повећава последицу (испорука).',
    ),
    row(
      'lead-time-critical',
      MARKERS['lead-time-critical'][2],
      'Рокови испоруке су критични: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'lead-time-critical',
      MARKERS['lead-time-critical'][3],
      'Рокови испоруке нису критични: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'lead-time-critical',
      MARKERS['lead-time-critical'][4],
      'Рокови испоруке нису критични: повећава последицу (испорука).',
    ),
    row(
      'lead-time-critical',
      MARKERS['lead-time-critical'][5],
      'Рокови испоруке нису критични: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'currency',
      MARKERS['currency'][0],
      'Купац и добављач имају исту валуту: повећава неизвесност (добављач и учинак).',
    ),
    row('currency', MARKERS['currency'][1], 'Купац и добављач имају исту валуту: повећава последицу (испорука).'),
    row(
      'currency',
      MARKERS['currency'][2],
      'Купац и добављач имају исту валуту: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'currency',
      MARKERS['currency'][3],
      'Добављач фактурише у валути различитој од купчеве: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'currency',
      MARKERS['currency'][4],
      'Добављач фактурише у валути различитој од купчеве: повећава последицу (испорука).',
    ),
    row(
      'currency',
      MARKERS['currency'][5],
      'Добављач фактурише у валути различитој од купчеве: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][0],
      'Купац мало зависи од постпродајног сервиса: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][1],
      'Купац мало зависи од постпродајног сервиса: повећава последицу (испорука).',
    ),
    row(
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][2],
      'Купац мало зависи од постпродајног сервиса: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][3],
      'Купац умерено зависи од постпродајног сервиса: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][4],
      'Купац умерено зависи од постпродајног сервиса: повећава последицу (испорука).',
    ),
    row(
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][5],
      'Купац умерено зависи од постпродајног сервиса: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][6],
      'Купац веома зависи од постпродајног сервиса: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][7],
      'Купац веома зависи од постпродајног сервиса: повећава последицу (испорука).',
    ),
    row(
      'after-sales-dependency',
      MARKERS['after-sales-dependency'][8],
      'Купац веома зависи од постпродајног сервиса: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row('importance', MARKERS['importance'][0], 'Куповина је банална: повећава неизвесност (добављач и учинак).'),
    row('importance', MARKERS['importance'][1], 'Куповина је банална: повећава последицу (испорука).'),
    row(
      'importance',
      MARKERS['importance'][2],
      'Куповина је банална: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row('importance', MARKERS['importance'][3], 'Куповина је стратешка: повећава неизвесност (добављач и учинак).'),
    row('importance', MARKERS['importance'][4], 'Куповина је стратешка: повећава последицу (испорука).'),
    row(
      'importance',
      MARKERS['importance'][5],
      'Куповина је стратешка: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'importance',
      MARKERS['importance'][6],
      'Важност куповине није позната (претпоставља се средња вредност): повећава неизвесност (добављач и учинак).',
    ),
    row(
      'importance',
      MARKERS['importance'][7],
      'Важност куповине није позната (претпоставља се средња вредност): повећава последицу (испорука).',
    ),
    row(
      'importance',
      MARKERS['importance'][8],
      'Важност куповине није позната (претпоставља се средња вредност): повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row('buyclass', MARKERS['buyclass'][0], 'Куповина је нова куповина: повећава неизвесност (добављач и учинак).'),
    row('buyclass', MARKERS['buyclass'][1], 'Куповина је нова куповина: повећава последицу (испорука).'),
    row(
      'buyclass',
      MARKERS['buyclass'][2],
      'Куповина је нова куповина: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'buyclass',
      MARKERS['buyclass'][3],
      'Куповина је модификована поновна куповина: повећава неизвесност (добављач и учинак).',
    ),
    row(
      'buyclass',
      MARKERS['buyclass'][4],
      'Куповина је модификована поновна куповина: повећава последицу (испорука).',
    ),
    row(
      'buyclass',
      MARKERS['buyclass'][5],
      'Куповина је модификована поновна куповина: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'buyclass',
      MARKERS['buyclass'][6],
      'Куповина је непромењена поновна куповина: повећава неизвесност (добављач и учинак).',
    ),
    row('buyclass', MARKERS['buyclass'][7], 'Куповина је непромењена поновна куповина: повећава последицу (испорука).'),
    row(
      'buyclass',
      MARKERS['buyclass'][8],
      'Куповина је непромењена поновна куповина: повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'buyclass',
      MARKERS['buyclass'][9],
      'Врста куповине није позната (претпоставља се средња вредност): повећава неизвесност (добављач и учинак).',
    ),
    row(
      'buyclass',
      MARKERS['buyclass'][10],
      'Врста куповине није позната (претпоставља се средња вредност): повећава последицу (испорука).',
    ),
    row(
      'buyclass',
      MARKERS['buyclass'][11],
      'Врста куповине није позната (претпоставља се средња вредност): повећава неизвесност (валута); повећава последицу (постпродајни сервис).',
    ),
    row(
      'budget-share',
      MARKERS['budget-share'][0],
      'Удео у буџету није познат (претпоставља се средња вредност): последица (финансијски 0,25).',
    ),
    row(
      'budget-share',
      MARKERS['budget-share'][1],
      'Куповина заузима 12,5% буџета: последица (финансијски 0,31 и учинак 0,1).',
    ),
    row('given', MARKERS['given'][0], 'Задато изричито: финансијски.'),
    row('given', MARKERS['given'][1], 'Задато изричито (уместо профила): финансијски и испорука.'),
    row('situation', MARKERS['situation'][0], 'Преузето из ситуације куповине: стратешка куповина.'),
    row('situation', MARKERS['situation'][1], 'Преузето из ситуације куповине: нова куповина.'),
    row('situation', MARKERS['situation'][2], 'Преузето из ситуације куповине: банална куповина и нова куповина.'),
    row(
      'profile-over-situation',
      MARKERS['profile-over-situation'][0],
      'Одговор профила има предност над ситуацијом: стратешка куповина (у ситуацији: банална куповина).',
    ),
    row(
      'profile-over-situation',
      MARKERS['profile-over-situation'][1],
      'Одговор профила има предност над ситуацијом: нова куповина (у ситуацији: непромењена поновна куповина).',
    ),
    row(
      'profile-over-situation',
      MARKERS['profile-over-situation'][2],
      'Одговор профила има предност над ситуацијом: банална куповина (у ситуацији: стратешка куповина) и модификована поновна куповина (у ситуацији: нова куповина).',
    ),
    row(
      'situation-without-profile',
      MARKERS['situation-without-profile'][0],
      'Ситуација само замењује важност и врсту куповине из профила; без профила ништа не мења.',
    ),
    row(
      'not-assessed',
      MARKERS['not-assessed'][0],
      'Није процењено (ни задато ни изведено), изостављено из оцене: валута и друштвени.',
    ),
    row(
      'reducer-applied',
      MARKERS['reducer-applied'][0],
      'Примењено: референце упоредивих клијената — неизвесност (добављач и учинак) × 0,7.',
    ),
    row(
      'reducer-applied',
      MARKERS['reducer-applied'][1],
      'Примењено: сигурносне залихе — не тиче се ниједне процењене димензије.',
    ),
    // the consequence of one dimension
    row(
      'reducer-applied',
      { reducer: 'currency-hedge', targets: 'consequence', dimensions: ['currency'], factor: 0.5 },
      'Примењено: заштита од валутног ризика (терминска трансакција) — последица (валута) × 0,5.',
    ),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('buying center: warnings and expectedSize', () => {
  it.each([
    row(
      'no-decider',
      MARKERS['no-decider'][0],
      'Није познат ниједан члан који одлучује: пронађите ко каже да или не куповини.',
    ),
    row(
      'no-champion',
      MARKERS['no-champion'][0],
      'Нема заговорника: без њега се многе куповине никада не обаве (Bonoma 1982).',
    ),
    row(
      'single-threaded',
      MARKERS['single-threaded'][0],
      'Центар има 0 познатих чланова: један контакт је једна тачка отказа; дођите до више људи укључених у куповину.',
    ),
    row(
      'single-threaded',
      MARKERS['single-threaded'][1],
      'Центар има 1 познатог члана: један контакт је једна тачка отказа; дођите до више људи укључених у куповину.',
    ),
    // few
    row(
      'single-threaded',
      { members: 2 },
      'Центар има 2 позната члана: један контакт је једна тачка отказа; дођите до више људи укључених у куповину.',
    ),
    // other
    row(
      'single-threaded',
      { members: 5 },
      'Центар има 5 познатих чланова: један контакт је једна тачка отказа; дођите до више људи укључених у куповину.',
    ),
    // one (21)
    row(
      'single-threaded',
      { members: 21 },
      'Центар има 21 познатог члана: један контакт је једна тачка отказа; дођите до више људи укључених у куповину.',
    ),
    row('influential-blocker', MARKERS['influential-blocker'][0], 'Утицајан блокатор (утицај ≥ 0,6): MKblocker.'),
    row(
      'influential-blocker',
      MARKERS['influential-blocker'][1],
      'Утицајни блокатори (утицај ≥ 0,6): MKfirst и MKsecond.',
    ),
    // three
    row(
      'influential-blocker',
      { threshold: 0.6, names: ['MKa', 'MKb', 'MKc'] },
      'Утицајни блокатори (утицај ≥ 0,6): MKa, MKb и MKc.',
    ),
    row(
      'missing-role',
      MARKERS['missing-role'][0],
      'Нема улоге „доносилац одлуке“ у кораку „одлука“: ниједан члан је не обавља.',
    ),
    row(
      'missing-role',
      MARKERS['missing-role'][1],
      'Нема улоге „саветник“ у кораку „спецификација“: ниједан члан је не обавља.',
    ),
    row(
      'buyclass-base',
      MARKERS['buyclass-base'][0],
      'Нова куповина: основа од 7 особа (за 250–999 запослених, средња сложеност, банална куповина).',
    ),
    // one
    row(
      'buyclass-base',
      { buyclass: 'modified-rebuy', base: 1 },
      'Модификована поновна куповина: основа од 1 особе (за 250–999 запослених, средња сложеност, банална куповина).',
    ),
    // few
    row(
      'buyclass-base',
      { buyclass: 'straight-rebuy', base: 3 },
      'Непромењена поновна куповина: основа од 3 особе (за 250–999 запослених, средња сложеност, банална куповина).',
    ),
    // one (21)
    row(
      'buyclass-base',
      { buyclass: 'new-task', base: 21 },
      'Нова куповина: основа од 21 особе (за 250–999 запослених, средња сложеност, банална куповина).',
    ),
    row('complexity-factor', MARKERS['complexity-factor'][0], 'Сложеност (висок ниво): × 1,3.'),
    // low
    row('complexity-factor', { complexity: 'low', factor: 0.8 }, 'Сложеност (низак ниво): × 0,8.'),
    // medium
    row('complexity-factor', { complexity: 'medium', factor: 1 }, 'Сложеност (средњи ниво): × 1.'),
    row('importance-factor', MARKERS['importance-factor'][0], 'Стратешка куповина: × 1,2.'),
    // banal
    row('importance-factor', { importance: 'banal', factor: 1 }, 'Банална куповина: × 1.'),
    row('employees-factor', MARKERS['employees-factor'][0], '40 запослених (мање од 50): × 0,6.'),
    row('employees-factor', MARKERS['employees-factor'][1], '5000 запослених: × 1,4.'),
    // one
    row('employees-factor', { employees: 1, below: 10, factor: 0.5 }, '1 запослени (мање од 10): × 0,5.'),
    // few
    row('employees-factor', { employees: 3, below: 10, factor: 0.5 }, '3 запослена (мање од 10): × 0,5.'),
    row('budget-share-factor', MARKERS['budget-share-factor'][0], 'Удео у буџету 30%: × 1,25.'),
    row(
      'budget-share-factor',
      MARKERS['budget-share-factor'][1],
      'Удео у буџету 30%: × 1,25; значајан буџет, па не одлучује једна особа (најмање 2).',
    ),
    row('capped-by-employees', MARKERS['capped-by-employees'][0], 'Не више људи него запослених: 3.'),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('process: refusals', () => {
  it.each([
    row('terminal', MARKERS['terminal'][0], 'куповина је додељена; више не прима догађаје осим оцене учинка'),
    row('terminal', MARKERS['terminal'][1], 'куповина је обустављена; више не прима догађаје'),
    row(
      'not-allowed',
      MARKERS['not-allowed'][0],
      '„одлука затражена“ се не прима у кораку „појава потребе“; прима се: потреба утврђена и повратак на корак',
    ),
    row(
      'not-allowed',
      MARKERS['not-allowed'][1],
      '„потреба утврђена“ се не прима када је куповина обустављена; прима се: ништа',
    ),
    row('guard', MARKERS['guard'][0], 'догађај носи датум MKat, пре последњег догађаја (MKlast)'),
    row(
      'guard',
      MARKERS['guard'][1],
      'политика тражи да „добављач изабран“ забележи: доносилац одлуке или одобравалац; ниједан члан није наведен (by)',
    ),
    row(
      'guard',
      MARKERS['guard'][2],
      'политика тражи да „добављач изабран“ забележи: доносилац одлуке; MKby није члан центра куповине',
    ),
    row(
      'guard',
      MARKERS['guard'][3],
      'политика тражи да „добављач изабран“ забележи: доносилац одлуке; MKby: без улоге',
    ),
    row(
      'guard',
      MARKERS['guard'][4],
      'политика тражи да „добављач изабран“ забележи: доносилац одлуке; MKby: корисник и купац',
    ),
    row('guard', MARKERS['guard'][5], 'захтев „MKid“ је већ у спецификацији'),
    row('guard', MARKERS['guard'][6], 'добављач „MKid“ је већ на списку (у ужем избору)'),
    row('guard', MARKERS['guard'][7], 'у спецификацији нема захтева „MKid“'),
    row('guard', MARKERS['guard'][8], 'спецификацији је пре одобрења потребан бар један обавезан захтев; нема ниједан'),
    row('guard', MARKERS['guard'][9], 'добављач „MKid“ није на списку ове куповине'),
    row('guard', MARKERS['guard'][10], 'добављач „MKid“ је искључен'),
    row('guard', MARKERS['guard'][11], 'за преговарање је потребно најмање 3 добављача у ужем избору; сада: 1'),
    row(
      'guard',
      MARKERS['guard'][12],
      'за преговарање је потребно најмање 1 добављач у ужем избору (рестриктивни поступак); сада: 0',
    ),
    row(
      'guard',
      MARKERS['guard'][13],
      'сваки добављач који није искључен позива се да поднесе понуду; прво уврстите у ужи избор или искључите: MKu1 и MKu2',
    ),
    row(
      'guard',
      MARKERS['guard'][14],
      'за преговарање је потребно најмање 2 добављача у ужем избору, или сви који испуњавају услове ако их је мање; сада: 2; ни у ужем избору ни искључен: MKu1',
    ),
    row(
      'guard',
      MARKERS['guard'][15],
      'за преговарање је потребно најмање 2 добављача у ужем избору, или сви који испуњавају услове ако их је мање; сада: 1',
    ),
    row('guard', MARKERS['guard'][16], 'за понуду добављача „MKid“ он мора прво бити у ужем избору; сада је: пронађен'),
    row('guard', MARKERS['guard'][17], '„MKid“ је већ поднео понуду, а о понудама се не преговара (отворени поступак)'),
    row('guard', MARKERS['guard'][18], '„MKid“ је већ поднео понуду, а о понудама се не преговара'),
    row('guard', MARKERS['guard'][19], 'за одлуку су потребне понуде најмање 3 добављача; примљено: 0 понуда'),
    row(
      'guard',
      MARKERS['guard'][20],
      'за одлуку су потребне понуде најмање 1 добављача (испод прагова ЕУ (национална правила)); примљено: 1 понуда',
    ),
    row('guard', MARKERS['guard'][21], 'добављач „MKid“ није дао понуду'),
    row(
      'guard',
      MARKERS['guard'][22],
      'добављач „MKid“ није дао понуду (без понуде се може поново наручити само од постојећег добављача)',
    ),
    row('guard', MARKERS['guard'][23], 'повратак иде на ранији корак; „одлука“ није пре „спецификација“'),
    row('guard', MARKERS['guard'][24], 'повратак иде на ранији корак; „одлука“ није пре „додељена“'),
    row(
      'guard',
      MARKERS['guard'][25],
      'политика за „нова куповина“ не дозвољава прескакање од корака „спецификација“ до корака „одлука“',
    ),
    row(
      'guard',
      MARKERS['guard'][26],
      'политика за „нова куповина“ (отворени поступак) не дозвољава прескакање од корака „спецификација“ до корака „одлука“',
    ),
    row(
      'guard',
      MARKERS['guard'][27],
      'прескакање од корака „појава потребе“ до корака „преговарање“ тражи познате добављаче; на почетку није дат ниједан',
    ),
    row(
      'guard',
      MARKERS['guard'][28],
      'прескакање од корака „појава потребе“ до корака „одлука“ тражи постојећег добављача; нема га',
    ),
    row(
      'guard',
      GUARD_PARAMS[0],
      'догађај носи датум 2026-03-01T09:00:00Z, пре последњег догађаја (2026-03-02T09:00:00Z)',
    ),
    row(
      'guard',
      GUARD_PARAMS[1],
      'политика тражи да „добављач изабран“ забележи: доносилац одлуке или купац; m1: корисник',
    ),
    row(
      'guard',
      GUARD_PARAMS[2],
      'политика тражи да „потреба утврђена“ забележи: иницијатор; ниједан члан није наведен (by)',
    ),
    row('guard', GUARD_PARAMS[3], 'захтев „r1“ је већ у спецификацији'),
    row('guard', GUARD_PARAMS[4], 'добављач „s1“ је већ на списку (у ужем избору)'),
    row('guard', GUARD_PARAMS[5], 'у спецификацији нема захтева „r9“'),
    row('guard', GUARD_PARAMS[6], 'спецификацији је пре одобрења потребан бар један обавезан захтев; нема ниједан'),
    row('guard', GUARD_PARAMS[7], 'добављач „s9“ није на списку ове куповине'),
    row('guard', GUARD_PARAMS[8], 'добављач „s2“ је искључен'),
    row('guard', GUARD_PARAMS[9], 'за преговарање је потребно најмање 2 добављача у ужем избору; сада: 1'),
    // Undecided suppliers under no invitation rule: not listed, as in English.
    row(
      'guard',
      { guard: 'min-shortlisted', minShortlisted: 2, shortlisted: 1, undecided: ['s3'] },
      'за преговарање је потребно најмање 2 добављача у ужем избору; сада: 1',
    ),
    row(
      'guard',
      GUARD_PARAMS[10],
      'сваки добављач који није искључен позива се да поднесе понуду (отворени поступак); прво уврстите у ужи избор или искључите: s3 и s4',
    ),
    row('guard', GUARD_PARAMS[11], 'за понуду добављача „s5“ он мора прво бити у ужем избору; сада је: пронађен'),
    row('guard', GUARD_PARAMS[12], '„s1“ је већ поднео понуду, а о понудама се не преговара (рестриктивни поступак)'),
    row('guard', GUARD_PARAMS[13], 'за одлуку су потребне понуде најмање 3 добављача; примљено: 1 понуда'),
    row(
      'guard',
      GUARD_PARAMS[14],
      'добављач „s6“ није дао понуду (без понуде се може поново наручити само од постојећег добављача)',
    ),
    row('guard', GUARD_PARAMS[15], 'добављач „s6“ није дао понуду'),
    row('guard', GUARD_PARAMS[16], 'повратак иде на ранији корак; „одлука“ није пре „спецификација“'),
    row(
      'guard',
      GUARD_PARAMS[17],
      'политика за „нова куповина“ не дозвољава прескакање од корака „спецификација“ до корака „преговарање“',
    ),
    row(
      'guard',
      GUARD_PARAMS[18],
      'прескакање од корака „појава потребе“ до корака „преговарање“ тражи познате добављаче; на почетку није дат ниједан',
    ),
    row(
      'guard',
      GUARD_PARAMS[19],
      'прескакање од корака „појава потребе“ до корака „одлука“ тражи постојећег добављача; нема га',
    ),
    // three roles asked, one held
    row(
      'guard',
      { guard: 'role', event: 'supplierSelected', roles: ['decider', 'approver', 'buyer'], by: 'MKby', held: ['user'] },
      'политика тражи да „добављач изабран“ забележи: доносилац одлуке, одобравалац или купац; MKby: корисник',
    ),
    // min: other (5)
    row(
      'guard',
      { guard: 'min-shortlisted', minShortlisted: 5, shortlisted: 4, undecided: [] },
      'за преговарање је потребно најмање 5 добављача у ужем избору; сада: 4',
    ),
    // min: one (21)
    row(
      'guard',
      { guard: 'min-shortlisted', minShortlisted: 21, shortlisted: 2, undecided: [] },
      'за преговарање је потребно најмање 21 добављач у ужем избору; сада: 2',
    ),
    // always, none undecided: the count
    row(
      'guard',
      { guard: 'min-shortlisted', minShortlisted: 2, shortlisted: 1, inviteAll: 'always', undecided: [] },
      'за преговарање је потребно најмање 2 добављача у ужем избору; сада: 1',
    ),
    // if-fewer, two undecided
    row(
      'guard',
      {
        guard: 'min-shortlisted',
        minShortlisted: 3,
        shortlisted: 1,
        inviteAll: 'if-fewer',
        undecided: ['MKu1', 'MKu2'],
        procedure: 'open',
      },
      'за преговарање је потребно најмање 3 добављача у ужем избору (отворени поступак), или сви који испуњавају услове ако их је мање; сада: 1; ни у ужем избору ни искључени: MKu1 и MKu2',
    ),
    // offers: few
    row(
      'guard',
      { guard: 'min-offers', minOffers: 2, offers: 2, procedure: 'restricted' },
      'за одлуку су потребне понуде најмање 2 добављача (рестриктивни поступак); примљено: 2 понуде',
    ),
    // min one (21), offers other
    row(
      'guard',
      { guard: 'min-offers', minOffers: 21, offers: 5 },
      'за одлуку су потребне понуде најмање 21 добављача; примљено: 5 понуда',
    ),
    // offers: one (21)
    row(
      'guard',
      { guard: 'min-offers', minOffers: 3, offers: 21 },
      'за одлуку су потребне понуде најмање 3 добављача; примљено: 21 понуда',
    ),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('process: evaluateOffers', () => {
  it.each([
    row(
      'criterion-leading',
      MARKERS['criterion-leading'][0],
      '„MKsupplier“ има оцену 0,81; највише доприноси MKcriterion (0,4).',
    ),
    row(
      'criterion-missing',
      MARKERS['criterion-missing'][0],
      '„MKsupplier“: рок испоруке није понуђен, критеријум lead-time добија 0.',
    ),
    row(
      'ranked-not-selected',
      MARKERS['ranked-not-selected'][0],
      'Рангирано: 1 понуда, по критеријумима MKprice 1; избор остаје купцу (supplierSelected).',
    ),
    row(
      'ranked-not-selected',
      MARKERS['ranked-not-selected'][1],
      'Рангирано: 3 понуде, по критеријумима MKprice 0,6 и MKquality 0,4; избор остаје купцу (supplierSelected).',
    ),
    // other
    row(
      'ranked-not-selected',
      { offers: 5, criteria: [{ criterion: 'MKprice', weight: 1 }] },
      'Рангирано: 5 понуда, по критеријумима MKprice 1; избор остаје купцу (supplierSelected).',
    ),
    // one (21)
    row(
      'ranked-not-selected',
      { offers: 21, criteria: [{ criterion: 'MKprice', weight: 1 }] },
      'Рангирано: 21 понуда, по критеријумима MKprice 1; избор остаје купцу (supplierSelected).',
    ),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('crm', () => {
  it.each([
    row('mapped', MARKERS['mapped'][0], 'HubSpot „MKvalue“ → доносилац одлуке.'),
    row('mapped', MARKERS['mapped'][1], 'HubSpot „MKvalue“ → доносилац одлуке и одобравалац; заговорник.'),
    row('mapped', MARKERS['mapped'][2], 'Salesforce „MKvalue“ → корак „преговарање“: MKwhy'),
    row('mapped', MARKERS['mapped'][3], 'Salesforce „MKvalue“ → куповина додељена: MKwhy'),
    row('mapped', MARKERS['mapped'][4], 'Salesforce „MKvalue“ → прилика изгубљена: MKwhy'),
    // no role
    row('mapped', { crm: 'dynamics', value: 'MKvalue', roles: [] }, 'Dynamics 365 „MKvalue“ → без улоге.'),
    // an open deal, no step
    row(
      'mapped',
      { crm: 'dynamics', value: 'MKvalue', deal: 'open', why: 'MKwhy' },
      'Dynamics 365 „MKvalue“ → прилика отворена: MKwhy',
    ),
    row('no-role', MARKERS['no-role'][0], 'Dynamics 365 „MKvalue“ не именује ниједну улогу у центру куповине.'),
    row(
      'unknown-value',
      MARKERS['unknown-value'][0],
      '„MKvalue“ није вредност мапе за HubSpot: остаје немапирано уместо да се погађа.',
    ),
    row(
      'conflicting-stances',
      MARKERS['conflicting-stances'][0],
      'Вредности именују различите ставове (заговорник и блокатор): став се не даје уместо да се погађа.',
    ),
    row(
      'seller-view',
      MARKERS['seller-view'][0],
      'Фаза у CRM-у прати продавчеву прилику, а не куповни процес купца: корак је приближан (тумачење buygrid-а).',
    ),
    row('closed', MARKERS['closed'][0], 'Прилика је затворена (добијена): куповина није ни у једном отвореном кораку.'),
    row(
      'closed',
      MARKERS['closed'][1],
      'Прилика је затворена (изгубљена): куповина није ни у једном отвореном кораку.',
    ),
    row(
      'lost-ambiguous',
      MARKERS['lost-ambiguous'][0],
      'Изгубљена прилика не говори да ли је купац обуставио куповину или је доделио конкуренту: исход није дат; разлог губитка би то рекао.',
    ),
    row(
      'unknown-stage',
      MARKERS['unknown-stage'][0],
      '„MKstage“ није фаза мапе за Salesforce (прилагођена фаза?): остаје немапирано уместо да се погађа; проследите мапу свог левка продаје.',
    ),
    row('written', MARKERS['written'][0], 'доносилац одлуке → HubSpot „MKvalue“.'),
    row('written', MARKERS['written'][1], 'заговорник → HubSpot „MKvalue“.'),
    // role and stance
    row(
      'written',
      { crm: 'salesforce', value: 'MKvalue', role: 'buyer', stance: 'blocker' },
      'купац; блокатор → Salesforce „MKvalue“.',
    ),
    row('lost', MARKERS['lost'][0], 'Salesforce нема вредност за: чувар капије; није уписано.'),
    row('lost', MARKERS['lost'][1], 'Salesforce нема вредност за: скептик; није уписано.'),
    // roles and stance
    row(
      'lost',
      { crm: 'hubspot', roles: ['user', 'initiator'], stance: 'supporter' },
      'HubSpot нема вредност за: корисник, иницијатор и присталица; није уписано.',
    ),
    row(
      'single-select',
      MARKERS['single-select'][0],
      'Salesforce OpportunityContactRole.Role прима једну вредност: упишите ту прву, или `value` у поље са више вредности AccountContactRelation.Roles.',
    ),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

describe('prospect: actions, red flags and reasons', () => {
  it.each([
    row(
      'win-over-the-blocker',
      MARKERS['win-over-the-blocker'][0],
      'Утицајан члан блокира куповину или вас: сазнајте примедбу и одговорите на њу преко некога коме верује.',
    ),
    row(
      'find-the-decider',
      MARKERS['find-the-decider'][0],
      'Није познат доносилац одлуке: пронађите ко каже да или не и како до њега доћи.',
    ),
    row(
      'follow-the-revisit',
      MARKERS['follow-the-revisit'][0],
      'Купац се вратио на корак „спецификација“: пратите објављени поступак и одговорите на сваки нови позив; не покушавајте да га усмерите (Директива 2014/24/EU, чл. 18 и 42).',
    ),
    row(
      'follow-the-revisit',
      MARKERS['follow-the-revisit'][1],
      'Купац поново дефинише шта купује: учествујте у новој спецификацији и браните позицију — место постојећег добављача није сигурно у модификованој поновној куповини.',
    ),
    row(
      'follow-the-revisit',
      MARKERS['follow-the-revisit'][2],
      'Купац поново дефинише шта купује: прилика — потрудите се да вас консултују о новој спецификацији.',
    ),
    row(
      'follow-the-revisit',
      MARKERS['follow-the-revisit'][3],
      'Купац се вратио на корак „тражење добављача“: сазнајте шта се променило и одговорите на то пре конкурента.',
    ),
    row(
      'follow-the-revisit',
      MARKERS['follow-the-revisit'][4],
      'Купац се вратио на корак „тражење добављача“: сазнајте шта се променило — поново отворен корак је прилика да уђете.',
    ),
    row(
      'revive-the-purchase',
      MARKERS['revive-the-purchase'][0],
      'Већ неко време ништа се не дешава: позовите свој контакт, сазнајте шта кочи и понудите следећи конкретан корак.',
    ),
    row(
      'meet-who-matters-now',
      MARKERS['meet-who-matters-now'][0],
      'Састаните се сада са: MKname — члан који највише утиче у кораку „преговарање“ и још није на вашој страни.',
    ),
    row(
      'reach-missing-roles',
      MARKERS['reach-missing-roles'][0],
      'Не познајете никога у улози „доносилац одлуке“, а корак „одлука“ је тражи: пронађите их.',
    ),
    row(
      'reach-missing-roles',
      MARKERS['reach-missing-roles'][1],
      'Не познајете никога у улози „иницијатор“ или „купац“, а корак „појава потребе“ их тражи: пронађите их.',
    ),
    // three roles
    row(
      'reach-missing-roles',
      { roles: ['user', 'prescriber', 'gatekeeper'], step: 'specification' },
      'Не познајете никога у улози „корисник“, „преписивач“ или „чувар капије“, а корак „спецификација“ их тражи: пронађите их.',
    ),
    row(
      'put-reducers-in-the-offer',
      MARKERS['put-reducers-in-the-offer'][0],
      'Унесите у понуду: референце упоредивих клијената; пробна поруџбина или пилот-пројекат; гаранција.',
    ),
    // every reducer
    row(
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
      'Унесите у понуду: референце упоредивих клијената; пробна поруџбина или пилот-пројекат; посета погону добављача; сертификат треће стране (систем квалитета, испитивање производа); гаранција; уговор о нивоу услуге са пеналима; плаћање у ратама, према етапама; цене у валути купца; детаљна спецификација; укључивање заинтересованих чланова у избор; сигурносне залихе; други извор снабдевања; заштита од валутног ризика (терминска трансакција).',
    ),
    row(
      'prepare-the-terms',
      MARKERS['prepare-the-terms'][0],
      'Припремите преговоре око ризика: Понудите услове плаћања који ограничавају изложеност купца: плаћање у ратама према етапама, клаузулу о ревизији цене. Изразите цену у валути купца или уговорите клаузулу индексације: курсни ризик је део услова.',
    ),
    // the other terms
    row(
      'prepare-the-terms',
      {
        terms: [
          'performance-guarantee',
          'delivery-commitment',
          'supplier-assurance',
          'service-level',
          'shared-decision',
        ],
      },
      'Припремите преговоре око ризика: Унесите у уговор тестове пријема и гаранцију учинка: купац плаћа резултате које може да провери. Обавежите се на рокове испоруке са пеналима и реците како је снабдевање обезбеђено. Очекујте питања о својој солидности: припремите финансијске извештаје, референце и гаранцију матичне компаније или банке. Понудите уговор о нивоу услуге: време одзива и доступност резервних делова, са пеналима. Дајте учесницима оно што им треба да избор одбране у својој организацији: референце колега, заједничку процену.',
    ),
    row(
      'find-a-champion',
      MARKERS['find-a-champion'][0],
      'Пронађите заговорника: некога унутра ко жели ову куповину и ко ће је заступати у својој организацији.',
    ),
    row(
      'widen-the-contacts',
      MARKERS['widen-the-contacts'][0],
      'Дођите до више људи укључених у куповину: један контакт је једна тачка отказа.',
    ),
    row(
      'serve-the-purpose',
      MARKERS['serve-the-purpose'][0],
      'Купац препродаје: одлучује тражња његових купаца — понудите маржу, расположивост и помоћ у продаји.',
    ),
    row(
      'serve-the-purpose',
      MARKERS['serve-the-purpose'][1],
      'Купац њиме производи друга добра: највише теже усклађеност са спецификацијом, квалитет и континуитет снабдевања.',
    ),
    row(
      'serve-the-purpose',
      MARKERS['serve-the-purpose'][2],
      'Купац њиме води сопствено пословање: највише теже укупни трошак коришћења, поузданост и сервис.',
    ),
    row(
      'follow-downstream-demand',
      MARKERS['follow-downstream-demand'][0],
      'Тражња његових купаца расте: покажите да можете да пратите — капацитет, рокови испоруке, скалабилност.',
    ),
    row(
      'follow-downstream-demand',
      MARKERS['follow-downstream-demand'][1],
      'Тражња његових купаца је стабилна: такмичите се ефикасношћу и поузданошћу снабдевања.',
    ),
    row(
      'follow-downstream-demand',
      MARKERS['follow-downstream-demand'][2],
      'Тражња његових купаца опада: очекујте притисак на трошкове и мање количине — понудите флексибилност и мање обавезе.',
    ),
    row(
      'payment-terms',
      MARKERS['payment-terms'][0],
      'Понудите услове плаћања који ограничавају изложеност купца: плаћање у ратама према етапама, клаузулу о ревизији цене.',
    ),
    row(
      'performance-guarantee',
      MARKERS['performance-guarantee'][0],
      'Унесите у уговор тестове пријема и гаранцију учинка: купац плаћа резултате које може да провери.',
    ),
    row(
      'delivery-commitment',
      MARKERS['delivery-commitment'][0],
      'Обавежите се на рокове испоруке са пеналима и реците како је снабдевање обезбеђено.',
    ),
    row(
      'supplier-assurance',
      MARKERS['supplier-assurance'][0],
      'Очекујте питања о својој солидности: припремите финансијске извештаје, референце и гаранцију матичне компаније или банке.',
    ),
    row(
      'service-level',
      MARKERS['service-level'][0],
      'Понудите уговор о нивоу услуге: време одзива и доступност резервних делова, са пеналима.',
    ),
    row(
      'currency-clause',
      MARKERS['currency-clause'][0],
      'Изразите цену у валути купца или уговорите клаузулу индексације: курсни ризик је део услова.',
    ),
    row(
      'shared-decision',
      MARKERS['shared-decision'][0],
      'Дајте учесницима оно што им треба да избор одбране у својој организацији: референце колега, заједничку процену.',
    ),
    row(
      'stalled',
      MARKERS['stalled'][0],
      'Нема догађаја већ 45 дана у кораку „преговарање“ (застој после 30 дана, претпоставка).',
    ),
    // one
    row(
      'stalled',
      { days: 1, step: 'decision', after: 1 },
      'Нема догађаја већ 1 дан у кораку „одлука“ (застој после 1 дана, претпоставка).',
    ),
    // few; after one (21)
    row(
      'stalled',
      { days: 2.9, step: 'specification', after: 21 },
      'Нема догађаја већ 2 дана у кораку „спецификација“ (застој после 21 дана, претпоставка).',
    ),
    // one (21); after few
    row(
      'stalled',
      { days: 21, step: 'supplier-search', after: 2 },
      'Нема догађаја већ 21 дан у кораку „тражење добављача“ (застој после 2 дана, претпоставка).',
    ),
    row('going-back', MARKERS['going-back'][0], 'Куповина се вратила на корак „спецификација“: купац преиспитује.'),
    row('engage', MARKERS['engage'][0], 'MKname (доносилац одлуке): учешће у кораку „одлука“ 0,9 × утицај 0,8 = 0,72.'),
    row(
      'engage',
      MARKERS['engage'][1],
      'MKname (без познате улоге; неутралан): учешће у кораку „одлука“ 0 × утицај 0,8 = 0.',
    ),
    // two roles and a stance
    row(
      'engage',
      {
        name: 'MKname',
        roles: ['user', 'advisor'],
        participation: 0.5,
        step: 'specification',
        influence: 0.4,
        score: 0.2,
        stance: 'skeptic',
      },
      'MKname (корисник и саветник; скептик): учешће у кораку „спецификација“ 0,5 × утицај 0,4 = 0,2.',
    ),
    row(
      'perceived-risk',
      MARKERS['perceived-risk'][0],
      'Ризик који купац опажа је висок (0,61), а покрећу га: добављач и учинак.',
    ),
    row(
      'risk-driver',
      MARKERS['risk-driver'][0],
      'Валута покреће опажени ризик: обликује услове (холандски наставни текст о B2B маркетингу).',
    ),
    row(
      'approach',
      MARKERS['approach'][0],
      'У новој куповини купци прикупљају највише информација и разматрају највише алтернатива; ко помаже да се потреба дефинише, обликује спецификацију (француски наставни текст о B2B маркетингу: бити присутан на почетку; Robinson, Faris & Wind 1967).',
    ),
    row(
      'approach',
      MARKERS['approach'][1],
      'Изнад прагова ЕУ поступак се покреће обавештењима објављеним у Службеном листу ЕУ (Директива 2014/24/EU, чл. 48, 49, 51).',
    ),
    row(
      'approach',
      MARKERS['approach'][2],
      'У стратешкој куповини центар куповине опажа већи ризик и придаје велику тежину поузданости добављача (француски наставни текст о B2B маркетингу, према Salle, Valla & Michel из лионске школе; из Краљићевог квадранта, тумачење buygrid-а: стратешки производи и уска грла).',
    ),
    // every other action
    row(
      'approach',
      { action: 'get-in-early' },
      'У новој куповини купци прикупљају највише информација и разматрају највише алтернатива; ко помаже да се потреба дефинише, обликује спецификацију (француски наставни текст о B2B маркетингу: бити присутан на почетку; Robinson, Faris & Wind 1967).',
    ),
    row(
      'approach',
      { action: 'leverage-the-relationship' },
      'У новој куповини купци прикупљају највише информација и разматрају највише алтернатива; ко помаже да се потреба дефинише, обликује спецификацију (француски наставни текст о B2B маркетингу: бити присутан на почетку; Robinson, Faris & Wind 1967). Постојећи добављач полази с предношћу приступа; у новој куповини ипак се такмичи са свима.',
    ),
    row(
      'approach',
      { action: 'reach-the-whole-center' },
      'Нова куповина укључује највећи центар куповине и више доносиоце одлука (Kotler & Armstrong, гл. 6; Johnston & Bonoma 1981).',
    ),
    row(
      'approach',
      { action: 'reduce-perceived-risk' },
      'Што су трошак или ризик нове куповине већи, купци траже више информација (Kotler & Armstrong, гл. 6).',
    ),
    row(
      'approach',
      { action: 'defend-the-account' },
      'У модификованој поновној куповини купац жели да промени спецификације, цене, услове или добављаче: постојећи добављачи бране позицију, спољни виде прилику (Kotler & Armstrong, гл. 6).',
    ),
    row(
      'approach',
      { action: 'fix-dissatisfaction' },
      'У модификованој поновној куповини купац жели да промени спецификације, цене, услове или добављаче: постојећи добављачи бране позицију, спољни виде прилику (Kotler & Armstrong, гл. 6).',
    ),
    row(
      'approach',
      { action: 'seize-the-opening' },
      'У модификованој поновној куповини купац жели да промени спецификације, цене, услове или добављаче: постојећи добављачи бране позицију, спољни виде прилику (Kotler & Armstrong, гл. 6).',
    ),
    row(
      'approach',
      { action: 'get-on-the-shortlist' },
      'Модификована поновна куповина разматра нове алтернативе само у ограниченој мери (Robinson, Faris & Wind 1967).',
    ),
    row(
      'approach',
      { action: 'keep-the-routine' },
      'У непромењеној поновној куповини купац поново наручује од уобичајеног добављача док су испорука, квалитет и цена задовољавајући; ту равнотежу је тешко пореметити (Kotler & Armstrong, гл. 6; француски наставни текст о B2B маркетингу: интензиван комерцијални рад у поновној куповини).',
    ),
    row(
      'approach',
      { action: 'automate-reordering' },
      'Постојећи добављачи задржавају непромењену поновну куповину штедећи купчево време: „често предлажу системе аутоматског поновног наручивања“ (Kotler & Armstrong, Principles of Marketing, издања пре 17., гл. 6).',
    ),
    row(
      'approach',
      { action: 'reframe-the-need' },
      'У непромењеној поновној куповини купац поново наручује од уобичајеног добављача док су испорука, квалитет и цена задовољавајући; ту равнотежу је тешко пореметити (Kotler & Armstrong, гл. 6; француски наставни текст о B2B маркетингу: интензиван комерцијални рад у поновној куповини). Спољни добављачи покушавају да понуде нешто ново или искористе незадовољство, да би их купац разматрао.',
    ),
    row(
      'approach',
      { action: 'win-a-trial-order' },
      'Спољни добављачи „налазе нове начине да додају вредност или искористе незадовољство“ (Kotler & Armstrong, 17. изд., гл. 6); мала пробна поруџбина смањује купчев ризик да их испроба (пробна куповина, The Marketing Book, 5. изд., гл. 7, стр. 149) — тактика је тумачење buygrid-а.',
    ),
    row(
      'approach',
      { action: 'perform-the-contract' },
      'Значајни или упорни недостаци у извршењу ранијег јавног уговора, који су довели до његовог превременог раскида, накнаде штете или сличних санкција, основ су за искључење (Директива 2014/24/EU, чл. 57(4)(g)).',
    ),
    row(
      'approach',
      { action: 'join-market-consultation' },
      'Наручилац може да консултује тржиште ради припреме набавке и да користи савете само ако они не нарушавају конкуренцију нити начела недискриминације и транспарентности (Директива 2014/24/EU, чл. 40). Информације кандидата који је учествовао деле се са осталим кандидатима, а кандидат се искључује где се једнак третман не може обезбедити другачије (чл. 41, 57(4)(f)); спецификације не смеју упућивати на марку или порекло које фаворизује једног добављача, осим ако то оправдава предмет уговора (чл. 42(4)).',
    ),
    row(
      'approach',
      { action: 'qualify-for-the-procedure' },
      'Кандидати се бирају по критеријумима из чл. 58 Директиве 2014/24/EU, пошто се провере основи за искључење из чл. 57; ESPD се прихвата као прелиминарни доказ (чл. 59).',
    ),
    row(
      'approach',
      { action: 'follow-the-procedure' },
      'Наручиоци једнако третирају привредне субјекте и поступају транспарентно (Директива 2014/24/EU, чл. 18(1)) и додељују економски најповољнију понуду по објављеним критеријумима (чл. 67); покушај да се неприкладно утиче на одлуку или да се дође до поверљивих информација основ је за искључење (чл. 57(4)(i)).',
    ),
    row(
      'approach',
      { action: 'follow-the-call-off-terms' },
      'Уговори на основу оквирног споразума додељују се у оквиру његових услова, или после поновног надметања међу његовим странама (Директива 2014/24/EU, чл. 33(3)–(5)).',
    ),
    row(
      'approach',
      { action: 'prepare-for-the-next-framework' },
      'Уговори на основу оквирног споразума додељују се само између наручилаца и привредних субјеката који су његове стране (Директива 2014/24/EU, чл. 33(2)).',
    ),
    row(
      'approach',
      { action: 'join-the-dynamic-purchasing-system' },
      'Систем динамичне набавке остаје отворен, током целог трајања, за сваки привредни субјект који испуњава критеријуме за избор (Директива 2014/24/EU, чл. 34), а сваки примљени учесник позива се на сваку појединачну набавку (чл. 34(6)).',
    ),
    row(
      'approach',
      { action: 'check-the-national-rules' },
      'Директива се примењује изнад прагова из чл. 4 Директиве 2014/24/EU; за мање вредности важе национална правила, која ипак морају поштовати општа начела права ЕУ (Европска комисија, „Thresholds“).',
    ),
    row(
      'approach',
      { action: 'answer-the-invitation' },
      'Преговарачки поступак без претходног објављивања дозвољен је само у случајевима из чл. 32 Директиве 2014/24/EU (ниједна одговарајућа понуда у ранијем поступку, само један могући добављач, крајња хитност, додатне испоруке…).',
    ),
    row(
      'purpose',
      MARKERS['purpose'][0],
      'Организација купује ради препродаје (грчки наставни текст о маркетингу); шта то тражи од понуде, тумачење је buygrid-а.',
    ),
    row(
      'purpose',
      MARKERS['purpose'][1],
      'Организација купује ради производње (грчки наставни текст о маркетингу); шта то тражи од понуде, тумачење је buygrid-а.',
    ),
    row(
      'purpose',
      MARKERS['purpose'][2],
      'Организација купује ради сопственог пословања (грчки наставни текст о маркетингу); шта то тражи од понуде, тумачење је buygrid-а.',
    ),
    row(
      'stage',
      MARKERS['stage'][0],
      'Добијено 0 од 0 додељених куповина: фаза пре односа (према Ford 1980; прагови су тумачење buygrid-а).',
    ),
    row(
      'stage',
      MARKERS['stage'][1],
      'Добијено 1 од 1 додељене куповине, укључујући последњу: рана фаза (према Ford 1980; прагови су тумачење buygrid-а).',
    ),
    row(
      'stage',
      MARKERS['stage'][2],
      'Добијено 3 од 5 додељених куповина, укључујући последњу: фаза развоја (према Ford 1980; прагови су тумачење buygrid-а).',
    ),
    row(
      'stage',
      MARKERS['stage'][3],
      'Добијено 6 од 7 додељених куповина: дугорочна фаза (према Ford 1980; прагови су тумачење buygrid-а).',
    ),
    // awarded: few
    row(
      'stage',
      { won: 2, awarded: 3, latestWon: false, stage: 'early' },
      'Добијено 2 од 3 додељене куповине: рана фаза (према Ford 1980; прагови су тумачење buygrid-а).',
    ),
    // awarded: one (21)
    row(
      'stage',
      { won: 20, awarded: 21, latestWon: true, stage: 'long-term' },
      'Добијено 20 од 21 додељене куповине, укључујући последњу: дугорочна фаза (према Ford 1980; прагови су тумачење buygrid-а).',
    ),
    row('relationship', MARKERS['relationship'][0], 'MKsupplier је добио последњу доделу: садашњи добављач.'),
    row(
      'relationship',
      MARKERS['relationship'][1],
      'MKsupplier је учествовао у ранијим куповинама, али нема последњу доделу.',
    ),
    row('relationship', MARKERS['relationship'][2], 'MKsupplier се не појављује ни у једној куповини овог купца.'),
    row('trend', MARKERS['trend'][0], 'Од „нова куповина“ до „непромењена поновна куповина“: ка рутини.'),
    row(
      'trend',
      MARKERS['trend'][1],
      'Од „модификована поновна куповина“ до „модификована поновна куповина“: стабилно.',
    ),
    row('trend', MARKERS['trend'][2], 'Од „непромењена поновна куповина“ до „нова куповина“: поновно отварање.'),
  ])('%s (%#)', (code, params, expected) => {
    expect(say(code, params)).toBe(expected);
  });
});

// explain's texts: the params explain passes (labels and numbers already worded), every plural form

describe('common', () => {
  it.each([
    ['common.list', ['Ана', 'Марко', 'Јован'], 'Ана, Марко и Јован'],
    ['common.more', 3, 'и још 3'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('purchase-state', () => {
  it.each([
    [
      'purchase-state.open',
      { id: 'P-7', need: 'виљушкари', step: 'преговарање', index: 4, of: 5, days: 1 },
      'P-7 (виљушкари) · преговарање, корак 4 од 5 · 1 дан од почетка',
    ],
    [
      'purchase-state.open',
      { id: 'P-7', need: 'виљушкари', step: 'преговарање', index: 4, of: 5, days: 2 },
      'P-7 (виљушкари) · преговарање, корак 4 од 5 · 2 дана од почетка',
    ],
    [
      'purchase-state.open',
      { id: 'P-7', need: 'виљушкари', step: 'преговарање', index: 4, of: 5, days: 5 },
      'P-7 (виљушкари) · преговарање, корак 4 од 5 · 5 дана од почетка',
    ],
    [
      'purchase-state.open',
      { id: 'P-7', need: 'виљушкари', step: 'преговарање', index: 4, of: 5, days: 21 },
      'P-7 (виљушкари) · преговарање, корак 4 од 5 · 21 дан од почетка',
    ],
    [
      'purchase-state.awarded',
      { id: 'P-7', need: 'виљушкари', supplier: 'Дунав д.о.о.', days: 1, reorder: false },
      'P-7 (виљушкари) · додељено: Дунав д.о.о., после 1 дана',
    ],
    [
      'purchase-state.awarded',
      { id: 'P-7', need: 'виљушкари', supplier: 'Дунав д.о.о.', days: 21, reorder: true },
      'P-7 (виљушкари) · додељено: Дунав д.о.о. (поновна поруџбина), после 21 дана',
    ],
    [
      'purchase-state.abandoned',
      { id: 'P-7', need: 'виљушкари', step: 'одлука', reason: 'буџет', days: 2 },
      'P-7 (виљушкари) · обустављено у кораку „одлука“ после 2 дана: буџет',
    ],
    [
      'purchase-state.abandoned',
      { id: 'P-7', need: 'виљушкари', step: 'одлука', reason: 'буџет', days: 5 },
      'P-7 (виљушкари) · обустављено у кораку „одлука“ после 5 дана: буџет',
    ],
    ['purchase-state.requirements', 1, '1 захтев'],
    ['purchase-state.requirements', 2, '2 захтева'],
    ['purchase-state.requirements', 5, '5 захтева'],
    ['purchase-state.requirements', 21, '21 захтев'],
    ['purchase-state.shortlisted', 3, '3 у ужем избору'],
    ['purchase-state.offers', 1, '1 понуда'],
    ['purchase-state.offers', 2, '2 понуде'],
    ['purchase-state.offers', 5, '5 понуда'],
    ['purchase-state.offers', 21, '21 понуда'],
    ['purchase-state.revisits', { count: 1, steps: 'спецификација' }, '1 повратак (спецификација)'],
    ['purchase-state.revisits', { count: 2, steps: 'спецификација' }, '2 повратка (спецификација)'],
    ['purchase-state.revisits', { count: 5, steps: 'спецификација' }, '5 повратака (спецификација)'],
    ['purchase-state.revisits', { count: 21, steps: 'спецификација' }, '21 повратак (спецификација)'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('transition-result', () => {
  it.each([
    [
      'transition-result.refused',
      { rule: 'min-offers', message: 'премало понуда' },
      'одбијено (min-offers): премало понуда',
    ],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('replay-result', () => {
  it.each([
    [
      'replay-result.refused',
      { index: 3, rule: 'chronological', message: 'датум пре последњег догађаја' },
      'заустављено код events[3], одбијено (chronological): датум пре последњег догађаја',
    ],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('purchase-situation', () => {
  it.each([
    [
      'purchase-situation.quadrant',
      { quadrant: 'уска грла', importance: 'стратешка куповина' },
      'Краљићева матрица: уска грла (стратешка куповина)',
    ],
    ['purchase-situation.importance', { importance: 'банална куповина' }, 'банална куповина'],
    [
      'purchase-situation.procedure',
      { regime: 'јавна набавка', procedure: 'отворени поступак' },
      'јавна набавка, отворени поступак',
    ],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('buyclass-result', () => {
  it.each([
    ['buyclass-result.buyclass', { buyclass: 'нова куповина', confidence: '0,75' }, 'нова куповина (поузданост 0,75)'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('portfolio-result', () => {
  it.each([
    [
      'portfolio-result.quadrant',
      {
        quadrant: 'стратешки производи',
        importance: 'стратешка куповина',
        profitImpact: '0,7',
        supplyRisk: '0,6',
        threshold: '0,5',
      },
      'Краљићева матрица: стратешки производи (стратешка куповина): утицај на профит 0,7, ризик снабдевања 0,6, праг 0,5',
    ],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('organization-result', () => {
  it.each([
    ['organization-result.organization', { type: 'предузеће', size: 'мало' }, 'предузеће, мало'],
    ['organization-result.organization', { type: 'установа' }, 'установа'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('approach', () => {
  it.each([
    [
      'approach.action',
      { rank: 1, message: 'Затражите малу пробну поруџбину и на њој се докажите.' },
      '1. Затражите малу пробну поруџбину и на њој се докажите.',
    ],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('buying-center', () => {
  it.each([
    ['buying-center.members', 1, '1 члан'],
    ['buying-center.members', 2, '2 члана'],
    ['buying-center.members', 5, '5 чланова'],
    ['buying-center.members', 21, '21 члан'],
    [
      'buying-center.member',
      { name: 'Јована', roles: 'купац', stance: 'заговорник', influence: '0,8' },
      'Јована (купац; заговорник; утицај 0,8)',
    ],
    [
      'buying-center.member',
      { name: 'Јована', roles: 'купац, корисник', influence: '0,8' },
      'Јована (купац, корисник; утицај 0,8)',
    ],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('buying-center-analysis', () => {
  it.each([
    ['buying-center-analysis.summary', { size: 1, support: '0,4' }, '1 члан, подршка 0,4'],
    ['buying-center-analysis.summary', { size: 2, support: '0,4' }, '2 члана, подршка 0,4'],
    ['buying-center-analysis.summary', { size: 5, support: '0,4' }, '5 чланова, подршка 0,4'],
    ['buying-center-analysis.summary', { size: 21, support: '0,4' }, '21 члан, подршка 0,4'],
    ['buying-center-analysis.keyPlayers', { names: 'Јована и Марко' }, 'кључни актери: Јована и Марко'],
    ['buying-center-analysis.warnings', 1, '1 упозорење'],
    ['buying-center-analysis.warnings', 2, '2 упозорења'],
    ['buying-center-analysis.warnings', 5, '5 упозорења'],
    ['buying-center-analysis.warnings', 21, '21 упозорење'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('role-coverage', () => {
  it.each([
    ['role-coverage.covered', { step: 'одлука', covered: 2, roles: 3 }, 'одлука: покривене улоге: 2 од 3'],
    ['role-coverage.covered', { covered: 5, roles: 8 }, 'покривене улоге: 5 од 8'],
    ['role-coverage.missing', { roles: 'доносилац одлуке и одобравалац' }, 'недостају: доносилац одлуке и одобравалац'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('expected-size', () => {
  it.each([
    [
      'expected-size.size',
      { min: '5', typical: '7', max: '9' },
      'очекивани центар куповине: од 5 до 9 особа, обично 7',
    ],
    [
      'expected-size.size',
      { min: '2', typical: '3', max: '4' },
      'очекивани центар куповине: од 2 до 4 особе, обично 3',
    ],
    [
      'expected-size.size',
      { min: '1', typical: '1', max: '1' },
      'очекивани центар куповине: од 1 до 1 особе, обично 1',
    ],
    [
      'expected-size.size',
      { min: '12', typical: '16', max: '21' },
      'очекивани центар куповине: од 12 до 21 особе, обично 16',
    ],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('risk-assessment', () => {
  it.each([
    ['risk-assessment.score', { level: 'висок', score: '0,61' }, 'висок ризик 0,61'],
    ['risk-assessment.drivers', { dimensions: 'добављач и учинак' }, 'главни извори ризика: добављач и учинак'],
    [
      'risk-assessment.reducer',
      { reducer: 'гаранција', reduction: '0,12' },
      'најделотворније смањење ризика: гаранција (-0,12)',
    ],
    ['risk-assessment.notAssessed', { dimensions: 'валута' }, 'није процењено: валута'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('risk-what-if', () => {
  it.each([
    ['risk-what-if.change', { before: '0,61', after: '0,42', delta: '-0,19' }, '0,61 → 0,42 (-0,19)'],
    ['risk-what-if.largest', { dimension: 'испорука', delta: '-0,3' }, 'највећа промена: испорука -0,3'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('buying-center-risk', () => {
  it.each([
    [
      'buying-center-risk.score',
      { level: 'умерен', score: '0,45' },
      'умерен ризик 0,45, пондерисано по центру куповине',
    ],
    ['buying-center-risk.highest', { member: 'Марко', level: 'висок', score: '0,7' }, 'највиши: Марко (висок 0,7)'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('prospect-analysis', () => {
  it.each([
    [
      'prospect-analysis.account',
      { name: 'Дунав д.о.о.', position: 'спољни добављач', situation: 'нова куповина' },
      'Дунав д.о.о. · као спољни добављач · нова куповина',
    ],
    [
      'prospect-analysis.account',
      { position: 'постојећи добављач', situation: 'непромењена поновна куповина' },
      'као постојећи добављач · непромењена поновна куповина',
    ],
    ['prospect-analysis.step', { step: 'преговарање', index: 4, of: 5 }, 'у кораку „преговарање“, 4 од 5'],
    ['prospect-analysis.closed', { outcome: 'додељена' }, 'куповина додељена'],
    ['prospect-analysis.idle', { days: 1 }, '1 дан од последњег догађаја'],
    ['prospect-analysis.idle', { days: 2 }, '2 дана од последњег догађаја'],
    ['prospect-analysis.idle', { days: 5 }, '5 дана од последњег догађаја'],
    ['prospect-analysis.idle', { days: 21 }, '21 дан од последњег догађаја'],
    ['prospect-analysis.engage', { names: 'Јована и Марко' }, 'укључити: Јована и Марко'],
    ['prospect-analysis.risk', { level: 'критичан', score: '0,82' }, 'критичан ризик 0,82'],
    ['prospect-analysis.redFlags', { flags: 'застој и враћање уназад' }, 'знаци упозорења: застој и враћање уназад'],
    ['prospect-analysis.action', { rank: 2, message: 'Пронађите заговорника.' }, '2. Пронађите заговорника.'],
    ['prospect-analysis.moreActions', 1, 'и још 1 акција'],
    ['prospect-analysis.moreActions', 2, 'и још 2 акције'],
    ['prospect-analysis.moreActions', 5, 'и још 5 акција'],
    ['prospect-analysis.moreActions', 21, 'и још 21 акција'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('account-history', () => {
  it.each([
    ['account-history.stage', { supplier: 'Дунав д.о.о.', stage: 'рана фаза' }, 'Дунав д.о.о.: рана фаза'],
    ['account-history.won', { won: 1, awarded: 1, share: '100%' }, 'добијено 1 од 1 додељене (удео 100%)'],
    ['account-history.won', { won: 2, awarded: 3 }, 'добијено 2 од 3 додељене'],
    ['account-history.won', { won: 3, awarded: 5, share: '60%' }, 'добијено 3 од 5 додељених (удео 60%)'],
    ['account-history.won', { won: 20, awarded: 21 }, 'добијено 20 од 21 додељене'],
    ['account-history.purchases', 1, '1 куповина'],
    ['account-history.purchases', 2, '2 куповине'],
    ['account-history.purchases', 5, '5 куповина'],
    ['account-history.purchases', 21, '21 куповина'],
    [
      'account-history.trend',
      { trend: 'ка рутини', from: 'нова куповина', to: 'непромењена поновна куповина' },
      'ка рутини (нова куповина → непромењена поновна куповина)',
    ],
    [
      'account-history.position',
      { relationship: 'актуелни', position: 'постојећи добављач' },
      'добављач: актуелни, постојећи добављач',
    ],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('purchase-summary', () => {
  it.each([
    ['purchase-summary.count', 1, '1 куповина'],
    ['purchase-summary.count', 2, '2 куповине'],
    ['purchase-summary.count', 5, '5 куповина'],
    ['purchase-summary.count', 21, '21 куповина'],
    ['purchase-summary.statuses', { open: 4, awarded: 2, abandoned: 1 }, 'отворено 4, додељено 2, обустављено 1'],
    ['purchase-summary.funnel', { counts: '12 → 8 → 5 → 3 → 2' }, 'левак 12 → 8 → 5 → 3 → 2'],
    [
      'purchase-summary.cycle',
      { awarded: 45, abandoned: 21 },
      'медијана трајања: 45 дана до доделе, 21 дан до обуставе',
    ],
    ['purchase-summary.cycle', { awarded: 1 }, 'медијана трајања: 1 дан до доделе'],
    ['purchase-summary.cycle', { abandoned: 2 }, 'медијана трајања: 2 дана до обуставе'],
    [
      'purchase-summary.stall',
      { step: 'преговарање', open: 3, idle: 21 },
      'највише отворених у кораку „преговарање“ (3, медијана мировања 21 дан)',
    ],
    ['purchase-summary.stall', { step: 'спецификација', open: 1 }, 'највише отворених у кораку „спецификација“ (1)'],
    ['purchase-summary.group', { key: 'Србија', line: '3 куповине' }, '- Србија: 3 куповине'],
    ['purchase-summary.moreGroups', 1, '- и још 1 група'],
    ['purchase-summary.moreGroups', 2, '- и још 2 групе'],
    ['purchase-summary.moreGroups', 5, '- и још 5 група'],
    ['purchase-summary.moreGroups', 21, '- и још 21 група'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('replay-many', () => {
  it.each([
    [
      'replay-many.purchases',
      { purchases: 1, ok: 1, problems: 0, notStarted: 0 },
      'поново одиграно: 1 куповина; у потпуности прихваћено 1, са изостављеним догађајима 0, није започето 0',
    ],
    [
      'replay-many.purchases',
      { purchases: 2, ok: 1, problems: 0, notStarted: 0 },
      'поново одиграно: 2 куповине; у потпуности прихваћено 1, са изостављеним догађајима 0, није започето 0',
    ],
    [
      'replay-many.purchases',
      { purchases: 5, ok: 1, problems: 0, notStarted: 0 },
      'поново одиграно: 5 куповина; у потпуности прихваћено 1, са изостављеним догађајима 0, није започето 0',
    ],
    [
      'replay-many.purchases',
      { purchases: 21, ok: 1, problems: 0, notStarted: 0 },
      'поново одиграно: 21 куповина; у потпуности прихваћено 1, са изостављеним догађајима 0, није започето 0',
    ],
    ['replay-many.events', { refused: 1, malformed: 0 }, 'одбијено: 1 догађај, неисправно: 0'],
    ['replay-many.events', { refused: 2, malformed: 0 }, 'одбијено: 2 догађаја, неисправно: 0'],
    ['replay-many.events', { refused: 5, malformed: 0 }, 'одбијено: 5 догађаја, неисправно: 0'],
    ['replay-many.events', { refused: 21, malformed: 0 }, 'одбијено: 21 догађај, неисправно: 0'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('crm-role', () => {
  it.each([
    ['crm-role.mapped', { roles: 'доносилац одлуке', stance: 'заговорник' }, 'доносилац одлуке; заговорник'],
    ['crm-role.mapped', { roles: 'корисник' }, 'корисник'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('crm-stage', () => {
  it.each([
    [
      'crm-stage.open',
      { step: 'преговарање', probability: '60%' },
      'прилика отворена, купац у кораку „преговарање“ (вероватноћа по процени продавца 60%)',
    ],
    ['crm-stage.open', { step: 'одлука' }, 'прилика отворена, купац у кораку „одлука“'],
    ['crm-stage.open', { probability: '10%' }, 'прилика отворена (вероватноћа по процени продавца 10%)'],
    ['crm-stage.open', {}, 'прилика отворена'],
    ['crm-stage.closed', { deal: 'добијена', outcome: 'додељена' }, 'прилика добијена; куповина додељена'],
    ['crm-stage.closed', { deal: 'изгубљена' }, 'прилика изгубљена, без исхода'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('offer-evaluation', () => {
  it.each([
    ['offer-evaluation.ranked', 1, 'рангирано: 1 понуда'],
    ['offer-evaluation.ranked', 2, 'рангирано: 2 понуде'],
    ['offer-evaluation.ranked', 5, 'рангирано: 5 понуда'],
    ['offer-evaluation.ranked', 21, 'рангирано: 21 понуда'],
    [
      'offer-evaluation.offer',
      { rank: 1, supplier: 'Дунав д.о.о.', score: '0,81', criteria: 'цена 0,5, квалитет 0,31' },
      '1. Дунав д.о.о. 0,81 (цена 0,5, квалитет 0,31)',
    ],
    ['offer-evaluation.criterion', { criterion: 'цена', contribution: '0,5' }, 'цена 0,5'],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});

describe('input-error', () => {
  it.each([
    ['input-error.issues', 1, 'неисправан унос, 1 грешка'],
    ['input-error.issues', 2, 'неисправан унос, 2 грешке'],
    ['input-error.issues', 5, 'неисправан унос, 5 грешака'],
    ['input-error.issues', 21, 'неисправан унос, 21 грешка'],
    [
      'input-error.issue',
      { path: 'events[2].at', expected: 'ISO датум', received: '"јуче"' },
      '- events[2].at: очекивано ISO датум, примљено "јуче"',
    ],
  ])('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});
