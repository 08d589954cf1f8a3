// The property pane's texts: loc/en-us.js (and later other languages) provide them.
declare interface IAutopilotAdvisorWebPartStrings {
  AnswersPage: string;
  AnswersGroup: string;
  PresetLabel: string;
  PresetDescription: string;
  LockedLabel: string;
  LockedDescription: string;
  HiddenLabel: string;
  HiddenDescription: string;
  ScenariosPage: string;
  OfferedGroup: string;
  NotOfferedLabel: string;
  NotOfferedDescription: string;
  NoteLabel: string;
  ContactLabelLabel: string;
  ContactUrlLabel: string;
  AppearancePage: string;
  AppearanceGroup: string;
  ThemeLabel: string;
  ThemeAuto: string;
  ThemeLight: string;
  ThemeDark: string;
  CompactLabel: string;
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
