import type { Content } from '../../electron/contract/content-schema.ts';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The same first screen as plain HTML with inline styles: what a browser needs at the least to
 * paint the bureau's name and the six programs with their numbers. The baseline for start-up.
 */
export function staticHomePage(content: Content): string {
  const tiles = content.programs
    .map((program) => {
      const phone = program.units.find((unit) => unit.phone !== '')?.phone ?? '';
      return `<li><h2>${escape(program.title.en)}</h2><p>${escape(phone)}</p></li>`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static</title>
<style>body{margin:0;font:28px/1.45 system-ui,sans-serif;background:#f3f5f8;color:#142033}
header{background:#0b3a6e;color:#fff;padding:56px}ul{display:grid;grid-template-columns:1fr 1fr;gap:32px;padding:56px;list-style:none}
li{background:#fff;border:2px solid #c2cbd7;border-radius:24px;padding:32px}</style></head>
<body><header><h1>${escape(content.bureau.name.en)}</h1></header><ul>${tiles}</ul></body></html>`;
}
