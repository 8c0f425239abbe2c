//! `kehoach register`: the register of documents sent out, from the plans
//! themselves (see [`kehoach::issuing::register`]).

use std::path::PathBuf;
use std::process::ExitCode;

use kehoach::issuing::register::{plans_under, Register};
use kehoach::model::date::DocDate;

/// Arguments of `kehoach register`.
#[derive(clap::Args)]
pub struct Args {
    /// Plans, or directories searched for *.toml plans at any depth.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Print the register as JSON (rows and diagnostics).
    #[arg(long, conflicts_with_all = ["csv", "next"])]
    pub json: bool,
    /// Print the register as CSV.
    #[arg(long, conflicts_with = "next")]
    pub csv: bool,
    /// Also write the register as an Excel workbook to FILE.
    #[arg(long, value_name = "FILE", conflicts_with = "next")]
    pub xlsx: Option<PathBuf>,
    /// Print only the next free number of a type ("KH", or a kind: "ke-hoach")
    /// in the term in force today (or on --date).
    #[arg(long, value_name = "TYPE")]
    pub next: Option<String>,
    /// The issuer code of --next ("ĐU"); needed when the plans have several.
    #[arg(long, value_name = "CODE", requires = "next")]
    pub issuer: Option<String>,
    /// The day whose term --next counts in (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", requires = "next")]
    pub date: Option<String>,
}

/// Runs `kehoach register`: exit 0, 1 when a plan failed its check, 2 on usage or I/O errors.
pub fn run(args: Args) -> ExitCode {
    let files = match plans_under(&args.paths) {
        Ok(f) => f,
        Err(e) => return super::render::failed(&e),
    };
    let mut register = Register::build(&files);
    if !args.json {
        for d in &register.diagnostics {
            eprint!("{d}");
        }
    }
    let code = ExitCode::from(u8::from(register.has_errors()));
    if let Some(kind) = &args.next {
        return next(&mut register, kind, &args);
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&register.json()).unwrap_or_default());
    } else if args.csv {
        print!("{}", register.csv());
    } else {
        print!("{}", register.table());
    }
    if let Some(path) = &args.xlsx {
        let written = register.xlsx().map_err(std::io::Error::other).and_then(|bytes| kehoach::output::write_atomic(path, &bytes));
        if let Err(source) = written {
            return super::render::failed(&kehoach::Error::Io { action: "write", path: path.clone(), source });
        }
    }
    code
}

/// `--next TYPE`: the next free number of the type, for the issuer.
fn next(register: &mut Register, kind: &str, args: &Args) -> ExitCode {
    let type_code = match kehoach::model::Kind::from_id(kind) {
        Some(k) => kehoach::profile::Profile::builtin("dang-hd05-2026").ok().and_then(|p| p.codes.types.get(k.id()).cloned()).unwrap_or_default(),
        None => kind.trim().to_owned(),
    };
    let issuer = match (&args.issuer, register.issuer_codes().as_slice()) {
        (Some(code), _) => code.trim().to_owned(),
        (None, [only]) => only.clone(),
        (None, []) => {
            return super::render::usage(&kehoach::tr!("register-no-issuer"))
        }
        (None, codes) => {
            return super::render::usage(&kehoach::tr!("register-several-issuers", codes = codes.join(", ")))
        }
    };
    let date = match args.date.as_deref().map(DocDate::parse) {
        None => kehoach::issuing::issue::today(),
        Some(Ok(d)) if d.is_complete() => d,
        Some(_) => return super::render::usage(&kehoach::tr!("cli-date-form")),
    };
    let dir = args.paths.first().map(|p| if p.is_dir() { p.clone() } else { p.parent().map(PathBuf::from).unwrap_or_default() }).unwrap_or_default();
    match register.next(&type_code, &issuer, &date, &dir) {
        Ok(n) => {
            println!("{n:02}-{type_code}/{issuer}");
            ExitCode::SUCCESS
        }
        Err(d) => {
            eprint!("{d}");
            ExitCode::from(1)
        }
    }
}
