// The legend: one colour per actor shown, line widths by strength, solid vs dashed for status.
import { el, formatNumber } from './dom';
import { actorColour, widthFor } from './movementStyle';

function swatch(colour: string, width: number, dashed: boolean): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '36');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(ns, 'line');
  for (const [k, v] of Object.entries({ x1: '2', y1: '6', x2: '34', y2: '6', stroke: colour, 'stroke-width': String(width) })) line.setAttribute(k, v);
  if (dashed) line.setAttribute('stroke-dasharray', `${width * 3} ${width * 2}`);
  svg.append(line);
  return svg;
}

/** Redraws the legend for the actors currently shown. */
export function renderLegend(container: HTMLElement, actors: Iterable<string | null>): void {
  const names = [...new Set([...actors].map((a) => a ?? 'Unknown actor'))].sort((a, b) => a.localeCompare(b));
  container.replaceChildren(
    el('h2', { text: 'Legend' }),
    el('ul', {}, ...names.slice(0, 12).map((a) => el('li', {}, swatch(actorColour(a === 'Unknown actor' ? null : a), 4, false), a))),
    names.length > 12 ? el('p', { class: 'hint', text: `and ${names.length - 12} more actors` }) : '',
    el('ul', {}, ...[100, 1000, 10000].map((n) => el('li', {}, swatch('#4a5568', widthFor(n), false), `${formatNumber(n)} troops`))),
    el('ul', {}, el('li', {}, swatch('#4a5568', 3, false), 'under way or completed'), el('li', {}, swatch('#4a5568', 3, true), 'planned')),
  );
}
