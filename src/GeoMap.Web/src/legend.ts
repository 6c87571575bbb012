// The legend: every symbol the map shows, from the same style as the drawing (mapStyle.ts): one colour per actor,
// the statuses (solid, dashed with an open head when planned, dotted when not stated), width classes by strength, the
// kinds with a symbol of their own (a withdrawal's double head), and the arrowhead on a place for a movement known by
// its destination only.
import { el } from './dom';
import { actorColour, kindSymbols, statusOrder, statusStroke, unattributedColour, unknownWidth, widthClasses, widthOf } from './mapStyle';
import type { MovementSummary } from './types';

const ns = 'http://www.w3.org/2000/svg';

function svgEl(tag: string, attrs: Record<string, string>): SVGElement {
  const e = document.createElementNS(ns, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** A sample arrow: a line and its head (or heads, one behind the other), dashed and open as the status draws it. */
function swatch(colour: string, width: number, status = 'completed', heads = 1): SVGSVGElement {
  const svg = svgEl('svg', { width: '44', height: String(Math.max(14, Math.ceil(width * 2 + 6))), 'aria-hidden': 'true' }) as SVGSVGElement;
  const h = Number(svg.getAttribute('height'));
  const { dash, open } = statusStroke(status, width);
  const head = Math.max(5, width * 1.4);
  const line = svgEl('line', { x1: '2', y1: String(h / 2), x2: String(42 - head * 1.2), y2: String(h / 2), stroke: colour, 'stroke-width': String(width), 'stroke-linecap': dash && dash[0]! < 1 ? 'round' : 'butt' });
  if (dash) line.setAttribute('stroke-dasharray', dash.join(' '));
  const tip = svgEl('polygon', {
    points: `42,${h / 2} ${42 - head * 1.6},${h / 2 - head} ${42 - head * 1.6},${h / 2 + head}`,
    fill: open ? '#ffffff' : colour, stroke: open ? colour : '#ffffff', 'stroke-width': open ? '2' : '1',
  });
  svg.append(line, tip);
  for (let k = 1; k < heads; k++) {
    const back = k * head * 1.3;
    svg.append(svgEl('polygon', {
      points: `${42 - back},${h / 2} ${42 - back - head * 1.6},${h / 2 - head} ${42 - back - head * 1.6},${h / 2 + head}`,
      fill: open ? '#ffffff' : colour, stroke: open ? colour : '#ffffff', 'stroke-width': open ? '2' : '1',
    }));
  }
  return svg;
}

/** A movement known by one place only: an arrowhead pointing down at the place. */
function destinationOnly(): SVGSVGElement {
  const svg = svgEl('svg', { width: '44', height: '22', 'aria-hidden': 'true' }) as SVGSVGElement;
  svg.append(
    svgEl('polygon', { points: '22,14 16,3 28,3', fill: '#4a5568', stroke: '#ffffff', 'stroke-width': '1' }),
    svgEl('circle', { cx: '22', cy: '17', r: '3.5', fill: '#ffffff', stroke: '#1f2937', 'stroke-width': '1.5' }));
  return svg;
}

/**
 * What the legend needs of one movement drawn: its actor, status, line width, whether it is known by one place only,
 * and its kind when drawn as an arrow (a kind with a symbol of its own, such as a withdrawal, is explained).
 */
export interface LegendEntry { actor: string | null; status: string; width: number; pointOnly: boolean; kind?: string | null; area?: boolean }

/** The legend entry of a listed movement (`outlined`: the keys of the areas drawn as outlines). */
export function legendEntry(m: MovementSummary, outlined: ReadonlySet<string> = new Set()): LegendEntry {
  const area = !!m.destination && outlined.has(m.destination.key);
  const pointOnly = !m.origin && m.via.length === 0 && !area;
  return { actor: m.actor, status: m.status, width: widthOf(m.strength), pointOnly, kind: pointOnly ? null : (m.kind ?? null), area };
}

/** A country or region a movement goes to: its outline. */
function areaSymbol(): SVGSVGElement {
  const svg = svgEl('svg', { width: '44', height: '18', 'aria-hidden': 'true' }) as SVGSVGElement;
  svg.append(svgEl('rect', { x: '12', y: '3', width: '20', height: '12', fill: 'rgba(74,85,104,0.11)', stroke: '#4a5568', 'stroke-width': '1.6' }));
  return svg;
}

/** Redraws the legend for the movements shown now (listed or in tiles): only the symbols they use. */
export function renderLegend(container: HTMLElement, shown: readonly LegendEntry[]): void {
  const names = [...new Set(shown.map((m) => m.actor ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const statuses = new Set(shown.map((m) => m.status));
  const widths = new Set(shown.map((m) => m.width));
  const pointOnly = shown.some((m) => m.pointOnly);
  const kinds = new Set(shown.map((m) => m.kind));
  const grey = '#4a5568';
  // Folded by the analyst, it stays folded while the map redraws it: the legend sits over the map and can hide places.
  const open = (container.querySelector('details') as HTMLDetailsElement | null)?.open ?? true;
  container.replaceChildren(el('details', { open },
    el('summary', {}, el('h2', { text: 'Legend' })),
    el('ul', { class: 'legend-actors' }, ...names.slice(0, 12).map((a) => el('li', { 'data-actor': a, 'data-colour': a ? actorColour(a) : unattributedColour },
      swatch(a ? actorColour(a) : unattributedColour, 4), a || 'actor not stated'))),
    names.length > 12 ? el('p', { class: 'hint', text: `and ${names.length - 12} more actors` }) : '',
    el('ul', { class: 'legend-status' }, ...statusOrder.filter((s) => statuses.has(s)).map((s) => el('li', { 'data-status': s }, swatch(grey, 3.5, s), statusStroke(s, 3.5).label))),
    el('ul', { class: 'legend-strength' },
      ...widthClasses.filter((c) => widths.has(c.width)).map((c) => el('li', {}, swatch(grey, c.width), `${c.label} troops`)),
      widths.has(unknownWidth) ? el('li', {}, swatch(grey, unknownWidth), 'strength not stated') : ''),
    el('ul', { class: 'legend-kind' }, ...kindSymbols.filter((k) => kinds.has(k.kind)).map((k) => el('li', { 'data-kind': k.kind }, swatch(grey, 3.5, 'completed', k.heads), k.label))),
    pointOnly ? el('ul', {}, el('li', { 'data-symbol': 'destination-only' }, destinationOnly(), 'known only by its destination')) : '',
    shown.some((m) => m.area) ? el('ul', {}, el('li', { 'data-symbol': 'area' }, areaSymbol(), 'country or region: its outline')) : '',
  ));
}
