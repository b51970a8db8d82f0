"""Named errors. The CLI turns each into one clear line and its exit code."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg reports to users."""

    exit_code = 1


class InputError(KgError):
    """Nothing usable could be read from the input (missing path, no text...)."""

    exit_code = 3


class ExportError(KgError):
    """An export could not be written (unwritable folder, disk full...)."""

    exit_code = 4


class QueryError(KgError):
    """A SPARQL query is malformed or its graph cannot be loaded."""

    exit_code = 5
