import { defineConfig } from 'vitest/config';

/**
 * A lean config for the rules tests (they need neither WXT nor a DOM) plus one transform: the
 * mutants in PCG_RULE_MUTANTS (a JSON object of file → [{ offset, length, replacement }]) are
 * applied to the source as Vite loads it. Nothing is written to disk, so an interrupted run leaves
 * the code as it was. Used by rule-guards.mjs only.
 */
const mutants: Record<string, { offset: number; length: number; replacement: string }[]> = JSON.parse(
  process.env.PCG_RULE_MUTANTS ?? '{}',
);

export default defineConfig({
  plugins: [
    {
      name: 'pcg-rule-mutants',
      enforce: 'pre',
      transform(code: string, id: string) {
        const file = Object.keys(mutants).find((path) => id.split('?')[0]!.endsWith(path));
        if (!file) return null;
        let mutated = code;
        for (const { offset, length, replacement } of [...mutants[file]!].sort((a, b) => b.offset - a.offset)) {
          mutated = mutated.slice(0, offset) + replacement + mutated.slice(offset + length);
        }
        return { code: mutated, map: null };
      },
    },
  ],
  test: {
    include: ['tests/unit/rules/**/*.test.ts'],
    environment: 'node',
    globals: true,
    reporters: ['json'],
    outputFile: { json: 'tests/.tmp/rule-guards-round.json' },
  },
});
