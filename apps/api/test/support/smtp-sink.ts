import { AddressInfo } from 'node:net';
import { simpleParser, ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server (smtp-server) on a free port that parses every message it receives
 * (mailparser). `stop()` and `start()` again on the same port simulate a mail server outage.
 */
export class SmtpSink {
  readonly received: ParsedMail[] = [];
  private server: SMTPServer | null = null;
  private waiters: { predicate: (m: ParsedMail) => boolean; resolve: (m: ParsedMail) => void }[] = [];
  port = 0;
  /** Wait this long before answering 250 (a slow mail server): a client killed meanwhile delivered nothing. */
  delayMs = 0;
  /** Clients connected right now. */
  readonly open = new Set<string>();

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onConnect: (session, callback) => {
        this.open.add(session.id);
        callback();
      },
      onClose: (session) => {
        this.open.delete(session.id);
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (mail) => {
            if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
            if (!this.open.has(session.id)) {
              callback(new Error('client gone before the answer'));
              return; // never acknowledged, so not delivered
            }
            this.received.push(mail);
            for (const w of [...this.waiters]) {
              if (w.predicate(mail)) {
                this.waiters.splice(this.waiters.indexOf(w), 1);
                w.resolve(mail);
              }
            }
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The first mail (already received or arriving within `timeoutMs`) to `to`. */
  waitFor(to: string, timeoutMs = 20_000, predicate: (m: ParsedMail) => boolean = () => true): Promise<ParsedMail> {
    const match = (m: ParsedMail) => recipients(m).includes(to.toLowerCase()) && predicate(m);
    const found = this.received.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = { predicate: match, resolve: (m: ParsedMail) => (clearTimeout(timer), resolve(m)) };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`No mail to ${to} within ${timeoutMs} ms (received: ${this.received.map((m) => recipients(m).join(',')).join('; ') || 'none'})`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((m) => recipients(m).includes(address.toLowerCase()));
  }
}

export function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

/** The first http(s) link of a mail's plain text. */
export function linkIn(mail: ParsedMail): URL {
  const match = /https?:\/\/\S+/.exec(mail.text ?? '');
  if (!match) throw new Error(`No link in mail "${mail.subject}"`);
  return new URL(match[0]);
}
