/**
 * @file A local HTTPS server that answers as www.linkedin.com and x.com with fixture pages, for Firefox
 * (which reaches it through `network.dns.forceResolve`). The self-signed certificate is made per run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageBody, pageFor, type ServedPage } from './pages';

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'profile-coach-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=www.linkedin.com',
        '-addext',
        'subjectAltName=DNS:www.linkedin.com,DNS:x.com,DNS:twitter.com',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (error) {
    throw new Error(`Could not make a test certificate with openssl (apt-get install -y openssl): ${error}`, {
      cause: error,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startFixtureServer(pages: readonly ServedPage[], port = 443): Promise<FixtureServer> {
  const server: Server = createServer(selfSignedCertificate(), (request, response) => {
    const page = pageFor(pages, `https://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageBody(page));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new Error(`Could not listen on port ${port} (the Firefox tests need root or a free port 443): ${error}`)),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
