import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The design lives inside the repository, in docs/DESIGN.md: whoever clones the repository
// has it. Nothing may point at the old copy outside it, a comment cites the design as
// "docs/DESIGN.md §n" (not a bare "DESIGN §n", which names no file), and every section it
// cites must exist there, so that renumbering the design cannot leave a citation dangling.

const ROOT = path.resolve(import.meta.dirname, '../..');
const DESIGN_PATH = 'docs/DESIGN.md';
/** Written in parts so that this file does not itself point outside the repository. */
const OUTSIDE_DESIGN = ['..', 'shared', 'DESIGN'].join('/');

/** Section numbers of the design's headings: "## 4. Data flow" is 4, "### 4.2 Backups" is 4.2. */
export function sectionNumbers(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{2,4}[ \t]+§?(\d+(?:\.\d+)*)\.?[ \t]/gm)].map((match) => match[1]!));
}

/** Every "docs/DESIGN.md §n" in a text, as n. */
export function citedSections(text: string): string[] {
  return [...text.matchAll(/docs\/DESIGN\.md[ \t]*§[ \t]*(\d+(?:\.\d+)*)/g)].map((match) => match[1]!);
}

/** Citations of the design that name no file: the word DESIGN, with or without ".md", then a section sign and a number. */
export function bareCitations(text: string): string[] {
  return [...text.matchAll(/(?<![\w/.-])DESIGN(?:\.md)?[ \t]*§[ \t]*\d+(?:\.\d+)*/g)].map((match) => match[0]);
}

/** Files git tracks, and new ones it does not ignore (a file not committed yet counts too). */
function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set(listed.split('\n').filter((file) => file !== ''))].filter((file) => {
    const absolute = path.join(ROOT, file);
    return existsSync(absolute) && statSync(absolute).isFile();
  });
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('how citations of the design are read', () => {
  it('takes section numbers from numbered headings only', () => {
    const sections = sectionNumbers(
      '# Title\n## 1. Users\ntext 7. not a heading\n### 4.2 Backups\n## Changing now\n##9. no space\n',
    );
    expect([...sections].sort()).toEqual(['1', '4.2']);
  });

  it('finds citations with their full number, and bare ones apart', () => {
    // Built from parts: written out, these samples would be citations of this very file.
    const word = 'DESIGN';
    const text = `// (${DESIGN_PATH} §10) and ${DESIGN_PATH} §4.2; ${word} §2 and ${word}.md§3 but not OTHER_${word} §5`;
    expect(citedSections(text)).toEqual(['10', '4.2']);
    expect(bareCitations(text)).toEqual([`${word} §2`, `${word}.md§3`]);
  });
});

describe('the design in the repository', () => {
  const files = repositoryFiles();

  it('exists, with numbered sections', () => {
    expect(existsSync(path.join(ROOT, DESIGN_PATH)), `${DESIGN_PATH} is missing`).toBe(true);
    expect(sectionNumbers(read(DESIGN_PATH)).size).toBeGreaterThan(0);
  });

  it('is the only design anything points at: no file outside docs/ names the copy outside the repository', () => {
    const pointingOutside = files.filter((file) => !file.startsWith('docs/') && read(file).includes(OUTSIDE_DESIGN));
    expect(pointingOutside).toEqual([]);
  });

  it('is cited by file, and every section cited exists', () => {
    const sections = existsSync(path.join(ROOT, DESIGN_PATH)) ? sectionNumbers(read(DESIGN_PATH)) : new Set<string>();
    const problems = files.flatMap((file) => {
      const text = read(file);
      return [
        ...citedSections(text)
          .filter((section) => !sections.has(section))
          .map((section) => `${file}: cites ${DESIGN_PATH} §${section}, which has no such section`),
        ...bareCitations(text).map((citation) => `${file}: "${citation}" names no file; write "${DESIGN_PATH} §n"`),
      ];
    });
    expect(problems).toEqual([]);
  });
});
