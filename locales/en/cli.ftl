# kehoach's messages of the command line (src/cli, src/main.rs) and of the
# stages it runs (typesetting, profiles, the sandbox, embedded sources).
# Every id here is also in locales/vi/cli.ftl.
