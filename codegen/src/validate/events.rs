//! Events: `noun.verb` names and typed payloads.

use super::merge::Merged;
use super::named_types::lower_fields;
use super::scope::Scope;
use crate::diagnostic::Diagnostics;
use crate::model::Event;
use crate::names::is_snake_case;

pub fn lower(merged: &Merged, scope: &Scope, diagnostics: &mut Diagnostics) -> Vec<Event> {
    let mut events = Vec::new();
    for item in &merged.events {
        let path = item.path("events");
        let segments: Vec<&str> = item.name.split('.').collect();
        if segments.len() != 2 || !segments.iter().all(|segment| is_snake_case(segment)) {
            let message = format!("invalid event name `{}`", item.name);
            let help = "write `noun.verb` in snake_case, such as `round.closed`";
            diagnostics.push(item.source.diagnostic(&path, message).with_help(help));
            continue;
        }
        let payload = lower_fields(item.spec.payload.iter(), scope, item.source, &format!("{path}.payload"), diagnostics);
        events.push(Event {
            name: item.name.to_string(),
            description: item.spec.description.trim().to_string(),
            payload,
            origin: item.origin,
        });
    }
    events
}
