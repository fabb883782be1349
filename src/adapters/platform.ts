/** What wire.ts starts and stops for each chat platform. */
export interface Platform {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
