import { describe, expect, it } from 'vitest';
import { dirsOf, findSpecifiers, planMoves, relativeSpecifier, rewriteSource } from '../../scripts/move-modules.mjs';

const FILES = [
  'src/server/pair-topics.ts',
  'src/server/routes/topics.routes.ts',
  'src/server/routes/define.ts',
  'src/db/pair-topics.repo.ts',
  'src/core/instruments/phq.json',
  'src/web/App.tsx',
  'test/integration/topics.test.ts',
];

/** The tree before the mapping, and the file-level plan the command would follow. */
function tree(mapping: Record<string, string>, files = FILES) {
  const set = new Set(files);
  const { moves, folders } = planMoves(mapping, set);
  return { files: set, dirs: dirsOf(set), moves, folders };
}

describe('move-modules', () => {
  it('writes relative specifiers from one folder to a file', () => {
    expect(relativeSpecifier('src/server/pair', 'src/server/plugins/auth.ts')).toBe('../plugins/auth.ts');
    expect(relativeSpecifier('src/server', 'src/server/pair/x.ts')).toBe('./pair/x.ts');
    expect(relativeSpecifier('test/integration', 'src/db/a.ts')).toBe('../../src/db/a.ts');
  });

  it('finds imports, re-exports, dynamic imports, import types, mocks and URLs, but not comments', () => {
    const source = [
      "// import { no } from './in-a-comment.js';",
      "import { a } from './a.js';",
      "import './side-effect.css';",
      "export { b } from '../b.js';",
      "import data from './data.json' with { type: 'json' };",
      "const c = await import('./c.js');",
      "type D = import('./d.js').D;",
      "vi.mock('./e.js', () => ({}));",
      "const dir = new URL('../fixtures/', import.meta.url);",
      "const s = '/not/relative';",
      "import x from 'kysely';",
    ].join('\n');
    expect(findSpecifiers(source).map((s) => s.text)).toEqual([
      './a.js',
      './side-effect.css',
      '../b.js',
      './data.json',
      './c.js',
      './d.js',
      './e.js',
      '../fixtures/',
    ]);
  });

  it('re-points a moved file’s own imports and keeps the .js style', () => {
    const t = tree({
      'src/server/pair-topics.ts': 'src/server/pair/pair-topics.ts',
      'src/db/pair-topics.repo.ts': 'src/db/pair/pair-topics.repo.ts',
    });
    const source = "import { PairTopicsRepo } from '../db/pair-topics.repo.js';\nimport { route } from './routes/define.js';\n";
    const { text } = rewriteSource(source, 'src/server/pair-topics.ts', 'src/server/pair/pair-topics.ts', t);
    expect(text).toBe(
      "import { PairTopicsRepo } from '../../db/pair/pair-topics.repo.js';\nimport { route } from '../routes/define.js';\n",
    );
  });

  it('re-points files that import a moved folder, and JSON and mocks too', () => {
    const t = tree({ 'src/server/routes': 'src/server/pair', 'src/core/instruments': 'src/core/support/instruments' });
    const source = [
      "import { topicsRoutes } from '../../src/server/routes/topics.routes.js';",
      "import phq from '../../src/core/instruments/phq.json' with { type: 'json' };",
      "vi.mock('../../src/server/routes/define.js');",
    ].join('\n');
    const { text, changes } = rewriteSource(source, 'test/integration/topics.test.ts', 'test/integration/topics.test.ts', t);
    expect(text).toBe(
      [
        "import { topicsRoutes } from '../../src/server/pair/topics.routes.js';",
        "import phq from '../../src/core/support/instruments/phq.json' with { type: 'json' };",
        "vi.mock('../../src/server/pair/define.js');",
      ].join('\n'),
    );
    expect(changes).toHaveLength(3);
  });

  it('leaves what it cannot resolve, and changes nothing on a tree already moved', () => {
    const moved = FILES.map((f) => (f === 'src/server/pair-topics.ts' ? 'src/server/pair/pair-topics.ts' : f));
    const t = tree({ 'src/server/pair-topics.ts': 'src/server/pair/pair-topics.ts' }, moved);
    expect(t.moves.size).toBe(0);
    const source = "import { x } from '../routes/define.js';\nimport { y } from './missing.js';\n";
    const { text, changes } = rewriteSource(source, 'src/server/pair/pair-topics.ts', 'src/server/pair/pair-topics.ts', t);
    expect(text).toBe(source);
    expect(changes).toEqual([]);
  });

  it('refuses to move onto an existing file', () => {
    expect(() => tree({ 'src/server/pair-topics.ts': 'src/server/routes/define.ts' })).toThrow(/exists already/);
  });
});
