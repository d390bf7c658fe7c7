//! State machines: states, the initial state, transitions and the enum column they describe.

use super::merge::Merged;
use super::named_types::check_snake_name;
use crate::diagnostic::Diagnostics;
use crate::model::{ColumnType, StateMachine, Table};

pub fn lower(merged: &Merged, tables: &[Table], diagnostics: &mut Diagnostics) -> Vec<StateMachine> {
    let mut machines = Vec::new();
    for item in &merged.state_machines {
        let path = item.path("state_machines");
        let source = item.source;
        let spec = item.spec;
        if !check_snake_name(item.name, "state machine", source, &path, diagnostics) {
            continue;
        }

        let states: Vec<String> = spec.transitions.keys().cloned().collect();
        let mut ok = true;
        if !states.contains(&spec.initial) {
            let message = format!("initial state `{}` is not a state", spec.initial);
            let help = format!("add `{}` to `transitions`, or use one of: {}", spec.initial, states.join(", "));
            diagnostics.push(source.diagnostic(&format!("{path}.initial"), message).with_help(help));
            ok = false;
        }
        for (from, targets) in &spec.transitions {
            for (index, target) in targets.iter().enumerate() {
                if !states.contains(target) {
                    let message = format!("transition `{from}` -> `{target}` names an unknown state");
                    let help = format!("add `{target}` as a key of `transitions` (map it to `[]` if terminal), or use one of: {}", states.join(", "));
                    diagnostics.push(source.diagnostic(&format!("{path}.transitions.{from}[{index}]"), message).with_help(help));
                    ok = false;
                }
            }
        }

        let column = match &spec.column {
            None => None,
            Some(text) => match check_column(text, &states, tables) {
                Ok(column) => Some(column),
                Err((message, help)) => {
                    diagnostics.push(source.diagnostic(&format!("{path}.column"), message).with_help(help));
                    ok = false;
                    None
                }
            },
        };

        if ok {
            machines.push(StateMachine {
                name: item.name.to_string(),
                description: spec.description.trim().to_string(),
                column,
                initial: spec.initial.clone(),
                states,
                transitions: spec.transitions.iter().map(|(from, to)| (from.clone(), to.clone())).collect(),
            });
        }
    }
    machines
}

/// Checks that `table.column` is an enum column whose values are exactly the states.
fn check_column(text: &str, states: &[String], tables: &[Table]) -> Result<(String, String), (String, String)> {
    let Some((table_name, column_name)) = text.split_once('.') else {
        return Err((format!("invalid column `{text}`"), "write `table.column`".to_string()));
    };
    let Some(table) = tables.iter().find(|table| table.name == table_name) else {
        return Err((format!("unknown table `{table_name}`"), "name a table of this object".to_string()));
    };
    let Some(column) = table.column(column_name) else {
        return Err((format!("unknown column `{column_name}` of `{table_name}`"), "name an enum column".to_string()));
    };
    let ColumnType::Enum { values, .. } = &column.ty else {
        return Err((format!("column `{text}` is not an enum"), "give the column an enum type whose values are the states".to_string()));
    };
    let mut sorted_values = values.clone();
    sorted_values.sort();
    let mut sorted_states = states.to_vec();
    sorted_states.sort();
    if sorted_values != sorted_states {
        return Err((
            format!("the states ({}) differ from the values of `{text}` ({})", states.join(", "), values.join(", ")),
            "list every enum value as a state in `transitions`, and no other".to_string(),
        ));
    }
    Ok((table_name.to_string(), column_name.to_string()))
}
