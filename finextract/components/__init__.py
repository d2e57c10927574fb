"""spaCy components: thin wrappers around the plain-Python cores."""
