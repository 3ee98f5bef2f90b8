/**
 * Every sentence of the Dutch catalog (src/locales/nl.ts), word for word: each message template
 * for the params of `MARKERS` and `GUARD_PARAMS` and the extra params that reach the branches they
 * do not (plural forms one and other, every optional clause present and absent, every key of an
 * inline table), and each template of explain's texts with the Dutch words explain passes it.
 * Each sentence was read against the English template for the same params and checked against the
 * Dutch glossary of docs/i18n.md.
 */
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../src/locales/format.js';
import nl from '../../src/locales/nl.js';
import { MARKERS } from './markers.js';
import { GUARD_PARAMS, row, voice } from './tables.js';

const f = formatFor(nl);
const t = nl.texts;

type Row = ReturnType<typeof row>;

const { say } = voice(nl);

/** One test per row: the template writes exactly the expected sentence. */
const check = (rows: readonly Row[]): void => {
  it.each(rows)('%s (%#)', (code, params, expected) => {
    expect(params).toBeDefined();
    expect(say(code, params)).toBe(expected);
  });
};

describe('every Dutch message template', () => {
  describe('classifyBuyclass', () => {
    // one reason per fact value, and what the profile says about itself
    check([
      row(
        'purchased-before',
        MARKERS['purchased-before'][0],
        'Het artikel is eerder gekocht: een herhalingsaankoop, ongewijzigd of gewijzigd, tenzij het probleem nieuw is geworden.',
      ),
      row(
        'first-purchase',
        MARKERS['first-purchase'][0],
        'Het artikel is nooit eerder gekocht: per definitie een nieuwe aankoop.',
      ),
      row(
        'specification-changed',
        MARKERS['specification-changed'][0],
        'De specificatie is sinds de vorige aankoop gewijzigd: een gewijzigde herhalingsaankoop, of een nieuwe aankoop als het probleem nieuw is.',
      ),
      row(
        'specification-unchanged',
        MARKERS['specification-unchanged'][0],
        'De specificatie is ongewijzigd: een ongewijzigde herhalingsaankoop, tenzij prijs, voorwaarden of leverancier veranderen.',
      ),
      row(
        'incumbent-satisfies',
        MARKERS['incumbent-satisfies'][0],
        'De koper is tevreden over de huidige leverancier: een ongewijzigde herhalingsaankoop.',
      ),
      row(
        'incumbent-dissatisfies',
        MARKERS['incumbent-dissatisfies'][0],
        'De koper is ontevreden over de huidige leverancier: een gewijzigde herhalingsaankoop, of een nieuwe aankoop als het probleem nieuw is.',
      ),
      row(
        'new-suppliers-considered',
        MARKERS['new-suppliers-considered'][0],
        'Er worden nieuwe leveranciers overwogen: een nieuwe aankoop of een gewijzigde herhalingsaankoop, geen ongewijzigde.',
      ),
      row(
        'no-new-suppliers',
        MARKERS['no-new-suppliers'][0],
        'Er wordt geen nieuwe leverancier overwogen: een ongewijzigde herhalingsaankoop.',
      ),
      row('novelty-high', MARKERS['novelty-high'][0], 'Het probleem is nieuw voor de kopers: een nieuwe aankoop.'),
      row(
        'novelty-medium',
        MARKERS['novelty-medium'][0],
        'Het probleem is deels nieuw voor de kopers: een gewijzigde herhalingsaankoop.',
      ),
      row(
        'novelty-low',
        MARKERS['novelty-low'][0],
        'Het probleem is vertrouwd voor de kopers: een ongewijzigde herhalingsaankoop.',
      ),
      row(
        'information-need-high',
        MARKERS['information-need-high'][0],
        'De kopers hebben veel informatie nodig: een nieuwe aankoop.',
      ),
      row(
        'information-need-medium',
        MARKERS['information-need-medium'][0],
        'De kopers hebben enige informatie nodig: een gewijzigde herhalingsaankoop.',
      ),
      row(
        'information-need-low',
        MARKERS['information-need-low'][0],
        'De kopers hebben weinig informatie nodig: een ongewijzigde herhalingsaankoop.',
      ),
      row(
        'fact-not-applicable',
        MARKERS['fact-not-applicable'][0],
        'Niet van toepassing op een eerste aankoop, dus genegeerd: specificationChanged en satisfiedWithIncumbent.',
      ),
      row('facts-missing', MARKERS['facts-missing'][0], 'Niet bekend, dus is de zekerheid lager: problemNovelty.'),
      row(
        'mixed-profile',
        MARKERS['mixed-profile'][0],
        'Een gemengd profiel: problemNovelty past niet volledig bij een gewijzigde herhalingsaankoop.',
      ),
      row(
        'mixed-profile',
        MARKERS['mixed-profile'][1],
        'Een gemengd profiel: problemNovelty en informationNeed passen niet volledig bij een nieuwe aankoop.',
      ),
      row(
        'rebuy-undecided',
        MARKERS['rebuy-undecided'][0],
        'De bekende feiten maken geen onderscheid tussen een gewijzigde herhalingsaankoop en een ongewijzigde herhalingsaankoop; de situatie met meer inkoopwerk wordt aangenomen.',
      ),
    ]);
  });

  describe('classifyPortfolio', () => {
    // Kraljic's axes (given, from one sub-criterion, the largest of several, their mean; at, above and below
    // the threshold, and a value shown in full where rounding would make it look equal), the quadrants and the
    // four strategies. The Dutch words the comparison from the numbers, not from the code: the markers that pair
    // a value below the threshold with a `-high` code read `ligt onder … laag` (and the reverse).
    check([
      row(
        'profit-impact-high',
        MARKERS['profit-impact-high'][0],
        'Invloed op de winst 0,7 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'profit-impact-high',
        MARKERS['profit-impact-high'][1],
        'Invloed op de winst (uit volume 0,7) 0,7 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'profit-impact-high',
        MARKERS['profit-impact-high'][2],
        'Invloed op de winst (bepaald door volume, de grootste van volume 0,6, costShare 0,2) 0,6 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'profit-impact-high',
        MARKERS['profit-impact-high'][3],
        'Invloed op de winst (het gemiddelde van volume 0,6, costShare 0,2) 0,4 ligt onder de drempel 0,5: laag.',
      ),
      row(
        'profit-impact-low',
        MARKERS['profit-impact-low'][0],
        'Invloed op de winst 0,7 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'profit-impact-low',
        MARKERS['profit-impact-low'][1],
        'Invloed op de winst (uit volume 0,7) 0,7 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'profit-impact-low',
        MARKERS['profit-impact-low'][2],
        'Invloed op de winst (bepaald door volume, de grootste van volume 0,6, costShare 0,2) 0,6 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'profit-impact-low',
        MARKERS['profit-impact-low'][3],
        'Invloed op de winst (het gemiddelde van volume 0,6, costShare 0,2) 0,4 ligt onder de drempel 0,5: laag.',
      ),
      row(
        'supply-risk-high',
        MARKERS['supply-risk-high'][0],
        'Toeleveringsrisico 0,7 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'supply-risk-high',
        MARKERS['supply-risk-high'][1],
        'Toeleveringsrisico (uit volume 0,7) 0,7 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'supply-risk-high',
        MARKERS['supply-risk-high'][2],
        'Toeleveringsrisico (bepaald door volume, de grootste van volume 0,6, costShare 0,2) 0,6 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'supply-risk-high',
        MARKERS['supply-risk-high'][3],
        'Toeleveringsrisico (het gemiddelde van volume 0,6, costShare 0,2) 0,4 ligt onder de drempel 0,5: laag.',
      ),
      row(
        'supply-risk-low',
        MARKERS['supply-risk-low'][0],
        'Toeleveringsrisico 0,7 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'supply-risk-low',
        MARKERS['supply-risk-low'][1],
        'Toeleveringsrisico (uit volume 0,7) 0,7 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'supply-risk-low',
        MARKERS['supply-risk-low'][2],
        'Toeleveringsrisico (bepaald door volume, de grootste van volume 0,6, costShare 0,2) 0,6 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'supply-risk-low',
        MARKERS['supply-risk-low'][3],
        'Toeleveringsrisico (het gemiddelde van volume 0,6, costShare 0,2) 0,4 ligt onder de drempel 0,5: laag.',
      ),
      row(
        'supply-risk-low',
        MARKERS['supply-risk-low'][4],
        'Toeleveringsrisico 0,4996 ligt onder de drempel 0,5: laag.',
      ),
      // at the threshold: high
      row(
        'supply-risk-high',
        { value: 0.5, threshold: 0.5 },
        'Toeleveringsrisico 0,5 ligt op of boven de drempel 0,5: hoog.',
      ),
      // just above, shown in full
      row(
        'supply-risk-high',
        { value: 0.5004, threshold: 0.5 },
        'Toeleveringsrisico 0,5004 ligt op of boven de drempel 0,5: hoog.',
      ),
      // the largest of two, no decidedBy
      // a value equal to a threshold of five decimals: both shown to three, as equal
      row(
        'supply-risk-high',
        { value: 0.12345, threshold: 0.12345 },
        'Toeleveringsrisico 0,123 ligt op of boven de drempel 0,123: hoog.',
      ),
      // more than three decimals, far from the threshold: three shown
      row(
        'profit-impact-high',
        { value: 0.61234, threshold: 0.5 },
        'Invloed op de winst 0,612 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'profit-impact-high',
        { value: 0.55, threshold: 0.5, aggregate: 'max', subcriteria: { volume: 0.55, costShare: 0.2 } },
        'Invloed op de winst (uit volume 0,55, costShare 0,2) 0,55 ligt op of boven de drempel 0,5: hoog.',
      ),
      row(
        'strategic-purchase',
        MARKERS['strategic-purchase'][0],
        'Een strategische aankoop (strategisch product): de betrouwbaarheid van de leverancier en een langetermijnpartnerschap wegen zwaar (buygrids lezing van het kwadrant).',
      ),
      row(
        'strategic-purchase',
        MARKERS['strategic-purchase'][1],
        'Een strategische aankoop (knelpuntproduct): de continuïteit van de toelevering weegt zwaar (buygrids lezing van het kwadrant).',
      ),
      row(
        'banal-purchase',
        MARKERS['banal-purchase'][0],
        'Een routineaankoop (hefboomproduct): prijs en voorwaarden wegen zwaar — inkoopmacht, niet de betrouwbaarheid van de leverancier; de inzet is geld (buygrids lezing van het kwadrant).',
      ),
      row(
        'banal-purchase',
        MARKERS['banal-purchase'][1],
        'Een routineaankoop (routineproduct): efficiënt routinematig inkopen weegt het zwaarst (buygrids lezing van het kwadrant).',
      ),
      row(
        'secure-partnership',
        MARKERS['secure-partnership'][0],
        'Supply management: analyseer de machtspositie en buit die dan uit, breng haar in evenwicht of spreid; bouw langetermijnpartnerschappen die de toelevering zekerstellen. Besloten op het hoogste niveau.',
      ),
      row(
        'exploit-purchasing-power',
        MARKERS['exploit-purchasing-power'][0],
        'Materials management: gebruik de inkoopmacht — aanbestedingen, richtprijzen, vervanging van producten of leveranciers. Besloten door de hoofdinkoper.',
      ),
      row(
        'secure-volume',
        MARKERS['secure-volume'][0],
        'Sourcing management: stel volume en continuïteit zeker — volumegaranties, controle op leveranciers, veiligheidsvoorraad, noodplannen. Besloten door afdelingshoofden.',
      ),
      row(
        'streamline-buying',
        MARKERS['streamline-buying'][0],
        'Purchasing management: koop efficiënt in — standaardiseer, bundel bestellingen, optimaliseer bestelhoeveelheden en voorraad. Besloten door inkopers.',
      ),
    ]);
  });

  describe('classifyOrganization', () => {
    // type, size band (headcount only, with turnover, with both; amounts under and over a million), regime
    check([
      row('organization-type', MARKERS['organization-type'][0], 'De koper is een onderneming.'),
      row('organization-type', MARKERS['organization-type'][1], 'De koper is een overheidsinstantie.'),
      row('organization-type', MARKERS['organization-type'][2], 'De koper is een instelling.'),
      row(
        'organization-type-assumed',
        MARKERS['organization-type-assumed'][0],
        'Het type organisatie is niet gegeven: een onderneming wordt aangenomen.',
      ),
      row(
        'size-micro',
        MARKERS['size-micro'][0],
        '40 werknemers: een micro-onderneming naar personeelsomvang (EU-drempels 10, 50, 250; omzet en balanstotaal niet gegeven).',
      ),
      row(
        'size-micro',
        MARKERS['size-micro'][1],
        '40 werknemers, omzet € 8 mln: een micro-onderneming (EU-drempels: personeelsomvang 10, 50, 250; omzet € 2 mln, € 10 mln, € 50 mln of balanstotaal € 2 mln, € 10 mln, € 43 mln).',
      ),
      row(
        'size-micro',
        MARKERS['size-micro'][2],
        '40 werknemers, omzet € 8 mln, balanstotaal € 900.000: een micro-onderneming (EU-drempels: personeelsomvang 10, 50, 250; omzet € 2 mln, € 10 mln, € 50 mln of balanstotaal € 2 mln, € 10 mln, € 43 mln).',
      ),
      row(
        'size-small',
        MARKERS['size-small'][0],
        '40 werknemers: een kleine onderneming naar personeelsomvang (EU-drempels 10, 50, 250; omzet en balanstotaal niet gegeven).',
      ),
      row(
        'size-small',
        MARKERS['size-small'][1],
        '40 werknemers, omzet € 8 mln: een kleine onderneming (EU-drempels: personeelsomvang 10, 50, 250; omzet € 2 mln, € 10 mln, € 50 mln of balanstotaal € 2 mln, € 10 mln, € 43 mln).',
      ),
      row(
        'size-small',
        MARKERS['size-small'][2],
        '40 werknemers, omzet € 8 mln, balanstotaal € 900.000: een kleine onderneming (EU-drempels: personeelsomvang 10, 50, 250; omzet € 2 mln, € 10 mln, € 50 mln of balanstotaal € 2 mln, € 10 mln, € 43 mln).',
      ),
      row(
        'size-medium',
        MARKERS['size-medium'][0],
        '40 werknemers: een middelgrote onderneming naar personeelsomvang (EU-drempels 10, 50, 250; omzet en balanstotaal niet gegeven).',
      ),
      row(
        'size-medium',
        MARKERS['size-medium'][1],
        '40 werknemers, omzet € 8 mln: een middelgrote onderneming (EU-drempels: personeelsomvang 10, 50, 250; omzet € 2 mln, € 10 mln, € 50 mln of balanstotaal € 2 mln, € 10 mln, € 43 mln).',
      ),
      row(
        'size-medium',
        MARKERS['size-medium'][2],
        '40 werknemers, omzet € 8 mln, balanstotaal € 900.000: een middelgrote onderneming (EU-drempels: personeelsomvang 10, 50, 250; omzet € 2 mln, € 10 mln, € 50 mln of balanstotaal € 2 mln, € 10 mln, € 43 mln).',
      ),
      row(
        'size-large',
        MARKERS['size-large'][0],
        '2000 werknemers, omzet € 60 mln, balanstotaal € 500: een grote onderneming (EU-drempels: personeelsomvang 10, 50, 250; omzet € 2 mln, € 10 mln, € 50 mln of balanstotaal € 2 mln, € 10 mln, € 43 mln).',
      ),
      // one employee
      // a turnover of exactly a million is counted in millions
      row(
        'size-micro',
        { employees: 9, turnover: 1_000_000 },
        '9 werknemers, omzet € 1 mln: een micro-onderneming (EU-drempels: personeelsomvang 10, 50, 250; omzet € 2 mln, € 10 mln, € 50 mln of balanstotaal € 2 mln, € 10 mln, € 43 mln).',
      ),
      row(
        'size-micro',
        { employees: 1 },
        '1 werknemer: een micro-onderneming naar personeelsomvang (EU-drempels 10, 50, 250; omzet en balanstotaal niet gegeven).',
      ),
      // balance sheet alone
      row(
        'size-medium',
        { employees: 60, balanceSheet: 12_500_000 },
        '60 werknemers, balanstotaal € 12,5 mln: een middelgrote onderneming (EU-drempels: personeelsomvang 10, 50, 250; omzet € 2 mln, € 10 mln, € 50 mln of balanstotaal € 2 mln, € 10 mln, € 43 mln).',
      ),
      row(
        'no-size-band',
        MARKERS['no-size-band'][0],
        '300 werknemers; geen grootteklasse: de EU-drempels (Aanbeveling 2003/361/EG) definiëren ondernemingen, geen overheidsinstanties.',
      ),
      row(
        'no-size-band',
        MARKERS['no-size-band'][1],
        '300 werknemers; geen grootteklasse: de EU-drempels (Aanbeveling 2003/361/EG) definiëren ondernemingen, geen instellingen.',
      ),
      row(
        'regime-default',
        MARKERS['regime-default'][0],
        'Een overheidsinstantie (de staat, een regionale of lokale overheid) is een aanbestedende dienst (Richtlijn 2014/24/EU, art. 2, lid 1, punt 1): zij koopt in volgens de regels voor overheidsopdrachten — een procedure van de richtlijn boven de Europese drempels, nationale regels daaronder.',
      ),
      row(
        'regime-default',
        MARKERS['regime-default'][1],
        'Geen publiekrechtelijke instelling: de onderneming koopt in onder het private regime.',
      ),
      row(
        'regime-default',
        MARKERS['regime-default'][2],
        'Geen publiekrechtelijke instelling: de instelling koopt in onder het private regime.',
      ),
      row(
        'regime-assumed',
        MARKERS['regime-assumed'][0],
        'Een onderneming wordt verondersteld privaat in te kopen (tenzij zij een publiekrechtelijke instelling is, Richtlijn 2014/24/EU, art. 2, lid 1, punt 4: geef publicLaw: true mee).',
      ),
      row(
        'regime-assumed',
        MARKERS['regime-assumed'][1],
        'Een instelling wordt verondersteld privaat in te kopen; veel met publiek geld gefinancierde ziekenhuizen, universiteiten en scholen zijn publiekrechtelijke instellingen (Richtlijn 2014/24/EU, art. 2, lid 1, punt 4) en kopen in volgens de publieke regels: geef publicLaw: true mee.',
      ),
      row(
        'regime-public-law',
        MARKERS['regime-public-law'][0],
        'Een publiekrechtelijke instelling is een aanbestedende dienst (Richtlijn 2014/24/EU, art. 2, lid 1, punt 4): zij koopt in volgens de regels voor overheidsopdrachten.',
      ),
      row('regime-given', MARKERS['regime-given'][0], 'Het regime is gegeven: private inkoop.'),
      row('regime-given', MARKERS['regime-given'][1], 'Het regime is gegeven: overheidsaanbesteding.'),
    ]);
  });

  describe('classifySituation', () => {
    // the buyclass given, the EU threshold (below and above, authority level given or not, works that have one threshold), the procedure
    check([
      row(
        'buyclass-given',
        MARKERS['buyclass-given'][0],
        'De koopsituatie is gegeven: ongewijzigde herhalingsaankoop.',
      ),
      row(
        'threshold-not-applicable',
        MARKERS['threshold-not-applicable'][0],
        'De Europese drempels binden aanbestedende diensten; een private koper is er geen, dus de waarde wordt niet vergeleken.',
      ),
      row(
        'threshold-not-checked',
        MARKERS['threshold-not-checked'][0],
        'Er is geen opdrachtwaarde gegeven: de Europese drempel is niet getoetst (daaronder gelden nationale regels).',
      ),
      row(
        'threshold-not-checked',
        MARKERS['threshold-not-checked'][1],
        'De waarde is in MKcurrency; de Europese drempels zijn in euro: reken haar om (de Commissie publiceert de tegenwaarden in nationale valuta).',
      ),
      row(
        'below-threshold',
        MARKERS['below-threshold'][0],
        '€ 200.000 aan leveringen ligt op of boven de Europese drempel van € 143.000 (bestuursniveau niet gegeven: de lagere drempel voor centrale overheidsinstanties wordt aangenomen) (MKregulation, 2024–2025): Richtlijn 2014/24/EU is van toepassing.',
      ),
      row(
        'below-threshold',
        MARKERS['below-threshold'][1],
        '€ 200.000 aan werken ligt op of boven de Europese drempel van € 143.000 (MKregulation, 2024–2025): Richtlijn 2014/24/EU is van toepassing.',
      ),
      row(
        'above-threshold',
        MARKERS['above-threshold'][0],
        '€ 200.000 aan diensten ligt op of boven de Europese drempel van € 143.000 (MKregulation, 2024–2025): Richtlijn 2014/24/EU is van toepassing.',
      ),
      // below for real, the regulation as the library names it
      row(
        'below-threshold',
        {
          amount: 100_000,
          currency: 'EUR',
          subject: 'supplies',
          threshold: 140_000,
          authority: 'central',
          regulation: 'Commission Delegated Regulation (EU) 2025/2152',
          validFrom: '2026-01-01',
          validUntil: '2027-12-31',
        },
        '€ 100.000 aan leveringen ligt onder de Europese drempel van € 140.000 (Gedelegeerde Verordening (EU) 2025/2152, 2026–2027): nationale regels zijn van toepassing.',
      ),
      // works, no authority level: no assumption said; millions in full
      // at the threshold: above
      row(
        'above-threshold',
        {
          amount: 140_000,
          currency: 'EUR',
          subject: 'services',
          threshold: 140_000,
          authority: 'central',
          regulation: 'Commission Delegated Regulation (EU) 2025/2152',
          validFrom: '2026-01-01',
          validUntil: '2027-12-31',
        },
        '€ 140.000 aan diensten ligt op of boven de Europese drempel van € 140.000 (Gedelegeerde Verordening (EU) 2025/2152, 2026–2027): Richtlijn 2014/24/EU is van toepassing.',
      ),
      row(
        'above-threshold',
        {
          amount: 5_420_000,
          currency: 'EUR',
          subject: 'works',
          threshold: 5_404_000,
          regulation: 'Commission Delegated Regulation (EU) 2025/2152',
          validFrom: '2026-01-01',
          validUntil: '2027-12-31',
        },
        '€ 5.420.000 aan werken ligt op of boven de Europese drempel van € 5.404.000 (Gedelegeerde Verordening (EU) 2025/2152, 2026–2027): Richtlijn 2014/24/EU is van toepassing.',
      ),
      row('procedure-given', MARKERS['procedure-given'][0], 'De procedure is gegeven: concurrentiegerichte dialoog.'),
      row(
        'procedure-below-threshold',
        MARKERS['procedure-below-threshold'][0],
        'Onder de drempel volgt de procedure nationale regels (buygrid neemt het private minimum aan: overschrijf het).',
      ),
      row(
        'procedure-default',
        MARKERS['procedure-default'][0],
        'De openbare procedure wordt aangenomen, de meest gebruikte (Richtlijn 2014/24/EU, art. 27).',
      ),
      row(
        'procedure-default',
        MARKERS['procedure-default'][1],
        'De openbare procedure wordt aangenomen, de meest gebruikte (Richtlijn 2014/24/EU, art. 27). Een publieke routinematige nabestelling is meestal een afroep uit een raamovereenkomst (art. 33): geef procedure "framework-call-off" mee.',
      ),
    ]);
  });

  describe('recommendApproach', () => {
    // the seller's actions, one sentence each
    check([
      row(
        'shape-the-specification',
        MARKERS['shape-the-specification'][0],
        'Werk samen met de gebruikers en voorschrijvers terwijl zij de behoefte bepalen, zodat de specificatie bij je sterke punten past.',
      ),
      row(
        'get-in-early',
        MARKERS['get-in-early'][0],
        'Kom binnen voordat de specificatie geschreven is: geef de kopers de informatie die ze zoeken en help hen de behoefte te bepalen.',
      ),
      row(
        'leverage-the-relationship',
        MARKERS['leverage-the-relationship'][0],
        'Gebruik de toegang en het vertrouwen die je al bij de klant hebt om de behoefte vroeg te kennen en als eerste geraadpleegd te worden.',
      ),
      row(
        'reach-the-whole-center',
        MARKERS['reach-the-whole-center'][0],
        'Informeer elk lid van het inkoopcentrum, technici en beslissers aan de top, niet alleen de inkoop.',
      ),
      row(
        'reduce-perceived-risk',
        MARKERS['reduce-perceived-risk'][0],
        'Bied referenties, een proef of pilot en een bedrijfsbezoek, zodat een voor hen nieuwe leverancier veilig lijkt.',
      ),
      row(
        'defend-the-account',
        MARKERS['defend-the-account'][0],
        'Zoek uit wat de koper veranderd wil zien en stel de verandering zelf voor, voordat een concurrent het doet.',
      ),
      row(
        'fix-dissatisfaction',
        MARKERS['fix-dissatisfaction'][0],
        'Los klachten over kwaliteit, levering of prijs snel op; ontevredenheid zet de deur open voor anderen.',
      ),
      row(
        'seize-the-opening',
        MARKERS['seize-the-opening'][0],
        'Doe een aanbod dat precies beantwoordt aan wat de koper wil veranderen: een betere specificatie, prijs of voorwaarden.',
      ),
      row(
        'get-on-the-shortlist',
        MARKERS['get-on-the-shortlist'][0],
        'Laat je nu kwalificeren en op de shortlist zetten: de koper bekijkt een paar nieuwe leveranciers, niet allemaal.',
      ),
      row(
        'keep-the-routine',
        MARKERS['keep-the-routine'][0],
        'Houd kwaliteit, levering en service foutloos en bezoek de klant regelmatig: intensief commercieel werk.',
      ),
      row(
        'automate-reordering',
        MARKERS['automate-reordering'][0],
        'Bied automatisch nabestellen, raamcontracten of voorraadbeheer door de leverancier, zodat nabestellen bij jou geen moeite kost.',
      ),
      row(
        'reframe-the-need',
        MARKERS['reframe-the-need'][0],
        'Breng iets nieuws — een betere oplossing, lagere totale kosten — dat de koper doet heroverwegen, zodat de herhalingsbestelling een nieuwe aankoop wordt.',
      ),
      row(
        'win-a-trial-order',
        MARKERS['win-a-trial-order'][0],
        'Vraag om een kleine proefbestelling en bewijs je daarmee.',
      ),
      row(
        'prove-reliability',
        MARKERS['prove-reliability'][0],
        'Bewijs je betrouwbaarheid: financiële soliditeit, continuïteit van levering, certificeringen, verbintenis op lange termijn.',
      ),
      row(
        'perform-the-contract',
        MARKERS['perform-the-contract'][0],
        'Voer je huidige contract naar de letter uit: je staat van dienst is je referentie voor de volgende procedure.',
      ),
      row(
        'watch-the-notices',
        MARKERS['watch-the-notices'][0],
        'Volg de vooraankondigingen en aankondigingen van opdrachten voor deze koper en dit onderwerp (TED en de nationale portalen).',
      ),
      row(
        'join-market-consultation',
        MARKERS['join-market-consultation'][0],
        'Beantwoord vóór de procedure de voorafgaande marktconsultatie van de koper met neutrale, op normen gebaseerde informatie die voor alle concurrenten open is — nooit een specificatie die rond je product is geschreven.',
      ),
      row(
        'qualify-for-the-procedure',
        MARKERS['qualify-for-the-procedure'][0],
        'Bereid het Uniform Europees Aanbestedingsdocument (UEA) voor en de bewijsstukken die de selectiecriteria vragen (geschiktheid, economische en financiële draagkracht, technische en beroepsbekwaamheid), en controleer dat geen uitsluitingsgrond van toepassing is.',
      ),
      row(
        'follow-the-procedure',
        MARKERS['follow-the-procedure'][0],
        'Schrijf in precies zoals de aanbestedingsstukken vragen, vóór de termijn en via het kanaal dat ze noemen; stel vragen alleen via dat kanaal. In een openbare of niet-openbare procedure wordt over een inschrijving niet onderhandeld: dien je beste in.',
      ),
      row(
        'follow-the-call-off-terms',
        MARKERS['follow-the-call-off-terms'][0],
        'Lever elke afroep volgens de voorwaarden van de raamovereenkomst; wordt de mededinging tussen de partijen heropend, schrijf dan in op de voorwaarden en criteria die daarbij gelden.',
      ),
      row(
        'prepare-for-the-next-framework',
        MARKERS['prepare-for-the-next-framework'][0],
        'Een afroep gaat alleen naar een partij bij de raamovereenkomst: bereid je voor op de volgende oproep tot mededinging voor de raamovereenkomst en kwalificeer je dan.',
      ),
      row(
        'join-the-dynamic-purchasing-system',
        MARKERS['join-the-dynamic-purchasing-system'][0],
        'Vraag toelating tot het dynamisch aankoopsysteem: toegelaten leveranciers worden uitgenodigd in te schrijven op elke specifieke opdracht daarbinnen.',
      ),
      row(
        'check-the-national-rules',
        MARKERS['check-the-national-rules'][0],
        'Lees onder de Europese drempels de nationale regels en het eigen inkoopbeleid van de koper voordat je handelt: die bepalen de procedure (vaak vereenvoudigd, of een onderhandse gunning bij lage bedragen).',
      ),
      row(
        'answer-the-invitation',
        MARKERS['answer-the-invitation'][0],
        'Er wordt geen oproep tot mededinging bekendgemaakt: de koper nodigt de leveranciers uit die hij raadpleegt, alleen in de gevallen die de richtlijn opsomt. Word je uitgenodigd, schrijf dan in en onderhandel binnen de voorwaarden van de uitnodiging.',
      ),
    ]);
  });

  describe('the risk profile', () => {
    // each answer, with uncertainty only, consequence only, and both
    check([
      row(
        'supplier-relationship',
        MARKERS['supplier-relationship'][0],
        'De leverancier is nieuw voor de koper: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'supplier-relationship',
        MARKERS['supplier-relationship'][1],
        'De leverancier is nieuw voor de koper: verhoogt de gevolgen van levering.',
      ),
      row(
        'supplier-relationship',
        MARKERS['supplier-relationship'][2],
        'De leverancier is nieuw voor de koper: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'supplier-relationship',
        MARKERS['supplier-relationship'][3],
        'De koper kent de leverancier maar koopt dit nu niet bij hem: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'supplier-relationship',
        MARKERS['supplier-relationship'][4],
        'De koper kent de leverancier maar koopt dit nu niet bij hem: verhoogt de gevolgen van levering.',
      ),
      row(
        'supplier-relationship',
        MARKERS['supplier-relationship'][5],
        'De koper kent de leverancier maar koopt dit nu niet bij hem: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'supplier-relationship',
        MARKERS['supplier-relationship'][6],
        'De leverancier is de zittende leverancier: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'supplier-relationship',
        MARKERS['supplier-relationship'][7],
        'De leverancier is de zittende leverancier: verhoogt de gevolgen van levering.',
      ),
      row(
        'supplier-relationship',
        MARKERS['supplier-relationship'][8],
        'De leverancier is de zittende leverancier: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'buys-from-competitor',
        MARKERS['buys-from-competitor'][0],
        'De klant koopt dit nu bij een concurrent en zou dus overstappen: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'buys-from-competitor',
        MARKERS['buys-from-competitor'][1],
        'De klant koopt dit nu bij een concurrent en zou dus overstappen: verhoogt de gevolgen van levering.',
      ),
      row(
        'buys-from-competitor',
        MARKERS['buys-from-competitor'][2],
        'De klant koopt dit nu bij een concurrent en zou dus overstappen: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'buys-from-competitor',
        MARKERS['buys-from-competitor'][3],
        'De klant koopt dit niet bij een concurrent: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'buys-from-competitor',
        MARKERS['buys-from-competitor'][4],
        'De klant koopt dit niet bij een concurrent: verhoogt de gevolgen van levering.',
      ),
      row(
        'buys-from-competitor',
        MARKERS['buys-from-competitor'][5],
        'De klant koopt dit niet bij een concurrent: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'lead-time-critical',
        MARKERS['lead-time-critical'][0],
        'Levertijden zijn kritiek: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'lead-time-critical',
        MARKERS['lead-time-critical'][1],
        'Levertijden zijn kritiek: verhoogt de gevolgen van levering.',
      ),
      row(
        'lead-time-critical',
        MARKERS['lead-time-critical'][2],
        'Levertijden zijn kritiek: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'lead-time-critical',
        MARKERS['lead-time-critical'][3],
        'Levertijden zijn niet kritiek: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'lead-time-critical',
        MARKERS['lead-time-critical'][4],
        'Levertijden zijn niet kritiek: verhoogt de gevolgen van levering.',
      ),
      row(
        'lead-time-critical',
        MARKERS['lead-time-critical'][5],
        'Levertijden zijn niet kritiek: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'currency',
        MARKERS['currency'][0],
        'Koper en leverancier gebruiken dezelfde valuta: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'currency',
        MARKERS['currency'][1],
        'Koper en leverancier gebruiken dezelfde valuta: verhoogt de gevolgen van levering.',
      ),
      row(
        'currency',
        MARKERS['currency'][2],
        'Koper en leverancier gebruiken dezelfde valuta: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'currency',
        MARKERS['currency'][3],
        'De leverancier factureert in een andere valuta dan die van de koper: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'currency',
        MARKERS['currency'][4],
        'De leverancier factureert in een andere valuta dan die van de koper: verhoogt de gevolgen van levering.',
      ),
      row(
        'currency',
        MARKERS['currency'][5],
        'De leverancier factureert in een andere valuta dan die van de koper: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'after-sales-dependency',
        MARKERS['after-sales-dependency'][0],
        'De koper is weinig afhankelijk van service na verkoop: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'after-sales-dependency',
        MARKERS['after-sales-dependency'][1],
        'De koper is weinig afhankelijk van service na verkoop: verhoogt de gevolgen van levering.',
      ),
      row(
        'after-sales-dependency',
        MARKERS['after-sales-dependency'][2],
        'De koper is weinig afhankelijk van service na verkoop: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'after-sales-dependency',
        MARKERS['after-sales-dependency'][3],
        'De koper is matig afhankelijk van service na verkoop: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'after-sales-dependency',
        MARKERS['after-sales-dependency'][4],
        'De koper is matig afhankelijk van service na verkoop: verhoogt de gevolgen van levering.',
      ),
      row(
        'after-sales-dependency',
        MARKERS['after-sales-dependency'][5],
        'De koper is matig afhankelijk van service na verkoop: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'after-sales-dependency',
        MARKERS['after-sales-dependency'][6],
        'De koper is sterk afhankelijk van service na verkoop: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'after-sales-dependency',
        MARKERS['after-sales-dependency'][7],
        'De koper is sterk afhankelijk van service na verkoop: verhoogt de gevolgen van levering.',
      ),
      row(
        'after-sales-dependency',
        MARKERS['after-sales-dependency'][8],
        'De koper is sterk afhankelijk van service na verkoop: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'importance',
        MARKERS['importance'][0],
        'De aankoop is routinematig: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row('importance', MARKERS['importance'][1], 'De aankoop is routinematig: verhoogt de gevolgen van levering.'),
      row(
        'importance',
        MARKERS['importance'][2],
        'De aankoop is routinematig: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'importance',
        MARKERS['importance'][3],
        'De aankoop is strategisch: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row('importance', MARKERS['importance'][4], 'De aankoop is strategisch: verhoogt de gevolgen van levering.'),
      row(
        'importance',
        MARKERS['importance'][5],
        'De aankoop is strategisch: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'importance',
        MARKERS['importance'][6],
        'Het belang van de aankoop is niet bekend (een middenwaarde wordt aangenomen): verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'importance',
        MARKERS['importance'][7],
        'Het belang van de aankoop is niet bekend (een middenwaarde wordt aangenomen): verhoogt de gevolgen van levering.',
      ),
      row(
        'importance',
        MARKERS['importance'][8],
        'Het belang van de aankoop is niet bekend (een middenwaarde wordt aangenomen): verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'buyclass',
        MARKERS['buyclass'][0],
        'De aankoop is een nieuwe aankoop: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row('buyclass', MARKERS['buyclass'][1], 'De aankoop is een nieuwe aankoop: verhoogt de gevolgen van levering.'),
      row(
        'buyclass',
        MARKERS['buyclass'][2],
        'De aankoop is een nieuwe aankoop: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'buyclass',
        MARKERS['buyclass'][3],
        'De aankoop is een gewijzigde herhalingsaankoop: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'buyclass',
        MARKERS['buyclass'][4],
        'De aankoop is een gewijzigde herhalingsaankoop: verhoogt de gevolgen van levering.',
      ),
      row(
        'buyclass',
        MARKERS['buyclass'][5],
        'De aankoop is een gewijzigde herhalingsaankoop: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'buyclass',
        MARKERS['buyclass'][6],
        'De aankoop is een ongewijzigde herhalingsaankoop: verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'buyclass',
        MARKERS['buyclass'][7],
        'De aankoop is een ongewijzigde herhalingsaankoop: verhoogt de gevolgen van levering.',
      ),
      row(
        'buyclass',
        MARKERS['buyclass'][8],
        'De aankoop is een ongewijzigde herhalingsaankoop: verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
      row(
        'buyclass',
        MARKERS['buyclass'][9],
        'De koopsituatie is niet bekend (een middenwaarde wordt aangenomen): verhoogt de onzekerheid van leverancier en prestatie.',
      ),
      row(
        'buyclass',
        MARKERS['buyclass'][10],
        'De koopsituatie is niet bekend (een middenwaarde wordt aangenomen): verhoogt de gevolgen van levering.',
      ),
      row(
        'buyclass',
        MARKERS['buyclass'][11],
        'De koopsituatie is niet bekend (een middenwaarde wordt aangenomen): verhoogt de onzekerheid van valuta; de gevolgen van service na verkoop.',
      ),
    ]);
  });

  describe('assessRisk', () => {
    // the budget share, given dimensions, the situation, reducers
    check([
      row(
        'budget-share',
        MARKERS['budget-share'][0],
        'Het budgetaandeel is niet bekend (een middenwaarde wordt aangenomen): gevolgen van financieel 0,25.',
      ),
      row(
        'budget-share',
        MARKERS['budget-share'][1],
        'De aankoop beslaat 12,5% van het budget: gevolgen van financieel 0,313 en prestatie 0,1.',
      ),
      row('given', MARKERS['given'][0], 'Expliciet gegeven: financieel.'),
      row('given', MARKERS['given'][1], 'Expliciet gegeven (gaat vóór het profiel): financieel en levering.'),
      row('situation', MARKERS['situation'][0], 'Overgenomen uit de koopsituatie: belang strategisch.'),
      row('situation', MARKERS['situation'][1], 'Overgenomen uit de koopsituatie: koopsituatie nieuwe aankoop.'),
      row(
        'situation',
        MARKERS['situation'][2],
        'Overgenomen uit de koopsituatie: belang routinematig en koopsituatie nieuwe aankoop.',
      ),
      row(
        'profile-over-situation',
        MARKERS['profile-over-situation'][0],
        'Het antwoord van het profiel gaat vóór de situatie: belang strategisch (de situatie zegt routinematig).',
      ),
      row(
        'profile-over-situation',
        MARKERS['profile-over-situation'][1],
        'Het antwoord van het profiel gaat vóór de situatie: koopsituatie nieuwe aankoop (de situatie zegt ongewijzigde herhalingsaankoop).',
      ),
      row(
        'profile-over-situation',
        MARKERS['profile-over-situation'][2],
        'Het antwoord van het profiel gaat vóór de situatie: belang routinematig (de situatie zegt strategisch) en koopsituatie gewijzigde herhalingsaankoop (de situatie zegt nieuwe aankoop).',
      ),
      // a buyclass without the situation’s: left out
      row(
        'profile-over-situation',
        { importance: 'banal', situationImportance: 'strategic', buyclass: 'new-task' },
        'Het antwoord van het profiel gaat vóór de situatie: belang routinematig (de situatie zegt strategisch).',
      ),
      // an importance without the situation’s: left out
      row(
        'profile-over-situation',
        { importance: 'strategic', buyclass: 'new-task', situationBuyclass: 'modified-rebuy' },
        'Het antwoord van het profiel gaat vóór de situatie: koopsituatie nieuwe aankoop (de situatie zegt gewijzigde herhalingsaankoop).',
      ),
      row(
        'situation-without-profile',
        MARKERS['situation-without-profile'][0],
        'De situatie vervangt alleen het belang en de koopsituatie van het profiel; zonder profiel verandert ze niets.',
      ),
      row(
        'not-assessed',
        MARKERS['not-assessed'][0],
        'Niet beoordeeld (gegeven noch afgeleid), buiten de score gelaten: valuta en sociaal.',
      ),
      row(
        'reducer-applied',
        MARKERS['reducer-applied'][0],
        'Toegepast: referenties van vergelijkbare klanten (references): onzekerheid van leverancier en prestatie × 0,7.',
      ),
      row(
        'reducer-applied',
        MARKERS['reducer-applied'][1],
        'Toegepast: een buffervoorraad (buffer-stock): geen beoordeelde dimensie is betrokken.',
      ),
      // on the consequence
      row(
        'reducer-applied',
        { reducer: 'dual-sourcing', targets: 'consequence', dimensions: ['delivery'], factor: 0.75 },
        'Toegepast: een tweede bron (dual-sourcing): gevolgen van levering × 0,75.',
      ),
    ]);
  });

  describe('analyzeBuyingCenter and expectedSize', () => {
    // warnings (every role that can be missing), and the reasons of the expected size
    check([
      row(
        'no-decider',
        MARKERS['no-decider'][0],
        'Van geen enkel lid is bekend dat het beslist: zoek uit wie ja of nee zegt tegen de aankoop.',
      ),
      row(
        'single-threaded',
        MARKERS['single-threaded'][0],
        'Het inkoopcentrum heeft 0 bekende leden: één contactpersoon is één zwakke schakel; bereik meer van de betrokkenen.',
      ),
      row(
        'single-threaded',
        MARKERS['single-threaded'][1],
        'Het inkoopcentrum heeft 1 bekend lid: één contactpersoon is één zwakke schakel; bereik meer van de betrokkenen.',
      ),
      row(
        'single-threaded',
        { members: 2 },
        'Het inkoopcentrum heeft 2 bekende leden: één contactpersoon is één zwakke schakel; bereik meer van de betrokkenen.',
      ),
      row(
        'influential-blocker',
        MARKERS['influential-blocker'][0],
        'Invloedrijke blokkeerder (invloed ≥ 0,6): MKblocker.',
      ),
      row(
        'influential-blocker',
        MARKERS['influential-blocker'][1],
        'Invloedrijke blokkeerders (invloed ≥ 0,6): MKfirst en MKsecond.',
      ),
      row(
        'no-champion',
        MARKERS['no-champion'][0],
        'Geen champion: zonder champion komen veel aankopen nooit tot stand (Bonoma 1982).',
      ),
      row(
        'missing-role',
        MARKERS['missing-role'][0],
        'Geen beslisser voor de fase beslissing: geen lid dat ja of nee zegt tegen de aankoop en uiteindelijk het aanbod en de leverancier kiest.',
      ),
      row(
        'missing-role',
        MARKERS['missing-role'][1],
        'Geen adviseur voor de fase specificatie: geen lid dat de aankoopbeslissing beïnvloedt zonder de macht om die te nemen.',
      ),
      row(
        'missing-role',
        { role: 'initiator', step: 'need-recognition' },
        'Geen initiatiefnemer voor de fase behoefteherkenning: geen lid dat herkent dat een probleem van de organisatie kan worden opgelost of vermeden door een product of dienst te kopen.',
      ),
      row(
        'missing-role',
        { role: 'user', step: 'specification' },
        'Geen gebruiker voor de fase specificatie: geen lid dat het product of de dienst gebruikt (vaak zet die de aankoop in gang en helpt die de specificatie te bepalen).',
      ),
      row(
        'missing-role',
        { role: 'prescriber', step: 'specification' },
        'Geen voorschrijver voor de fase specificatie: geen lid dat het product of de dienst definieert die aan de behoefte voldoet (de specificeerder, vaak een technisch expert, intern of extern).',
      ),
      row(
        'missing-role',
        { role: 'gatekeeper', step: 'supplier-search' },
        'Geen gatekeeper voor de fase zoeken naar leveranciers: geen lid dat de informatiestroom en de toegang van leveranciers tot het inkoopcentrum beheerst (inkooppersoneel, assistenten, een lijst van goedgekeurde leveranciers).',
      ),
      row(
        'missing-role',
        { role: 'buyer', step: 'negotiation' },
        'Geen koper voor de fase onderhandeling: geen lid dat potentiële leveranciers zoekt, informatie over hen verzamelt en over de voorwaarden onderhandelt (de inkoper).',
      ),
      row(
        'missing-role',
        { role: 'approver', step: 'decision' },
        'Geen goedkeurder voor de fase beslissing: geen lid dat de voorgestelde acties van beslissers of kopers goedkeurt, doorgaans het budget.',
      ),
      row(
        'buyclass-base',
        MARKERS['buyclass-base'][0],
        'Een nieuwe aankoop: een basis van 7 personen (voor 250–999 werknemers, gemiddelde complexiteit, routinematig).',
      ),
      row(
        'buyclass-base',
        { buyclass: 'straight-rebuy', base: 1 },
        'Een ongewijzigde herhalingsaankoop: een basis van 1 persoon (voor 250–999 werknemers, gemiddelde complexiteit, routinematig).',
      ),
      row('complexity-factor', MARKERS['complexity-factor'][0], 'Complexiteit hoog: × 1,3.'),
      row('complexity-factor', { complexity: 'low', factor: 0.8 }, 'Complexiteit laag: × 0,8.'),
      row('importance-factor', MARKERS['importance-factor'][0], 'Een strategische aankoop: × 1,2.'),
      row('importance-factor', { importance: 'banal', factor: 1 }, 'Een routinematige aankoop: × 1.'),
      row('employees-factor', MARKERS['employees-factor'][0], '40 werknemers (minder dan 50): × 0,6.'),
      row('employees-factor', MARKERS['employees-factor'][1], '5000 werknemers: × 1,4.'),
      row('budget-share-factor', MARKERS['budget-share-factor'][0], '30% van het budget: × 1,25.'),
      row(
        'budget-share-factor',
        MARKERS['budget-share-factor'][1],
        '30% van het budget: × 1,25; een aanzienlijk budget, dus beslist niet één persoon (minstens 2).',
      ),
      row('capped-by-employees', MARKERS['capped-by-employees'][0], 'Niet meer personen dan de 3 werknemers.'),
      row('capped-by-employees', { employees: 1 }, 'Niet meer personen dan de 1 werknemer.'),
    ]);
  });

  describe('transition', () => {
    // terminal statuses, events not taken (in a step, after the purchase ended), and every guard
    check([
      row(
        'terminal',
        MARKERS['terminal'][0],
        'de aankoop is gegund; er zijn geen gebeurtenissen meer mogelijk, behalve een prestatiebeoordeling',
      ),
      row('terminal', MARKERS['terminal'][1], 'de aankoop is afgebroken; er zijn geen gebeurtenissen meer mogelijk'),
      row(
        'not-allowed',
        MARKERS['not-allowed'][0],
        '„beslissing gevraagd” (decisionRequested) is niet mogelijk in de fase behoefteherkenning; mogelijk zijn: behoefte vastgesteld en terug naar een eerdere stap',
      ),
      row(
        'not-allowed',
        MARKERS['not-allowed'][1],
        '„behoefte vastgesteld” (needQualified) is niet mogelijk nu de aankoop afgebroken is; mogelijk zijn: geen',
      ),
      // after the award: only the performance review
      row(
        'not-allowed',
        { event: 'needQualified', status: 'awarded', accepted: ['performanceReviewed'] },
        '„behoefte vastgesteld” (needQualified) is niet mogelijk nu de aankoop gegund is; mogelijk zijn: prestatie beoordeeld',
      ),
      row(
        'guard',
        MARKERS['guard'][0],
        'de gebeurtenis is gedateerd MKat, vóór de laatste gebeurtenis van de aankoop (MKlast)',
      ),
      row(
        'guard',
        MARKERS['guard'][1],
        '„leverancier gekozen” (supplierSelected) moet worden vastgelegd door een beslisser of een goedkeurder van het inkoopcentrum; er is geen lid genoemd (by)',
      ),
      row(
        'guard',
        MARKERS['guard'][2],
        '„leverancier gekozen” (supplierSelected) moet worden vastgelegd door een beslisser van het inkoopcentrum; "MKby" is geen lid',
      ),
      row(
        'guard',
        MARKERS['guard'][3],
        '„leverancier gekozen” (supplierSelected) moet worden vastgelegd door een beslisser van het inkoopcentrum; "MKby" is zonder rol',
      ),
      row(
        'guard',
        MARKERS['guard'][4],
        '„leverancier gekozen” (supplierSelected) moet worden vastgelegd door een beslisser van het inkoopcentrum; "MKby" is gebruiker en koper',
      ),
      row('guard', MARKERS['guard'][5], 'eis "MKid" staat al in de specificatie'),
      row('guard', MARKERS['guard'][6], 'leverancier "MKid" staat al op de lijst (op de shortlist)'),
      row('guard', MARKERS['guard'][7], 'er staat geen eis "MKid" in de specificatie'),
      row(
        'guard',
        MARKERS['guard'][8],
        'de specificatie heeft minstens één verplichte eis nodig voordat ze wordt goedgekeurd; ze heeft er geen',
      ),
      row('guard', MARKERS['guard'][9], 'er staat geen leverancier "MKid" op de lijst van deze aankoop'),
      row('guard', MARKERS['guard'][10], 'leverancier "MKid" is uitgesloten'),
      row(
        'guard',
        MARKERS['guard'][11],
        'voor de onderhandeling zijn minstens 3 leveranciers op de shortlist nodig; 1 staat op de shortlist',
      ),
      row(
        'guard',
        MARKERS['guard'][12],
        'voor de onderhandeling is minstens 1 leverancier op de shortlist nodig in een niet-openbare procedure; 0 staan op de shortlist',
      ),
      row(
        'guard',
        MARKERS['guard'][13],
        'elke leverancier die niet is uitgesloten, wordt uitgenodigd in te schrijven; zet eerst "MKu1" en "MKu2" op de shortlist of sluit ze uit',
      ),
      row(
        'guard',
        MARKERS['guard'][14],
        'voor de onderhandeling zijn minstens 2 leveranciers op de shortlist nodig, of allen die zich kwalificeren als dat er minder zijn; 2 staan op de shortlist en over "MKu1" is nog niet beslist (niet op de shortlist, niet uitgesloten)',
      ),
      row(
        'guard',
        MARKERS['guard'][15],
        'voor de onderhandeling zijn minstens 2 leveranciers op de shortlist nodig, of allen die zich kwalificeren als dat er minder zijn; 1 staat op de shortlist',
      ),
      row(
        'guard',
        MARKERS['guard'][16],
        'een offerte van "MKid" vereist dat de leverancier eerst op de shortlist staat; de leverancier is gevonden',
      ),
      row(
        'guard',
        MARKERS['guard'][17],
        '"MKid" heeft al ingeschreven, en over inschrijvingen wordt niet onderhandeld in een openbare procedure',
      ),
      row(
        'guard',
        MARKERS['guard'][18],
        '"MKid" heeft al ingeschreven, en over inschrijvingen wordt niet onderhandeld',
      ),
      row(
        'guard',
        MARKERS['guard'][19],
        'de beslissing vereist offertes van minstens 3 leveranciers; 0 offertes ontvangen',
      ),
      row(
        'guard',
        MARKERS['guard'][20],
        'de beslissing vereist offertes van minstens 1 leverancier bij een overheidsaankoop onder de Europese drempels; 1 offerte ontvangen',
      ),
      row('guard', MARKERS['guard'][21], 'leverancier "MKid" heeft geen offerte gedaan'),
      row(
        'guard',
        MARKERS['guard'][22],
        'leverancier "MKid" heeft geen offerte gedaan (alleen bij de zittende leverancier mag zonder offerte worden nabesteld)',
      ),
      row(
        'guard',
        MARKERS['guard'][23],
        'een terugstap gaat naar een eerdere fase; beslissing komt niet vóór specificatie',
      ),
      row('guard', MARKERS['guard'][24], 'een terugstap gaat naar een eerdere fase; beslissing komt niet vóór gegund'),
      row(
        'guard',
        MARKERS['guard'][25],
        'het beleid van een nieuwe aankoop staat geen sprong van specificatie naar beslissing toe',
      ),
      row(
        'guard',
        MARKERS['guard'][26],
        'het beleid van een openbare procedure staat geen sprong van specificatie naar beslissing toe',
      ),
      row(
        'guard',
        MARKERS['guard'][27],
        'een sprong van behoefteherkenning naar onderhandeling vereist bekende leveranciers; bij de start is er geen gegeven',
      ),
      row(
        'guard',
        MARKERS['guard'][28],
        'een sprong van behoefteherkenning naar beslissing vereist een zittende leverancier; die is er niet',
      ),
      row(
        'guard',
        GUARD_PARAMS[0],
        'de gebeurtenis is gedateerd 2026-03-01T09:00:00Z, vóór de laatste gebeurtenis van de aankoop (2026-03-02T09:00:00Z)',
      ),
      row(
        'guard',
        GUARD_PARAMS[1],
        '„leverancier gekozen” (supplierSelected) moet worden vastgelegd door een beslisser of een koper van het inkoopcentrum; "m1" is gebruiker',
      ),
      row(
        'guard',
        GUARD_PARAMS[2],
        '„behoefte vastgesteld” (needQualified) moet worden vastgelegd door een initiatiefnemer van het inkoopcentrum; er is geen lid genoemd (by)',
      ),
      row('guard', GUARD_PARAMS[3], 'eis "r1" staat al in de specificatie'),
      row('guard', GUARD_PARAMS[4], 'leverancier "s1" staat al op de lijst (op de shortlist)'),
      row('guard', GUARD_PARAMS[5], 'er staat geen eis "r9" in de specificatie'),
      row(
        'guard',
        GUARD_PARAMS[6],
        'de specificatie heeft minstens één verplichte eis nodig voordat ze wordt goedgekeurd; ze heeft er geen',
      ),
      row('guard', GUARD_PARAMS[7], 'er staat geen leverancier "s9" op de lijst van deze aankoop'),
      row('guard', GUARD_PARAMS[8], 'leverancier "s2" is uitgesloten'),
      row(
        'guard',
        GUARD_PARAMS[9],
        'voor de onderhandeling zijn minstens 2 leveranciers op de shortlist nodig; 1 staat op de shortlist',
      ),
      row(
        'guard',
        GUARD_PARAMS[10],
        'elke leverancier die niet is uitgesloten, wordt uitgenodigd in te schrijven in een openbare procedure; zet eerst "s3" en "s4" op de shortlist of sluit ze uit',
      ),
      row(
        'guard',
        GUARD_PARAMS[11],
        'een offerte van "s5" vereist dat de leverancier eerst op de shortlist staat; de leverancier is gevonden',
      ),
      row(
        'guard',
        GUARD_PARAMS[12],
        '"s1" heeft al ingeschreven, en over inschrijvingen wordt niet onderhandeld in een niet-openbare procedure',
      ),
      row('guard', GUARD_PARAMS[13], 'de beslissing vereist offertes van minstens 3 leveranciers; 1 offerte ontvangen'),
      row(
        'guard',
        GUARD_PARAMS[14],
        'leverancier "s6" heeft geen offerte gedaan (alleen bij de zittende leverancier mag zonder offerte worden nabesteld)',
      ),
      row('guard', GUARD_PARAMS[15], 'leverancier "s6" heeft geen offerte gedaan'),
      row(
        'guard',
        GUARD_PARAMS[16],
        'een terugstap gaat naar een eerdere fase; beslissing komt niet vóór specificatie',
      ),
      row(
        'guard',
        GUARD_PARAMS[17],
        'het beleid van een nieuwe aankoop staat geen sprong van specificatie naar onderhandeling toe',
      ),
      row(
        'guard',
        GUARD_PARAMS[18],
        'een sprong van behoefteherkenning naar onderhandeling vereist bekende leveranciers; bij de start is er geen gegeven',
      ),
      row(
        'guard',
        GUARD_PARAMS[19],
        'een sprong van behoefteherkenning naar beslissing vereist een zittende leverancier; die is er niet',
      ),
      // below the thresholds: a purchase, no procedure
      row(
        'guard',
        {
          guard: 'skip-not-allowed',
          from: 'specification',
          to: 'decision',
          buyclass: 'new-task',
          procedure: 'below-threshold',
        },
        'het beleid van een overheidsaankoop onder de Europese drempels staat geen sprong van specificatie naar beslissing toe',
      ),
      row(
        'guard',
        { guard: 'no-negotiation', id: 'MKid', procedure: 'framework-call-off' },
        '"MKid" heeft al ingeschreven, en over inschrijvingen wordt niet onderhandeld in een afroep uit een raamovereenkomst',
      ),
      // invite all, but nobody undecided: the minimum is said
      row(
        'guard',
        { guard: 'min-shortlisted', minShortlisted: 2, shortlisted: 1, inviteAll: 'always', undecided: [] },
        'voor de onderhandeling zijn minstens 2 leveranciers op de shortlist nodig; 1 staat op de shortlist',
      ),
      // undecided suppliers are named only when all who qualify are invited if fewer
      row(
        'guard',
        { guard: 'min-shortlisted', minShortlisted: 2, shortlisted: 1, undecided: ['MKu1'] },
        'voor de onderhandeling zijn minstens 2 leveranciers op de shortlist nodig; 1 staat op de shortlist',
      ),
      // a revisit asked after the purchase was abandoned
      row(
        'guard',
        { guard: 'not-earlier-step', to: 'specification', status: 'abandoned' },
        'een terugstap gaat naar een eerdere fase; specificatie komt niet vóór afgebroken',
      ),
    ]);
  });

  describe('evaluateOffers', () => {
    // the leading criterion, a missing lead time, the ranking
    check([
      row(
        'criterion-leading',
        MARKERS['criterion-leading'][0],
        '"MKsupplier" scoort 0,81; het meest door MKcriterion (0,4).',
      ),
      row(
        'criterion-missing',
        MARKERS['criterion-missing'][0],
        '"MKsupplier": geen levertijd aangeboden: lead-time scoort 0.',
      ),
      row(
        'ranked-not-selected',
        MARKERS['ranked-not-selected'][0],
        '1 offerte gerangschikt op MKprice 1; de keuze blijft aan de koper (supplierSelected).',
      ),
      row(
        'ranked-not-selected',
        MARKERS['ranked-not-selected'][1],
        '3 offertes gerangschikt op MKprice 0,6 en MKquality 0,4; de keuze blijft aan de koper (supplierSelected).',
      ),
    ]);
  });

  describe('crm', () => {
    // a role value (with and without a stance), a stage (a step, an outcome, neither), and the write-back
    check([
      row('mapped', MARKERS['mapped'][0], 'hubspot "MKvalue" → beslisser.'),
      row('mapped', MARKERS['mapped'][1], 'hubspot "MKvalue" → beslisser, goedkeurder en houding champion.'),
      row('mapped', MARKERS['mapped'][2], 'salesforce "MKvalue" → onderhandeling: MKwhy'),
      row('mapped', MARKERS['mapped'][3], 'salesforce "MKvalue" → gegund: MKwhy'),
      row('mapped', MARKERS['mapped'][4], 'salesforce "MKvalue" → geen uitkomst: MKwhy'),
      // open, no step: no outcome either
      row(
        'mapped',
        { crm: 'hubspot', value: 'MKvalue', deal: 'open', why: 'MKwhy' },
        'hubspot "MKvalue" → geen uitkomst: MKwhy',
      ),
      row('no-role', MARKERS['no-role'][0], 'dynamics "MKvalue" noemt geen rol in het inkoopcentrum.'),
      row(
        'unknown-value',
        MARKERS['unknown-value'][0],
        '"MKvalue" is geen waarde van de hubspot-tabel: niet gekoppeld in plaats van geraden.',
      ),
      row(
        'conflicting-stances',
        MARKERS['conflicting-stances'][0],
        'De waarden noemen verschillende houdingen (champion en blokkeerder): er wordt geen houding gegeven in plaats van er een te raden.',
      ),
      row(
        'seller-view',
        MARKERS['seller-view'][0],
        'Een CRM-fase volgt de deal van de verkoper, niet het proces van de koper: de fase is bij benadering (buygrids lezing).',
      ),
      row('closed', MARKERS['closed'][0], 'De deal is gesloten (gewonnen): de aankoop staat in geen open fase.'),
      row('closed', MARKERS['closed'][1], 'De deal is gesloten (verloren): de aankoop staat in geen open fase.'),
      row(
        'lost-ambiguous',
        MARKERS['lost-ambiguous'][0],
        'Een verloren deal zegt niet of de koper de aankoop heeft afgebroken of aan een concurrent heeft gegund: er wordt geen uitkomst gegeven; een verliesreden zou het zeggen.',
      ),
      row(
        'unknown-stage',
        MARKERS['unknown-stage'][0],
        '"MKstage" is geen fase van de salesforce-tabel (een eigen fase?): niet gekoppeld in plaats van geraden; geef de tabel van je eigen pijplijn mee.',
      ),
      row('written', MARKERS['written'][0], 'beslisser → hubspot "MKvalue".'),
      row('written', MARKERS['written'][1], 'houding champion → hubspot "MKvalue".'),
      row('lost', MARKERS['lost'][0], 'salesforce heeft geen waarde voor gatekeeper: niet geschreven.'),
      row('lost', MARKERS['lost'][1], 'salesforce heeft geen waarde voor houding scepticus: niet geschreven.'),
      row(
        'single-select',
        MARKERS['single-select'][0],
        'Salesforce OpportunityContactRole.Role neemt één waarde: schrijf daar de eerste, of `value` naar de meerkeuzelijst AccountContactRelation.Roles.',
      ),
    ]);
  });

  describe('analyzeProspect', () => {
    // actions (every revisit branch, every reducer and negotiation term), red flags, the reasons of the actions
    check([
      row(
        'win-over-the-blocker',
        MARKERS['win-over-the-blocker'][0],
        'Een invloedrijk lid blokkeert de aankoop of jou: achterhaal het bezwaar en beantwoord het via iemand die dat lid vertrouwt.',
      ),
      row(
        'find-the-decider',
        MARKERS['find-the-decider'][0],
        'Er is geen beslisser bekend: zoek uit wie ja of nee zegt en hoe je die bereikt.',
      ),
      row(
        'follow-the-revisit',
        MARKERS['follow-the-revisit'][0],
        'De koper is teruggegaan naar de fase specificatie: volg de procedure zoals bekendgemaakt en beantwoord elke nieuwe oproep; probeer haar niet te sturen (Richtlijn 2014/24/EU, art. 18 en 42).',
      ),
      row(
        'follow-the-revisit',
        MARKERS['follow-the-revisit'][1],
        'De koper bepaalt opnieuw wat hij koopt: neem deel aan de nieuwe specificatie en verdedig de klant — de plaats van een zittende leverancier is bij een gewijzigde herhalingsaankoop niet veilig.',
      ),
      row(
        'follow-the-revisit',
        MARKERS['follow-the-revisit'][2],
        'De koper bepaalt opnieuw wat hij koopt: een opening — zorg dat je over de nieuwe specificatie wordt geraadpleegd.',
      ),
      row(
        'follow-the-revisit',
        MARKERS['follow-the-revisit'][3],
        'De koper is teruggegaan naar de fase zoeken naar leveranciers: zoek uit wat er veranderd is en speel erop in voordat een concurrent het doet.',
      ),
      row(
        'follow-the-revisit',
        MARKERS['follow-the-revisit'][4],
        'De koper is teruggegaan naar de fase zoeken naar leveranciers: zoek uit wat er veranderd is — een heropende fase is een kans om binnen te komen.',
      ),
      row(
        'revive-the-purchase',
        MARKERS['revive-the-purchase'][0],
        'Er is al een tijd niets gebeurd: bel je contactpersoon, zoek uit wat blokkeert en stel de volgende concrete stap voor.',
      ),
      row(
        'meet-who-matters-now',
        MARKERS['meet-who-matters-now'][0],
        'Spreek nu MKname: het lid dat in de fase onderhandeling het zwaarst weegt en nog niet aan jouw kant staat.',
      ),
      row(
        'reach-missing-roles',
        MARKERS['reach-missing-roles'][0],
        'Niemand die je kent is een beslisser, en de fase beslissing heeft die nodig: vind ze.',
      ),
      row(
        'reach-missing-roles',
        MARKERS['reach-missing-roles'][1],
        'Niemand die je kent is een initiatiefnemer of een koper, en de fase behoefteherkenning heeft die nodig: vind ze.',
      ),
      row(
        'put-reducers-in-the-offer',
        MARKERS['put-reducers-in-the-offer'][0],
        'Neem in het aanbod op: referenties van vergelijkbare klanten; een proefbestelling of pilot; een garantie.',
      ),
      // the other reducers
      row(
        'put-reducers-in-the-offer',
        {
          reducers: [
            'site-visit',
            'certification',
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
        'Neem in het aanbod op: een bezoek aan de vestiging van de leverancier; een certificering door een derde (kwaliteitssysteem, producttests); een service level agreement met boetes; betaling in termijnen, tegen mijlpalen; prijzen in de valuta van de koper; een gedetailleerde specificatie; de betrokken leden bij de keuze betrekken; een buffervoorraad; een tweede bron; een valuta-afdekking (termijncontract).',
      ),
      row(
        'prepare-the-terms',
        MARKERS['prepare-the-terms'][0],
        'Bereid de onderhandeling rond het risico voor: Bied betalingsvoorwaarden die het risico van de koper beperken: betaling in termijnen tegen mijlpalen, een prijsherzieningsclausule. Prijs in de valuta van de koper of spreek een indexeringsclausule af: het wisselkoersrisico hoort bij de voorwaarden.',
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
        'Bereid de onderhandeling rond het risico voor: Neem acceptatietests en een prestatiegarantie op in het contract: de koper betaalt voor resultaten die hij kan controleren. Verbind je aan leverdata met boetes, en zeg hoe de toelevering is gewaarborgd. Verwacht vragen over je soliditeit: houd jaarrekeningen, referenties en een concern- of bankgarantie gereed. Bied een service level agreement: responstijden en beschikbaarheid van reserveonderdelen, met boetes. Geef de betrokkenen wat ze nodig hebben om de keuze intern te verdedigen: referenties van vakgenoten, een gezamenlijke evaluatie.',
      ),
      row(
        'find-a-champion',
        MARKERS['find-a-champion'][0],
        'Zoek een champion: iemand binnen de organisatie die deze aankoop wil en hem intern verkoopt.',
      ),
      row(
        'widen-the-contacts',
        MARKERS['widen-the-contacts'][0],
        'Bereik meer van de betrokkenen: één contactpersoon is één zwakke schakel.',
      ),
      row(
        'serve-the-purpose',
        MARKERS['serve-the-purpose'][0],
        'De koper verkoopt door: de vraag van zijn klanten beslist — bied marge, beschikbaarheid en hulp bij de doorverkoop.',
      ),
      row(
        'serve-the-purpose',
        MARKERS['serve-the-purpose'][1],
        'De koper maakt er andere goederen mee: conformiteit met de specificatie, kwaliteit en continuïteit van levering wegen het zwaarst.',
      ),
      row(
        'serve-the-purpose',
        MARKERS['serve-the-purpose'][2],
        'De koper gebruikt het voor zijn eigen bedrijfsvoering: totale gebruikskosten, betrouwbaarheid en service wegen het zwaarst.',
      ),
      row(
        'follow-downstream-demand',
        MARKERS['follow-downstream-demand'][0],
        'De vraag van zijn eigen klanten groeit: laat zien dat je kunt bijbenen — capaciteit, levertijden, schaalbaarheid.',
      ),
      row(
        'follow-downstream-demand',
        MARKERS['follow-downstream-demand'][1],
        'De vraag van zijn eigen klanten is stabiel: concurreer op efficiëntie en betrouwbaarheid van levering.',
      ),
      row(
        'follow-downstream-demand',
        MARKERS['follow-downstream-demand'][2],
        'De vraag van zijn eigen klanten daalt: verwacht kostendruk en kleinere volumes — bied flexibiliteit en lagere verplichtingen.',
      ),
      row(
        'stalled',
        MARKERS['stalled'][0],
        'Al 45 dagen geen gebeurtenis in de fase onderhandeling (stilgevallen vanaf 30 dagen, een aanname).',
      ),
      // one day, cut down
      row(
        'stalled',
        { days: 1.9, step: 'decision', after: 1 },
        'Al 1 dag geen gebeurtenis in de fase beslissing (stilgevallen vanaf 1 dag, een aanname).',
      ),
      row(
        'going-back',
        MARKERS['going-back'][0],
        'De aankoop is teruggegaan naar de fase specificatie: de koper heroverweegt.',
      ),
      row(
        'engage',
        MARKERS['engage'][0],
        'MKname (beslisser): deelname 0,9 in de fase beslissing × invloed 0,8 = 0,72.',
      ),
      row(
        'engage',
        MARKERS['engage'][1],
        'MKname (geen bekende rol): deelname 0 in de fase beslissing × invloed 0,8 = 0; neutraal.',
      ),
      row(
        'perceived-risk',
        MARKERS['perceived-risk'][0],
        'Het waargenomen risico van de koper is hoog (0,61), vooral door leverancier en prestatie.',
      ),
      row(
        'risk-driver',
        MARKERS['risk-driver'][0],
        'Valuta drijft het waargenomen risico: dat bepaalt de voorwaarden (een Nederlandse B2B-marketingtekst).',
      ),
      // capitalized, several words
      row(
        'risk-driver',
        { dimension: 'after-sales' },
        'Service na verkoop drijft het waargenomen risico: dat bepaalt de voorwaarden (een Nederlandse B2B-marketingtekst).',
      ),
      row(
        'approach',
        MARKERS['approach'][0],
        'Bij een nieuwe aankoop verzamelen de kopers de meeste informatie en wegen ze de meeste alternatieven af; wie helpt de behoefte te bepalen, geeft de specificatie vorm (een Franse B2B-marketingtekst: wees stroomopwaarts aanwezig; Robinson, Faris & Wind 1967).',
      ),
      row(
        'approach',
        MARKERS['approach'][1],
        'Boven de Europese drempels wordt een procedure ingeleid met aankondigingen in het Publicatieblad van de EU (Richtlijn 2014/24/EU, art. 48, 49 en 51).',
      ),
      row(
        'approach',
        MARKERS['approach'][2],
        'Bij een strategische aankoop ziet het inkoopcentrum meer risico en weegt het de betrouwbaarheid van de leverancier zwaar (een Franse B2B-marketingtekst, naar Salle, Valla & Michel van de Lyonse school; vanuit een Kraljic-kwadrant, buygrids lezing: strategische producten en knelpuntproducten).',
      ),
      row(
        'approach',
        { action: 'get-in-early' },
        'Bij een nieuwe aankoop verzamelen de kopers de meeste informatie en wegen ze de meeste alternatieven af; wie helpt de behoefte te bepalen, geeft de specificatie vorm (een Franse B2B-marketingtekst: wees stroomopwaarts aanwezig; Robinson, Faris & Wind 1967).',
      ),
      row(
        'approach',
        { action: 'leverage-the-relationship' },
        'Bij een nieuwe aankoop verzamelen de kopers de meeste informatie en wegen ze de meeste alternatieven af; wie helpt de behoefte te bepalen, geeft de specificatie vorm (een Franse B2B-marketingtekst: wees stroomopwaarts aanwezig; Robinson, Faris & Wind 1967). Een zittende leverancier heeft al toegang; bij een nieuwe aankoop concurreert hij toch met iedereen.',
      ),
      row(
        'approach',
        { action: 'reach-the-whole-center' },
        'Bij een nieuwe aankoop is het inkoopcentrum het grootst en beslist het hoger management mee (Kotler & Armstrong, hfst. 6; Johnston & Bonoma 1981).',
      ),
      row(
        'approach',
        { action: 'reduce-perceived-risk' },
        'Hoe hoger de kosten of het risico van een nieuwe aankoop, hoe meer informatie de kopers zoeken (Kotler & Armstrong, hfst. 6).',
      ),
      row(
        'approach',
        { action: 'defend-the-account' },
        'Bij een gewijzigde herhalingsaankoop wil de koper specificaties, prijzen, voorwaarden of leveranciers veranderen: zittende leveranciers verdedigen de klant, buitenstaanders zien een kans (Kotler & Armstrong, hfst. 6).',
      ),
      row(
        'approach',
        { action: 'fix-dissatisfaction' },
        'Bij een gewijzigde herhalingsaankoop wil de koper specificaties, prijzen, voorwaarden of leveranciers veranderen: zittende leveranciers verdedigen de klant, buitenstaanders zien een kans (Kotler & Armstrong, hfst. 6).',
      ),
      row(
        'approach',
        { action: 'seize-the-opening' },
        'Bij een gewijzigde herhalingsaankoop wil de koper specificaties, prijzen, voorwaarden of leveranciers veranderen: zittende leveranciers verdedigen de klant, buitenstaanders zien een kans (Kotler & Armstrong, hfst. 6).',
      ),
      row(
        'approach',
        { action: 'get-on-the-shortlist' },
        'Bij een gewijzigde herhalingsaankoop worden nieuwe alternatieven maar beperkt overwogen (Robinson, Faris & Wind 1967).',
      ),
      row(
        'approach',
        { action: 'keep-the-routine' },
        'Bij een ongewijzigde herhalingsaankoop bestelt de koper opnieuw bij de vaste leverancier zolang levering, kwaliteit en prijs voldoen; dat evenwicht is moeilijk te doorbreken (Kotler & Armstrong, hfst. 6; een Franse B2B-marketingtekst: intensief commercieel werk bij een herhalingsaankoop).',
      ),
      row(
        'approach',
        { action: 'automate-reordering' },
        'Zittende leveranciers houden een ongewijzigde herhalingsaankoop vast door de koper tijd te besparen: ze "often propose automatic reordering systems" (Kotler & Armstrong, Principles of Marketing, edities vóór de 17e, hfst. 6).',
      ),
      row(
        'approach',
        { action: 'reframe-the-need' },
        'Bij een ongewijzigde herhalingsaankoop bestelt de koper opnieuw bij de vaste leverancier zolang levering, kwaliteit en prijs voldoen; dat evenwicht is moeilijk te doorbreken (Kotler & Armstrong, hfst. 6; een Franse B2B-marketingtekst: intensief commercieel werk bij een herhalingsaankoop). Buitenstaanders proberen iets nieuws te bieden of ontevredenheid te benutten, zodat de koper hen overweegt.',
      ),
      row(
        'approach',
        { action: 'win-a-trial-order' },
        'Buitenstaanders "find new ways to add value or exploit dissatisfaction" (Kotler & Armstrong, 17e ed., hfst. 6); een kleine proefbestelling verlaagt voor de koper het risico om hen te proberen (proefaankoop, The Marketing Book, 5e ed., hfst. 7, p. 149) — de tactiek is buygrids lezing.',
      ),
      row(
        'approach',
        { action: 'perform-the-contract' },
        'Aanzienlijke of blijvende tekortkomingen bij de uitvoering van een eerdere overheidsopdracht die hebben geleid tot vroegtijdige beëindiging, schadevergoeding of vergelijkbare sancties zijn een uitsluitingsgrond (Richtlijn 2014/24/EU, art. 57, lid 4, onder g).',
      ),
      row(
        'approach',
        { action: 'join-market-consultation' },
        'Een aanbestedende dienst mag de markt raadplegen om een aanbesteding voor te bereiden en het advies alleen gebruiken als dat de mededinging niet vervalst en non-discriminatie en transparantie niet schendt (Richtlijn 2014/24/EU, art. 40). Informatie van een gegadigde die heeft meegedaan, wordt gedeeld met de andere gegadigden, en de gegadigde wordt uitgesloten als gelijke behandeling niet anders te verzekeren is (art. 41 en 57, lid 4, onder f); specificaties mogen niet verwijzen naar een merk of herkomst die één leverancier bevoordeelt, tenzij het voorwerp van de opdracht dat rechtvaardigt (art. 42, lid 4).',
      ),
      row(
        'approach',
        { action: 'qualify-for-the-procedure' },
        'Gegadigden worden geselecteerd op de criteria van Richtlijn 2014/24/EU, art. 58, nadat de uitsluitingsgronden van art. 57 zijn getoetst; het UEA wordt aanvaard als voorlopig bewijs (art. 59).',
      ),
      row(
        'approach',
        { action: 'follow-the-procedure' },
        'Aanbestedende diensten behandelen ondernemers gelijk en handelen transparant (Richtlijn 2014/24/EU, art. 18, lid 1) en gunnen aan de economisch meest voordelige inschrijving op de bekendgemaakte criteria (art. 67); proberen de besluitvorming onrechtmatig te beïnvloeden of vertrouwelijke informatie te verkrijgen is een uitsluitingsgrond (art. 57, lid 4, onder i).',
      ),
      row(
        'approach',
        { action: 'follow-the-call-off-terms' },
        'Opdrachten op grond van een raamovereenkomst worden gegund binnen de voorwaarden ervan, of na een nieuwe mededinging tussen de partijen (Richtlijn 2014/24/EU, art. 33, lid 3 tot en met 5).',
      ),
      row(
        'approach',
        { action: 'prepare-for-the-next-framework' },
        'Opdrachten op grond van een raamovereenkomst worden alleen gegund tussen de aanbestedende diensten en de ondernemers die partij zijn bij de overeenkomst (Richtlijn 2014/24/EU, art. 33, lid 2).',
      ),
      row(
        'approach',
        { action: 'join-the-dynamic-purchasing-system' },
        'Een dynamisch aankoopsysteem staat gedurende zijn hele looptijd open voor elke ondernemer die aan de selectiecriteria voldoet (Richtlijn 2014/24/EU, art. 34), en elke toegelaten deelnemer wordt uitgenodigd voor elke specifieke opdracht (art. 34, lid 6).',
      ),
      row(
        'approach',
        { action: 'check-the-national-rules' },
        'De richtlijn geldt boven de drempels van Richtlijn 2014/24/EU, art. 4; voor lagere bedragen gelden nationale regels, die de algemene beginselen van het EU-recht moeten blijven eerbiedigen (Europese Commissie, "Thresholds").',
      ),
      row(
        'approach',
        { action: 'answer-the-invitation' },
        'De onderhandelingsprocedure zonder voorafgaande bekendmaking is alleen toegestaan in de gevallen van Richtlijn 2014/24/EU, art. 32 (geen geschikte inschrijving in een eerdere procedure, één mogelijke leverancier, dwingende spoed, aanvullende leveringen…).',
      ),
      row(
        'purpose',
        MARKERS['purpose'][0],
        'De organisatie koopt voor doorverkoop (een Griekse marketingtekst); wat dat van het aanbod vraagt, is buygrids lezing.',
      ),
      row(
        'purpose',
        MARKERS['purpose'][1],
        'De organisatie koopt voor productie (een Griekse marketingtekst); wat dat van het aanbod vraagt, is buygrids lezing.',
      ),
      row(
        'purpose',
        MARKERS['purpose'][2],
        'De organisatie koopt voor eigen gebruik (een Griekse marketingtekst); wat dat van het aanbod vraagt, is buygrids lezing.',
      ),
      row(
        'derived-demand',
        MARKERS['derived-demand'][0],
        'De vraag van een bedrijf is afgeleid van de vraag van zijn eigen klanten (een Franse B2B-marketingtekst: de beslissing van de klant hangt grotendeels af van de behoeften van zijn eigen klanten).',
      ),
      row(
        'payment-terms',
        MARKERS['payment-terms'][0],
        'Bied betalingsvoorwaarden die het risico van de koper beperken: betaling in termijnen tegen mijlpalen, een prijsherzieningsclausule.',
      ),
      row(
        'performance-guarantee',
        MARKERS['performance-guarantee'][0],
        'Neem acceptatietests en een prestatiegarantie op in het contract: de koper betaalt voor resultaten die hij kan controleren.',
      ),
      row(
        'delivery-commitment',
        MARKERS['delivery-commitment'][0],
        'Verbind je aan leverdata met boetes, en zeg hoe de toelevering is gewaarborgd.',
      ),
      row(
        'supplier-assurance',
        MARKERS['supplier-assurance'][0],
        'Verwacht vragen over je soliditeit: houd jaarrekeningen, referenties en een concern- of bankgarantie gereed.',
      ),
      row(
        'service-level',
        MARKERS['service-level'][0],
        'Bied een service level agreement: responstijden en beschikbaarheid van reserveonderdelen, met boetes.',
      ),
      row(
        'currency-clause',
        MARKERS['currency-clause'][0],
        'Prijs in de valuta van de koper of spreek een indexeringsclausule af: het wisselkoersrisico hoort bij de voorwaarden.',
      ),
      row(
        'shared-decision',
        MARKERS['shared-decision'][0],
        'Geef de betrokkenen wat ze nodig hebben om de keuze intern te verdedigen: referenties van vakgenoten, een gezamenlijke evaluatie.',
      ),
    ]);
  });

  describe('accountHistory', () => {
    // the stage (latest won or not, one award or several), the supplier's relationship, the trend
    check([
      row(
        'stage',
        MARKERS['stage'][0],
        '0 van 0 gegunde aankopen gewonnen: fase vóór de relatie (naar Ford 1980; de drempels zijn buygrids lezing).',
      ),
      row(
        'stage',
        MARKERS['stage'][1],
        '1 van 1 gegunde aankoop gewonnen, de laatste inbegrepen: beginfase (naar Ford 1980; de drempels zijn buygrids lezing).',
      ),
      row(
        'stage',
        MARKERS['stage'][2],
        '3 van 5 gegunde aankopen gewonnen, de laatste inbegrepen: ontwikkelingsfase (naar Ford 1980; de drempels zijn buygrids lezing).',
      ),
      row(
        'stage',
        MARKERS['stage'][3],
        '6 van 7 gegunde aankopen gewonnen: langetermijnfase (naar Ford 1980; de drempels zijn buygrids lezing).',
      ),
      row('relationship', MARKERS['relationship'][0], 'MKsupplier won de laatste gunning: de zittende leverancier.'),
      row(
        'relationship',
        MARKERS['relationship'][1],
        'MKsupplier deed mee aan eerdere aankopen maar kreeg de laatste gunning niet.',
      ),
      row('relationship', MARKERS['relationship'][2], 'MKsupplier komt in geen aankoop van deze klant voor.'),
      row('trend', MARKERS['trend'][0], 'Van nieuwe aankoop naar ongewijzigde herhalingsaankoop: naar routine.'),
      row('trend', MARKERS['trend'][1], 'Van gewijzigde herhalingsaankoop naar gewijzigde herhalingsaankoop: stabiel.'),
      row('trend', MARKERS['trend'][2], 'Van ongewijzigde herhalingsaankoop naar nieuwe aankoop: weer open.'),
    ]);
  });
});

describe('every Dutch template of explain’s texts', () => {
  describe('common', () => {
    // pieces several kinds share
    it.each([
      ['list', () => t.common.list(['koper', 'beslisser', 'gebruiker'], f), 'koper, beslisser en gebruiker'],
      ['more', () => t.common.more(3, f), 'en nog 3'],
    ] as const)('%s', (_, text, expected) => {
      expect(text()).toBe(expected);
    });
  });

  describe('a purchase', () => {
    // purchase-state, transition-result, replay-result: days one, other and a fraction; a re-order or not
    it.each([
      [
        'open, 31 days',
        () =>
          t['purchase-state'].open({ id: 'p1', need: 'Heftrucks', step: 'specificatie', index: 2, of: 5, days: 31 }, f),
        'p1 (Heftrucks) · specificatie, stap 2 van 5 · 31 dagen bezig',
      ],
      [
        'open, 1 day',
        () =>
          t['purchase-state'].open(
            { id: 'p1', need: 'Heftrucks', step: 'behoefteherkenning', index: 1, of: 5, days: 1 },
            f,
          ),
        'p1 (Heftrucks) · behoefteherkenning, stap 1 van 5 · 1 dag bezig',
      ],
      [
        'open, 1.5 days',
        () =>
          t['purchase-state'].open(
            { id: 'p1', need: 'Heftrucks', step: 'behoefteherkenning', index: 1, of: 5, days: 1.5 },
            f,
          ),
        'p1 (Heftrucks) · behoefteherkenning, stap 1 van 5 · 1,5 dagen bezig',
      ],
      [
        'awarded as a re-order',
        () => t['purchase-state'].awarded({ id: 'p2', need: 'Pallets', supplier: 's1', days: 10, reorder: true }, f),
        'p2 (Pallets) · gegund aan s1 als herhalingsbestelling na 10 dagen',
      ],
      [
        'awarded',
        () => t['purchase-state'].awarded({ id: 'p2', need: 'Pallets', supplier: 's1', days: 1, reorder: false }, f),
        'p2 (Pallets) · gegund aan s1 na 1 dag',
      ],
      [
        'abandoned',
        () =>
          t['purchase-state'].abandoned(
            { id: 'p3', need: 'Pallets', step: 'onderhandeling', reason: 'budget', days: 4.5 },
            f,
          ),
        'p3 (Pallets) · afgebroken in de fase onderhandeling na 4,5 dagen: budget',
      ],
      ['requirements 0', () => t['purchase-state'].requirements(0, f), '0 eisen'],
      ['requirements 1', () => t['purchase-state'].requirements(1, f), '1 eis'],
      ['requirements 2', () => t['purchase-state'].requirements(2, f), '2 eisen'],
      ['shortlisted', () => t['purchase-state'].shortlisted(2, f), '2 op de shortlist'],
      ['offers 1', () => t['purchase-state'].offers(1, f), '1 offerte'],
      ['offers 3', () => t['purchase-state'].offers(3, f), '3 offertes'],
      [
        'revisits 1',
        () => t['purchase-state'].revisits({ count: 1, steps: 'specificatie' }, f),
        '1 terugstap (specificatie)',
      ],
      [
        'revisits 2',
        () => t['purchase-state'].revisits({ count: 2, steps: 'specificatie, zoeken naar leveranciers' }, f),
        '2 terugstappen (specificatie, zoeken naar leveranciers)',
      ],
      [
        'refused',
        () =>
          t['transition-result'].refused({
            rule: 'te weinig offertes',
            message: 'de beslissing vereist offertes van minstens 3 leveranciers; 1 offerte ontvangen',
          }),
        'geweigerd (te weinig offertes): de beslissing vereist offertes van minstens 3 leveranciers; 1 offerte ontvangen',
      ],
      [
        'replay refused',
        () =>
          t['replay-result'].refused(
            {
              index: 3,
              rule: 'te weinig leveranciers op de shortlist',
              message:
                'voor de onderhandeling is minstens 1 leverancier op de shortlist nodig; 0 staan op de shortlist',
            },
            f,
          ),
        'gestopt bij events[3], geweigerd (te weinig leveranciers op de shortlist): voor de onderhandeling is minstens 1 leverancier op de shortlist nodig; 0 staan op de shortlist',
      ],
    ] as const)('%s', (_, text, expected) => {
      expect(text()).toBe(expected);
    });
  });

  describe('the situation', () => {
    // purchase-situation, buyclass-result, portfolio-result, organization-result (with and without a size), approach
    it.each([
      [
        'quadrant',
        () => t['purchase-situation'].quadrant({ quadrant: 'hefboomproducten', importance: 'routinematig' }),
        'Kraljic: hefboomproducten (routinematig)',
      ],
      ['importance', () => t['purchase-situation'].importance({ importance: 'strategisch' }), 'strategisch'],
      [
        'procedure',
        () => t['purchase-situation'].procedure({ regime: 'overheidsaanbesteding', procedure: 'openbare procedure' }),
        'overheidsaanbesteding, openbare procedure',
      ],
      [
        'buyclass',
        () => t['buyclass-result'].buyclass({ buyclass: 'gewijzigde herhalingsaankoop', confidence: '0,3' }),
        'gewijzigde herhalingsaankoop (zekerheid 0,3)',
      ],
      [
        'portfolio',
        () =>
          t['portfolio-result'].quadrant({
            quadrant: 'hefboomproducten',
            importance: 'routinematig',
            profitImpact: '0,6',
            supplyRisk: '0,3',
            threshold: '0,5',
          }),
        'Kraljic: hefboomproducten (routinematig): invloed op de winst 0,6, toeleveringsrisico 0,3, drempel 0,5',
      ],
      [
        'organization',
        () => t['organization-result'].organization({ type: 'overheidsinstantie' }),
        'overheidsinstantie',
      ],
      [
        'organization with a size',
        () => t['organization-result'].organization({ type: 'onderneming', size: 'groot' }),
        'onderneming (groot)',
      ],
      [
        'action',
        () => t.approach.action({ rank: 1, message: 'Vraag om een kleine proefbestelling en bewijs je daarmee.' }, f),
        '1. Vraag om een kleine proefbestelling en bewijs je daarmee.',
      ],
    ] as const)('%s', (_, text, expected) => {
      expect(text()).toBe(expected);
    });
  });

  describe('the buying center', () => {
    // buying-center, buying-center-analysis, role-coverage (with and without a step), expected-size
    it.each([
      ['members 1', () => t['buying-center'].members(1, f), '1 lid'],
      ['members 2', () => t['buying-center'].members(2, f), '2 leden'],
      [
        'member with a stance',
        () => t['buying-center'].member({ name: 'Marta', roles: 'beslisser', stance: 'scepticus', influence: '0,9' }),
        'Marta (beslisser; scepticus; invloed 0,9)',
      ],
      [
        'member without a stance',
        () => t['buying-center'].member({ name: 'Jonas', roles: 'voorschrijver, gebruiker', influence: '0,6' }),
        'Jonas (voorschrijver, gebruiker; invloed 0,6)',
      ],
      ['summary 1', () => t['buying-center-analysis'].summary({ size: 1, support: '0,5' }, f), '1 lid, steun 0,5'],
      ['summary 2', () => t['buying-center-analysis'].summary({ size: 2, support: '0,1' }, f), '2 leden, steun 0,1'],
      [
        'key players',
        () => t['buying-center-analysis'].keyPlayers({ names: 'Marta, Jonas' }),
        'sleutelfiguren: Marta, Jonas',
      ],
      ['warnings 1', () => t['buying-center-analysis'].warnings(1, f), '1 waarschuwing'],
      ['warnings 2', () => t['buying-center-analysis'].warnings(2, f), '2 waarschuwingen'],
      [
        'covered in a step',
        () => t['role-coverage'].covered({ step: 'beslissing', covered: 1, roles: 2 }, f),
        'beslissing: 1 van 2 rollen bezet',
      ],
      [
        'covered, one role, no step',
        () => t['role-coverage'].covered({ covered: 1, roles: 1 }, f),
        '1 van 1 rol bezet',
      ],
      ['missing', () => t['role-coverage'].missing({ roles: 'goedkeurder' }), 'ontbreekt: goedkeurder'],
      [
        'expected size',
        () => t['expected-size'].size({ min: '5', typical: '6', max: '9' }),
        'verwacht inkoopcentrum: 5 tot 9 personen, doorgaans 6',
      ],
    ] as const)('%s', (_, text, expected) => {
      expect(text()).toBe(expected);
    });
  });

  describe('the risk', () => {
    // risk-assessment, risk-what-if, buying-center-risk
    it.each([
      ['score', () => t['risk-assessment'].score({ level: 'hoog', score: '0,39' }), 'hoog risico 0,39'],
      [
        'drivers',
        () => t['risk-assessment'].drivers({ dimensions: 'prestatie, leverancier' }),
        'risicobronnen: prestatie, leverancier',
      ],
      [
        'reducer',
        () => t['risk-assessment'].reducer({ reducer: 'referenties van vergelijkbare klanten', reduction: '0,09' }),
        'beste risicoverlager: referenties van vergelijkbare klanten (-0,09)',
      ],
      [
        'not assessed',
        () => t['risk-assessment'].notAssessed({ dimensions: 'financieel, valuta' }),
        'niet beoordeeld: financieel, valuta',
      ],
      [
        'change',
        () => t['risk-what-if'].change({ before: 'hoog risico 0,39', after: 'laag risico 0,1', delta: '-0,3' }),
        'hoog risico 0,39 → laag risico 0,1 (-0,3)',
      ],
      [
        'largest',
        () => t['risk-what-if'].largest({ dimension: 'leverancier', delta: '-0,35' }),
        'grootste verandering: leverancier -0,35',
      ],
      [
        'center score',
        () => t['buying-center-risk'].score({ level: 'hoog', score: '0,38' }),
        'hoog risico 0,38, gewogen over het inkoopcentrum',
      ],
      [
        'highest',
        () => t['buying-center-risk'].highest({ member: 'Marta', level: 'hoog', score: '0,43' }),
        'hoogste: Marta (hoog 0,43)',
      ],
    ] as const)('%s', (_, text, expected) => {
      expect(text()).toBe(expected);
    });
  });

  describe('the account', () => {
    // prospect-analysis (with and without a name), account-history (with and without a share)
    it.each([
      [
        'account with a name',
        () =>
          t['prospect-analysis'].account({
            name: 'Acme Metaal',
            position: 'uitdager',
            situation: 'gewijzigde herhalingsaankoop',
          }),
        'Acme Metaal · als uitdager · gewijzigde herhalingsaankoop',
      ],
      [
        'account without a name',
        () => t['prospect-analysis'].account({ position: 'zittende leverancier', situation: 'nieuwe aankoop' }),
        'als zittende leverancier · nieuwe aankoop',
      ],
      [
        'step',
        () => t['prospect-analysis'].step({ step: 'specificatie', index: 2, of: 5 }, f),
        'in de fase specificatie, stap 2 van 5',
      ],
      ['closed', () => t['prospect-analysis'].closed({ outcome: 'gegund' }), 'aankoop gegund'],
      ['idle 1', () => t['prospect-analysis'].idle({ days: 1 }, f), '1 dag sinds de laatste gebeurtenis'],
      ['idle 36', () => t['prospect-analysis'].idle({ days: 36 }, f), '36 dagen sinds de laatste gebeurtenis'],
      ['engage', () => t['prospect-analysis'].engage({ names: 'Jonas, Marta' }), 'betrekken: Jonas, Marta'],
      ['risk', () => t['prospect-analysis'].risk({ level: 'matig', score: '0,25' }), 'matig risico 0,25'],
      [
        'red flags',
        () => t['prospect-analysis'].redFlags({ flags: 'stilgevallen, terug naar eerdere fasen' }),
        'alarmsignalen: stilgevallen, terug naar eerdere fasen',
      ],
      [
        'action',
        () => t['prospect-analysis'].action({ rank: 2, message: 'Zoek een champion.' }, f),
        '2. Zoek een champion.',
      ],
      ['more actions 1', () => t['prospect-analysis'].moreActions(1, f), 'en nog 1 actie'],
      ['more actions 5', () => t['prospect-analysis'].moreActions(5, f), 'en nog 5 acties'],
      ['stage', () => t['account-history'].stage({ supplier: 's1', stage: 'beginfase' }), 's1: beginfase'],
      [
        'won, one award, a share',
        () => t['account-history'].won({ won: 1, awarded: 1, share: '1' }, f),
        '1 van 1 gunning gewonnen (aandeel 1)',
      ],
      ['won, no share', () => t['account-history'].won({ won: 3, awarded: 5 }, f), '3 van 5 gunningen gewonnen'],
      ['purchases 1', () => t['account-history'].purchases(1, f), '1 aankoop'],
      ['purchases 2', () => t['account-history'].purchases(2, f), '2 aankopen'],
      [
        'trend',
        () =>
          t['account-history'].trend({
            trend: 'naar routine',
            from: 'nieuwe aankoop',
            to: 'ongewijzigde herhalingsaankoop',
          }),
        'naar routine (nieuwe aankoop → ongewijzigde herhalingsaankoop)',
      ],
      [
        'position',
        () => t['account-history'].position({ relationship: 'huidige', position: 'zittende leverancier' }),
        'huidige leverancier, zittende leverancier',
      ],
    ] as const)('%s', (_, text, expected) => {
      expect(text()).toBe(expected);
    });
  });

  describe('the summaries', () => {
    // purchase-summary (cycle to award, to abandon, both; a stall with and without idle days), replay-many
    it.each([
      ['count 1', () => t['purchase-summary'].count(1, f), '1 aankoop'],
      ['count 3', () => t['purchase-summary'].count(3, f), '3 aankopen'],
      [
        'statuses',
        () => t['purchase-summary'].statuses({ open: 1, awarded: 1, abandoned: 0 }, f),
        '1 open, 1 gegund, 0 afgebroken',
      ],
      ['funnel', () => t['purchase-summary'].funnel({ counts: '3 → 3 → 1 → 1 → 1' }), 'trechter 3 → 3 → 1 → 1 → 1'],
      [
        'cycle to award',
        () => t['purchase-summary'].cycle({ awarded: 10 }, f),
        'mediane doorlooptijd 10 dagen tot gunning',
      ],
      [
        'cycle to abandon',
        () => t['purchase-summary'].cycle({ abandoned: 1 }, f),
        'mediane doorlooptijd 1 dag tot afbreken',
      ],
      [
        'cycle, both',
        () => t['purchase-summary'].cycle({ awarded: 10, abandoned: 4.5 }, f),
        'mediane doorlooptijd 10 dagen tot gunning, 4,5 dagen tot afbreken',
      ],
      [
        'stall with idle days',
        () => t['purchase-summary'].stall({ step: 'specificatie', open: 1, idle: 11 }, f),
        'de meeste open aankopen in de fase specificatie (1, mediane stilstand 11 dagen)',
      ],
      [
        'stall',
        () => t['purchase-summary'].stall({ step: 'onderhandeling', open: 2 }, f),
        'de meeste open aankopen in de fase onderhandeling (2)',
      ],
      [
        'group',
        () => t['purchase-summary'].group({ key: 'nieuwe aankoop', line: '2 aankopen' }),
        '- nieuwe aankoop: 2 aankopen',
      ],
      ['more groups 1', () => t['purchase-summary'].moreGroups(1, f), '- en nog 1 groep'],
      ['more groups 2', () => t['purchase-summary'].moreGroups(2, f), '- en nog 2 groepen'],
      [
        'replayed 1',
        () => t['replay-many'].purchases({ purchases: 1, ok: 1, problems: 0, notStarted: 0 }, f),
        '1 aankoop opnieuw afgespeeld: 1 volledig geaccepteerd, 0 met weggelaten gebeurtenissen, 0 niet gestart',
      ],
      [
        'replayed 3',
        () => t['replay-many'].purchases({ purchases: 3, ok: 2, problems: 1, notStarted: 0 }, f),
        '3 aankopen opnieuw afgespeeld: 2 volledig geaccepteerd, 1 met weggelaten gebeurtenissen, 0 niet gestart',
      ],
      [
        'events 1',
        () => t['replay-many'].events({ refused: 1, malformed: 0 }, f),
        '1 gebeurtenis geweigerd, 0 ongeldig',
      ],
      [
        'events 2',
        () => t['replay-many'].events({ refused: 2, malformed: 1 }, f),
        '2 gebeurtenissen geweigerd, 1 ongeldig',
      ],
    ] as const)('%s', (_, text, expected) => {
      expect(text()).toBe(expected);
    });
  });

  describe('crm, offers, input', () => {
    // crm-role (with and without a stance), crm-stage (every optional part), offer-evaluation, input-error
    it.each([
      [
        'role with a stance',
        () => t['crm-role'].mapped({ roles: 'beslisser, goedkeurder', stance: 'champion' }),
        'beslisser, goedkeurder; champion',
      ],
      ['role', () => t['crm-role'].mapped({ roles: 'beslisser' }), 'beslisser'],
      ['open', () => t['crm-stage'].open({}), 'deal open'],
      [
        'open in a step',
        () => t['crm-stage'].open({ step: 'onderhandeling' }),
        'deal open, koper in de fase onderhandeling',
      ],
      [
        'open with a probability',
        () => t['crm-stage'].open({ probability: '40%' }),
        'deal open (kans volgens de verkoper 40%)',
      ],
      [
        'open in a step with a probability',
        () => t['crm-stage'].open({ step: 'onderhandeling', probability: '40%' }),
        'deal open, koper in de fase onderhandeling (kans volgens de verkoper 40%)',
      ],
      ['closed without outcome', () => t['crm-stage'].closed({ deal: 'verloren' }), 'deal verloren, geen uitkomst'],
      [
        'closed with an outcome',
        () => t['crm-stage'].closed({ deal: 'gewonnen', outcome: 'gegund' }),
        'deal gewonnen: aankoop gegund',
      ],
      ['ranked 1', () => t['offer-evaluation'].ranked(1, f), '1 offerte gerangschikt'],
      ['ranked 2', () => t['offer-evaluation'].ranked(2, f), '2 offertes gerangschikt'],
      [
        'offer',
        () =>
          t['offer-evaluation'].offer(
            { rank: 1, supplier: 's1', score: '0,81', criteria: 'prijs 0,6, kwaliteit 0,21' },
            f,
          ),
        '1. s1 0,81 (prijs 0,6, kwaliteit 0,21)',
      ],
      ['criterion', () => t['offer-evaluation'].criterion({ criterion: 'prijs', contribution: '0,6' }), 'prijs 0,6'],
      ['issues 1', () => t['input-error'].issues(1, f), 'ongeldige invoer, 1 probleem'],
      ['issues 2', () => t['input-error'].issues(2, f), 'ongeldige invoer, 2 problemen'],
      [
        'issue',
        () => t['input-error'].issue({ path: 'at', expected: 'een tijdstempel', received: '"gisteren"' }),
        '- at: verwacht een tijdstempel, ontvangen "gisteren"',
      ],
    ] as const)('%s', (_, text, expected) => {
      expect(text()).toBe(expected);
    });
  });
});
