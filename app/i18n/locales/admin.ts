import { defineMessages } from "../messages";

export const admin = defineMessages(
  {
    nav: {
      label: "Navigation de l’événement",
      dashboard: "Tableau de bord",
      plan: "Plan",
      applications: "Candidatures",
      logistics: "Logistique",
      exports: "Exports",
      outbox: "Boîte d’envoi",
    },
    index: {
      title: "Événements",
      emptyTitle: "Aucun événement pour l’instant",
      emptyBody: "Dès qu’un événement sera créé ou importé, son tableau de bord s’affichera ici.",
    },
    dashboard: {
      title: "Tableau de bord",
      overview: "Vue d’ensemble",
      dates: "Dates",
      venues: "Lieux",
      noVenue: "Aucun lieu rattaché à cet événement.",
      hallCount: "Halls\u00a0: {{value}}",
      applications: {
        title: "Candidatures",
        total: "candidatures au total",
        status: "Statut",
        count: "Nombre",
        empty: "Aucune candidature pour l’instant.",
      },
      funnel: {
        title: "Entonnoir des candidatures",
        caption: "Chaque étape compte les candidatures qui l’ont atteinte.",
        stages: {
          submitted: "Déposées",
          in_review: "Examinées",
          accepted: "Acceptées",
          confirmed: "Confirmées",
        },
      },
      stands: {
        title: "Stands",
        total: "stands sur le plan",
        empty: "Aucun stand sur le plan pour l’instant.",
      },
      area: {
        title: "Surface attribuée",
        ofTotal: "sur {{total}} de stands",
        available: "{{value}} encore disponibles",
        empty: "Pas encore de surface de stand.",
      },
      power: {
        title: "Puissance commandée",
        ofSupply: "sur {{supply}} de puissance des halls",
        basis: "Candidatures acceptées et confirmées.",
        noSupply: "La puissance des halls n’est pas renseignée.",
        over: "Dépassement de {{value}}",
      },
    },
  },
  {
    nav: {
      label: "Event navigation",
      dashboard: "Dashboard",
      plan: "Plan",
      applications: "Applications",
      logistics: "Logistics",
      exports: "Exports",
      outbox: "Outbox",
    },
    index: {
      title: "Events",
      emptyTitle: "No event yet",
      emptyBody: "As soon as an event is created or imported, its dashboard will show here.",
    },
    dashboard: {
      title: "Dashboard",
      overview: "Overview",
      dates: "Dates",
      venues: "Venues",
      noVenue: "No venue is linked to this event.",
      hallCount: "Halls: {{value}}",
      applications: {
        title: "Applications",
        total: "applications in all",
        status: "Status",
        count: "Count",
        empty: "No application yet.",
      },
      funnel: {
        title: "Application funnel",
        caption: "Each stage counts the applications that reached it.",
        stages: {
          submitted: "Submitted",
          in_review: "Reviewed",
          accepted: "Accepted",
          confirmed: "Confirmed",
        },
      },
      stands: {
        title: "Stands",
        total: "stands on the plan",
        empty: "No stand on the plan yet.",
      },
      area: {
        title: "Area assigned",
        ofTotal: "of {{total}} of stands",
        available: "{{value}} still available",
        empty: "No stand area yet.",
      },
      power: {
        title: "Power ordered",
        ofSupply: "of {{supply}} of hall supply",
        basis: "Accepted and confirmed applications.",
        noSupply: "The halls’ power supply is not set.",
        over: "Over by {{value}}",
      },
    },
  },
);
