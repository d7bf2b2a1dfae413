import { builtinModules } from 'node:module';
import ts from 'typescript';

/**
 * What a bundle loads at run time, read with TypeScript's parser (so comments and strings do
 * not count): each require() call (esbuild's own `__require` too), static import and dynamic
 * import(). A literal gives the module name; anything else `<dynamic: …>`, which could load
 * whatever it likes.
 */
export function loadsIn(code: string): { requires: string[]; imports: string[] } {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false);
  const requires: string[] = [];
  const imports: string[] = [];
  const name = (node: ts.Node | undefined) =>
    node && ts.isStringLiteralLike(node) ? node.text : `<dynamic: ${node?.getText(file) ?? ''}>`;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier) imports.push(name(node.moduleSpecifier));
    } else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        imports.push(name(node.arguments[0]));
      } else if (
        ts.isIdentifier(node.expression) &&
        /^(?:__)?require\d*$/.test(node.expression.text)
      ) {
        requires.push(name(node.arguments[0]));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { requires, imports };
}

export const isBuiltin = (name: string) =>
  builtinModules.includes(name.replace(/^node:/, '')) || name.startsWith('node:');

/**
 * What a bundle that must run on its own (no node_modules beside it) loads from outside itself:
 * anything but Node's built-ins and its own files (`./`, `../`).
 */
export function loadsFromOutside(code: string): string[] {
  const { requires, imports } = loadsIn(code);
  return [...requires, ...imports].filter(
    (name) => !isBuiltin(name) && !name.startsWith('./') && !name.startsWith('../'),
  );
}
