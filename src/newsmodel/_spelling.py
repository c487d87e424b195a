"""Misspelt words of the wire's furniture: how far a word is from the word it stands for."""

from __future__ import annotations


def within_edits(word: str, target: str, limit: int, *, swaps: bool = False) -> bool:
    """Whether ``word`` becomes ``target`` in at most ``limit`` edits: a letter added,
    dropped or replaced, and with ``swaps`` two neighbours swapped ("Macrh" for "March").

    >>> within_edits("reporing", "reporting", 2), within_edits("macrh", "march", 1, swaps=True)
    (True, True)
    >>> within_edits("macrh", "march", 1)
    False
    """
    if abs(len(word) - len(target)) > limit:
        return False
    before: list[int] = []
    previous = list(range(len(target) + 1))
    for i, letter in enumerate(word, 1):
        current = [i]
        for j, other in enumerate(target, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other))
            if swaps and i > 1 and j > 1 and letter == target[j - 2] and word[i - 2] == other:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, previous = previous, current
    return previous[-1] <= limit
