use macros::durable_object;

#[durable_object(specs = "do")]
pub struct Base;

fn main() {}
