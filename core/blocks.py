"""The one StreamField vocabulary every page type shares."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading_block.html"
        form_classname = "title"


# "glossary" is registered by the glossary app (a mark on a term's first use, linked to its
# entry when rendered: core.richtext); Wagtail leaves out a feature nobody registered.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "glossary"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "core/blocks/paragraph_block.html"


class KoGoBlock(blocks.StructBlock):
    """One text for everyone, with optional nuances for small (KO) and large (GO) organisations.

    Editors write a single text rather than two pages, so the terminology stays the same for
    both target groups; the nuances render together, each labelled.
    """

    shared = ParagraphBlock(label=_("For every organisation"))
    ko = ParagraphBlock(
        required=False,
        label=_("Nuance for small organisations (KO)"),
        help_text=_("Optional: what differs for SMEs and small organisations."),
    )
    go = ParagraphBlock(
        required=False,
        label=_("Nuance for large organisations (GO)"),
        help_text=_("Optional: what differs for large organisations."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Text with KO/GO nuances")
        template = "core/blocks/ko_go_block.html"
        preview_value = {
            "shared": "<p>A mobility plan starts with knowing how your people commute.</p>",
            "ko": "<p>In a small firm the owner can ask everyone in one meeting.</p>",
            "go": "<p>A large organisation surveys per site and involves the works council.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote_block.html"
        preview_value = {"text": "Start small, but start.", "attribution": "A pioneer company"}


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    ko_go = KoGoBlock()
    image = ImageBlock(label=_("Image"), template="core/blocks/image_block.html")
    quote = QuoteBlock()
