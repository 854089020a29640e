/** Contact names for applications, drawn with the seeded PRNG (fictional combinations). */
export const FIRST_NAMES_FR = [
  "Camille", "Lucas", "Inès", "Mathis", "Chloé", "Yanis", "Manon", "Nathan", "Sarah", "Karim", "Julie", "Théo",
  "Léna", "Rayan", "Clara", "Hugo", "Nour", "Baptiste", "Emma", "Sofiane", "Margaux", "Antoine", "Lina", "Paul",
];
export const LAST_NAMES_FR = [
  "Martin", "Bernard", "Roux", "Fabre", "Giraud", "Bonnet", "Mercier", "Blanc", "Garcia", "Haddad", "Morel", "Fournier",
  "Lambert", "Faure", "Rousseau", "Benali", "Chevalier", "Arnaud", "Guerin", "Perrin", "Marchetti", "Colin",
];

/** By country: plausible given and family names for the foreign organisations' contacts. */
export const NAMES_BY_COUNTRY: Record<string, { first: string[]; last: string[] }> = {
  CA: { first: ["Émilie", "Olivier", "Geneviève", "Maxime"], last: ["Tremblay", "Gagnon", "Bouchard", "Côté"] },
  BE: { first: ["Lotte", "Arnaud", "Sofie", "Jonas"], last: ["Peeters", "Dubois", "Janssens", "Lemaire"] },
  TN: { first: ["Yasmine", "Mehdi", "Salma", "Amine"], last: ["Ben Salah", "Trabelsi", "Gharbi", "Jaziri"] },
  KR: { first: ["Ji-woo", "Seo-yeon", "Min-jun", "Ha-eun"], last: ["Park", "Kim", "Lee", "Choi"] },
  JP: { first: ["Haruto", "Yui", "Sota", "Aoi"], last: ["Sato", "Suzuki", "Takahashi", "Tanaka"] },
  DE: { first: ["Lena", "Jonas", "Mia", "Felix"], last: ["Schneider", "Fischer", "Weber", "Becker"] },
  SN: { first: ["Awa", "Moussa", "Fatou", "Ibrahima"], last: ["Ndiaye", "Diop", "Fall", "Sow"] },
  MA: { first: ["Salma", "Youssef", "Imane", "Omar"], last: ["El Idrissi", "Benjelloun", "Alaoui", "Tazi"] },
  CH: { first: ["Noémie", "Luca", "Elodie", "Samuel"], last: ["Favre", "Rochat", "Bianchi", "Meier"] },
};

/** International dialling prefixes with an area code, for plausible contact numbers. */
export const PHONE_PREFIX: Record<string, string> = {
  FR: "+33 4 9", CA: "+1 514 5", BE: "+32 2 5", TN: "+216 71 2", KR: "+82 2 3", JP: "+81 3 5", DE: "+49 30 6", SN: "+221 33 8", MA: "+212 522 4", CH: "+41 21 6",
};
