//! The view of one object's page, `docs/<object>.md`.
//!
//! Heading anchors are assigned here in the order the template writes the headings, so links
//! inside the page match the anchors GitHub generates. A template that reorders headings keeps
//! working links unless two headings share a name.

use std::collections::BTreeMap;

use serde::Serialize;

use super::access::{self, ErrorRow, PermissionRow, RoleRow};
use super::er::{self, ErDiagram};
use super::links::Links;
use super::markdown::{self, code, Anchors};
use super::methods::{self, MethodView};
use super::states::{self, StateMachineView};
use super::tables::{self, TableView};
use super::types::{field_rows, named_type_view, FieldRow, NamedTypeView};
use crate::model::{Object, Origin, Project};

#[derive(Debug, Serialize)]
pub struct ObjectPage {
    pub name: String,
    pub class: String,
    pub description: String,
    pub spec_file: String,
    /// A Markdown link to the base object's page.
    pub extends: Option<String>,
    /// Markdown links to the pages of the objects that extend this one.
    pub extended_by: Vec<String>,
    /// `/<object>/{name}`, the URL of an instance.
    pub base_url: String,
    /// Markdown links to the sections present on the page.
    pub contents: Vec<String>,
    pub er_diagram: ErDiagram,
    pub tables: Vec<TableView>,
    pub methods: Vec<MethodView>,
    pub events: Vec<EventView>,
    pub types: Vec<NamedTypeView>,
    pub state_machines: Vec<StateMachineView>,
    pub permissions: Vec<PermissionRow>,
    pub roles: Vec<RoleRow>,
    pub errors: Vec<ErrorRow>,
}

#[derive(Debug, Serialize)]
pub struct EventView {
    pub name: String,
    pub anchor: String,
    pub description: String,
    pub inherited_from: Option<String>,
    pub payload: Vec<FieldRow>,
}

/// A `##` section of the page and the names of its `###` headings.
struct Section<'a> {
    heading: &'static str,
    present: bool,
    items: Vec<&'a str>,
}

pub fn view(project: &Project, object: &Object) -> ObjectPage {
    let mut anchors = Anchors::default();
    anchors.add(&object.name);

    let mut contents = Vec::new();
    let mut item_anchors: BTreeMap<(&str, &str), String> = BTreeMap::new();
    for section in sections(object) {
        if !section.present {
            continue;
        }
        contents.push(format!("[{}](#{})", section.heading, anchors.add(section.heading)));
        for name in section.items {
            item_anchors.insert((section.heading, name), anchors.add(name));
        }
    }
    let anchor = |section: &str, name: &str| item_anchors.get(&(section, name)).cloned().unwrap_or_default();

    let mut links = Links::default();
    for table in &object.tables {
        links.add_table(&table.name, &table.row, &anchor("Tables", &table.name));
    }
    for named in &object.types {
        links.add_type(&named.name, &anchor("Types", &named.name));
    }

    let tables = object
        .tables
        .iter()
        .map(|table| {
            let inherited = inherited_from(project, object, table.origin, |base| base.table(&table.name).map(|own| own.origin));
            tables::view(table, anchor("Tables", &table.name), inherited, &links)
        })
        .collect();

    let methods = object
        .methods
        .iter()
        .map(|method| {
            let inherited = inherited_from(project, object, method.origin, |base| {
                base.methods.iter().find(|own| own.name == method.name).map(|own| own.origin)
            });
            methods::view(object, method, anchor("Methods", &method.name), inherited, &links)
        })
        .collect();

    let events = object
        .events
        .iter()
        .map(|event| EventView {
            name: event.name.clone(),
            anchor: anchor("Events", &event.name),
            description: markdown::paragraph(&event.description),
            inherited_from: inherited_from(project, object, event.origin, |base| {
                base.events.iter().find(|own| own.name == event.name).map(|own| own.origin)
            }),
            payload: field_rows(&event.payload, &links),
        })
        .collect();

    let method_anchor = |name: &str| anchor("Methods", name);

    ObjectPage {
        name: object.name.clone(),
        class: code(&object.class),
        description: markdown::paragraph(&object.description),
        spec_file: code(&spec_file_name(object)),
        extends: object.extends.as_deref().map(page_link),
        extended_by: project
            .objects
            .iter()
            .filter(|other| other.extends.as_deref() == Some(object.name.as_str()))
            .map(|other| page_link(&other.name))
            .collect(),
        base_url: code(&format!("/{}/{{name}}", object.name)),
        contents,
        er_diagram: er::diagram(&object.tables),
        tables,
        methods,
        events,
        types: object.types.iter().map(|named| named_type_view(named, anchor("Types", &named.name), &links)).collect(),
        state_machines: object
            .state_machines
            .iter()
            .map(|machine| states::view(machine, anchor("State machines", &machine.name)))
            .collect(),
        permissions: access::permissions(object, &method_anchor),
        roles: access::roles(object),
        errors: access::errors(object, &method_anchor),
    }
}

/// Returns the sections of a page in the order the template writes them.
fn sections(object: &Object) -> Vec<Section<'_>> {
    fn with_items<'a>(heading: &'static str, items: Vec<&'a str>) -> Section<'a> {
        Section { heading, present: !items.is_empty(), items }
    }
    fn without_items(heading: &'static str, present: bool) -> Section<'static> {
        Section { heading, present, items: Vec::new() }
    }

    vec![
        with_items("Tables", object.tables.iter().map(|table| table.name.as_str()).collect()),
        with_items("Methods", object.methods.iter().map(|method| method.name.as_str()).collect()),
        with_items("Events", object.events.iter().map(|event| event.name.as_str()).collect()),
        with_items("Types", object.types.iter().map(|named| named.name.as_str()).collect()),
        with_items("State machines", object.state_machines.iter().map(|machine| machine.name.as_str()).collect()),
        without_items("Permissions", !object.permissions.is_empty()),
        without_items("Roles", !object.roles.is_empty()),
        without_items("Errors", !object.errors.is_empty()),
    ]
}

/// Returns a link to the page of the object that declared an inherited item: the nearest object
/// up the `extends` chain where `origin_in` finds the item as its own.
fn inherited_from(
    project: &Project,
    object: &Object,
    origin: Origin,
    origin_in: impl Fn(&Object) -> Option<Origin>,
) -> Option<String> {
    if origin == Origin::Own {
        return None;
    }
    let mut current = object.extends.as_deref();
    let mut visited = 0;
    while let Some(name) = current {
        let base = project.object(name)?;
        if origin_in(base) == Some(Origin::Own) {
            return Some(page_link(&base.name));
        }
        current = base.extends.as_deref();
        // Validation rejects cycles; the bound keeps a malformed model from looping.
        visited += 1;
        if visited > project.objects.len() {
            return None;
        }
    }
    None
}

fn page_link(object: &str) -> String {
    format!("[{object}]({object}.md)")
}

fn spec_file_name(object: &Object) -> String {
    match object.file.file_name() {
        Some(name) => name.to_string_lossy().into_owned(),
        None => format!("{}.yaml", object.name),
    }
}
