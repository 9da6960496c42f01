"""Detection: spaCy and Presidio live here and nowhere else; results leave as core Findings."""
