// The circle-packing layout of the organisation map, computed on the server (d3-hierarchy) so the
// map is plain SVG and needs no JavaScript in the browser. Pure and deterministic: the same tree
// always gives the same picture (siblings are ordered by size, then by id, never by input order).
import { hierarchy, pack } from "d3-hierarchy";

export type PackInput = {
  id: string;
  name: string;
  kind: "circle" | "role";
  /** Weight of a leaf (e.g. 1 + its number of roles); ignored for nodes with children. */
  size?: number;
  children?: PackInput[];
};

export type PackedCircle = {
  id: string;
  name: string;
  kind: "circle" | "role";
  parentId: string | null;
  /** 0 for the root of the input. */
  depth: number;
  x: number;
  y: number;
  r: number;
};

/** One decimal is far below a pixel: it keeps the SVG small without visible loss. */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Packs `root` into a square of side `size`. Parents come before their children in the output, so
 * drawing in order paints children on top.
 */
export function packCircles(root: PackInput, size: number, padding = 4): PackedCircle[] {
  const tree = hierarchy(root, (node) => node.children)
    .sum((node) => (node.children && node.children.length > 0 ? 0 : Math.max(node.size ?? 1, 0.1)))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
  const packed = pack<PackInput>().size([size, size]).padding(padding)(tree);
  return packed.descendants().map((node) => ({
    id: node.data.id,
    name: node.data.name,
    kind: node.data.kind,
    parentId: node.parent?.data.id ?? null,
    depth: node.depth,
    x: round(node.x),
    y: round(node.y),
    r: round(node.r),
  }));
}
