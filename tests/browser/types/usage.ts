// How a page author's script uses the advisor, checked by tsc against the shipped declarations
// (dist/autopilot-advisor.d.ts). Each @ts-expect-error is a mistake the declarations must catch:
// if they stop catching it, tsc fails on the unused directive.

/** The fleet page's planFleet (fleet.html): files as text or bytes. */
export function fleet(csv: string, zip: ArrayBuffer): number {
  const plan = AutopilotAdvisor.planFleet?.({ inventory: zip, autopilot: csv, wfa: new Uint8Array(zip), answers: { identity: 'entra' }, groups: [{ tag: 'Kiosk', answers: { users: 'shared' } }] });
  const unmatched: string[] = plan?.wfa_only ?? [];
  const differing: Array<keyof AutopilotAnswers> = plan?.differs ?? [];
  const headers: string[] = plan?.inventory?.headers ?? [];
  const wfaRecords: number = plan?.wfa?.records ?? 0;
  const first: AutopilotScenarioId | null = plan?.groups[0].recommended ?? null;
  const reasons = plan?.groups[0].evaluation.scenarios[0].reasons.length ?? 0;
  // @ts-expect-error: the inventory is required
  AutopilotAdvisor.planFleet?.({ autopilot: csv });
  return (plan?.devices.length ?? 0) + reasons + (first ? 1 : 0) + unmatched.length + differing.length + headers.length + wfaRecords + (plan?.wfa_overruled ?? 0);
}

export async function usage(): Promise<void> {
  await AutopilotAdvisor.ready;
  const version: string = AutopilotAdvisor.version;

  const result = AutopilotAdvisor.evaluate({ device: 'new', identity: 'entra', windows: 'win11', tpm: null });
  const first: AutopilotScenarioId | null = result.recommended;
  const cited: string = result.scenarios[0].reasons[0].source.url;
  const departs = result.scenarios[0].reasons[0].departs_from?.section;
  const tied: AutopilotScenarioId[] = result.tied_with;

  // @ts-expect-error: "old" is not a value of device
  AutopilotAdvisor.evaluate({ device: 'old' });
  // @ts-expect-error: "colour" is not an answer key
  AutopilotAdvisor.evaluate({ colour: 'blue' });

  const model = AutopilotAdvisor.model();
  const cell: string | undefined = model.capabilities[0].values['user-driven'];
  const newerCell: string | undefined = model.capabilities[0].newer['device-preparation']?.value;
  // Facts name their source by id; model.sources lists each page once.
  const page: string | undefined = model.sources.find((s) => s.id === model.scenarios[0].source)?.url;
  const newer: boolean = model.scenarios[5].in_seed;

  // The model's texts in the page's language (the SharePoint pane's questions).
  const question: string = AutopilotAdvisor.model('de-DE').questions[0].text;
  // @ts-expect-error: the language is a tag such as "de"
  AutopilotAdvisor.model(7);

  const el = document.createElement('autopilot-advisor');
  const attribute: AutopilotAdvisorAttribute = 'hidden-questions';
  el.setAttribute(attribute, 'configmgr');
  // @ts-expect-error: hidden-questions, not hidden, is the attribute
  const stale: AutopilotAdvisorAttribute = 'hidden';
  el.profile = { preset: { device: 'new' }, locked: ['device'], not_offered: 'self-deploying', theme: 'dark' };
  el.addEventListener('change', (event) => {
    const recommended: AutopilotScenarioId | null = event.detail.result.recommended;
    const device = event.detail.answers.device;
    console.log(recommended, device);
  });
  // @ts-expect-error: the theme is light, dark or auto
  el.profile = { theme: 'blue' };

  const handle = AutopilotAdvisor.mount(document.body, {
    answers: { users: 'shared' },
    profile: '{"preset":{"device":"new"}}',
    storage: false,
    onChange: ({ result: r }) => console.log(r.leading),
  });
  await handle.ready;
  handle.update({ theme: 'light', compact: true });
  handle.reset();
  handle.unmount();

  console.log(version, first, cited, departs, tied, cell, newer, newerCell, page, question, stale);
}
