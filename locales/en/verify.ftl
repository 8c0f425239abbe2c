# kehoach's messages of `kehoach verify` (src/verify): each page rule's name,
# what it expects and what was measured. Every id here is also in
# locales/vi/verify.ftl (tests/i18n.rs checks it).
