"""redact: offline redaction of case files for Danish access-to-documents requests (aktindsigt)."""

__version__ = "0.1.0"
