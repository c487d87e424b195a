"""The data the parsers need, kept apart from the algorithms.

Each module holds immutable, typed tables: agencies, months, credit roles,
reporting verbs and the words that mark titles and organisations.
"""
