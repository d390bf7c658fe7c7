//! Latency histograms (hdrhistogram, microseconds) and error counts, per worker and merged.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use tokio::time::error::Elapsed;

use crate::transport::CallError;

/// Highest latency the histogram records, in microseconds (larger values are clamped).
const MAX_LATENCY_US: u64 = 60_000_000;

/// One worker's measurements.
pub struct WorkerStats {
    latency_us: Histogram<u64>,
    errors: BTreeMap<String, u64>,
    last_done: Option<Instant>,
}

impl WorkerStats {
    /// Creates empty stats.
    pub fn new() -> WorkerStats {
        WorkerStats {
            latency_us: new_histogram(),
            errors: BTreeMap::new(),
            last_done: None,
        }
    }

    /// Records one call that completed at `done` after `latency`. Only successful calls enter the
    /// latency histogram.
    pub fn record(
        &mut self,
        done: Instant,
        latency: Duration,
        outcome: Result<Result<(), CallError>, Elapsed>,
    ) {
        self.last_done = Some(self.last_done.map_or(done, |last| last.max(done)));
        let error = match outcome {
            Ok(Ok(())) => {
                let micros = (latency.as_micros() as u64).clamp(1, MAX_LATENCY_US);
                self.latency_us.saturating_record(micros);
                return;
            }
            Ok(Err(CallError::Status(status))) => format!("status {status}"),
            Ok(Err(CallError::Failed(message))) => message,
            Err(_) => "timed out".to_string(),
        };
        *self.errors.entry(error).or_default() += 1;
    }
}

/// Measurements of all workers.
pub struct Report {
    latency_us: Histogram<u64>,
    errors: BTreeMap<String, u64>,
    last_done: Option<Instant>,
}

impl Report {
    /// Creates an empty report.
    pub fn new() -> Report {
        Report {
            latency_us: new_histogram(),
            errors: BTreeMap::new(),
            last_done: None,
        }
    }

    /// Merges one worker's stats.
    pub fn add(&mut self, stats: WorkerStats) {
        // Both histograms have the same bounds, so adding cannot fail.
        let _ = self.latency_us.add(&stats.latency_us);
        for (error, count) in stats.errors {
            *self.errors.entry(error).or_default() += count;
        }
        self.last_done = match (self.last_done, stats.last_done) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }

    /// Prints the summary and a `RESULT key=value ...` line for scripts. The rate counts the
    /// calls sent after the warmup over the time from the end of the warmup to the last reply.
    pub fn print(&self, label: &str, record_from: Instant, target_rate: Option<f64>) {
        let ok = self.latency_us.len();
        let errors: u64 = self.errors.values().sum();
        let seconds = self
            .last_done
            .map_or(0.0, |last| (last - record_from).as_secs_f64());
        let calls_per_sec = if seconds > 0.0 {
            (ok + errors) as f64 / seconds
        } else {
            0.0
        };
        let ms = |quantile: f64| self.latency_us.value_at_quantile(quantile) as f64 / 1000.0;
        let (p50, p90, p99, max) = (
            ms(0.5),
            ms(0.9),
            ms(0.99),
            self.latency_us.max() as f64 / 1000.0,
        );

        println!(
            "  calls: {ok} ok, {errors} errors in {seconds:.2} s = {calls_per_sec:.0} calls/s"
        );
        println!("  latency ms: p50 {p50:.3}  p90 {p90:.3}  p99 {p99:.3}  max {max:.3}");
        for (error, count) in &self.errors {
            println!("  error x{count}: {error}");
        }
        if let Some(rate) = target_rate {
            if calls_per_sec < rate * 0.95 {
                println!(
                    "  NOTE: reached {calls_per_sec:.0} of the {rate:.0} calls/s asked; the server or this generator is saturated"
                );
            }
        }
        println!(
            "RESULT label={label} calls={ok} errors={errors} seconds={seconds:.3} calls_per_sec={calls_per_sec:.0} p50_ms={p50:.3} p90_ms={p90:.3} p99_ms={p99:.3} max_ms={max:.3}"
        );
    }
}

fn new_histogram() -> Histogram<u64> {
    // 3 significant digits over 1 us..60 s; these bounds are valid, so creation cannot fail.
    Histogram::new_with_bounds(1, MAX_LATENCY_US, 3).expect("valid histogram bounds")
}
