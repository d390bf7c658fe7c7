use macros::durable_object;

#[durable_object(spec = "countre")]
pub struct Counter;

fn main() {}
