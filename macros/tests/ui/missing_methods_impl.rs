use macros::durable_object;

#[durable_object(spec = "do")]
pub struct Base;

fn main() {}
