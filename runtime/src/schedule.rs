//! The persisted schedule of an instance: `_dotdo_schedule`, one row per task key, multiplexed onto
//! the single alarm an instance has ([`next_alarm`] is the earliest `next_at`).
//!
//! A task is a declared method name plus JSON params. Scheduling a key that exists replaces that
//! task, so scheduling is idempotent by key. The host runs each due task as a normal call and, in
//! the same transaction, calls [`complete`], so a task's writes and its removal or re-arming commit
//! together. Delivery is at least once: a crash between the alarm and the commit runs it again.
//! Times are milliseconds since the Unix epoch; cron expressions are evaluated in UTC.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use croner::Cron;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::params;
use crate::sql::{Row, Sql};

pub(crate) const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS _dotdo_schedule (
    key TEXT PRIMARY KEY,
    method TEXT NOT NULL,
    params TEXT NOT NULL,
    kind TEXT NOT NULL,
    interval_ms INTEGER,
    cron TEXT,
    next_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS _dotdo_schedule_next_at ON _dotdo_schedule (next_at);";

/// Failed runs of one occurrence before it is dropped (one-shot) or skipped (recurring).
pub const MAX_ATTEMPTS: u32 = 10;

/// Upper bound of the retry delay after a failed run: 5 minutes.
const MAX_RETRY_DELAY_MS: i64 = 300_000;

/// When a task runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Schedule {
    /// Once, at a time (also used for "after a delay").
    At {
        /// Due time in milliseconds since the Unix epoch.
        at_ms: i64,
    },
    /// Repeatedly, every interval, first one interval from now.
    Every {
        /// Interval in milliseconds, greater than 0.
        interval_ms: i64,
    },
    /// At each match of a cron expression (5 fields, or 6 with seconds), in UTC.
    Cron {
        /// The expression, e.g. `0 */5 * * * *`.
        expression: String,
    },
}

/// One scheduled task as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Task {
    /// Idempotency key chosen by the object code.
    pub key: String,
    /// Declared method to call.
    pub method: String,
    /// Params for the call.
    pub params: serde_json::Value,
    /// When it runs.
    pub schedule: Schedule,
    /// Next due time in milliseconds since the Unix epoch.
    pub next_at: i64,
    /// Failed runs of the current occurrence.
    pub attempts: u32,
}

/// Retry decision of [`record_failure`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// The task runs again at this time.
    At(i64),
    /// The task ran out of attempts and was removed.
    Dropped,
}

/// Returns the first due time of a new schedule, or a `VALIDATION_ERROR` for an invalid one.
pub fn first_due(schedule: &Schedule, now_ms: i64) -> Result<i64> {
    match schedule {
        Schedule::At { at_ms } => Ok(*at_ms),
        Schedule::Every { interval_ms } => {
            if *interval_ms <= 0 {
                return Err(Error::validation(format!(
                    "schedule interval must be greater than 0 ms, got {interval_ms}"
                )));
            }
            Ok(now_ms.saturating_add(*interval_ms))
        }
        Schedule::Cron { expression } => next_cron(expression, now_ms),
    }
}

/// Returns the due time after a run that was due at `due_ms` and finished at `now_ms`, or `None`
/// for a one-shot task. Missed intervals are skipped, not replayed in a burst.
pub fn next_due(schedule: &Schedule, due_ms: i64, now_ms: i64) -> Result<Option<i64>> {
    match schedule {
        Schedule::At { .. } => Ok(None),
        Schedule::Every { interval_ms } => {
            let interval = (*interval_ms).max(1);
            let missed = (now_ms - due_ms).max(0) / interval;
            Ok(Some(due_ms + (missed + 1) * interval))
        }
        Schedule::Cron { expression } => next_cron(expression, now_ms).map(Some),
    }
}

/// Parses a cron expression, naming it in the error.
pub fn parse_cron(expression: &str) -> Result<Cron> {
    Cron::from_str(expression).map_err(|error| {
        Error::validation(format!("invalid cron expression `{expression}`: {error}"))
    })
}

fn next_cron(expression: &str, now_ms: i64) -> Result<i64> {
    let cron = parse_cron(expression)?;
    let now = DateTime::<Utc>::from_timestamp_millis(now_ms)
        .ok_or_else(|| Error::validation(format!("time {now_ms} ms is out of range")))?;
    let next = cron.find_next_occurrence(&now, false).map_err(|error| {
        Error::validation(format!(
            "cron expression `{expression}` has no next time: {error}"
        ))
    })?;
    Ok(next.timestamp_millis())
}

/// Inserts or replaces the task with this key and returns its first due time.
pub fn upsert(
    sql: &dyn Sql,
    key: &str,
    method: &str,
    params: &serde_json::Value,
    schedule: &Schedule,
    now_ms: i64,
) -> Result<i64> {
    let next_at = first_due(schedule, now_ms)?;
    let (kind, interval_ms, cron) = match schedule {
        Schedule::At { .. } => ("at", None, None),
        Schedule::Every { interval_ms } => ("every", Some(*interval_ms), None),
        Schedule::Cron { expression } => ("cron", None, Some(expression.clone())),
    };

    sql.exec(
        "INSERT INTO _dotdo_schedule (key, method, params, kind, interval_ms, cron, next_at, attempts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0)
         ON CONFLICT (key) DO UPDATE SET method = excluded.method, params = excluded.params,
             kind = excluded.kind, interval_ms = excluded.interval_ms, cron = excluded.cron,
             next_at = excluded.next_at, attempts = 0",
        &params![key, method, params, kind, interval_ms, cron, next_at],
    )?;
    Ok(next_at)
}

/// Removes a task; returns whether it existed.
pub fn cancel(sql: &dyn Sql, key: &str) -> Result<bool> {
    let removed = sql.exec("DELETE FROM _dotdo_schedule WHERE key = ?1", &params![key])?;
    Ok(removed > 0)
}

/// Returns the earliest due time of all tasks: the time the instance's alarm must fire.
pub fn next_alarm(sql: &dyn Sql) -> Result<Option<i64>> {
    let row = sql.query_row("SELECT min(next_at) AS next_at FROM _dotdo_schedule", &[])?;
    match row {
        Some(row) => row.get("next_at"),
        None => Ok(None),
    }
}

/// Returns up to `limit` tasks due at `now_ms`, earliest first.
pub fn due(sql: &dyn Sql, now_ms: i64, limit: u32) -> Result<Vec<Task>> {
    let rows = sql.query(
        "SELECT key, method, params, kind, interval_ms, cron, next_at, attempts FROM _dotdo_schedule
         WHERE next_at <= ?1 ORDER BY next_at, key LIMIT ?2",
        &params![now_ms, limit],
    )?;
    rows.iter().map(task_from_row).collect()
}

/// Returns every task, by key.
pub fn list(sql: &dyn Sql) -> Result<Vec<Task>> {
    let rows = sql.query(
        "SELECT key, method, params, kind, interval_ms, cron, next_at, attempts FROM _dotdo_schedule
         ORDER BY key",
        &[],
    )?;
    rows.iter().map(task_from_row).collect()
}

/// Marks a successful run: removes a one-shot task or moves a recurring one to its next time.
///
/// The update is conditional on the row still being the run one, so a task the method itself
/// rescheduled under the same key keeps its new schedule.
pub fn complete(sql: &dyn Sql, task: &Task, now_ms: i64) -> Result<()> {
    match next_due(&task.schedule, task.next_at, now_ms)? {
        None => {
            sql.exec(
                "DELETE FROM _dotdo_schedule WHERE key = ?1 AND next_at = ?2 AND kind = 'at'",
                &params![task.key, task.next_at],
            )?;
        }
        Some(next_at) => {
            sql.exec(
                "UPDATE _dotdo_schedule SET next_at = ?1, attempts = 0 WHERE key = ?2 AND next_at = ?3",
                &params![next_at, task.key, task.next_at],
            )?;
        }
    }
    Ok(())
}

/// Records a failed run (whose writes were rolled back) and decides when to retry, with
/// exponential backoff from 1 s up to 5 minutes. After [`MAX_ATTEMPTS`] a one-shot task is dropped
/// and a recurring one skips to its next occurrence.
pub fn record_failure(sql: &dyn Sql, task: &Task, now_ms: i64) -> Result<Retry> {
    let attempts = task.attempts + 1;

    if attempts >= MAX_ATTEMPTS {
        return match next_due(&task.schedule, task.next_at, now_ms)? {
            None => {
                cancel(sql, &task.key)?;
                Ok(Retry::Dropped)
            }
            Some(next_at) => {
                sql.exec(
                    "UPDATE _dotdo_schedule SET next_at = ?1, attempts = 0 WHERE key = ?2",
                    &params![next_at, task.key],
                )?;
                Ok(Retry::At(next_at))
            }
        };
    }

    let delay = 1000_i64
        .saturating_mul(1_i64 << (attempts - 1).min(20))
        .min(MAX_RETRY_DELAY_MS);
    let next_at = now_ms + delay;
    sql.exec(
        "UPDATE _dotdo_schedule SET next_at = ?1, attempts = ?2 WHERE key = ?3",
        &params![next_at, attempts, task.key],
    )?;
    Ok(Retry::At(next_at))
}

fn task_from_row(row: &Row) -> Result<Task> {
    let kind: String = row.get("kind")?;
    let schedule = match kind.as_str() {
        "at" => Schedule::At {
            at_ms: row.get("next_at")?,
        },
        "every" => Schedule::Every {
            interval_ms: row.get("interval_ms")?,
        },
        "cron" => Schedule::Cron {
            expression: row.get("cron")?,
        },
        other => {
            return Err(Error::internal(format!(
                "_dotdo_schedule has a task of unknown kind `{other}`"
            )))
        }
    };

    Ok(Task {
        key: row.get("key")?,
        method: row.get("method")?,
        params: row.get("params")?,
        schedule,
        next_at: row.get("next_at")?,
        attempts: row.get("attempts")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sqlite::SqliteDb;
    use serde_json::json;

    /// 2024-01-01T00:00:00Z.
    const NEW_YEAR_MS: i64 = 1_704_067_200_000;

    fn schedule_table() -> SqliteDb {
        let db = SqliteDb::open_in_memory().unwrap();
        db.exec_batch(CREATE_TABLE).unwrap();
        db
    }

    #[test]
    fn first_due_by_kind() {
        let cases = [
            (Schedule::At { at_ms: 42 }, 42),
            (Schedule::Every { interval_ms: 1000 }, NEW_YEAR_MS + 1000),
            (
                Schedule::Cron {
                    expression: "*/5 * * * *".into(),
                },
                NEW_YEAR_MS + 5 * 60_000,
            ),
            (
                Schedule::Cron {
                    expression: "30 * * * * *".into(),
                },
                NEW_YEAR_MS + 30_000,
            ),
        ];
        for (schedule, expected) in cases {
            assert_eq!(
                first_due(&schedule, NEW_YEAR_MS).unwrap(),
                expected,
                "{schedule:?}"
            );
        }
    }

    #[test]
    fn invalid_schedules_are_validation_errors() {
        let cases = [
            Schedule::Every { interval_ms: 0 },
            Schedule::Cron {
                expression: "not cron".into(),
            },
            Schedule::Cron {
                expression: "61 * * * *".into(),
            },
        ];
        for schedule in cases {
            let error = first_due(&schedule, NEW_YEAR_MS).unwrap_err();
            assert_eq!(error.status(), 400, "{schedule:?}");
        }
    }

    #[test]
    fn every_skips_missed_intervals() {
        let schedule = Schedule::Every { interval_ms: 100 };
        assert_eq!(next_due(&schedule, 1000, 1000).unwrap(), Some(1100));
        assert_eq!(next_due(&schedule, 1000, 1350).unwrap(), Some(1400));
    }

    #[test]
    fn next_alarm_is_earliest_task() {
        let db = schedule_table();
        assert_eq!(next_alarm(&db).unwrap(), None);

        upsert(
            &db,
            "late",
            "m",
            &json!({}),
            &Schedule::At { at_ms: 500 },
            0,
        )
        .unwrap();
        upsert(
            &db,
            "early",
            "m",
            &json!({}),
            &Schedule::At { at_ms: 200 },
            0,
        )
        .unwrap();
        assert_eq!(next_alarm(&db).unwrap(), Some(200));
    }

    #[test]
    fn upsert_is_idempotent_by_key() {
        let db = schedule_table();
        upsert(&db, "k", "a", &json!({}), &Schedule::At { at_ms: 100 }, 0).unwrap();
        upsert(
            &db,
            "k",
            "b",
            &json!({"x": 1}),
            &Schedule::At { at_ms: 300 },
            0,
        )
        .unwrap();

        let tasks = list(&db).unwrap();
        assert_eq!(tasks.len(), 1);
        assert_eq!(tasks[0].method, "b");
        assert_eq!(tasks[0].next_at, 300);
    }

    #[test]
    fn due_returns_only_due_tasks() {
        let db = schedule_table();
        upsert(&db, "now", "m", &json!({}), &Schedule::At { at_ms: 100 }, 0).unwrap();
        upsert(
            &db,
            "later",
            "m",
            &json!({}),
            &Schedule::At { at_ms: 900 },
            0,
        )
        .unwrap();

        let keys: Vec<String> = due(&db, 500, 10)
            .unwrap()
            .into_iter()
            .map(|task| task.key)
            .collect();
        assert_eq!(keys, vec!["now".to_string()]);
    }

    #[test]
    fn complete_removes_one_shot_and_advances_recurring() {
        let db = schedule_table();
        upsert(
            &db,
            "once",
            "m",
            &json!({}),
            &Schedule::At { at_ms: 100 },
            0,
        )
        .unwrap();
        upsert(
            &db,
            "tick",
            "m",
            &json!({}),
            &Schedule::Every { interval_ms: 50 },
            0,
        )
        .unwrap();

        for task in due(&db, 100, 10).unwrap() {
            complete(&db, &task, 100).unwrap();
        }

        let tasks = list(&db).unwrap();
        assert_eq!(tasks.len(), 1);
        assert_eq!(tasks[0].key, "tick");
        assert_eq!(tasks[0].next_at, 150);
    }

    #[test]
    fn failure_backs_off_then_drops() {
        let db = schedule_table();
        upsert(&db, "once", "m", &json!({}), &Schedule::At { at_ms: 0 }, 0).unwrap();

        let task = due(&db, 0, 1).unwrap().remove(0);
        assert_eq!(record_failure(&db, &task, 0).unwrap(), Retry::At(1000));

        let mut task = list(&db).unwrap().remove(0);
        assert_eq!(task.attempts, 1);

        task.attempts = MAX_ATTEMPTS - 1;
        assert_eq!(record_failure(&db, &task, 0).unwrap(), Retry::Dropped);
        assert!(list(&db).unwrap().is_empty());
    }
}
