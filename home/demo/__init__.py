"""Demo content of the reference site, kept apart from the code that loads it.

``aachen`` and ``aachen_offers`` hold the content as typed data (``types``),
``aachen_translations`` example translations of it;
``loader`` writes it into Wagtail. ``manage.py load_demo_content`` runs it.
"""

from .aachen import AACHEN
from .loader import DemoContentError, DemoContentLoader, LoadReport

__all__ = ["AACHEN", "DemoContentError", "DemoContentLoader", "LoadReport"]
