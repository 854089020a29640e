import type { Declarations } from "../../schema/applications";

const none: Declarations = { machines: false, lasers: false, drones: false, vrRigs: false };

/**
 * Live demonstrations and the equipment declared for them (regulation T 8: machines, lasers,
 * drones declared a month before opening; T 44: lasers need a technical note and a certificate).
 */
export const DEMOS: Record<string, { description: string; declarations: Declarations }> = {
  "cosmos-laser": {
    description: "Spectacle laser de 8 minutes toutes les heures au-dessus du stand, faisceaux au-dessus de 3 m.",
    declarations: { ...none, lasers: true, details: "Laser de classe 4 (6 W RGB), opérateur certifié, note technique et plan de tir joints." },
  },
  "rade-drones": {
    description: "Vol de six micro-drones dans une cage filet de 5 × 5 × 4 m, trois démonstrations par jour.",
    declarations: { ...none, drones: true, details: "Drones de 90 g, vol captif en cage fermée, télépilote formé." },
  },
  "azur-vr": {
    description: "Deux casques autonomes en libre déplacement sur une aire balisée de 3 × 3 m.",
    declarations: { ...none, vrRigs: true, details: "Aire de jeu délimitée au sol, un médiateur par casque." },
  },
  "calanques-xr": {
    description: "Plongée virtuelle dans les calanques, quatre postes assis avec casques.",
    declarations: { ...none, vrRigs: true },
  },
  "polygone-studio": {
    description: "Parcours en réalité mixte pour six visiteurs à la fois, sessions de 12 minutes.",
    declarations: { ...none, vrRigs: true, details: "Six casques de réalité mixte, zone d'attente hors allée." },
  },
  "hanbit-immersive": {
    description: "Mini-salle immersive de 3 × 3 m, projection sur trois murs et le sol.",
    declarations: { ...none, vrRigs: true, details: "Quatre vidéoprojecteurs laser de classe 1 en boîtier." },
  },
  "robots-et-reves": {
    description: "Automate de scène et bras robotisé collaboratif jouant avec le public.",
    declarations: { ...none, machines: true, details: "Bras collaboratif 5 kg de charge, vitesse réduite, zone balisée d'un mètre." },
  },
  holoprovence: {
    description: "Écrans holographiques à hélices en fonctionnement continu.",
    declarations: { ...none, machines: true, details: "Pales en rotation sous carter transparent, hors de portée du public." },
  },
  raumklang: {
    description: "Dôme de seize haut-parleurs, écoutes de dix minutes, 85 dB(A) au maximum.",
    declarations: none,
  },
  "fabrique-des-possibles": {
    description: "Découpe laser de badges en bois à la demande des visiteurs.",
    declarations: { ...none, machines: true, lasers: true, details: "Découpeuse laser de classe 1 capotée, extraction des fumées." },
  },
  "mecanique-sonore": {
    description: "Concert d'instruments inventés à 11 h et 16 h.",
    declarations: { ...none, machines: true },
  },
  "chambre-noire": {
    description: "Projection monumentale sur tulle tendu, en boucle.",
    declarations: none,
  },
};
