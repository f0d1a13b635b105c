import type { MessageTable } from '../types';

export const coreMessages = {
  extName: { en: 'Partner Context Guard', nl: 'Partner Context Guard' },
  extDescription: {
    en: 'Shows which Microsoft tenant you are in and guards CSP support requests in Azure, Entra, Intune, Microsoft 365 and Partner Center.',
    nl: 'Toont in welke Microsoft-tenant u werkt en bewaakt CSP-supportaanvragen in Azure, Entra, Intune, Microsoft 365 en Partner Center.',
  },
  portal_azure: { en: 'Azure portal', nl: 'Azure-portal' },
  portal_azure_gov: { en: 'Azure Government portal', nl: 'Azure Government-portal' },
  portal_azure_frame: { en: 'Azure portal (embedded view)', nl: 'Azure-portal (ingesloten weergave)' },
  portal_entra: { en: 'Entra admin center', nl: 'Entra-beheercentrum' },
  portal_intune: { en: 'Intune admin center', nl: 'Intune-beheercentrum' },
  portal_m365_admin: { en: 'Microsoft 365 admin center', nl: 'Microsoft 365-beheercentrum' },
  portal_exchange_admin: { en: 'Exchange admin center', nl: 'Exchange-beheercentrum' },
  portal_teams_admin: { en: 'Teams admin center', nl: 'Teams-beheercentrum' },
  portal_partner_center: { en: 'Partner Center', nl: 'Partner Center' },
  portal_office: { en: 'Microsoft 365 portal', nl: 'Microsoft 365-portal' },
} as const satisfies MessageTable;
