/**
 * Every sentence of the French catalog, word for word: each message template for every code and
 * branch (the params of `MARKERS` and `GUARD_PARAMS`, and those that reach the branches they leave
 * out), and each template of explain's texts. Each sentence was read against the English one for
 * the same params (src/locales/en.ts, english.ts) and the glossary of docs/i18n.md.
 */
import { describe, expect, it } from 'vitest';
import type { MessageCode } from '../../src/explain/messages.js';
import fr from '../../src/locales/fr.js';
import { MARKERS } from './markers.js';
import { GUARD_PARAMS, voice } from './tables.js';

const { say, text } = voice(fr);

/** classifyBuyclass: one reason per fact, and the profile */
const BUYCLASS = [
  [
    'purchased-before',
    MARKERS['purchased-before'][0],
    'Le produit a déjà été acheté : un réachat, à l’identique ou modifié, sauf si le problème est devenu nouveau.',
  ],
  [
    'first-purchase',
    MARKERS['first-purchase'][0],
    'Le produit n’a jamais été acheté : un achat nouveau par définition.',
  ],
  [
    'specification-changed',
    MARKERS['specification-changed'][0],
    'Le cahier des charges a changé depuis le dernier achat : un achat modifié, ou un achat nouveau si le problème est nouveau.',
  ],
  [
    'specification-unchanged',
    MARKERS['specification-unchanged'][0],
    'Le cahier des charges est inchangé : un réachat à l’identique, sauf si le prix, les conditions ou le fournisseur changent.',
  ],
  [
    'incumbent-satisfies',
    MARKERS['incumbent-satisfies'][0],
    'L’acheteur est satisfait du fournisseur en place : un réachat à l’identique.',
  ],
  [
    'incumbent-dissatisfies',
    MARKERS['incumbent-dissatisfies'][0],
    'L’acheteur est insatisfait du fournisseur en place : un achat modifié, ou un achat nouveau si le problème est nouveau.',
  ],
  [
    'new-suppliers-considered',
    MARKERS['new-suppliers-considered'][0],
    'De nouveaux fournisseurs sont envisagés : un achat nouveau ou modifié, pas un réachat à l’identique.',
  ],
  [
    'no-new-suppliers',
    MARKERS['no-new-suppliers'][0],
    'Aucun nouveau fournisseur n’est envisagé : un réachat à l’identique.',
  ],
  ['novelty-high', MARKERS['novelty-high'][0], 'Le problème est nouveau pour les acheteurs : un achat nouveau.'],
  [
    'novelty-medium',
    MARKERS['novelty-medium'][0],
    'Le problème est en partie nouveau pour les acheteurs : un achat modifié.',
  ],
  ['novelty-low', MARKERS['novelty-low'][0], 'Le problème est familier aux acheteurs : un réachat à l’identique.'],
  [
    'information-need-high',
    MARKERS['information-need-high'][0],
    'Les acheteurs ont besoin de beaucoup d’information : un achat nouveau.',
  ],
  [
    'information-need-medium',
    MARKERS['information-need-medium'][0],
    'Les acheteurs ont besoin d’un peu d’information : un achat modifié.',
  ],
  [
    'information-need-low',
    MARKERS['information-need-low'][0],
    'Les acheteurs ont besoin de peu d’information : un réachat à l’identique.',
  ],
  [
    'fact-not-applicable',
    MARKERS['fact-not-applicable'][0],
    'Sans objet pour un premier achat, donc ignorés : specificationChanged et satisfiedWithIncumbent.',
  ],
  // one fact: the participle in the singular
  [
    'fact-not-applicable',
    { facts: ['problemNovelty'] },
    'Sans objet pour un premier achat, donc ignoré : problemNovelty.',
  ],
  ['facts-missing', MARKERS['facts-missing'][0], 'Inconnu, d’où une confiance moindre : problemNovelty.'],
  // two facts: the plural
  [
    'facts-missing',
    { facts: ['problemNovelty', 'informationNeed'] },
    'Inconnus, d’où une confiance moindre : problemNovelty et informationNeed.',
  ],
  [
    'mixed-profile',
    MARKERS['mixed-profile'][0],
    'Un profil mixte : problemNovelty ne correspond pas tout à fait à un achat modifié.',
  ],
  [
    'mixed-profile',
    MARKERS['mixed-profile'][1],
    'Un profil mixte : problemNovelty et informationNeed ne correspondent pas tout à fait à un achat nouveau.',
  ],
  // the third buyclass, and one fact: the verb in the singular
  [
    'mixed-profile',
    { facts: ['problemNovelty'], buyclass: 'straight-rebuy' },
    'Un profil mixte : problemNovelty ne correspond pas tout à fait à un réachat à l’identique.',
  ],
  [
    'rebuy-undecided',
    MARKERS['rebuy-undecided'][0],
    'Les faits connus ne distinguent pas un achat modifié d’un réachat à l’identique ; celui qui demande le plus de travail d’achat est retenu.',
  ],
  [
    'rebuy-undecided',
    { buyclass: 'new-task', runnerUp: 'modified-rebuy' },
    'Les faits connus ne distinguent pas un achat nouveau d’un achat modifié ; celui qui demande le plus de travail d’achat est retenu.',
  ],
] as const;

/** classifyPortfolio: the two axes and the quadrants: An axis given, decided by one sub-criterion, by the largest of several, or their mean; at or above its threshold (high) or below it (low). */
const PORTFOLIO = [
  [
    'profit-impact-high',
    MARKERS['profit-impact-high'][0],
    'Impact sur le résultat : 0,7, au moins égal au seuil 0,5 : élevé.',
  ],
  [
    'profit-impact-high',
    MARKERS['profit-impact-high'][1],
    'Impact sur le résultat (d’après volume 0,7) : 0,7, au moins égal au seuil 0,5 : élevé.',
  ],
  [
    'profit-impact-high',
    MARKERS['profit-impact-high'][2],
    'Impact sur le résultat (décidé par volume, le plus élevé de volume 0,6 et costShare 0,2) : 0,6, au moins égal au seuil 0,5 : élevé.',
  ],
  [
    'profit-impact-high',
    MARKERS['profit-impact-high'][3],
    'Impact sur le résultat (moyenne de volume 0,6 et costShare 0,2) : 0,4, au moins égal au seuil 0,5 : élevé.',
  ],
  ['profit-impact-low', MARKERS['profit-impact-low'][0], 'Impact sur le résultat : 0,7, sous le seuil 0,5 : faible.'],
  [
    'profit-impact-low',
    MARKERS['profit-impact-low'][1],
    'Impact sur le résultat (d’après volume 0,7) : 0,7, sous le seuil 0,5 : faible.',
  ],
  [
    'profit-impact-low',
    MARKERS['profit-impact-low'][2],
    'Impact sur le résultat (décidé par volume, le plus élevé de volume 0,6 et costShare 0,2) : 0,6, sous le seuil 0,5 : faible.',
  ],
  [
    'profit-impact-low',
    MARKERS['profit-impact-low'][3],
    'Impact sur le résultat (moyenne de volume 0,6 et costShare 0,2) : 0,4, sous le seuil 0,5 : faible.',
  ],
  [
    'supply-risk-high',
    MARKERS['supply-risk-high'][0],
    'Risque d’approvisionnement : 0,7, au moins égal au seuil 0,5 : élevé.',
  ],
  [
    'supply-risk-high',
    MARKERS['supply-risk-high'][1],
    'Risque d’approvisionnement (d’après volume 0,7) : 0,7, au moins égal au seuil 0,5 : élevé.',
  ],
  [
    'supply-risk-high',
    MARKERS['supply-risk-high'][2],
    'Risque d’approvisionnement (décidé par volume, le plus élevé de volume 0,6 et costShare 0,2) : 0,6, au moins égal au seuil 0,5 : élevé.',
  ],
  [
    'supply-risk-high',
    MARKERS['supply-risk-high'][3],
    'Risque d’approvisionnement (moyenne de volume 0,6 et costShare 0,2) : 0,4, au moins égal au seuil 0,5 : élevé.',
  ],
  ['supply-risk-low', MARKERS['supply-risk-low'][0], 'Risque d’approvisionnement : 0,7, sous le seuil 0,5 : faible.'],
  [
    'supply-risk-low',
    MARKERS['supply-risk-low'][1],
    'Risque d’approvisionnement (d’après volume 0,7) : 0,7, sous le seuil 0,5 : faible.',
  ],
  [
    'supply-risk-low',
    MARKERS['supply-risk-low'][2],
    'Risque d’approvisionnement (décidé par volume, le plus élevé de volume 0,6 et costShare 0,2) : 0,6, sous le seuil 0,5 : faible.',
  ],
  [
    'supply-risk-low',
    MARKERS['supply-risk-low'][3],
    'Risque d’approvisionnement (moyenne de volume 0,6 et costShare 0,2) : 0,4, sous le seuil 0,5 : faible.',
  ],
  // a value a hair below its threshold keeps its digits, so it does not read "0,5, sous le seuil 0,5"
  [
    'supply-risk-low',
    MARKERS['supply-risk-low'][4],
    'Risque d’approvisionnement : 0,4996, sous le seuil 0,5 : faible.',
  ],
  // and a hair above it
  [
    'supply-risk-high',
    { value: 0.50004, threshold: 0.5 },
    'Risque d’approvisionnement : 0,50004, au moins égal au seuil 0,5 : élevé.',
  ],
  // equal to a threshold of five decimals: both rounded alike, three decimals
  [
    'profit-impact-high',
    { value: 0.12345, threshold: 0.12345 },
    'Impact sur le résultat : 0,123, au moins égal au seuil 0,123 : élevé.',
  ],
  // far below its threshold: three decimals
  [
    'supply-risk-low',
    { value: 0.12345, threshold: 0.5 },
    'Risque d’approvisionnement : 0,123, sous le seuil 0,5 : faible.',
  ],
  // at the threshold itself: three decimals at most
  [
    'profit-impact-high',
    { value: 0.5, threshold: 0.5 },
    'Impact sur le résultat : 0,5, au moins égal au seuil 0,5 : élevé.',
  ],
  [
    'strategic-purchase',
    MARKERS['strategic-purchase'][0],
    'Un achat stratégique (produit stratégique) : la fiabilité du fournisseur et un partenariat durable pèsent lourd (lecture du quadrant par buygrid).',
  ],
  [
    'strategic-purchase',
    MARKERS['strategic-purchase'][1],
    'Un achat stratégique (produit goulot d’étranglement) : la continuité d’approvisionnement pèse lourd (lecture du quadrant par buygrid).',
  ],
  [
    'banal-purchase',
    MARKERS['banal-purchase'][0],
    'Un achat banal (produit levier) : le prix et les conditions pèsent lourd — le pouvoir d’achat, non la fiabilité du fournisseur ; l’enjeu est financier (lecture du quadrant par buygrid).',
  ],
  [
    'banal-purchase',
    MARKERS['banal-purchase'][1],
    'Un achat banal (produit non critique) : un achat de routine efficace prime (lecture du quadrant par buygrid).',
  ],
  [
    'secure-partnership',
    MARKERS['secure-partnership'][0],
    'Gestion de l’approvisionnement : analyser le rapport de force, puis exploiter, équilibrer ou diversifier ; bâtir des partenariats durables qui sécurisent l’approvisionnement. Décidé au plus haut niveau.',
  ],
  [
    'exploit-purchasing-power',
    MARKERS['exploit-purchasing-power'][0],
    'Gestion des matières : utiliser le pouvoir d’achat — appels d’offres, prix cibles, substitution de produits ou de fournisseurs. Décidé par le chef des achats.',
  ],
  [
    'secure-volume',
    MARKERS['secure-volume'][0],
    'Gestion des sources : sécuriser volume et continuité — garanties de volume, suivi des fournisseurs, stock de sécurité, plans de secours. Décidé par les chefs de service.',
  ],
  [
    'streamline-buying',
    MARKERS['streamline-buying'][0],
    'Gestion des achats : acheter efficacement — standardiser, regrouper les commandes, optimiser volumes et stocks. Décidé par les acheteurs.',
  ],
] as const;

/** classifyOrganization: type, size band and regime */
const ORGANIZATION = [
  ['organization-type', MARKERS['organization-type'][0], 'L’acheteur est une entreprise.'],
  ['organization-type', MARKERS['organization-type'][1], 'L’acheteur est un organisme public.'],
  ['organization-type', MARKERS['organization-type'][2], 'L’acheteur est une institution.'],
  [
    'organization-type-assumed',
    MARKERS['organization-type-assumed'][0],
    'Le type d’organisation n’est pas donné : une entreprise est supposée.',
  ],
  [
    'size-micro',
    MARKERS['size-micro'][0],
    '40 salariés : une micro-entreprise par l’effectif (seuils de l’UE 10, 50, 250 ; chiffre d’affaires et bilan non donnés).',
  ],
  [
    'size-micro',
    MARKERS['size-micro'][1],
    '40 salariés, chiffre d’affaires 8000000 € : une micro-entreprise (seuils de l’UE : effectif 10, 50, 250 ; chiffre d’affaires 2, 10, 50 M€ ou bilan 2, 10, 43 M€).',
  ],
  [
    'size-micro',
    MARKERS['size-micro'][2],
    '40 salariés, chiffre d’affaires 8000000 € et total du bilan 900000 € : une micro-entreprise (seuils de l’UE : effectif 10, 50, 250 ; chiffre d’affaires 2, 10, 50 M€ ou bilan 2, 10, 43 M€).',
  ],
  [
    'size-small',
    MARKERS['size-small'][0],
    '40 salariés : une petite entreprise par l’effectif (seuils de l’UE 10, 50, 250 ; chiffre d’affaires et bilan non donnés).',
  ],
  [
    'size-small',
    MARKERS['size-small'][1],
    '40 salariés, chiffre d’affaires 8000000 € : une petite entreprise (seuils de l’UE : effectif 10, 50, 250 ; chiffre d’affaires 2, 10, 50 M€ ou bilan 2, 10, 43 M€).',
  ],
  [
    'size-small',
    MARKERS['size-small'][2],
    '40 salariés, chiffre d’affaires 8000000 € et total du bilan 900000 € : une petite entreprise (seuils de l’UE : effectif 10, 50, 250 ; chiffre d’affaires 2, 10, 50 M€ ou bilan 2, 10, 43 M€).',
  ],
  [
    'size-medium',
    MARKERS['size-medium'][0],
    '40 salariés : une entreprise moyenne par l’effectif (seuils de l’UE 10, 50, 250 ; chiffre d’affaires et bilan non donnés).',
  ],
  [
    'size-medium',
    MARKERS['size-medium'][1],
    '40 salariés, chiffre d’affaires 8000000 € : une entreprise moyenne (seuils de l’UE : effectif 10, 50, 250 ; chiffre d’affaires 2, 10, 50 M€ ou bilan 2, 10, 43 M€).',
  ],
  [
    'size-medium',
    MARKERS['size-medium'][2],
    '40 salariés, chiffre d’affaires 8000000 € et total du bilan 900000 € : une entreprise moyenne (seuils de l’UE : effectif 10, 50, 250 ; chiffre d’affaires 2, 10, 50 M€ ou bilan 2, 10, 43 M€).',
  ],
  [
    'size-large',
    MARKERS['size-large'][0],
    '2000 salariés, chiffre d’affaires 60000000 € et total du bilan 500 € : une grande entreprise (seuils de l’UE : effectif 10, 50, 250 ; chiffre d’affaires 2, 10, 50 M€ ou bilan 2, 10, 43 M€).',
  ],
  // a balance sheet without a turnover
  [
    'size-large',
    { employees: 300, balanceSheet: 50_000_000 },
    '300 salariés, total du bilan 50000000 € : une grande entreprise (seuils de l’UE : effectif 10, 50, 250 ; chiffre d’affaires 2, 10, 50 M€ ou bilan 2, 10, 43 M€).',
  ],
  // one employee: the singular
  [
    'size-micro',
    { employees: 1 },
    '1 salarié : une micro-entreprise par l’effectif (seuils de l’UE 10, 50, 250 ; chiffre d’affaires et bilan non donnés).',
  ],
  [
    'no-size-band',
    MARKERS['no-size-band'][0],
    '300 salariés ; pas de catégorie de taille : les seuils de l’UE (recommandation 2003/361/CE) définissent des entreprises, non des organismes publics.',
  ],
  [
    'no-size-band',
    MARKERS['no-size-band'][1],
    '300 salariés ; pas de catégorie de taille : les seuils de l’UE (recommandation 2003/361/CE) définissent des entreprises, non des institutions.',
  ],
  [
    'no-size-band',
    { employees: 1, type: 'institution' },
    '1 salarié ; pas de catégorie de taille : les seuils de l’UE (recommandation 2003/361/CE) définissent des entreprises, non des institutions.',
  ],
  [
    'regime-default',
    MARKERS['regime-default'][0],
    'Un organisme public (État, autorité régionale ou locale) est un pouvoir adjudicateur (directive 2014/24/UE, art. 2(1)(1)) : il achète selon les règles des marchés publics — une procédure de la directive au-dessus des seuils européens, les règles nationales en dessous.',
  ],
  [
    'regime-default',
    MARKERS['regime-default'][1],
    'Pas un organisme de droit public : une entreprise achète selon le régime privé.',
  ],
  [
    'regime-default',
    MARKERS['regime-default'][2],
    'Pas un organisme de droit public : une institution achète selon le régime privé.',
  ],
  [
    'regime-assumed',
    MARKERS['regime-assumed'][0],
    'Une entreprise est supposée acheter selon le régime privé (sauf si c’est un organisme de droit public, directive 2014/24/UE, art. 2(1)(4) : passez publicLaw: true).',
  ],
  [
    'regime-assumed',
    MARKERS['regime-assumed'][1],
    'Une institution est supposée acheter selon le régime privé ; beaucoup d’hôpitaux, d’universités et d’écoles financés sur fonds publics sont des organismes de droit public (directive 2014/24/UE, art. 2(1)(4)) et achètent selon les règles publiques : passez publicLaw: true.',
  ],
  [
    'regime-public-law',
    MARKERS['regime-public-law'][0],
    'Un organisme de droit public est un pouvoir adjudicateur (directive 2014/24/UE, art. 2(1)(4)) : il achète selon les règles des marchés publics.',
  ],
  ['regime-given', MARKERS['regime-given'][0], 'Le régime est donné : achat privé.'],
  ['regime-given', MARKERS['regime-given'][1], 'Le régime est donné : marché public.'],
] as const;

/** classifySituation: buyclass, EU threshold and procedure: The buyer's level is assumed (the lowest, central threshold) only when it is not given and the subject is not works. */
const SITUATION = [
  ['buyclass-given', MARKERS['buyclass-given'][0], 'La situation d’achat est donnée : un réachat à l’identique.'],
  ['buyclass-given', { buyclass: 'new-task' }, 'La situation d’achat est donnée : un achat nouveau.'],
  ['buyclass-given', { buyclass: 'modified-rebuy' }, 'La situation d’achat est donnée : un achat modifié.'],
  [
    'threshold-not-applicable',
    MARKERS['threshold-not-applicable'][0],
    'Les seuils européens s’imposent aux pouvoirs adjudicateurs ; un acheteur privé n’en est pas un, la valeur n’est donc pas comparée.',
  ],
  [
    'threshold-not-checked',
    MARKERS['threshold-not-checked'][0],
    'Aucune valeur du marché n’est donnée : le seuil européen n’a pas été vérifié (en dessous, les règles nationales s’appliquent).',
  ],
  [
    'threshold-not-checked',
    MARKERS['threshold-not-checked'][1],
    'La valeur est en MKcurrency ; les seuils européens sont en euros : convertissez-la (la Commission publie les contre-valeurs en monnaie nationale).',
  ],
  [
    'below-threshold',
    MARKERS['below-threshold'][0],
    '200000 € de fournitures : sous le seuil européen de 143000 € (niveau de l’acheteur non donné : le seuil le plus bas, celui des autorités centrales, est retenu) (MKregulation, 2024–2025) : les règles nationales s’appliquent.',
  ],
  [
    'below-threshold',
    MARKERS['below-threshold'][1],
    '200000 € de travaux : sous le seuil européen de 143000 € (MKregulation, 2024–2025) : les règles nationales s’appliquent.',
  ],
  // works without a level: none is assumed (one threshold for works)
  [
    'below-threshold',
    { ...MARKERS['below-threshold'][0], subject: 'works' },
    '200000 € de travaux : sous le seuil européen de 143000 € (MKregulation, 2024–2025) : les règles nationales s’appliquent.',
  ],
  // supplies with a level given: nothing assumed
  [
    'below-threshold',
    { ...MARKERS['below-threshold'][0], authority: 'central' },
    '200000 € de fournitures : sous le seuil européen de 143000 € (MKregulation, 2024–2025) : les règles nationales s’appliquent.',
  ],
  // a subject outside the vocabulary (say() refuses it) stays as given
  [
    'below-threshold',
    { ...MARKERS['below-threshold'][0], subject: 'MKsubject' as never },
    '200000 € de MKsubject : sous le seuil européen de 143000 € (niveau de l’acheteur non donné : le seuil le plus bas, celui des autorités centrales, est retenu) (MKregulation, 2024–2025) : les règles nationales s’appliquent.',
  ],
  [
    'above-threshold',
    MARKERS['above-threshold'][0],
    '200000 € de services : au moins égal au seuil européen de 143000 € (MKregulation, 2024–2025) : la directive 2014/24/UE s’applique.',
  ],
  [
    'above-threshold',
    MARKERS['below-threshold'][0],
    '200000 € de fournitures : au moins égal au seuil européen de 143000 € (niveau de l’acheteur non donné : le seuil le plus bas, celui des autorités centrales, est retenu) (MKregulation, 2024–2025) : la directive 2014/24/UE s’applique.',
  ],
  ['procedure-given', MARKERS['procedure-given'][0], 'La procédure est donnée : dialogue compétitif.'],
  [
    'procedure-below-threshold',
    MARKERS['procedure-below-threshold'][0],
    'Sous le seuil, la procédure suit les règles nationales (buygrid suppose le minimum du privé : à remplacer).',
  ],
  [
    'procedure-default',
    MARKERS['procedure-default'][0],
    'La procédure ouverte est supposée, la plus courante (directive 2014/24/UE, art. 27).',
  ],
  [
    'procedure-default',
    MARKERS['procedure-default'][1],
    'La procédure ouverte est supposée, la plus courante (directive 2014/24/UE, art. 27). Un réapprovisionnement public de routine est en général un marché fondé sur un accord-cadre (art. 33) : passez la procédure « framework-call-off ».',
  ],
  [
    'procedure-default',
    { buyclass: 'modified-rebuy' },
    'La procédure ouverte est supposée, la plus courante (directive 2014/24/UE, art. 27).',
  ],
] as const;

/** recommendApproach: the actions */
const APPROACH = [
  [
    'get-in-early',
    MARKERS['get-in-early'][0],
    'Intervenez avant que le cahier des charges soit écrit : apportez aux acheteurs l’information qu’ils cherchent et aidez-les à définir le besoin.',
  ],
  [
    'shape-the-specification',
    MARKERS['shape-the-specification'][0],
    'Travaillez avec les utilisateurs et les prescripteurs pendant qu’ils définissent le besoin, pour que le cahier des charges épouse vos points forts.',
  ],
  [
    'leverage-the-relationship',
    MARKERS['leverage-the-relationship'][0],
    'Servez-vous de l’accès et de la confiance que vous avez déjà chez ce client pour connaître tôt le besoin et être consulté le premier.',
  ],
  [
    'reach-the-whole-center',
    MARKERS['reach-the-whole-center'][0],
    'Informez chaque membre du centre d’achat, techniciens et décideurs de haut niveau, pas seulement le service achats.',
  ],
  [
    'reduce-perceived-risk',
    MARKERS['reduce-perceived-risk'][0],
    'Proposez des références, un essai ou un pilote et une visite de site, pour qu’un fournisseur qu’ils ne connaissent pas paraisse sûr.',
  ],
  [
    'defend-the-account',
    MARKERS['defend-the-account'][0],
    'Découvrez ce que l’acheteur veut changer et proposez vous-même le changement avant un concurrent.',
  ],
  [
    'fix-dissatisfaction',
    MARKERS['fix-dissatisfaction'][0],
    'Réglez vite toute réclamation sur la qualité, les délais ou le prix ; l’insatisfaction ouvre la porte aux autres.',
  ],
  [
    'seize-the-opening',
    MARKERS['seize-the-opening'][0],
    'Faites une offre qui répond exactement à ce que l’acheteur veut changer : un meilleur cahier des charges, un meilleur prix ou de meilleures conditions.',
  ],
  [
    'get-on-the-shortlist',
    MARKERS['get-on-the-shortlist'][0],
    'Faites-vous qualifier et présélectionner maintenant : l’acheteur regarde quelques nouveaux fournisseurs, pas tous.',
  ],
  [
    'keep-the-routine',
    MARKERS['keep-the-routine'][0],
    'Gardez qualité, délais et service irréprochables et visitez régulièrement le client : un travail commercial intense.',
  ],
  [
    'automate-reordering',
    MARKERS['automate-reordering'][0],
    'Proposez le réapprovisionnement automatique, des contrats-cadres ou un stock géré par le fournisseur, pour que recommander chez vous ne coûte aucun effort.',
  ],
  [
    'reframe-the-need',
    MARKERS['reframe-the-need'][0],
    'Apportez du nouveau — une meilleure solution, un coût total plus bas — qui fasse reconsidérer l’acheteur et transforme le réachat en achat nouveau.',
  ],
  [
    'win-a-trial-order',
    MARKERS['win-a-trial-order'][0],
    'Demandez une petite commande d’essai, puis faites vos preuves.',
  ],
  [
    'prove-reliability',
    MARKERS['prove-reliability'][0],
    'Prouvez votre fiabilité : solidité financière, continuité d’approvisionnement, certifications, engagement durable.',
  ],
  [
    'perform-the-contract',
    MARKERS['perform-the-contract'][0],
    'Exécutez votre contrat actuel à la lettre : votre historique est votre référence pour la prochaine procédure.',
  ],
  [
    'watch-the-notices',
    MARKERS['watch-the-notices'][0],
    'Surveillez les avis de préinformation et les avis de marché de cet acheteur pour cet objet (TED et les portails nationaux).',
  ],
  [
    'join-market-consultation',
    MARKERS['join-market-consultation'][0],
    'Avant la procédure, répondez à la consultation préalable du marché par une information neutre, fondée sur des normes et ouverte à tous les concurrents — jamais un cahier des charges écrit autour de votre produit.',
  ],
  [
    'qualify-for-the-procedure',
    MARKERS['qualify-for-the-procedure'][0],
    'Préparez le document unique de marché européen (DUME) et les preuves qu’exigent les critères de sélection (aptitude, capacité économique et financière, capacités techniques et professionnelles), et vérifiez qu’aucun motif d’exclusion ne s’applique.',
  ],
  [
    'follow-the-procedure',
    MARKERS['follow-the-procedure'][0],
    'Soumissionnez exactement comme le demandent les documents du marché, dans les délais et par le canal qu’ils désignent ; posez vos questions uniquement par ce canal. En procédure ouverte ou restreinte, une offre ne se négocie pas : remettez la meilleure.',
  ],
  [
    'follow-the-call-off-terms',
    MARKERS['follow-the-call-off-terms'][0],
    'Exécutez chaque marché subséquent aux conditions de l’accord-cadre ; si la mise en concurrence est rouverte entre les titulaires, soumissionnez selon les conditions et critères qu’elle fixe.',
  ],
  [
    'prepare-for-the-next-framework',
    MARKERS['prepare-for-the-next-framework'][0],
    'Un marché subséquent ne va qu’à un titulaire de l’accord-cadre : préparez-vous à la prochaine mise en concurrence de l’accord-cadre, et qualifiez-vous alors.',
  ],
  [
    'join-the-dynamic-purchasing-system',
    MARKERS['join-the-dynamic-purchasing-system'][0],
    'Demandez votre admission au système d’acquisition dynamique : les fournisseurs admis sont invités à soumissionner pour chaque marché spécifique passé dans ce cadre.',
  ],
  [
    'check-the-national-rules',
    MARKERS['check-the-national-rules'][0],
    'Sous les seuils européens, lisez les règles nationales et les règles d’achat propres à l’acheteur avant d’agir : elles fixent la procédure (souvent simplifiée, ou une attribution directe pour les petits montants).',
  ],
  [
    'answer-the-invitation',
    MARKERS['answer-the-invitation'][0],
    'Aucun appel à la concurrence n’est publié : l’acheteur invite les fournisseurs qu’il consulte, dans les seuls cas que liste la directive. Si vous êtes invité, soumissionnez et négociez dans les termes de l’invitation.',
  ],
] as const;

/** assessRisk: the profile's answers: Each answer, with the uncertainty only, the consequence only, or both. */
const RISK_ANSWERS = [
  [
    'supplier-relationship',
    MARKERS['supplier-relationship'][0],
    'Le fournisseur est nouveau pour l’acheteur : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'supplier-relationship',
    MARKERS['supplier-relationship'][1],
    'Le fournisseur est nouveau pour l’acheteur : accroît l’enjeu (délais).',
  ],
  [
    'supplier-relationship',
    MARKERS['supplier-relationship'][2],
    'Le fournisseur est nouveau pour l’acheteur : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'supplier-relationship',
    MARKERS['supplier-relationship'][3],
    'L’acheteur connaît le fournisseur mais ne lui achète pas ce produit aujourd’hui : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'supplier-relationship',
    MARKERS['supplier-relationship'][4],
    'L’acheteur connaît le fournisseur mais ne lui achète pas ce produit aujourd’hui : accroît l’enjeu (délais).',
  ],
  [
    'supplier-relationship',
    MARKERS['supplier-relationship'][5],
    'L’acheteur connaît le fournisseur mais ne lui achète pas ce produit aujourd’hui : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'supplier-relationship',
    MARKERS['supplier-relationship'][6],
    'Le fournisseur est en place : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'supplier-relationship',
    MARKERS['supplier-relationship'][7],
    'Le fournisseur est en place : accroît l’enjeu (délais).',
  ],
  [
    'supplier-relationship',
    MARKERS['supplier-relationship'][8],
    'Le fournisseur est en place : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'buys-from-competitor',
    MARKERS['buys-from-competitor'][0],
    'Le client achète aujourd’hui ce produit à un concurrent, il changerait donc de fournisseur : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'buys-from-competitor',
    MARKERS['buys-from-competitor'][1],
    'Le client achète aujourd’hui ce produit à un concurrent, il changerait donc de fournisseur : accroît l’enjeu (délais).',
  ],
  [
    'buys-from-competitor',
    MARKERS['buys-from-competitor'][2],
    'Le client achète aujourd’hui ce produit à un concurrent, il changerait donc de fournisseur : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'buys-from-competitor',
    MARKERS['buys-from-competitor'][3],
    'Le client n’achète pas ce produit à un concurrent : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'buys-from-competitor',
    MARKERS['buys-from-competitor'][4],
    'Le client n’achète pas ce produit à un concurrent : accroît l’enjeu (délais).',
  ],
  [
    'buys-from-competitor',
    MARKERS['buys-from-competitor'][5],
    'Le client n’achète pas ce produit à un concurrent : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'lead-time-critical',
    MARKERS['lead-time-critical'][0],
    'Les délais sont critiques : accroît l’incertitude (fournisseur et performance).',
  ],
  ['lead-time-critical', MARKERS['lead-time-critical'][1], 'Les délais sont critiques : accroît l’enjeu (délais).'],
  [
    'lead-time-critical',
    MARKERS['lead-time-critical'][2],
    'Les délais sont critiques : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'lead-time-critical',
    MARKERS['lead-time-critical'][3],
    'Les délais ne sont pas critiques : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'lead-time-critical',
    MARKERS['lead-time-critical'][4],
    'Les délais ne sont pas critiques : accroît l’enjeu (délais).',
  ],
  [
    'lead-time-critical',
    MARKERS['lead-time-critical'][5],
    'Les délais ne sont pas critiques : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'currency',
    MARKERS['currency'][0],
    'Acheteur et fournisseur partagent la même devise : accroît l’incertitude (fournisseur et performance).',
  ],
  ['currency', MARKERS['currency'][1], 'Acheteur et fournisseur partagent la même devise : accroît l’enjeu (délais).'],
  [
    'currency',
    MARKERS['currency'][2],
    'Acheteur et fournisseur partagent la même devise : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'currency',
    MARKERS['currency'][3],
    'Le fournisseur facture dans une autre devise que celle de l’acheteur : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'currency',
    MARKERS['currency'][4],
    'Le fournisseur facture dans une autre devise que celle de l’acheteur : accroît l’enjeu (délais).',
  ],
  [
    'currency',
    MARKERS['currency'][5],
    'Le fournisseur facture dans une autre devise que celle de l’acheteur : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'after-sales-dependency',
    MARKERS['after-sales-dependency'][0],
    'L’acheteur dépend peu du service après-vente : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'after-sales-dependency',
    MARKERS['after-sales-dependency'][1],
    'L’acheteur dépend peu du service après-vente : accroît l’enjeu (délais).',
  ],
  [
    'after-sales-dependency',
    MARKERS['after-sales-dependency'][2],
    'L’acheteur dépend peu du service après-vente : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'after-sales-dependency',
    MARKERS['after-sales-dependency'][3],
    'L’acheteur dépend modérément du service après-vente : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'after-sales-dependency',
    MARKERS['after-sales-dependency'][4],
    'L’acheteur dépend modérément du service après-vente : accroît l’enjeu (délais).',
  ],
  [
    'after-sales-dependency',
    MARKERS['after-sales-dependency'][5],
    'L’acheteur dépend modérément du service après-vente : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'after-sales-dependency',
    MARKERS['after-sales-dependency'][6],
    'L’acheteur dépend fortement du service après-vente : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'after-sales-dependency',
    MARKERS['after-sales-dependency'][7],
    'L’acheteur dépend fortement du service après-vente : accroît l’enjeu (délais).',
  ],
  [
    'after-sales-dependency',
    MARKERS['after-sales-dependency'][8],
    'L’acheteur dépend fortement du service après-vente : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  ['importance', MARKERS['importance'][0], 'L’achat est banal : accroît l’incertitude (fournisseur et performance).'],
  ['importance', MARKERS['importance'][1], 'L’achat est banal : accroît l’enjeu (délais).'],
  [
    'importance',
    MARKERS['importance'][2],
    'L’achat est banal : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'importance',
    MARKERS['importance'][3],
    'L’achat est stratégique : accroît l’incertitude (fournisseur et performance).',
  ],
  ['importance', MARKERS['importance'][4], 'L’achat est stratégique : accroît l’enjeu (délais).'],
  [
    'importance',
    MARKERS['importance'][5],
    'L’achat est stratégique : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'importance',
    MARKERS['importance'][6],
    'L’importance de l’achat n’est pas connue (une valeur moyenne est supposée) : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'importance',
    MARKERS['importance'][7],
    'L’importance de l’achat n’est pas connue (une valeur moyenne est supposée) : accroît l’enjeu (délais).',
  ],
  [
    'importance',
    MARKERS['importance'][8],
    'L’importance de l’achat n’est pas connue (une valeur moyenne est supposée) : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'buyclass',
    MARKERS['buyclass'][0],
    'L’achat est un achat nouveau : accroît l’incertitude (fournisseur et performance).',
  ],
  ['buyclass', MARKERS['buyclass'][1], 'L’achat est un achat nouveau : accroît l’enjeu (délais).'],
  [
    'buyclass',
    MARKERS['buyclass'][2],
    'L’achat est un achat nouveau : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'buyclass',
    MARKERS['buyclass'][3],
    'L’achat est un achat modifié : accroît l’incertitude (fournisseur et performance).',
  ],
  ['buyclass', MARKERS['buyclass'][4], 'L’achat est un achat modifié : accroît l’enjeu (délais).'],
  [
    'buyclass',
    MARKERS['buyclass'][5],
    'L’achat est un achat modifié : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'buyclass',
    MARKERS['buyclass'][6],
    'L’achat est un réachat à l’identique : accroît l’incertitude (fournisseur et performance).',
  ],
  ['buyclass', MARKERS['buyclass'][7], 'L’achat est un réachat à l’identique : accroît l’enjeu (délais).'],
  [
    'buyclass',
    MARKERS['buyclass'][8],
    'L’achat est un réachat à l’identique : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
  [
    'buyclass',
    MARKERS['buyclass'][9],
    'La situation d’achat n’est pas connue (une valeur moyenne est supposée) : accroît l’incertitude (fournisseur et performance).',
  ],
  [
    'buyclass',
    MARKERS['buyclass'][10],
    'La situation d’achat n’est pas connue (une valeur moyenne est supposée) : accroît l’enjeu (délais).',
  ],
  [
    'buyclass',
    MARKERS['buyclass'][11],
    'La situation d’achat n’est pas connue (une valeur moyenne est supposée) : accroît l’incertitude (change) et l’enjeu (service après-vente).',
  ],
] as const;

/** assessRisk: budget, given dimensions, situation, reducers */
const RISK_REASONS = [
  [
    'budget-share',
    MARKERS['budget-share'][0],
    'La part du budget n’est pas connue (une valeur moyenne est supposée) : enjeu (financier 0,25).',
  ],
  [
    'budget-share',
    MARKERS['budget-share'][1],
    'L’achat représente 12,5 % du budget : enjeu (financier 0,313 et performance 0,1).',
  ],
  ['given', MARKERS['given'][0], 'Donné explicitement : financier.'],
  ['given', MARKERS['given'][1], 'Donné explicitement (à la place du profil) : financier et délais.'],
  ['situation', MARKERS['situation'][0], 'Repris de la situation d’achat : achat stratégique.'],
  ['situation', MARKERS['situation'][1], 'Repris de la situation d’achat : achat nouveau.'],
  ['situation', MARKERS['situation'][2], 'Repris de la situation d’achat : achat banal et achat nouveau.'],
  ['situation', { buyclass: 'straight-rebuy' }, `Repris de la situation d’achat : réachat à l'identique.`],
  [
    'profile-over-situation',
    MARKERS['profile-over-situation'][0],
    'La réponse du profil l’emporte sur la situation : achat stratégique (la situation dit achat banal).',
  ],
  [
    'profile-over-situation',
    MARKERS['profile-over-situation'][1],
    `La réponse du profil l’emporte sur la situation : achat nouveau (la situation dit réachat à l'identique).`,
  ],
  [
    'profile-over-situation',
    MARKERS['profile-over-situation'][2],
    'La réponse du profil l’emporte sur la situation : achat banal (la situation dit achat stratégique) et achat modifié (la situation dit achat nouveau).',
  ],
  // an answer without the situation's value
  [
    'profile-over-situation',
    { importance: 'strategic' },
    'La réponse du profil l’emporte sur la situation : achat stratégique.',
  ],
  [
    'profile-over-situation',
    { buyclass: 'modified-rebuy' },
    'La réponse du profil l’emporte sur la situation : achat modifié.',
  ],
  [
    'situation-without-profile',
    MARKERS['situation-without-profile'][0],
    'La situation ne remplace que l’importance et la situation d’achat du profil ; sans profil, elle ne change rien.',
  ],
  ['not-assessed', MARKERS['not-assessed'][0], 'Non évalué (ni donné ni déduit), exclu du score : change et social.'],
  [
    'reducer-applied',
    MARKERS['reducer-applied'][0],
    'Appliqué : des références de clients comparables (references) : incertitude (fournisseur et performance) × 0,7.',
  ],
  [
    'reducer-applied',
    MARKERS['reducer-applied'][1],
    'Appliqué : un stock tampon (buffer-stock) : aucune dimension évaluée n’est concernée.',
  ],
  // a reducer of the consequence that concerns a dimension
  [
    'reducer-applied',
    { reducer: 'warranty', targets: 'consequence', dimensions: ['after-sales'], factor: 0.85 },
    'Appliqué : une garantie (warranty) : enjeu (service après-vente) × 0,85.',
  ],
] as const;

/** analyzeBuyingCenter: warnings */
const BUYING_CENTER = [
  [
    'no-decider',
    MARKERS['no-decider'][0],
    'Aucun membre n’est connu pour décider : trouvez qui dit oui ou non à l’achat.',
  ],
  [
    'single-threaded',
    MARKERS['single-threaded'][0],
    'Le centre d’achat compte 0 membre connu : un seul contact est un point de défaillance ; touchez davantage de personnes concernées.',
  ],
  [
    'single-threaded',
    MARKERS['single-threaded'][1],
    'Le centre d’achat compte 1 membre connu : un seul contact est un point de défaillance ; touchez davantage de personnes concernées.',
  ],
  [
    'single-threaded',
    { members: 2 },
    'Le centre d’achat compte 2 membres connus : un seul contact est un point de défaillance ; touchez davantage de personnes concernées.',
  ],
  ['influential-blocker', MARKERS['influential-blocker'][0], 'Opposant influent (influence ≥ 0,6) : MKblocker.'],
  [
    'influential-blocker',
    MARKERS['influential-blocker'][1],
    'Opposants influents (influence ≥ 0,6) : MKfirst et MKsecond.',
  ],
  [
    'no-champion',
    MARKERS['no-champion'][0],
    'Aucun champion : sans lui, bien des achats ne se font jamais (Bonoma 1982).',
  ],
  [
    'missing-role',
    MARKERS['missing-role'][0],
    'Aucun décideur pour l’étape décision : aucun membre qui dit oui ou non à l’achat et choisit en dernier lieu l’offre et le fournisseur.',
  ],
  [
    'missing-role',
    MARKERS['missing-role'][1],
    'Aucun conseiller pour l’étape cahier des charges : aucun membre qui influence la décision d’achat sans avoir le pouvoir de la prendre.',
  ],
  [
    'missing-role',
    { role: 'initiator', step: 'need-recognition' },
    'Aucun initiateur pour l’étape reconnaissance du besoin : aucun membre qui reconnaît un problème que l’achat d’un produit ou d’un service peut résoudre ou éviter.',
  ],
  [
    'missing-role',
    { role: 'user', step: 'need-recognition' },
    'Aucun utilisateur pour l’étape reconnaissance du besoin : aucun membre qui utilise le produit ou le service ; souvent à l’origine de l’achat, il aide à définir le cahier des charges.',
  ],
  [
    'missing-role',
    { role: 'prescriber', step: 'need-recognition' },
    'Aucun prescripteur pour l’étape reconnaissance du besoin : aucun membre qui définit le produit ou le service qui répond au besoin (souvent un expert technique, interne ou externe).',
  ],
  [
    'missing-role',
    { role: 'gatekeeper', step: 'need-recognition' },
    'Aucun filtre pour l’étape reconnaissance du besoin : aucun membre qui contrôle le flux d’information et l’accès des fournisseurs au centre d’achat (service achats, assistants, liste de fournisseurs agréés).',
  ],
  [
    'missing-role',
    { role: 'buyer', step: 'need-recognition' },
    'Aucun acheteur pour l’étape reconnaissance du besoin : aucun membre qui recherche les fournisseurs potentiels, recueille l’information à leur sujet et négocie les conditions.',
  ],
  [
    'missing-role',
    { role: 'approver', step: 'need-recognition' },
    'Aucun approbateur pour l’étape reconnaissance du besoin : aucun membre qui autorise les actions proposées par les décideurs ou les acheteurs, en général le budget.',
  ],
] as const;

/** expectedSize: reasons */
const EXPECTED_SIZE = [
  [
    'buyclass-base',
    MARKERS['buyclass-base'][0],
    'Un achat nouveau : une base de 7 personnes (pour 250 à 999 salariés, complexité moyenne, achat banal).',
  ],
  [
    'buyclass-base',
    { buyclass: 'modified-rebuy', base: 1 },
    'Un achat modifié : une base de 1 personne (pour 250 à 999 salariés, complexité moyenne, achat banal).',
  ],
  [
    'buyclass-base',
    { buyclass: 'straight-rebuy', base: 3 },
    'Un réachat à l’identique : une base de 3 personnes (pour 250 à 999 salariés, complexité moyenne, achat banal).',
  ],
  ['complexity-factor', MARKERS['complexity-factor'][0], 'Complexité élevée : × 1,3.'],
  ['complexity-factor', { complexity: 'low', factor: 0.8 }, 'Complexité faible : × 0,8.'],
  ['complexity-factor', { complexity: 'medium', factor: 1 }, 'Complexité moyenne : × 1.'],
  // a complexity outside the vocabulary (say() refuses it) stays as given
  ['complexity-factor', { complexity: 'MKcomplexity' as never, factor: 1 }, 'Complexité MKcomplexity : × 1.'],
  ['importance-factor', MARKERS['importance-factor'][0], 'Un achat stratégique : × 1,2.'],
  ['importance-factor', { importance: 'banal', factor: 1 }, 'Un achat banal : × 1.'],
  ['employees-factor', MARKERS['employees-factor'][0], '40 salariés (moins de 50) : × 0,6.'],
  ['employees-factor', MARKERS['employees-factor'][1], '5000 salariés : × 1,4.'],
  ['employees-factor', { employees: 1, below: 10, factor: 0.5 }, '1 salarié (moins de 10) : × 0,5.'],
  ['budget-share-factor', MARKERS['budget-share-factor'][0], 'Une part du budget de 30 % : × 1,25.'],
  [
    'budget-share-factor',
    MARKERS['budget-share-factor'][1],
    'Une part du budget de 30 % : × 1,25 ; un budget important, donc personne ne décide seul (au moins 2).',
  ],
  ['capped-by-employees', MARKERS['capped-by-employees'][0], 'Pas plus de personnes que l’effectif : 3 salariés.'],
  ['capped-by-employees', { employees: 1 }, 'Pas plus de personnes que l’effectif : 1 salarié.'],
] as const;

/** transition: rejections */
const TRANSITION = [
  [
    'terminal',
    MARKERS['terminal'][0],
    'l’achat est attribué ; il n’accepte plus d’événement sauf une évaluation de la performance',
  ],
  ['terminal', MARKERS['terminal'][1], 'l’achat est abandonné ; il n’accepte plus d’événement'],
  [
    'not-allowed',
    MARKERS['not-allowed'][0],
    'decisionRequested n’est pas accepté en reconnaissance du besoin ; sont acceptés : needQualified et stepRevisited',
  ],
  [
    'not-allowed',
    MARKERS['not-allowed'][1],
    'needQualified n’est pas accepté sur un achat abandonné ; sont acceptés : aucun',
  ],
  [
    'not-allowed',
    { event: 'offerReceived', status: 'awarded', accepted: ['performanceReviewed'] },
    'offerReceived n’est pas accepté sur un achat attribué ; sont acceptés : performanceReviewed',
  ],
] as const;

/** transition: guard rejections: Every guard and its branches: the markers, GUARD_PARAMS, and the counts and procedures they leave out. */
const GUARDS = [
  ['guard', MARKERS['guard'][0], 'l’événement est daté du MKat, avant le dernier événement (MKlast)'],
  [
    'guard',
    MARKERS['guard'][1],
    'l’événement « fournisseur retenu » doit être enregistré par un décideur ou approbateur du centre d’achat ; aucun membre n’est nommé (by)',
  ],
  [
    'guard',
    MARKERS['guard'][2],
    'l’événement « fournisseur retenu » doit être enregistré par un décideur du centre d’achat ; « MKby » n’est pas membre',
  ],
  [
    'guard',
    MARKERS['guard'][3],
    'l’événement « fournisseur retenu » doit être enregistré par un décideur du centre d’achat ; « MKby » est sans rôle',
  ],
  [
    'guard',
    MARKERS['guard'][4],
    'l’événement « fournisseur retenu » doit être enregistré par un décideur du centre d’achat ; « MKby » est utilisateur et acheteur',
  ],
  ['guard', MARKERS['guard'][5], 'l’exigence « MKid » figure déjà au cahier des charges'],
  ['guard', MARKERS['guard'][6], 'le fournisseur « MKid » est déjà sur la liste (présélectionné)'],
  ['guard', MARKERS['guard'][7], 'aucune exigence « MKid » au cahier des charges'],
  [
    'guard',
    MARKERS['guard'][8],
    'le cahier des charges doit contenir au moins une exigence impérative avant d’être approuvé ; il n’en a aucune',
  ],
  ['guard', MARKERS['guard'][9], 'aucun fournisseur « MKid » sur la liste de cet achat'],
  ['guard', MARKERS['guard'][10], 'le fournisseur « MKid » a été écarté'],
  ['guard', MARKERS['guard'][11], 'la négociation exige au moins 3 fournisseurs présélectionnés ; 1 présélectionné'],
  [
    'guard',
    MARKERS['guard'][12],
    'la négociation exige au moins 1 fournisseur présélectionné dans une procédure restreinte ; 0 présélectionné',
  ],
  [
    'guard',
    MARKERS['guard'][13],
    'tout fournisseur non écarté est invité à soumissionner ; présélectionnez ou écartez d’abord « MKu1 » et « MKu2 »',
  ],
  [
    'guard',
    MARKERS['guard'][14],
    'la négociation exige au moins 2 fournisseurs présélectionnés, ou tous ceux qui se qualifient s’ils sont moins nombreux ; 2 présélectionnés, et « MKu1 » ni présélectionné ni écarté',
  ],
  [
    'guard',
    MARKERS['guard'][15],
    'la négociation exige au moins 2 fournisseurs présélectionnés, ou tous ceux qui se qualifient s’ils sont moins nombreux ; 1 présélectionné',
  ],
  [
    'guard',
    MARKERS['guard'][16],
    'une offre de « MKid » exige que le fournisseur soit d’abord présélectionné ; il est identifié',
  ],
  [
    'guard',
    MARKERS['guard'][17],
    '« MKid » a déjà soumissionné, et les offres ne se négocient pas dans une procédure ouverte',
  ],
  ['guard', MARKERS['guard'][18], '« MKid » a déjà soumissionné, et les offres ne se négocient pas'],
  ['guard', MARKERS['guard'][19], 'la décision exige des offres d’au moins 3 fournisseurs ; 0 offre reçue'],
  [
    'guard',
    MARKERS['guard'][20],
    'la décision exige des offres d’au moins 1 fournisseur dans un achat public sous les seuils européens ; 1 offre reçue',
  ],
  ['guard', MARKERS['guard'][21], 'le fournisseur « MKid » n’a fait aucune offre'],
  [
    'guard',
    MARKERS['guard'][22],
    'le fournisseur « MKid » n’a fait aucune offre (seul le fournisseur en place peut être réapprovisionné sans offre)',
  ],
  [
    'guard',
    MARKERS['guard'][23],
    'un retour revient à une étape antérieure ; décision ne précède pas cahier des charges',
  ],
  ['guard', MARKERS['guard'][24], 'un retour revient à une étape antérieure ; décision ne précède pas attribué'],
  [
    'guard',
    MARKERS['guard'][25],
    'la politique de cet achat nouveau ne permet aucun saut de cahier des charges à décision',
  ],
  [
    'guard',
    MARKERS['guard'][26],
    'la politique d’une procédure ouverte ne permet aucun saut de cahier des charges à décision',
  ],
  [
    'guard',
    MARKERS['guard'][27],
    'un saut de reconnaissance du besoin à négociation exige des fournisseurs connus ; aucun n’a été donné au départ',
  ],
  [
    'guard',
    MARKERS['guard'][28],
    'un saut de reconnaissance du besoin à décision exige un fournisseur en place ; il n’y en a pas',
  ],
  [
    'guard',
    GUARD_PARAMS[0],
    'l’événement est daté du 2026-03-01T09:00:00Z, avant le dernier événement (2026-03-02T09:00:00Z)',
  ],
  [
    'guard',
    GUARD_PARAMS[1],
    'l’événement « fournisseur retenu » doit être enregistré par un décideur ou acheteur du centre d’achat ; « m1 » est utilisateur',
  ],
  [
    'guard',
    GUARD_PARAMS[2],
    'l’événement « besoin qualifié » doit être enregistré par un initiateur du centre d’achat ; aucun membre n’est nommé (by)',
  ],
  ['guard', GUARD_PARAMS[3], 'l’exigence « r1 » figure déjà au cahier des charges'],
  ['guard', GUARD_PARAMS[4], 'le fournisseur « s1 » est déjà sur la liste (présélectionné)'],
  ['guard', GUARD_PARAMS[5], 'aucune exigence « r9 » au cahier des charges'],
  [
    'guard',
    GUARD_PARAMS[6],
    'le cahier des charges doit contenir au moins une exigence impérative avant d’être approuvé ; il n’en a aucune',
  ],
  ['guard', GUARD_PARAMS[7], 'aucun fournisseur « s9 » sur la liste de cet achat'],
  ['guard', GUARD_PARAMS[8], 'le fournisseur « s2 » a été écarté'],
  ['guard', GUARD_PARAMS[9], 'la négociation exige au moins 2 fournisseurs présélectionnés ; 1 présélectionné'],
  // Undecided suppliers under no invitation rule: not listed, as in English.
  [
    'guard',
    { guard: 'min-shortlisted', minShortlisted: 2, shortlisted: 1, undecided: ['s3'] },
    'la négociation exige au moins 2 fournisseurs présélectionnés ; 1 présélectionné',
  ],
  [
    'guard',
    GUARD_PARAMS[10],
    'tout fournisseur non écarté est invité à soumissionner dans une procédure ouverte ; présélectionnez ou écartez d’abord « s3 » et « s4 »',
  ],
  [
    'guard',
    GUARD_PARAMS[11],
    'une offre de « s5 » exige que le fournisseur soit d’abord présélectionné ; il est identifié',
  ],
  [
    'guard',
    GUARD_PARAMS[12],
    '« s1 » a déjà soumissionné, et les offres ne se négocient pas dans une procédure restreinte',
  ],
  ['guard', GUARD_PARAMS[13], 'la décision exige des offres d’au moins 3 fournisseurs ; 1 offre reçue'],
  [
    'guard',
    GUARD_PARAMS[14],
    'le fournisseur « s6 » n’a fait aucune offre (seul le fournisseur en place peut être réapprovisionné sans offre)',
  ],
  ['guard', GUARD_PARAMS[15], 'le fournisseur « s6 » n’a fait aucune offre'],
  ['guard', GUARD_PARAMS[16], 'un retour revient à une étape antérieure ; décision ne précède pas cahier des charges'],
  [
    'guard',
    GUARD_PARAMS[17],
    'la politique de cet achat nouveau ne permet aucun saut de cahier des charges à négociation',
  ],
  [
    'guard',
    GUARD_PARAMS[18],
    'un saut de reconnaissance du besoin à négociation exige des fournisseurs connus ; aucun n’a été donné au départ',
  ],
  [
    'guard',
    GUARD_PARAMS[19],
    'un saut de reconnaissance du besoin à décision exige un fournisseur en place ; il n’y en a pas',
  ],
  // invite-all with nobody undecided: the count is what refuses
  [
    'guard',
    { guard: 'min-shortlisted', minShortlisted: 2, shortlisted: 1, inviteAll: 'always', undecided: [] },
    'la négociation exige au moins 2 fournisseurs présélectionnés ; 1 présélectionné',
  ],
  // two undecided: the plural
  [
    'guard',
    {
      guard: 'min-shortlisted',
      minShortlisted: 3,
      shortlisted: 1,
      inviteAll: 'if-fewer',
      undecided: ['MKu1', 'MKu2'],
      procedure: 'competitive-with-negotiation',
    },
    'la négociation exige au moins 3 fournisseurs présélectionnés dans une procédure concurrentielle avec négociation, ou tous ceux qui se qualifient s’ils sont moins nombreux ; 1 présélectionné, et « MKu1 » et « MKu2 » ni présélectionnés ni écartés',
  ],
  // two offers: the plural
  [
    'guard',
    { guard: 'min-offers', minOffers: 2, offers: 2 },
    'la décision exige des offres d’au moins 2 fournisseurs ; 2 offres reçues',
  ],
  // "ce" before a consonant
  [
    'guard',
    { guard: 'skip-not-allowed', from: 'need-recognition', to: 'decision', buyclass: 'straight-rebuy' },
    `la politique de ce réachat à l'identique ne permet aucun saut de reconnaissance du besoin à décision`,
  ],
  [
    'guard',
    { guard: 'skip-not-allowed', from: 'specification', to: 'negotiation', buyclass: 'modified-rebuy' },
    'la politique de cet achat modifié ne permet aucun saut de cahier des charges à négociation',
  ],
  [
    'guard',
    { guard: 'skip-not-allowed', from: 'specification', to: 'decision', buyclass: 'new-task', procedure: 'restricted' },
    'la politique d’une procédure restreinte ne permet aucun saut de cahier des charges à décision',
  ],
  [
    'guard',
    {
      guard: 'skip-not-allowed',
      from: 'specification',
      to: 'decision',
      buyclass: 'new-task',
      procedure: 'competitive-with-negotiation',
    },
    'la politique d’une procédure concurrentielle avec négociation ne permet aucun saut de cahier des charges à décision',
  ],
  [
    'guard',
    {
      guard: 'skip-not-allowed',
      from: 'specification',
      to: 'decision',
      buyclass: 'new-task',
      procedure: 'competitive-dialogue',
    },
    'la politique d’un dialogue compétitif ne permet aucun saut de cahier des charges à décision',
  ],
  [
    'guard',
    {
      guard: 'skip-not-allowed',
      from: 'specification',
      to: 'decision',
      buyclass: 'new-task',
      procedure: 'innovation-partnership',
    },
    'la politique d’un partenariat d’innovation ne permet aucun saut de cahier des charges à décision',
  ],
  [
    'guard',
    {
      guard: 'skip-not-allowed',
      from: 'specification',
      to: 'decision',
      buyclass: 'new-task',
      procedure: 'negotiated-without-publication',
    },
    'la politique d’une procédure négociée sans publication préalable ne permet aucun saut de cahier des charges à décision',
  ],
  [
    'guard',
    {
      guard: 'skip-not-allowed',
      from: 'specification',
      to: 'decision',
      buyclass: 'new-task',
      procedure: 'framework-call-off',
    },
    'la politique d’un marché fondé sur un accord-cadre ne permet aucun saut de cahier des charges à décision',
  ],
  [
    'guard',
    {
      guard: 'skip-not-allowed',
      from: 'specification',
      to: 'decision',
      buyclass: 'new-task',
      procedure: 'dynamic-purchasing-system',
    },
    'la politique d’un système d’acquisition dynamique ne permet aucun saut de cahier des charges à décision',
  ],
  [
    'guard',
    {
      guard: 'skip-not-allowed',
      from: 'specification',
      to: 'decision',
      buyclass: 'new-task',
      procedure: 'below-threshold',
    },
    'la politique d’un achat public sous les seuils européens ne permet aucun saut de cahier des charges à décision',
  ],
] as const;

/** evaluateOffers: reasons */
const OFFERS = [
  [
    'criterion-leading',
    MARKERS['criterion-leading'][0],
    '« MKsupplier » obtient 0,81 ; surtout grâce à MKcriterion (0,4).',
  ],
  [
    'criterion-missing',
    MARKERS['criterion-missing'][0],
    '« MKsupplier » : aucun délai proposé, le critère lead-time vaut 0.',
  ],
  [
    'ranked-not-selected',
    MARKERS['ranked-not-selected'][0],
    '1 offre classée selon MKprice 1 ; le choix reste celui de l’acheteur (supplierSelected).',
  ],
  [
    'ranked-not-selected',
    MARKERS['ranked-not-selected'][1],
    '3 offres classées selon MKprice 0,6 et MKquality 0,4 ; le choix reste celui de l’acheteur (supplierSelected).',
  ],
] as const;

/** crm: mapping and writing */
const CRM = [
  ['mapped', MARKERS['mapped'][0], 'hubspot « MKvalue » → décideur.'],
  ['mapped', MARKERS['mapped'][1], 'hubspot « MKvalue » → décideur, approbateur et position champion.'],
  ['mapped', MARKERS['mapped'][2], 'salesforce « MKvalue » → négociation : MKwhy'],
  ['mapped', MARKERS['mapped'][3], 'salesforce « MKvalue » → attribué : MKwhy'],
  ['mapped', MARKERS['mapped'][4], 'salesforce « MKvalue » → sans issue : MKwhy'],
  [
    'mapped',
    { crm: 'salesforce', value: 'MKvalue', deal: 'lost', outcome: 'abandoned', why: 'MKwhy' },
    'salesforce « MKvalue » → abandonné : MKwhy',
  ],
  ['no-role', MARKERS['no-role'][0], 'dynamics « MKvalue » ne désigne aucun rôle du centre d’achat.'],
  [
    'unknown-value',
    MARKERS['unknown-value'][0],
    '« MKvalue » n’est pas une valeur de la table hubspot : laissé sans correspondance plutôt que deviné.',
  ],
  [
    'conflicting-stances',
    MARKERS['conflicting-stances'][0],
    'Les valeurs désignent des positions différentes (champion et opposant) : aucune position n’est donnée plutôt qu’une devinée.',
  ],
  [
    'seller-view',
    MARKERS['seller-view'][0],
    'Une étape de CRM suit l’affaire du vendeur, non le processus de l’acheteur : l’étape est approximative (lecture de buygrid).',
  ],
  ['closed', MARKERS['closed'][0], 'L’affaire est close (gagnée) : l’achat n’est à aucune étape en cours.'],
  ['closed', MARKERS['closed'][1], 'L’affaire est close (perdue) : l’achat n’est à aucune étape en cours.'],
  [
    'lost-ambiguous',
    MARKERS['lost-ambiguous'][0],
    'Une affaire perdue ne dit pas si l’acheteur a abandonné l’achat ou l’a attribué à un concurrent : aucune issue n’est donnée ; un motif de perte le dirait.',
  ],
  [
    'unknown-stage',
    MARKERS['unknown-stage'][0],
    '« MKstage » n’est pas une étape de la table salesforce (une étape personnalisée ?) : laissée sans correspondance plutôt que devinée ; passez la table de votre pipeline.',
  ],
  ['written', MARKERS['written'][0], 'décideur → hubspot « MKvalue ».'],
  ['written', MARKERS['written'][1], 'position champion → hubspot « MKvalue ».'],
  // neither a role nor a stance: the bare word
  ['written', { crm: 'hubspot', value: 'MKvalue' }, 'position → hubspot « MKvalue ».'],
  ['lost', MARKERS['lost'][0], 'salesforce n’a aucune valeur pour filtre : non écrit.'],
  ['lost', MARKERS['lost'][1], 'salesforce n’a aucune valeur pour position sceptique : non écrit.'],
  [
    'lost',
    { crm: 'dynamics', roles: ['decider', 'buyer'], stance: 'blocker' },
    'dynamics n’a aucune valeur pour décideur, acheteur et position opposant : non écrit.',
  ],
  [
    'single-select',
    MARKERS['single-select'][0],
    'Salesforce OpportunityContactRole.Role ne prend qu’une valeur : écrivez-y la première, ou `value` dans le champ à choix multiples AccountContactRelation.Roles.',
  ],
] as const;

/** analyzeProspect: actions */
const PROSPECT_ACTIONS = [
  [
    'win-over-the-blocker',
    MARKERS['win-over-the-blocker'][0],
    'Un membre influent bloque l’achat ou vous bloque : comprenez l’objection et répondez-y par quelqu’un en qui il a confiance.',
  ],
  [
    'find-the-decider',
    MARKERS['find-the-decider'][0],
    'Aucun décideur n’est connu : trouvez qui dit oui ou non, et comment le joindre.',
  ],
  [
    'follow-the-revisit',
    MARKERS['follow-the-revisit'][0],
    'L’acheteur est revenu à l’étape cahier des charges : suivez la procédure telle que publiée et répondez à tout nouvel appel ; n’essayez pas de l’orienter (directive 2014/24/UE, art. 18 et 42).',
  ],
  [
    'follow-the-revisit',
    MARKERS['follow-the-revisit'][1],
    'L’acheteur redéfinit ce qu’il achète : participez au nouveau cahier des charges et défendez le compte — la place d’un fournisseur en place n’est pas acquise dans un achat modifié.',
  ],
  [
    'follow-the-revisit',
    MARKERS['follow-the-revisit'][2],
    'L’acheteur redéfinit ce qu’il achète : une ouverture — faites-vous consulter sur le nouveau cahier des charges.',
  ],
  [
    'follow-the-revisit',
    MARKERS['follow-the-revisit'][3],
    'L’acheteur est revenu à l’étape recherche de fournisseurs : découvrez ce qui a changé et répondez-y avant un concurrent.',
  ],
  [
    'follow-the-revisit',
    MARKERS['follow-the-revisit'][4],
    'L’acheteur est revenu à l’étape recherche de fournisseurs : découvrez ce qui a changé — une étape rouverte est une occasion d’entrer.',
  ],
  [
    'revive-the-purchase',
    MARKERS['revive-the-purchase'][0],
    'Rien ne s’est passé depuis un moment : appelez votre contact, trouvez ce qui bloque et proposez la prochaine étape concrète.',
  ],
  [
    'meet-who-matters-now',
    MARKERS['meet-who-matters-now'][0],
    'Rencontrez MKname maintenant : le membre qui pèse le plus en négociation et n’est pas encore de votre côté.',
  ],
  [
    'reach-missing-roles',
    MARKERS['reach-missing-roles'][0],
    'Personne parmi vos contacts n’est décideur, dont l’étape décision a besoin : trouvez-le.',
  ],
  [
    'reach-missing-roles',
    MARKERS['reach-missing-roles'][1],
    'Personne parmi vos contacts n’est initiateur ou acheteur, dont l’étape reconnaissance du besoin a besoin : trouvez-le.',
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
    'Mettez dans l’offre : des références de clients comparables ; une commande d’essai ou un pilote ; une visite du site du fournisseur ; une certification par un tiers (système qualité, essais de produit) ; une garantie ; un contrat de niveau de service avec pénalités ; un paiement échelonné, sur jalons ; des prix dans la devise de l’acheteur ; un cahier des charges détaillé ; l’association des membres concernés au choix ; un stock tampon ; une seconde source ; une couverture de change (contrat à terme).',
  ],
  [
    'put-reducers-in-the-offer',
    MARKERS['put-reducers-in-the-offer'][0],
    'Mettez dans l’offre : des références de clients comparables ; une commande d’essai ou un pilote ; une garantie.',
  ],
  [
    'prepare-the-terms',
    MARKERS['prepare-the-terms'][0],
    'Préparez la négociation autour du risque : Proposez des conditions de paiement qui limitent l’exposition de l’acheteur : paiement échelonné sur jalons, clause de révision de prix. Facturez dans la devise de l’acheteur ou convenez d’une clause d’indexation : le risque de change fait partie des conditions.',
  ],
  [
    'prepare-the-terms',
    {
      terms: ['performance-guarantee', 'delivery-commitment', 'supplier-assurance', 'service-level', 'shared-decision'],
    },
    'Préparez la négociation autour du risque : Prévoyez au contrat des essais de réception et une garantie de performance : l’acheteur paie des résultats qu’il peut vérifier. Engagez-vous sur des dates de livraison avec pénalités, et dites comment l’approvisionnement est sécurisé. Attendez-vous à des questions sur votre solidité : tenez prêts états financiers, références et garantie de la maison mère ou bancaire. Proposez un contrat de niveau de service : délais d’intervention et disponibilité des pièces détachées, avec pénalités. Donnez aux personnes concernées de quoi défendre le choix en interne : des références de leurs pairs, une évaluation conjointe.',
  ],
  [
    'find-a-champion',
    MARKERS['find-a-champion'][0],
    'Trouvez un champion : quelqu’un, à l’intérieur, qui veut cet achat et le défendra en interne.',
  ],
  [
    'widen-the-contacts',
    MARKERS['widen-the-contacts'][0],
    'Touchez davantage de personnes concernées : un seul contact est un point de défaillance.',
  ],
  [
    'serve-the-purpose',
    MARKERS['serve-the-purpose'][0],
    'L’acheteur revend : la demande de ses clients décide — offrez marge, disponibilité et aide à la revente.',
  ],
  [
    'serve-the-purpose',
    MARKERS['serve-the-purpose'][1],
    'L’acheteur en fabrique d’autres biens : conformité au cahier des charges, qualité et continuité d’approvisionnement priment.',
  ],
  [
    'serve-the-purpose',
    MARKERS['serve-the-purpose'][2],
    'L’acheteur s’en sert pour son propre fonctionnement : coût total d’usage, fiabilité et service priment.',
  ],
  [
    'follow-downstream-demand',
    MARKERS['follow-downstream-demand'][0],
    'La demande de ses propres clients croît : montrez que vous suivez — capacité, délais, montée en charge.',
  ],
  [
    'follow-downstream-demand',
    MARKERS['follow-downstream-demand'][1],
    'La demande de ses propres clients est stable : jouez l’efficacité et la fiabilité d’approvisionnement.',
  ],
  [
    'follow-downstream-demand',
    MARKERS['follow-downstream-demand'][2],
    'La demande de ses propres clients baisse : attendez-vous à une pression sur les coûts et à de moindres volumes — offrez souplesse et engagements réduits.',
  ],
] as const;

/** analyzeProspect: red flags and reasons */
const PROSPECT_REASONS = [
  [
    'stalled',
    MARKERS['stalled'][0],
    'Aucun événement depuis 45 jours en négociation (à l’arrêt à partir de 30 jours, une hypothèse).',
  ],
  // days rounded down: one day
  [
    'stalled',
    { days: 1.9, step: 'specification', after: 1 },
    'Aucun événement depuis 1 jour en cahier des charges (à l’arrêt à partir de 1 jour, une hypothèse).',
  ],
  ['going-back', MARKERS['going-back'][0], 'L’achat est revenu à l’étape cahier des charges : l’acheteur reconsidère.'],
  ['engage', MARKERS['engage'][0], 'MKname (décideur) : participation 0,9 en décision × influence 0,8 = 0,72.'],
  [
    'engage',
    MARKERS['engage'][1],
    'MKname (aucun rôle connu) : participation 0 en décision × influence 0,8 = 0 ; neutre.',
  ],
  [
    'engage',
    {
      name: 'MKname',
      roles: ['user', 'prescriber'],
      participation: 0.5,
      step: 'specification',
      influence: 0.4,
      score: 0.2,
      stance: 'blocker',
    },
    'MKname (utilisateur et prescripteur) : participation 0,5 en cahier des charges × influence 0,4 = 0,2 ; opposant.',
  ],
  [
    'perceived-risk',
    MARKERS['perceived-risk'][0],
    'Le risque perçu par l’acheteur est élevé (0,61), dû à : fournisseur et performance.',
  ],
  [
    'risk-driver',
    MARKERS['risk-driver'][0],
    'change : un facteur du risque perçu, qui façonne les conditions (un texte néerlandais d’enseignement du marketing B2B).',
  ],
  [
    'approach',
    MARKERS['approach'][0],
    'L’action que recommande la situation d’achat (recommendApproach), avec sa source.',
  ],
  [
    'approach',
    MARKERS['approach'][1],
    'L’action que recommande la situation d’achat (recommendApproach), avec sa source.',
  ],
  [
    'approach',
    MARKERS['approach'][2],
    'L’action que recommande la situation d’achat (recommendApproach), avec sa source.',
  ],
  [
    'purpose',
    MARKERS['purpose'][0],
    'L’organisation achète pour revendre (un texte grec d’enseignement du marketing) ; ce que cela demande à l’offre est la lecture de buygrid.',
  ],
  [
    'purpose',
    MARKERS['purpose'][1],
    'L’organisation achète pour produire (un texte grec d’enseignement du marketing) ; ce que cela demande à l’offre est la lecture de buygrid.',
  ],
  [
    'purpose',
    MARKERS['purpose'][2],
    'L’organisation achète pour son fonctionnement (un texte grec d’enseignement du marketing) ; ce que cela demande à l’offre est la lecture de buygrid.',
  ],
  [
    'derived-demand',
    MARKERS['derived-demand'][0],
    'La demande d’une entreprise dérive de la demande de ses propres clients (un texte français d’enseignement du marketing B2B : la décision du client dépend largement des besoins de ses propres clients).',
  ],
] as const;

/** negotiation terms */
const TERMS = [
  [
    'payment-terms',
    MARKERS['payment-terms'][0],
    'Proposez des conditions de paiement qui limitent l’exposition de l’acheteur : paiement échelonné sur jalons, clause de révision de prix.',
  ],
  [
    'performance-guarantee',
    MARKERS['performance-guarantee'][0],
    'Prévoyez au contrat des essais de réception et une garantie de performance : l’acheteur paie des résultats qu’il peut vérifier.',
  ],
  [
    'delivery-commitment',
    MARKERS['delivery-commitment'][0],
    'Engagez-vous sur des dates de livraison avec pénalités, et dites comment l’approvisionnement est sécurisé.',
  ],
  [
    'supplier-assurance',
    MARKERS['supplier-assurance'][0],
    'Attendez-vous à des questions sur votre solidité : tenez prêts états financiers, références et garantie de la maison mère ou bancaire.',
  ],
  [
    'service-level',
    MARKERS['service-level'][0],
    'Proposez un contrat de niveau de service : délais d’intervention et disponibilité des pièces détachées, avec pénalités.',
  ],
  [
    'currency-clause',
    MARKERS['currency-clause'][0],
    'Facturez dans la devise de l’acheteur ou convenez d’une clause d’indexation : le risque de change fait partie des conditions.',
  ],
  [
    'shared-decision',
    MARKERS['shared-decision'][0],
    'Donnez aux personnes concernées de quoi défendre le choix en interne : des références de leurs pairs, une évaluation conjointe.',
  ],
] as const;

/** accountHistory: reasons */
const ACCOUNT_HISTORY = [
  [
    'stage',
    MARKERS['stage'][0],
    '0 achat gagné sur 0 attribué : phase de pré-relation (d’après Ford 1980 ; les seuils sont la lecture de buygrid).',
  ],
  [
    'stage',
    MARKERS['stage'][1],
    '1 achat gagné sur 1 attribué, dont le dernier : phase initiale (d’après Ford 1980 ; les seuils sont la lecture de buygrid).',
  ],
  [
    'stage',
    MARKERS['stage'][2],
    '3 achats gagnés sur 5 attribués, dont le dernier : phase de développement (d’après Ford 1980 ; les seuils sont la lecture de buygrid).',
  ],
  [
    'stage',
    MARKERS['stage'][3],
    '6 achats gagnés sur 7 attribués : phase de long terme (d’après Ford 1980 ; les seuils sont la lecture de buygrid).',
  ],
  // one won of several awarded: each count takes its own number
  [
    'stage',
    { won: 1, awarded: 4, latestWon: false, stage: 'early' },
    '1 achat gagné sur 4 attribués : phase initiale (d’après Ford 1980 ; les seuils sont la lecture de buygrid).',
  ],
  [
    'relationship',
    MARKERS['relationship'][0],
    'MKsupplier a remporté la dernière attribution : le fournisseur en place.',
  ],
  [
    'relationship',
    MARKERS['relationship'][1],
    'MKsupplier a pris part à des achats antérieurs mais ne détient pas la dernière attribution.',
  ],
  ['relationship', MARKERS['relationship'][2], 'MKsupplier n’apparaît dans aucun achat de ce compte.'],
  ['trend', MARKERS['trend'][0], 'D’un achat nouveau à un réachat à l’identique : routinisation.'],
  ['trend', MARKERS['trend'][1], 'D’un achat modifié à un achat modifié : stable.'],
  ['trend', MARKERS['trend'][2], 'D’un réachat à l’identique à un achat nouveau : réouverture.'],
] as const;

/** A code, its params and the exact sentence. */
type Row = readonly [MessageCode, unknown, string];

const TABLES: Readonly<Record<string, readonly Row[]>> = {
  'classifyBuyclass: one reason per fact, and the profile': BUYCLASS,
  'classifyPortfolio: the two axes and the quadrants': PORTFOLIO,
  'classifyOrganization: type, size band and regime': ORGANIZATION,
  'classifySituation: buyclass, EU threshold and procedure': SITUATION,
  'recommendApproach: the actions': APPROACH,
  "assessRisk: the profile's answers": RISK_ANSWERS,
  'assessRisk: budget, given dimensions, situation, reducers': RISK_REASONS,
  'analyzeBuyingCenter: warnings': BUYING_CENTER,
  'expectedSize: reasons': EXPECTED_SIZE,
  'transition: rejections': TRANSITION,
  'transition: guard rejections': GUARDS,
  'evaluateOffers: reasons': OFFERS,
  'crm: mapping and writing': CRM,
  'analyzeProspect: actions': PROSPECT_ACTIONS,
  'analyzeProspect: red flags and reasons': PROSPECT_REASONS,
  'negotiation terms': TERMS,
  'accountHistory: reasons': ACCOUNT_HISTORY,
};

describe('every French message template, word for word', () => {
  describe.each(Object.entries(TABLES))('%s', (_, table) => {
    it.each(table)('%s (%#)', (code, params, expected) => {
      expect(say(code, params)).toBe(expected);
    });
  });

  it('pins at least one sentence of every code', () => {
    const pinned = new Set(Object.values(TABLES).flatMap((table) => table.map(([code]) => code)));
    expect([...pinned].sort()).toEqual(Object.keys(fr.messages).sort());
  });
});

/** The templates of explain's texts, with params as explain passes them (labelled and formatted). */
const TEXTS = [
  ['common.list', ['acheteur', 'prescripteur', 'décideur'], 'acheteur, prescripteur et décideur'],
  ['common.more', 1, '1 autre'],
  ['common.more', 2, '2 autres'],
  [
    'purchase-state.open',
    { id: 'P-7', need: 'presses', step: 'négociation', index: 4, of: 5, days: 12 },
    'P-7 (presses) · négociation, étape 4 sur 5 · depuis 12 jours',
  ],
  // 1,5 takes the singular in French
  [
    'purchase-state.open',
    { id: 'P-7', need: 'presses', step: 'reconnaissance du besoin', index: 1, of: 5, days: 1.5 },
    'P-7 (presses) · reconnaissance du besoin, étape 1 sur 5 · depuis 1,5 jour',
  ],
  [
    'purchase-state.open',
    { id: 'P-7', need: 'presses', step: 'décision', index: 5, of: 5, days: 0 },
    'P-7 (presses) · décision, étape 5 sur 5 · depuis 0 jour',
  ],
  [
    'purchase-state.awarded',
    { id: 'P-7', need: 'presses', supplier: 'Acier SA', days: 30, reorder: false },
    'P-7 (presses) · attribué à Acier SA après 30 jours',
  ],
  [
    'purchase-state.awarded',
    { id: 'P-8', need: 'vis', supplier: 'Acier SA', days: 1, reorder: true },
    'P-8 (vis) · attribué à Acier SA en réachat après 1 jour',
  ],
  [
    'purchase-state.abandoned',
    { id: 'P-9', need: 'logiciel', step: 'négociation', reason: 'budget', days: 45 },
    'P-9 (logiciel) · abandonné en négociation après 45 jours : budget',
  ],
  ['purchase-state.requirements', 1, '1 exigence'],
  ['purchase-state.requirements', 3, '3 exigences'],
  ['purchase-state.shortlisted', 1, '1 présélectionné'],
  ['purchase-state.shortlisted', 2, '2 présélectionnés'],
  ['purchase-state.offers', 0, '0 offre'],
  ['purchase-state.offers', 2, '2 offres'],
  ['purchase-state.revisits', { count: 1, steps: 'cahier des charges' }, '1 retour (cahier des charges)'],
  [
    'purchase-state.revisits',
    { count: 2, steps: 'cahier des charges, recherche de fournisseurs' },
    '2 retours (cahier des charges, recherche de fournisseurs)',
  ],
  [
    'transition-result.refused',
    { rule: 'guard', message: 'le fournisseur « s2 » a été écarté' },
    'refusé (guard) : le fournisseur « s2 » a été écarté',
  ],
  [
    'replay-result.refused',
    { index: 3, rule: 'not-allowed', message: 'needQualified n’est pas accepté en décision ; sont acceptés : aucun' },
    'arrêté à events[3], refusé (not-allowed) : needQualified n’est pas accepté en décision ; sont acceptés : aucun',
  ],
  ['purchase-situation.quadrant', { quadrant: 'levier', importance: 'banal' }, 'Kraljic levier (banal)'],
  ['purchase-situation.importance', { importance: 'stratégique' }, 'achat stratégique'],
  [
    'purchase-situation.procedure',
    { regime: 'marché public', procedure: 'procédure ouverte' },
    'marché public, procédure ouverte',
  ],
  ['buyclass-result.buyclass', { buyclass: 'achat modifié', confidence: '0,3' }, 'achat modifié (confiance 0,3)'],
  [
    'portfolio-result.quadrant',
    { quadrant: 'stratégique', importance: 'stratégique', profitImpact: '0,7', supplyRisk: '0,6', threshold: '0,5' },
    `Kraljic stratégique (stratégique) : impact sur le résultat 0,7, risque d'approvisionnement 0,6, seuil 0,5`,
  ],
  ['organization-result.organization', { type: 'entreprise' }, 'entreprise'],
  ['organization-result.organization', { type: 'entreprise', size: 'petite' }, 'entreprise, petite'],
  [
    'approach.action',
    { rank: 1, message: 'Demandez une petite commande d’essai, puis faites vos preuves.' },
    '1. Demandez une petite commande d’essai, puis faites vos preuves.',
  ],
  ['buying-center.members', 1, '1 membre'],
  ['buying-center.members', 4, '4 membres'],
  [
    'buying-center.member',
    { name: 'Léa', roles: 'acheteur, décideur', influence: '0,5' },
    'Léa (acheteur, décideur ; influence 0,5)',
  ],
  [
    'buying-center.member',
    { name: 'Marc', roles: 'utilisateur', stance: 'opposant', influence: '0,8' },
    'Marc (utilisateur ; opposant ; influence 0,8)',
  ],
  ['buying-center-analysis.summary', { size: 1, support: '0' }, '1 membre, soutien 0'],
  ['buying-center-analysis.summary', { size: 3, support: '0,4' }, '3 membres, soutien 0,4'],
  ['buying-center-analysis.keyPlayers', { names: 'Léa et Marc' }, 'acteurs clés : Léa et Marc'],
  ['buying-center-analysis.warnings', 1, '1 alerte'],
  ['buying-center-analysis.warnings', 2, '2 alertes'],
  ['role-coverage.covered', { covered: 3, roles: 8 }, '3 rôles tenus sur 8'],
  // one role held: the singular
  ['role-coverage.covered', { step: 'décision', covered: 1, roles: 2 }, 'décision : 1 rôle tenu sur 2'],
  ['role-coverage.missing', { roles: 'décideur et approbateur' }, 'rôles manquants : décideur et approbateur'],
  [
    'expected-size.size',
    { min: '4', typical: '6', max: '9' },
    `centre d'achat attendu : de 4 à 9 personnes, 6 en général`,
  ],
  ['risk-assessment.score', { level: 'élevé', score: '0,61' }, 'risque élevé 0,61'],
  ['risk-assessment.drivers', { dimensions: 'fournisseur et performance' }, 'facteurs : fournisseur et performance'],
  [
    'risk-assessment.reducer',
    { reducer: 'une garantie', reduction: '0,12' },
    'meilleur réducteur : une garantie (-0,12)',
  ],
  ['risk-assessment.notAssessed', { dimensions: 'change et social' }, 'non évalué : change et social'],
  ['risk-what-if.change', { before: '0,61', after: '0,48', delta: '-0,13' }, '0,61 → 0,48 (-0,13)'],
  ['risk-what-if.largest', { dimension: 'fournisseur', delta: '-0,2' }, 'plus forte variation : fournisseur -0,2'],
  ['buying-center-risk.score', { level: 'modéré', score: '0,42' }, `risque modéré 0,42, pondéré sur le centre d'achat`],
  ['buying-center-risk.highest', { member: 'Marc', level: 'élevé', score: '0,7' }, 'le plus élevé : Marc (élevé 0,7)'],
  [
    'prospect-analysis.account',
    { position: 'fournisseur extérieur', situation: 'achat nouveau' },
    'en fournisseur extérieur · achat nouveau',
  ],
  [
    'prospect-analysis.account',
    { name: 'Acme', position: 'fournisseur en place', situation: 'réachat à l’identique' },
    'Acme · en fournisseur en place · réachat à l’identique',
  ],
  ['prospect-analysis.step', { step: 'négociation', index: 4, of: 5 }, 'en négociation, étape 4 sur 5'],
  ['prospect-analysis.closed', { outcome: 'attribué' }, 'achat attribué'],
  ['prospect-analysis.idle', { days: 1 }, '1 jour depuis le dernier événement'],
  ['prospect-analysis.idle', { days: 21 }, '21 jours depuis le dernier événement'],
  ['prospect-analysis.engage', { names: 'Léa et Marc' }, 'à rencontrer : Léa et Marc'],
  ['prospect-analysis.risk', { level: 'faible', score: '0,2' }, 'risque faible 0,2'],
  [
    'prospect-analysis.redFlags',
    { flags: 'aucun décideur, à l’arrêt' },
    `signaux d'alerte : aucun décideur, à l’arrêt`,
  ],
  ['prospect-analysis.action', { rank: 2, message: 'Trouvez un champion.' }, '2. Trouvez un champion.'],
  ['prospect-analysis.moreActions', 1, 'et 1 autre action'],
  ['prospect-analysis.moreActions', 3, 'et 3 autres actions'],
  ['account-history.stage', { supplier: 'Acier SA', stage: 'phase initiale' }, 'Acier SA : phase initiale'],
  // each count takes its own number
  ['account-history.won', { won: 1, awarded: 4 }, '1 gagné sur 4 attribués'],
  ['account-history.won', { won: 3, awarded: 5, share: '0,6' }, '3 gagnés sur 5 attribués (part 0,6)'],
  ['account-history.won', { won: 0, awarded: 1 }, '0 gagné sur 1 attribué'],
  ['account-history.purchases', 1, '1 achat'],
  ['account-history.purchases', 7, '7 achats'],
  [
    'account-history.trend',
    { trend: 'routinisation', from: 'achat nouveau', to: 'réachat à l’identique' },
    'routinisation (achat nouveau → réachat à l’identique)',
  ],
  [
    'account-history.position',
    { relationship: 'connu', position: 'fournisseur extérieur' },
    'fournisseur connu, fournisseur extérieur',
  ],
  ['purchase-summary.count', 1, '1 achat'],
  ['purchase-summary.count', 12, '12 achats'],
  ['purchase-summary.statuses', { open: 2, awarded: 1, abandoned: 0 }, '2 en cours, 1 attribué, 0 abandonné'],
  ['purchase-summary.statuses', { open: 1, awarded: 5, abandoned: 2 }, '1 en cours, 5 attribués, 2 abandonnés'],
  ['purchase-summary.funnel', { counts: '12 → 9 → 6 → 4 → 3' }, 'entonnoir 12 → 9 → 6 → 4 → 3'],
  [
    'purchase-summary.cycle',
    { awarded: 30, abandoned: 12.5 },
    `cycle médian 30 jours jusqu'à l'attribution, 12,5 jours jusqu'à l'abandon`,
  ],
  ['purchase-summary.cycle', { awarded: 1 }, `cycle médian 1 jour jusqu'à l'attribution`],
  ['purchase-summary.cycle', { abandoned: 8 }, `cycle médian 8 jours jusqu'à l'abandon`],
  // neither (never passed by explain): nothing after the words
  ['purchase-summary.cycle', {}, 'cycle médian '],
  ['purchase-summary.stall', { step: 'négociation', open: 3 }, `le plus d'achats en cours en négociation (3)`],
  [
    'purchase-summary.stall',
    { step: 'négociation', open: 3, idle: 12 },
    `le plus d'achats en cours en négociation (3, inactifs depuis 12 jours en médiane)`,
  ],
  ['purchase-summary.group', { key: 'Acier SA', line: '3 achats' }, '- Acier SA : 3 achats'],
  ['purchase-summary.moreGroups', 1, '- et 1 autre groupe'],
  ['purchase-summary.moreGroups', 4, '- et 4 autres groupes'],
  [
    'replay-many.purchases',
    { purchases: 5, ok: 3, problems: 1, notStarted: 1 },
    '5 achats rejoués : 3 acceptés en entier, 1 avec des événements écartés, 1 non démarré',
  ],
  [
    'replay-many.purchases',
    { purchases: 1, ok: 0, problems: 0, notStarted: 2 },
    '1 achat rejoué : 0 accepté en entier, 0 avec des événements écartés, 2 non démarrés',
  ],
  ['replay-many.events', { refused: 2, malformed: 1 }, '2 événements refusés, 1 mal formé'],
  ['replay-many.events', { refused: 1, malformed: 3 }, '1 événement refusé, 3 mal formés'],
  ['crm-role.mapped', { roles: 'décideur' }, 'décideur'],
  ['crm-role.mapped', { roles: 'décideur et approbateur', stance: 'champion' }, 'décideur et approbateur ; champion'],
  ['crm-stage.open', {}, 'affaire en cours'],
  ['crm-stage.open', { step: 'négociation' }, 'affaire en cours, acheteur en négociation'],
  ['crm-stage.open', { probability: '60 %' }, 'affaire en cours (probabilité du vendeur 60 %)'],
  [
    'crm-stage.open',
    { step: 'décision', probability: '80 %' },
    'affaire en cours, acheteur en décision (probabilité du vendeur 80 %)',
  ],
  ['crm-stage.closed', { deal: 'gagnée', outcome: 'attribué' }, 'affaire gagnée : achat attribué'],
  ['crm-stage.closed', { deal: 'perdue' }, 'affaire perdue, sans issue connue'],
  ['offer-evaluation.ranked', 1, '1 offre classée'],
  ['offer-evaluation.ranked', 3, '3 offres classées'],
  [
    'offer-evaluation.offer',
    { rank: 1, supplier: 'Acier SA', score: '0,81', criteria: 'prix 0,5, qualité 0,31' },
    '1. Acier SA 0,81 (prix 0,5, qualité 0,31)',
  ],
  ['offer-evaluation.criterion', { criterion: 'prix', contribution: '0,5' }, 'prix 0,5'],
  ['input-error.issues', 1, 'entrée invalide, 1 problème'],
  ['input-error.issues', 2, 'entrée invalide, 2 problèmes'],
  [
    'input-error.issue',
    { path: 'events[0].at', expected: 'une date ISO', received: '"hier"' },
    '- events[0].at : attendu une date ISO, reçu "hier"',
  ],
] as const;

describe('every French template of explain, word for word', () => {
  it.each(TEXTS)('%s (%#)', (path, input, expected) => {
    expect(text(path, input)).toBe(expected);
  });
});
