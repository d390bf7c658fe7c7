// Must NOT compile: a call with a parameter of the wrong type.

import { ShopClient } from "./ts/index.js";

export async function wrong(client: ShopClient): Promise<void> {
  await client.refund({ orderId: "o1", amountCents: "five" });
}
