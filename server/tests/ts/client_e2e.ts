// The generated TypeScript clients against a running dotdo server, run by
// server/tests/typescript_client.rs after `tsc --strict`.
//
// Usage: node client_e2e.js <baseUrl> <instance> dev
//        node client_e2e.js <baseUrl> <instance> auth <token>
//
// `dev` expects a server without a config, where anonymous callers have every grant. `auth`
// expects a config where <token> has the grant `counter:*` and anonymous callers have none. The program
// prints one line per passed check and exits 0, or prints the failed check and exits 1.

import WebSocket from "ws";

import { CounterClient, DotdoError, isDotdoError } from "./counter/index.js";
import type { counter } from "./counter/index.js";
import { DoClient, DoErrorStatus } from "./do/do.js";
import type { DoErrorCode } from "./do/do.js";
import * as doRuntime from "./do/client.js";

/** How long a subscription may take to deliver the events a check waits for. */
const EVENT_TIMEOUT_MS = 10_000;

class CheckFailed extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new CheckFailed(message);
  }
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

/** Runs `call`, which must fail, and returns its error. Any error but an `errorClass` fails the check. */
async function expectError<ErrorClass>(
  description: string,
  errorClass: new (...args: never[]) => ErrorClass,
  call: () => Promise<unknown>,
): Promise<ErrorClass> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    check(error instanceof errorClass, `${description}: threw ${String(error)}, not a DotdoError`);
    return error;
  }
  throw new CheckFailed(`${description}: succeeded with ${show(result)} instead of failing`);
}

function details(error: { details: unknown }): Record<string, unknown> {
  const value = error.details;
  check(typeof value === "object" && value !== null, `the error has no details object: ${show(value)}`);
  return value as Record<string, unknown>;
}

/**
 * Subscribes from `from` and resolves with the first `count` events, or rejects after
 * EVENT_TIMEOUT_MS. `afterEvent` runs after each event arrives, so a check can cause the next one.
 */
function collectEvents(
  client: CounterClient,
  from: number,
  count: number,
  afterEvent: (received: counter.CounterEvent[]) => Promise<void>,
): Promise<counter.CounterEvent[]> {
  return new Promise((resolve, reject) => {
    const received: counter.CounterEvent[] = [];
    const timer = setTimeout(() => {
      subscription.close();
      reject(new CheckFailed(`subscribe from ${from}: got ${show(received)} within ${EVENT_TIMEOUT_MS} ms, expected ${count} events`));
    }, EVENT_TIMEOUT_MS);
    const fail = (error: unknown): void => {
      clearTimeout(timer);
      subscription.close();
      reject(error instanceof Error ? error : new Error(String(error)));
    };

    const subscription = client.$subscribe(
      from,
      (event) => {
        received.push(event);
        if (received.length === count) {
          clearTimeout(timer);
          subscription.close();
          resolve(received);
          return;
        }
        afterEvent(received).catch(fail);
      },
      { onError: fail },
    );
  });
}

async function development(baseUrl: string, instance: string): Promise<void> {
  const options = { baseUrl, WebSocket };
  const counterClient = new CounterClient(options, instance);

  // A call with a typed result.
  const first: counter.IncrementResult = await counterClient.increment({ by: 2 });
  check(first === 2, `increment({ by: 2 }) returned ${show(first)}, expected 2`);
  const second = await counterClient.increment();
  check(second === 3, `increment() returned ${show(second)}, expected 3`);
  const value: number = await counterClient.get();
  check(value === 3, `get() returned ${show(value)}, expected 3`);
  const history: counter.Change[] = await counterClient.history({ afterSeq: 1 });
  check(history.length === 1, `history({ afterSeq: 1 }) returned ${show(history)}`);
  const [change] = history;
  check(change !== undefined && change.seq === 2 && change.delta === 1 && change.value === 3, `history entry ${show(change)}`);
  check(typeof change.changedAt === "number" && change.changedAt > 0, `changedAt is ${show(change.changedAt)}`);
  console.log("ok: increment, get and history return typed results");

  // A parameter of the wrong type, as a JavaScript caller could send it.
  const wrongType = { by: "two" } as unknown as counter.IncrementParams;
  const validation = await expectError("increment({ by: \"two\" })", DotdoError, () => counterClient.increment(wrongType));
  check(validation.code === "VALIDATION_ERROR", `code is ${validation.code}, expected VALIDATION_ERROR`);
  check(validation.status === 400, `status is ${validation.status}, expected 400`);
  check(details(validation)["field"] === "by", `details.field is ${show(details(validation)["field"])}, expected "by"`);
  check(isDotdoError(validation, "VALIDATION_ERROR"), "isDotdoError(error, \"VALIDATION_ERROR\") is false");
  check(!isDotdoError(validation, "NOT_FOUND"), "isDotdoError(error, \"NOT_FOUND\") is true");
  console.log("ok: a wrong parameter type is a DotdoError VALIDATION_ERROR naming the field");

  // A code the base object's spec declares.
  const doClient = new DoClient(options, instance);
  const appended = await doClient.appendEvent({ stream: "orders", eventType: "placed", payload: { total: 5 }, expectedVersion: 0 });
  check(appended.stream === "orders" && appended.version === 1, `appendEvent returned ${show(appended)}`);
  const conflict = await expectError("appendEvent with a stale expectedVersion", doRuntime.DotdoError, () =>
    doClient.appendEvent({ stream: "orders", eventType: "placed", payload: {}, expectedVersion: 0 }),
  );
  const declared: DoErrorCode = "WRONG_EXPECTED_VERSION";
  check(conflict.code === declared, `code is ${conflict.code}, expected ${declared}`);
  check(conflict.status === DoErrorStatus[declared], `status is ${conflict.status}, expected ${DoErrorStatus[declared]}`);
  check(details(conflict)["currentVersion"] === 1, `details are ${show(conflict.details)}, expected currentVersion 1`);
  const missing = await expectError("docGet of a missing document", doRuntime.DotdoError, () =>
    doClient.docGet({ collection: "users", id: "nobody" }),
  );
  check(missing.code === "NOT_FOUND" && missing.status === 404, `docGet: ${missing.code} ${missing.status}`);
  console.log("ok: declared and built-in error codes arrive as DotdoError with their status and details");

  await doClient.kvSet({ key: "greeting", value: { text: "hello" } });
  const stored = await doClient.kvGet({ key: "greeting" });
  check(show(stored) === show({ text: "hello" }), `kvGet returned ${show(stored)}`);
  console.log("ok: kvSet and kvGet round-trip a JSON value");

  // Events: seq 1 and 2 were stored before the subscription and are replayed; seq 3 is made
  // after the replay arrived and is delivered live.
  const events = await collectEvents(counterClient, 0, 3, async (received) => {
    if (received.length === 2) {
      await counterClient.increment({ by: 10 });
    }
  });
  const summary = events.map((event) => [event.seq, event.name, event.payload.value, event.payload.delta]);
  const expected = [
    [1, "counter.changed", 2, 2],
    [2, "counter.changed", 3, 1],
    [3, "counter.changed", 13, 10],
  ];
  check(show(summary) === show(expected), `events ${show(summary)}, expected ${show(expected)}`);
  console.log("ok: $subscribe from 0 replays stored events, then delivers new ones");

  // A client that reconnects resumes after the last seq it saw, without duplicates.
  await counterClient.reset();
  const resumed = await collectEvents(counterClient, 2, 2, async () => {});
  const seqs = resumed.map((event) => event.seq);
  check(show(seqs) === show([3, 4]), `resumed from 2 with seqs ${show(seqs)}, expected [3,4]`);
  const last = resumed[1];
  check(last !== undefined && last.payload.value === 0 && last.payload.delta === -13, `reset event ${show(last)}`);
  console.log("ok: $subscribe from 2 resumes at seq 3");
}

async function withToken(baseUrl: string, instance: string, token: string): Promise<void> {
  const anonymous = new CounterClient({ baseUrl }, instance);
  const unauthenticated = await expectError("increment without a token", DotdoError, () => anonymous.increment());
  check(unauthenticated.code === "UNAUTHENTICATED", `code is ${unauthenticated.code}, expected UNAUTHENTICATED`);
  check(unauthenticated.status === 401, `status is ${unauthenticated.status}, expected 401`);

  const wrong = new CounterClient({ baseUrl, token: `${token}-wrong` }, instance);
  const invalid = await expectError("increment with an invalid token", DotdoError, () => wrong.increment());
  check(invalid.code === "UNAUTHENTICATED" && invalid.status === 401, `invalid token: ${invalid.code} ${invalid.status}`);
  console.log("ok: no token and an invalid token are DotdoError UNAUTHENTICATED 401");

  const authorized = new CounterClient({ baseUrl, token }, instance);
  const value = await authorized.increment({ by: 4 });
  check(value === 4, `increment with the token returned ${show(value)}, expected 4`);
  const perRequest = new CounterClient({ baseUrl, token: async () => token }, instance);
  const read = await perRequest.get();
  check(read === 4, `get with a token function returned ${show(read)}, expected 4`);
  console.log("ok: the token option authorizes calls, as a string or a function");

  const doClient = new DoClient({ baseUrl, token }, instance);
  const forbidden = await expectError("kvGet without the kv:read grant", doRuntime.DotdoError, () => doClient.kvGet({ key: "k" }));
  check(forbidden.code === "FORBIDDEN" && forbidden.status === 403, `kvGet: ${forbidden.code} ${forbidden.status}`);
  console.log("ok: a token without the method's grant is DotdoError FORBIDDEN 403");
}

async function main(): Promise<void> {
  const [baseUrl, instance, mode, token] = process.argv.slice(2);
  if (baseUrl === undefined || instance === undefined) {
    throw new CheckFailed("usage: node client_e2e.js <baseUrl> <instance> dev|auth [token]");
  }
  if (mode === "dev") {
    await development(baseUrl, instance);
  } else if (mode === "auth" && token !== undefined) {
    await withToken(baseUrl, instance, token);
  } else {
    throw new CheckFailed(`unknown mode ${show(mode)}: use dev, or auth with a token`);
  }
  console.log("typescript client checks passed");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const text = error instanceof CheckFailed ? `check failed: ${error.message}` : `error: ${error instanceof Error ? error.stack : String(error)}`;
    console.error(text);
    process.exit(1);
  },
);
