//! The `activate N` scenario: memory per idle instance. Opens one instance to warm the process up,
//! reads the server's resident set size (`VmRSS` in `/proc/<pid>/status`), opens N new instances
//! with one call each, waits, and reads it again. The instances must stay open for the reading to
//! mean anything, so the server needs an `--idle-timeout` longer than the run. The report shows
//! the open instance count that the target returns.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::task::JoinSet;

use crate::cli::Cli;
use crate::report::{Report, WorkerStats};
use crate::transport::{Session, Transport};

/// Runs `activate N`.
pub async fn run(
    cli: &Cli,
    transport: &Transport,
    instances: usize,
    server_pid: Option<u32>,
    settle: f64,
) -> Result<(), String> {
    let pid = match (transport, server_pid) {
        (Transport::InProcess(_), _) => std::process::id(),
        (Transport::Http(_), Some(pid)) => pid,
        (Transport::Http(_), None) => {
            return Err("activate over HTTP needs --server-pid PID of the server".to_string())
        }
    };
    if instances == 0 || cli.connections == 0 {
        return Err("activate needs at least 1 instance and 1 connection".to_string());
    }
    let settle = Duration::from_secs_f64(settle.max(0.0));

    let mut warm = transport.session(&cli.body)?;
    let warm_name = format!("{}-warm", cli.name_prefix);
    if warm
        .call(&cli.class, &warm_name, &cli.method)
        .await
        .is_err()
    {
        return Err(format!(
            "the warmup call {}/{warm_name}/{} failed; check --class, --method and --body",
            cli.class, cli.method
        ));
    }
    tokio::time::sleep(settle).await;
    let open_before = transport.open_instances().await?;
    let rss_before = vm_rss_bytes(pid)?;

    let started = Instant::now();
    let next = Arc::new(AtomicU64::new(0));
    let mut workers = JoinSet::new();
    for _ in 0..cli.connections.min(instances) {
        let session = transport.session(&cli.body)?;
        workers.spawn(activate_some(
            session,
            next.clone(),
            instances as u64,
            cli.class.clone(),
            cli.method.clone(),
            cli.name_prefix.clone(),
        ));
    }
    let mut report = Report::new();
    while let Some(finished) = workers.join_next().await {
        report.add(finished.map_err(|error| format!("an activation worker failed: {error}"))?);
    }

    tokio::time::sleep(settle).await;
    let open_after = transport.open_instances().await?;
    let rss_after = vm_rss_bytes(pid)?;

    let opened = open_after.saturating_sub(open_before);
    let per_instance = if opened > 0 {
        rss_after.saturating_sub(rss_before) as f64 / opened as f64
    } else {
        0.0
    };
    println!(
        "loadgen {}: activate {instances} instances `{}-*` with {}/{}, {}, {} connections, pid {pid}",
        cli.label,
        cli.name_prefix,
        cli.class,
        cli.method,
        transport.describe(),
        cli.connections
    );
    println!("  first calls (activation included):");
    report.print(&format!("{}-first-calls", cli.label), started, None);
    println!(
        "  open instances: {open_before} -> {open_after}; VmRSS: {} KiB -> {} KiB",
        rss_before / 1024,
        rss_after / 1024
    );
    println!(
        "MEMORY label={} instances={instances} opened={opened} rss_before_kib={} rss_after_kib={} bytes_per_instance={per_instance:.0}",
        cli.label,
        rss_before / 1024,
        rss_after / 1024
    );
    if opened < instances as u64 {
        println!(
            "  NOTE: only {opened} of {instances} instances are open; each open instance holds 3 file descriptors (database, WAL, shared memory), so check the server's open-file limit (`ulimit -n`), its --idle-timeout and its log"
        );
    }
    Ok(())
}

/// Calls instances `{prefix}-{index}` once each, taking indexes from `next` until `count`.
pub async fn activate_some(
    mut session: Session,
    next: Arc<AtomicU64>,
    count: u64,
    class: String,
    method: String,
    prefix: String,
) -> WorkerStats {
    let mut stats = WorkerStats::new();
    loop {
        let index = next.fetch_add(1, Ordering::Relaxed);
        if index >= count {
            break;
        }
        let name = format!("{prefix}-{index}");
        let sent_at = Instant::now();
        let outcome = tokio::time::timeout(
            Duration::from_secs(30),
            session.call(&class, &name, &method),
        )
        .await;
        let done = Instant::now();
        stats.record(done, done - sent_at, outcome);
    }
    stats
}

/// Reads `VmRSS` of process `pid` from `/proc/<pid>/status`, in bytes.
fn vm_rss_bytes(pid: u32) -> Result<u64, String> {
    let path = format!("/proc/{pid}/status");
    let status = std::fs::read_to_string(&path)
        .map_err(|error| format!("cannot read {path}: {error}; is process {pid} running?"))?;
    let line = status
        .lines()
        .find(|line| line.starts_with("VmRSS:"))
        .ok_or_else(|| format!("{path} has no VmRSS line"))?;
    let kib: u64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|value| value.parse().ok())
        .ok_or_else(|| format!("cannot parse `{line}` in {path}"))?;
    Ok(kib * 1024)
}
