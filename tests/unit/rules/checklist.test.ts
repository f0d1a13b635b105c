import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../lib/rules/checklist';
import { evaluateRules } from '../../../lib/rules/registry';
import { situation, type SituationOptions } from './facts-builder';

function checklist(given: SituationOptions, confirmations: string[] = []) {
  const facts = situation(given);
  return buildChecklist(facts, evaluateRules(facts), confirmations);
}

const status = (list: ReturnType<typeof checklist>, id: string) => list.items.find((item) => item.id === id)?.status;
const FILLED = { supportPlan: 'Cloud Solution Provider', email: 'alex@fabrikam.com', firstName: 'Alex' };

describe('the pre-submit checklist', () => {
  it('asks a customer Azure request for admin agent, RBAC and service health', () => {
    const list = checklist({ context: 'customer' });
    expect(list.items.filter((item) => item.kind === 'manual').map((item) => item.id)).toEqual([
      'admin-agent-role',
      'azure-rbac',
      'service-health',
    ]);
    expect(list.items.filter((item) => item.kind === 'manual').every((item) => item.status === 'manual')).toBe(true);
    expect(list.followUp.key).toBe('rules_follow_up_azure');
  });

  it('asks a Microsoft 365 request for the support category instead of RBAC', () => {
    const list = checklist({ context: 'customer', form: 'm365' });
    expect(list.items.filter((item) => item.kind === 'manual').map((item) => item.id)).toEqual([
      'admin-agent-role',
      'support-category',
      'service-health',
    ]);
    expect(list.followUp.key).toBe('rules_follow_up_m365');
  });

  it('asks nothing manual in the own tenant', () => {
    expect(checklist({ context: 'own' }).items.filter((item) => item.kind === 'manual')).toEqual([]);
  });

  it('is ready only when nothing fails and everything is confirmed', () => {
    const confirmed = ['admin-agent-role', 'azure-rbac', 'service-health'];
    expect(checklist({ context: 'customer', fields: FILLED, product: 'VM' }).ready).toBe(false);
    const ready = checklist({ context: 'customer', fields: FILLED, product: 'VM' }, confirmed);
    expect(ready.ready).toBe(true);
    expect(ready.items.every((item) => item.status === 'pass')).toBe(true);
    expect(checklist({ context: 'customer', fields: { ...FILLED, email: 'it@contoso.com' } }, confirmed).ready).toBe(
      false,
    );
  });

  it('fails the right items: reseller, expired GDAP, wrong tenant, unknown context', () => {
    const reseller = checklist({ context: 'customer', partner: { programRole: 'indirect-reseller' } });
    expect(status(reseller, 'allowed-to-file')).toBe('fail');
    expect(reseller.items.find((item) => item.id === 'allowed-to-file')?.fix).toEqual({
      kind: 'link',
      target: 'indirect-provider-contact',
    });
    expect(
      status(checklist({ context: 'customer', customer: { gdap: { status: 'expired', roles: [] } } }), 'gdap-active'),
    ).toBe('fail');
    expect(status(checklist({ context: 'own', customerIntent: 'partner-center' }), 'right-tenant')).toBe('fail');
    expect(status(checklist({ context: 'unknown' }), 'context-known')).toBe('fail');
    expect(status(checklist({ context: 'unknown', form: null }), 'context-known')).toBe('unknown');
  });

  it('reports unknown where nothing can be read yet', () => {
    const list = checklist({ context: 'unlisted' });
    expect(status(list, 'gdap-active')).toBe('unknown');
    expect(status(list, 'not-marketplace')).toBe('unknown');
    expect(list.ready).toBe(false);
  });

  it('gives a failing item the fix of its finding', () => {
    const plan = checklist({ context: 'customer', fields: { supportPlan: 'Basic' } }).items.find(
      (item) => item.id === 'support-plan',
    );
    expect(plan).toMatchObject({
      status: 'fail',
      fix: { kind: 'fill', action: 'select-csp-plan' },
      reason: { key: 'rules_customer_plan_not_csp' },
    });
  });
});
