import { contextMessages } from './messages/context';
import { coreMessages } from './messages/core';
import { formsMessages } from './messages/forms';
import { optionsMessages } from './messages/options';
import { overlayMessages } from './messages/overlay';
import { popupMessages } from './messages/popup';
import { rulesMessages } from './messages/rules';
import type { MessageTable } from './types';

/**
 * Every UI message. Each area keeps its texts in its own module under messages/;
 * the build turns this catalog into `_locales/<lang>/messages.json`.
 */
export const CATALOG = {
  ...coreMessages,
  ...contextMessages,
  ...rulesMessages,
  ...formsMessages,
  ...overlayMessages,
  ...popupMessages,
  ...optionsMessages,
} as const satisfies MessageTable;

export type MessageKey = keyof typeof CATALOG;
