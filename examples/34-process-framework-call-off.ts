// A call-off under a framework agreement (Directive 2014/24/EU art. 33(3), 33(4)(a)): a public
// routine re-order from a framework holder, on the framework's terms, without a new offer.
import { analyzeBuyingCenter, createBuyingCenter } from 'buygrid/buying-center';
import { PROCEDURE_POLICIES, replay } from 'buygrid/process';
import { classifySituation, recommendApproach } from 'buygrid/situation';
import { explain, label, say } from 'buygrid/explain';
import { lang } from './lib/locale.js';

const situation = classifySituation({
  buyclass: 'straight-rebuy',
  organization: { type: 'public-body' },
  procedure: 'framework-call-off',
});
console.log(
  `procedure: ${label('procedure', 'framework-call-off', lang)} (${PROCEDURE_POLICIES['framework-call-off'].article})`,
);
if (situation.procedure !== 'framework-call-off') throw new Error('the procedure given is kept');

const center = createBuyingCenter({
  organization: { type: 'public-body' },
  members: [{ id: 'omar', name: 'Omar', roles: ['buyer'], influence: 1 }],
});
const warnings = analyzeBuyingCenter(center, { step: 'decision', buyclass: 'straight-rebuy' }).warnings;
console.log(`one purchasing officer places the call-off: ${String(warnings.length)} warnings`);

const callOff = replay(
  {
    id: 'salt-call-off-2026-11',
    at: '2026-11-03T07:00:00Z',
    need: { summary: 'Road salt, 300 t (stock below the reorder point)' },
    situation,
    knownSuppliers: [
      { id: 'saline', name: 'Saline', incumbent: true },
      { id: 'rocksalt', name: 'Rocksalt', incumbent: true },
    ],
  },
  [
    { type: 'needQualified', at: '2026-11-03T07:05:00Z' },
    {
      type: 'requirementAdded',
      at: '2026-11-03T07:10:00Z',
      requirement: { id: 'lot', text: 'Lot 2 of the framework: grain 0–5 mm' },
    },
    {
      type: 'stepSkipped',
      at: '2026-11-03T07:15:00Z',
      to: 'decision',
      reason: 'Call-off on the terms of the framework',
    },
    {
      type: 'supplierSelected',
      at: '2026-11-03T07:20:00Z',
      by: 'omar',
      supplierId: 'saline',
      orderRoutine: { kind: 'call-off', reference: 'FA-2025-014 lot 2', schedule: '3 deliveries of 100 t' },
    },
  ],
  { buyingCenter: center },
);
if (!callOff.ok) throw new Error(say(callOff.rejection, lang));
console.log(explain(callOff.state, lang));
console.log('  selection.orderRoutine (as stored):', JSON.stringify(callOff.state.selection?.orderRoutine));
const approach = recommendApproach(situation, { position: 'out-supplier' });
console.log(`a supplier outside the framework:\n  ${explain(approach, lang).replaceAll('\n', '\n  ')}`);
const seller = approach.actions.map((a) => a.code);
if (
  callOff.state.selection?.reorder !== true ||
  warnings.length !== 0 ||
  seller[0] !== 'prepare-for-the-next-framework'
)
  throw new Error('not what the text says');
