import type { BotChoice } from "../models/index.js";

/** Each bot's name and what it does, as the seat menus show them. */
export const BOT_NAMES: Readonly<Record<BotChoice, string>> = {
  boulware: "Boulware bot: holds out, concedes late",
  linear: "Linear bot: concedes at a steady pace",
  conceder: "Conceder bot: concedes early",
  "tit-for-tat": "Tit-for-tat bot: answers like with like",
  hardliner: "Hardliner bot: insists on its demands",
  random: "Random bot: any legal move",
  mcts: "Search bot: looks ahead before each move",
};

/** A bot's short name, e.g. "the hardliner bot". */
export function botShortName(bot: string): string {
  return bot === "mcts" ? "the search bot" : `the ${bot} bot`;
}
