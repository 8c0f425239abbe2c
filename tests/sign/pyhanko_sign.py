"""Signs the empty signature fields of a kehoach PDF with pyHanko and validates
every signature: the proof that a standard signer can fill the fields.

    python3 pyhanko_sign.py IN.pdf OUT.pdf FIELD [FIELD …]

A self-made certificate (RSA 2048, self-signed, digitalSignature and
nonRepudiation) signs each field in turn, each in its own incremental update,
as a signer and then the body's seal would. Then every signature of OUT.pdf is
validated with that certificate as the only trust root. Prints one JSON object
{"fields": [{"name", "rect", "intact", "valid", "trusted", "coverage",
"modification_level"}]} and exits 0, or prints the problem and exits 1.
"""

import datetime
import json
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from asn1crypto import keys as asn1_keys, x509 as asn1_x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers, fields
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext


def self_made_certificate():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, "Đông Văn Chung (test)"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "kehoach test"),
    ])
    now = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=365 * 30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    der_key = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    der_cert = cert.public_bytes(serialization.Encoding.DER)
    return asn1_keys.PrivateKeyInfo.load(der_key), asn1_x509.Certificate.load(der_cert)


def main():
    src, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
    key, cert = self_made_certificate()
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=None)
    data = open(src, "rb").read()
    for name in names:
        import io
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        # The field must already exist: never let pyHanko create one.
        meta = signers.PdfSignatureMetadata(field_name=name, md_algorithm="sha256")
        result = signers.sign_pdf(writer, meta, signer=signer, existing_fields_only=True)
        data = result.getvalue()
    open(out, "wb").write(data)

    reader = PdfFileReader(open(out, "rb"))
    context = ValidationContext(trust_roots=[cert], allow_fetching=False)
    report = []
    for sig in reader.embedded_signatures:
        status = validate_pdf_signature(sig, context)
        widget = sig.sig_field
        rect = [float(v) for v in widget.get("/Rect", [])]
        report.append({
            "name": sig.field_name,
            "rect": rect,
            "intact": bool(status.intact),
            "valid": bool(status.valid),
            "trusted": bool(status.trusted),
            "coverage": status.coverage.name if status.coverage else None,
            "modification_level": status.modification_level.name if status.modification_level else None,
        })
    print(json.dumps({"fields": report}, ensure_ascii=False))
    ok = len(report) == len(names) and all(r["intact"] and r["valid"] and r["trusted"] for r in report)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
