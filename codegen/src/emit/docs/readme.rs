//! The view of `docs/README.md`: the map of every object, as a Mermaid graph of `extends` edges
//! and a table linking each object's page.

use serde::Serialize;

use super::markdown::{self, code};
use super::mermaid::{self, Ids};
use crate::model::Project;

#[derive(Debug, Serialize)]
pub struct ReadmePage {
    pub objects: Vec<ObjectRow>,
    pub graph: Graph,
}

#[derive(Debug, Serialize)]
pub struct ObjectRow {
    /// A Markdown link to the object's page.
    pub link: String,
    pub class: String,
    pub extends: String,
    pub summary: String,
    pub tables: usize,
    pub methods: usize,
    pub events: usize,
}

#[derive(Debug, Serialize)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

#[derive(Debug, Serialize)]
pub struct Node {
    pub id: String,
    pub label: String,
}

/// `from` extends `to`.
#[derive(Debug, Serialize)]
pub struct Edge {
    pub from: String,
    pub to: String,
}

pub fn view(project: &Project) -> ReadmePage {
    let objects = project
        .objects
        .iter()
        .map(|object| ObjectRow {
            link: format!("[{0}]({0}.md)", object.name),
            class: code(&object.class),
            extends: object.extends.as_deref().map(|base| format!("[{base}]({base}.md)")).unwrap_or_default(),
            summary: markdown::cell(&markdown::summary(&object.description)),
            tables: object.tables.len(),
            methods: object.methods.len(),
            events: object.events.len(),
        })
        .collect();

    ReadmePage { objects, graph: graph(project) }
}

/// Node ids are the PascalCase class names, which no flowchart keyword (`end`, `graph`...)
/// matches and which never start with the lowercase `o` or `x` of circle and cross edges.
fn graph(project: &Project) -> Graph {
    let mut ids = Ids::default();
    let node_ids: Vec<(String, String)> =
        project.objects.iter().map(|object| (object.name.clone(), ids.fresh(&object.class))).collect();
    let id_of = |name: &str| node_ids.iter().find(|(object, _)| object == name).map(|(_, id)| id.clone());

    let nodes = node_ids.iter().map(|(name, id)| Node { id: id.clone(), label: mermaid::label(name) }).collect();
    let edges = project
        .objects
        .iter()
        .filter_map(|object| {
            let base = object.extends.as_deref()?;
            Some(Edge { from: id_of(&object.name)?, to: id_of(base)? })
        })
        .collect();
    Graph { nodes, edges }
}
