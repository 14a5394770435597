"""The translation workflow around wagtail-localize.

``core`` finds what is translated and prepares wagtail-localize's records;
``locales`` sets up locales, their synced page trees and the translator
groups; ``status`` computes the page × language status matrix; ``machine``
and ``exchange`` are machine translation and PO/XLIFF exchange files.
"""
