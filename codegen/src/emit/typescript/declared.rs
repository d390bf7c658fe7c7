//! The names one TypeScript module declares, so that a spec name and a generated name
//! (`PlaceOrderParams`, `ShopClient`) never collide silently.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Object;

pub struct Declared<'a> {
    object: &'a Object,
    /// Name -> the key path of the spec item that declares it.
    names: BTreeMap<String, String>,
    diagnostics: Diagnostics,
}

impl<'a> Declared<'a> {
    pub fn new(object: &'a Object) -> Self {
        Declared { object, names: BTreeMap::new(), diagnostics: Diagnostics::default() }
    }

    /// Records that the item at `path` declares `name`; reports it when another item declared it first.
    pub fn add(&mut self, name: &str, path: &str) {
        let Some(first) = self.names.get(name) else {
            self.names.insert(name.to_string(), path.to_string());
            return;
        };
        let message = format!(
            "the TypeScript module of `{}` would declare `{name}` twice: for `{first}` and for `{path}`",
            self.object.name
        );
        let help = "rename one of the two; the generator names a method's types `<Method>Params` and \
                    `<Method>Result`, an event's payload `<NounVerb>Payload`, an enum's values `<Enum>Values`, \
                    and the client `<Object>Client`";
        self.diagnostics.push(Diagnostic::new(&self.object.file, path, message).with_help(help));
    }

    pub fn finish(self) -> Result<(), Diagnostics> {
        self.diagnostics.into_result(())
    }
}
