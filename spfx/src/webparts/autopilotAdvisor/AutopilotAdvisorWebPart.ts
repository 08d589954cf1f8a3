// The Autopilot Scenario Advisor web part: renders the project's <autopilot-advisor> element
// (defined by the bundled autopilot-advisor.js), dresses it in the section's SharePoint theme,
// and edits its organization profile in a property pane made from the advisor's own model.
// Property and theme changes update the element in place.
import { Version } from '@microsoft/sp-core-library';
import { ThemeProvider, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
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
  type IQuestion,
  MAX_NOTE,
  linkRefused,
  migrate,
  noteTooLong,
  offerByDefault,
  toProfile
} from './profile';
import { type ISectionTheme, applyThemeStyle, themeStyle } from './theme';

interface IAdvisorApi {
  ready: Promise<IAdvisorApi>;
  /** The model, its texts in `lang` (negotiated as the widget's; English by default). */
  model(lang?: string): IModel;
}

declare global {
  interface Window { AutopilotAdvisor?: IAdvisorApi }
}

export default class AutopilotAdvisorWebPart extends BaseClientSideWebPart<IAdvisorProps> {
  private _element: HTMLElement | undefined;
  private _model: IModel | undefined;
  private _modelError: string = '';
  private _theme: ISectionTheme | undefined;

  protected onInit(): Promise<void> {
    // Pages saved by earlier versions keep their settings in the new fields.
    migrate(this.properties);
    // The section's variant of the site's theme, and every later change of it (the author
    // picks another section background, the site changes its theme).
    const themes = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this._theme = themes.tryGetTheme();
    themes.themeChangedEvent.add(this, this._onThemeChanged);
    return super.onInit();
  }

  public render(): void {
    if (!this._element) {
      this._element = document.createElement('autopilot-advisor');
      // Read once, when the widget starts: set it before the element joins the page.
      if (this.properties.noStorage === true) this._element.setAttribute('no-storage', '');
      this.domElement.appendChild(this._element);
    }
    const profile = toProfile(this.properties);
    // "Follow the section": its colours, and the widget's light or dark half to match. A theme
    // the author forces gets the widget's own colours (the section's would not fit it).
    const look = profile.theme === 'auto' ? themeStyle(this._theme) : undefined;
    if (look) profile.theme = look.scheme;
    applyThemeStyle(this._element, look);
    setAttribute(this._element, 'profile', JSON.stringify(profile));
    setAttribute(this._element, 'lang', this.properties.language || this._pageLanguage());
  }

  protected onDispose(): void {
    if (this._element) this._element.remove();
    this._element = undefined;
  }

  // 1.1: one field per question and scenario instead of free text (see migrate()).
  protected get dataVersion(): Version {
    return Version.parse('1.1');
  }

  /** The pane's fields come from the advisor's own model, once it has started, in the language
   * SharePoint shows the pane's own strings in (loc/): the questions too. */
  protected loadPropertyPaneResources(): Promise<void> {
    const api = window.AutopilotAdvisor;
    if (!api) return Promise.resolve();
    return api.ready.then(
      (ready) => {
        this._model = ready.model(this._pageLanguage() || undefined);
        offerByDefault(this.properties, this._model);
      },
      (error: Error) => { this._modelError = String(error && error.message ? error.message : error); }
    );
  }

  protected onPropertyPaneFieldChanged(path: string): void {
    // A question's lock toggle can be used only once it has a preset answer.
    if (/^preset_/.test(path)) this.context.propertyPane.refresh();
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const model = this._model;
    const problem: IPropertyPaneField<unknown>[] = model ? [] : [PropertyPaneLabel('', { text: strings.NotStarted + this._modelError })];
    return {
      pages: [
        {
          header: { description: strings.AnswersPage },
          groups: model ? model.questions.map((q) => this._questionGroup(q)) : [{ groupName: strings.AnswersGroup, groupFields: problem }]
        },
        {
          header: { description: strings.ScenariosPage },
          groups: [{
            groupName: strings.OfferedGroup,
            groupFields: problem.concat(model ? [PropertyPaneLabel('', { text: strings.OfferedDescription }) as IPropertyPaneField<unknown>] : [])
              .concat((model ? model.scenarios : []).map((s) => PropertyPaneToggle(`offered_${s.id}`, { label: s.name })))
          } as IPropertyPaneGroup].concat((model ? model.scenarios : []).map((s) => this._scenarioGroup(s)))
        },
        this._appearancePage()
      ]
    };
  }

  /** One question: its preset answer (one of the model's values, or none), locked, hidden. */
  private _questionGroup(q: IQuestion): IPropertyPaneGroup {
    const preset = this.properties[`preset_${q.key}`];
    return {
      groupName: q.text,
      isCollapsed: true,
      groupFields: [
        PropertyPaneDropdown(`preset_${q.key}`, {
          label: strings.PresetLabel,
          options: [{ key: '', text: strings.PresetNone }].concat(q.options.map((o) => ({ key: o.value, text: o.label })))
        }),
        PropertyPaneToggle(`locked_${q.key}`, { label: strings.LockedLabel, disabled: !preset }),
        PropertyPaneToggle(`hidden_${q.key}`, { label: strings.HiddenLabel })
      ]
    };
  }

  /** A scenario's note and contact link. */
  private _scenarioGroup(s: { id: string; name: string }): IPropertyPaneGroup {
    return {
      groupName: s.name,
      isCollapsed: true,
      groupFields: [
        PropertyPaneTextField(`note_${s.id}`, {
          label: strings.NoteLabel, multiline: true, rows: 3,
          onGetErrorMessage: (text: string) => {
            const length = noteTooLong(text);
            return length ? format(strings.NoteTooLong, MAX_NOTE, length) : '';
          }
        }),
        PropertyPaneTextField(`contactLabel_${s.id}`, { label: strings.ContactLabelLabel }),
        PropertyPaneTextField(`contactUrl_${s.id}`, {
          label: strings.ContactUrlLabel,
          onGetErrorMessage: (url: string) => (linkRefused(url) ? strings.LinkRefused : '')
        })
      ]
    };
  }

  private _appearancePage(): IPropertyPaneConfiguration['pages'][number] {
    return {
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
          PropertyPaneDropdown('audience', {
            label: strings.AudienceLabel,
            options: [
              { key: 'admin', text: strings.AudienceAdmin },
              { key: 'employee', text: strings.AudienceEmployee }
            ]
          }),
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
    };
  }

  private _onThemeChanged = (args: ThemeChangedEventArgs): void => {
    this._theme = args.theme;
    this.render();
  };

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

/** A pane string with {0}, {1}… filled in. */
function format(text: string, ...values: (string | number)[]): string {
  return text.replace(/\{(\d+)\}/g, (whole: string, i: string) => (values[Number(i)] !== undefined ? String(values[Number(i)]) : whole));
}
