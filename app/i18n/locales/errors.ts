import { defineMessages } from "../messages";

export const errors = defineMessages(
  {
    notFound: {
      title: "Page introuvable",
      body: "La page demandée n’existe pas ou a été déplacée. Vérifiez l’adresse ou repartez de l’accueil.",
    },
    forbidden: {
      title: "Accès refusé",
      body: "Votre compte n’a pas accès à cette page. Si c’est une erreur, contactez l’équipe d’organisation.",
    },
    badRequest: {
      title: "Requête invalide",
      body: "La demande envoyée n’a pas pu être comprise. Revenez en arrière et réessayez.",
    },
    server: {
      title: "Une erreur est survenue",
      body: "Le serveur n’a pas pu répondre. Réessayez dans un instant ; si le problème persiste, prévenez l’équipe.",
    },
    status: "Erreur {{status}}",
    backHome: "Revenir à l’accueil",
    details: "Détails techniques (visibles en développement uniquement)",
  },
  {
    notFound: {
      title: "Page not found",
      body: "The page you asked for does not exist or has moved. Check the address or start again from the home page.",
    },
    forbidden: {
      title: "Access denied",
      body: "Your account cannot open this page. If this is a mistake, contact the organising team.",
    },
    badRequest: {
      title: "Bad request",
      body: "The request could not be understood. Go back and try again.",
    },
    server: {
      title: "Something went wrong",
      body: "The server could not answer. Try again in a moment; if the problem persists, tell the team.",
    },
    status: "Error {{status}}",
    backHome: "Back to the home page",
    details: "Technical details (shown in development only)",
  },
);
