import { afterAll, expect, it } from 'vitest';
import {
  addMember,
  analyzeBuyingCenter,
  assignRole,
  coverage,
  createBuyingCenter,
  expectedSize,
  fromCrmRole,
  removeMember,
  rolesInStep,
  unassignRole,
  updateMember,
} from '../../src/buying-center/index.js';
import { ATTACK_TIMEOUT, runAll, summary, type Target, type Tally } from './harness.js';

const centerInput = (): unknown => ({
  organization: { type: 'company', employees: 2000, sector: 'steel' },
  members: [
    {
      id: 'ana',
      name: 'Ana',
      title: 'Engineer',
      department: 'R&D',
      roles: ['user', 'prescriber'],
      influence: 0.4,
      stance: 'champion',
    },
    { id: 'bo', name: 'Bo', roles: ['buyer', 'decider'], influence: 0.8, external: false },
  ],
});
const center = (): unknown => createBuyingCenter(centerInput() as never);
const member = { id: 'cy', name: 'Cy', roles: ['gatekeeper'], influence: 0.2 };

const targets: Target[] = [
  { name: 'createBuyingCenter', call: createBuyingCenter as Target['call'], valid: () => [centerInput()] },
  { name: 'addMember', call: addMember as Target['call'], valid: () => [center(), { ...member }] },
  {
    name: 'updateMember',
    call: updateMember as Target['call'],
    valid: () => [center(), 'ana', { influence: 0.6, stance: 'skeptic' }],
  },
  { name: 'removeMember', call: removeMember as Target['call'], valid: () => [center(), 'bo'] },
  { name: 'assignRole', call: assignRole as Target['call'], valid: () => [center(), 'ana', 'approver'] },
  { name: 'unassignRole', call: unassignRole as Target['call'], valid: () => [center(), 'bo', 'buyer'] },
  { name: 'coverage', call: coverage as Target['call'], valid: () => [center(), 'specification', { threshold: 0.5 }] },
  {
    name: 'analyzeBuyingCenter',
    call: analyzeBuyingCenter as Target['call'],
    valid: () => [center(), { step: 'negotiation' }],
  },
  {
    name: 'expectedSize',
    call: expectedSize as Target['call'],
    valid: () => [{ employees: 500, buyclass: 'new-task', complexity: 'high', importance: 'strategic' }],
  },
  { name: 'rolesInStep', call: rolesInStep as Target['call'], valid: () => ['decision', { threshold: 0.4 }] },
  { name: 'fromCrmRole', call: fromCrmRole as Target['call'], valid: () => ['hubspot', 'Decision Maker'] },
];

let tally: Tally = { tried: 0, failures: [] };
afterAll(() => {
  console.log(summary('buying-center', tally));
});

it(
  'every public function of buygrid/buying-center survives hostile input',
  () => {
    tally = runAll(targets);
    expect(tally.failures.slice(0, 15)).toEqual([]);
  },
  ATTACK_TIMEOUT,
);
