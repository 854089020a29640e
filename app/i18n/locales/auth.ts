import { defineMessages } from "../messages";

export const auth = defineMessages(
  {
    fields: {
      email: "Adresse e-mail",
      password: "Mot de passe",
      newPassword: "Nouveau mot de passe",
      confirmPassword: "Confirmer le mot de passe",
      name: "Votre nom",
      passwordHint: "Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir.",
    },
    errors: {
      required: "Ce champ est obligatoire.",
      invalid: "Cette valeur n’est pas valide.",
      emailInvalid: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
      tooLong: "Ce texte est trop long.",
      passwordTooShort: "Le mot de passe doit contenir au moins 12 caractères.",
      passwordMismatch: "Les deux mots de passe ne sont pas identiques.",
      credentials: "E-mail ou mot de passe incorrect.",
      locked:
        "Trop de tentatives de connexion. Par sécurité, la connexion est bloquée pendant {{minutes}} min. Réessayez plus tard ou choisissez un nouveau mot de passe.",
      summary: "Le formulaire contient des erreurs : corrigez les champs signalés.",
    },
    login: {
      title: "Connexion",
      intro: "Connectez-vous pour accéder à votre espace.",
      submit: "Se connecter",
      submitting: "Connexion…",
      forgot: "Mot de passe oublié ?",
      passwordChanged: "Votre mot de passe a été changé. Connectez-vous avec le nouveau.",
    },
    forgot: {
      title: "Mot de passe oublié",
      intro:
        "Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.",
      submit: "Recevoir un lien",
      sent: "Si un compte existe pour cette adresse, un e-mail vient de lui être envoyé. Le lien qu’il contient est valable une heure.",
      backToLogin: "Retour à la connexion",
    },
    reset: {
      title: "Choisir un nouveau mot de passe",
      intro: "Votre nouveau mot de passe remplacera l’ancien et fermera toutes vos sessions ouvertes.",
      submit: "Enregistrer le mot de passe",
    },
    invite: {
      title: "Bienvenue sur Allée",
      intro: "Choisissez un mot de passe pour activer le compte {{email}}.",
      submit: "Activer mon compte",
    },
    link: {
      invalidTitle: "Ce lien n’est pas valide",
      invalidBody:
        "Il est incomplet ou ne correspond à aucune demande. Vérifiez qu’il a été copié en entier, ou demandez-en un nouveau.",
      expiredTitle: "Ce lien a expiré",
      expiredBody: "Par sécurité, les liens ne restent valables qu’un temps limité. Demandez-en un nouveau.",
      usedTitle: "Ce lien a déjà servi",
      usedBody:
        "Chaque lien ne fonctionne qu’une seule fois. Si vous avez déjà choisi votre mot de passe, connectez-vous ; sinon, demandez un nouveau lien.",
      requestNew: "Demander un nouveau lien",
      goToLogin: "Aller à la connexion",
    },
  },
  {
    fields: {
      email: "E-mail address",
      password: "Password",
      newPassword: "New password",
      confirmPassword: "Confirm the password",
      name: "Your name",
      passwordHint: "At least 12 characters. A phrase of several words is easy to remember.",
    },
    errors: {
      required: "This field is required.",
      invalid: "This value is not valid.",
      emailInvalid: "Enter a valid e-mail address, for example name@example.com.",
      tooLong: "This text is too long.",
      passwordTooShort: "The password must be at least 12 characters long.",
      passwordMismatch: "The two passwords do not match.",
      credentials: "Incorrect e-mail or password.",
      locked:
        "Too many login attempts. For your security, logging in is blocked for {{minutes}} min. Try again later or choose a new password.",
      summary: "The form has errors: please correct the marked fields.",
    },
    login: {
      title: "Log in",
      intro: "Log in to reach your workspace.",
      submit: "Log in",
      submitting: "Logging in…",
      forgot: "Forgot your password?",
      passwordChanged: "Your password has been changed. Log in with the new one.",
    },
    forgot: {
      title: "Forgotten password",
      intro: "Enter the e-mail address of your account: we will send you a link to choose a new password.",
      submit: "Send me a link",
      sent: "If an account exists for this address, an e-mail has just been sent to it. Its link is valid for one hour.",
      backToLogin: "Back to login",
    },
    reset: {
      title: "Choose a new password",
      intro: "Your new password replaces the old one and closes all your open sessions.",
      submit: "Save the password",
    },
    invite: {
      title: "Welcome to Allée",
      intro: "Choose a password to activate the account {{email}}.",
      submit: "Activate my account",
    },
    link: {
      invalidTitle: "This link is not valid",
      invalidBody:
        "It is incomplete or matches no request. Check that it was copied in full, or ask for a new one.",
      expiredTitle: "This link has expired",
      expiredBody: "For your security, links stay valid for a limited time only. Ask for a new one.",
      usedTitle: "This link has already been used",
      usedBody:
        "Each link works only once. If you have already chosen your password, log in; otherwise ask for a new link.",
      requestNew: "Ask for a new link",
      goToLogin: "Go to login",
    },
  },
);
