import { defineMessages } from "../messages";

/** The public application pages and the e-mails they send (plain text: e-mails escape their own HTML). */
export const apply = defineMessages(
  {
    eyebrow: "Candidature exposant",
    steps: {
      label: "Étapes de la candidature",
      progress: "Étape {{current}} sur {{total}}",
      done: "(complétée)",
      organisation: "Organisation",
      contacts: "Contacts",
      participation: "Participation",
      wishes: "Voisinage",
      review: "Vérification et envoi",
    },
    intro: {
      title: "Candidater comme exposant",
      body: "Présentez votre organisation et votre projet de stand. Aucun compte n’est nécessaire pour commencer\u00a0: votre brouillon est enregistré à chaque étape et un lien pour le reprendre vous est envoyé par e-mail.",
      needsTitle: "Munissez-vous de",
      needs: {
        siret: "votre numéro SIRET (organisations françaises)\u00a0;",
        logo: "votre logo en PNG ou JPEG (2 Mo au plus)\u00a0;",
        texts: "une courte présentation en français et en anglais\u00a0;",
        technical:
          "vos besoins techniques\u00a0: surface, électricité, équipements à déclarer (machines, lasers, drones, réalité virtuelle).",
      },
      window: "Candidatures ouvertes du {{start}} au {{end}}.",
      windowOpenEnded: "Candidatures ouvertes depuis le {{start}}.",
      start: "Commencer ma candidature",
      continue: "Reprendre ma candidature",
      submittedAlready: "Votre candidature a été envoyée. Suivez-la depuis votre espace exposant.",
      goToPortal: "Aller à l’espace exposant",
      startAnother: "Commencer une autre candidature",
    },
    closed: {
      title: "Les candidatures sont fermées",
      notYet: "Les candidatures pour cet événement ouvriront le {{date}}.",
      ended: "Les candidatures pour cet événement ont fermé le {{date}}.",
      none: "Les candidatures ne sont pas ouvertes pour cet événement.",
      contact: "Pour toute question, contactez l’équipe d’organisation.",
    },
    lost: {
      title: "Vous avez déjà commencé\u00a0?",
      intro:
        "Indiquez l’adresse e-mail donnée dans votre candidature\u00a0: nous vous enverrons un nouveau lien pour la reprendre.",
      email: "Adresse e-mail",
      submit: "Recevoir un lien",
      sent: "Si une candidature à cet événement est associée à cette adresse, un lien pour la reprendre vient d’y être envoyé.",
    },
    form: {
      next: "Enregistrer et continuer",
      back: "Étape précédente",
      save: "Enregistrer",
      cancel: "Annuler",
      submit: "Envoyer ma candidature",
      submitting: "Envoi…",
      edit: "Modifier",
      started:
        "Votre brouillon est enregistré. Un lien pour le reprendre plus tard a été envoyé à {{email}}.",
      tooLarge: "L’envoi dépasse la taille autorisée\u00a0: le logo doit faire 2 Mo au plus.",
      tooMany:
        "Trop de candidatures ont été commencées depuis cette connexion en peu de temps. Réessayez dans une heure, ou contactez l’équipe d’organisation.",
    },
    duplicate: {
      title: "Cette organisation a déjà une candidature",
      body: "Une candidature à cet événement existe déjà pour cette organisation (même SIRET ou même domaine e-mail). Pour la protéger, nous n’en affichons rien ici\u00a0: un lien pour la reprendre vient d’être envoyé à l’adresse enregistrée dans cette candidature.",
      unreachable:
        "Cette organisation est déjà enregistrée chez nous, mais aucune adresse ne permet de la joindre. Contactez l’équipe d’organisation.",
    },
    review: {
      intro:
        "Vérifiez vos réponses avant d’envoyer la candidature. Vous pourrez encore les modifier depuis votre espace exposant jusqu’à la date limite.",
      missingTitle: "À compléter avant l’envoi",
      recommendedTitle: "Recommandé",
      notAnswered: "Non renseigné",
      yes: "Oui",
      no: "Non",
      none: "Aucun",
      declared: "Déclarés",
    },
    checklist: {
      siret: "Le numéro SIRET",
      description: "Une présentation (en français ou en anglais)",
      contactPhone: "Le téléphone du contact principal",
      participation: "Les besoins de participation (surface, électricité…)",
      declarationDetails: "Les précisions sur les équipements déclarés",
      consent: "Votre accord sur le traitement des données",
      logo: "Le logo",
      descriptionFr: "La présentation en français",
      descriptionEn: "La présentation en anglais",
      onsiteContact: "Un contact sur place",
      fix: "Compléter\u00a0: {{item}}",
    },
    submitted: {
      title: "Candidature envoyée",
      body: "Merci\u00a0! Votre candidature à {{event}} a bien été reçue. Un e-mail de confirmation a été envoyé à {{email}}.",
      account:
        "Vous allez aussi recevoir une invitation à créer votre compte exposant\u00a0: il vous permettra de suivre l’examen de votre candidature, de modifier vos réponses jusqu’à la date limite et, si elle est retenue, de découvrir votre stand.",
      generic: "Merci\u00a0! Votre candidature a bien été reçue.",
    },
    resume: {
      title: "Reprendre votre candidature",
      body: "Ce lien ouvre votre candidature à {{event}} dans ce navigateur.",
      submit: "Reprendre ma candidature",
      invalidTitle: "Ce lien n’est pas valide",
      invalidBody:
        "Il est incomplet ou ne correspond à aucune candidature. Demandez un nouveau lien ci-dessous.",
      expiredTitle: "Ce lien a expiré",
      expiredBody: "Les liens restent valables 30 jours. Demandez-en un nouveau.",
      usedTitle: "Ce lien a déjà servi",
      usedBody:
        "Chaque lien ne fonctionne qu’une fois. Demandez-en un nouveau pour reprendre votre candidature.",
      requestNew: "Demander un nouveau lien",
    },
    emails: {
      resumeSubject: "Votre candidature à {{event}}",
      resumeBody:
        "Votre candidature à {{event}} est enregistrée en brouillon.\n\nPour la reprendre, dans ce navigateur ou dans un autre, ouvrez le lien ci-dessous. Il est valable 30 jours et ne fonctionne qu’une fois\u00a0; vous pourrez en demander un nouveau depuis la page de candidature.",
      duplicateBody:
        "Quelqu’un (peut-être vous) a voulu commencer une nouvelle candidature à {{event}} pour votre organisation, qui en a déjà une.\n\nPour éviter les doublons, aucune nouvelle candidature n’a été créée. Pour reprendre la vôtre, ouvrez le lien ci-dessous (valable 30 jours, une seule fois).",
      resumeAction: "Reprendre ma candidature",
      submittedSubject: "Candidature reçue\u00a0: {{event}}",
      submittedBody:
        "Nous avons bien reçu la candidature de {{organisation}} à {{event}}.\n\nL’équipe d’organisation va l’examiner\u00a0; vous serez informé(e) de sa décision par e-mail. Vous allez aussi recevoir une invitation à créer votre compte exposant, pour suivre votre candidature et modifier vos réponses jusqu’au {{deadline}}.",
      noDeadline: "la date limite fixée par l’organisation",
    },
  },
  {
    eyebrow: "Exhibitor application",
    steps: {
      label: "Application steps",
      progress: "Step {{current}} of {{total}}",
      done: "(completed)",
      organisation: "Organisation",
      contacts: "Contacts",
      participation: "Participation",
      wishes: "Neighbours",
      review: "Review and submit",
    },
    intro: {
      title: "Apply as an exhibitor",
      body: "Tell us about your organisation and your stand. No account is needed to start: your draft is saved at each step and a link to resume it is sent to you by e-mail.",
      needsTitle: "Have at hand",
      needs: {
        siret: "your SIRET number (French organisations);",
        logo: "your logo as PNG or JPEG (2 MB at most);",
        texts: "a short description in French and in English;",
        technical:
          "your technical needs: area, electricity, equipment to declare (machines, lasers, drones, virtual reality).",
      },
      window: "Applications open from {{start}} to {{end}}.",
      windowOpenEnded: "Applications open since {{start}}.",
      start: "Start my application",
      continue: "Resume my application",
      submittedAlready: "Your application has been submitted. Follow it from your exhibitor area.",
      goToPortal: "Go to the exhibitor area",
      startAnother: "Start another application",
    },
    closed: {
      title: "Applications are closed",
      notYet: "Applications for this event open on {{date}}.",
      ended: "Applications for this event closed on {{date}}.",
      none: "Applications are not open for this event.",
      contact: "If you have any question, contact the organising team.",
    },
    lost: {
      title: "Already started?",
      intro: "Enter the e-mail address given in your application: we will send you a new link to resume it.",
      email: "E-mail address",
      submit: "Send me a link",
      sent: "If an application to this event uses this address, a link to resume it has just been sent there.",
    },
    form: {
      next: "Save and continue",
      back: "Previous step",
      save: "Save",
      cancel: "Cancel",
      submit: "Submit my application",
      submitting: "Submitting…",
      edit: "Change",
      started: "Your draft is saved. A link to resume it later has been sent to {{email}}.",
      tooLarge: "The upload is larger than allowed: the logo must be 2 MB at most.",
      tooMany:
        "Too many applications were started from this connection in a short time. Try again in an hour, or contact the organising team.",
    },
    duplicate: {
      title: "This organisation already has an application",
      body: "An application to this event already exists for this organisation (same SIRET or same e-mail domain). To protect it, nothing about it is shown here: a link to resume it has just been sent to the address given in that application.",
      unreachable:
        "This organisation is already registered with us, but we have no address to reach it. Contact the organising team.",
    },
    review: {
      intro:
        "Check your answers before submitting. You can still change them from your exhibitor area until the deadline.",
      missingTitle: "To complete before submitting",
      recommendedTitle: "Recommended",
      notAnswered: "Not answered",
      yes: "Yes",
      no: "No",
      none: "None",
      declared: "Declared",
    },
    checklist: {
      siret: "The SIRET number",
      description: "A description (in French or in English)",
      contactPhone: "The main contact’s phone",
      participation: "Your participation needs (area, electricity…)",
      declarationDetails: "Details of the declared equipment",
      consent: "Your agreement to the processing of data",
      logo: "The logo",
      descriptionFr: "The description in French",
      descriptionEn: "The description in English",
      onsiteContact: "An on-site contact",
      fix: "Complete: {{item}}",
    },
    submitted: {
      title: "Application submitted",
      body: "Thank you! Your application to {{event}} has been received. A confirmation e-mail has been sent to {{email}}.",
      account:
        "You will also receive an invitation to create your exhibitor account: with it you can follow the review of your application, change your answers until the deadline and, if it is accepted, see your stand.",
      generic: "Thank you! Your application has been received.",
    },
    resume: {
      title: "Resume your application",
      body: "This link opens your application to {{event}} in this browser.",
      submit: "Resume my application",
      invalidTitle: "This link is not valid",
      invalidBody: "It is incomplete or matches no application. Ask for a new link below.",
      expiredTitle: "This link has expired",
      expiredBody: "Links stay valid for 30 days. Ask for a new one.",
      usedTitle: "This link has already been used",
      usedBody: "Each link works only once. Ask for a new one to resume your application.",
      requestNew: "Ask for a new link",
    },
    emails: {
      resumeSubject: "Your application to {{event}}",
      resumeBody:
        "Your application to {{event}} is saved as a draft.\n\nTo resume it, in this browser or another one, open the link below. It is valid for 30 days and works only once; you can ask for a new one from the application page.",
      duplicateBody:
        "Someone (perhaps you) tried to start a new application to {{event}} for your organisation, which already has one.\n\nTo avoid duplicates, no new application was created. To resume yours, open the link below (valid for 30 days, once).",
      resumeAction: "Resume my application",
      submittedSubject: "Application received: {{event}}",
      submittedBody:
        "We have received the application of {{organisation}} to {{event}}.\n\nThe organising team will review it; you will be told of its decision by e-mail. You will also receive an invitation to create your exhibitor account, to follow your application and change your answers until {{deadline}}.",
      noDeadline: "the deadline set by the organisers",
    },
  },
);
