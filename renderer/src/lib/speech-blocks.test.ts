// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { installLayoutStubs } from '../test-support/layout-stubs.ts';
import { focusSpeech, speechBlocks } from './speech-blocks.ts';

beforeAll(installLayoutStubs);

function html(markup: string): HTMLElement {
  const root = document.createElement('main');
  root.innerHTML = markup;
  document.body.replaceChildren(root);
  return root;
}

const texts = (root: HTMLElement) => speechBlocks(root, 'en').map((block) => block.text);

describe('speechBlocks', () => {
  it('reads each heading, paragraph and item on its own, in order', () => {
    const root = html(`
      <h1>Privacy Policy Statement</h1>
      <p>First paragraph.</p>
      <ul><li><p>A principle.</p><ul><li>An item</li><li>Another</li></ul></li></ul>
      <address><span>Privacy Officer</span><span>(916) 227-3900</span></address>`);
    expect(texts(root)).toEqual([
      'Privacy Policy Statement',
      'First paragraph.',
      'A principle.',
      'An item',
      'Another',
      'Privacy Officer 9 1 6, 2 2 7, 3 9 0 0',
    ]);
  });

  it('reads a tile as one block, and leaves out what is hidden and the speech controls', () => {
    const root = html(`
      <ul><li><button><svg aria-hidden="true"></svg><span>Contracts</span>
        <span>(916) 227-3924</span></button></li></ul>
      <p aria-hidden="true">Decoration</p><p hidden>Gone</p>
      <div data-speech-control=""><button>Listen</button></div>`);
    expect(texts(root)).toEqual(['Contracts 9 1 6, 2 2 7, 3 9 2 4']);
  });

  it('reads loose text too, so nothing on the screen is left unsaid', () => {
    const root = html('<div>Open now<span>until 5</span></div>');
    expect(texts(root)).toEqual(['Open now until 5']);
  });

  it('gives each block the language it is written in', () => {
    document.documentElement.lang = 'en';
    const root = html('<button lang="en">English</button><button lang="es">Español</button>');
    expect(speechBlocks(root, 'en').map((b) => b.language)).toEqual(['en', 'es']);
    expect(speechBlocks(root, 'en')[1]?.element.textContent).toBe('Español');
  });
});

describe('focusSpeech', () => {
  it('says a control’s words, a region’s name, and nothing for the main region', () => {
    const root = html(`
      <button lang="es">Español</button>
      <section aria-label="Privacy policy text" tabindex="0"><p>Long text</p></section>`);
    const [button, section] = [root.querySelector('button')!, root.querySelector('section')!];
    expect(focusSpeech(button, 'en')).toEqual({ text: 'Español', language: 'es' });
    expect(focusSpeech(section, 'en')).toEqual({ text: 'Privacy policy text', language: 'en' });
    expect(focusSpeech(root, 'en')).toBeNull();
  });
});
