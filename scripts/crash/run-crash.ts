// `npm run crash [-- KILLS]`: the long run of the crash harness (1,000 kills unless told).
import { crashPublishing } from './crash-harness.ts';

const kills = Number(process.argv[2] ?? 1000);
const began = Date.now();
const report = await crashPublishing(kills);
console.log(
  `${report.kills} SIGKILLs, ${report.acknowledged} acknowledged publishes, ${report.midWrite} kills while a publish was being written, ${((Date.now() - began) / 1000).toFixed(0)} s.`,
);
if (report.failures.length > 0) {
  console.log(`FAILED ${report.failures.length} times:\n${report.failures.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(
    'After every kill content.json parsed, validated and held the last acknowledged publish or the one being written.',
  );
}
