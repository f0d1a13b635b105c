import type { MessageKey } from './catalog';
import { isMessageKey } from './translate';

/** `select-csp-plan` → `select_csp_plan`, as a type too, so keys built from ids stay checked. */
export type Underscored<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}_${Underscored<Tail>}`
  : S;

export function underscored<S extends string>(value: S): Underscored<S> {
  return value.replace(/-/g, '_') as Underscored<S>;
}

/** A finding's text key: one that has a `<key>_title` sibling for the finding's title. */
export type TitledKey = { [K in MessageKey]: `${K}_title` extends MessageKey ? K : never }[MessageKey];

/** A key that arrives as data (a zod issue message, say): the key when the catalog has it, else the fallback. */
export function knownKeyOr(key: string, fallback: MessageKey): MessageKey {
  return isMessageKey(key) ? key : fallback;
}
