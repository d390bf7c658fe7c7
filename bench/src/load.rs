//! The `one` and `spread N` scenarios: `--connections` workers, each with one call in flight,
//! either as fast as calls return (closed loop) or at a fixed total rate (open loop).
//!
//! Open loop: call k is scheduled at `start + k / rate`. A free worker claims the next call and
//! sleeps until its time, and its latency counts from the actual send. When every worker was busy
//! past a call's scheduled time, its latency counts from the scheduled time instead, so a slow
//! server shows up as latency rather than as fewer calls (coordinated omission). The 1 ms
//! granularity of tokio's timer therefore does not inflate the figures.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::task::JoinSet;

use crate::cli::Cli;
use crate::memory;
use crate::report::{Report, WorkerStats};
use crate::transport::{Session, Transport};

/// The run settings and call counter shared by every worker.
struct Plan {
    class: String,
    method: String,
    name_prefix: String,
    /// `None` for one instance, else the number of instances to round-robin over.
    spread: Option<usize>,
    start: Instant,
    record_from: Instant,
    end: Instant,
    rate: Option<f64>,
    max_calls: u64,
    timeout: Duration,
    next_call: AtomicU64,
}

impl Plan {
    fn instance_name(&self, call: u64) -> String {
        match self.spread {
            None => self.name_prefix.clone(),
            Some(count) => format!("{}-{}", self.name_prefix, call % count as u64),
        }
    }
}

/// Runs `one` (`spread` is `None`) or `spread N` and prints the report.
pub async fn run(cli: &Cli, transport: &Transport, spread: Option<usize>) -> Result<(), String> {
    check_args(cli, spread)?;

    let start = Instant::now();
    let record_from = start + Duration::from_secs_f64(cli.warmup);
    let plan = Arc::new(Plan {
        class: cli.class.clone(),
        method: cli.method.clone(),
        name_prefix: cli.name_prefix.clone(),
        spread,
        start,
        record_from,
        end: record_from + Duration::from_secs_f64(cli.duration),
        rate: cli.rate,
        max_calls: cli.max_calls,
        timeout: Duration::from_secs_f64(cli.timeout),
        next_call: AtomicU64::new(0),
    });

    let mut workers = JoinSet::new();
    for _ in 0..cli.connections {
        let session = transport.session(&cli.body)?;
        workers.spawn(worker(plan.clone(), session));
    }
    let mut report = Report::new();
    while let Some(finished) = workers.join_next().await {
        let stats = finished.map_err(|error| format!("a load worker failed: {error}"))?;
        report.add(stats);
    }

    let scenario = match spread {
        None => format!("one instance `{}`", cli.name_prefix),
        Some(count) => format!("spread over {count} instances `{}-*`", cli.name_prefix),
    };
    let load = match cli.rate {
        None => "closed loop".to_string(),
        Some(rate) => format!("open loop at {rate:.0} calls/s"),
    };
    println!(
        "loadgen {}: {scenario}, {} {}/{}, {}, {} connections",
        cli.label,
        transport.describe(),
        cli.class,
        cli.method,
        load,
        cli.connections
    );
    report.print(&cli.label, record_from, cli.rate);
    Ok(())
}

/// Calls each of the `instances` spread instances once, `--connections` at a time, and prints
/// how long that took. These calls are not part of the measurement.
pub async fn open_first(cli: &Cli, transport: &Transport, instances: usize) -> Result<(), String> {
    let started = Instant::now();
    let next = Arc::new(AtomicU64::new(0));
    let mut workers = JoinSet::new();
    for _ in 0..cli.connections.clamp(1, instances.max(1)) {
        workers.spawn(memory::activate_some(
            transport.session(&cli.body)?,
            next.clone(),
            instances as u64,
            cli.class.clone(),
            cli.method.clone(),
            cli.name_prefix.clone(),
        ));
    }
    let mut report = Report::new();
    while let Some(finished) = workers.join_next().await {
        report.add(finished.map_err(|error| format!("an opening worker failed: {error}"))?);
    }
    println!(
        "loadgen {}: opened {instances} instances `{}-*` in {:.2} s before the run",
        cli.label,
        cli.name_prefix,
        started.elapsed().as_secs_f64()
    );
    report.print(&format!("{}-open-first", cli.label), started, None);
    Ok(())
}

fn check_args(cli: &Cli, spread: Option<usize>) -> Result<(), String> {
    if cli.connections == 0 {
        return Err("--connections must be at least 1".to_string());
    }
    if !(cli.duration.is_finite() && cli.duration > 0.0) {
        return Err(format!(
            "--duration must be a positive number of seconds, got {}",
            cli.duration
        ));
    }
    if !(cli.warmup.is_finite() && cli.warmup >= 0.0) {
        return Err(format!(
            "--warmup must be zero or more seconds, got {}",
            cli.warmup
        ));
    }
    if !(cli.timeout.is_finite() && cli.timeout > 0.0) {
        return Err(format!(
            "--timeout must be a positive number of seconds, got {}",
            cli.timeout
        ));
    }
    if let Some(rate) = cli.rate {
        if !(rate.is_finite() && rate > 0.0) {
            return Err(format!(
                "--rate must be a positive number of calls per second, got {rate}"
            ));
        }
    }
    if spread == Some(0) {
        return Err("spread needs at least 1 instance".to_string());
    }
    Ok(())
}

async fn worker(plan: Arc<Plan>, mut session: Session) -> WorkerStats {
    let mut stats = WorkerStats::new();

    loop {
        let call = plan.next_call.fetch_add(1, Ordering::Relaxed);
        if call >= plan.max_calls {
            break;
        }

        let sent_at = match plan.rate {
            None => Instant::now(),
            Some(rate) => {
                let scheduled = plan.start + Duration::from_secs_f64(call as f64 / rate);
                if Instant::now() < scheduled {
                    tokio::time::sleep_until(scheduled.into()).await;
                    Instant::now()
                } else {
                    scheduled
                }
            }
        };
        if sent_at >= plan.end {
            break;
        }

        let name = plan.instance_name(call);
        let outcome =
            tokio::time::timeout(plan.timeout, session.call(&plan.class, &name, &plan.method))
                .await;
        let done = Instant::now();

        if sent_at >= plan.record_from {
            stats.record(done, done - sent_at, outcome);
        }
    }
    stats
}
