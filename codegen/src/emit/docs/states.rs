//! The Mermaid `stateDiagram-v2` of a state machine: `[*]` into the initial state, one edge per
//! transition, and an edge out to `[*]` from every terminal state.

use serde::Serialize;

use super::markdown;
use super::mermaid::{self, Ids};
use crate::model::StateMachine;

#[derive(Debug, Serialize)]
pub struct StateMachineView {
    pub name: String,
    pub anchor: String,
    pub description: String,
    /// `` `orders.status` `` when the machine describes an enum column.
    pub column: Option<String>,
    pub initial: String,
    /// Code spans of the states with no outgoing transition.
    pub terminals: Vec<String>,
    pub diagram: StateDiagram,
}

#[derive(Debug, Serialize)]
pub struct StateDiagram {
    /// States whose names cannot be bare ids, declared as `state "label" as id`.
    pub declarations: Vec<Declaration>,
    pub initial: String,
    pub transitions: Vec<Transition>,
    pub terminals: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Declaration {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct Transition {
    pub from: String,
    pub to: String,
}

pub fn view(machine: &StateMachine, anchor: String) -> StateMachineView {
    let terminal_states: Vec<&String> = machine
        .transitions
        .iter()
        .filter(|(_, targets)| targets.is_empty())
        .map(|(state, _)| state)
        .collect();

    StateMachineView {
        name: machine.name.clone(),
        anchor,
        description: markdown::paragraph(&machine.description),
        column: machine.column.as_ref().map(|(table, column)| markdown::code(&format!("{table}.{column}"))),
        initial: markdown::code(&machine.initial),
        terminals: terminal_states.iter().map(|state| markdown::code(state)).collect(),
        diagram: diagram(machine),
    }
}

fn diagram(machine: &StateMachine) -> StateDiagram {
    let mut ids = Ids::default();
    for state in &machine.states {
        if mermaid::is_plain_state(state) {
            ids.reserve(state);
        }
    }

    let mut declarations = Vec::new();
    let mut id_of = std::collections::BTreeMap::new();
    for state in &machine.states {
        let id = if mermaid::is_plain_state(state) {
            state.clone()
        } else {
            let id = ids.fresh(&format!("state_{}", sanitize(state)));
            declarations.push(Declaration { id: id.clone(), label: mermaid::label(state) });
            id
        };
        id_of.insert(state.clone(), id);
    }
    let id = |state: &String| id_of.get(state).cloned().unwrap_or_else(|| state.clone());

    let mut transitions = Vec::new();
    let mut terminals = Vec::new();
    for (from, targets) in &machine.transitions {
        for to in targets {
            transitions.push(Transition { from: id(from), to: id(to) });
        }
        if targets.is_empty() {
            terminals.push(id(from));
        }
    }
    StateDiagram { declarations, initial: id(&machine.initial), transitions, terminals }
}

/// Lowercases a state name and replaces each character other than an ASCII letter or digit with
/// `_`, for use in an id.
fn sanitize(state: &str) -> String {
    state.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect()
}
