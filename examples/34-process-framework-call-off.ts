// A call-off under a framework agreement (Directive 2014/24/EU art. 33(3), 33(4)(a)): a public
// routine re-order from a framework holder, on the framework's terms, without a new offer.
import { analyzeBuyingCenter, createBuyingCenter } from 'buygrid/buying-center';
import { PROCEDURE_POLICIES, replay } from 'buygrid/process';
import { classifySituation, recommendApproach } from 'buygrid/situation';

const situation = classifySituation({
  buyclass: 'straight-rebuy',
  organization: { type: 'public-body' },
  procedure: 'framework-call-off',
});
console.log(`procedure: ${String(situation.procedure)} (${PROCEDURE_POLICIES['framework-call-off'].article})`);

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
if (!callOff.ok) throw new Error(callOff.rejection.message);
console.log('selection:', JSON.stringify(callOff.state.selection));
const seller = recommendApproach(situation, { position: 'out-supplier' }).actions.map((a) => a.code);
console.log(`a supplier outside the framework: ${seller.join(', ')}`);
if (
  callOff.state.selection?.reorder !== true ||
  warnings.length !== 0 ||
  seller[0] !== 'prepare-for-the-next-framework'
)
  throw new Error('not what the text says');
