// Every code buygrid/crm returns is a key of CrmMessages, with exactly its params (issue #13):
// every value of every default map, read and written back.
import { describe, expect, it } from 'vitest';
import {
  CRM_ROLE_MAPS,
  CRM_STAGE_MAPS,
  CRM_SYSTEMS,
  fromCrmRole,
  fromCrmStage,
  toCrmRole,
  type CrmMessages,
} from '../../src/crm/index.js';
import { ROLES } from '../../src/_lib/vocabulary.js';
import { STANCES } from '../../src/buying-center/index.js';
import { expectCodedFit, expectMessagesShow, type MessagesSpec } from '../_lib/messages.js';

const SPEC: MessagesSpec<CrmMessages> = {
  mapped: {
    crm: 'string',
    value: 'string',
    roles: 'strings?',
    stance: 'string?',
    deal: 'string?',
    step: 'string?',
    outcome: 'string?',
    why: 'string?',
  },
  'no-role': { crm: 'string', value: 'string' },
  'unknown-value': { crm: 'string', value: 'string' },
  'conflicting-stances': { stances: 'strings' },
  'seller-view': {},
  closed: { deal: 'string' },
  'lost-ambiguous': {},
  'unknown-stage': { crm: 'string', stage: 'string' },
  written: { crm: 'string', value: 'string', role: 'string?', stance: 'string?' },
  lost: { crm: 'string', roles: 'strings', stance: 'string?' },
  'single-select': {},
};

const SHOWN: Readonly<Record<string, readonly string[]>> = {
  mapped: ['crm', 'value', 'roles', 'stance', 'step', 'outcome', 'why'],
  'no-role': ['crm', 'value'],
  'unknown-value': ['crm', 'value'],
  'conflicting-stances': ['stances'],
  closed: ['deal'],
  'unknown-stage': ['crm', 'stage'],
  written: ['crm', 'value', 'role', 'stance'],
  lost: ['crm', 'roles', 'stance'],
};

function results(): unknown[] {
  const all: unknown[] = [];
  for (const crm of CRM_SYSTEMS) {
    for (const value of Object.keys(CRM_ROLE_MAPS[crm])) all.push(fromCrmRole(crm, value));
    for (const stage of Object.keys(CRM_STAGE_MAPS[crm])) all.push(fromCrmStage(crm, stage));
    all.push(fromCrmRole(crm, 'Procurement Lead'), fromCrmStage(crm, 'Pilot'), fromCrmRole(crm, 'champion;blocker'));
    for (const stance of STANCES) all.push(toCrmRole(crm, { roles: ROLES, stance }));
    all.push(toCrmRole(crm, { roles: ['decider'] }));
  }
  return all;
}

describe('the codes of buygrid/crm', { timeout: 60_000 }, () => {
  it('are keys of CrmMessages, each with exactly its params, shown in the message; every key is returned', () => {
    const seen = expectCodedFit(SPEC, results());
    expectMessagesShow(SHOWN, results());
    expect(Object.keys(SPEC).filter((code) => !seen.has(code))).toEqual([]);
  });

  it('tells a role reading from a stage reading by its params', () => {
    const [role] = fromCrmRole('hubspot', 'DECISION_MAKER').reasons;
    const [stage] = fromCrmStage('salesforce', 'Closed Won').reasons;
    expect(role?.code === 'mapped' && 'roles' in role.params).toBe(true);
    expect(stage?.code === 'mapped' && 'deal' in stage.params ? stage.params.deal : undefined).toBe('won');
  });
});
