// The side panel: details of a movement, a place or a report, with links to the report and to the overlays
// that cover a movement in time and space.
import type Feature from 'ol/Feature';
import type { Geometry } from 'ol/geom';
import * as api from './api';
import { el, formatNumber, formatTime } from './dom';
import { actorColour } from './mapStyle';
import { placesOf } from './movements';
import { historyList } from './history';
import { movementEditor } from './movementEditor';
import type { MapPick } from './placeField';
import type { RoutePreview } from './routePreview';
import type { ClaimInfo, Contradiction, EditInfo, MovementInfo, MovementSummary, Nearness, PlaceInfo, PlaceSummary } from './types';

/** What the panel can ask of the rest of the client. */
export interface PanelActions {
  showOverlay(id: string): void;
  showPhoto(id: number): void;
  showMovement(id: number): void;
  closed(): void;
  /** A movement was corrected (or deleted: then null): reload the map and show it again. */
  edited(id: number | null, message: string): void;
  /** The actors on the map, offered when an actor is typed. */
  actors(): string[];
}

const flagNames: Record<Contradiction['kind'], string> = { strength: 'Strength', destination: 'Destination', status: 'Status' };

/** The contradictions of a tracked movement, open ones highlighted. */
function contradictions(flags: Contradiction[] | undefined): HTMLElement | null {
  if (!flags?.length) return null;
  return el('ul', { class: 'contradictions', 'aria-label': 'Contradictions' }, ...flags.map((f) => el('li', {
    class: `contradiction ${f.state}`, 'data-kind': f.kind,
    text: `${flagNames[f.kind]} disagrees: ${f.detail}${f.state === 'open' ? '' : ` (${f.state} by an analyst)`}`,
  })));
}

/** Each claim: who, when, how many, the sentence, a link to the report; a strength that departs from the most claimed one is marked. */
function claimList(claims: ClaimInfo[], flags: Contradiction[]): HTMLElement {
  const value = (c: ClaimInfo): number | null => c.strength?.max ?? c.strength?.min ?? null;
  const counts = new Map<number, number>();
  for (const c of claims) { const v = value(c); if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1); }
  const consensus = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const disputed = flags.some((f) => f.kind === 'strength' && f.state !== 'dismissed');
  return el('div', {},
    el('h3', { text: `Claims (${claims.length})` }),
    el('ol', { class: 'claims' }, ...claims.map((c) => {
      const differs = disputed && value(c) !== null && value(c) !== consensus;
      return el('li', { class: differs ? 'claim disagrees' : 'claim', 'data-claim': c.claimId },
        el('div', { class: 'claim-head' },
          c.source ? el('strong', { text: c.source }) : el('span', { class: 'hint', text: 'source not stated' }),
          c.outlet && c.outlet !== c.source ? ` via ${c.outlet}` : '',
          c.publishedAt ? ` · ${formatTime(c.publishedAt)}` : '',
          ' · ', el(differs ? 'mark' : 'span', { class: 'claim-strength', text: c.strength ? c.strength.text || formatNumber(value(c) ?? 0) : 'strength not given' }),
          c.copyOfReportId !== null ? el('span', { class: 'hint', text: ` (copy of report #${c.copyOfReportId})` }) : ''),
        c.sentence ? el('q', { text: c.sentence }) : null,
        el('div', { class: 'claim-links' },
          c.reportId !== null ? el('a', { href: `/api/reports/${c.reportId}`, target: '_blank', rel: 'noopener', text: `Report #${c.reportId}` }) : null,
          c.url ? ' · ' : '', c.url ? el('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer', text: 'source' }) : null));
    })));
}

function row(term: string, value: Node | string | null | undefined): HTMLElement[] {
  return value === null || value === undefined || value === '' ? [] : [el('dt', { text: term }), el('dd', {}, value)];
}

/** "within 5 km and 7 days", or "within 5 km" when chosen at any time. */
function nearText(near: Nearness): string {
  return `within ${formatNumber(near.km)} km${near.days === null ? '' : ` and ${formatNumber(near.days)} day${near.days === 1 ? '' : 's'}`}`;
}

function placeText(p: PlaceSummary | null): string | null {
  return p ? `${p.name}${p.countryCode ? ` (${p.countryCode})` : ''}` : null;
}

/** The details panel. */
export class DetailsPanel {
  // Which panel is up: an answer for an earlier one is dropped.
  private ticket = 0;

  /**
   * @param panel the panel's element
   * @param actions what the panel asks of the rest of the client
   * @param pick sends a map click to the editor's place fields ("On the map")
   * @param route the editor's route as it will be saved, drawn as a draft until it is saved or the form is left
   */
  constructor(private readonly panel: HTMLElement, private readonly actions: PanelActions, private readonly pick: MapPick, private readonly route: RoutePreview) {
    panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.close(); });
  }

  /**
   * Shows a movement: at once what the map knows of it, then every field from GET /api/movements/{id} (the map's
   * listing carries only what it draws).
   */
  showMovement(feature: Feature<Geometry>): void {
    const summary = feature.get('movement') as MovementSummary;
    const ticket = ++this.ticket;
    const overlays = el('ul', { class: 'overlay-strip', id: 'movement-overlays' }, el('li', { class: 'hint', text: 'Looking for overlays…' }));
    const overlaysHeading = el('h3', { text: 'Overlays near it' });
    const photos = el('ul', { class: 'photo-strip', id: 'movement-photos' }, el('li', { class: 'hint', text: 'Looking for photos…' }));
    const photosHeading = el('h3', { text: 'Ground photos near it' });
    let current: MovementSummary & Partial<Omit<MovementInfo, keyof MovementSummary>> = summary;
    let claims: ClaimInfo[] | null = null;
    let history: EditInfo[] | null = null;
    let error: string | null = null;
    const render = (): void => { if (ticket === this.ticket) this.renderMovement(current, [overlaysHeading, overlays], [photosHeading, photos], error, claims, history); };
    render();
    api.edits(summary.id)
      .then((e) => { history = e; render(); })
      .catch((e: Error) => { error = error ?? `history: ${e.message}`; render(); });
    void this.nearOverlays(summary.id, overlays, overlaysHeading);
    void this.nearPhotos(summary.id, photos, photosHeading);
    api.movement(summary.id)
      .then((full) => { current = full.properties; render(); })
      .catch((e: Error) => { error = e.message; render(); });
    // The claims: what each report says, so that an analyst sees who claims what.
    api.claims(summary.id)
      .then((fc) => { claims = fc.features.map((f) => f.properties); render(); })
      .catch((e: Error) => { error = error ?? `claims: ${e.message}`; render(); });
  }

  /** Shows a place and the movements touching it, then the place's gazetteer fields from one of those movements. */
  showPlace(place: PlaceSummary, movements: MovementSummary[]): void {
    const ticket = ++this.ticket;
    this.renderPlace(place, movements);
    const touching = movements[0];
    if (!touching) return;
    api.movement(touching.id)
      .then((full) => {
        const details = placesOf(full.properties).find((p) => p.key === place.key);
        if (details && ticket === this.ticket) this.renderPlace(details, movements);
      })
      .catch(() => { /* the panel already shows what the map knows */ });
  }

  /** Opens the edit form of a movement, read again with its version so that the edit cannot undo a newer change. */
  async editMovement(id: number): Promise<void> {
    const ticket = ++this.ticket;
    try {
      const { movement, version } = await api.movementForEdit(id);
      if (ticket !== this.ticket) return;
      this.open(`Movement #${id}`, movementEditor(movement.properties, version, this.actions.actors(), this.pick, {
        saved: (m) => this.actions.edited(m.id, `Movement #${m.id} corrected.`),
        deleted: (gone) => { this.close(); this.actions.edited(null, `Movement #${gone} deleted.`); },
        cancelled: () => this.actions.showMovement(id),
        routeChanged: (origin, via, destination) => this.route.show(origin, via, destination),
      }));
      this.panel.querySelector<HTMLInputElement>('#edit-actor')?.focus();
    } catch (e) {
      if (ticket === this.ticket) this.open(`Movement #${id}`, el('p', { role: 'alert', text: (e as Error).message }));
    }
  }

  private renderMovement(m: MovementSummary & Partial<Omit<MovementInfo, keyof MovementSummary>>, overlays: HTMLElement[], photos: HTMLElement[], error: string | null, claims: ClaimInfo[] | null = null,
    history: EditInfo[] | null = null): void {
    const full = m.sentence !== undefined;
    const edit = el('button', { type: 'button', id: 'edit-movement', text: 'Edit or delete' });
    edit.addEventListener('click', () => void this.editMovement(m.id));
    const reportLink = m.reportId !== null && m.reportId !== undefined
      ? el('button', { type: 'button', class: 'link', id: 'open-report', text: `Report #${m.reportId}` })
      : null;
    reportLink?.addEventListener('click', () => void this.showReport(m.reportId!));
    this.open(`Movement #${m.id}`,
      el('p', { class: 'actor' }, el('span', { class: 'dot', style: `background:${actorColour(m.actor)}` }), m.actor ?? 'Unknown actor'),
      el('dl', {},
        ...row('Strength', m.strength ? `${m.strength.text}${m.strength.max !== null ? ` (${formatNumber(m.strength.max)})` : ''}` : 'unknown'),
        ...row('Unit', m.unit),
        ...row('Kind', m.kind && m.kind !== 'unknown' ? m.kind : null),
        ...row('Mode', m.mode.replace(/_/g, ' ')),
        ...row('Status', m.status.replace(/_/g, ' ')),
        ...row('Dates', `${formatTime(m.start)} – ${formatTime(m.end, m.start !== m.end)}${m.timePrecision ? ` (${m.timePrecision})` : ''}`),
        ...row('From', placeText(m.origin)),
        ...row('Via', m.via.map(placeText).join(', ')),
        ...row('To', placeText(m.destination)),
        ...(m.claimCount === undefined ? [] : row('Reports', `${m.claimCount} claim${m.claimCount === 1 ? '' : 's'} from ${m.sourceCount} independent source${m.sourceCount === 1 ? '' : 's'}`)),
        ...(full ? row('Source', m.claimedBy ? `according to ${m.claimedBy}${m.claimedByCountry ? ` (${m.claimedByCountry})` : ''}` : 'not stated') : []),
        ...(full && m.confidence !== undefined ? row('Confidence', `${Math.round(m.confidence * 100)} %`) : []),
      ),
      error ? el('p', { role: 'alert', text: `Could not load the rest of this movement: ${error}` }) : full ? null : el('p', { class: 'hint', id: 'movement-loading', text: 'Loading source and quote…' }),
      contradictions(m.flags),
      m.sentence && !claims ? el('blockquote', { text: m.sentence }) : null,
      claims ? claimList(claims, m.flags ?? []) : null,
      reportLink ? el('p', {}, reportLink, ' · ', el('a', { href: `/api/reports/${m.reportId}`, target: '_blank', rel: 'noopener', text: 'JSON' })) : null,
      el('p', {}, edit),
      ...overlays,
      ...photos,
      el('h3', { text: 'History' }),
      history ? historyList(history) : el('p', { class: 'hint', text: 'Loading the history…' }),
    );
  }

  private renderPlace(place: PlaceSummary & Partial<Omit<PlaceInfo, keyof PlaceSummary>>, movements: MovementSummary[]): void {
    const list = el('ul', { class: 'links' }, ...movements.slice(0, 50).map((m) => {
      const b = el('button', { type: 'button', class: 'link', text: `#${m.id} ${m.actor ?? 'Unknown'}: ${placeText(m.origin) ?? '?'} → ${placeText(m.destination) ?? '?'}` });
      b.addEventListener('click', () => this.actions.showMovement(m.id));
      return el('li', {}, b);
    }));
    this.open(place.name,
      el('dl', {},
        ...row('Country', place.countryCode),
        ...row('Region code', place.admin1Code),
        ...row('Kind', place.kind !== undefined ? `${place.kind} (${place.featureCode})` : null),
        ...row('Population', place.population ? formatNumber(place.population) : null),
        ...row('Coordinates', `${place.lat.toFixed(4)}, ${place.lon.toFixed(4)}`),
        ...row('GeoNames', place.geonameId !== null && place.geonameId !== undefined ? String(place.geonameId) : null),
      ),
      el('h3', { text: `Movements (${movements.length})` }), list);
  }

  /** Shows a report's text and what was extracted from it. */
  async showReport(id: number): Promise<void> {
    const ticket = ++this.ticket;
    try {
      const r = await api.report(id);
      if (ticket !== this.ticket) return;
      this.open(`Report #${id}`,
        el('dl', {}, ...row('Published', formatTime(r.report.publishedAt)), ...row('Source', r.report.source), ...row('Language', r.report.language),
          ...row('URL', r.report.url ? el('a', { href: r.report.url, target: '_blank', rel: 'noopener noreferrer', text: r.report.url }) : null)),
        el('h3', { text: `Places (${r.mentions.length})` }),
        el('p', { text: r.mentions.map((m) => m.place ? `${m.surface} → ${m.place.name}` : m.surface).join(' · ') }),
        el('h3', { text: 'Text' }),
        el('div', { class: 'report-text', text: r.report.text ?? '' }));
    } catch (e) {
      if (ticket === this.ticket) this.open(`Report #${id}`, el('p', { role: 'alert', text: (e as Error).message }));
    }
  }

  /** Hides the panel. */
  close(): void {
    ++this.ticket;
    this.route.clear();
    this.panel.hidden = true;
    this.actions.closed();
  }

  // Focus goes to the heading, except when the panel is filled in again (the rest of a movement arrived) and the
  // reader has moved focus elsewhere since.
  private open(title: string, ...content: (Node | null)[]): void {
    // Whatever replaces the editor (the saved movement, another panel) ends its draft route.
    this.route.clear();
    const refill = !this.panel.hidden && this.panel.querySelector('h2')?.textContent === title;
    const keepFocus = refill && document.activeElement !== this.panel.querySelector('h2');
    const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close details', text: '×' });
    close.addEventListener('click', () => this.close());
    const heading = el('h2', { tabindex: '-1', text: title });
    this.panel.replaceChildren(el('div', { class: 'details-head' }, heading, close), ...content.filter((c): c is Node => c !== null));
    this.panel.hidden = false;
    if (!keepFocus) heading.focus({ preventScroll: true });
  }

  /** Shows arbitrary content (a photo) in the panel. */
  show(title: string, ...content: Node[]): void {
    ++this.ticket;
    this.open(title, ...content);
  }

  /** The photos near a movement (the server's rule, GeoMap:Server:NearKm and NearDays), as thumbnails. */
  private async nearPhotos(id: number, list: HTMLElement, heading: HTMLElement): Promise<void> {
    try {
      const fc = await api.movementPhotos(id);
      heading.textContent = `Ground photos near it (${nearText(fc.near)})`;
      list.replaceChildren(...(fc.features.length ? fc.features.map((f) => {
        const b = el('button', { type: 'button', class: 'photo-thumb', title: f.properties.fileName ?? `Photo #${f.properties.id}` },
          el('img', { src: f.properties.thumbnail, alt: f.properties.fileName ?? `Photo #${f.properties.id}` }));
        b.addEventListener('click', () => this.actions.showPhoto(f.properties.id));
        return el('li', {}, b);
      }) : [el('li', { class: 'hint', text: 'None.' })]));
    } catch (e) {
      list.replaceChildren(el('li', { role: 'alert', text: (e as Error).message }));
    }
  }

  /** The overlays near a movement by the rule of its photos, each with its quicklook. */
  private async nearOverlays(id: number, list: HTMLElement, heading: HTMLElement): Promise<void> {
    try {
      const fc = await api.movementOverlays(id);
      heading.textContent = `Overlays near it (${nearText(fc.near)})`;
      list.replaceChildren(...(fc.features.length ? fc.features.map((f) => {
        const text = `${f.properties.title} (${formatTime(f.properties.acquiredAt)})`;
        const b = el('button', { type: 'button', class: 'overlay-thumb', title: text },
          f.properties.quicklook ? el('img', { src: f.properties.quicklook, alt: '' }) : null, el('span', { text }));
        b.addEventListener('click', () => this.actions.showOverlay(f.properties.id));
        return el('li', {}, b);
      }) : [el('li', { class: 'hint', text: 'None.' })]));
    } catch (e) {
      list.replaceChildren(el('li', { role: 'alert', text: (e as Error).message }));
    }
  }
}

