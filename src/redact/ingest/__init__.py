"""Ingestion: every supported input file becomes one or more normalised PDFs.

The case handler reviews and the export redacts these PDFs, so detection always runs on the
text the case handler will see.
"""

from redact.ingest.convert import SUPPORTED_SUFFIXES, Converted, convert_file

__all__ = ["SUPPORTED_SUFFIXES", "Converted", "convert_file"]
