"""Errors and warnings that the command line turns into one-line messages."""


class InputError(ValueError):
    """Bad input: a missing, empty, binary or undecodable report file.

    The message is a single line meant for the user; the CLI prints it and exits with status 2.
    """


class StructureWarning(UserWarning):
    """The report lacks the genre's usual headings; the analysis goes on with less structure."""
