// The Electron main process is type-checked with skipLibCheck and without the DOM; these prove
// that Electron's own types still catch a misspelt window option, and that the DOM stays out.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const fixtures = ['web-preferences-misspelt', 'web-preferences-correct', 'uses-dom'] as const;
type Fixture = (typeof fixtures)[number];

let errorsIn: (fixture: Fixture) => string[];

beforeAll(() => {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    fromHere('../../tsconfig.electron.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error('tsconfig.electron.json could not be read');
  const paths = new Map(fixtures.map((name) => [name, fromHere(`fixtures/${name}.ts`)]));
  // The project's own options; only building (composite, emit) is switched off for the fixtures.
  const program = ts.createProgram([...paths.values()], {
    ...parsed.options,
    composite: false,
    noEmit: true,
  });
  expect(program.getOptionsDiagnostics()).toEqual([]);
  errorsIn = (fixture) => {
    const file = program.getSourceFile(paths.get(fixture)!)!;
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
      (diagnostic) =>
        `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
    );
  };
}, 120_000);

describe("the Electron main process's type check", () => {
  it('refuses a misspelt webPreferences key', () => {
    expect(errorsIn('web-preferences-misspelt')).toEqual([
      expect.stringMatching(
        /^TS\d+: Object literal may only specify known properties, .*'contextIsolaton' does not exist in type 'WebPreferences'/,
      ),
    ]);
  });

  it('accepts the same window spelt right', () => {
    expect(errorsIn('web-preferences-correct')).toEqual([]);
  });

  it('has no DOM', () => {
    expect(errorsIn('uses-dom')).toEqual([expect.stringContaining("Cannot find name 'document'")]);
  });
});
