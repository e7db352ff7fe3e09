import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyMarks } from './apply-marks.ts';

const WORDS = { added: 'ajouté', removed: 'retiré', changed: 'modifié' } as const;

// The shape StepColumn gives a step column: data-step on it, data-lane on each cell.
const map = () =>
  new JSDOM(`<div class="map">
    <article class="step m-added" data-step="paie"><h4>Paie<span class="mark added"><span aria-hidden="true">+</span> ajouté</span></h4>
      <div class="c m-changed" data-lane="touchpoints"><span class="mark changed">~ modifié</span><ul><li>Web</li></ul></div>
      <div class="emo" data-lane="emotion"></div></article>
    <article class="step" data-step="recoit"><h4>Reçoit</h4><div class="c" data-lane="touchpoints"></div><div class="emo" data-lane="emotion"></div></article>
  </div>`).window.document.querySelector('.map')!;

describe('applyMarks', () => {
  it('takes off the marks the page had and puts on the new ones, each a symbol and a word', () => {
    const element = map();
    applyMarks(element, { recoit: 'added', 'paie:emotion': 'removed', 'paie:step': 'changed' }, WORDS);
    const marks = [...element.querySelectorAll('.mark')].map((mark) => [
      mark.closest('[data-step]')!.getAttribute('data-step'),
      mark.parentElement!.getAttribute('data-lane') ?? mark.parentElement!.tagName,
      mark.className,
      mark.textContent,
    ]);
    expect(marks).toEqual([
      ['paie', 'H4', 'mark changed', '~ modifié'],
      ['paie', 'emotion', 'mark removed', '− retiré'],
      ['recoit', 'H4', 'mark added', '+ ajouté'],
    ]);
    expect(
      [...element.querySelectorAll('.m-added, .m-removed, .m-changed')].map(
        (item) => `${item.getAttribute('data-step') ?? item.getAttribute('data-lane')} ${item.className}`,
      ),
    ).toEqual(['emotion emo m-removed', 'recoit step m-added']);
    expect(element.querySelector('[data-step="paie"] [data-lane="touchpoints"] li')?.textContent).toBe('Web');
  });

  it('leaves a map without marks when nothing changed', () => {
    const element = map();
    applyMarks(element, {}, WORDS);
    expect(element.querySelectorAll('.mark, .m-added, .m-removed, .m-changed').length).toBe(0);
  });
});
