// Small DOM helpers: the client builds its controls without a framework.

type Attrs = Record<string, string | number | boolean | undefined | null>;

/** Creates an element with attributes and children (strings become text nodes, never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | undefined | false)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = String(v);
    else if (k === 'text') e.textContent = String(v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** The element with this id, which index.html must have. */
export function byId<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`index.html has no #${id}`);
  return e as T;
}

/**
 * Builds a folded panel's contents when it is first unfolded (at once when it starts unfolded): the sidebar's closed
 * panels cost the page's start nothing (their forms had been ~40-100 ms of the main thread before the first view's
 * movements were asked for, bench/client --diagnose-load).
 */
export function whenOpened(panel: HTMLDetailsElement, build: () => void): void {
  if (panel.open) { build(); return; }
  const opened = () => {
    if (!panel.open) return;
    panel.removeEventListener('toggle', opened);
    build();
  };
  panel.addEventListener('toggle', opened);
}

/** A labelled input in a row. */
export function field(label: string, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: input.id, text: label }), input);
}

/**
 * A date for display: 2024-10-08 (or with the time when not midnight UTC). An exclusive end (the server stores
 * periods as [start, end)) at midnight shows as the day before, the last day of the period.
 */
export function formatTime(iso: string | null | undefined, exclusiveEnd = false): string {
  if (!iso) return '…';
  if (exclusiveEnd && iso.endsWith('T00:00:00Z')) return new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);
  return iso.endsWith('T00:00:00Z') ? iso.slice(0, 10) : iso.replace('T', ' ').replace('Z', ' UTC');
}

/** One formatter for every number: making an Intl.NumberFormat costs far more than formatting with it (it is called per label). */
const numberFormat = new Intl.NumberFormat('en-GB');

/** A whole number with thousands separators. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}
