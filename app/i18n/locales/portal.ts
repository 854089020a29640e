import { defineMessages } from "../messages";

export const portal = defineMessages(
  {
    title: "Espace exposant",
    applications: "Vos candidatures",
    statusLine: "Statut\u00a0: {{status}}",
    stands: "Stand attribué",
    standCode: "Stand",
    hall: "Hall",
    area: "Surface",
    noStand: "Pas encore de stand attribué.",
    planNotPublished: "Votre stand s’affichera ici dès la publication du plan.",
    emptyTitle: "Aucune candidature pour l’instant",
    emptyBody: "Vos candidatures et les stands qui vous sont attribués apparaîtront ici.",
  },
  {
    title: "Exhibitor area",
    applications: "Your applications",
    statusLine: "Status: {{status}}",
    stands: "Assigned stand",
    standCode: "Stand",
    hall: "Hall",
    area: "Area",
    noStand: "No stand assigned yet.",
    planNotPublished: "Your stand will show here once the plan is published.",
    emptyTitle: "No application yet",
    emptyBody: "Your applications and the stands assigned to you will show here.",
  },
);
