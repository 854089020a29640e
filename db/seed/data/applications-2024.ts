import { INTERNATIONAL, SUD, VILLAGE, app } from "./application";

/**
 * Applications to the MIN 2024, every status represented. Areas are the shell-scheme formats of the
 * Cartonnerie file (9, 12, 18 m² and 36 m² peninsulas or islands); pavilion codes are its zones.
 */
export const APPLICATIONS_2024 = [
  // Confirmed: the exhibitor accepted the offer and signed.
  app("studio-lumen", "confirmed", 9, 3, 1, { pavilion: SUD }),
  app("atelier-onde", "confirmed", 9, 2, 1, { pavilion: SUD, noise: "quiet" }),
  app("mistral-interactive", "confirmed", 12, 4, 3, { pavilion: SUD }),
  app("studio-sainte-victoire", "confirmed", 9, 1.5, 1, { pavilion: SUD }),
  app("pole-image-sud", "confirmed", 12, 2, 1, { pavilion: SUD, standKind: "pavilion", priority: 2, notes: "Coordonne le Pavillon Région Sud." }),
  app("phocea-games", "confirmed", 18, 6, 3),
  app("calanques-xr", "confirmed", 12, 5, 3),
  app("cosmos-laser", "confirmed", 36, 12, 3, { noise: "loud", power24h: true, notes: "Plan de tir laser reçu le 2 octobre." }),
  app("rade-drones", "confirmed", 36, 8, 3, { noise: "loud" }),
  app("holoprovence", "confirmed", 12, 6, 3),
  app("azur-vr", "confirmed", 12, 4, 1, { notes: "Monophasé demandé : prévoir un circuit dédié." }),
  app("polygone-studio", "confirmed", 36, 10, 3, { priority: 2 }),
  app("synthese", "confirmed", 9, 1, 1, { noise: "quiet" }),
  app("esan-marseille", "confirmed", 18, 4, 3, { priority: 2 }),
  app("office-creation-numerique", "confirmed", 12, 1, 1, { priority: 3, notes: "Partenaire institutionnel." }),
  app("hanbit-immersive", "confirmed", 9, 5, 3, { pavilion: INTERNATIONAL }),
  app("quebec-creatif", "confirmed", 9, 1, 1, { pavilion: INTERNATIONAL, standKind: "pavilion", priority: 2 }),
  app("aurore-boreale", "confirmed", 9, 3, 1, { pavilion: INTERNATIONAL }),
  app("raumklang", "confirmed", 9, 3.5, 3, { pavilion: INTERNATIONAL, noise: "loud" }),
  app("medina-xr", "confirmed", 9, 2, 1, { pavilion: INTERNATIONAL }),
  app("kaleido-data", "confirmed", 9, 1.5, 1, { pavilion: VILLAGE }),
  app("neuronale", "confirmed", 9, 2, 1, { pavilion: VILLAGE }),
  // Accepted: offer sent, not yet confirmed. The last six stay unplaced for the allocation feature.
  app("robots-et-reves", "accepted", 12, 6, 3, { noise: "loud" }),
  app("lanterne-numerique", "accepted", 9, 3, 1, { pavilion: SUD }),
  app("geoscope", "accepted", 9, 1, 1, { pavilion: VILLAGE }),
  app("nautilus-games", "accepted", 12, 2, 1, { pavilion: SUD }),
  app("chambre-noire", "accepted", 18, 8, 3),
  app("sonic-garonne", "accepted", 9, 2, 1),
  app("kumo-sound-lab", "accepted", 9, 2, 1, { pavilion: INTERNATIONAL }),
  app("carthage-games", "accepted", 9, 1.5, 1, { pavilion: INTERNATIONAL }),
  app("gaon-ai", "accepted", 9, 2, 1, { pavilion: INTERNATIONAL, place: false }),
  app("faiseurs-de-lumiere", "accepted", 12, 5, 3, { place: false }),
  app("ludosciences", "accepted", 9, 1, 1, { pavilion: VILLAGE, place: false }),
  app("nord-pixel", "accepted", 9, 2, 1, { place: false }),
  app("atlas-vr", "accepted", 9, 2, 1, { pavilion: INTERNATIONAL, place: false }),
  app("haptique-et-co", "accepted", 9, 2, 1, { pavilion: VILLAGE, place: false }),
  // Waitlisted: accepted if a stand frees up.
  app("pixel-estaque", "waitlisted", 9, 2, 1, { pavilion: SUD }),
  app("typographie-vivante", "waitlisted", 9, 1, 1),
  app("meuse-interactive", "waitlisted", 9, 2, 1, { pavilion: INTERNATIONAL }),
  app("game-lab-occitanie", "waitlisted", 12, 3, 1),
  app("tisseurs-de-voix", "waitlisted", 9, 0.5, 1, { noise: "quiet" }),
  app("erable-xr", "waitlisted", 9, 2, 1, { pavilion: INTERNATIONAL }),
  // Rejected.
  app("lumiere-bleue-vfx", "rejected", 36, 12, 3, { notes: "Volume LED trop lourd pour le plancher technique." }),
  app("mouvement-capte", "rejected", 18, 4, 3),
  app("court-metrage-xr", "rejected", 9, 1, 1),
  app("pixelwerk-koeln", "rejected", 9, 2, 1),
  app("lemaniques-interactives", "rejected", 9, 1, 1),
  // Withdrawn by the exhibitor.
  app("canopee-design", "withdrawn", 12, 1, 1),
  app("bulles-animees", "withdrawn", 9, 1, 1),
  app("orbite-creative", "withdrawn", 18, 4, 3),
  // In review by the selection committee.
  app("vague-numerique", "in_review", 9, 1, 1, { pavilion: SUD }),
  app("photonique-arles", "in_review", 12, 3, 1, { pavilion: SUD }),
  app("cognitive-arts", "in_review", 9, 2, 1, { pavilion: VILLAGE }),
  app("fabrique-des-possibles", "in_review", 12, 4, 3, { noise: "loud", notes: "Découpe laser en démonstration : fiche à demander." }),
  app("incubateur-phocee", "in_review", 18, 2, 1, { pavilion: VILLAGE, standKind: "pavilion" }),
  app("dakar-digital-lab", "in_review", 9, 1, 1, { pavilion: INTERNATIONAL }),
  app("teranga-animation", "in_review", 9, 1, 1, { pavilion: INTERNATIONAL }),
  app("belgique-creative", "in_review", 18, 2, 1, { pavilion: INTERNATIONAL, standKind: "pavilion" }),
  // Submitted, not yet looked at.
  app("altitude-interactive", "submitted", 9, 1.5, 1, { pavilion: SUD }),
  app("recits-interactifs", "submitted", 9, 1, 1),
  app("rhin-immersif", "submitted", 12, 4, 3),
  app("studio-escaut", "submitted", 9, 2, 1),
  app("maree-haute", "submitted", 18, 7, 3, { noise: "loud" }),
  app("atelier-klank", "submitted", 9, 2, 1, { pavilion: INTERNATIONAL, noise: "loud" }),
  app("kirie-interactive", "submitted", 9, 1, 1, { pavilion: INTERNATIONAL }),
  // Drafts, never submitted.
  app("ateliers-du-panier", "draft", 12, 0, 1),
  app("sphere-cinema-vr", "draft", 9, 3, 1),
  app("algorithmes-citoyens", "draft", 9, 0, 1, { noise: "quiet" }),
  app("mecanique-sonore", "draft", 9, 2, 1, { noise: "loud" }),
  app("seoul-creative-bureau", "draft", 36, 6, 3, { pavilion: INTERNATIONAL, standKind: "pavilion" }),
];

/** Neighbours wished and competitors to keep away, between organisations of the demo. */
export const WISHES_2024: [from: string, kind: "near" | "avoid", to: string][] = [
  ["studio-lumen", "near", "atelier-onde"],
  ["atelier-onde", "near", "studio-lumen"],
  ["phocea-games", "avoid", "mistral-interactive"],
  ["hanbit-immersive", "near", "aurore-boreale"],
  ["chambre-noire", "avoid", "studio-lumen"],
  ["raumklang", "near", "kumo-sound-lab"],
  ["neuronale", "avoid", "synthese"],
  ["kaleido-data", "near", "neuronale"],
  ["polygone-studio", "near", "calanques-xr"],
  // Towards an exhibitor that is not on the plan (waitlisted): kept in the database, left out of the plan.
  ["mistral-interactive", "near", "pixel-estaque"],
];
