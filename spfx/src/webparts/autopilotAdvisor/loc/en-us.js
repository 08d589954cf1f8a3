// The property pane's texts in English (SharePoint loads the file for the page's language).
define([], function() {
  return {
    "AnswersPage": "Preset answers start the advisor where your organization stands. Locked answers cannot be changed by the reader; hidden questions are not shown, but their preset answers still count.",
    "AnswersGroup": "Answers and questions",
    "PresetLabel": "Preset answers",
    "PresetDescription": "question=answer, separated by spaces or new lines, for example: identity=entra users=single. Questions and answers: ",
    "LockedLabel": "Locked answers",
    "LockedDescription": "Preset questions the reader cannot change, for example: identity",
    "HiddenLabel": "Hidden questions",
    "HiddenDescription": "Questions not shown, for example: configmgr custom_image",
    "ScenariosPage": "Scenarios your organization does not offer are always shown as not possible. Notes and contact links appear with the scenario.",
    "OfferedGroup": "Scenarios offered",
    "NotOfferedLabel": "Scenarios not offered",
    "NotOfferedDescription": "Scenario ids, for example: self-deploying. Scenarios: ",
    "NoteLabel": "Note",
    "ContactLabelLabel": "Contact name",
    "ContactUrlLabel": "Contact link (https, http or mailto)",
    "AppearancePage": "How the advisor looks on this page.",
    "AppearanceGroup": "Appearance",
    "ThemeLabel": "Colours",
    "ThemeAuto": "Follow the reader's system (light or dark)",
    "ThemeLight": "Light",
    "ThemeDark": "Dark",
    "CompactLabel": "Compact: one column, no help texts",
    "NoStorageLabel": "Shared kiosk: keep no answers in the browser (applies after the page reloads)",
    "LanguageLabel": "Language",
    "LanguagePage": "Follow the page",
    "LanguageNote": "The advisor speaks English, German and French. Following the page uses the page's language, then the browser's.",
    "NotStarted": "The advisor did not start on this page, so the values cannot be checked here: "
  };
});
