import type { Server } from 'node:http';

/** Serves rootDir on host:port (0: a free port) with CORS headers; `/` redirects to `index`. */
export function serve(rootDir: string, port: number, options?: { host?: string; index?: string }): Promise<Server>;
