// The web part's properties as the advisor's organization profile: the pane's fields (one
// group per question and a toggle per scenario, made from AutopilotAdvisor.model()) read into
// the profile JSON that the <autopilot-advisor> element takes; the free text of earlier
// versions migrated; the checks behind the pane's messages. No DOM, no SharePoint: pure data.

/** One question of the advisor, as AutopilotAdvisor.model() describes it. */
export interface IQuestion {
  key: string;
  text: string;
  options: { value: string; label: string }[];
}

/** What the pane needs of AutopilotAdvisor.model(). */
export interface IModel {
  questions: IQuestion[];
  scenarios: { id: string; name: string }[];
}

/** The web part's properties, as the page stores them. */
export interface IAdvisorProps {
  theme?: string;       // "auto" (follow the section's SharePoint theme) | "light" | "dark"
  compact?: boolean;
  audience?: string;    // "admin" (IT planning, the default) | "employee" (people setting up their own PC)
  language?: string;    // "" follows the page; otherwise a language tag such as "de"
  noStorage?: boolean;  // keep no answers in the browser (shared kiosks)
  // Per question (the pane makes one group per question of the model): preset_<key> (a value
  // of the question, '' for none), locked_<key> and hidden_<key> (true or not).
  // Per scenario: offered_<id> (false: not offered), note_<id>, contactLabel_<id>, contactUrl_<id>.
  // Earlier versions (0.1.x) stored free text instead; migrate() turns it into the fields above:
  // preset ("identity=entra users=single"), locked ("identity"), hidden ("configmgr
  // custom_image"), notOffered ("self-deploying").
  [field: string]: string | boolean | undefined;
}

/** The organization profile of the advisor (see the project README). */
export interface IProfile {
  preset?: { [key: string]: string };
  locked?: string[];
  hidden?: string[];
  not_offered?: string[];
  scenarios?: { [id: string]: { note?: string; contact?: { label?: string; url: string } } };
  theme?: string;
  compact?: boolean;
  audience?: string;
}

export const MAX_NOTE = 500;
const FIELD = /^(preset|locked|hidden|offered|note|contactLabel|contactUrl)_(.+)$/;

/** Names separated by spaces, commas, semicolons or new lines. */
export function words(text: string | undefined): string[] {
  return (text || '').split(/[\s,;]+/).filter((w) => w !== '');
}

/** "key=value" pairs, each a word ("key = value" too); words that are not pairs are left out. */
export function pairs(text: string | undefined): { [key: string]: string } {
  const preset: { [key: string]: string } = {};
  for (const word of words((text || '').replace(/\s*=\s*/g, '='))) {
    const m = /^([^=]+)=([^=]+)$/.exec(word);
    if (m) preset[m[1]] = m[2];
  }
  return preset;
}

/** A property's text, trimmed; '' when it is not text. */
function trimmed(value: string | boolean | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Moves the free-text fields of earlier versions (preset, locked, hidden, notOffered) into the
 * per-question and per-scenario fields, where a field of its own is not set already. Returns
 * whether anything changed. That pane stored only text its checks accepted, so a word that is
 * not a pair is dropped; a key or value the model does not know is kept, and the widget says so.
 */
export function migrate(props: IAdvisorProps): boolean {
  const old = ['preset', 'locked', 'hidden', 'notOffered'].filter((name) => props[name] !== undefined);
  const set = (field: string, value: string | boolean): void => {
    if (props[field] === undefined) props[field] = value;
  };
  const preset = pairs(trimmed(props.preset));
  for (const key of Object.keys(preset)) set('preset_' + key, preset[key]);
  for (const key of words(trimmed(props.locked))) set('locked_' + key, true);
  for (const key of words(trimmed(props.hidden))) set('hidden_' + key, true);
  for (const id of words(trimmed(props.notOffered))) set('offered_' + id, false);
  for (const name of old) delete props[name];
  return old.length > 0;
}

/** Marks every scenario of the model offered unless the page said otherwise: the pane's
 * toggles show a missing value as off. */
export function offerByDefault(props: IAdvisorProps, model: IModel): void {
  for (const s of model.scenarios) {
    if (typeof props['offered_' + s.id] !== 'boolean') props['offered_' + s.id] = true;
  }
}

export function isAllowedLink(url: string): boolean {
  const control = url.split('').some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127);
  return /^(https:\/\/|http:\/\/|mailto:)\S/i.test(url.trim()) && !control;
}

/** The profile the properties describe. Unchecked: the widget reports whatever it cannot use. */
export function toProfile(props: IAdvisorProps): IProfile {
  const preset: { [key: string]: string } = {};
  const locked: string[] = [];
  const hidden: string[] = [];
  const notOffered: string[] = [];
  const ids: string[] = [];
  for (const field of Object.keys(props)) {
    const m = FIELD.exec(field);
    if (!m) continue;
    const [, kind, name] = m;
    const value = props[field];
    if (kind === 'preset' && trimmed(value)) preset[name] = trimmed(value);
    else if (kind === 'locked' && value === true) locked.push(name);
    else if (kind === 'hidden' && value === true) hidden.push(name);
    else if (kind === 'offered' && value === false) notOffered.push(name);
    else if (ids.indexOf(name) < 0 && /^(note|contactLabel|contactUrl)$/.test(kind)) ids.push(name);
  }
  const scenarios: IProfile['scenarios'] = {};
  for (const id of ids) {
    const note = trimmed(props['note_' + id]);
    const url = trimmed(props['contactUrl_' + id]);
    const label = trimmed(props['contactLabel_' + id]);
    if (!note && !url) continue;
    scenarios[id] = {};
    if (note) scenarios[id].note = note;
    if (url) scenarios[id].contact = label ? { label, url } : { url };
  }
  return {
    preset,
    // A lock without a preset answer locks nothing (the pane disables such a toggle).
    locked: locked.filter((key) => key in preset),
    hidden,
    not_offered: notOffered,
    scenarios,
    theme: props.theme || 'auto',
    compact: props.compact === true,
    audience: props.audience === 'employee' ? 'employee' : 'admin'
  };
}

// The checks behind the pane's messages (the web part words them in the page's language).

/** The note's length when it is too long, else 0. */
export function noteTooLong(text: string): number {
  return text.length > MAX_NOTE ? text.length : 0;
}

/** Whether a contact link is refused: not empty, and not https, http or mailto. */
export function linkRefused(url: string): boolean {
  return url.trim() !== '' && !isAllowedLink(url);
}
