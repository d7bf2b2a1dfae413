// `npm run security:scan`: Electronegativity on the built Electron shell (dist/electron: the
// bundled JavaScript, since the tool's own TypeScript parser is too old for current syntax).
// The tool always exits 0, so its report is read here: any HIGH or MEDIUM finding that the
// reviewed allow-list does not explain fails the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './parse-csv.ts';

interface Allowed {
  issue: string;
  file: string;
  sample?: string;
  reason: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const allowed = JSON.parse(
  readFileSync(join(root, 'scripts/security/electronegativity-allow.json'), 'utf8'),
) as Allowed[];
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  }
).devDependencies.electron;

const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
try {
  const report = join(dir, 'report.csv');
  const run = spawnSync(
    join(root, 'node_modules/.bin/electronegativity'),
    [
      '-i',
      join(root, 'dist/electron'),
      '-o',
      report,
      '-r',
      '-v',
      'false',
      '-e',
      String(electronVersion),
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_OPTIONS: `--require ${join(root, 'scripts/security/offline-got.cjs')}`,
      },
    },
  );
  if (run.status !== 0) throw new Error(`Electronegativity failed: ${run.stderr}`);
  const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'));
  const at = (name: string) => header!.findIndex((column) => column.trim() === name);
  const findings = rows.map((row) => ({
    issue: row[at('issue')] ?? '',
    severity: row[at('severity')] ?? '',
    file: row[at('filename')] ?? '',
    sample: row[at('sample')] ?? '',
  }));
  const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  const explained = (f: (typeof findings)[number]) =>
    allowed.find(
      (a) => a.issue === f.issue && a.file === f.file && (!a.sample || f.sample.includes(a.sample)),
    );
  for (const f of serious) {
    const why = explained(f);
    console.log(
      `${f.severity.padEnd(6)} ${f.issue} in ${f.file}: ${why ? `allowed: ${why.reason}` : 'NOT EXPLAINED'}`,
    );
  }
  const unexplained = serious.filter((f) => !explained(f));
  console.log(
    `Electronegativity: ${findings.length} findings, ${serious.length} HIGH or MEDIUM, ${unexplained.length} not explained by the allow-list.`,
  );
  if (unexplained.length > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
