//! dotdo's code generator: YAML object specs -> SQL migrations, Rust, TypeScript, docs and schemas.
//!
//! The pipeline runs one way: [`load`] reads spec files, [`validate`] builds the [`model`], and
//! each emitter turns the model into files. No emitter reads YAML.

pub mod diagnostic;
pub mod load;
pub mod model;
pub mod names;
pub mod spec;
pub mod validate;
pub mod emit;
pub mod generate;
pub mod migrate;
pub mod scaffold;

pub use generate::Generator;
