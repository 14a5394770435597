"""StreamField blocks of the concept's chapters.

Every block keeps its text in blocks that wagtail-localize extracts as
segments (CharBlock, TextBlock, RichTextBlock inside Struct/List blocks), so
translators see every word. Wagtail's TableBlock and TypedTableBlock are
deliberately not used: wagtail-localize skips them, so their text would never
reach translators (see docs/translators.md).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Ebene 2")), ("h3", _("Ebene 3")), ("h4", _("Ebene 4"))],
        default="h2",
        label=_("Ebene"),
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "integration/blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Zitat"))
    attribution = blocks.CharBlock(required=False, label=_("Quelle"))

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "integration/blocks/quote_block.html"


class PrincipleListBlock(blocks.StructBlock):
    """A list of short principles, e.g. the vision "Aachener Haltung"."""

    heading = blocks.CharBlock(required=False, label=_("Überschrift"))
    principles = blocks.ListBlock(blocks.TextBlock(label=_("Grundsatz")), label=_("Grundsätze"))

    class Meta:
        icon = "list-ul"
        label = _("Grundsätze (Leitbild)")
        template = "integration/blocks/principle_list_block.html"


class MilestoneBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Datum"))
    date_label = blocks.CharBlock(
        required=False,
        label=_("Datum als Text"),
        help_text=_("Wenn nur Monat, Jahr oder Zeitraum bekannt sind, z. B. „Frühjahr 2017“."),
    )
    title = blocks.CharBlock(label=_("Titel"))
    description = blocks.TextBlock(required=False, label=_("Beschreibung"))

    class Meta:
        icon = "date"
        label = _("Meilenstein")


class TimelineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, label=_("Überschrift"))
    milestones = blocks.ListBlock(MilestoneBlock(), label=_("Meilensteine"))

    class Meta:
        icon = "history"
        label = _("Zeitleiste")
        template = "integration/blocks/timeline_block.html"


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(required=False, label=_("Zelle")), label=_("Zellen"))

    class Meta:
        label = _("Zeile")


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(required=False, label=_("Beschriftung"))
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Spaltenkopf")), label=_("Spaltenköpfe"), min_num=1
    )
    rows = blocks.ListBlock(TableRowBlock(), label=_("Zeilen"))

    class Meta:
        icon = "table"
        label = _("Tabelle")
        template = "integration/blocks/table_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        required=False,
        label=_("Linktext"),
        help_text=_("Leer lassen, um den Titel des Dokuments zu verwenden."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokument")
        template = "integration/blocks/document_link_block.html"


class ChapterStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
        label=_("Absatz"),
        icon="pilcrow",
    )
    quote = QuoteBlock()
    principle_list = PrincipleListBlock()
    timeline = TimelineBlock()
    table = TableBlock()
    image = ImageBlock(label=_("Bild"))
    document = DocumentLinkBlock()

    class Meta:
        block_counts = {}
