import { defineMessages } from "../../messages";

/** Form kinds, statuses, upload refusals and e-mails of the `logisticsReview` namespace. */
export const logisticsReviewCommon = defineMessages(
  {
    kinds: {
      electrical: "Commande électrique",
      furniture: "Commande de mobilier",
      badges: "Badges",
      load_in: "Créneau de montage",
      load_out: "Créneau de démontage",
      vehicle: "Véhicule",
      insurance: "Attestation d’assurance",
      fire_rating: "Procès-verbaux de réaction au feu",
      machines: "Machines et lasers",
      safety_rules: "Règles de sécurité",
    },
    status: {
      todo: "À faire",
      draft: "Brouillon",
      submitted: "À examiner",
      approved: "Approuvé",
      rejected: "Refusé",
      late: "En retard",
    },
    upload: {
      errors: {
        empty: "« {{name}} » est vide : choisissez un autre fichier.",
        too_large: "« {{name}} » dépasse la taille maximale de {{max}}.",
        bad_type:
          "« {{name}} » n’est ni un PDF, ni une image PNG ou JPEG (le type est vérifié d’après le contenu).",
        bad_name:
          "Le nom « {{name}} » contient un chemin de dossier ou des caractères invisibles : renommez le fichier puis réessayez.",
        too_many: "Envoyez au plus {{count}} fichiers à la fois.",
        malformed: "L’envoi a été interrompu ou est illisible : réessayez.",
      },
      noFile: "Choisissez un fichier à envoyer.",
      unnamed: "le fichier",
    },
    email: {
      approved: {
        subject: "{{event}} : {{form}} approuvé",
        body: "Votre formulaire « {{form}} » pour {{event}} a été vérifié et approuvé par l’équipe organisatrice. Vous n’avez plus rien à faire pour ce formulaire.",
      },
      rejected: {
        subject: "{{event}} : {{form}} à corriger",
        body: "Votre formulaire « {{form}} » pour {{event}} n’a pas pu être approuvé, pour la raison suivante :\n\n{{reason}}\n\nCorrigez-le depuis votre espace exposant, puis renvoyez-le.",
      },
      reminder: {
        subject: "{{event}} : formulaires logistiques à compléter",
        body: "Il manque encore à {{organisation}} les formulaires obligatoires suivants pour {{event}} :\n\n{{list}}\n\nComplétez-les depuis votre espace exposant avant leur échéance.",
        line: "• {{form}}, avant le {{date}}",
      },
      action: "Ouvrir mes formulaires logistiques",
    },
  },
  {
    kinds: {
      electrical: "Electrical order",
      furniture: "Furniture order",
      badges: "Badges",
      load_in: "Load-in slot",
      load_out: "Load-out slot",
      vehicle: "Vehicle",
      insurance: "Insurance certificate",
      fire_rating: "Fire-rating certificates",
      machines: "Machines and lasers",
      safety_rules: "Safety rules",
    },
    status: {
      todo: "To do",
      draft: "Draft",
      submitted: "To review",
      approved: "Approved",
      rejected: "Rejected",
      late: "Late",
    },
    upload: {
      errors: {
        empty: "“{{name}}” is empty: choose another file.",
        too_large: "“{{name}}” is larger than the {{max}} limit.",
        bad_type: "“{{name}}” is not a PDF, PNG or JPEG file (the type is checked from its content).",
        bad_name:
          "The name “{{name}}” contains a folder path or invisible characters: rename the file and try again.",
        too_many: "Send at most {{count}} files at once.",
        malformed: "The upload was interrupted or cannot be read: try again.",
      },
      noFile: "Choose a file to send.",
      unnamed: "the file",
    },
    email: {
      approved: {
        subject: "{{event}}: {{form}} approved",
        body: "Your “{{form}}” form for {{event}} has been checked and approved by the organisers. There is nothing more to do for this form.",
      },
      rejected: {
        subject: "{{event}}: {{form}} needs a correction",
        body: "Your “{{form}}” form for {{event}} could not be approved, for this reason:\n\n{{reason}}\n\nCorrect it from your exhibitor portal, then send it again.",
      },
      reminder: {
        subject: "{{event}}: logistics forms to complete",
        body: "{{organisation}} still has these mandatory forms to complete for {{event}}:\n\n{{list}}\n\nComplete them from your exhibitor portal before their deadlines.",
        line: "• {{form}}, by {{date}}",
      },
      action: "Open my logistics forms",
    },
  },
);
