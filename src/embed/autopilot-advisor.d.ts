// TypeScript declarations for autopilot-advisor.js: the <autopilot-advisor> element,
// AutopilotAdvisor.mount, evaluate, model and the change event. Written by hand beside
// element.js and the API (src/embed/api.rs), checked with tsc by the browser tests
// (tests/browser/types/usage.ts), so a page author's editor knows the shapes, and against the
// options table (engine/src/options.rs) by tests/options.rs: AutopilotProfile, the options of
// AutopilotMountOptions and AutopilotAdvisorAttribute say what the table says.

export {};

declare global {
  /** Answer keys and their values, as `AutopilotAdvisor.model().questions` lists them. */
  interface AutopilotAnswers {
    device?: 'new' | 'existing' | 'broken' | null;
    current_join?: 'entra' | 'hybrid' | 'domain' | 'none' | null;
    registered?: 'yes' | 'no' | null;
    identity?: 'entra' | 'hybrid' | null;
    dc?: 'yes' | 'no' | null;
    users?: 'single' | 'shared' | null;
    technician?: 'yes' | 'no' | null;
    tpm?: 'yes' | 'no' | 'vm' | null;
    /** `older`, the value until December 2026, still reads as `unsupported`. */
    windows?: 'win11' | 'ltsc' | 'unsupported' | 'older' | null;
    configmgr?: 'yes' | 'no' | null;
    custom_image?: 'yes' | 'no' | null;
    fast_user?: 'yes' | 'no' | null;
  }

  type AutopilotScenarioId =
    | 'user-driven'
    | 'pre-provisioned'
    | 'self-deploying'
    | 'existing-devices'
    | 'reset'
    | 'device-preparation';

  interface AutopilotSource {
    id: string;
    page: string;
    section: string;
    url: string;
    /** The page's own date (YYYY-MM-DD) in the version the model follows, or null. */
    date: string | null;
  }

  interface AutopilotReason {
    text: string;
    source: AutopilotSource;
    /** Where the advice follows a newer page: the 2023 page's section it departs from. */
    departs_from: AutopilotSource | null;
    keys: string[];
    effect: 'exclude' | 'favour' | 'disfavour' | 'info';
  }

  interface AutopilotScenarioResult {
    id: AutopilotScenarioId;
    verdict: 'recommended' | 'suitable' | 'unsuitable';
    reasons: AutopilotReason[];
    blocked_by: string[];
    score: number;
    pending: string[];
    then: AutopilotScenarioId | null;
  }

  interface AutopilotResult {
    scenarios: AutopilotScenarioResult[];
    recommended: AutopilotScenarioId | null;
    leading: AutopilotScenarioId | null;
    tied_with: AutopilotScenarioId[];
    then: AutopilotScenarioId | null;
    notes: { id: string; text: string; source: AutopilotSource; departs_from: AutopilotSource | null; keys: string[]; warning: boolean }[];
    changes: { scenario: AutopilotScenarioId; set: Record<string, string> }[];
  }

  /** In model(), a fact names its source by id; `AutopilotModel.sources` lists each once. */
  interface AutopilotFact {
    text: string;
    source: string;
  }

  interface AutopilotModel {
    sources: AutopilotSource[];
    scenarios: {
      id: AutopilotScenarioId;
      name: string;
      short: string;
      purpose: string;
      description: string;
      source: string;
      deployment: boolean;
      in_seed: boolean;
      pros: AutopilotFact[];
      cons: AutopilotFact[];
      guide: AutopilotFact[];
      prerequisites: AutopilotFact[];
      walkthroughs: { label: string; url: string; source: string }[];
    }[];
    capabilities: {
      id: string;
      label: string;
      seed_label: string;
      source: string;
      /** The 2023 table's cells, for the scenarios it covers. */
      values: Partial<Record<AutopilotScenarioId, string>>;
      /** Cells of scenarios newer than the 2023 table, each with the page it comes from. */
      newer: Partial<Record<AutopilotScenarioId, { value: string; source: string }>>;
    }[];
    questions: {
      key: keyof AutopilotAnswers;
      /** A fact about the device or the organization, or a choice. */
      kind: 'fact' | 'choice';
      text: string;
      help: string;
      /** `aliases`: older names still read; `how`: for a fact, what would make this answer true. */
      options: { value: string; label: string; aliases?: string[]; how?: AutopilotFact }[];
    }[];
  }

  /** An organization profile: presets, locks, hidden questions, scenarios offered, notes. */
  interface AutopilotProfile {
    preset?: AutopilotAnswers;
    locked?: string | string[];
    hidden?: string | string[];
    not_offered?: string | string[];
    scenarios?: Partial<Record<AutopilotScenarioId, { note?: string; contact?: { label: string; url: string } }>>;
    theme?: 'light' | 'dark' | 'auto';
    compact?: boolean;
    /** Who reads it: IT planning deployments (the default) or an employee setting up their own PC. */
    audience?: 'admin' | 'employee';
  }

  /** The element's attributes besides one per question (its key: `current-join`, or as the API
   * spells it, `current_join`). */
  type AutopilotAdvisorAttribute =
    | 'locked'
    | 'hidden-questions'
    | 'not-offered'
    | 'theme'
    | 'compact'
    | 'audience'
    | 'profile'
    | 'lang'
    | 'no-storage';

  interface AutopilotChange {
    answers: AutopilotAnswers;
    result: AutopilotResult;
  }

  interface AutopilotMountOptions extends AutopilotProfile {
    /** Where the user starts; without it, a link's answers or the ones kept in this browser. */
    answers?: AutopilotAnswers;
    profile?: AutopilotProfile | string;
    lang?: string;
    storage?: boolean;
    onChange?: (change: AutopilotChange) => void;
  }

  interface AutopilotHandle {
    readonly ready: Promise<AutopilotHandle>;
    readonly answers: AutopilotAnswers;
    readonly result: AutopilotResult | null;
    update(options: AutopilotMountOptions): void;
    reset(): void;
    unmount(): void;
  }

  /** A file as a page has it: its text, or its bytes (the .zip Intune downloads, a UTF-16 file). */
  type AutopilotFleetFile = string | ArrayBuffer | Uint8Array;

  /** `planFleet`'s input (docs/api.md, docs/fleet.md). All but `inventory` optional. */
  interface AutopilotFleetInput {
    /** Intune's device export (Devices › All devices › Export). */
    inventory: AutopilotFleetFile;
    /** The Windows Autopilot devices list, matched by serial number. */
    autopilot?: AutopilotFleetFile | null;
    /** Endpoint analytics' Work from anywhere export: fills `registered` (without the Autopilot
     * list) and `tpm: 'no'` (a failed TPM check) where the other files leave them open. */
    wfa?: AutopilotFleetFile | null;
    /** The fleet's answers, for every device. */
    answers?: AutopilotAnswers;
    /** Answers for the devices of one Autopilot group tag or Intune category. */
    groups?: Array<({ tag: string } | { category: string }) & { answers: AutopilotAnswers }>;
    /** The admin's corrections of what was read. */
    corrections?: {
      columns?: Record<string, string | null>;
      values?: Array<{ key: keyof AutopilotAnswers; read: string; value: string | null }>;
    };
  }

  type AutopilotVerdicts = Record<AutopilotScenarioId, 'recommended' | 'suitable' | 'unsuitable'>;

  interface AutopilotFleetDevice {
    serial: string;
    name: string;
    user: string;
    answers: AutopilotAnswers;
    recommended: AutopilotScenarioId | null;
    then: AutopilotScenarioId | null;
    verdicts: AutopilotVerdicts;
    /** The group's id. */
    group: string;
    category: string;
    group_tag: string;
    lines: number[];
  }

  interface AutopilotFleetGroup {
    id: string;
    standing: 'recommended' | 'leading' | 'nothing_fits' | 'open' | 'several_fit';
    recommended: AutopilotScenarioId | null;
    leading: AutopilotScenarioId | null;
    then: AutopilotScenarioId | null;
    count: number;
    answers: AutopilotAnswers;
    differs: AutopilotAnswers;
    verdicts: AutopilotVerdicts;
    changes: Array<{ scenario: AutopilotScenarioId; set: AutopilotAnswers }>;
    /** `evaluate(answers)`: reasons, notes and sources. */
    evaluation: AutopilotResult;
  }

  interface AutopilotFleetTableRead {
    header_line: number;
    delimiter: string;
    headers: string[];
    records: number;
  }

  interface AutopilotFleetPlan {
    devices: AutopilotFleetDevice[];
    groups: AutopilotFleetGroup[];
    skipped: Array<{ line: number; serial: string; name: string; reason: string; code: 'not_windows' | 'personal' }>;
    columns: Array<{ field: string; header: string | null; feeds: keyof AutopilotAnswers | null }>;
    values: Array<{ key: keyof AutopilotAnswers; read: string; value: string | null; count: number; corrected: boolean }>;
    counts: Array<{ key: keyof AutopilotAnswers; value: string | null; count: number }>;
    rows: number;
    merged: number;
    comanaged: number;
    hints: AutopilotAnswers;
    autopilot_only: string[];
    /** Devices the Work from anywhere export has a row for. */
    wfa_matched: number;
    /** Serial numbers in the Work from anywhere export that match no device. */
    wfa_only: string[];
    /** Devices whose `AutoPilotRegistered` disagrees with the Autopilot list (which wins). */
    wfa_overruled: number;
    /** How each file was read: the line of its header row (1-based), its field separator, its
     * headers and how many records followed; null for a file not given. */
    inventory: AutopilotFleetTableRead | null;
    autopilot: AutopilotFleetTableRead | null;
    wfa: AutopilotFleetTableRead | null;
    /** Answer keys whose value differs between groups. */
    differs: Array<keyof AutopilotAnswers>;
    /** The per-device plan for Excel: UTF-8 with a byte-order mark, CRLF, formulas neutralised. */
    csv: string;
  }

  interface AutopilotAdvisorApi {
    /** On the fleet page (fleet.html, autopilot-fleet.html) only: every device of Intune's export
     * planned with the engine. Throws an Error naming the columns it looked for when a file is
     * not an export, or the key and allowed values for a bad answer. */
    planFleet?(input: AutopilotFleetInput): AutopilotFleetPlan;
    /** Cargo.toml's version: the widget's footer, the SharePoint package and the archive carry it too. */
    readonly version: string;
    readonly ready: Promise<AutopilotAdvisorApi>;
    /** Throws an Error naming the key and the allowed values for bad input. */
    evaluate(answers?: AutopilotAnswers): AutopilotResult;
    /** The model; its texts in `lang` ("de", "fr-FR"; negotiated as the widget's `lang`), English
     * by default. The hosted page's model is English (it carries no catalog). */
    model(lang?: string): AutopilotModel;
    mount(element: Element, options?: AutopilotMountOptions): AutopilotHandle;
  }

  /** The <autopilot-advisor> element. */
  interface AutopilotAdvisorElement extends HTMLElement {
    readonly answers: AutopilotAnswers;
    readonly result: AutopilotResult | null;
    readonly ready: Promise<AutopilotHandle | AutopilotAdvisorApi>;
    /** An organization profile, as an object (or JSON text); wins over the profile attribute. */
    profile: AutopilotProfile | string | null;
    reset(): void;
    addEventListener<K extends keyof AutopilotAdvisorElementEventMap>(
      type: K,
      listener: (this: AutopilotAdvisorElement, ev: AutopilotAdvisorElementEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  }

  interface AutopilotAdvisorElementEventMap extends HTMLElementEventMap {
    change: CustomEvent<AutopilotChange>;
  }

  interface HTMLElementTagNameMap {
    'autopilot-advisor': AutopilotAdvisorElement;
  }

  interface Window {
    AutopilotAdvisor: AutopilotAdvisorApi;
  }

  // eslint-disable-next-line no-var
  var AutopilotAdvisor: AutopilotAdvisorApi;
}
