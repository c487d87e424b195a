"""Test settings: hypothesis without per-example deadlines, as CI machines vary in speed."""

from hypothesis import settings

settings.register_profile("newsmodel", deadline=None)
settings.load_profile("newsmodel")
