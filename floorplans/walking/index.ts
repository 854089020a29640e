export { WalkingField, type WalkingBlocker, type WalkingDoor, type WalkingFieldInput } from "./walking-field";
export { FieldScratch } from "./build";
