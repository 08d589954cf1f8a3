// The property pane's texts in German (SharePoint loads the file for the page's language).
define([], function() {
  return {
    "AnswersPage": "Vorgegebene Antworten lassen den Berater dort beginnen, wo Ihre Organisation steht. Gesperrte Antworten kann der Leser nicht ändern; ausgeblendete Fragen werden nicht angezeigt, ihre vorgegebenen Antworten zählen aber weiter.",
    "AnswersGroup": "Antworten und Fragen",
    "PresetLabel": "Vorgegebene Antwort",
    "PresetNone": "Keine: Der Leser antwortet",
    "LockedLabel": "Gesperrt: Der Leser kann die vorgegebene Antwort nicht ändern",
    "HiddenLabel": "Ausgeblendet: Die Frage wird nicht angezeigt",
    "ScenariosPage": "Szenarien, die Ihre Organisation nicht anbietet, werden immer als nicht möglich angezeigt. Hinweise und Kontaktlinks erscheinen beim Szenario.",
    "OfferedGroup": "Angebotene Szenarien",
    "OfferedDescription": "Schalten Sie die Szenarien aus, die Ihre Organisation nicht anbietet.",
    "NoteLabel": "Hinweis",
    "NoteTooLong": "Der Hinweis darf höchstens {0} Zeichen lang sein (er hat {1}).",
    "ContactLabelLabel": "Name des Kontakts",
    "ContactUrlLabel": "Kontaktlink (https, http oder mailto)",
    "LinkRefused": "Verwenden Sie einen https://-, http://- oder mailto:-Link, zum Beispiel mailto:servicedesk@example.com.",
    "AppearancePage": "Wie der Berater auf dieser Seite aussieht.",
    "AppearanceGroup": "Darstellung",
    "ThemeLabel": "Farben",
    "ThemeAuto": "Wie der Abschnitt (die Farben seines SharePoint-Designs)",
    "ThemeLight": "Hell",
    "ThemeDark": "Dunkel",
    "CompactLabel": "Kompakt: eine Spalte, keine Hilfetexte",
    "AudienceLabel": "Wer liest es",
    "AudienceAdmin": "IT-Personal, das Bereitstellungen plant (der Vergleich)",
    "AudienceEmployee": "Mitarbeitende, die ihren eigenen PC einrichten (einfache Fragen und eine Checkliste)",
    "NoStorageLabel": "Gemeinsam genutzter Kiosk: keine Antworten im Browser speichern (gilt nach dem Neuladen der Seite)",
    "LanguageLabel": "Sprache",
    "LanguagePage": "Wie die Seite",
    "LanguageNote": "Der Berater spricht Englisch, Deutsch und Französisch. „Wie die Seite“ verwendet die Sprache der Seite, sonst die des Browsers.",
    "NotStarted": "Der Berater ist auf dieser Seite nicht gestartet, daher können seine Fragen und Szenarien hier nicht aufgeführt werden: "
  };
});
