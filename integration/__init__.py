"""Integration CMS: a Wagtail app that publishes a city's integration concept
and its directory of integration offers, in every language of its newcomers.

Install it into a Wagtail site by adding ``"integration"`` to
``INSTALLED_APPS``; its settings and their defaults are in ``integration.conf``.
"""
