import { defineRule } from '../define';
import { isSupportForm } from '../facts';

/** §12: signing in directly puts you in your own context; without a clear signal, check the directory. */
export const contextUnknown = defineRule({
  id: 'context-unknown',
  severity: 'warning',
  source: '§12',
  when: (facts) => facts.context.kind === 'unknown' && isSupportForm(facts),
});
