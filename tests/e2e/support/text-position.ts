import type { Locator } from '@playwright/test';

/**
 * Where `text` sits inside a text box, on screen: a copy of the box's text laid out with the
 * box's own styles, as a finger would aim at the printed words.
 */
export async function pointAtText(
  field: Locator,
  text: string,
  offset = 0,
): Promise<{ x: number; y: number }> {
  return field.evaluate(
    (element, [wanted, inside]) => {
      const box = element as HTMLTextAreaElement;
      const at = box.value.indexOf(wanted) + inside;
      if (at < inside) throw new Error(`"${wanted}" is not in the field`);
      const style = getComputedStyle(box);
      const mirror = document.createElement('div');
      for (const name of [
        'boxSizing',
        'width',
        'paddingTop',
        'paddingRight',
        'paddingBottom',
        'paddingLeft',
        'borderTopWidth',
        'borderRightWidth',
        'borderBottomWidth',
        'borderLeftWidth',
        'borderStyle',
        'fontFamily',
        'fontSize',
        'fontWeight',
        'lineHeight',
        'letterSpacing',
        'wordSpacing',
        'textTransform',
        'tabSize',
      ] as const)
        mirror.style[name] = style[name];
      mirror.style.whiteSpace = 'pre-wrap';
      mirror.style.overflowWrap = 'break-word';
      mirror.style.position = 'fixed';
      mirror.style.visibility = 'hidden';
      const rect = box.getBoundingClientRect();
      mirror.style.left = `${rect.left}px`;
      mirror.style.top = `${rect.top - box.scrollTop}px`;
      mirror.textContent = box.value.slice(0, at);
      const mark = document.createElement('span');
      mark.textContent = box.value.slice(at, at + 1) || '.';
      mirror.append(mark);
      document.body.append(mirror);
      const spot = mark.getBoundingClientRect();
      mirror.remove();
      return { x: spot.left + spot.width / 2, y: spot.top + spot.height / 2 };
    },
    [text, offset] as const,
  );
}
