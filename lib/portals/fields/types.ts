import type { FieldId } from '../../model/form';
import type { Language } from '../../i18n/types';

/** Accessible names a field is known by, per portal language. */
export type FieldDictionary = Partial<Record<FieldId, Readonly<Record<Language, readonly string[]>>>>;
