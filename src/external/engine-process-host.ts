/** What engine-process.ts hands the host thread. */
export interface HostData {
  command: string[];
  cwd: string;
  /** The host counts its messages here and wakes the caller blocked in Atomics.wait on index 0. */
  signal: Int32Array;
  port: import("node:worker_threads").MessagePort;
  /** How many characters of the program's standard error to keep for messages. */
  stderrLimit: number;
}

/** From the caller: one line to send (answered by one line), a kill after a bad answer, or the end. */
export type HostRequest =
  | { type: "request"; seq: number; line: string; timeoutMs: number }
  | { type: "kill" }
  | { type: "shutdown"; seq: number; graceMs: number };

/** To the caller, each followed by a wake-up on the signal. */
export type HostMessage =
  | { type: "reply"; seq: number; line: string; pid: number }
  | {
      type: "failure";
      seq: number;
      /** spawn: could not start; exit: ended before answering; timeout: killed after timeoutMs. */
      kind: "spawn" | "exit" | "timeout";
      message: string;
      stderrTail: string;
    }
  | { type: "closed"; seq: number };

/**
 * The worker-thread side of engine-process.ts: it owns one engine program, started on the first request
 * (and again after a failure), writes each request line to its standard input, and hands the first
 * line it writes back, or the failure: the program could not start, ended (with its standard error's
 * tail) or overran the timeout (then it is killed). Output when no request is waiting breaks the
 * one-answer-per-request rule, so the program is killed. Its source is run as text in the worker
 * (`new Worker(code, { eval: true })`), so it uses only globals: Node's modules come from
 * process.getBuiltinModule.
 */
export function engineProcessHost(): void {
  const { workerData } = process.getBuiltinModule("node:worker_threads");
  const { spawn } = process.getBuiltinModule("node:child_process");
  const { command, cwd, signal, port, stderrLimit } = workerData as HostData;
  type Running = { child: ReturnType<typeof spawn>; stdout: string; stderrTail: string };
  let running: Running | undefined;
  let pending: { seq: number; timer: ReturnType<typeof setTimeout> } | undefined;

  const send = (message: HostMessage) => {
    port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  const fail = (seq: number, kind: "spawn" | "exit" | "timeout", message: string, stderrTail: string) => {
    if (pending?.seq !== seq) return;
    clearTimeout(pending.timer);
    pending = undefined;
    send({ type: "failure", seq, kind, message, stderrTail });
  };
  const stop = () => {
    const child = running?.child;
    running = undefined;
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };

  const start = (): Running => {
    const child = spawn(command[0], command.slice(1), { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const self: Running = { child, stdout: "", stderrTail: "" };
    child.stdin!.on("error", () => {}); // a write to a program that has ended: its exit reports it
    child.stdout!.setEncoding("utf8");
    child.stderr!.setEncoding("utf8");
    child.stdout!.on("data", (chunk: string) => {
      if (running !== self) return;
      self.stdout += chunk;
      for (let end = self.stdout.indexOf("\n"); end >= 0; end = self.stdout.indexOf("\n")) {
        const line = self.stdout.slice(0, end);
        self.stdout = self.stdout.slice(end + 1);
        if (line.trim() === "") continue;
        if (!pending) {
          stop(); // an answer nobody asked for: the stream can no longer be trusted
          return;
        }
        clearTimeout(pending.timer);
        const { seq } = pending;
        pending = undefined;
        send({ type: "reply", seq, line, pid: child.pid ?? -1 });
      }
    });
    child.stderr!.on("data", (chunk: string) => {
      self.stderrTail = (self.stderrTail + chunk).slice(-stderrLimit);
    });
    child.on("error", (error: Error) => {
      if (running !== self) return;
      running = undefined;
      if (pending)
        fail(pending.seq, "spawn", `cannot start ${command[0]}: ${error.message}`, self.stderrTail);
    });
    child.on("exit", (code: number | null, exitSignal: string | null) => {
      if (running !== self) return;
      running = undefined;
      const seq = pending?.seq;
      if (seq === undefined) return;
      const how = exitSignal === null ? `exited with code ${code}` : `was killed by ${exitSignal}`;
      // the rest of its standard error arrives with 'close', or never when a grandchild holds the pipe
      const report = () => fail(seq, "exit", `the engine process ${how} before answering`, self.stderrTail);
      const late = setTimeout(report, 200);
      child.once("close", () => {
        clearTimeout(late);
        report();
      });
    });
    return self;
  };

  port.on("message", (request: HostRequest) => {
    if (request.type === "kill") {
      stop();
      return;
    }
    if (request.type === "shutdown") {
      const child = running?.child;
      running = undefined;
      const closed = () => {
        send({ type: "closed", seq: request.seq });
        port.close();
      };
      if (!child || child.exitCode !== null || child.signalCode !== null) {
        closed();
        return;
      }
      const force = setTimeout(() => child.kill("SIGKILL"), request.graceMs);
      child.once("exit", () => {
        clearTimeout(force);
        closed();
      });
      child.stdin!.end('{"jsonrpc":"2.0","method":"shutdown"}\n');
      return;
    }
    running ??= start();
    const current = running;
    const { seq, timeoutMs } = request;
    pending = {
      seq,
      timer: setTimeout(() => {
        if (running === current) stop();
        fail(
          seq,
          "timeout",
          `no answer within ${timeoutMs / 1000} s; the engine process was killed`,
          current.stderrTail,
        );
      }, timeoutMs),
    };
    current.child.stdin!.write(`${request.line}\n`);
  });
}
