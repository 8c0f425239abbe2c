# kehoach's messages of issuing (src/issuing, `kehoach issue`, `kehoach
# register`, the number and status checks). Every id here is also in
# locales/vi/issuing.ftl.

## Giving a number and a date (src/issuing/issue.rs, src/cli/issue.rs)

issue-date-incomplete = the date of issue needs a day, a month and a year
issue-number-taken = number { $number } is taken by { $other } ({ $code })
hint-issue-next-free = the next free number is { $next }
issue-number-zero = a document number starts at 1
issue-signed-month = the plan was signed with { $printed } printed; the date of issue { $date } is outside it
hint-issue-signed-month = issue it with a --date in { $printed }, or print it again with date = "{ $wanted }" to be signed again
issue-no-date-key = the plan has no `date` key
cli-date-form = --date: write YYYY-MM-DD
issue-has-errors = { $file }: the plan has errors and cannot be issued
issue-done = { $file }: issued as { $code }, dated { $date }
issue-already = { $file }: already issued ({ $code }, dated { $date }); nothing changed

## The register (src/issuing/register.rs, src/cli/register.rs)

register-sheet = Register
register-col-number = Number
register-col-date = Date
register-col-kind = Kind
register-col-subject = Subject
register-col-signer = Signer
register-col-recipients = Recipients
register-col-copies = Copies
register-col-file = File
number-gap = numbers { $missing } ({ $series }, { $period }) are not in the register: between { $before } ({ $before_code }) and this document ({ $code })
hint-number-gap = numbers run on without gaps: if these numbers went to documents kept elsewhere, all is well; otherwise check this document's number
register-no-issuer = no numbered plan to take the issuer code from: give --issuer CODE
register-several-issuers = the plans have several issuer codes ({ $codes }): give --issuer CODE

## Terms of office (src/issuing/config.rs)

config-unreadable = cannot read the configuration: { $reason }
hint-config-form = see the example `kehoach.toml` in docs/issuing.md: each `[[term]]` has `issuer`, `start`, and optionally `end`, `label`
term-ends-before-start = term { $index } of { $issuer } ends ({ $end }) before it starts ({ $start })
terms-overlap = two terms of { $issuer } overlap (starting { $first } and { $second })
hint-terms-overlap = a term ends before the congress that opens the next: give the earlier one its `end`
no-terms-config = no { $config } in the plan's directory or above: numbers are compared per calendar year, not per committee term
hint-no-terms-config = name each issuing body's terms in a { $config } at the root of the plans' repository (docs/issuing.md)
outside-terms = the date { $date } is in no term of { $issuer } in { $config }: its number is compared within { $year }
hint-outside-terms = add the term containing this date to { $config }, or correct the date

## Numbers, status, Sundays (src/check/numbers.rs, status.rs, calendar.rs)

period-congress = the congress { $label }
period-term = the term { $label }
period-year = { $year }
duplicate-number = number { $code } of { $period } is also the number of { $other }
duplicate-number-congress = number { $code } of { $period } is also the number of { $other } ({ $first_code }: a congress numbers all its documents in one series)
hint-duplicate-number = numbers run per document type and issuer within a committee's term (HD 05 3.1.1): give one of them the next free number (`{ $next }`)
deadline-on-sunday = the deadline { $date } falls on a Sunday
hint-deadline-on-sunday = move it to a working day (Friday { $friday } or Monday { $monday }), or keep it with `[check] allow = ["{ $id }"]`
dated-on-sunday = the document is dated { $date }, a Sunday
hint-dated-on-sunday = check the date of issue, or keep it with `[check] allow = ["{ $id }"]`
status-ready-numbered = a plan ready to sign has no number yet: the office gives it at issue
hint-status-ready-numbered = remove `number`; once signed, `kehoach issue` gives the number and the day
status-ready-dated = a plan ready to sign leaves the day blank: the office stamps it at issue
hint-status-ready-dated = write the month and year only: date = "{ $month }"
status-ready-draft = a plan ready to sign is no longer a draft
hint-status-ready-draft = remove `marks.draft`
status-issued-incomplete = an issued plan has its number and its full date
hint-status-issued-incomplete = `kehoach issue` gives them
