import { defineRule } from '../define';

/** Not from the article: an unknown foreign tenant can't be checked against GDAP or subscription records. */
export const unlistedTenant = defineRule({
  id: 'unlisted-tenant',
  severity: 'info',
  source: 'directory',
  fix: { kind: 'link', target: 'options-customers' },
  when: (facts) => facts.context.kind === 'unlisted',
});
