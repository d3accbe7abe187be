export { classifyFunctions, DEFAULT_CATEGORIES } from "./classify-functions";
