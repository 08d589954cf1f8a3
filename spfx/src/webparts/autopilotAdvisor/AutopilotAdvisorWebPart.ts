// The Autopilot Scenario Advisor web part: renders the project's <autopilot-advisor> element
// (defined by the bundled autopilot-advisor.js) and edits its organization profile in the
// property pane. Property changes update the element's attributes in place.
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  type IPropertyPaneField,
  type IPropertyPaneGroup,
  PropertyPaneDropdown,
  PropertyPaneLabel,
  PropertyPaneTextField,
  PropertyPaneToggle
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'AutopilotAdvisorWebPartStrings';

// The project's built embed script, copied in by .ci/spfx and bundled verbatim. It defines
// <autopilot-advisor> only if no other copy (another web part, another version) already did.
import './advisor/autopilot-advisor.js';

import {
  type IAdvisorProps,
  type IModel,
  linkError,
  noteError,
  presetError,
  questionsError,
  scenariosError,
  toProfile
} from './profile';

interface IAdvisorApi {
  ready: Promise<IAdvisorApi>;
  model(): IModel;
}

declare global {
  interface Window { AutopilotAdvisor?: IAdvisorApi }
}

export default class AutopilotAdvisorWebPart extends BaseClientSideWebPart<IAdvisorProps> {
  private _element: HTMLElement | undefined;
  private _model: IModel | undefined;
  private _modelError: string = '';

  public render(): void {
    if (!this._element) {
      this._element = document.createElement('autopilot-advisor');
      // Read once, when the widget starts: set it before the element joins the page.
      if (this.properties.noStorage === true) this._element.setAttribute('no-storage', '');
      this.domElement.appendChild(this._element);
    }
    setAttribute(this._element, 'profile', JSON.stringify(toProfile(this.properties)));
    setAttribute(this._element, 'lang', this.properties.language || this._pageLanguage());
  }

  protected onDispose(): void {
    if (this._element) this._element.remove();
    this._element = undefined;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  /** The pane's checks and texts come from the advisor's own model, once it has started. */
  protected loadPropertyPaneResources(): Promise<void> {
    const api = window.AutopilotAdvisor;
    if (!api) return Promise.resolve();
    return api.ready.then(
      (ready) => { this._model = ready.model(); },
      (error: Error) => { this._modelError = String(error && error.message ? error.message : error); }
    );
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const model = this._model;
    const problem: IPropertyPaneField<unknown>[] = model ? [] : [PropertyPaneLabel('', { text: strings.NotStarted + this._modelError })];
    const check = (f: (value: string, model: IModel) => string): ((value: string) => string) =>
      (value: string): string => (model ? f(value, model) : '');
    const questions = model ? model.questions.map((q) => `${q.key} (${q.options.map((o) => o.value).join(', ')})`).join('; ') : '';
    const scenarioGroups: IPropertyPaneGroup[] = (model ? model.scenarios : []).map((s) => ({
      groupName: s.name,
      isCollapsed: true,
      groupFields: [
        PropertyPaneTextField(`note_${s.id}`, { label: strings.NoteLabel, multiline: true, rows: 3, onGetErrorMessage: noteError }),
        PropertyPaneTextField(`contactLabel_${s.id}`, { label: strings.ContactLabelLabel }),
        PropertyPaneTextField(`contactUrl_${s.id}`, { label: strings.ContactUrlLabel, onGetErrorMessage: linkError })
      ]
    }));
    return {
      pages: [
        {
          header: { description: strings.AnswersPage },
          groups: [{
            groupName: strings.AnswersGroup,
            groupFields: problem.concat([
              PropertyPaneTextField('preset', { label: strings.PresetLabel, description: strings.PresetDescription + questions, multiline: true, rows: 3, onGetErrorMessage: check(presetError) }),
              PropertyPaneTextField('locked', { label: strings.LockedLabel, description: strings.LockedDescription, onGetErrorMessage: check((v, m) => questionsError(v, m, this.properties.preset || '')) }),
              PropertyPaneTextField('hidden', { label: strings.HiddenLabel, description: strings.HiddenDescription, onGetErrorMessage: check((v, m) => questionsError(v, m)) })
            ])
          }]
        },
        {
          header: { description: strings.ScenariosPage },
          groups: [{
            groupName: strings.OfferedGroup,
            groupFields: [
              PropertyPaneTextField('notOffered', { label: strings.NotOfferedLabel, description: strings.NotOfferedDescription + (model ? model.scenarios.map((s) => s.id).join(', ') : ''), onGetErrorMessage: check(scenariosError) })
            ]
          } as IPropertyPaneGroup].concat(scenarioGroups)
        },
        {
          header: { description: strings.AppearancePage },
          groups: [{
            groupName: strings.AppearanceGroup,
            groupFields: [
              PropertyPaneDropdown('theme', {
                label: strings.ThemeLabel,
                options: [
                  { key: 'auto', text: strings.ThemeAuto },
                  { key: 'light', text: strings.ThemeLight },
                  { key: 'dark', text: strings.ThemeDark }
                ]
              }),
              PropertyPaneToggle('compact', { label: strings.CompactLabel }),
              PropertyPaneToggle('noStorage', { label: strings.NoStorageLabel }),
              PropertyPaneDropdown('language', {
                label: strings.LanguageLabel,
                options: [
                  { key: '', text: strings.LanguagePage },
                  { key: 'en', text: 'English' },
                  { key: 'de', text: 'Deutsch' },
                  { key: 'fr', text: 'Français' }
                ]
              }),
              PropertyPaneLabel('', { text: strings.LanguageNote })
            ]
          }]
        }
      ]
    };
  }

  /** The language of the SharePoint page, such as "de-DE"; '' when the host does not say. */
  private _pageLanguage(): string {
    const culture = this.context && this.context.pageContext && this.context.pageContext.cultureInfo;
    return (culture && culture.currentUICultureName) || '';
  }
}

/** Sets or removes an attribute only when it changes, so the widget updates only when needed. */
function setAttribute(element: HTMLElement, name: string, value: string): void {
  if (value === '') {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}
