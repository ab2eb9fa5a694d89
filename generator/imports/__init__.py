"""Bringing data other organisations publish into the council's content files."""
