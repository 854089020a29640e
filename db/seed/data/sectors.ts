/**
 * The fixed list of sectors an organisation is filed under (organisations.sector), with labels.
 * The application form and the filters offer exactly these.
 */
export const SECTORS = {
  xr: { fr: "Réalité virtuelle et augmentée", en: "Virtual and augmented reality" },
  ai: { fr: "Intelligence artificielle", en: "Artificial intelligence" },
  "video-games": { fr: "Jeu vidéo", en: "Video games" },
  "immersive-art": { fr: "Arts immersifs", en: "Immersive art" },
  design: { fr: "Design et scénographie", en: "Design and scenography" },
  sound: { fr: "Son et musique", en: "Sound and music" },
  animation: { fr: "Animation et effets visuels", en: "Animation and visual effects" },
  audiovisual: { fr: "Audiovisuel et cinéma", en: "Film and audiovisual" },
  "creative-tech": { fr: "Technologies créatives", en: "Creative technology" },
  institution: { fr: "Institution et réseau", en: "Institution and network" },
  education: { fr: "Formation et recherche", en: "Education and research" },
  delegation: { fr: "Délégation internationale", en: "International delegation" },
} as const;

export type Sector = keyof typeof SECTORS;
