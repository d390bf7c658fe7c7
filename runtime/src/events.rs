//! The event log of an instance: `_dotdo_events`, numbered by `seq` without gaps or reuse.
//!
//! Events are appended in the transaction of the call that emits them, so a rolled-back call
//! leaves no event. Hosts deliver them to subscribers only after the commit, and a subscriber
//! resumes with [`read_after`] from the last `seq` it saw.
//!
//! NOTE: the log is never trimmed, so it grows with every event an instance emits.

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::params;
use crate::sql::{Row, Sql};

/// `AUTOINCREMENT` guarantees that a `seq` is never reused, even after the newest row is deleted.
pub(crate) const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS _dotdo_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    payload TEXT NOT NULL,
    at INTEGER NOT NULL
)";

/// One logged event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Position in the log, starting at 1.
    pub seq: i64,
    /// Declared event name, e.g. `incremented`.
    pub name: String,
    /// Event payload.
    pub payload: serde_json::Value,
    /// Time of the emitting call, in milliseconds since the Unix epoch.
    pub at: i64,
}

/// Appends an event and returns it with its sequence number.
pub fn append(sql: &dyn Sql, name: &str, payload: serde_json::Value, at_ms: i64) -> Result<Event> {
    let row = sql
        .query_row(
            "INSERT INTO _dotdo_events (name, payload, at) VALUES (?1, ?2, ?3) RETURNING seq",
            &params![name, payload, at_ms],
        )?
        .ok_or_else(|| crate::Error::internal("INSERT ... RETURNING seq returned no row"))?;

    Ok(Event {
        seq: row.get("seq")?,
        name: name.to_string(),
        payload,
        at: at_ms,
    })
}

/// Reads up to `limit` events with `seq` greater than `after_seq`, in order.
pub fn read_after(sql: &dyn Sql, after_seq: i64, limit: u32) -> Result<Vec<Event>> {
    let rows = sql.query(
        "SELECT seq, name, payload, at FROM _dotdo_events WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        &params![after_seq, limit],
    )?;
    rows.iter().map(event_from_row).collect()
}

/// Returns the newest sequence number, or 0 for an empty log.
pub fn last_seq(sql: &dyn Sql) -> Result<i64> {
    let row = sql.query_row(
        "SELECT coalesce(max(seq), 0) AS seq FROM _dotdo_events",
        &[],
    )?;
    match row {
        Some(row) => row.get("seq"),
        None => Ok(0),
    }
}

fn event_from_row(row: &Row) -> Result<Event> {
    Ok(Event {
        seq: row.get("seq")?,
        name: row.get("name")?,
        payload: row.get("payload")?,
        at: row.get("at")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::database::Database;
    use crate::sqlite::SqliteDb;
    use serde_json::json;

    fn log() -> SqliteDb {
        let db = SqliteDb::open_in_memory().unwrap();
        db.exec_batch(CREATE_TABLE).unwrap();
        db
    }

    fn seqs(events: &[Event]) -> Vec<i64> {
        events.iter().map(|event| event.seq).collect()
    }

    #[test]
    fn append_numbers_from_one() {
        let db = log();
        assert_eq!(append(&db, "a", json!({}), 0).unwrap().seq, 1);
        assert_eq!(append(&db, "b", json!({}), 0).unwrap().seq, 2);
        assert_eq!(last_seq(&db).unwrap(), 2);
    }

    #[test]
    fn read_after_resumes_without_gaps_or_duplicates() {
        let db = log();
        for index in 0..10 {
            append(&db, "tick", json!({ "index": index }), 0).unwrap();
        }

        let mut seen = Vec::new();
        let mut cursor = 0;
        loop {
            let page = read_after(&db, cursor, 3).unwrap();
            let Some(last) = page.last() else { break };
            cursor = last.seq;
            seen.extend(seqs(&page));
        }
        assert_eq!(seen, (1..=10).collect::<Vec<_>>());
    }

    #[test]
    fn rolled_back_event_leaves_no_gap() {
        let db = log();
        append(&db, "kept", json!(1), 0).unwrap();

        db.begin(true).unwrap();
        append(&db, "dropped", json!(2), 0).unwrap();
        db.rollback().unwrap();

        let next = append(&db, "next", json!(3), 0).unwrap();
        let events = read_after(&db, 0, 100).unwrap();
        assert_eq!(seqs(&events), vec![1, 2]);
        assert_eq!(next.seq, 2);
        assert_eq!(events[1].name, "next");
    }
}
