//! Applies an object's migrations to an in-memory SQLite database at generation time, the way
//! the runtime applies them. SQL that the spec breaks, such as a bad CHECK expression, is then
//! reported by the generator instead of when an object is activated.

use rusqlite::Connection;

use super::sql::split_statements;

/// Cloudflare Durable Object SQLite rejects statements of 100 KB or more.
pub const MAX_STATEMENT_BYTES: usize = 100 * 1000;

/// A statement that SQLite rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The migration file, relative to the output folder.
    pub file: String,
    pub statement: String,
    pub message: String,
}

/// Opens an empty database configured as the runtime configures it for migrations.
pub fn open() -> Result<Connection, Failure> {
    let failure =
        |error: rusqlite::Error| Failure { file: String::new(), statement: String::new(), message: error.to_string() };
    let connection = Connection::open_in_memory().map_err(failure)?;
    connection.execute_batch("PRAGMA foreign_keys = OFF;").map_err(failure)?;
    Ok(connection)
}

/// Runs one migration file in one transaction, statement by statement, and checks the foreign
/// keys before committing, as the runtime does.
pub fn apply(connection: &Connection, file: &str, text: &str) -> Result<(), Failure> {
    let failure = |statement: &str, error: rusqlite::Error| Failure {
        file: file.to_string(),
        statement: statement.to_string(),
        message: sqlite_message(&error),
    };
    connection.execute_batch("BEGIN").map_err(|error| failure("BEGIN", error))?;
    for statement in split_statements(text) {
        if let Err(error) = connection.execute_batch(&statement) {
            let _ = connection.execute_batch("ROLLBACK");
            return Err(failure(&statement, error));
        }
    }

    let violations = foreign_key_violations(connection).map_err(|error| failure("PRAGMA foreign_key_check", error))?;
    if let Some(violation) = violations.first() {
        let _ = connection.execute_batch("ROLLBACK");
        return Err(Failure {
            file: file.to_string(),
            statement: "PRAGMA foreign_key_check".to_string(),
            message: format!("a row of `{violation}` references a missing row"),
        });
    }
    connection.execute_batch("COMMIT").map_err(|error| failure("COMMIT", error))
}

/// SQLite's message without the statement text, which the diagnostic shows on its own.
fn sqlite_message(error: &rusqlite::Error) -> String {
    match error {
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        other => other.to_string(),
    }
}

/// Returns the tables that contain a row whose foreign key matches no parent row.
pub fn foreign_key_violations(connection: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut statement = connection.prepare("PRAGMA foreign_key_check")?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    rows.collect()
}

/// Describes every table from SQLite's own PRAGMAs: columns, primary key, defaults, foreign
/// keys, indexes and STRICT. Two databases with equal descriptions have the same schema, except
/// for CHECK expressions, which no PRAGMA reports.
pub fn describe(connection: &Connection) -> rusqlite::Result<String> {
    let mut text = String::new();
    let tables: Vec<(String, i64)> = {
        let mut statement = connection.prepare(
            "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };

    for (table, strict) in tables {
        text.push_str(&format!("table {table} strict={strict}\n"));
        let mut columns = connection
            .prepare("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid")?;
        let rows = columns.query_map([&table], |row| {
            let default: Option<String> = row.get(3)?;
            Ok(format!(
                "  column {} {} notnull={} default={} pk={}\n",
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, i64>(2)?,
                default.unwrap_or_else(|| "none".into()),
                row.get::<_, i64>(4)?
            ))
        })?;
        for row in rows {
            text.push_str(&row?);
        }

        let mut keys = connection.prepare(
            "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?1) ORDER BY id, seq",
        )?;
        let rows = keys.query_map([&table], |row| {
            Ok(format!(
                "  foreign key {} -> {}.{} on delete {}\n",
                row.get::<_, String>(1)?,
                row.get::<_, String>(0)?,
                row.get::<_, Option<String>>(2)?.unwrap_or_default(),
                row.get::<_, String>(3)?
            ))
        })?;
        for row in rows {
            text.push_str(&row?);
        }

        let mut indexes = Vec::new();
        let mut list = connection.prepare("SELECT name, \"unique\", origin FROM pragma_index_list(?1)")?;
        let rows = list.query_map([&table], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?, row.get::<_, String>(2)?))
        })?;
        for row in rows {
            let (name, unique, origin) = row?;
            let mut info = connection.prepare("SELECT name FROM pragma_index_info(?1) ORDER BY seqno")?;
            let columns: Vec<String> = info
                .query_map([&name], |row| row.get::<_, Option<String>>(0))?
                .map(|c| c.map(Option::unwrap_or_default))
                .collect::<rusqlite::Result<_>>()?;
            // Automatic indexes are named after the table and their position, which a rebuild changes.
            let label = if origin == "c" { name } else { format!("({origin})") };
            indexes.push(format!("  index {label} unique={unique} on {}\n", columns.join(", ")));
        }
        indexes.sort();
        indexes.iter().for_each(|index| text.push_str(index));
    }
    Ok(text)
}
