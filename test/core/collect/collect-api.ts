// The collect module's public face, as the tests use it.
export * from "../../../src/core/collect";
export { isEntryCell as isEntryCellOf } from "../../../src/core/collect/record";
