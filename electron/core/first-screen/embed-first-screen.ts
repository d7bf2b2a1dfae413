import {
  FIRST_HOME_ID,
  FIRST_SCREEN_STATE_ID,
  type FirstScreenHtml,
  type FirstScreenState,
} from '../../contract/first-screen.ts';

const EMPTY_ROOT = '<div id="root"></div>';

// Inside <script> only `</script` (or `<!--`) could end the block early: escaping every `<`
// (and `>`, `&`, and the two line separators old parsers choke on) makes that impossible,
// and JSON.parse reads the escapes back as the same characters.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const escapeForScript = (json: string): string =>
  json.replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The built index.html with the first screen's HTML in its root, home (if any) hidden beside
 * it, and the state both were rendered with in a JSON block, which the renderer reads to
 * hydrate.
 */
export function embedFirstScreen(
  template: string,
  html: FirstScreenHtml,
  state: FirstScreenState,
): string {
  const at = template.indexOf(EMPTY_ROOT);
  if (at === -1) throw new Error(`index.html has no empty ${EMPTY_ROOT} to render into`);
  const block =
    `<script type="application/json" id="${FIRST_SCREEN_STATE_ID}">` +
    `${escapeForScript(JSON.stringify(state))}</script>`;
  return (
    template.slice(0, at) +
    `<div id="root">${html.screen}</div>` +
    (html.home === '' ? '' : `<div id="${FIRST_HOME_ID}" hidden>${html.home}</div>`) +
    block +
    template.slice(at + EMPTY_ROOT.length)
  );
}
