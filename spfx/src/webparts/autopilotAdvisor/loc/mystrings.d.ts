// The property pane's texts: loc/en-us.js, de-de.js and fr-fr.js provide them (SharePoint loads
// the file for the page's language, English where it has none). Questions, answers and
// scenario names come from AutopilotAdvisor.model(lang), in the page's language too.
declare interface IAutopilotAdvisorWebPartStrings {
  AnswersPage: string;
  AnswersGroup: string;
  PresetLabel: string;
  PresetNone: string;
  LockedLabel: string;
  HiddenLabel: string;
  ScenariosPage: string;
  OfferedGroup: string;
  OfferedDescription: string;
  NoteLabel: string;
  NoteTooLong: string;
  ContactLabelLabel: string;
  ContactUrlLabel: string;
  LinkRefused: string;
  AppearancePage: string;
  AppearanceGroup: string;
  ThemeLabel: string;
  ThemeAuto: string;
  ThemeLight: string;
  ThemeDark: string;
  CompactLabel: string;
  AudienceLabel: string;
  AudienceAdmin: string;
  AudienceEmployee: string;
  NoStorageLabel: string;
  LanguageLabel: string;
  LanguagePage: string;
  LanguageNote: string;
  NotStarted: string;
}

declare module 'AutopilotAdvisorWebPartStrings' {
  const strings: IAutopilotAdvisorWebPartStrings;
  export = strings;
}
