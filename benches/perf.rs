//! Performance of kehoach, as ratios against baselines measured in the same run.
//!
//! Run with `cargo bench --bench perf` (add `-- --quick` for fewer repetitions,
//! `-- --page-checks` for row 6 alone, `-- --mcp` for row 7 alone).
//! The typst CLI baseline is the `typst` binary found in `$TYPST`, on `PATH`,
//! or at /tmp/typst-cli/bin/typst (`cargo install typst-cli --version 0.15.1`);
//! without it, goal 1 and 5 are reported as not measured. Peak memory comes
//! from GNU time (`/usr/bin/time -f %M`). Nothing here fails: a slow machine
//! gives slow numbers, and the ratios are what to compare.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn kehoach_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_kehoach"))
}

fn typst_bin() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("TYPST").map(PathBuf::from),
        std::env::var_os("PATH").and_then(|p| std::env::split_paths(&p).map(|d| d.join("typst")).find(|p| p.exists())),
        Some(PathBuf::from("/tmp/typst-cli/bin/typst")),
    ];
    candidates.into_iter().flatten().find(|p| p.exists())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Median wall time of a command over `n` runs (after one warm-up run).
fn time_command(mut make: impl FnMut() -> Command, n: usize) -> Duration {
    let run = |cmd: &mut Command| {
        let status = cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).status().expect("run");
        assert!(status.success(), "{cmd:?} failed");
    };
    run(&mut make());
    median(
        (0..n)
            .map(|_| {
                let mut cmd = make();
                let t = Instant::now();
                run(&mut cmd);
                t.elapsed()
            })
            .collect(),
    )
}

/// Peak resident memory of a command in KiB (GNU time), if available.
fn peak_kib(cmd: Command) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return None;
    }
    let program = cmd.get_program().to_owned();
    let args: Vec<_> = cmd.get_args().map(|a| a.to_owned()).collect();
    let dir = cmd.get_current_dir().map(Path::to_path_buf);
    let mut timed = Command::new(time);
    timed.arg("-f").arg("%M").arg(program).args(args);
    if let Some(d) = dir {
        timed.current_dir(d);
    }
    let out = timed.output().ok()?;
    String::from_utf8_lossy(&out.stderr).lines().last()?.trim().parse().ok()
}

/// The Nghĩa Thái plan with its content repeated `times` times (for scaling).
fn scaled_plan(times: usize) -> String {
    let source = fs::read_to_string(root().join("examples/nghia-thai-2024.toml")).unwrap();
    if times <= 1 {
        return source;
    }
    // Repeat the purpose points: each copy adds about a page.
    let start = source.find("points = [").unwrap() + "points = [".len();
    let end = start + source[start..].find("\n]").unwrap();
    let points = source[start..end].trim_end().trim_end_matches(',');
    let mut repeated = String::new();
    for _ in 0..times {
        repeated.push_str(points);
        repeated.push(',');
    }
    format!("{}{}{}", &source[..start], repeated, &source[end..])
}

/// The same document with another number, so that each render differs.
fn vary(source: &str, _: usize) -> String {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let i = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    match source.find("\nnumber = ") {
        Some(at) => {
            let end = at + 1 + source[at + 1..].find('\n').unwrap_or(source.len() - at - 1);
            format!("{}\nnumber = {}{}", &source[..at], 100 + i, &source[end..])
        }
        None => source.to_owned(),
    }
}

/// The same document with most of its text changed (every "Dân vận khéo"
/// gets a counter), so that no string has been seen before.
fn vary_text(source: &str, _: usize) -> String {
    // A counter over the whole run: no text repeats one measured before.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let i = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    vary(&source.replace("Dân vận khéo", &format!("Dân vận khéo {i}")), i)
}

fn in_process_seconds(source: &str, n: usize) -> (f64, f64, usize) {
    in_process_seconds_with(source, n, vary)
}

fn in_process_seconds_with(source: &str, n: usize, vary: fn(&str, usize) -> String) -> (f64, f64, usize) {
    // Warm up.
    let prepared = kehoach::prepare("bench.toml", source).unwrap();
    let doc = kehoach::typeset(&prepared).unwrap();
    let pages = doc.pages().len();
    let mut ours = Vec::new();
    let mut total = Vec::new();
    for i in 0..n {
        // Other data each time (another number), as in a batch or on a save:
        // typst cannot reuse the whole previous document.
        let varied = vary(&source, i);
        let t = Instant::now();
        let prepared = kehoach::prepare("bench.toml", &varied).unwrap();
        let typ = kehoach::typst_source(&prepared).unwrap();
        let ours_t = t.elapsed();
        let doc = kehoach::typeset::compile(typ).unwrap();
        let _pdf = kehoach::typeset::pdf(&doc, &Default::default()).unwrap();
        ours.push(ours_t);
        total.push(t.elapsed());
    }
    (median(ours).as_secs_f64(), median(total).as_secs_f64(), pages)
}

/// 6. What each signing option adds to a warm render, interleaved so that
/// every variant sees the same machine load: (name, median seconds).
fn option_costs(n: usize) -> Vec<(&'static str, f64)> {
    use kehoach::PdfSettings;
    let plan = fs::read_to_string(root().join("examples/nghia-thai-2024.toml")).unwrap();
    let signed_path = root().join("examples/thong-bao-ky-so-2026.toml");
    let signed = fs::read_to_string(&signed_path).unwrap();
    let unsigned = signed.replace("signature_image = \"images/chu-ky.png\"\n", "").replace("seal_image = \"images/dau.png\"\n", "");
    let fields = PdfSettings { signature_fields: true, ..PdfSettings::default() };
    let embed = PdfSettings { embed_source: true, ..PdfSettings::default() };
    let signed_name = signed_path.to_str().unwrap();
    type Run<'a> = Box<dyn Fn(&str) + 'a>;
    let variants: Vec<(&'static str, Run<'_>)> = vec![
        ("plain render", Box::new(|s| drop(kehoach::render_pdf(&kehoach::prepare("bench.toml", s).unwrap(), &PdfSettings::default()).unwrap()))),
        ("--metadata (json and xml)", Box::new(|s| {
            let out = kehoach::render_pdf_output(&kehoach::prepare("bench.toml", s).unwrap(), &PdfSettings::default()).unwrap();
            drop((out.metadata.to_json(), out.metadata.to_xml()));
        })),
        ("--signature-fields", Box::new(|s| drop(kehoach::render_pdf(&kehoach::prepare("bench.toml", s).unwrap(), &fields).unwrap()))),
        ("--embed-source", Box::new(|s| drop(kehoach::render_pdf(&kehoach::prepare("bench.toml", s).unwrap(), &embed).unwrap()))),
    ];
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); variants.len() + 2];
    for _ in 0..n {
        for (i, (_, run)) in variants.iter().enumerate() {
            // New text for every render: nothing memoised from the variant before.
            let varied = vary_text(&plan, 0);
            let t = Instant::now();
            run(&varied);
            times[i].push(t.elapsed());
        }
        // The signed notice with and without its two images.
        for (i, source) in [(variants.len(), &unsigned), (variants.len() + 1, &signed)] {
            let varied = vary_text(&source.replace("Nguyễn Văn An", "Nguyễn Văn Ân"), 0);
            let t = Instant::now();
            drop(kehoach::render_pdf(&kehoach::prepare(signed_name, &varied).unwrap(), &PdfSettings::default()).unwrap());
            times[i].push(t.elapsed());
        }
    }
    let names = variants.iter().map(|(n, _)| *n).chain(["notice without images", "notice with signature and seal images"]);
    names.zip(times).map(|(n, t)| (n, median(t).as_secs_f64())).collect()
}

fn print_option_costs(costs: Vec<(&'static str, f64)>) {
    let base = costs[0].1;
    for (name, secs) in &costs[1..4] {
        let share = (secs - base) / base * 100.0;
        let goal = if name.starts_with("--embed") { "—" } else if share <= 5.0 { "≤ 5 % ✓" } else { "≤ 5 % ✗" };
        println!("| 6 | {name}: added to a warm render | {:.2} ms | {:.2} ms | {share:+.1} % | {goal} |", secs * 1e3, base * 1e3);
    }
    let (without, with) = (costs[4].1, costs[5].1);
    println!(
        "| 6 | signature and seal images (1-page notice) | {:.2} ms | {:.2} ms | {:+.1} % | — |",
        with * 1e3,
        without * 1e3,
        (with - without) / without * 100.0
    );
}

/// A warm render (prepare, typeset, PDF) without and with `render`'s page
/// checks (inspecting the pages and running every rule of `verify`), in
/// alternation, text new each time: the medians, seconds.
fn page_checks_cost(source: &str, n: usize) -> (f64, f64) {
    let mut without = Vec::new();
    let mut with = Vec::new();
    for i in 0..n {
        for checked in [false, true] {
            let varied = vary_text(source, i);
            let t = Instant::now();
            let prepared = kehoach::prepare("bench.toml", &varied).unwrap();
            let doc = kehoach::typeset(&prepared).unwrap();
            let _pdf = kehoach::typeset::pdf(&doc, &Default::default()).unwrap();
            if checked {
                let warnings = kehoach::verify::page_warnings(&prepared, &doc, &varied);
                assert!(warnings.is_empty(), "{warnings:?}");
                with.push(t.elapsed());
            } else {
                without.push(t.elapsed());
            }
        }
    }
    (median(without).as_secs_f64(), median(with).as_secs_f64())
}

/// Row 6 of the table: the cost of `render`'s page checks.
fn print_page_checks_row(source: &str, n: usize) {
    let (without, with) = page_checks_cost(source, n);
    let ratio = with / without;
    println!(
        "| 6 | warm render with `render`'s page checks vs without | {:.2} ms | {:.2} ms | {:.2} | ≤ 1.10 {} |",
        with * 1e3,
        without * 1e3,
        ratio,
        if ratio <= 1.10 { "✓" } else { "✗" }
    );
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let reps = if quick { 5 } else { 20 };
    if std::env::args().any(|a| a == "--options") {
        // Only goal 6 (`cargo bench --bench perf -- --options`).
        print_option_costs(option_costs(reps.max(9)));
        return;
    }
    if std::env::args().any(|a| a == "--docx") {
        // Only the DOCX row (`cargo bench --bench perf -- --docx`).
        docx_vs_pdf(&fs::read_to_string(root().join("examples/nghia-thai-2024.toml")).unwrap(), reps);
        return;
    }
    if std::env::args().any(|a| a == "--mcp") {
        // Only row 7 (`cargo bench --bench perf -- --mcp`).
        let work = std::env::temp_dir().join(format!("kehoach-bench-mcp-{}", std::process::id()));
        let _ = fs::remove_dir_all(&work);
        fs::create_dir_all(&work).unwrap();
        fs::copy(root().join("examples/nghia-thai-2024.toml"), work.join("plan.toml")).unwrap();
        let cold = time_command(|| cold_render(&work), reps);
        print_mcp_row(&work, cold, reps * 2);
        let _ = fs::remove_dir_all(&work);
        return;
    }
    if std::env::args().any(|a| a == "--page-checks") {
        // Only row 6, e.g. after changing verify.
        let source = fs::read_to_string(root().join("examples/nghia-thai-2024.toml")).unwrap();
        print_page_checks_row(&source, reps * 2);
        return;
    }
    let work = std::env::temp_dir().join(format!("kehoach-bench-{}", std::process::id()));
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(work.join("lib")).unwrap();
    let plan = root().join("examples/nghia-thai-2024.toml");
    fs::copy(&plan, work.join("plan.toml")).unwrap();
    // The generated source and the layout library, for the typst CLI.
    let status = Command::new(kehoach_bin())
        .args(["render", "plan.toml", "--format", "typ", "-o", "main.typ"])
        .current_dir(&work)
        .status()
        .unwrap();
    assert!(status.success());
    fs::copy(root().join("templates/lib/party.typ"), work.join("lib/party.typ")).unwrap();
    let fonts = root().join("fonts");

    println!("kehoach performance (median of {reps} runs; ratios measured in this run)\n");
    println!("| # | measure | kehoach | baseline | ratio | goal |");
    println!("|---|---|---|---|---|---|");

    // 1. Cold render, whole process, against the typst CLI on the same source and fonts.
    let ours = time_command(|| cold_render(&work), reps);
    let typst = typst_bin();
    let typst_cmd = |typst: &Path| {
        let mut c = Command::new(typst);
        c.arg("compile")
            .arg("--root")
            .arg(&work)
            .arg("--font-path")
            .arg(&fonts)
            .arg("--ignore-system-fonts")
            .arg("main.typ")
            .arg("typst.pdf")
            .current_dir(&work);
        c
    };
    match &typst {
        Some(t) => {
            let base = time_command(|| typst_cmd(t), reps);
            let ratio = ours.as_secs_f64() / base.as_secs_f64();
            println!(
                "| 1 | cold `kehoach render` (whole process) vs `typst compile` | {:.1} ms | {:.1} ms | {:.2} | ≤ 0.75 {} |",
                ours.as_secs_f64() * 1e3,
                base.as_secs_f64() * 1e3,
                ratio,
                if ratio <= 0.75 { "✓" } else { "✗" }
            );
        }
        None => println!("| 1 | cold `kehoach render` (whole process) | {:.1} ms | typst CLI not found | — | ≤ 0.75 (not measured) |", ours.as_secs_f64() * 1e3),
    }

    // 2. Share of our own stages (parse, validate, template) in a warm render.
    let source = fs::read_to_string(&plan).unwrap();
    let (ours_s, total_s, pages3) = in_process_seconds(&source, reps * 2);
    let share = ours_s / total_s * 100.0;
    println!(
        "| 2 | our stages (parse, validate, template) in a warm in-process render ({pages3} pages, another number each time) | {:.2} ms | {:.2} ms total | {:.1} % | ≤ 5 % {} |",
        ours_s * 1e3,
        total_s * 1e3,
        share,
        if share <= 5.0 { "✓" } else { "✗" }
    );
    let (ours_s, total_s, _) = in_process_seconds_with(&source, reps * 2, vary_text);
    let share = ours_s / total_s * 100.0;
    println!(
        "| 2b | the same, most of the text new each time (nothing memoised) | {:.2} ms | {:.2} ms total | {:.1} % | ≤ 5 % {} |",
        ours_s * 1e3,
        total_s * 1e3,
        share,
        if share <= 5.0 { "✓" } else { "✗" }
    );

    // 3. Batch of 200 plans in one process vs 200 one-by-one processes.
    let count = if quick { 50 } else { 200 };
    let batch_dir = work.join("batch");
    fs::create_dir_all(&batch_dir).unwrap();
    for i in 0..count {
        let varied = vary(&source, i);
        fs::write(batch_dir.join(format!("plan-{i:03}.toml")), varied).unwrap();
    }
    let batch_cmd = || {
        let mut c = Command::new(kehoach_bin());
        c.args(["render", "batch", "-o", "batch-out"]).current_dir(&work);
        c
    };
    let batch = time_command(batch_cmd, if quick { 1 } else { 3 });
    let batch_peak = peak_kib(batch_cmd());
    let t = Instant::now();
    for i in 0..count {
        let status = Command::new(kehoach_bin())
            .args(["render", &format!("batch/plan-{i:03}.toml"), "-o", "one.pdf"])
            .current_dir(&work)
            .stderr(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
    }
    let one_by_one = t.elapsed();
    let speedup = one_by_one.as_secs_f64() / batch.as_secs_f64();
    println!(
        "| 3 | batch of {count} plans vs {count} one-by-one renders | {:.2} s, peak {} | {:.2} s | {:.1}× faster | ≥ 5×, ≤ 150 MiB {} |",
        batch.as_secs_f64(),
        batch_peak.map(|k| format!("{:.0} MiB", k as f64 / 1024.0)).unwrap_or_else(|| "?".into()),
        one_by_one.as_secs_f64(),
        speedup,
        if speedup >= 5.0 && batch_peak.is_none_or(|k| k <= 150 * 1024) { "✓" } else { "✗" }
    );

    // 4. Scaling: 30 and 300 pages against the 3-page plan (time per page).
    // Each render with new text (nothing reused from the previous one), so
    // that the time is the document's own, not the memo's.
    let (_, t_small, p_small) = in_process_seconds_with(&source, if quick { 3 } else { 10 }, vary_text);
    for target in [30usize, 300] {
        // Find a repetition count that gives about `target` pages.
        let mut times = target / 3;
        let (mut t_big, mut p_big) = (0.0, 0);
        for _ in 0..3 {
            let (_, t, p) = in_process_seconds_with(&scaled_plan(times), if quick { 1 } else { 3 }, vary_text);
            (t_big, p_big) = (t, p);
            if p_big >= target * 9 / 10 {
                break;
            }
            times = times * target / p_big.max(1) + 1;
        }
        let per_page_ratio = (t_big / p_big as f64) / (t_small / p_small as f64);
        println!(
            "| 4 | {p_big}-page plan vs {p_small}-page plan, time per page | {:.1} ms/page | {:.1} ms/page | {:.2} | ≤ 1 (linear or better) {} |",
            t_big / p_big as f64 * 1e3,
            t_small / p_small as f64 * 1e3,
            per_page_ratio,
            if per_page_ratio <= 1.1 { "✓" } else { "✗" }
        );
    }

    // 5. Peak memory of one render vs the typst CLI.
    let mut one = Command::new(kehoach_bin());
    one.args(["render", "plan.toml", "-o", "out.pdf"]).current_dir(&work);
    let ours_peak = peak_kib(one);
    let base_peak = typst.as_deref().and_then(|t| peak_kib(typst_cmd(t)));
    match (ours_peak, base_peak) {
        (Some(o), Some(b)) => println!(
            "| 5 | peak memory of one render vs `typst compile` | {:.1} MiB | {:.1} MiB | {:.2} | ≤ 1 {} |",
            o as f64 / 1024.0,
            b as f64 / 1024.0,
            o as f64 / b as f64,
            if o <= b { "✓" } else { "✗" }
        ),
        (o, _) => println!(
            "| 5 | peak memory of one render | {} | typst CLI or GNU time not found | — | ≤ 1 (not measured) |",
            o.map(|k| format!("{:.1} MiB", k as f64 / 1024.0)).unwrap_or_else(|| "?".into())
        ),
    }

    // 6. The signing options, each against a plain warm render.
    print_option_costs(option_costs(reps));
    // 6. The page checks of `render`.
    print_page_checks_row(&source, reps * 2);
    docx_vs_pdf(&fs::read_to_string(&plan).unwrap(), reps);
    // 7. A warm `kehoach mcp` against the cold render of row 1.
    print_mcp_row(&work, ours, reps * 2);
    let _ = fs::remove_dir_all(&work);
}

/// `kehoach render plan.toml` in `work`, a fresh process: row 1's cold render.
fn cold_render(work: &Path) -> Command {
    let mut c = Command::new(kehoach_bin());
    c.args(["render", "plan.toml", "-o", "out.pdf"]).current_dir(work);
    c
}

/// Row 7: a drafting assistant's second render. A `kehoach mcp` server,
/// warmed by one render of the plan, renders it again with one field
/// changed (another number each time) through the `render` tool, to a PDF
/// under its root; the time from the request written to the answer read,
/// against a cold `kehoach render` process of the same plan.
fn print_mcp_row(work: &Path, cold: Duration, n: usize) {
    use std::io::{BufRead, BufReader, Write};
    let mut server = Command::new(kehoach_bin())
        .args(["mcp", "--root"])
        .arg(work)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start kehoach mcp");
    let mut input = server.stdin.take().unwrap();
    let mut output = BufReader::new(server.stdout.take().unwrap());
    let mut call = |id: usize, method: &str, params: serde_json::Value| {
        let message = serde_json::json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params });
        writeln!(input, "{message}").unwrap();
        input.flush().unwrap();
        let mut line = String::new();
        output.read_line(&mut line).unwrap();
        let answer: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert!(answer["error"].is_null() && answer["result"]["isError"] != true, "{answer}");
    };
    call(0, "initialize", serde_json::json!({ "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": { "name": "bench", "version": "1" } }));
    let source = fs::read_to_string(work.join("plan.toml")).unwrap();
    let render = |toml: String| serde_json::json!({ "name": "render", "arguments": { "toml": toml, "output": "mcp.pdf" } });
    call(1, "tools/call", render(source.clone()));
    let times = (0..n)
        .map(|i| {
            let params = render(vary(&source, i));
            let t = Instant::now();
            call(i + 2, "tools/call", params);
            t.elapsed()
        })
        .collect();
    let warm = median(times);
    drop(input);
    let _ = server.wait();
    let ratio = warm.as_secs_f64() / cold.as_secs_f64();
    println!(
        "| 7 | warm `kehoach mcp`: the plan rendered again with one field changed vs a cold `kehoach render` | {:.1} ms | {:.1} ms | {:.2} | ≤ 0.3 {} |",
        warm.as_secs_f64() * 1e3,
        cold.as_secs_f64() * 1e3,
        ratio,
        if ratio <= 0.3 { "✓" } else { "✗" }
    );
}

/// Goal 6: writing the DOCX of a plan against writing its PDF, in process,
/// warm, another number each time; both from the TOML text to the file's bytes.
fn docx_vs_pdf(source: &str, reps: usize) {
    let run = |docx: bool| {
        let prepared = kehoach::prepare("bench.toml", source).unwrap();
        let _ = if docx { kehoach::render_docx(&prepared, None).unwrap() } else { kehoach::render_pdf(&prepared, &Default::default()).unwrap() };
        let times = (0..reps * 3)
            .map(|i| {
                let varied = vary(source, i);
                let t = Instant::now();
                let prepared = kehoach::prepare("bench.toml", &varied).unwrap();
                let bytes = if docx { kehoach::render_docx(&prepared, None).unwrap() } else { kehoach::render_pdf(&prepared, &Default::default()).unwrap() };
                assert!(!bytes.is_empty());
                t.elapsed()
            })
            .collect();
        median(times)
    };
    let (pdf, docx) = (run(false), run(true));
    let ratio = docx.as_secs_f64() / pdf.as_secs_f64();
    println!(
        "| 6 | DOCX output vs PDF output (in process, from the TOML text) | {:.2} ms | {:.2} ms | {:.2} | ≤ 0.25 {} |",
        docx.as_secs_f64() * 1e3,
        pdf.as_secs_f64() * 1e3,
        ratio,
        if ratio <= 0.25 { "✓" } else { "✗" }
    );
}
