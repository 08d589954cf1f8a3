// The property pane's texts in French (SharePoint loads the file for the page's language).
define([], function() {
  return {
    "AnswersPage": "Les réponses prédéfinies font démarrer le conseiller là où en est votre organisation. Le lecteur ne peut pas modifier les réponses verrouillées ; les questions masquées ne sont pas affichées, mais leurs réponses prédéfinies comptent toujours.",
    "AnswersGroup": "Réponses et questions",
    "PresetLabel": "Réponse prédéfinie",
    "PresetNone": "Aucune : le lecteur répond",
    "LockedLabel": "Verrouillée : le lecteur ne peut pas modifier la réponse prédéfinie",
    "HiddenLabel": "Masquée : la question n'est pas affichée",
    "ScenariosPage": "Les scénarios que votre organisation ne propose pas sont toujours indiqués comme impossibles. Les remarques et les liens de contact apparaissent avec le scénario.",
    "OfferedGroup": "Scénarios proposés",
    "OfferedDescription": "Désactivez les scénarios que votre organisation ne propose pas.",
    "NoteLabel": "Remarque",
    "NoteTooLong": "La remarque doit faire moins de {0} caractères (elle en a {1}).",
    "ContactLabelLabel": "Nom du contact",
    "ContactUrlLabel": "Lien de contact (https, http ou mailto)",
    "LinkRefused": "Utilisez un lien https://, http:// ou mailto:, par exemple mailto:servicedesk@example.com.",
    "AppearancePage": "L'apparence du conseiller sur cette page.",
    "AppearanceGroup": "Apparence",
    "ThemeLabel": "Couleurs",
    "ThemeAuto": "Comme la section (les couleurs de son thème SharePoint)",
    "ThemeLight": "Clair",
    "ThemeDark": "Sombre",
    "CompactLabel": "Compact : une colonne, sans textes d'aide",
    "AudienceLabel": "Qui le lit",
    "AudienceAdmin": "Le personnel informatique qui planifie les déploiements (la comparaison)",
    "AudienceEmployee": "Les employés qui installent leur propre PC (questions simples et liste de contrôle)",
    "NoStorageLabel": "Borne partagée : ne conserver aucune réponse dans le navigateur (après le rechargement de la page)",
    "LanguageLabel": "Langue",
    "LanguagePage": "Comme la page",
    "LanguageNote": "Le conseiller parle anglais, allemand et français. « Comme la page » utilise la langue de la page, puis celle du navigateur.",
    "NotStarted": "Le conseiller n'a pas démarré sur cette page ; ses questions et scénarios ne peuvent donc pas être listés ici : "
  };
});
