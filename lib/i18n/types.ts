import type { MessageKey } from './catalog';

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One message in every supported language. `$1`…`$9` mark substitutions. */
type LocalizedText = Readonly<Record<Language, string>>;
export type MessageTable = Readonly<Record<string, LocalizedText>>;

/** A message to show, resolved to text only at the edge that knows the UI language. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly args?: readonly string[];
}
