import { reviewDetail } from "./review/detail";
import { reviewList } from "./review/list";
import { reviewTemplates } from "./review/templates";

/**
 * The organisers' review of applications (list, detail, decisions, e-mail templates, CSV export):
 * one namespace, written in three files to keep each readable.
 */
export const review = {
  fr: { ...reviewList.fr, ...reviewDetail.fr, ...reviewTemplates.fr },
  en: { ...reviewList.en, ...reviewDetail.en, ...reviewTemplates.en },
};
