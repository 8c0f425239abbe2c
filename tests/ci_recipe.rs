//! The CI recipe `examples/ci/render-plans.yml` cannot rot: its shell steps
//! are read from the file and run here, in a temporary git repository of
//! plans with two commits — resolve kehoach's commit, check (annotations),
//! render (PDFs), diff of the last commit (a Markdown comment body) — with
//! the `kehoach` just built first on the PATH. The workflow's settings that
//! matter (a commit to install, a cache key that follows it, `if: always()`,
//! `--deny-warnings`) are checked on the file.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

/// A step of the workflow: its name, its `if:` and its `run:` script.
#[derive(Debug, Default)]
struct Step {
    name: String,
    condition: Option<String>,
    run: String,
    with: String,
}

/// The steps of the recipe's one job, read line by line (the file's own
/// layout: `      - name:` starts a step, its keys are indented by 8, a
/// `run: |` block by 10).
fn steps(yaml: &str) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    let mut in_run = false;
    for line in yaml.lines() {
        if let Some(rest) = line.strip_prefix("      - ") {
            in_run = false;
            steps.push(Step::default());
            if let Some(name) = rest.strip_prefix("name: ") {
                steps.last_mut().unwrap().name = name.to_owned();
            }
            continue;
        }
        let Some(step) = steps.last_mut() else { continue };
        if in_run {
            if let Some(body) = line.strip_prefix("          ") {
                step.run.push_str(body);
                step.run.push('\n');
                continue;
            }
            if line.trim().is_empty() {
                step.run.push('\n');
                continue;
            }
            in_run = false;
        }
        if let Some(key) = line.strip_prefix("        ") {
            if let Some(name) = key.strip_prefix("name: ") {
                step.name = name.to_owned();
            } else if let Some(c) = key.strip_prefix("if: ") {
                step.condition = Some(c.to_owned());
            } else if key == "run: |" {
                in_run = true;
            } else if let Some(cmd) = key.strip_prefix("run: ") {
                step.run = format!("{cmd}\n");
            } else {
                step.with.push_str(key);
                step.with.push('\n');
            }
        }
    }
    steps
}

fn recipe() -> Vec<Step> {
    steps(&fs::read_to_string(root().join("examples/ci/render-plans.yml")).unwrap())
}

fn step<'a>(steps: &'a [Step], name: &str) -> &'a Step {
    steps.iter().find(|s| s.name == name).unwrap_or_else(|| panic!("no step `{name}` in {steps:#?}"))
}

fn git(dir: &Path, args: &[&str]) -> String {
    let o = Command::new("git")
        .args(["-c", "user.name=CI", "-c", "user.email=ci@example.org", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).trim().to_owned()
}

/// Runs a step's script as GitHub runs it (`bash -e`), in `dir`, with the
/// built `kehoach` first on the PATH and the workflow's `env`.
fn run(step: &Step, dir: &Path, env: &[(&str, &str)]) -> Output {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_kehoach"));
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let mut cmd = Command::new("bash");
    cmd.args(["--noprofile", "--norc", "-eo", "pipefail", "-c", &step.run]).current_dir(dir).env("PATH", path).env("PLANS", "plans").env("LC_ALL", "C");
    cmd.env_remove("SOURCE_DATE_EPOCH").env_remove("GITHUB_STEP_SUMMARY");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn out(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// A repository of two plans, committed, then one plan's number and one
/// sentence changed in a second commit.
fn repository(name: &str) -> PathBuf {
    let dir = scratch_in("ci-recipe", name);
    fs::create_dir_all(dir.join("plans")).unwrap();
    // The plan keeps both tone-mark styles of its seed, on purpose.
    let plan = fs::read_to_string(example("nghia-thai-2026.toml")).unwrap() + "\n[check]\nallow = [\"mixed-tone-marks\"]\n";
    fs::write(dir.join("plans/dan-van.toml"), plan).unwrap();
    fs::write(dir.join("plans/thu.toml"), MINIMAL).unwrap();
    // The repository names its committee's terms: numbers are compared per term (HD 05 3.1.1).
    fs::write(
        dir.join("kehoach.toml"),
        "[[term]]\nissuer = \"ĐU\"\nstart = 2020-08-20\nend = 2025-08-19\n\n[[term]]\nissuer = \"ĐU\"\nstart = 2025-08-20\nlabel = \"2025 - 2030\"\n",
    )
    .unwrap();
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "plans"]);
    let plan = fs::read_to_string(dir.join("plans/dan-van.toml")).unwrap();
    let plan = plan.replacen("number = 12", "number = 13", 1).replacen("đảm bảo an toàn giao thông", "bảo đảm an toàn giao thông", 1);
    fs::write(dir.join("plans/dan-van.toml"), plan).unwrap();
    git(&dir, &["commit", "-q", "-am", "renumber"]);
    dir
}

#[test]
fn the_workflow_pins_a_commit_follows_it_in_the_cache_and_always_renders() {
    let steps = recipe();
    let build = step(&steps, "Build kehoach");
    assert!(build.run.contains("cargo install --locked --git \"$KEHOACH_GIT\" --rev \"$REV\" kehoach"), "{build:?}");
    assert!(build.with.contains("REV: ${{ steps.kehoach.outputs.rev }}"), "{build:?}");
    let cache = step(&steps, "Cache kehoach");
    assert!(cache.with.contains("key: kehoach-${{ runner.os }}-${{ steps.kehoach.outputs.rev }}"), "{cache:?}");
    assert!(step(&steps, "Check every plan").run.contains("--deny-warnings --format github"));
    for name in ["Render every plan", "Diff of the last commit", "Keep the PDFs"] {
        assert!(step(&steps, name).condition.as_deref().is_some_and(|c| c.starts_with("always()")), "`{name}` runs after a failed check");
    }
}

#[test]
fn the_shell_steps_check_render_and_diff_a_repository_of_plans() {
    let dir = repository("green");
    let steps = recipe();

    // The branch `main` of a repository resolves to its head commit.
    let outputs = dir.join("github-output");
    let o = run(step(&steps, "Resolve kehoach's commit"), &dir, &[
        ("KEHOACH_GIT", dir.to_str().unwrap()),
        ("KEHOACH_REV", ""),
        ("GITHUB_OUTPUT", outputs.to_str().unwrap()),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(fs::read_to_string(&outputs).unwrap(), format!("rev={}\n", git(&dir, &["rev-parse", "HEAD"])));

    let o = run(step(&steps, "Check every plan"), &dir, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert!(o.stdout.is_empty(), "no annotation: {}", out(&o));

    let o = run(step(&steps, "Render every plan"), &dir, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    for pdf in ["pdf/dan-van.pdf", "pdf/thu.pdf"] {
        assert!(fs::read(dir.join(pdf)).unwrap().starts_with(b"%PDF-"), "{pdf}");
    }

    let summary = dir.join("summary.md");
    let o = run(step(&steps, "Diff of the last commit"), &dir, &[("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let md = fs::read_to_string(dir.join("diff.md")).unwrap();
    assert!(md.starts_with("### `HEAD~1:plans/dan-van.toml` → `plans/dan-van.toml`\n\n3 changes\n"), "{md}");
    assert!(md.contains("| number | Số 12-KH/ĐU | Số 13-KH/ĐU |"), "{md}");
    assert!(md.contains("- **II-2.3, page 2** (changed): "), "{md}");
    assert!(md.contains("~~đảm~~ bảo **đảm** an toàn giao thông"), "{md}");
    assert!(md.contains("- **Phụ lục, page 6** (changed): (Kèm theo Kế hoạch số ~~12-KH/ĐU,~~ **13-KH/ĐU,**"), "{md}");
    assert!(!md.contains("thu.toml"), "an unchanged plan is not listed: {md}");
    assert_eq!(fs::read_to_string(&summary).unwrap(), md, "the job summary has the comment");
}

#[test]
fn a_duplicate_number_fails_the_check_with_an_annotation_and_a_new_plan_is_named() {
    let dir = repository("red");
    // A new plan with the number of an existing one, committed.
    let plan = fs::read_to_string(dir.join("plans/thu.toml")).unwrap();
    fs::write(dir.join("plans/tong-ket.toml"), plan.replace("date = 2024-04-01", "date = 2024-05-01")).unwrap();
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "another"]);
    let steps = recipe();
    let o = run(step(&steps, "Check every plan"), &dir, &[]);
    assert_eq!(o.status.code(), Some(1), "warnings are errors: {}", out(&o));
    let annotations = String::from_utf8_lossy(&o.stdout);
    assert!(
        annotations.starts_with("::warning file=plans/tong-ket.toml,line=3,col=10,title=duplicate-number::number 03-KH/ĐU of the term 2020 - 2025 is also the number of plans/thu.toml"),
        "{annotations}"
    );
    // Rendering still works (the step runs `if: always()`).
    assert_eq!(run(step(&steps, "Render every plan"), &dir, &[]).status.code(), Some(0));
    let o = run(step(&steps, "Diff of the last commit"), &dir, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(fs::read_to_string(dir.join("diff.md")).unwrap(), "### `plans/tong-ket.toml`: new plan\n\n");
}
