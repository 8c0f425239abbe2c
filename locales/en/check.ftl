# kehoach's messages of `kehoach check` (src/check, src/context): the
# problems of the input file and their hints. Every id here is also in
# locales/vi/check.ftl.

## The header's lines (src/check/header_lines.rs, HD 05 2.1)

header-hint-name-alone = write only `{ $toml }` and remove `issuer.superior`; the header prints { $lines }
header-hint-write = write `{ $toml }`; the header prints { $lines }
header-congress-superior = a congress's documents carry the congress's name alone, with no superior body `{ $superior }` above it (HD 05 2.1.1)
header-congress-body-not-congress = the documents of `{ $name }` carry the congress's name above it: `{ $superior }` is not a congress (HD 05 2.1.1)
header-congress-body-no-superior = the documents of `{ $name }` carry the congress's name above it: `issuer.superior` is missing (HD 05 2.1.1)
header-central-superior = the Central Committee's documents carry "BAN CHẤP HÀNH TRUNG ƯƠNG" alone, not `{ $superior }` (HD 05 2.1.2a)
header-central-organ = the documents of `{ $name }` carry "BAN CHẤP HÀNH TRUNG ƯƠNG" as the issuing body (HD 05 2.1.2a)
header-standing-committee = a standing committee's documents carry its committee's name `{ $committee }`, not `{ $name }` (HD 05 2.1.2)
header-provincial-superior = the documents of a tỉnh uỷ, a thành uỷ or an đảng uỷ directly under the Centre carry the committee's name alone, with no superior body `{ $superior }` above it (HD 05 2.1.2b)
header-under-party-no-superior = the documents of `{ $name }` carry the directly superior Đảng bộ above it (HD 05 2.1.2c–đ): `issuer.superior` is missing
header-hint-superior-party-province = { $hint } (the Đảng bộ directly above it, e.g. "Đảng bộ tỉnh Ninh Bình")
header-hint-superior-party-commune = { $hint } (the Đảng bộ directly above it, e.g. "Đảng bộ xã Nghĩa Thái")
header-under-party-committee = the line above names the superior Đảng bộ `{ $party }`, not its committee `{ $superior }` (HD 05 2.1.2c–đ)
header-cell-no-superior = a Party cell's documents carry the superior Đảng bộ above its name (HD 05 2.1.2đ): `issuer.superior` is missing
header-hint-body-committee = { $hint } (the committee the body belongs to, e.g. "Tỉnh ủy Đồng Nai")
header-body-no-superior = the documents of `{ $name }` carry the committee it belongs to above its name (HD 05 2.1.3–2.1.4): `issuer.superior` is missing
header-body-party-superior = the line above names the committee `{ $committee }` the body belongs to, not the Đảng bộ `{ $superior }` (HD 05 2.1.3–2.1.4)
header-joint-superior = a joint document carries the full name of each issuing body, with no superior body `{ $superior }` above them (HD 05 2.1.5)
header-joint-short-names = a joint document carries each issuing body's full name: { $names } does not name the committee it belongs to (HD 05 2.1.5)
header-hint-joint-full = write `{ $toml }` (each board's committee)
