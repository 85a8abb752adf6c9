import { createServer, connect, type Server, type Socket } from 'node:net';

// A TCP relay in front of a test server: cutting it is, for the laptops behind it, the server
// going away mid-sync (open connections reset, new ones refused), and opening it again on the
// same port brings the same server back, with its data and its users.

export interface TcpProxy {
  /** `http://127.0.0.1:<port>`: the address the laptops use. */
  url: string;
  /** Resets every open connection and stops listening. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  /**
   * Leaves every open connection open and silent for good, as a network does when a laptop
   * sleeps or a router forgets it: no reset, no data. New connections go through.
   */
  freezeOpenConnections(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  const pairs = new Set<[Socket, Socket]>();
  const relay = (client: Socket) => {
    const upstream = connect(Number(targetPort), hostname);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    for (const socket of pair) {
      sockets.add(socket);
      socket.on('close', () => {
        sockets.delete(socket);
        pairs.delete(pair);
      });
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  };
  let server: Server = createServer(relay);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const port = await listen(0);
  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${port}`,
    cut: stopListening,
    async restore() {
      server = createServer(relay);
      await listen(port);
    },
    freezeOpenConnections() {
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
      pairs.clear();
    },
    close: stopListening,
  };
}
