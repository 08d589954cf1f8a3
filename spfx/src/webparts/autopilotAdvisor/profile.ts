// The web part's properties as the advisor's organization profile: reading the pane's text
// fields into the profile JSON that the <autopilot-advisor> element takes, and checking each
// field against the advisor's own model so the pane can say what is wrong.

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
  preset?: string;      // "identity=entra users=single"
  locked?: string;      // "identity"
  hidden?: string;      // "configmgr custom_image"
  notOffered?: string;  // "self-deploying"
  theme?: string;       // "auto" | "light" | "dark"
  compact?: boolean;
  language?: string;    // "" follows the page; otherwise a language tag such as "de"
  noStorage?: boolean;  // keep no answers in the browser (shared kiosks)
  // Per scenario: note_<id>, contactLabel_<id> and contactUrl_<id>.
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
}

export const MAX_NOTE = 500;
const SCENARIO_FIELD = /^(note|contactLabel|contactUrl)_(.+)$/;

/** Names separated by spaces, commas, semicolons or new lines. */
export function words(text: string | undefined): string[] {
  return (text || '').split(/[\s,;]+/).filter((w) => w !== '');
}

/** "key=value" pairs, each a word. Returns the pairs and the words that are not pairs. */
export function pairs(text: string | undefined): { preset: { [key: string]: string }; malformed: string[] } {
  const preset: { [key: string]: string } = {};
  const malformed: string[] = [];
  // "key = value" is allowed too: spaces around "=" are joined first.
  for (const word of words((text || '').replace(/\s*=\s*/g, '='))) {
    const m = /^([^=]+)=([^=]+)$/.exec(word);
    if (m) preset[m[1]] = m[2];
    else malformed.push(word);
  }
  return { preset, malformed };
}

/** A property's text, trimmed; '' when it is not text. */
function trimmed(value: string | boolean | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function isAllowedLink(url: string): boolean {
  const control = url.split('').some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127);
  return /^(https:\/\/|http:\/\/|mailto:)\S/i.test(url.trim()) && !control;
}

/** The profile the properties describe. Unchecked: the widget reports whatever it cannot use. */
export function toProfile(props: IAdvisorProps): IProfile {
  const scenarios: IProfile['scenarios'] = {};
  const ids: string[] = [];
  for (const field of Object.keys(props)) {
    const m = SCENARIO_FIELD.exec(field);
    if (m && ids.indexOf(m[2]) < 0) ids.push(m[2]);
  }
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
    preset: pairs(props.preset).preset,
    locked: words(props.locked),
    hidden: words(props.hidden),
    not_offered: words(props.notOffered),
    scenarios,
    theme: props.theme || 'auto',
    compact: props.compact === true
  };
}

// The checks behind the pane's messages. Each returns '' when the value is fine.

function list(values: string[]): string {
  return values.join(', ');
}

export function presetError(text: string, model: IModel): string {
  const { preset, malformed } = pairs(text);
  if (malformed.length) return `Write each answer as question=answer, for example identity=entra (not "${malformed[0]}").`;
  for (const key of Object.keys(preset)) {
    const question = model.questions.filter((q) => q.key === key)[0];
    if (!question) return `"${key}" is not a question. Questions: ${list(model.questions.map((q) => q.key))}.`;
    const values = question.options.map((o) => o.value);
    if (values.indexOf(preset[key]) < 0) return `"${preset[key]}" is not an answer to "${key}". Answers: ${list(values)}.`;
  }
  return '';
}

export function questionsError(text: string, model: IModel, preset?: string): string {
  const keys = model.questions.map((q) => q.key);
  for (const key of words(text)) {
    if (keys.indexOf(key) < 0) return `"${key}" is not a question. Questions: ${list(keys)}.`;
    if (preset !== undefined && !(key in pairs(preset).preset)) return `"${key}" has no preset answer: preset it above first, for example ${key}=${model.questions[keys.indexOf(key)].options[0].value}.`;
  }
  return '';
}

export function scenariosError(text: string, model: IModel): string {
  const ids = model.scenarios.map((s) => s.id);
  for (const id of words(text)) {
    if (ids.indexOf(id) < 0) return `"${id}" is not a scenario. Scenarios: ${list(ids)}.`;
  }
  return '';
}

export function noteError(text: string): string {
  return text.length > MAX_NOTE ? `Keep the note under ${MAX_NOTE} characters (it has ${text.length}).` : '';
}

export function linkError(url: string): string {
  if (url.trim() === '' || isAllowedLink(url)) return '';
  return 'Use an https://, http:// or mailto: link, for example mailto:servicedesk@example.com.';
}
