"""Fuzzing: one entry point over the readers, ``from_json``, ``from_ninjs`` and ``parse_article``."""
