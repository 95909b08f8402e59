import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The release tool reads a changeset's packages from its front matter only: a file whose header was written any other
// way (a markdown formatter turns it into a heading) is released as nothing, silently.
const root = join(import.meta.dirname, '../..');
const manifests = readdirSync(join(root, 'packages')).map((dir) => ({
  dir,
  ...(JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] }),
}));
const names = new Set(manifests.map((m) => m.name));
const pending = readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('release notes', () => {
  it('every pending changeset has front matter naming packages of this repository and a bump', () => {
    for (const file of pending) {
      const text = readFileSync(join(root, '.changeset', file), 'utf8');
      const front = /^---\n((?:"@odeme\/[a-z]+": (?:major|minor|patch)\n)+)---\n\n\S/.exec(text);
      expect(front, `${file}: ---, one "<package>": <bump> line each, ---, a blank line, the summary`).not.toBeNull();
      for (const line of (front?.[1] ?? '').trim().split('\n')) expect(names, file).toContain(line.split('"')[1]);
    }
  });

  it.each(manifests.map((m) => [m.name, m]))('%s ships a CHANGELOG whose latest entry is its version', (_name, m) => {
    expect(m.files).toContain('CHANGELOG.md');
    const changelog = join(root, 'packages', m.dir, 'CHANGELOG.md');
    expect(existsSync(changelog)).toBe(true);
    expect(/^## (\S+)$/m.exec(readFileSync(changelog, 'utf8'))?.[1]).toBe(m.version);
  });
});
