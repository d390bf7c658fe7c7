//! Activation time of an instance: open the SQLite file (WAL mode, the configured `synchronous`),
//! create the runtime tables and apply the `probe` object's migrations, for a new file and for
//! reopening an existing one. Also the first call to a new instance through `Host::call`, which
//! adds the actor start and the instance directory record.
//!
//! `cargo bench -p server --bench activation`

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{BenchHost, DURABILITIES};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use probe::Probe;
use runtime::instance::Instance;
use runtime::sqlite::{Durability, SqliteDb};
use serde_json::{json, Value};
use server::config::DurabilitySetting;

/// Existing databases the reopen benchmark cycles through.
const EXISTING: usize = 100;

fn activate(path: &Path, durability: Durability) -> Instance<Probe, SqliteDb> {
    let db = SqliteDb::open(path, durability).expect("open the database");
    let (instance, _report) =
        Instance::<Probe, SqliteDb>::activate(db, "bench", &Value::Null).expect("activate");
    instance
}

fn runtime_durability(setting: DurabilitySetting) -> Durability {
    match setting {
        DurabilitySetting::Full => Durability::Full,
        DurabilitySetting::Normal => Durability::Normal,
    }
}

fn open_and_migrate(c: &mut Criterion) {
    for (durability_name, setting) in DURABILITIES {
        let durability = runtime_durability(setting);
        let dir = tempfile::tempdir().expect("create a temporary directory");
        let mut group = c.benchmark_group(format!("activation/{durability_name}"));
        group.sample_size(30);
        group.measurement_time(Duration::from_secs(8));

        let mut next_file = 0u64;
        group.bench_function("new_file", |b| {
            b.iter_batched(
                || {
                    next_file += 1;
                    dir.path().join(format!("new-{next_file}.sqlite3"))
                },
                |path| activate(&path, durability),
                BatchSize::PerIteration,
            )
        });

        let existing: Vec<PathBuf> = (0..EXISTING)
            .map(|index| {
                let path = dir.path().join(format!("existing-{index}.sqlite3"));
                drop(activate(&path, durability));
                path
            })
            .collect();
        let mut next_existing = 0usize;
        group.bench_function("reopen_existing", |b| {
            b.iter_batched(
                || {
                    next_existing = (next_existing + 1) % EXISTING;
                    existing[next_existing].clone()
                },
                |path| activate(&path, durability),
                BatchSize::PerIteration,
            )
        });

        group.finish();
    }
}

fn first_call_through_host(c: &mut Criterion) {
    for (durability_name, setting) in DURABILITIES {
        let bench = BenchHost::start(setting);
        let mut group = c.benchmark_group(format!("activation/{durability_name}"));
        group.sample_size(20);
        group.measurement_time(Duration::from_secs(8));

        let mut next_instance = 0u64;
        group.bench_function("host_first_call", |b| {
            b.iter_custom(|iters| {
                bench.runtime.block_on(async {
                    let started = Instant::now();
                    for _ in 0..iters {
                        next_instance += 1;
                        bench
                            .host
                            .call(
                                "probe",
                                &format!("first-{next_instance}"),
                                "get",
                                json!({}),
                                bench.principal.clone(),
                                Vec::new(),
                            )
                            .await
                            .expect("get succeeds");
                    }
                    started.elapsed()
                })
            })
        });

        group.finish();
        bench.stop();
    }
}

criterion_group!(benches, open_and_migrate, first_call_through_host);
criterion_main!(benches);
