// Moves files and folders and re-points every relative module specifier that named them, so a
// reorganisation (issue 15.6: domain folders per layer) is one reviewed mapping instead of
// hundreds of hand edits.
//
//   node scripts/move-modules.mjs mapping.json            # {"src/server/pair-topics.ts": "src/server/pair/pair-topics.ts", …}
//   node scripts/move-modules.mjs '{"src/a": "src/b"}'     # the mapping inline
//   node scripts/move-modules.mjs --dry-run mapping.json   # print, change nothing
//
// A key is a file or a folder (every file under it moves along). What is rewritten: static
// `import … from`, `export … from`, side-effect `import '…'`, `import()` (also as a type),
// `vi.mock()` and friends, `new URL('…', import.meta.url)` — found by the TypeScript parser, so
// comments and docs stay as they are. Specifiers keep their style (`.js` for a `.ts` file).
// Running it again on a moved tree finds nothing to move and nothing to rewrite.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Folders whose code is scanned, plus the config files at the root. */
export const SCANNED = ['src/', 'test/', 'e2e/', 'bench/', 'scripts/', 'bin/'];
const CODE = /\.(?:[cm]?[jt]sx?)$/;
const MOCKERS = new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock']);

// ---- paths (always posix, relative to the repository root) -------------------------------

const norm = (p) => {
  const out = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
};
const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

/** The specifier that reaches `to` from a file in folder `fromDir`, always starting with `.`. */
export function relativeSpecifier(fromDir, to) {
  const a = fromDir ? fromDir.split('/') : [];
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const up = a.length - i;
  const rest = b.slice(i).join('/');
  return (up === 0 ? './' : '../'.repeat(up)) + rest;
}

/**
 * The file (or folder) a relative specifier names, given the set of files that exist:
 * `./x.js` may be `x.ts`, `x.tsx`, `x.js`; `./x` may be `x.ts` or `x/index.ts`.
 * Returns `{ path, suffix }`: the existing path, and what to add back to write it as the
 * specifier was written (`.ts` → `.js`), or null when nothing matches.
 */
export function resolveSpecifier(fromDir, spec, files, dirs) {
  const target = norm(join(fromDir, spec).replaceAll('\\', '/'));
  const trailing = spec.endsWith('/') ? '/' : '';
  if (files.has(target)) return { path: target, write: (p) => p };
  const ext = target.match(/\.(m|c)?js$/);
  if (ext) {
    const stem = target.slice(0, -ext[0].length);
    const tsExt = ext[1] ? `.${ext[1]}ts` : '.ts';
    for (const e of [tsExt, ext[1] ? null : '.tsx'].filter(Boolean)) {
      if (files.has(stem + e)) return { path: stem + e, write: (p) => p.slice(0, -e.length) + ext[0] };
    }
  }
  if (!/\.[a-z]+$/i.test(target)) {
    for (const e of ['.ts', '.tsx', '.js', '.mjs']) {
      if (files.has(target + e)) return { path: target + e, write: (p) => p.slice(0, -e.length) };
    }
  }
  if (dirs.has(target)) return { path: target, write: (p) => p + trailing, dir: true };
  return null;
}

// ---- the move plan -----------------------------------------------------------------------

/**
 * Expands a mapping of files/folders into file moves. Entries whose source is gone and whose
 * destination exists are already done, and are skipped (so a second run moves nothing).
 */
export function planMoves(mapping, files) {
  const moves = new Map();
  const folders = [];
  const skipped = [];
  for (const [rawFrom, rawTo] of Object.entries(mapping)) {
    const from = norm(rawFrom);
    const to = norm(rawTo);
    if (files.has(from)) {
      moves.set(from, to);
      continue;
    }
    const under = [...files].filter((f) => f.startsWith(from + '/'));
    if (under.length === 0) {
      skipped.push(from);
      continue;
    }
    folders.push([from, to]);
    for (const f of under) moves.set(f, to + f.slice(from.length));
  }
  for (const [from, to] of moves) {
    if (files.has(to) && !moves.has(to)) throw new Error(`${from} → ${to}: the destination exists already`);
  }
  return { moves, folders, skipped };
}

/** Where a path (a file or a folder) is after the moves. */
export function movedPath(path, moves, folders) {
  if (moves.has(path)) return moves.get(path);
  for (const [from, to] of folders) {
    if (path === from) return to;
    if (path.startsWith(from + '/')) return to + path.slice(from.length);
  }
  return path;
}

// ---- finding and rewriting specifiers ----------------------------------------------------

/** Every relative module specifier in a source: `{ start, end, text }` of the string's contents. */
export function findSpecifiers(source, fileName = 'file.ts') {
  const kind = /\.tsx$|\.jsx$/.test(fileName) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const take = (lit) => {
    if (lit && (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit)) && lit.text.startsWith('.')) {
      found.push({ start: lit.getStart(sf) + 1, end: lit.getEnd() - 1, text: lit.text });
    }
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) take(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      take(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) take(node.argument.literal);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isMock =
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'vi' &&
        MOCKERS.has(callee.name.text);
      if (isImport || isMock) take(node.arguments[0]);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      const [first, base] = node.arguments ?? [];
      if (base && ts.isPropertyAccessExpression(base) && base.getText(sf) === 'import.meta.url') take(first);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * The pure part: rewrites the specifiers of one file that lived at `oldFile` and now lives at
 * `newFile`, resolving each against the tree before the moves (`files`, `dirs`) and writing it
 * against the tree after them. Returns the new text and the changes made.
 */
export function rewriteSource(source, oldFile, newFile, { files, dirs, moves, folders }) {
  const changes = [];
  let out = source;
  const specs = findSpecifiers(source, newFile).sort((a, b) => b.start - a.start);
  for (const s of specs) {
    const hit = resolveSpecifier(dirOf(oldFile), s.text, files, dirs);
    if (!hit) continue;
    const written = hit.write(relativeSpecifier(dirOf(newFile), movedPath(hit.path, moves, folders)));
    if (written === s.text) continue;
    changes.push({ from: s.text, to: written });
    out = out.slice(0, s.start) + written + out.slice(s.end);
  }
  return { text: out, changes: changes.reverse() };
}

const isScanned = (f) => CODE.test(f) && (SCANNED.some((d) => f.startsWith(d)) || !f.includes('/'));

export function dirsOf(files) {
  const dirs = new Set();
  for (const f of files) for (let d = dirOf(f); d; d = dirOf(d)) dirs.add(d);
  return dirs;
}

// ---- the command -------------------------------------------------------------------------

function run(argv) {
  const dry = argv.includes('--dry-run');
  const arg = argv.find((a) => a !== '--dry-run');
  if (!arg) throw new Error('usage: node scripts/move-modules.mjs [--dry-run] <mapping.json | inline JSON>');
  const mapping = JSON.parse(arg.trim().startsWith('{') ? arg : readFileSync(arg, 'utf8'));
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const files = new Set(
    execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && existsSync(join(root, f))),
  );
  const dirs = dirsOf(files);
  const { moves, folders, skipped } = planMoves(mapping, files);
  for (const s of skipped) console.log(`skip   ${s} (not found: moved already?)`);

  let rewritten = 0;
  const pending = [];
  for (const oldFile of files) {
    if (!isScanned(oldFile) && !isScanned(movedPath(oldFile, moves, folders))) continue;
    const newFile = movedPath(oldFile, moves, folders);
    const source = readFileSync(join(root, oldFile), 'utf8');
    const { text, changes } = rewriteSource(source, oldFile, newFile, { files, dirs, moves, folders });
    if (changes.length === 0) continue;
    rewritten++;
    console.log(`edit   ${newFile}: ${changes.map((c) => `${c.from} → ${c.to}`).join(', ')}`);
    pending.push([oldFile, text]);
  }
  for (const [from, to] of moves) console.log(`move   ${from} → ${to}`);
  if (dry) {
    console.log(`dry run: ${moves.size} to move, ${rewritten} to edit`);
    return;
  }
  // Edit in place first, then move, so git sees a rename with small changes.
  for (const [oldFile, text] of pending) writeFileSync(join(root, oldFile), text);
  for (const [from, to] of moves) {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    execFileSync('git', ['mv', from, to], { cwd: root });
  }
  console.log(`moved ${moves.size} files, edited ${rewritten}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    run(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
