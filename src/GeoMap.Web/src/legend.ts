// The legend: every symbol the map shows, from the same style as the drawing (mapStyle.ts): one colour per actor,
// the statuses (solid, dashed with an open head when planned, dotted when not stated), width classes by strength, the
// kinds with a symbol of their own (a withdrawal's double head), the arrowhead on a place for a movement known by
// its destination only, the outline of an area, the badge of a movement's sources (red-rimmed while its claims
// contradict), a flow's count of movements, place markers, ground photos and what the labels beside arrows say. Only what is drawn now is explained.
import { el } from './dom';
import { actorColour, badgeColours, kindSymbols, legendOrder, statusOrder, statusStroke, unattributedColour, unknownWidth, widthClasses, widthOf } from './mapStyle';
import { isArea, placesOf } from './movements';
import { photoMarker } from './photos';
import { labelLegend } from './strengthLabels';
import type { MovementSummary } from './types';

/** Actors listed with a sample arrow; the others of the map are listed below them, folded, by a dot of their colour. */
const actorsListed = 12;

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
 * What the legend needs of one movement (or flow) drawn: its actor, status, line width, whether it is known by one
 * place only, its kind when drawn as an arrow (a kind with a symbol of its own, such as a withdrawal, is explained),
 * whether it goes to an outlined area, marks a town-like place, carries a badge of its sources (contradicted: its
 * claims disagree) and, for a flow, whether its count of movements is written at its head.
 */
export interface LegendEntry {
  actor: string | null; status: string; width: number; pointOnly: boolean; kind?: string | null; area?: boolean;
  places?: boolean; badge?: 'sources' | 'contradicted' | null; flowCount?: boolean;
}

/**
 * What else the map draws that the legend explains: ground photos, without and with the direction the camera faced;
 * town-like places marked apart from the movements' own (tile mode marks every place of its tiles).
 */
export interface LegendExtras { photos?: { plain: boolean; facing: boolean }; places?: boolean }

/**
 * The legend entry of a listed movement (`outlined`: the keys of the areas drawn as outlines; `arrow`: false when it
 * is shown by its area's outline alone, which carries no badge).
 */
export function legendEntry(m: MovementSummary, outlined: ReadonlySet<string> = new Set(), arrow = true): LegendEntry {
  const area = !!m.destination && outlined.has(m.destination.key);
  const pointOnly = !m.origin && m.via.length === 0 && !area;
  const badge = arrow && m.claimCount > 1 ? (m.flags.some((f) => f.state === 'open') ? 'contradicted' : 'sources') : null;
  return {
    actor: m.actor, status: m.status, width: widthOf(m.strength), pointOnly, kind: pointOnly ? null : (m.kind ?? null), area,
    places: placesOf(m).some((p) => !isArea(p)), badge,
  };
}

/** The badge of a movement's independent sources, as movementStyle draws it: a number in a ring, red while contradicted. */
function badgeSymbol(contradicted: boolean): SVGSVGElement {
  const svg = svgEl('svg', { width: '44', height: '20', 'aria-hidden': 'true' }) as SVGSVGElement;
  const { ring, contradicted: red, text } = badgeColours;
  svg.append(svgEl('circle', { cx: '22', cy: '10', r: '8', fill: '#ffffff', stroke: contradicted ? red : ring, 'stroke-width': '2' }));
  const label = svgEl('text', { x: '22', y: '14', 'text-anchor': 'middle', 'font-size': '11', 'font-weight': 'bold', 'font-family': 'sans-serif', fill: text });
  label.textContent = '3';
  svg.append(label);
  return svg;
}

/** A flow's count: the number of movements written at its head. */
function flowCountSymbol(): SVGSVGElement {
  const svg = swatch('#4a5568', 3.5);
  const label = svgEl('text', { x: '20', y: '4', 'text-anchor': 'middle', 'dominant-baseline': 'hanging', 'font-size': '10', 'font-weight': 'bold', 'font-family': 'sans-serif', fill: '#1a202c' });
  label.textContent = '12';
  svg.setAttribute('height', '24');
  for (const c of [...svg.children]) c.setAttribute('transform', 'translate(0 7)');
  svg.append(label);
  return svg;
}

/** A town or city: the white marker with a dark ring both modes draw. */
function placeSymbol(): SVGSVGElement {
  const svg = svgEl('svg', { width: '44', height: '14', 'aria-hidden': 'true' }) as SVGSVGElement;
  svg.append(svgEl('circle', { cx: '22', cy: '7', r: '5', fill: '#ffffff', stroke: '#1a202c', 'stroke-width': '2' }));
  return svg;
}

/** A ground photo's camera marker (with its cone when it faced a known way), pointing along the row. */
function photoSymbol(facing: boolean): HTMLElement {
  return el('img', { src: photoMarker(facing), width: '26', height: '26', alt: '', class: 'legend-photo', style: facing ? 'transform: rotate(90deg)' : '' });
}

/** A country or region a movement goes to: its outline. */
function areaSymbol(): SVGSVGElement {
  const svg = svgEl('svg', { width: '44', height: '18', 'aria-hidden': 'true' }) as SVGSVGElement;
  svg.append(svgEl('rect', { x: '12', y: '3', width: '20', height: '12', fill: 'rgba(74,85,104,0.11)', stroke: '#4a5568', 'stroke-width': '1.6' }));
  return svg;
}

/** Redraws the legend for the movements shown now (listed or in tiles) and what else is drawn: only the symbols they use. */
export function renderLegend(container: HTMLElement, shown: readonly LegendEntry[], extras: LegendExtras = {}): void {
  // In the order both renderers list actors (mapStyle's legendOrder): fixed colours first, the unstated last.
  const names = legendOrder(shown.map((m) => m.actor)).map((a) => a ?? '');
  const statuses = new Set(shown.map((m) => m.status));
  const widths = new Set(shown.map((m) => m.width));
  const pointOnly = shown.some((m) => m.pointOnly);
  const kinds = new Set(shown.map((m) => m.kind));
  const badges = new Set(shown.map((m) => m.badge));
  const grey = '#4a5568';
  const colourOf = (a: string): string => (a ? actorColour(a) : unattributedColour);
  const actorItem = (a: string): HTMLElement => el('li', { 'data-actor': a, 'data-colour': colourOf(a) }, swatch(colourOf(a), 4), a || 'actor not stated');
  const rest = names.slice(actorsListed);
  const moreOpen = (container.querySelector('.legend-more') as HTMLDetailsElement | null)?.open ?? false;
  // Every actor drawn is named: past the first twelve, folded under their count, each with a dot of its colour.
  const more = rest.length
    ? el('details', { class: 'legend-more', open: moreOpen },
      el('summary', { text: `and ${rest.length} more actor${rest.length === 1 ? '' : 's'}` }),
      el('ul', { class: 'legend-actors legend-actors-more' }, ...rest.map((a) => el('li', { 'data-actor': a, 'data-colour': colourOf(a) },
        el('span', { class: 'dot', style: `background:${colourOf(a)}` }), a || 'actor not stated'))))
    : '';
  const photos = extras.photos ?? { plain: false, facing: false };
  // Folded by the analyst, it stays folded while the map redraws it: the legend sits over the map and can hide places.
  const open = (container.querySelector(':scope > details') as HTMLDetailsElement | null)?.open ?? true;
  container.replaceChildren(el('details', { open },
    el('summary', {}, el('h2', { text: 'Legend' })),
    el('ul', { class: 'legend-actors' }, ...names.slice(0, actorsListed).map(actorItem)),
    more,
    el('ul', { class: 'legend-status' }, ...statusOrder.filter((s) => statuses.has(s)).map((s) => el('li', { 'data-status': s }, swatch(grey, 3.5, s), statusStroke(s, 3.5).label))),
    el('ul', { class: 'legend-strength' },
      ...widthClasses.filter((c) => widths.has(c.width)).map((c) => el('li', {}, swatch(grey, c.width), `${c.label} troops`)),
      widths.has(unknownWidth) ? el('li', {}, swatch(grey, unknownWidth), 'strength not stated') : ''),
    el('ul', { class: 'legend-kind' }, ...kindSymbols.filter((k) => kinds.has(k.kind)).map((k) => el('li', { 'data-kind': k.kind }, swatch(grey, 3.5, 'completed', k.heads), k.label))),
    el('ul', { class: 'legend-symbols' },
      pointOnly ? el('li', { 'data-symbol': 'destination-only' }, destinationOnly(), 'known only by its destination') : '',
      shown.some((m) => m.area) ? el('li', { 'data-symbol': 'area' }, areaSymbol(), 'country or region: its outline') : '',
      shown.some((m) => m.flowCount) ? el('li', { 'data-symbol': 'flow-count' }, flowCountSymbol(), 'movements along a flow') : '',
      badges.has('sources') ? el('li', { 'data-symbol': 'sources' }, badgeSymbol(false), 'independent sources of a movement') : '',
      badges.has('contradicted') ? el('li', { 'data-symbol': 'sources-contradicted' }, badgeSymbol(true), 'independent sources, contradicting each other') : '',
      extras.places || shown.some((m) => m.places) ? el('li', { 'data-symbol': 'place' }, placeSymbol(), 'town, city or base') : '',
      photos.plain ? el('li', { 'data-symbol': 'photo' }, photoSymbol(false), 'where a ground photo was taken') : '',
      photos.facing ? el('li', { 'data-symbol': 'photo-facing' }, photoSymbol(true), 'the cone: where the camera faced') : ''),
    shown.some((m) => !m.flowCount) ? labelsLine() : '',
  ));
}

/** The labels beside arrows (strengthLabels.ts): a sample in the labels' type, and what its parts are. */
function labelsLine(): HTMLElement {
  const { sample, text } = labelLegend();
  return el('ul', {}, el('li', { 'data-symbol': 'labels' }, el('span', { class: 'legend-label-sample', text: sample }), ` ${text}`));
}
