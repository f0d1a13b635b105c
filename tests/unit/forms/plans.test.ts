import { describe, expect, it } from 'vitest';
import { buildContactPlan, buildPlanSelection } from '../../../lib/forms/plans';
import { settingsSchema } from '../../../lib/settings/schema';

describe('fill plans', () => {
  const contact = settingsSchema.parse({
    contact: {
      firstName: 'Alex',
      lastName: '',
      email: 'alex@fabrikam.com',
      additionalEmails: ['a@fabrikam.com', 'b@fabrikam.com'],
      phone: '+31',
      preferredContactMethod: 'phone',
    },
  }).contact;

  it('leaves out empty settings, joins additional emails and names the method option', () => {
    expect(buildContactPlan(contact, 'azure')).toEqual({
      values: {
        firstName: 'Alex',
        email: 'alex@fabrikam.com',
        additionalEmail: 'a@fabrikam.com; b@fabrikam.com',
        phone: '+31',
        preferredContactMethod: 'Phone',
      },
      aliases: { preferredContactMethod: ['Phone', 'Telefoon'] },
    });
  });

  it('fills only what the Microsoft 365 pane asks', () => {
    expect(Object.keys(buildContactPlan(contact, 'm365').values)).toEqual(['email', 'phone', 'preferredContactMethod']);
  });

  it('selects the CSP plan by its label and known aliases, other plans by their own text', () => {
    expect(buildPlanSelection('Cloud Solution Provider', { csp: true }).aliases?.supportPlan).toEqual([
      'Cloud Solution Provider',
      'Cloudoplossingsprovider',
    ]);
    expect(buildPlanSelection('Partner Cloud Support 5')).toEqual({
      values: { supportPlan: 'Partner Cloud Support 5' },
      aliases: { supportPlan: ['Partner Cloud Support 5'] },
    });
  });
});
