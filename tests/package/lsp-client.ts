// A minimal Language Server Protocol client over stdio (JSON-RPC 2.0 with Content-Length
// framing, as the LSP specification describes), enough to drive a real editor server the way
// VS Code's YAML extension drives yaml-language-server.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly listeners: ((message: Message) => void)[] = [];
  private readonly settings: Record<string, unknown>;

  /** `settings` answers the server's workspace/configuration requests, section by section. */
  constructor(command: string, args: string[], settings: Record<string, unknown>) {
    this.settings = settings;
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    if (message.id !== undefined && message.method === 'workspace/configuration') {
      const items = (message.params as { items: { section?: string }[] }).items;
      this.send({ id: message.id, result: items.map((item) => (item.section ? (this.settings[item.section] ?? null) : this.settings)) });
      return;
    }
    // Other server requests (capability registration, progress): accept them.
    if (message.id !== undefined && message.method !== undefined) this.send({ id: message.id, result: null });
    for (const listener of this.listeners) listener(message);
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => (message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result as T)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next notification `method` whose params satisfy `accept`. */
  waitFor<T>(method: string, accept: (params: T) => boolean): Promise<T> {
    return new Promise((resolve) => {
      const listener = (message: Message) => {
        if (message.method === method && accept(message.params as T)) {
          this.listeners.splice(this.listeners.indexOf(listener), 1);
          resolve(message.params as T);
        }
      };
      this.listeners.push(listener);
    });
  }

  async close(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    this.child.kill();
  }
}
