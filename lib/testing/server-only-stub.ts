// Tests run lib/*.server.ts outside Next; the real 'server-only' would throw there.
export {};
