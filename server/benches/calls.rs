//! In-process write calls: `probe/increment` through `Host::call`, the path the HTTP layer uses,
//! without HTTP. Measured on one instance and round-robin over 1,000 instances, one call at a
//! time (latency) and with 32 calls in flight (throughput), for `durability` full and normal.
//!
//! `cargo bench -p server --bench calls`

mod common;

use std::time::{Duration, Instant};

use common::{BenchHost, DURABILITIES};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use futures_util::future::join_all;
use serde_json::json;

/// Instances of the spread benchmarks.
const SPREAD: u64 = 1_000;

/// Calls in flight in the concurrent benchmarks.
const IN_FLIGHT: u64 = 32;

fn instance_name(spread: u64, call: u64) -> String {
    if spread == 1 {
        "bench".to_string()
    } else {
        format!("bench-{}", call % spread)
    }
}

/// Runs `iters` increments, `in_flight` at a time, and returns the elapsed time.
fn run_calls(bench: &BenchHost, spread: u64, in_flight: u64, iters: u64) -> Duration {
    bench.runtime.block_on(async {
        let started = Instant::now();
        let lanes = (0..in_flight).map(|lane| async move {
            let mut call = lane;
            while call < iters {
                bench
                    .host
                    .call(
                        "probe",
                        &instance_name(spread, call),
                        "increment",
                        json!({ "by": 1 }),
                        bench.principal.clone(),
                        Vec::new(),
                    )
                    .await
                    .expect("increment succeeds");
                call += in_flight;
            }
        });
        join_all(lanes).await;
        started.elapsed()
    })
}

/// Activates every instance once, so the measured calls find them open.
fn warm_up(bench: &BenchHost, spread: u64) {
    run_calls(bench, spread, IN_FLIGHT.min(spread), spread);
}

fn write_calls(c: &mut Criterion) {
    for (durability_name, durability) in DURABILITIES {
        let bench = BenchHost::start(durability);
        let mut group = c.benchmark_group(format!("write_call/{durability_name}"));
        group.throughput(Throughput::Elements(1));
        group.sample_size(20);
        group.measurement_time(Duration::from_secs(8));

        for (spread_name, spread) in [("one_instance", 1), ("spread_1000", SPREAD)] {
            warm_up(&bench, spread);
            group.bench_function(format!("{spread_name}/sequential"), |b| {
                b.iter_custom(|iters| run_calls(&bench, spread, 1, iters))
            });
            group.bench_function(format!("{spread_name}/in_flight_{IN_FLIGHT}"), |b| {
                b.iter_custom(|iters| run_calls(&bench, spread, IN_FLIGHT, iters))
            });
        }

        group.finish();
        bench.stop();
    }
}

criterion_group!(benches, write_calls);
criterion_main!(benches);
