// The map's colours, shared by the SVG and its legend so the two always agree. Strokes keep a
// contrast of at least 3:1 against the fills next to them (WCAG 1.4.11, graphical objects).
export const MAP_STYLE = {
  focus: { fill: "#eef4fb", stroke: "#1d4e89" },
  subCircle: { fill: "#ffffff", stroke: "#1d4e89" },
  role: { fill: "#fef3c7", stroke: "#92400e" },
} as const;

export type MapStyleKey = keyof typeof MAP_STYLE;
