import type { Content } from '../../electron/contract/content-schema.ts';
import { MAIN_TEXT_TIMING } from '../../renderer/src/lib/render-marks.ts';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The font files the kiosk uses, served beside the page by static-server.ts. */
export const FONT_FILES = [
  'atkinson-hyperlegible-next-latin-400-normal.woff2',
  'atkinson-hyperlegible-next-latin-700-normal.woff2',
];

const fontFace = (file: string, weight: number): string =>
  `@font-face{font-family:'Atkinson Hyperlegible Next';font-weight:${String(weight)};` +
  `font-display:swap;src:url(/fonts/${file}) format('woff2')}`;

/**
 * The home screen's content as plain HTML, no script: the bureau's name and the six programs
 * with their numbers, in the kiosk's font, type sizes, colours and grid. What a browser needs at
 * the least to paint the same screen: the baseline for start-up, timed, like the kiosk, by when
 * its main text (the h1) is painted.
 */
export function staticHomePage(content: Content): string {
  const { bureau } = content;
  const tiles = content.programs
    .map((program) => {
      const phone = program.units.find((unit) => unit.phone !== '')?.phone ?? '';
      return `<li><h3>${escape(program.title.en)}</h3><p>${escape(phone)}</p></li>`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Static</title>
<style>${fontFace(FONT_FILES[0]!, 400)}${fontFace(FONT_FILES[1]!, 700)}
:root{font:28px/1.45 'Atkinson Hyperlegible Next',system-ui,sans-serif;color:#142033;background:#f3f5f8}
*{box-sizing:border-box;margin:0}header{background:#0b3a6e;color:#fff;padding:56px 56px 52px}
.badge{display:inline-block;border:3px solid #fff;border-radius:12px;padding:2px 18px;font-size:1.15rem;font-weight:700}
h1{margin-top:24px;font-size:2.6rem}header p{margin-top:16px;font-size:1.3rem;color:#dbe6f3}
section{padding:44px 56px 48px}h2{font-size:1.6rem}
ul{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));grid-auto-rows:minmax(260px,1fr);gap:32px;padding:0;margin-top:32px;list-style:none}
li{display:flex;flex-direction:column;gap:20px;padding:32px 36px;border:2px solid #c2cbd7;border-bottom-width:6px;border-radius:24px;background:#fff}
h3{font-size:1.45rem;line-height:1.2}li p{margin-top:auto;font-size:1.3rem;font-weight:700;color:#0b3a6e}</style></head>
<body><header><p class="badge">${escape(bureau.abbreviation)}</p><h1 elementtiming="${MAIN_TEXT_TIMING}">${escape(bureau.name.en)}</h1>
<p>${escape(bureau.pageTitle.en)}</p></header>
<section><h2>${escape(bureau.programsHeading.en)}</h2><ul>${tiles}</ul></section></body></html>`;
}
