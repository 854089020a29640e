import { defineMessages } from "../messages";
import { editorEn } from "./editor/en";
import { editorFr } from "./editor/fr";

/** The floor-plan editor's namespace, one file per language (the texts are many). */
export const editor = defineMessages(editorFr, editorEn);
