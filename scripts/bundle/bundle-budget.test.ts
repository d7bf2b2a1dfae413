import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  judgeBundle,
  entryScript,
  startupScripts,
  startupStyles,
  zodMarkersIn,
  type BuiltFile,
} from './bundle-budget.ts';

const html = `<!doctype html><head>
<script type="module" crossorigin src="/assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="/assets/runtime-b.js">
<link rel="stylesheet" crossorigin href="/assets/index-c.css">
<link rel="icon" href="/favicon.png">
</head>`;

const file = (budget: BuiltFile['budget'], code: string, path = `${budget}.js`): BuiltFile => ({
  path,
  budget,
  code,
});
const within = [file('entry', 'e'), file('startup', 'a'), file('preload', 'b'), file('css', 'c')];

describe('startupStyles', () => {
  it('takes the style sheet, not the scripts, preloads or icon', () => {
    expect(startupStyles(html)).toEqual(['/assets/index-c.css']);
  });
});

describe('startupScripts', () => {
  const manifest = {
    'index.html': { file: 'assets/index-a.js', isEntry: true, dynamicImports: ['src/main.tsx'] },
    'src/main.tsx': {
      file: 'assets/main-b.js',
      imports: ['_runtime-c.js', 'index.html'],
      dynamicImports: ['src/screen.tsx'],
    },
    '_runtime-c.js': { file: 'assets/runtime-c.js' },
    'src/screen.tsx': { file: 'assets/screen-d.js', imports: ['_runtime-c.js', '_qr-e.js'] },
    '_qr-e.js': { file: 'assets/qr-e.js' },
  };

  it('takes the entry and what it imports after the first frame, each once, not the screens', () => {
    expect(startupScripts(manifest)).toEqual([
      '/assets/index-a.js',
      '/assets/main-b.js',
      '/assets/runtime-c.js',
    ]);
  });

  it('names the entry alone as the entry script', () => {
    expect(entryScript(manifest)).toBe('/assets/index-a.js');
  });

  it('stops on a manifest that names a chunk it does not have', () => {
    expect(() =>
      startupScripts({ 'index.html': { file: 'a.js', isEntry: true, imports: ['_gone.js'] } }),
    ).toThrow('The build manifest has no _gone.js');
  });
});

describe('judgeBundle', () => {
  it('passes small files without zod', () => {
    expect(judgeBundle(within).ok).toBe(true);
  });

  it('adds up every start-up script against one budget', () => {
    const half = 'x'.repeat(BUDGETS.startup / 2 + 1);
    const report = judgeBundle([...within, file('startup', half), file('startup', half)]);
    expect(report.ok).toBe(false);
    expect(report.lines.find((line) => line.includes('startup'))).toMatch(/^FAIL startup/);
  });

  it('fails a preload over its budget', () => {
    const report = judgeBundle([...within, file('preload', 'x'.repeat(BUDGETS.preload))]);
    expect(report.ok).toBe(false);
  });

  it.each(['startup', 'preload'] as const)(
    'fails a %s file that carries zod, naming it',
    (budget) => {
      const report = judgeBundle([...within, file(budget, 'class ZodError{}', 'dist/x.js')]);
      expect(report.ok).toBe(false);
      expect(report.lines).toContain('FAIL dist/x.js carries zod (ZodError)');
    },
  );

  it('fails when a budget has no built file at all', () => {
    expect(judgeBundle(within.slice(1)).ok).toBe(false);
  });
});

describe('zodMarkersIn', () => {
  it('finds what minified zod keeps', () => {
    expect(zodMarkersIn('e._zod.def.type;class $ZodType{}')).toEqual(['$ZodType', '_zod.def']);
    expect(zodMarkersIn('const zodiac = 1;')).toEqual([]);
  });
});
