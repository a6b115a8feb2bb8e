import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { ExternalEngineSpec } from "../plugins/external-engine-spec.js";
import {
  engineProcessHost,
  type HostData,
  type HostMessage,
  type HostRequest,
} from "./engine-process-host.js";
import { ExternalEngineError } from "./external-engine-error.js";

/** Characters of the program's standard error quoted in messages. */
const STDERR_TAIL = 2000;
/** After this many failures (crash, timeout, bad output) the process is not started again. */
const MAX_FAILURES = 3;
/** How long a program may take to end after its input closes before it is killed. */
const SHUTDOWN_GRACE_MS = 1000;
/** Extra wait for the host thread beyond the request timeout (it reports the timeout itself). */
const HOST_MARGIN_MS = 5000;

/** Every open process of this thread, killed when the thread's process exits (a hung program ignores EOF). */
const open = new Set<EngineProcess>();
let exitHookInstalled = false;

/** Kills a program at once (at the exit of this process). */
function killProcess(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/**
 * One engine program (a child process speaking docs/external-engines.md), called synchronously: engine
 * capabilities are synchronous (properties, the runner and sweeps call them directly), so a worker thread
 * owns the child process (engine-process-host.ts) and `request` blocks in Atomics.wait until the host
 * posts the answer line and wakes it; the answer is then taken with receiveMessageOnPort. The program is
 * started on the first request, once per thread, and again only after a failure (at most MAX_FAILURES
 * times); `close` ends it, and so does the exit of the process.
 */
export class EngineProcess {
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private seq = 0;
  private failures: string[] = [];
  private pid: number | undefined;
  private closed = false;

  constructor(readonly spec: ExternalEngineSpec) {
    const { port1, port2 } = new MessageChannel();
    const data: HostData = {
      command: spec.command,
      cwd: spec.cwd,
      signal: this.signal,
      port: port2,
      stderrLimit: STDERR_TAIL,
    };
    const host = new Worker(`(${engineProcessHost.toString()})()`, {
      eval: true,
      workerData: data,
      transferList: [port2],
    });
    host.unref(); // the command ends when its work does; the exit hook below ends the program
    this.port = port1;
    open.add(this);
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.on("exit", () => {
        for (const engine of open) killProcess(engine.processId);
      });
    }
  }

  /** The program's process id while it runs (for tests and the exit hook). */
  get processId(): number | undefined {
    return this.pid;
  }

  /**
   * Sends one line and returns the line the program answers; an ExternalEngineError when it could not
   * start, ended, or did not answer within the spec's timeout (the message quotes its standard error;
   * the caller says which engine and request it was).
   */
  request(line: string): string {
    if (this.closed) throw new ExternalEngineError("the engine process was shut down");
    if (this.failures.length >= MAX_FAILURES) {
      throw new ExternalEngineError(
        `not started again after ${MAX_FAILURES} failures; the last: ${this.failures.at(-1)}`,
      );
    }
    const timeoutMs = this.spec.timeoutSeconds * 1000;
    const message = this.exchange({ type: "request", seq: ++this.seq, line, timeoutMs }, timeoutMs);
    if (message.type === "reply") {
      this.pid = message.pid;
      return message.line;
    }
    if (message.type !== "failure")
      throw new ExternalEngineError(`unexpected ${message.type} from the engine thread`);
    this.pid = undefined;
    const tail = message.stderrTail.trim();
    const text = `${message.message}${tail === "" ? "" : `; its standard error ends: ${tail}`}`;
    this.failures.push(text);
    throw new ExternalEngineError(text);
  }

  /**
   * Kills the program after an answer that breaks the protocol (the stream can no longer be trusted);
   * the next request starts it again. `reason` counts as one of its failures.
   */
  discard(reason: string): void {
    this.failures.push(reason);
    this.pid = undefined;
    this.port.postMessage({ type: "kill" } satisfies HostRequest);
  }

  /** Ends the program (shutdown notification, closed input, then SIGKILL after a grace period) and the thread. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    open.delete(this);
    const seq = ++this.seq;
    this.exchange({ type: "shutdown", seq, graceMs: SHUTDOWN_GRACE_MS }, SHUTDOWN_GRACE_MS);
    this.pid = undefined;
    this.port.close();
  }

  /** Posts a request to the host and blocks until its answer of the same seq arrives (or the margin passes). */
  private exchange(request: HostRequest & { seq: number }, waitMs: number): HostMessage {
    const deadline = Date.now() + waitMs + HOST_MARGIN_MS;
    let seen = Atomics.load(this.signal, 0);
    this.port.postMessage(request);
    for (;;) {
      let received = receiveMessageOnPort(this.port);
      while (received) {
        const message = received.message as HostMessage;
        if (message.seq === request.seq) return message; // older answers belong to abandoned requests
        received = receiveMessageOnPort(this.port);
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new ExternalEngineError("the thread that runs the engine process did not answer");
      }
      Atomics.wait(this.signal, 0, seen, remaining);
      seen = Atomics.load(this.signal, 0);
    }
  }
}
