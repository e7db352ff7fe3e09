import { emotionChanges, stepPath, valueAt } from './changes.ts';
import { button } from './dom.ts';
import type { Editor } from './editor.ts';
import { sliderKey, valueAtY, yOfValue } from './slider-keys.ts';

const SVG = 'http://www.w3.org/2000/svg';

interface Scale {
  min: number;
  max: number;
  yMin: number;
  yMax: number;
}

/** The scale of a drawn curve, from its tick lines (EmotionCurve.astro gives each its value). */
function curveScale(svg: SVGSVGElement, min: number, max: number): Scale | undefined {
  const y = (value: number) => svg.querySelector(`line[data-value="${value}"]`)?.getAttribute('y1');
  const yMin = y(min);
  const yMax = y(max);
  if (yMin == null || yMax == null) return undefined;
  return { min, max, yMin: Number(yMin), yMax: Number(yMax) };
}

function valueText(editor: Editor, value: number): string {
  const signed = new Intl.NumberFormat(editor.meta.lang, { signDisplay: 'exceptZero' }).format(value);
  const label = editor.meta.scale.labels[String(value)];
  return label ? `${signed} (${label})` : signed;
}

function personaName(editor: Editor, key: string): string {
  if (key === editor.meta.allPersonas) return editor.t.allPersonas;
  return editor.meta.personas.find((persona) => persona.id === key)?.name ?? key;
}

function stepName(editor: Editor, stage: string, step: string): string {
  const name = valueAt(editor.data, [...stepPath(stage, step), 'name']);
  return typeof name === 'string' ? name : step;
}

/** Sets an attribute only when it changes: most sliders stay as they are after an update. */
function update(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function setValue(editor: Editor, handle: SVGCircleElement, scale: Scale, value: number): void {
  handle.setAttribute('cy', String(yOfValue(value, scale.min, scale.yMin, scale.max, scale.yMax)));
  handle.setAttribute('aria-valuenow', String(value));
  handle.setAttribute('aria-valuetext', valueText(editor, value));
}

/**
 * Puts a slider over every emotion point of the map's curves, or brings the existing ones up to date
 * with the points drawn now (called after each swap). Each slider is a circle with role=slider that
 * a pointer drags up and down, snapping to the scale's integers, and that the keyboard moves.
 */
export function syncSliders(editor: Editor, root: ParentNode): void {
  const { min, max } = editor.meta.scale;
  for (const svg of root.querySelectorAll<SVGSVGElement>('[data-edit="emotion"] svg')) {
    const scale = curveScale(svg, min, max);
    if (!scale) continue;
    // Sliders inside an image would be hidden from assistive technologies: the curve becomes a group while editing.
    svg.setAttribute('role', 'group');
    let layer = svg.querySelector<SVGGElement>(':scope > g[data-edit-ui]');
    if (!layer) {
      layer = document.createElementNS(SVG, 'g');
      layer.setAttribute('data-edit-ui', '');
      layer.setAttribute('class', 'edit-sliders');
      svg.append(layer);
    }
    // Looked up once per update: 40 steps and 4 personas make 160 sliders.
    const stageOf = new Map<string, string>();
    for (const step of root.querySelectorAll<HTMLElement>('[data-stage] [data-step]'))
      stageOf.set(step.dataset.step!, step.closest<HTMLElement>('[data-stage]')!.dataset.stage!);
    const handles = new Map<string, SVGCircleElement>();
    for (const handle of layer.querySelectorAll<SVGCircleElement>('[data-edit-key]')) handles.set(handle.dataset.editKey!, handle);
    const wanted = new Set<string>();
    for (const line of svg.querySelectorAll<SVGGElement>('g[data-curve-persona]')) {
      const persona = line.dataset.curvePersona!;
      const color = line.getAttribute('stroke') ?? 'currentColor';
      for (const point of line.querySelectorAll<SVGUseElement>('use[data-curve-step]')) {
        const step = point.dataset.curveStep!;
        const stage = stageOf.get(step);
        if (!stage) continue;
        const key = `emotion:${persona}:${step}`;
        wanted.add(key);
        let handle = handles.get(key);
        if (!handle) {
          handle = document.createElementNS(SVG, 'circle');
          handle.setAttribute('data-edit-key', key);
          handle.setAttribute('role', 'slider');
          handle.setAttribute('tabindex', '0');
          handle.setAttribute('r', '9');
          handle.setAttribute('aria-valuemin', String(min));
          handle.setAttribute('aria-valuemax', String(max));
          handle.setAttribute('aria-orientation', 'vertical');
          handle.setAttribute('class', 'edit-slider');
          layer.append(handle);
          attach(editor, handle, scale, step, persona);
        }
        update(handle, 'cx', point.getAttribute('x') ?? '0');
        update(handle, 'stroke', color);
        update(handle, 'aria-label', editor.t.emotionPoint(personaName(editor, persona), stepName(editor, stage, step)));
        if (handle.dataset.dragging !== 'true' && handle.getAttribute('aria-valuenow') !== point.dataset.value)
          setValue(editor, handle, scale, Number(point.dataset.value));
      }
    }
    for (const [key, handle] of handles) if (!wanted.has(key)) handle.remove();
  }
}

/**
 * On a phone the map shows each step as a card, and the curve above the cards is too small to drag:
 * each persona's value in a step's card gets − and + buttons (edit.css shows them on narrow screens
 * only, where the curve's sliders are hidden), which move it one point and never past the scale.
 */
export function decorateEmotionSteppers(editor: Editor, root: Element): void {
  const { min, max } = editor.meta.scale;
  const items = [
    ...(root.matches('li[data-emotion-of]') ? [root] : []),
    ...root.querySelectorAll('[data-step] > .emo li[data-emotion-of]'),
  ];
  for (const item of items as HTMLElement[]) {
    if (item.querySelector(':scope > .edit-stepper')) continue;
    const persona = item.dataset.emotionOf!;
    const step = item.closest<HTMLElement>('[data-step]')?.dataset.step;
    const stage = () => item.closest<HTMLElement>('[data-stage]')?.dataset.stage ?? '';
    if (!step) continue;
    const emotionIn = (data: unknown) => {
      const emotion = valueAt(data, [...stepPath(stage(), step), 'emotion']);
      const value = typeof emotion === 'number' ? emotion : (emotion as Record<string, unknown> | undefined)?.[persona];
      return typeof value === 'number' ? value : undefined;
    };
    const wrap = document.createElement('span');
    wrap.className = 'edit-stepper';
    wrap.setAttribute('data-edit-ui', '');
    const names = () => [personaName(editor, persona), stepName(editor, stage(), step)] as const;
    for (const [by, text, label] of [
      [-1, '−', editor.t.lowerEmotion],
      [1, '+', editor.t.raiseEmotion],
    ] as const) {
      const current = emotionIn(editor.data);
      const made = button(label(...names()), text, () => {
        void editor.change((data) => {
          const value = emotionIn(data);
          if (value === undefined) return [];
          const next = Math.min(max, Math.max(min, value + by));
          if (next === value) return [];
          const personas = valueAt(data, ['personas']);
          return emotionChanges(data, stage(), step, persona, next, Array.isArray(personas) ? (personas as string[]) : []);
        });
      });
      made.dataset.editKey = `emotion-step:${by < 0 ? 'down' : 'up'}:${persona}:${step}`;
      // At an end of the scale the button says so but keeps the focus (a disabled button would drop it).
      if (current !== undefined && (current + by < min || current + by > max)) made.setAttribute('aria-disabled', 'true');
      wrap.append(made);
    }
    item.append(wrap);
  }
}

/** Removes the sliders and gives the curves back their role of image. */
export function removeSliders(root: ParentNode): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>('[data-edit="emotion"] svg')) {
    svg.querySelector(':scope > g[data-edit-ui]')?.remove();
    svg.setAttribute('role', 'img');
  }
}

function attach(editor: Editor, handle: SVGCircleElement, scale: Scale, step: string, persona: string): void {
  // Looked up when the value is written: the step may have moved to another stage since.
  const stage = () =>
    document.querySelector(`[data-stage] [data-step="${CSS.escape(step)}"]`)?.closest<HTMLElement>('[data-stage]')?.dataset.stage;
  const commit = (value: number) =>
    editor.change((data) => {
      const personas = valueAt(data, ['personas']);
      const at = stage();
      return at ? emotionChanges(data, at, step, persona, value, Array.isArray(personas) ? (personas as string[]) : []) : [];
    });
  const current = () => Number(handle.getAttribute('aria-valuenow'));

  handle.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = sliderKey(event.key, current(), scale.min, scale.max);
    if (next === undefined) return;
    event.preventDefault();
    if (next === current()) return;
    setValue(editor, handle, scale, next);
    void commit(next);
  });

  // Dragging: the point follows the pointer up and down, snapped to the scale's integers; the
  // value is written once, when the pointer is released.
  let start: number | undefined;
  const svgY = (event: PointerEvent) => {
    const svg = handle.ownerSVGElement!;
    const matrix = svg.getScreenCTM();
    if (!matrix) return undefined;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return point.y;
  };
  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    handle.focus();
    handle.setPointerCapture(event.pointerId);
    start = current();
    handle.dataset.dragging = 'true';
  });
  handle.addEventListener('pointermove', (event) => {
    if (start === undefined) return;
    const y = svgY(event);
    if (y === undefined) return;
    performance.mark('parcours-edit-drag-start');
    const value = valueAtY(y, scale.min, scale.yMin, scale.max, scale.yMax);
    if (value !== current()) setValue(editor, handle, scale, value);
    performance.mark('parcours-edit-drag-end');
    performance.measure('parcours-edit-drag', 'parcours-edit-drag-start', 'parcours-edit-drag-end');
  });
  const end = () => {
    if (start === undefined) return;
    const from = start;
    start = undefined;
    delete handle.dataset.dragging;
    if (current() !== from) void commit(current());
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', () => {
    if (start !== undefined) setValue(editor, handle, scale, start);
    start = undefined;
    delete handle.dataset.dragging;
  });
}
