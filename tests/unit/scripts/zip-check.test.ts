import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZipEntries, zipProblems } from '../../scripts/zip-check.mjs';

interface Entry {
  name: string;
  crc: number;
  size: number;
  bytes(): Buffer;
}

/** A minimal zip writer (stored or deflated entries), so the reader is tested on real zip bytes. */
function zipOf(files: Record<string, string>, deflate = true): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text);
    const data = deflate ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MANIFEST = { manifest_version: 3, name: 'Partner Context Guard', version: '1.2.3' };
const BUILD: Record<string, string> = {
  'manifest.json': JSON.stringify(MANIFEST),
  'background.js': 'console.log(1)',
  'chunks/popup-abc.js': 'export {}',
};

function check(files: Record<string, string>, overrides: Partial<Parameters<typeof zipProblems>[0]> = {}): string[] {
  const zip = zipOf(files);
  return zipProblems({
    entries: readZipEntries(zip) as Entry[],
    built: new Map(
      Object.entries(BUILD).map(([name, text]) => [name, { crc: crc32(Buffer.from(text)), size: text.length }]),
    ),
    builtManifest: MANIFEST,
    version: '1.2.3',
    zipBytes: zip.length,
    budget: 100_000,
    ...overrides,
  });
}

describe('the release zip check', () => {
  it('reads the entries of a zip, stored and deflated', () => {
    for (const deflate of [true, false]) {
      const entries = readZipEntries(zipOf(BUILD, deflate)) as Entry[];
      expect(entries.map((entry) => entry.name)).toEqual(Object.keys(BUILD));
      expect(entries[0]!.bytes().toString()).toBe(BUILD['manifest.json']);
    }
    expect(() => readZipEntries(Buffer.from('not a zip at all, not even close'))).toThrow(/not a zip/);
  });

  it('passes a zip that is exactly the build', () => {
    expect(check(BUILD)).toEqual([]);
  });

  it.each([
    ['a source map', { 'background.js.map': '{}' }, /background\.js\.map is a source map/],
    ['a test', { 'tests/unit/x.test.js': '' }, /test or replica files/],
    ['a replica portal', { 'replicas/portal.html': '' }, /test or replica files/],
    ['a TypeScript source', { 'lib/x.ts': '' }, /TypeScript source/],
    ['a private key', { 'key.pem': '' }, /a key or a package/],
    ['a hidden file', { '.DS_Store': '' }, /hidden file/],
  ])('fails on %s', (_what, extra, problem) => {
    expect(check({ ...BUILD, ...extra }).join('\n')).toMatch(problem);
  });

  it('fails when a file is missing, differs from the build, or the manifest is not the built one', () => {
    const { 'chunks/popup-abc.js': _dropped, ...withoutChunk } = BUILD;
    expect(check(withoutChunk)).toContain('chunks/popup-abc.js of the build is missing');
    expect(check({ ...BUILD, 'background.js': 'console.log(2)' })).toContain('background.js differs from the build');
    const sourceManifest = JSON.stringify({ ...MANIFEST, key: 'MIIB' });
    expect(check({ ...BUILD, 'manifest.json': sourceManifest })).toContain('manifest.json is not the built manifest');
  });

  it("fails when the version is not package.json's", () => {
    expect(check(BUILD, { version: '1.2.4' })).toContain("manifest version 1.2.3 is not package.json's 1.2.4");
  });

  it('fails over the size budget, and without one', () => {
    expect(check(BUILD, { budget: 10 }).join('\n')).toMatch(/over its budget of 10/);
    expect(check(BUILD, { budget: undefined })).toContain('no size budget in tests/bench/budgets.json (zips)');
  });
});
