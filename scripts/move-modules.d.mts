// Types for scripts/move-modules.mjs, so its test (test/scripts/move-modules.test.ts) is checked.
export interface Found {
  start: number;
  end: number;
  text: string;
}
export interface Tree {
  files: Set<string>;
  dirs: Set<string>;
  moves: Map<string, string>;
  folders: [string, string][];
}
export const SCANNED: string[];
export function relativeSpecifier(fromDir: string, to: string): string;
export function resolveSpecifier(
  fromDir: string,
  spec: string,
  files: Set<string>,
  dirs: Set<string>,
): { path: string; write: (p: string) => string; dir?: boolean } | null;
export function planMoves(
  mapping: Record<string, string>,
  files: Set<string>,
): { moves: Map<string, string>; folders: [string, string][]; skipped: string[] };
export function movedPath(path: string, moves: Map<string, string>, folders: [string, string][]): string;
export function findSpecifiers(source: string, fileName?: string): Found[];
export function rewriteSource(
  source: string,
  oldFile: string,
  newFile: string,
  tree: Tree,
): { text: string; changes: { from: string; to: string }[] };
export function dirsOf(files: Iterable<string>): Set<string>;
