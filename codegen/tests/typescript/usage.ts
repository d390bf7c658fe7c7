// Compiled with the fixture's generated modules by the TypeScript tests. Each
// `@ts-expect-error` line must be an error, so the generated types are checked, not `any`.

import { ShopClient, Transport, isDotdoError, shop, type FetchLike, type WebSocketConstructor } from "./ts/index.js";

// The DOM globals fit the runtime's injectable types.
const fetchFunction: FetchLike = fetch;
const webSocket: WebSocketConstructor = WebSocket;

export async function placeAndList(): Promise<number> {
  const transport = new Transport({ baseUrl: "http://127.0.0.1:8787", token: () => "t", fetch: fetchFunction, WebSocket: webSocket });
  const client = new ShopClient(transport, "acme");

  const summary: shop.OrderSummary = await client.placeOrder({
    customerId: "c1",
    lines: [{ orderId: "o1", lineNo: 1, sku: "sku-1", quantity: 2, unitCents: 150 }],
    shipTo: null,
    priority: "high",
  });
  const orders: shop.Order[] = await client.listOrders();
  const refunded: boolean = await client.refund({ orderId: summary.order.id, amountCents: 5 });
  const cancelled: null = await client.cancelOrder({ orderId: "o1" });
  void refunded;
  void cancelled;

  // @ts-expect-error customerId is a string
  await client.placeOrder({ customerId: 1, lines: [] });
  // @ts-expect-error lines is required
  await client.placeOrder({ customerId: "c1" });
  // @ts-expect-error the priority is one of the enum's values
  await client.placeOrder({ customerId: "c1", lines: [], priority: "urgent" });
  // @ts-expect-error exactOptionalPropertyTypes: an optional parameter is omitted or null, never undefined
  await client.listOrders({ limit: undefined });
  // @ts-expect-error the result of refund is a boolean
  const wrong: string = await client.refund({ orderId: "o1", amountCents: 5 });
  void wrong;
  // @ts-expect-error refund has no such method
  await client.refundAll();

  const statuses: readonly shop.Priority[] = shop.PriorityValues;
  void statuses;
  const notFound: number = shop.ShopErrorStatus.NOT_FOUND;
  void notFound;

  try {
    await client.getOrder({ orderId: "missing" });
  } catch (error) {
    if (isDotdoError(error, "NOT_FOUND", "OUT_OF_STOCK")) {
      const code: "NOT_FOUND" | "OUT_OF_STOCK" = error.code;
      void code;
    }
  }

  const subscription = client.$subscribe(0, (event) => {
    if (event.name === "order.placed") {
      const total: number = event.payload.totalCents;
      void total;
    }
    // @ts-expect-error note.added has no totalCents
    if (event.name === "note.added") void event.payload.totalCents;
  });
  subscription.close();

  return orders.length;
}
