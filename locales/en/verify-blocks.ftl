# kehoach verify's measurements of the blocks under the header (src/verify:
# closing.rs, kinds.rs, marks.rs, copy.rs, images.rs, breaks.rs, blocks.rs,
# warnings.rs): what a rule expects and what was measured.
# Every id here is also in locales/vi/verify-blocks.ftl.
