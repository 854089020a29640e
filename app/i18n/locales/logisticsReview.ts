import { logisticsReviewCommon } from "./logisticsReview/common";
import { logisticsReviewMatrix } from "./logisticsReview/matrix";
import { logisticsReviewPages } from "./logisticsReview/review";

/**
 * Staff's side of logistics (issue #6): upload refusals, review queue and page, completeness
 * matrix, reminders and the e-mails they send. One namespace, written in three files.
 */
export const logisticsReview = {
  fr: { ...logisticsReviewCommon.fr, ...logisticsReviewPages.fr, ...logisticsReviewMatrix.fr },
  en: { ...logisticsReviewCommon.en, ...logisticsReviewPages.en, ...logisticsReviewMatrix.en },
};
