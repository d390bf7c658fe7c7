// Runs the fixture's generated client, compiled to JavaScript in ./out, against a fake fetch and
// a fake WebSocket: the requests it sends, the results and errors it returns, and subscriptions.

import assert from "node:assert/strict";
import { DotdoError, ShopClient, isDotdoError } from "./out/ts/index.js";

/** A fetch that records each request and returns the next of `responses`. */
function fakeFetch(responses) {
  const requests = [];
  const fetch = async (url, init) => {
    requests.push({ url, init });
    const response = responses.shift();
    assert.ok(response, `unexpected request to ${url}`);
    const headers = response.headers ?? {};
    return {
      ok: response.status >= 200 && response.status < 300,
      status: response.status,
      statusText: response.statusText ?? "",
      headers: { get: (name) => headers[name.toLowerCase()] ?? null },
      text: async () => response.body,
    };
  };
  return { fetch, requests };
}

const summary = { order: { id: "o1" }, lines: [], totalCents: 300, shipTo: null, tags: [] };
const error = (code, message, details) => JSON.stringify({ error: { code, message, details } });
const { fetch, requests } = fakeFetch([
  { status: 200, body: JSON.stringify(summary) },
  { status: 200, body: "null" },
  { status: 409, body: error("OUT_OF_STOCK", "sku-1 has 1 unit left", { sku: "sku-1" }) },
  { status: 429, headers: { "retry-after": "3" }, body: error("RATE_LIMITED", "slow down") },
  { status: 502, statusText: "Bad Gateway", body: "<html>proxy error</html>" },
  { status: 200, body: "" },
]);

const client = new ShopClient({ baseUrl: "http://127.0.0.1:8787/", token: async () => "secret", fetch }, "acme shop");
assert.equal(client.$object, "shop");
assert.equal(client.$name, "acme shop");

// A call: the URL, verb, headers and JSON body, and the parsed result.
const placed = await client.placeOrder({ customerId: "c1", lines: [], priority: "high" });
assert.deepEqual(placed, summary);
assert.equal(requests[0].url, "http://127.0.0.1:8787/shop/acme%20shop/placeOrder");
assert.equal(requests[0].init.method, "POST");
assert.equal(requests[0].init.headers.authorization, "Bearer secret");
assert.equal(requests[0].init.headers["content-type"], "application/json");
assert.deepEqual(JSON.parse(requests[0].init.body), { customerId: "c1", lines: [], priority: "high" });

// A method without parameters sends an empty object.
assert.equal(await client.describe(), null);
assert.equal(requests[1].url, "http://127.0.0.1:8787/shop/acme%20shop/describe");
assert.equal(requests[1].init.body, "{}");

// A server error becomes a DotdoError with the code, status and details of the body.
await assert.rejects(client.placeOrder({ customerId: "c1", lines: [] }), (thrown) => {
  assert.ok(thrown instanceof DotdoError);
  assert.ok(thrown instanceof Error);
  assert.ok(isDotdoError(thrown, "OUT_OF_STOCK"));
  assert.ok(!isDotdoError(thrown, "NOT_FOUND"));
  assert.equal(thrown.name, "DotdoError");
  assert.equal(thrown.code, "OUT_OF_STOCK");
  assert.equal(thrown.status, 409);
  assert.equal(thrown.message, "sku-1 has 1 unit left");
  assert.deepEqual(thrown.details, { sku: "sku-1" });
  return true;
});

// Retry-After is read on any error.
await assert.rejects(client.refund({ orderId: "o1", amountCents: 1 }), (thrown) => {
  assert.equal(thrown.code, "RATE_LIMITED");
  assert.equal(thrown.retryAfter, 3);
  assert.equal(thrown.details, null);
  return true;
});

// A body that is not a dotdo error still becomes a DotdoError.
await assert.rejects(client.listOrders(), (thrown) => {
  assert.equal(thrown.code, "UNEXPECTED_RESPONSE");
  assert.equal(thrown.status, 502);
  assert.equal(thrown.message, "HTTP 502 Bad Gateway");
  return true;
});

// An empty 2xx body is null.
assert.equal(await client.cancelOrder({ orderId: "o1" }), null);

/** A WebSocket that records what is sent and lets the test deliver events. */
class FakeSocket {
  static last;
  constructor(url) {
    this.url = url;
    this.sent = [];
    this.listeners = {};
    this.closed = 0;
    FakeSocket.last = this;
  }
  addEventListener(type, listener) {
    (this.listeners[type] ??= []).push(listener);
  }
  send(data) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.closed += 1;
    this.emit("close", {});
  }
  emit(type, event) {
    for (const listener of this.listeners[type] ?? []) listener(event);
  }
}

const events = [];
const errors = [];
let closes = 0;
const subscriber = new ShopClient({ baseUrl: "https://example.test/api", fetch, WebSocket: FakeSocket }, "acme");
const subscription = subscriber.$subscribe(7, (event) => events.push(event), {
  onError: (failure) => errors.push(failure),
  onClose: () => {
    closes += 1;
  },
});
// The socket opens once the token is known, after the current task.
await new Promise((resolve) => setTimeout(resolve, 0));
const socket = FakeSocket.last;
assert.equal(socket.url, "wss://example.test/api/shop/acme/ws");

socket.emit("open", {});
assert.deepEqual(socket.sent, [{ type: "subscribe", from: 7 }]);

socket.emit("message", { data: JSON.stringify({ type: "event", seq: 8, name: "order.placed", payload: { orderId: "o1", totalCents: 300 } }) });
socket.emit("message", { data: JSON.stringify({ type: "subscribed" }) });
socket.emit("message", { data: "not json" });
socket.emit("message", { data: error("FORBIDDEN", "no grant") });
assert.deepEqual(events, [{ seq: 8, name: "order.placed", payload: { orderId: "o1", totalCents: 300 } }]);
assert.equal(errors.length, 1);
assert.equal(errors[0].code, "FORBIDDEN");
assert.equal(errors[0].status, 0);

subscription.close();
socket.emit("close", {});
assert.equal(socket.closed, 1);
assert.equal(closes, 1);

// A token travels as the `access_token` query parameter, also when a function returns it.
const withToken = new ShopClient(
  { baseUrl: "https://example.test/api", fetch, WebSocket: FakeSocket, token: async () => "t 1" },
  "acme",
);
withToken.$subscribe(0, () => {});
await new Promise((resolve) => setTimeout(resolve, 0));
assert.equal(FakeSocket.last.url, "wss://example.test/api/shop/acme/ws?access_token=t%201");

// Closing before the socket exists closes it as soon as it opens, and reports the close once.
let earlyCloses = 0;
const early = withToken.$subscribe(0, () => {}, { onClose: () => (earlyCloses += 1) });
early.close();
await new Promise((resolve) => setTimeout(resolve, 0));
assert.equal(FakeSocket.last.closed, 1);
assert.equal(earlyCloses, 1);

console.log("runtime checks passed");
