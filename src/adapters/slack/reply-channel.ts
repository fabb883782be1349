/** Where a question's reply goes: a thread or DM via the Web API, or an ephemeral reply to a slash command. */
import type { RespondFn, types, webApi } from "@slack/bolt";

export interface OutgoingMessage {
  text: string;
  blocks?: types.KnownBlock[];
}

export interface ReplyChannel {
  /** Shows the asker the bot is working (👀 on their message); callers log a failure and carry on. */
  working(): Promise<void>;
  /** Posts the reply; resolves to its ts when known. */
  send(message: OutgoingMessage): Promise<string | undefined>;
  /** Clears the working sign; callers ignore failures. */
  done(): Promise<void>;
}

/** Replies in `threadTs` (or top level when undefined) and reacts 👀 on the asker's message meanwhile. */
export function threadReply(options: {
  client: webApi.WebClient;
  channel: string;
  threadTs: string | undefined;
  messageTs: string;
}): ReplyChannel {
  const { client, channel, threadTs, messageTs } = options;
  const reaction = { channel, timestamp: messageTs, name: "eyes" };
  return {
    async working() {
      await client.reactions.add(reaction);
    },
    async send(message) {
      const posted = await client.chat.postMessage({
        channel,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        text: message.text,
        ...(message.blocks ? { blocks: message.blocks } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
      return posted.ts;
    },
    async done() {
      await client.reactions.remove(reaction);
    },
  };
}

/** Replies through a slash command's response_url, visible only to the asker (the ack said "Searching…"). */
export function ephemeralReply(respond: RespondFn): ReplyChannel {
  return {
    async working() {},
    async send(message) {
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: message.text,
        ...(message.blocks ? { blocks: message.blocks } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
      return undefined;
    },
    async done() {},
  };
}
