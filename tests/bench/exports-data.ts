import { seededRandom, generatePlan } from "./generate-plan";
import type { ExportData, ExportExhibitor, ExportStand } from "../../app/exports/types";

/**
 * A large event as the exports see it, built in memory (no database): the benchmark plan of
 * generate-plan.ts plus realistic logistics — contacts with accents, electrical orders, furniture,
 * badges, load-in/out slots, vehicles, declarations — for `stands` stands.
 */
const FIRST = ["Léa", "Zoë", "Hélène", "Chloé", "Noël", "Anaïs", "François", "Jérôme", "Maël", "Agnès"];
const LAST = [
  "Dubœuf",
  "Lefèvre",
  "Müller",
  "García",
  "Façon",
  "Bérénice",
  "Ørsted",
  "Château",
  "Crème",
  "Étienne",
];
const ITEMS = [
  { code: "CH-01", nameFr: "Chaise pliante", nameEn: "Folding chair", unitPriceCents: 1200 },
  { code: "TB-02", nameFr: "Table haute mange-debout", nameEn: "High bar table", unitPriceCents: 4500 },
  { code: "CP-03", nameFr: "Comptoir d’accueil", nameEn: "Reception counter", unitPriceCents: 9800 },
  { code: "EC-04", nameFr: "Écran 55 pouces", nameEn: "55-inch screen", unitPriceCents: 22000 },
  { code: "PR-05", nameFr: "Présentoir à brochures", nameEn: "Brochure stand", unitPriceCents: 3500 },
];

export function generateExportData(stands = 2000, seed = 7): ExportData {
  const plan = generatePlan({ seed, stands, exhibitors: Math.round(stands * 0.9) });
  const rng = seededRandom(seed + 1);
  const base = Date.UTC(2024, 10, 5, 7, 0);
  const hallNames = new Map(plan.halls.map((h) => [h.id, h.name]));
  const counts = new Map<string, number>();
  for (const s of plan.stands)
    if (s.exhibitorId) counts.set(s.exhibitorId, (counts.get(s.exhibitorId) ?? 0) + 1);
  const exhibitors = new Map<string, ExportExhibitor>();
  plan.exhibitors.forEach((e, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    const slot = (day: number, k: number) => ({
      startsAt: new Date(base + day * 86_400_000 + k * 3_600_000),
      endsAt: new Date(base + day * 86_400_000 + (k + 1) * 3_600_000),
    });
    exhibitors.set(e.id, {
      slug: e.id,
      name:
        i % 13 === 0
          ? `=Studio ${e.name} « Réalité étendue »`
          : `${e.name} — Studio d’${LAST[i % LAST.length]}`,
      contactName: name,
      contactEmail: `contact${i}@studio-${i}.example`,
      contactPhone: `+33 4 91 ${String(10 + (i % 90)).padStart(2, "0")} ${String(i % 100).padStart(2, "0")} 00`,
      onsite:
        rng() < 0.5
          ? {
              name: `${FIRST[(i + 3) % FIRST.length]} Régisseur`,
              email: `regie${i}@example.org`,
              phone: "+33 6 12 34 56 78",
            }
          : null,
      powerKw: e.powerKw,
      phases: e.phases,
      power24h: rng() < 0.1,
      declarations: {
        machines: rng() < 0.05,
        lasers: rng() < 0.02,
        drones: rng() < 0.01,
        vrRigs: rng() < 0.2,
      },
      machinesForm:
        rng() < 0.03
          ? {
              machines: true,
              lasers: true,
              laserClass: "3R",
              dangerousProducts: false,
              description: "Laser de scène, écran de 5 m²",
            }
          : null,
      furniture: ITEMS.filter(() => rng() < 0.4).map((item) => ({
        ...item,
        quantity: 1 + Math.floor(rng() * 6),
      })),
      badges: Array.from({ length: 1 + Math.floor(rng() * 5) }, (_, k) => ({
        name: `${FIRST[(i + k) % FIRST.length]} ${LAST[(i + 2 * k) % LAST.length]}`,
        role: (["exhibitor", "staff", "installer"] as const)[k % 3]!,
      })),
      loadIn: rng() < 0.9 ? slot(0, Math.floor(rng() * 10)) : null,
      loadOut: rng() < 0.85 ? slot(3, Math.floor(rng() * 6)) : null,
      vehicle: rng() < 0.6 ? { plate: `AB-${100 + (i % 900)}-CD`, lengthM: 5.5, heightM: 2.4 } : null,
      standCount: counts.get(e.id) ?? 0,
    });
  });
  const exportStands: ExportStand[] = plan.stands.map((s, i) => ({
    code: s.id,
    hallId: s.hallId,
    hallName: hallNames.get(s.hallId) ?? s.hallId,
    venueName: "Parc des expositions",
    x: s.x,
    y: s.y,
    width: s.width,
    depth: s.depth,
    rotation: s.rotation,
    areaM2: s.width * s.depth,
    covered: s.covered,
    status: s.exhibitorId ? "assigned" : "available",
    fasciaName: i % 3 === 0 ? `Fronton ${i} — Éclairage & Cie` : null,
    notes: i % 5 === 0 ? "Cloison arrière renforcée ; accès par l’allée nord." : null,
    powerBoxId: s.powerBoxId,
    exhibitor: s.exhibitorId ? (exhibitors.get(s.exhibitorId) ?? null) : null,
  }));
  return {
    event: {
      slug: "bench",
      name: "Salon des Imaginaires Numériques",
      startsOn: "2024-11-07",
      endsOn: "2024-11-08",
      timezone: "Europe/Paris",
      planVersion: 42,
    },
    plan,
    stands: exportStands,
    generatedAt: new Date(Date.UTC(2024, 10, 1, 9, 30)),
  };
}
