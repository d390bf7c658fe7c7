use macros::durable_object;

#[durable_object]
pub struct Inventory;

fn main() {}
