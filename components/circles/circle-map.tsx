// The organisation map: the focused circle, its sub-circles and its roles, packed on the server
// (lib/circles/pack.ts) and drawn as plain SVG links: no JavaScript.
//
// Accessibility decision: the SVG is aria-hidden and its links are out of the tab order
// (tabIndex -1). A picture of nested circles says little to a screen reader, and duplicate tab
// stops would slow keyboard users down; the list next to it (CircleTree) holds the same links.
// The map stays a shortcut for pointer users, with a <title> tooltip on each shape and a legend.
import { MAP_STYLE, type MapStyleKey } from "./map-style";

/** One class per kind of shape, so each of hundreds of shapes carries a short class, not its colours. */
const CSS = Object.entries(MAP_STYLE)
  .map(([key, style]) => `.${key}{fill:${style.fill};stroke:${style.stroke};stroke-width:1.5}.${key}:hover{stroke-width:3}`)
  .join("");
import type { PackedCircle } from "@/lib/circles/pack";

export const MAP_SIZE = 600;

type Props = { circles: PackedCircle[]; circleHref: (id: string) => string; zoomHref: (id: string) => string; roleHref: (id: string) => string };

function styleOf(circle: PackedCircle): MapStyleKey {
  if (circle.kind === "role") return "role";
  return circle.depth === 0 ? "focus" : "subCircle";
}

/** The name cut to what fits across the circle (about 6.5 px per character at 11 px). */
function fit(name: string, width: number): string | null {
  const max = Math.floor(width / 6.5);
  if (max < 4) return null;
  return name.length <= max ? name : `${name.slice(0, max - 1)}…`;
}

function Label({ circle, hasChildren }: { circle: PackedCircle; hasChildren: boolean }) {
  const text = fit(circle.name, circle.r * 1.7);
  if (!text || circle.depth === 0) return null;
  // A circle with sub-circles drawn inside is labelled near its top edge, clear of them.
  const y = hasChildren ? circle.y - circle.r + 14 : circle.y + 4;
  return (
    <text x={circle.x} y={y} textAnchor="middle" fontSize={11} fill="#0f172a" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
      {text}
    </text>
  );
}

export function CircleMap({ circles, circleHref, zoomHref, roleHref }: Props) {
  const parents = new Set(circles.map((circle) => circle.parentId));
  return (
    <svg viewBox={`0 0 ${MAP_SIZE} ${MAP_SIZE}`} className="h-auto w-full max-w-[600px]" aria-hidden="true" focusable="false">
      <style>{CSS}</style>
      {circles.map((circle) => {
        const href = circle.kind === "role" ? roleHref(circle.id) : circle.depth === 0 ? circleHref(circle.id) : zoomHref(circle.id);
        return (
          <a key={circle.id} href={href} tabIndex={-1}>
            <title>{circle.name}</title>
            <circle cx={circle.x} cy={circle.y} r={circle.r} className={styleOf(circle)} />
          </a>
        );
      })}
      {/* Labels last, above every shape (a parent's label would otherwise hide under its children); clicks pass through them. */}
      <g className="pointer-events-none">
        {circles.map((circle) => (
          <Label key={circle.id} circle={circle} hasChildren={parents.has(circle.id)} />
        ))}
      </g>
    </svg>
  );
}
