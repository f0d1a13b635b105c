// The check `npm run zip` ends with: each release zip must hold exactly the built extension
// (the built manifest included, byte for byte), nothing from the sources, tests or replica
// portals, no source map and no key file, with the version of package.json, within the size
// budget in tests/bench/budgets.json (`zips`). Exits non-zero with a list of problems otherwise.
//
//   node tests/scripts/zip-check.mjs          checks the zips `wxt zip` just wrote
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateRawSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BROWSERS = ['chrome', 'edge'];

/**
 * The entries of a zip file, read from its central directory (no dependency needed: the format
 * is small). Each entry has its name, CRC-32, sizes, and a function that returns its bytes.
 * @param {Buffer} zip
 */
export function readZipEntries(zip) {
  let end = -1;
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset -= 1) {
    if (zip.readUInt32LE(offset) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`broken central directory at entry ${index}`);
    const method = zip.readUInt16LE(offset + 10);
    const crc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({
      name,
      crc,
      size,
      compressedSize,
      bytes() {
        const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const data = zip.subarray(start, start + compressedSize);
        if (method === 0) return Buffer.from(data);
        if (method === 8) return inflateRawSync(data);
        throw new Error(`${name}: unsupported compression method ${method}`);
      },
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** What never belongs in a release zip, with the reason. */
const FORBIDDEN = [
  [/\.map$/i, 'a source map'],
  [/\.(ts|tsx|mts|cts)$/i, 'a TypeScript source'],
  [/(^|\/)(tests?|__tests__|e2e|replicas?|fixtures|bench)(\/|$)/i, 'test or replica files'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/i, 'a test'],
  [/(^|\/)node_modules\//, 'node_modules'],
  [/(^|\/)\.[^/]+$/, 'a hidden file'],
  [/\.(pem|crx|key)$/i, 'a key or a package'],
  [/(^|\/)(package(-lock)?\.json|tsconfig\.json|wxt\.config\.ts)$/, 'project configuration'],
];

/**
 * Every problem with one zip, as sentences; an empty list means it is fine.
 * @param {{
 *   entries: { name: string, crc: number, size: number, bytes(): Buffer }[],
 *   built: Map<string, { crc: number, size: number }>,
 *   builtManifest: unknown,
 *   version: string,
 *   zipBytes: number,
 *   budget: number | undefined,
 * }} input
 */
export function zipProblems(input) {
  const problems = [];
  const files = input.entries.filter((entry) => !entry.name.endsWith('/'));
  for (const entry of files) {
    for (const [pattern, what] of FORBIDDEN) {
      if (pattern.test(entry.name)) problems.push(`${entry.name} is ${what}`);
    }
  }
  const names = new Set(files.map((entry) => entry.name));
  for (const entry of files) {
    const built = input.built.get(entry.name);
    if (!built) problems.push(`${entry.name} is not in the build`);
    else if (built.crc !== entry.crc || built.size !== entry.size)
      problems.push(`${entry.name} differs from the build`);
  }
  for (const name of input.built.keys()) if (!names.has(name)) problems.push(`${name} of the build is missing`);
  const manifestEntry = files.find((entry) => entry.name === 'manifest.json');
  if (!manifestEntry) problems.push('manifest.json is missing at the top of the zip');
  else {
    let manifest;
    try {
      manifest = JSON.parse(manifestEntry.bytes().toString('utf8'));
    } catch {
      problems.push('manifest.json is not JSON');
    }
    if (manifest) {
      if (JSON.stringify(manifest) !== JSON.stringify(input.builtManifest))
        problems.push('manifest.json is not the built manifest');
      if (manifest.version !== input.version)
        problems.push(`manifest version ${manifest.version} is not package.json's ${input.version}`);
      if (manifest.manifest_version !== 3) problems.push('manifest_version is not 3');
    }
  }
  if (input.budget === undefined) problems.push('no size budget in tests/bench/budgets.json (zips)');
  else if (input.zipBytes > input.budget)
    problems.push(`the zip is ${input.zipBytes} bytes, over its budget of ${input.budget}`);
  return problems;
}

/** The files of a build directory, by their path inside it, with CRC-32 and size. */
export function builtFiles(dir) {
  const files = new Map();
  const walk = (current) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files.set(relative(dir, path).split(sep).join('/'), { crc: crc32(bytes), size: bytes.length });
      }
    }
  };
  walk(dir);
  return files;
}

/** Checks the zips of every browser; returns the problems, each prefixed with its zip. */
export function checkReleaseZips(root = ROOT) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const budgets = JSON.parse(readFileSync(join(root, 'tests/bench/budgets.json'), 'utf8')).zips ?? {};
  const problems = [];
  const sizes = {};
  for (const browser of BROWSERS) {
    const zipPath = join(root, '.output', `${pkg.name}-${pkg.version}-${browser}.zip`);
    const buildDir = join(root, '.output', `${browser}-mv3`);
    const label = relative(root, zipPath);
    if (!existsSync(zipPath) || !existsSync(join(buildDir, 'manifest.json'))) {
      problems.push(`${label}: missing (run npm run zip)`);
      continue;
    }
    const zip = readFileSync(zipPath);
    sizes[browser] = zip.length;
    let entries;
    try {
      entries = readZipEntries(zip);
    } catch (error) {
      problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const found = zipProblems({
      entries,
      built: builtFiles(buildDir),
      builtManifest: JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')),
      version: pkg.version,
      zipBytes: zip.length,
      budget: budgets[browser],
    });
    problems.push(...found.map((problem) => `${label}: ${problem}`));
  }
  return { problems, sizes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { problems, sizes } = checkReleaseZips();
  if (problems.length > 0) {
    console.error(`Zip check FAILED:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exit(1);
  }
  console.log(
    `Zip check passed: ${Object.entries(sizes)
      .map(([browser, bytes]) => `${browser} ${(bytes / 1024).toFixed(1)} KB`)
      .join(', ')}, exactly the built extension.`,
  );
}
