export * from "./risk/index.ts";
