// Mutation check of the rules' context guards (issue 16): every condition on the tenant context
// in lib/rules/findings/*.ts and in the shared isForeignContext helper is neutralised in turn
// (`kind === 'x'` → true, `kind !== 'x'` → false, `isForeignContext(facts)` → true,
// `!isForeignContext(facts)` → false), and at least one rules test must then fail. A guard whose
// removal leaves every test green is reported, and the script exits non-zero.
//
// Cheap on purpose: mutants are applied by a Vite transform (rule-guards.config.ts), never written
// to disk, and one guard per rule file is mutated per round, since each rule's tests evaluate only
// that rule. The shared helper's guards get rounds of their own. Run by `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FINDINGS = 'lib/rules/findings';
const FACTS = 'lib/rules/facts.ts';
const TESTS = 'tests/unit/rules/findings';
const REPORT = 'tests/.tmp/rule-guards-round.json';
/** The counts for the test command's closing line (tests/scripts/test-summary.mjs). */
const SUMMARY = 'tests/.tmp/rule-guards.json';

/** Context guards in a source text, with the replacement that removes each. */
export function findGuards(source) {
  const patterns = [
    [/\bfacts\.context\.kind\s*===\s*'[a-z]+'/g, 'true'],
    [/\bfacts\.context\.kind\s*!==\s*'[a-z]+'/g, 'false'],
    [/!isForeignContext\(facts\)/g, 'false'],
    [/(?<!!)\bisForeignContext\(facts\)/g, 'true'],
  ];
  const guards = [];
  for (const [pattern, replacement] of patterns) {
    for (const match of source.matchAll(pattern)) {
      guards.push({ offset: match.index, length: match[0].length, text: match[0], replacement });
    }
  }
  return guards.sort((a, b) => a.offset - b.offset);
}

function runRound(mutants, testFiles) {
  rmSync(REPORT, { force: true });
  const result = spawnSync('npx', ['vitest', 'run', '-c', 'tests/scripts/rule-guards.config.ts', ...testFiles], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', PCG_RULE_MUTANTS: JSON.stringify(mutants) },
  });
  if (!existsSync(REPORT)) throw new Error(`vitest wrote no report:\n${result.stdout}\n${result.stderr}`);
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  /** failed test count per test file */
  const failed = new Map();
  for (const file of report.testResults) {
    const count = file.assertionResults.filter((test) => test.status === 'failed').length;
    failed.set(file.name.slice(file.name.indexOf(TESTS)), count + (file.status === 'failed' && count === 0 ? 1 : 0));
  }
  return failed;
}

function main() {
  const started = Date.now();
  const rules = readdirSync(FINDINGS)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => {
      const path = join(FINDINGS, name);
      return {
        path,
        test: join(TESTS, name.replace(/\.ts$/, '.test.ts')),
        guards: findGuards(readFileSync(path, 'utf8')),
      };
    });
  const problems = [];
  let checked = 0;
  const rounds = Math.max(...rules.map((rule) => rule.guards.length));
  for (let round = 0; round < rounds; round += 1) {
    const inRound = rules.filter((rule) => rule.guards[round]);
    const mutants = Object.fromEntries(inRound.map((rule) => [rule.path, [rule.guards[round]]]));
    const failed = runRound(
      mutants,
      inRound.map((rule) => rule.test),
    );
    for (const rule of inRound) {
      checked += 1;
      const guard = rule.guards[round];
      const caught = failed.get(rule.test) ?? 0;
      const line = `${rule.path}: \`${guard.text}\` → ${guard.replacement}`;
      if (caught > 0) console.log(`caught  ${line} (${caught} failed in ${rule.test})`);
      else problems.push(line);
    }
  }
  // The shared helper: each of its guards alone, against every rule's tests.
  const factGuards = findGuards(readFileSync(FACTS, 'utf8'));
  for (const guard of factGuards) {
    checked += 1;
    const failed = runRound({ [FACTS]: [guard] }, [TESTS]);
    const caught = [...failed.values()].reduce((sum, count) => sum + count, 0);
    const line = `${FACTS}: \`${guard.text}\` → ${guard.replacement}`;
    if (caught > 0) console.log(`caught  ${line} (${caught} failed)`);
    else problems.push(line);
  }
  for (const rule of rules.filter((candidate) => candidate.guards.length === 0)) {
    console.log(`no context guard in ${rule.path}`);
  }
  rmSync(REPORT, { force: true });
  for (const line of problems) console.error(`MISSED  ${line}: no test fails without this guard`);
  console.log(
    `${checked - problems.length} passed, ${problems.length} failed (context guards; ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  mkdirSync('tests/.tmp', { recursive: true });
  writeFileSync(
    SUMMARY,
    JSON.stringify({ numPassedTests: checked - problems.length, numFailedTests: problems.length }),
  );
  process.exit(problems.length > 0 || checked === 0 ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
