// The pane's fields as the organization profile, and the migration of 0.1.x's free text, run
// by `npm run build` (Heft's Jest). The browser tests show the same through the stand-in pane.
import { type IAdvisorProps, type IModel, linkRefused, migrate, noteTooLong, offerByDefault, toProfile } from './profile';

const model: IModel = {
  questions: [{ key: 'device', text: 'Which device?', options: [{ value: 'new', label: 'New' }] }],
  scenarios: [{ id: 'reset', name: 'Reset' }, { id: 'self-deploying', name: 'Self-deploying' }]
};

describe('toProfile', () => {
  it('reads one field per question and scenario', () => {
    const props: IAdvisorProps = {
      preset_device: 'new', preset_users: ' shared ', preset_identity: '',
      locked_device: true, locked_identity: true, locked_users: false,
      hidden_configmgr: true, hidden_tpm: false,
      offered_reset: false, offered_hybrid: true,
      note_reset: ' Ask first. ', contactLabel_reset: 'Desk', contactUrl_reset: 'mailto:desk@example.com',
      contactLabel_hybrid: 'Only a label',
      theme: 'dark', compact: true
    };
    expect(toProfile(props)).toEqual({
      preset: { device: 'new', users: 'shared' },
      // identity has no preset answer: its lock would lock nothing.
      locked: ['device'],
      hidden: ['configmgr'],
      not_offered: ['reset'],
      scenarios: { reset: { note: 'Ask first.', contact: { label: 'Desk', url: 'mailto:desk@example.com' } } },
      theme: 'dark',
      compact: true,
      audience: 'admin'
    });
  });

  it('passes the employee view on, and reads anything else as the admin view', () => {
    expect(toProfile({ audience: 'employee' }).audience).toBe('employee');
    expect(toProfile({ audience: 'Employee ' }).audience).toBe('admin');
  });

  it('gives the widget its defaults for empty properties', () => {
    expect(toProfile({})).toEqual({ preset: {}, locked: [], hidden: [], not_offered: [], scenarios: {}, theme: 'auto', compact: false, audience: 'admin' });
  });
});

describe('migrate', () => {
  it('moves the free-text fields into the new ones and removes them', () => {
    const props: IAdvisorProps = { preset: 'device=new  users = shared\nbroken', locked: 'users', hidden: 'configmgr, tpm', notOffered: 'reset', theme: 'light' };
    expect(migrate(props)).toBe(true);
    expect(props).toEqual({
      theme: 'light', preset_device: 'new', preset_users: 'shared', locked_users: true,
      hidden_configmgr: true, hidden_tpm: true, offered_reset: false
    });
    expect(migrate(props)).toBe(false);
  });

  it('never overwrites a field the page already has', () => {
    const props: IAdvisorProps = { preset: 'device=new', preset_device: 'existing', notOffered: 'reset', offered_reset: true };
    migrate(props);
    expect(props).toEqual({ preset_device: 'existing', offered_reset: true });
  });
});

describe('the pane', () => {
  it('shows every scenario offered unless the page says otherwise', () => {
    const props: IAdvisorProps = { offered_reset: false };
    offerByDefault(props, model);
    expect(props).toEqual({ offered_reset: false, 'offered_self-deploying': true });
  });

  it('refuses long notes and links that are not https, http or mailto', () => {
    expect(noteTooLong('x'.repeat(500))).toBe(0);
    expect(noteTooLong('x'.repeat(501))).toBe(501);
    expect(['', 'https://example.com', 'mailto:a@example.com'].map(linkRefused)).toEqual([false, false, false]);
    expect(['data:text/html,<b>x</b>', 'ftp://example.com', 'https://exa\u0000mple.com'].map(linkRefused)).toEqual([true, true, true]);
  });
});
