import type { Response } from 'superagent';

/** A supertest parser that collects a binary response body (PDF, DOCX, ZIP) as a Buffer: `.buffer(true).parse(binaryBody)`. */
export function binaryBody(res: Response, callback: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}
