import { defineMessages } from "../messages";

export const common = defineMessages(
  {
    appName: "Allée",
    tagline: "Le back-office des exposants et des stands",
    language: { label: "Langue", fr: "Français", en: "English", switch: "Changer de langue" },
    actions: { save: "Enregistrer", cancel: "Annuler", confirm: "Confirmer", back: "Retour", search: "Rechercher" },
    skipToContent: "Aller au contenu",
  },
  {
    appName: "Allée",
    tagline: "The exhibitor and stand back office",
    language: { label: "Language", fr: "Français", en: "English", switch: "Change language" },
    actions: { save: "Save", cancel: "Cancel", confirm: "Confirm", back: "Back", search: "Search" },
    skipToContent: "Skip to content",
  },
);
