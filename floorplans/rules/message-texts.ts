import type { MessageParts } from "./message-format";
import type { Locale, RuleId } from "./types";

type Template = (p: MessageParts) => string;

/**
 * French (the product's default) and English text of every rule; a test checks that each rule
 * has both and that they name the things and figures of the finding.
 */
export const MESSAGES: Record<RuleId, Record<Locale, Template>> = {
  "stand.outside-hall": {
    fr: (p) => `Le stand ${p.name("standId")} dépasse du hall ${p.name("hallId")}`,
    en: (p) => `Stand ${p.name("standId")} extends outside hall ${p.name("hallId")}`,
  },
  "stand.overlap": {
    fr: (p) => `Les stands ${p.name("standId")} et ${p.name("otherStandId", 1)} se chevauchent de ${p.m("depthM")}`,
    en: (p) => `Stands ${p.name("standId")} and ${p.name("otherStandId", 1)} overlap by ${p.m("depthM")}`,
  },
  "stand.obstacle": {
    fr: (p) => `Le stand ${p.name("standId")} empiète de ${p.m("depthM")} sur l'obstacle ${p.name("obstacleId")}`,
    en: (p) => `Stand ${p.name("standId")} overlaps obstacle ${p.name("obstacleId")} by ${p.m("depthM")}`,
  },
  "stand.pillar": {
    fr: (p) => `Le poteau ${p.name("obstacleId")} est dans le stand ${p.name("standId")} : prévenir l'exposant, la surface utile diminue`,
    en: (p) => `Pillar ${p.name("obstacleId")} stands inside stand ${p.name("standId")}: tell the exhibitor, the usable area shrinks`,
  },
  "aisle.too-narrow": {
    fr: (p) => `Allée de ${p.m("distanceM")} entre ${aisleEnds(p, "fr")} : minimum ${p.m("minM")}`,
    en: (p) => `Aisle of ${p.m("distanceM")} between ${aisleEnds(p, "en")}: minimum ${p.m("minM")}`,
  },
  "stand.no-access": {
    fr: (p) => `Le stand ${p.name("standId")} n'a aucun côté libre sur au moins ${p.m("minStretchM")} : il est inaccessible`,
    en: (p) => `Stand ${p.name("standId")} has no side free over at least ${p.m("minStretchM")}: it cannot be reached`,
  },
  "exit.blocked": {
    fr: (p) => `Le stand ${p.name("standId")} empiète sur le dégagement de ${p.m("clearanceM")} devant la sortie ${p.name("exitId")}`,
    en: (p) => `Stand ${p.name("standId")} encroaches on the ${p.m("clearanceM")} clearance in front of exit ${p.name("exitId")}`,
  },
  "exit.too-far": {
    fr: (p) =>
      p.text("exitCount") === "0"
        ? `Le hall du stand ${p.name("standId")} n'a aucune sortie`
        : p.has("distanceM")
          ? `Le stand ${p.name("standId")} est à ${p.m("distanceM")} de marche de la sortie la plus proche : maximum ${p.m("maxM")}`
          : `Aucune sortie n'est accessible à pied depuis le stand ${p.name("standId")} (maximum ${p.m("maxM")})`,
    en: (p) =>
      p.text("exitCount") === "0"
        ? `The hall of stand ${p.name("standId")} has no exit`
        : p.has("distanceM")
          ? `Stand ${p.name("standId")} is a ${p.m("distanceM")} walk from the nearest exit: maximum ${p.m("maxM")}`
          : `No exit can be reached on foot from stand ${p.name("standId")} (maximum ${p.m("maxM")})`,
  },
  "circulation.share": {
    fr: (p) =>
      `Hall ${p.name("hallId")} : les stands couvrent ${p.m2("standAreaM2")} sur ${p.m2("floorM2")} de sol ; au moins ${p.share("minShare")} doit rester à la circulation (stands ≤ ${p.m2("maxStandAreaM2")})`,
    en: (p) =>
      `Hall ${p.name("hallId")}: stands cover ${p.m2("standAreaM2")} of ${p.m2("floorM2")} of floor; at least ${p.share("minShare")} must stay free for circulation (stands ≤ ${p.m2("maxStandAreaM2")})`,
  },
  "covered.too-large": {
    fr: (p) => `Le stand couvert ${p.name("standId")} mesure ${p.m2("areaM2")} : il doit faire moins de ${p.m2("maxM2")}`,
    en: (p) => `Covered stand ${p.name("standId")} is ${p.m2("areaM2")}: it must be under ${p.m2("maxM2")}`,
  },
  "covered.too-close": {
    fr: (p) => `Les stands couverts ${p.name("standId")} et ${p.name("otherStandId", 1)} sont à ${p.m("distanceM")} l'un de l'autre : minimum ${p.m("minM")}`,
    en: (p) => `Covered stands ${p.name("standId")} and ${p.name("otherStandId", 1)} are ${p.m("distanceM")} apart: minimum ${p.m("minM")}`,
  },
  "covered.share": {
    fr: (p) =>
      `Hall ${p.name("hallId")} : les stands couverts occupent ${p.m2("coveredAreaM2")} sur ${p.m2("floorM2")} de sol (${p.ratio("coveredAreaM2", "floorM2")}) : maximum ${p.share("maxShare")}`,
    en: (p) =>
      `Hall ${p.name("hallId")}: covered stands take ${p.m2("coveredAreaM2")} of ${p.m2("floorM2")} of floor (${p.ratio("coveredAreaM2", "floorM2")}): maximum ${p.share("maxShare")}`,
  },
  "area.too-small": {
    fr: (p) => `${p.name("exhibitorId")} reçoit ${p.m2("areaM2")} pour ${p.m2("requestedM2")} demandés : minimum ${p.m2("minM2")}`,
    en: (p) => `${p.name("exhibitorId")} gets ${p.m2("areaM2")} for ${p.m2("requestedM2")} requested: minimum ${p.m2("minM2")}`,
  },
  "area.too-large": {
    fr: (p) => `${p.name("exhibitorId")} reçoit ${p.m2("areaM2")} pour ${p.m2("requestedM2")} demandés : maximum ${p.m2("maxM2")}`,
    en: (p) => `${p.name("exhibitorId")} gets ${p.m2("areaM2")} for ${p.m2("requestedM2")} requested: maximum ${p.m2("maxM2")}`,
  },
  "power.unconnected": {
    fr: (p) => `Le stand ${p.name("standId")} demande ${p.kw("demandKw")} mais n'est relié à aucun coffret`,
    en: (p) => `Stand ${p.name("standId")} needs ${p.kw("demandKw")} but is connected to no power box`,
  },
  "power.box-overload": {
    fr: (p) => `Coffret ${p.name("boxId")} : ${p.kw("demandKw")} demandés pour ${p.kw("capacityKw")} disponibles`,
    en: (p) => `Power box ${p.name("boxId")}: ${p.kw("demandKw")} demanded from ${p.kw("capacityKw")} available`,
  },
  "power.out-of-reach": {
    fr: (p) =>
      p.has("distanceM")
        ? `Le stand ${p.name("standId")} est à ${p.m("distanceM")} de câble du coffret ${p.name("boxId")} : maximum ${p.m("maxM")}`
        : `Le coffret ${p.name("boxId")} du stand ${p.name("standId")} est dans un autre hall (${p.name("boxHallId")})`,
    en: (p) =>
      p.has("distanceM")
        ? `Stand ${p.name("standId")} is ${p.m("distanceM")} of cable from power box ${p.name("boxId")}: maximum ${p.m("maxM")}`
        : `Power box ${p.name("boxId")} of stand ${p.name("standId")} is in another hall (${p.name("boxHallId")})`,
  },
  "power.phase-mismatch": {
    fr: (p) => `Le stand ${p.name("standId")} demande du triphasé mais le coffret ${p.name("boxId")} est monophasé`,
    en: (p) => `Stand ${p.name("standId")} needs three-phase power but power box ${p.name("boxId")} is single-phase`,
  },
  "power.single-phase-high": {
    fr: (p) => `Le stand ${p.name("standId")} demande ${p.kw("demandKw")} en monophasé (plus de ${p.kw("maxKw")}) : prévoir un circuit dédié`,
    en: (p) => `Stand ${p.name("standId")} draws ${p.kw("demandKw")} single-phase (over ${p.kw("maxKw")}): it needs a dedicated circuit`,
  },
  "power.hall-supply": {
    fr: (p) => `Hall ${p.name("hallId")} : ${p.kw("demandKw")} demandés pour une alimentation de ${p.kw("supplyKw")}`,
    en: (p) => `Hall ${p.name("hallId")}: ${p.kw("demandKw")} demanded from a ${p.kw("supplyKw")} supply`,
  },
  "pavilion.outside": {
    fr: (p) => `Le stand ${p.name("standId")}, membre du pavillon ${p.name("zoneId")}, n'est pas entièrement dans le pavillon`,
    en: (p) => `Stand ${p.name("standId")} of a member of pavilion ${p.name("zoneId")} is not entirely inside the pavilion`,
  },
  "pavilion.intruder": {
    fr: (p) => `Le stand ${p.name("standId")} est dans le pavillon ${p.name("zoneId")} sans en être membre`,
    en: (p) => `Stand ${p.name("standId")} lies in pavilion ${p.name("zoneId")} but its exhibitor is not a member`,
  },
  "adjacency.competitor": {
    fr: (p) =>
      `Les stands ${p.name("standId")} (${p.name("exhibitorId")}) et ${p.name("otherStandId", 1)} (${p.name("otherExhibitorId")}), concurrents, sont à ${p.m("distanceM")} : minimum ${p.m("minM")}`,
    en: (p) =>
      `Competitors' stands ${p.name("standId")} (${p.name("exhibitorId")}) and ${p.name("otherStandId", 1)} (${p.name("otherExhibitorId")}) are ${p.m("distanceM")} apart: minimum ${p.m("minM")}`,
  },
  "adjacency.wish": {
    fr: (p) =>
      p.has("distanceM")
        ? `${p.name("exhibitorId")} et ${p.name("otherExhibitorId", 1)} souhaitent être voisins : leurs stands les plus proches sont à ${p.m("distanceM")} (maximum ${p.m("maxM")})`
        : `${p.name("exhibitorId")} et ${p.name("otherExhibitorId", 1)} souhaitent être voisins mais sont dans des halls différents`,
    en: (p) =>
      p.has("distanceM")
        ? `${p.name("exhibitorId")} and ${p.name("otherExhibitorId", 1)} want to be near each other: their closest stands are ${p.m("distanceM")} apart (maximum ${p.m("maxM")})`
        : `${p.name("exhibitorId")} and ${p.name("otherExhibitorId", 1)} want to be near each other but are in different halls`,
  },
  "adjacency.noise": {
    fr: (p) =>
      `Le stand bruyant ${p.name("standId")} est à ${p.m("distanceM")} ${p.text("otherKind") === "zone" ? "de la zone calme" : "du stand calme"} ${p.name("otherId", 1)} (zone tampon : ${p.m("bufferM")})`,
    en: (p) =>
      `Loud stand ${p.name("standId")} is ${p.m("distanceM")} from quiet ${p.text("otherKind") === "zone" ? "zone" : "stand"} ${p.name("otherId", 1)} (buffer: ${p.m("bufferM")})`,
  },
};

function aisleEnds(p: MessageParts, locale: Locale): string {
  const stand = p.name("standId");
  const other = p.name("otherId", 1);
  switch (p.text("otherKind")) {
    case "obstacle":
      return locale === "fr" ? `le stand ${stand} et l'obstacle ${other}` : `stand ${stand} and obstacle ${other}`;
    case "hall":
      return locale === "fr" ? `le stand ${stand} et le mur du hall ${other}` : `stand ${stand} and the wall of hall ${other}`;
    default:
      return locale === "fr" ? `${stand} et ${other}` : `${stand} and ${other}`;
  }
}
