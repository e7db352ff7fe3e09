/**
 * Puts a fresh rendering of the page into the live page, replacing only the parts that changed, so
 * that an edit redraws its step and the curve without a full reload, and the focus stays where it is.
 *
 * Three trees walk in step: `before` (the previous rendering, as the server sent it), `after` (the
 * new one) and `live` (the page, which the editing code decorated with elements marked
 * `data-edit-ui` and which are skipped here). Where `before` and `after` are equal nothing is touched;
 * where they differ in an element's own attributes or in the shape of its children, the live element
 * is replaced by a copy of `after`'s; otherwise the walk goes down. Comparing the two renderings,
 * not the live page, is what lets decorations stay.
 */

/** Below this depth, a changed element is replaced whole: deep walks cost more than they save. */
const MAX_DEPTH = 12;

const isUi = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute('data-edit-ui');

const contentChildren = (node: Node) => Array.from(node.childNodes).filter((child) => !isUi(child));

function sameAttributes(a: Element, b: Element): boolean {
  if (a.attributes.length !== b.attributes.length) return false;
  for (const attribute of Array.from(a.attributes)) if (b.getAttribute(attribute.name) !== attribute.value) return false;
  return true;
}

/** Replaces what changed from `before` to `after` in `live`; returns the live elements put in. */
export function swapChanged(before: Element, after: Element, live: Element): Element[] {
  return before.isEqualNode(after) ? [] : swapUnequal(before, after, live, 0);
}

/**
 * `before` and `after` are known to differ. Each pair of children is compared once (a 40-step
 * map has thousands of nodes, and a comparison walks a subtree to its end when they are equal).
 */
function swapUnequal(before: Element, after: Element, live: Element, depth: number): Element[] {
  const beforeChildren = Array.from(before.childNodes);
  const afterChildren = Array.from(after.childNodes);
  const liveChildren = contentChildren(live);
  let walkable =
    depth < MAX_DEPTH &&
    before.tagName === after.tagName &&
    sameAttributes(before, after) &&
    beforeChildren.length === afterChildren.length &&
    liveChildren.length === beforeChildren.length;
  const changed: number[] = [];
  for (let index = 0; walkable && index < beforeChildren.length; index++) {
    const child = beforeChildren[index]!;
    if (child.isEqualNode(afterChildren[index]!)) continue;
    // A changed text node is not walked into: its element is replaced.
    if (child.nodeType !== 1 || afterChildren[index]!.nodeType !== 1 || liveChildren[index]!.nodeType !== 1) walkable = false;
    else changed.push(index);
  }
  if (!walkable) {
    const fresh = live.ownerDocument.importNode(after, true);
    live.replaceWith(fresh);
    return [fresh];
  }
  return changed.flatMap((index) =>
    swapUnequal(beforeChildren[index] as Element, afterChildren[index] as Element, liveChildren[index] as Element, depth + 1),
  );
}
