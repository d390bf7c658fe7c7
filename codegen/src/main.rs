//! `cargo run -p codegen`: regenerate every output from the specs, or check, plan and scaffold.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use codegen::generate::{FileStatus, Generator};

#[derive(Parser)]
#[command(name = "codegen", about = "Generate migrations, Rust, TypeScript, docs and schemas from dotdo object specs")]
struct Cli {
    /// Folder of the object specs (`<object>.yaml`).
    #[arg(long, global = true, default_value = "specs")]
    specs: PathBuf,
    /// Output folder.
    #[arg(long, global = true, default_value = "generated")]
    out: PathBuf,
    /// Folder of templates that override the built-in ones, file by file (`ts/client.ts.j2`).
    #[arg(long, global = true)]
    templates: Option<PathBuf>,
    /// Allow migrations that drop tables or columns or narrow a type.
    #[arg(long, global = true)]
    allow_destructive: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Exit with status 1 and print a unified diff when the output folder is stale.
    Check,
    /// Print the JSON Schema of the spec format.
    Schema,
    /// Create `<specs>/<name>.yaml` with a starting spec.
    New { name: String },
    /// Print the migration the current spec of an object would produce, without writing it.
    Plan { object: String },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut generator = Generator::new(&cli.specs, &cli.out).allow_destructive(cli.allow_destructive);
    if let Some(dir) = &cli.templates {
        generator = generator.templates(dir);
    }

    let result = match cli.command {
        None => generate(&generator),
        Some(Command::Check) => check(&generator),
        Some(Command::Schema) => {
            print!("{}", codegen::emit::schema::spec_schema());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::New { name }) => codegen::scaffold::new_spec(&cli.specs, &name).map(|path| {
            println!("created {}", path.display());
            ExitCode::SUCCESS
        }),
        Some(Command::Plan { object }) => codegen::migrate::plan_command(&generator, &object).map(|text| {
            print!("{text}");
            ExitCode::SUCCESS
        }),
    };

    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(2)
        }
    }
}

fn generate(generator: &Generator) -> Result<ExitCode, codegen::generate::GenerateError> {
    let report = generator.write()?;
    for (path, status) in &report {
        let word = match status {
            FileStatus::Written => "wrote",
            FileStatus::Unchanged => "unchanged",
            FileStatus::Removed => "removed",
        };
        println!("{word:9} {}", generator.out_dir().join(path).display());
    }
    Ok(ExitCode::SUCCESS)
}

fn check(generator: &Generator) -> Result<ExitCode, codegen::generate::GenerateError> {
    match generator.check()? {
        None => {
            println!("{} is up to date", generator.out_dir().display());
            Ok(ExitCode::SUCCESS)
        }
        Some(diff) => {
            print!("{diff}");
            eprintln!("{} is stale; run `cargo run -p codegen` and commit the result", generator.out_dir().display());
            Ok(ExitCode::from(1))
        }
    }
}
