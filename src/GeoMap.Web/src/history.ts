// A movement's history as a person reads it: who, when, why, and each field as old -> new (places by name).
import { el } from './dom';
import type { EditInfo } from './types';

const actionNames: Record<EditInfo['action'], string> = {
  create: 'created', update: 'corrected', delete: 'deleted', link: 'a report linked', merge: 'merged', split: 'split', confirm: 'contradiction confirmed', dismiss: 'contradiction dismissed',
};

const fieldNames: Record<string, string> = {
  actor: 'Actor', actorCountry: 'Actor country', unit: 'Unit', strength: 'Strength', kind: 'Kind', status: 'Status', mode: 'Mode', origin: 'From', via: 'Via',
  destination: 'To', period: 'Dates', timePrecision: 'Date precision', claimedBy: 'According to', claimedByCountry: 'Source country', reportId: 'Report',
  sentence: 'Quote', confidence: 'Confidence', claimCount: 'Claims', sourceCount: 'Sources',
};

/** "2026-12-02 14:31 UTC" */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Who made an edit, without the key prefix of API keys ("key:alice" is alice). */
function who(editedBy: string): string {
  return editedBy.startsWith('key:') ? editedBy.slice(4) : editedBy;
}

function value(v: string | null): string {
  return v === null || v === '' ? '(none)' : v.replace(/_/g, ' ');
}

/** The history, newest first. */
export function historyList(edits: EditInfo[]): HTMLElement {
  if (edits.length === 0) return el('p', { class: 'hint', text: 'No changes recorded.' });
  return el('ol', { class: 'history', 'aria-label': 'History' }, ...[...edits].reverse().map((e) => el('li', { class: `edit ${e.action}`, 'data-edit': e.id },
    el('div', { class: 'edit-head' }, el('strong', { text: actionNames[e.action] ?? e.action }), ` by ${who(e.editedBy)}, ${when(e.editedAt)}`),
    e.reason ? el('div', { class: 'edit-reason', text: `Reason: ${e.reason}` }) : null,
    e.note ? el('div', { class: 'hint', text: e.note }) : null,
    e.action === 'create' || e.changes.length === 0 ? null : el('ul', { class: 'edit-changes' }, ...e.changes.map((c) => el('li', { 'data-field': c.field },
      el('span', { class: 'edit-field', text: `${fieldNames[c.field] ?? c.field}: ` }),
      el('del', { text: value(c.before) }), ' → ', el('ins', { text: value(c.after) })))))));
}
