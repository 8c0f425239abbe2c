//! The words clap itself adds to `--help` and to command-line errors
//! ("Usage:", "Options:", "Print help", "[default: …]", "invalid value …"),
//! said in Vietnamese under `--lang vi`. clap has no translations of its
//! own: the built command gets Vietnamese headings (its help template), the
//! built-in `--help`, `--version` and `help` their texts, each argument's
//! default and possible values written into its help text; an error is
//! written again from its kind and context. English keeps clap's own words.

use clap::builder::PossibleValue;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Command;
use kehoach::tr;

/// A built command (`Command::build`) with clap's own words in Vietnamese,
/// its subcommands too.
pub fn command(mut cmd: Command) -> Command {
    let has = |cmd: &Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    let heading = template(&cmd);
    cmd = cmd.help_template(heading);
    if has(&cmd, "help") {
        cmd = cmd.mut_arg("help", |a| {
            if a.get_long_help().is_some() {
                a.help(tr!("clap-help-short")).long_help(tr!("clap-help-long"))
            } else {
                a.help(tr!("clap-help"))
            }
        });
    }
    if has(&cmd, "version") {
        cmd = cmd.mut_arg("version", |a| a.help(tr!("clap-version")));
    }
    let name = cmd.get_name().to_owned();
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| values_and_default(&name, a));
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for sub in subcommands {
        cmd = cmd.mut_subcommand(&sub, |s| {
            let s = if sub == "help" { s.about(tr!("clap-help-command")) } else { s };
            command(s)
        });
    }
    cmd
}

/// clap's default template with the headings in Vietnamese, one section
/// for each kind of entry the command has.
fn template(cmd: &Command) -> String {
    let mut t = format!("{{before-help}}{{about-with-newline}}\n{} {{usage}}", tr!("clap-usage"));
    let visible = |a: &&clap::Arg| !a.is_hide_set();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        t.push_str(&format!("\n\n{}\n{{subcommands}}", tr!("clap-commands")));
    }
    if cmd.get_positionals().any(|a| visible(&a)) {
        t.push_str(&format!("\n\n{}\n{{positionals}}", tr!("clap-arguments")));
    }
    if cmd.get_arguments().filter(|a| !a.is_positional()).any(|a| visible(&a)) {
        t.push_str(&format!("\n\n{}\n{{options}}", tr!("clap-options")));
    }
    t.push_str("{after-help}");
    t
}

/// An argument whose possible values and default are written into its help
/// text in Vietnamese instead of clap's "[possible values: …]" and
/// "[default: …]"; values with a description get one line each in the long help.
fn values_and_default(command: &str, a: clap::Arg) -> clap::Arg {
    let values: Vec<PossibleValue> = if a.is_hide_possible_values_set() || !a.get_action().takes_values() {
        Vec::new()
    } else {
        a.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect()
    };
    let defaults: Vec<String> = if a.is_hide_default_value_set() || !a.get_action().takes_values() {
        Vec::new()
    } else {
        a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect()
    };
    if values.is_empty() && defaults.is_empty() {
        return a;
    }
    let help = a.get_help().map(ToString::to_string).unwrap_or_default();
    let default = (!defaults.is_empty()).then(|| tr!("clap-default", value = literals(&defaults)));
    let described = values.iter().any(|v| v.get_help().is_some());
    let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
    let mut short = help.clone();
    if !names.is_empty() {
        short = join(&short, " ", &tr!("clap-possible-values", values = literals(&names)));
    }
    if let Some(default) = &default {
        short = join(&short, " ", default);
    }
    let mut a = a.hide_possible_values(true).hide_default_value(true).help(short.clone());
    if described {
        let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        let lines: Vec<String> = values
            .iter()
            .map(|v| {
                let name = v.get_name();
                let text = value_help(command, a.get_id().as_str(), v);
                format!("- `{name}`:{:pad$} {text}", "", pad = width - name.chars().count())
            })
            .collect();
        let mut long = join(&help, "\n\n", &format!("{}\n{}", tr!("clap-possible-values-heading"), lines.join("\n")));
        if let Some(default) = &default {
            long = join(&long, "\n\n", default);
        }
        a = a.long_help(long);
    } else if a.get_long_help().is_some() {
        a = a.long_help(short);
    }
    a
}

/// Values to type, each in backquotes (`pdf`, `png`): they are codes, not words.
fn literals(values: &[impl AsRef<str>]) -> String {
    values.iter().map(|v| format!("`{}`", v.as_ref())).collect::<Vec<_>>().join(", ")
}

fn join(a: &str, separator: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_owned()
    } else {
        format!("{a}{separator}{b}")
    }
}

/// A possible value's description: `help-value-<command>-<argument>-<value>`,
/// else `help-value-<argument>-<value>`, else clap's (the doc comment's).
fn value_help(command: &str, arg: &str, v: &PossibleValue) -> String {
    let ids = [format!("help-value-{command}-{arg}-{}", v.get_name()), format!("help-value-{arg}-{}", v.get_name())];
    match ids.iter().find(|id| kehoach::i18n::has(kehoach::i18n::Lang::Vi, id)) {
        Some(id) => kehoach::i18n::tr(id, &[]),
        None => v.get_help().map(ToString::to_string).unwrap_or_default(),
    }
}

/// A command-line error in Vietnamese: what is wrong, clap's suggestion,
/// the usage and where to read more; `None` for help, version and the
/// rare kinds kept in clap's words.
pub fn error(e: &clap::Error) -> Option<String> {
    let text = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let (arg, value) = (text(ContextKind::InvalidArg), text(ContextKind::InvalidValue));
    let said = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if value.is_empty() => tr!("clap-empty-value", arg = arg),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => tr!("clap-invalid-value", value = value, arg = arg),
        ErrorKind::UnknownArgument => tr!("clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => tr!("clap-unknown-command", command = text(ContextKind::InvalidSubcommand)),
        ErrorKind::MissingRequiredArgument => tr!("clap-missing-argument", args = arg),
        ErrorKind::MissingSubcommand => tr!("clap-missing-command"),
        ErrorKind::ArgumentConflict => tr!("clap-conflict", arg = arg, prior = text(ContextKind::PriorArg)),
        ErrorKind::NoEquals => tr!("clap-no-equals", arg = arg),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => tr!("clap-wrong-number", arg = arg),
        ErrorKind::InvalidUtf8 => tr!("clap-invalid-utf8"),
        _ => return None,
    };
    let mut out = tr!("cli-error-line", message = said);
    if let Some(ContextValue::Strings(valid)) = e.get(ContextKind::ValidValue) {
        out.push_str(&format!("\n  {}", tr!("clap-possible-values", values = literals(valid))));
    }
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue] {
        let suggested = text(kind);
        if !suggested.is_empty() {
            out.push_str(&format!("\n{}", tr!("cli-hint-line", hint = tr!("clap-did-you-mean", suggestion = suggested))));
        }
    }
    let usage = text(ContextKind::Usage);
    if let Some(usage) = usage.strip_prefix("Usage:") {
        out.push_str(&format!("\n\n{}{usage}", tr!("clap-usage")));
    }
    out.push_str(&format!("\n\n{}", tr!("clap-more")));
    Some(out)
}
