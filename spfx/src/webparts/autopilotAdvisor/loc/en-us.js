// The property pane's texts in English (SharePoint loads the file for the page's language).
define([], function() {
  return {
    "AnswersPage": "Preset answers start the advisor where your organization stands. Locked answers cannot be changed by the reader; hidden questions are not shown, but their preset answers still count.",
    "AnswersGroup": "Answers and questions",
    "PresetLabel": "Preset answer",
    "PresetNone": "None: the reader answers",
    "LockedLabel": "Locked: the reader cannot change the preset answer",
    "HiddenLabel": "Hidden: the question is not shown",
    "ScenariosPage": "Scenarios your organization does not offer are always shown as not possible. Notes and contact links appear with the scenario.",
    "OfferedGroup": "Scenarios offered",
    "OfferedDescription": "Switch off the scenarios your organization does not offer.",
    "NoteLabel": "Note",
    "NoteTooLong": "Keep the note under {0} characters (it has {1}).",
    "ContactLabelLabel": "Contact name",
    "ContactUrlLabel": "Contact link (https, http or mailto)",
    "LinkRefused": "Use an https://, http:// or mailto: link, for example mailto:servicedesk@example.com.",
    "AppearancePage": "How the advisor looks on this page.",
    "AppearanceGroup": "Appearance",
    "ThemeLabel": "Colours",
    "ThemeAuto": "Follow the section (its SharePoint theme colours)",
    "ThemeLight": "Light",
    "ThemeDark": "Dark",
    "CompactLabel": "Compact: one column, no help texts",
    "AudienceLabel": "Who reads it",
    "AudienceAdmin": "IT staff planning deployments (the comparison)",
    "AudienceEmployee": "Employees setting up their own PC (plain questions and a checklist)",
    "NoStorageLabel": "Shared kiosk: keep no answers in the browser (applies after the page reloads)",
    "LanguageLabel": "Language",
    "LanguagePage": "Follow the page",
    "LanguageNote": "The advisor speaks English, German and French. Following the page uses the page's language, then the browser's.",
    "NotStarted": "The advisor did not start on this page, so its questions and scenarios cannot be listed here: "
  };
});
