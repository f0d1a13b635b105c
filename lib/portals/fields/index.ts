import type { SupportFormKind } from '../../model/form';
import { AZURE_SUPPORT_FIELDS } from './azure';
import { M365_SUPPORT_FIELDS } from './m365';
import type { FieldDictionary } from './types';

export const FIELD_DICTIONARIES: Readonly<Record<SupportFormKind, FieldDictionary>> = {
  azure: AZURE_SUPPORT_FIELDS,
  m365: M365_SUPPORT_FIELDS,
};

export { CONTACT_METHOD_OPTIONS } from './azure';
export type { FieldDictionary } from './types';
