import { logisticsFields } from "./logistics/fields";
import { logisticsPortal } from "./logistics/portal";
import { logisticsSettings } from "./logistics/settings";

/**
 * Logistics forms (issue #6): the exhibitor's checklist and form pages, their fields, and the
 * organisers' settings. One namespace written in several files to keep each readable; the
 * document review adds its own files here.
 */
export const logistics = {
  fr: { ...logisticsPortal.fr, ...logisticsFields.fr, ...logisticsSettings.fr },
  en: { ...logisticsPortal.en, ...logisticsFields.en, ...logisticsSettings.en },
};
