import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The release tool reads a changeset's packages from its front matter only: a file whose header was written any other
// way is released as nothing, silently.
const dir = join(import.meta.dirname, '../../.changeset');
const packages = new Set(
  readdirSync(join(import.meta.dirname, '../../packages')).map((p) => JSON.parse(readFileSync(join(import.meta.dirname, '../../packages', p, 'package.json'), 'utf8')).name),
);
const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('changesets', () => {
  it.each(files)('%s has front matter naming packages of this repository and a bump', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const front = /^---\n((?:"@odeme\/[a-z]+": (?:major|minor|patch)\n)+)---\n\n\S/.exec(text);
    expect(front, 'front matter: ---, one "<package>": <bump> line each, ---, a blank line, the summary').not.toBeNull();
    for (const line of (front?.[1] ?? '').trim().split('\n')) expect(packages).toContain(line.split('"')[1]);
  });
});
