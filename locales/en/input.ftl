# kehoach's messages about damaged input text and the TOML reader's errors
# (src/vietnamese, src/load, the remaining messages of src/check and
# src/context). Every id here is also in locales/vi/input.ftl.
