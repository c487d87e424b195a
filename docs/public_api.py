"""A Griffe extension for the API reference: the public API only.

mkdocstrings' ``filters: public`` keeps what a module's ``__all__`` names and
drops private names, but keeps the special methods of classes
(``__init__``, ``__str__``, attrs' ``__attrs_post_init__``...), which are
how a class works, not what a user calls. This extension drops them, and the
``__all__`` lists, from the documented package. Griffe is imported only when
MkDocs runs, so that pytest can collect this file without the ``docs`` extra.
"""

from __future__ import annotations

from typing import Any


def is_dunder(name: str) -> bool:
    """Whether ``name`` is a special name.

    >>> is_dunder("__init__"), is_dunder("_check"), is_dunder("to_json")
    (True, False, False)
    """
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


try:
    from griffe import Extension, Module, Object
except ImportError:  # pragma: no cover - without the docs extra
    pass
else:

    class PublicOnly(Extension):  # type: ignore[misc]
        """Drop the special names of every module and class of a package."""

        def on_package(self, *, pkg: Module, **kwargs: Any) -> None:
            self._prune(pkg)

        def _prune(self, obj: Object) -> None:
            for name, member in list(obj.members.items()):
                if is_dunder(name):
                    del obj.members[name]
                elif not member.is_alias and (member.is_class or member.is_module):
                    self._prune(member)
