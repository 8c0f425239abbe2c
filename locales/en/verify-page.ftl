# kehoach verify's measurements of the page and its header (src/verify:
# page.rs, header.rs, body.rs, appendix.rs, measure.rs, typeface.rs,
# departures.rs, two_sided.rs): what a rule expects and what was measured.
# Every id here is also in locales/vi/verify-page.ftl.
