//! The alarm queue of one shard: the next alarm time of each of its instances, open or closed,
//! so the shard can wake and activate an instance whose task is due.

use std::collections::{BTreeSet, HashMap};

use super::target::Target;

/// Pending alarms by time.
#[derive(Default)]
pub struct AlarmQueue {
    by_time: BTreeSet<(i64, String)>,
    by_id: HashMap<String, (i64, Target)>,
}

impl AlarmQueue {
    /// Sets or clears (`None`) the alarm of an instance.
    pub fn set(&mut self, target: &Target, at_ms: Option<i64>) {
        if let Some((previous, _)) = self.by_id.remove(&target.id) {
            self.by_time.remove(&(previous, target.id.clone()));
        }
        if let Some(at_ms) = at_ms {
            self.by_time.insert((at_ms, target.id.clone()));
            self.by_id
                .insert(target.id.clone(), (at_ms, target.clone()));
        }
    }

    /// Returns the earliest alarm time.
    pub fn earliest(&self) -> Option<i64> {
        self.by_time.first().map(|(at_ms, _)| *at_ms)
    }

    /// Removes and returns the instances whose alarm is due at `now_ms`.
    pub fn pop_due(&mut self, now_ms: i64) -> Vec<Target> {
        let mut due = Vec::new();
        while let Some((at_ms, id)) = self.by_time.first().cloned() {
            if at_ms > now_ms {
                break;
            }
            self.by_time.remove(&(at_ms, id.clone()));
            if let Some((_, target)) = self.by_id.remove(&id) {
                due.push(target);
            }
        }
        due
    }
}
