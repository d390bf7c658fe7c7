use macros::durable_object;

#[durable_object(spec = "do")]
pub enum Base {
    One,
}

fn main() {}
