/**
 * @file A throwaway HTTP server on 127.0.0.1 (a free port) for the benchmarks' generated pages of many megabytes:
 * Chromium fetches them over loopback in well under a second, where `page.setContent` or a routed response (the
 * body crosses the DevTools protocol, base64-encoded) takes tens of seconds for a 25 MB page on a loaded machine.
 * Nothing listens beyond the loopback interface; the page is served with `Access-Control-Allow-Origin: *` so a tab
 * posing as LinkedIn may fetch it too.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalPages {
  /** Serves `html` and gives the address to fetch it from. */
  serve(html: string): string;
  close(): Promise<void>;
}

export async function localPages(): Promise<LocalPages> {
  const bodies = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const body = bodies.get(request.url ?? '');
    response.writeHead(body ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'access-control-allow-origin': '*',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let next = 0;
  return {
    serve(html) {
      const path = `/page-${(next += 1)}.html`;
      bodies.set(path, Buffer.from(html, 'utf8'));
      return `http://127.0.0.1:${port}${path}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
