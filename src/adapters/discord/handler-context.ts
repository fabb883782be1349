/** What every Discord event handler gets: the core dependencies plus the shared chat pieces over the StateStore. */

import { type ChannelSettingsStore, MemoryChannelSettings } from "../../core/channels/channel-settings";
import type { StateStore } from "../../core/state-store";
import type { Logger } from "../../logger";
import { type AnswerMemory, createAnswerMemory } from "../chat/answer-memory";
import { createLocalState } from "../chat/local-state";
import { createQuestionGate, type QuestionGate } from "../chat/question-gate";
import type { PlatformDeps } from "../platform";
import { type AnswerThreads, createAnswerThreads } from "./answer-threads";

export interface HandlerContext {
  deps: PlatformDeps;
  /** Child logger with `platform: "discord"`. */
  logger: Logger;
  /** Discord user ids allowed to run /reingest (DISCORD_ADMIN_USERS). */
  adminUsers: readonly string[];
  gate: QuestionGate;
  answers: AnswerMemory;
  /** Shared with other replicas when STATE_URL is set: interaction and message dedupe. */
  state: StateStore;
  /** Per-channel setup (issue 17): deps.channelSettings, else kept in memory until a restart. */
  channelSettings: ChannelSettingsStore;
  /** The bot's answer messages and their questions, for follow-up replies. */
  threads: AnswerThreads;
}

export function createHandlerContext(options: {
  deps: PlatformDeps;
  logger: Logger;
  adminUsers: readonly string[];
}): HandlerContext {
  const state = options.deps.state ?? createLocalState();
  return {
    ...options,
    state,
    channelSettings: options.deps.channelSettings ?? new MemoryChannelSettings(),
    gate: createQuestionGate({ ...options.deps, state, scopeName: "server" }),
    answers: createAnswerMemory(state),
    threads: createAnswerThreads(state),
  };
}
