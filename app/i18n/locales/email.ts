import { defineMessages } from "../messages";

// Plain text only: the HTML version escapes each paragraph, so no markup belongs here.
export const email = defineMessages(
  {
    greeting: "Bonjour {{name}},",
    greetingAnonymous: "Bonjour,",
    signature: "L’équipe Allée",
    linkFallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    reset: {
      subject: "Réinitialisation de votre mot de passe Allée",
      intro: "Vous avez demandé à changer le mot de passe de votre compte Allée.",
      action: "Choisir un nouveau mot de passe",
      expiry: "Ce lien est valable une heure et ne fonctionne qu’une seule fois.",
      ignore:
        "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
    },
    invite: {
      subject: "Votre accès à Allée",
      intro: "Un compte Allée vient d’être créé pour vous avec l’adresse {{email}}.",
      action: "Choisir mon mot de passe",
      expiry: "Ce lien est valable 7 jours et ne fonctionne qu’une seule fois.",
      ignore: "Si vous ne vous attendiez pas à cette invitation, ignorez ce message.",
    },
    notice: {
      ignore: "Ce message vous est envoyé automatiquement par Allée.",
    },
    decision: {
      action: "Suivre ma candidature",
      note: "Ce message vous est envoyé par l’équipe organisatrice au moyen d’Allée.",
      // Default wording of the decision e-mails; organisers may rewrite it per event. The
      // {{placeholders}} are filled when the e-mail is sent (app/emails/decision-templates.ts).
      defaults: {
        in_review: {
          subject: "{{event}} : votre candidature est en cours d’examen",
          body: "La candidature de {{organisation}} est désormais examinée par le comité de sélection. Nous reviendrons vers vous dès qu’une décision sera prise.\n\n{{message}}",
        },
        accepted: {
          subject: "{{event}} : votre candidature est acceptée",
          body: "Bonne nouvelle : la candidature de {{organisation}} est acceptée. Confirmez votre participation depuis votre espace exposant ; nous vous proposerons ensuite un emplacement.\n\n{{message}}",
        },
        waitlisted: {
          subject: "{{event}} : votre candidature est sur liste d’attente",
          body: "La candidature de {{organisation}} est placée sur liste d’attente : tous les emplacements sont attribués pour l’instant. Nous vous écrirons si l’un d’eux se libère.\n\n{{message}}",
        },
        rejected: {
          subject: "{{event}} : réponse à votre candidature",
          body: "Merci pour la candidature de {{organisation}}. Après examen, le comité de sélection ne peut pas la retenir pour cette édition.\n\n{{message}}",
        },
        confirmed: {
          subject: "{{event}} : participation confirmée",
          body: "La participation de {{organisation}} est confirmée. Votre emplacement et les formulaires logistiques seront dans votre espace exposant.\n\n{{message}}",
        },
        withdrawn: {
          subject: "{{event}} : candidature retirée",
          body: "La candidature de {{organisation}} est retirée. S’il s’agit d’une erreur, écrivez-nous au plus vite.\n\n{{message}}",
        },
      },
    },
    outbox: {
      title: "Boîte d’envoi",
      intro:
        "Tous les e-mails envoyés par Allée, du plus récent au plus ancien. Sans serveur SMTP configuré, ils ne sont conservés qu’ici.",
      searchLabel: "Destinataire ou objet",
      searchSubmit: "Rechercher",
      clearSearch: "Effacer la recherche",
      total: "Messages : {{count}}",
      caption: "E-mails envoyés",
      columns: { date: "Date", to: "Destinataire", subject: "Objet", template: "Modèle", status: "État" },
      status: { sent: "Distribué", kept: "Non distribué", failed: "Échec" },
      templates: {
        reset: "Mot de passe",
        invite: "Invitation",
        notice: "Notification",
        decision: "Décision",
      },
      emptyTitle: "Aucun e-mail pour l’instant",
      emptyBody: "Les réinitialisations de mot de passe, invitations et notifications apparaîtront ici.",
      noMatchTitle: "Aucun e-mail ne correspond à « {{query}} »",
      noMatchBody: "Vérifiez l’orthographe ou cherchez une partie de l’adresse.",
      pagination: "Pagination",
      page: "Page {{page}} sur {{pageCount}}",
      previous: "Page précédente",
      next: "Page suivante",
      open: "Lire le message « {{subject}} »",
      detailTitle: "Message n° {{id}}",
      backToList: "Retour à la liste",
      notFound: "Ce message n’existe pas ou plus.",
      fields: {
        to: "Destinataire",
        subject: "Objet",
        createdAt: "Créé le",
        sentAt: "Distribué le",
        template: "Modèle",
        locale: "Langue",
        error: "Erreur",
        text: "Texte du message",
      },
    },
  },
  {
    greeting: "Hello {{name}},",
    greetingAnonymous: "Hello,",
    signature: "The Allée team",
    linkFallback: "If the button does not work, copy this link into your browser:",
    reset: {
      subject: "Reset your Allée password",
      intro: "You asked to change the password of your Allée account.",
      action: "Choose a new password",
      expiry: "This link is valid for one hour and works only once.",
      ignore: "If you did not ask for this, ignore this message: your password stays as it is.",
    },
    invite: {
      subject: "Your access to Allée",
      intro: "An Allée account has just been created for you with the address {{email}}.",
      action: "Choose my password",
      expiry: "This link is valid for 7 days and works only once.",
      ignore: "If you were not expecting this invitation, ignore this message.",
    },
    notice: {
      ignore: "This message was sent automatically by Allée.",
    },
    decision: {
      action: "Follow my application",
      note: "This message is sent by the organisers through Allée.",
      defaults: {
        in_review: {
          subject: "{{event}}: your application is being reviewed",
          body: "The application of {{organisation}} is now being reviewed by the selection committee. We will write again as soon as a decision is made.\n\n{{message}}",
        },
        accepted: {
          subject: "{{event}}: your application is accepted",
          body: "Good news: the application of {{organisation}} is accepted. Please confirm your participation from your exhibitor portal; we will then offer you a stand.\n\n{{message}}",
        },
        waitlisted: {
          subject: "{{event}}: your application is on the waiting list",
          body: "The application of {{organisation}} is on the waiting list: every stand is taken for now. We will write to you if one becomes free.\n\n{{message}}",
        },
        rejected: {
          subject: "{{event}}: about your application",
          body: "Thank you for the application of {{organisation}}. After review, the selection committee cannot accept it for this edition.\n\n{{message}}",
        },
        confirmed: {
          subject: "{{event}}: participation confirmed",
          body: "The participation of {{organisation}} is confirmed. Your stand and the logistics forms will be in your exhibitor portal.\n\n{{message}}",
        },
        withdrawn: {
          subject: "{{event}}: application withdrawn",
          body: "The application of {{organisation}} is withdrawn. If this is a mistake, please write to us as soon as possible.\n\n{{message}}",
        },
      },
    },
    outbox: {
      title: "Outbox",
      intro:
        "Every e-mail sent by Allée, newest first. Without an SMTP server configured, this is the only place they are kept.",
      searchLabel: "Recipient or subject",
      searchSubmit: "Search",
      clearSearch: "Clear the search",
      total: "Messages: {{count}}",
      caption: "Sent e-mails",
      columns: { date: "Date", to: "Recipient", subject: "Subject", template: "Template", status: "Status" },
      status: { sent: "Delivered", kept: "Not delivered", failed: "Failed" },
      templates: { reset: "Password", invite: "Invitation", notice: "Notice", decision: "Decision" },
      emptyTitle: "No e-mail yet",
      emptyBody: "Password resets, invitations and notices will appear here.",
      noMatchTitle: "No e-mail matches “{{query}}”",
      noMatchBody: "Check the spelling or search for part of the address.",
      pagination: "Pagination",
      page: "Page {{page}} of {{pageCount}}",
      previous: "Previous page",
      next: "Next page",
      open: "Read the message “{{subject}}”",
      detailTitle: "Message no. {{id}}",
      backToList: "Back to the list",
      notFound: "This message does not exist (any more).",
      fields: {
        to: "Recipient",
        subject: "Subject",
        createdAt: "Created",
        sentAt: "Delivered",
        template: "Template",
        locale: "Language",
        error: "Error",
        text: "Message text",
      },
    },
  },
);
