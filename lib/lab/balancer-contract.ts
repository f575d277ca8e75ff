/** The contract every lab balancer meets: the learner-facing one, trusted. */

export interface SimRequestView {
  readonly time: number;
  readonly clientIp: string;
  readonly cookies: Readonly<Record<string, string>>;
}

export interface SimBalancer {
  setServers(servers: readonly string[]): void;
  route(request: SimRequestView): { server: string; setCookies?: Record<string, string> };
  drain?(server: string): void;
}
