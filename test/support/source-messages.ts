import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A sentence a package's sources write, with each `${…}` part replaced by `X`. */
export interface SourceMessage {
  /** The source file, relative to the package's `src`. */
  file: string;
  /** The literal's text. */
  sample: string;
}

const LITERAL = /(['"`])((?:(?!\1)[^\\\n]|\\.)*?)\1/g;
const SENTENCE = /(?:\b[A-Za-z]+\S*|\bX) [A-Za-z({X"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * The sentences a package writes, for its Turkish catalog's coverage test: every string and template literal of its
 * sources (comments left out, the catalog itself left out) holding two words or more, minus those `skip` names.
 */
export function sourceMessages(srcDir: string, skip: (sample: string) => boolean = () => false): SourceMessage[] {
  const found: SourceMessage[] = [];
  for (const file of sourceFiles(srcDir).filter((f) => !f.endsWith('messages.tr.ts'))) {
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    for (const m of source.matchAll(LITERAL)) {
      const sample = (m[2] as string).replace(/\$\{[^}]*\}/g, 'X');
      if (SENTENCE.test(sample) && !skip(sample)) found.push({ file: file.slice(srcDir.length + 1), sample });
    }
  }
  return found;
}

/** Every source file's text, joined (to check that an excluded literal is still written). */
export function sourceText(srcDir: string): string {
  return sourceFiles(srcDir)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}
