import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { swapChanged } from './swap.ts';

const page = (body: string) => new JSDOM(`<main>${body}</main>`).window.document.querySelector('main')!;

const map = (name: string, emotion: string) =>
  `<section data-stage="a"><h3>Phase</h3><article data-step="x"><h4>${name}</h4><div data-lane="emotion">${emotion}</div></article><article data-step="y"><h4>Y</h4></article></section><svg><path d="M0 ${emotion}"/></svg>`;

describe('swapping a fresh rendering into the live page', () => {
  it('replaces only what changed, and keeps the rest, decorations and focus included', () => {
    const live = page(map('X', '1'));
    const before = live.cloneNode(true) as Element;
    const after = page(map('X renamed', '1'));
    // The editing code added a control to the other step: it must stay.
    const pen = live.ownerDocument.createElement('button');
    pen.setAttribute('data-edit-ui', '');
    live.querySelector('[data-step="y"] h4')!.append(pen);
    const untouched = live.querySelector('[data-step="y"]');
    const replaced = swapChanged(before, after, live);
    expect(replaced.map((element) => element.outerHTML)).toEqual(['<h4>X renamed</h4>']);
    expect(live.querySelector('[data-step="y"]')).toBe(untouched);
    expect(untouched!.querySelector('[data-edit-ui]')).toBe(pen);
    expect(live.querySelector('[data-step="x"] h4')!.textContent).toBe('X renamed');
  });
  it('replaces a whole element whose children changed in number', () => {
    const live = page(map('X', '1'));
    const before = live.cloneNode(true) as Element;
    const after = page(`${map('X', '1')}<p>new</p>`);
    const replaced = swapChanged(before, after, live);
    expect(replaced).toHaveLength(1);
    expect(live.ownerDocument.querySelector('main p')?.textContent).toBe('new');
  });
  it('touches nothing when the renderings are equal', () => {
    const live = page(map('X', '1'));
    expect(swapChanged(live.cloneNode(true) as Element, page(map('X', '1')), live)).toEqual([]);
  });
  it('keeps SVG elements in their namespace', () => {
    const live = page(map('X', '1'));
    const before = live.cloneNode(true) as Element;
    swapChanged(before, page(map('X', '2')), live);
    expect(live.querySelector('path')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(live.querySelector('path')!.getAttribute('d')).toBe('M0 2');
  });
});
