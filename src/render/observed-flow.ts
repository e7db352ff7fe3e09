import { linkHorizontal } from 'd3-shape';

/** One channel switch as the flow draws it. */
export interface SwitchFlow {
  fromChannel: string;
  toChannel: string;
  count: number;
}

export interface FlowNode {
  channel: string;
  side: 'from' | 'to';
  count: number;
  y: number;
  height: number;
}

export interface FlowLink extends SwitchFlow {
  /** The band as an SVG path (d3-shape's horizontal link), drawn with `width` as its stroke. */
  path: string;
  width: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: FlowNode[];
  links: FlowLink[];
  nodeWidth: number;
}

const NODE_WIDTH = 14;
const GAP = 14;

/**
 * A two-column flow of channel switches, drawn at build time: the channels left behind on the
 * left, those switched to on the right, each as tall as its switches, and a band per switch
 * as wide as its count (a Sankey diagram of one step, after Riehmann et al., "Interactive
 * Sankey Diagrams", 2005). Pure: the component writes the SVG. `gap` parts the channels of a
 * side: a phone's narrow flow writes each label on two lines, and needs more.
 */
export function layoutSwitchFlow(switches: readonly SwitchFlow[], width = 640, innerHeight = 220, gap = GAP): FlowLayout {
  const total = switches.reduce((sum, change) => sum + change.count, 0);
  const totals = (side: 'from' | 'to') => {
    const map = new Map<string, number>();
    for (const change of switches) {
      const channel = side === 'from' ? change.fromChannel : change.toChannel;
      map.set(channel, (map.get(channel) ?? 0) + change.count);
    }
    return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  const scale = total > 0 ? innerHeight / total : 0;
  const nodes: FlowNode[] = [];
  const place = (side: 'from' | 'to') => {
    let y = 0;
    for (const [channel, count] of totals(side)) {
      const height = Math.max(2, count * scale);
      nodes.push({ channel, side, count, y, height });
      y += height + gap;
    }
    return y - gap;
  };
  const height = Math.max(place('from'), place('to'), 0);
  const offsets = new Map(nodes.map((node) => [`${node.side}:${node.channel}`, node.y]));
  const link = linkHorizontal<unknown, [number, number]>()
    .source((points: unknown) => (points as [number, number][])[0]!)
    .target((points: unknown) => (points as [number, number][])[1]!);
  const left = NODE_WIDTH;
  const right = width - NODE_WIDTH;
  const links = [...switches]
    .sort((a, b) => b.count - a.count)
    .map((change) => {
      const bandWidth = Math.max(1, change.count * scale);
      const fromKey = `from:${change.fromChannel}`;
      const toKey = `to:${change.toChannel}`;
      const y0 = offsets.get(fromKey)! + bandWidth / 2;
      const y1 = offsets.get(toKey)! + bandWidth / 2;
      offsets.set(fromKey, offsets.get(fromKey)! + bandWidth);
      offsets.set(toKey, offsets.get(toKey)! + bandWidth);
      return {
        ...change,
        path:
          link([
            [left, y0],
            [right, y1],
          ] as never) ?? '',
        width: bandWidth,
      };
    });
  return { width, height, nodes, links, nodeWidth: NODE_WIDTH };
}
